//! A yes/no question in a centred box.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::{Clear, Widget};

use crate::ui::action::Action;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells;

/// Width of the message column the box aims for.
const WRAP_MAX: usize = 56;
const WRAP_MIN: usize = 24;

/// A question the user answers with Confirm or Deny/Cancel/Back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Confirm {
    pub title: String,
    pub message: String,
}

impl Confirm {
    pub fn new(title: impl Into<String>, message: impl Into<String>) -> Self {
        Confirm {
            title: title.into(),
            message: message.into(),
        }
    }

    /// Some(true) to go ahead, Some(false) to give up, None to keep asking.
    pub fn handle(&self, action: Option<Action>) -> Option<bool> {
        match action? {
            Action::Confirm => Some(true),
            Action::Deny | Action::Cancel | Action::Back => Some(false),
            _ => None,
        }
    }

    /// Draws the box centred in `area` (the whole screen), without a key hint.
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        self.draw(area, buf, theme, None);
    }

    /// Draws the box with a hint line at the bottom; build the hint from the
    /// keymap so it names the real keys.
    pub fn render_with_hint(&self, area: Rect, buf: &mut Buffer, theme: &Theme, hint: &str) {
        self.draw(area, buf, theme, Some(hint));
    }

    fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme, hint: Option<&str>) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        // Text column: as wide as the message wants, within the screen.
        let want = cells::width(&self.message)
            .max(hint.map_or(0, cells::width))
            .max(cells::width(&self.title) + 2)
            .clamp(WRAP_MIN, WRAP_MAX);
        let text_w = want.min(usize::from(area.width.saturating_sub(4))).max(1);
        let lines = cells::wrap(&self.message, text_w);
        let hint_lines = usize::from(hint.is_some()) * 2; // a blank line, then the hint
        let height = lines.len() + hint_lines + 2;
        let modal = cells::centered(
            area,
            u16::try_from(text_w + 4).unwrap_or(u16::MAX),
            u16::try_from(height).unwrap_or(u16::MAX),
        );

        Clear.render(modal, buf);
        let block = theme
            .block(super::title_span(&self.title, theme))
            .style(theme.base);
        let inner = block.inner(modal);
        block.render(modal, buf);
        if inner.is_empty() {
            return;
        }
        let content = if inner.width > 2 {
            inner.inner(Margin::new(1, 0))
        } else {
            inner
        };
        let w = usize::from(content.width);
        let hint_h = if hint.is_some() && inner.height >= 2 {
            1
        } else {
            0
        };
        let text_h = usize::from(inner.height - hint_h);
        for (k, line) in lines.iter().take(text_h).enumerate() {
            cells::put(buf, content.x, content.y + k as u16, line, w, theme.base);
        }
        if let (Some(hint), 1) = (hint, hint_h) {
            let text = cells::truncate(hint, w);
            cells::put(buf, content.x, inner.bottom() - 1, &text, w, theme.dim);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(buf: &Buffer) -> Vec<String> {
        let a = buf.area;
        (a.top()..a.bottom())
            .map(|y| {
                let mut s = String::new();
                let mut x = a.left();
                while x < a.right() {
                    let sym = buf[(x, y)].symbol();
                    s.push_str(sym);
                    x += cells::width(sym).max(1) as u16;
                }
                s
            })
            .collect()
    }

    #[test]
    fn answers() {
        let c = Confirm::new("删除", "确定删除？");
        assert_eq!(c.handle(Some(Action::Confirm)), Some(true));
        assert_eq!(c.handle(Some(Action::Deny)), Some(false));
        assert_eq!(c.handle(Some(Action::Cancel)), Some(false));
        assert_eq!(c.handle(Some(Action::Back)), Some(false));
        assert_eq!(c.handle(Some(Action::Down)), None);
        assert_eq!(c.handle(None), None);
    }

    #[test]
    fn wraps_message_inside_box() {
        let c = Confirm::new(
            "删除代表",
            "确定要删除代表张三的全部记录吗？删除后不能恢复，相关的抽查记录也会一并删除。",
        );
        let mut buf = Buffer::empty(Rect::new(0, 0, 40, 12));
        c.render_with_hint(buf.area, &mut buf, &Theme::default(), "y 确定  n 取消");
        let text = rows(&buf).join("\n");
        assert!(text.contains("删除代表"), "{text}");
        assert!(text.contains("y 确定"), "{text}");
        assert!(text.contains("不能恢复"), "{text}");
        for y in 0..12 {
            for x in 0..40 {
                assert!(cells::width(buf[(x, y)].symbol()) <= 2);
            }
        }
    }

    #[test]
    fn tiny_areas_do_not_panic() {
        let c = Confirm::new("删除", "确定删除这条记录吗？");
        for w in 0..=12 {
            for h in 0..=6 {
                let mut buf = Buffer::empty(Rect::new(0, 0, w, h));
                c.render_with_hint(buf.area, &mut buf, &Theme::default(), "y/n");
                c.render(buf.area, &mut buf, &Theme::default());
            }
        }
    }
}
