//! Things drawn over a pane: the help screen (generated from the active
//! keymap), the welcome screen, a record's details and confirmations.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::Detail;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::Confirm;
use crate::ui::widgets::cells::{Align, centered, pad, width, wrap};

pub enum Overlay {
    Help(HelpView),
    Welcome,
    Detail(Detail, u16),
    ConfirmQuit(Confirm),
    /// Recent changes with undo (issue 8).
    History(crate::ui::history::HistoryView),
    /// The handover screen: where to, who to (issue 8).
    Handover(Box<crate::ui::widgets::Form>),
}

/// The help screen: every binding of the contexts that apply, built from
/// the keymap in use so it cannot disagree with the keys.
pub struct HelpView {
    lines: Vec<(String, String, bool)>,
    scroll: u16,
    page: u16,
}

impl HelpView {
    pub fn new(keymap: &Keymap, pane: Context) -> HelpView {
        let mut lines = Vec::new();
        for ctx in [
            Context::Global,
            pane,
            Context::List,
            Context::Form,
            Context::Dialog,
        ] {
            let bindings = keymap.bindings(ctx);
            if bindings.is_empty() {
                continue;
            }
            lines.push((ctx.title().t().to_owned(), String::new(), true));
            for (action, chords) in bindings {
                let keys = chords
                    .iter()
                    .map(|c| c.label())
                    .collect::<Vec<_>>()
                    .join(" / ");
                lines.push((keys, action.description().t().to_owned(), false));
            }
        }
        HelpView {
            lines,
            scroll: 0,
            page: 10,
        }
    }

    /// Every line as text, for tests and the `render` command.
    pub fn text_lines(&self) -> impl Iterator<Item = String> + '_ {
        self.lines.iter().map(|(k, d, _)| format!("{k} {d}"))
    }

    pub fn scroll(&mut self, action: Action) {
        let max = (self.lines.len() as u16).saturating_sub(self.page);
        self.scroll = match action {
            Action::Down => self.scroll.saturating_add(1),
            Action::Up => self.scroll.saturating_sub(1),
            Action::PageDown => self.scroll.saturating_add(self.page),
            Action::PageUp => self.scroll.saturating_sub(self.page),
            Action::Home => 0,
            Action::End => max,
            _ => self.scroll,
        }
        .min(max);
    }

    pub fn render(&mut self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let popup = centered(
            area,
            70.min(area.width),
            area.height.saturating_sub(2).max(3),
        );
        Clear.render(popup, buf);
        let block = theme.block(Line::from(Span::styled(
            format!(" {} ", Msg::HelpTitle.t()),
            theme.title,
        )));
        let inner = block.inner(popup);
        block.render(popup, buf);
        self.page = inner.height.max(1);
        let key_width = self
            .lines
            .iter()
            .filter(|l| !l.2)
            .map(|l| width(&l.0))
            .max()
            .unwrap_or(0)
            .min(24);
        let lines: Vec<Line> = self
            .lines
            .iter()
            .skip(self.scroll as usize)
            .take(inner.height as usize)
            .map(|(keys, desc, heading)| {
                if *heading {
                    Line::from(Span::styled(keys.clone(), theme.header))
                } else {
                    Line::from(vec![
                        Span::styled(
                            format!("  {}", pad(keys, key_width, Align::Left)),
                            theme.key,
                        ),
                        Span::raw("  "),
                        Span::raw(desc.clone()),
                    ])
                }
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}

/// A popup of text lines with a title, wrapped by display width.
fn popup(area: Rect, buf: &mut Buffer, theme: &Theme, title: &str, body: &[Line], max_width: u16) {
    let w = max_width.min(area.width);
    let height = (body.len() as u16 + 2).min(area.height);
    let rect = centered(area, w, height);
    Clear.render(rect, buf);
    let block = theme.block(Line::from(Span::styled(format!(" {title} "), theme.title)));
    let inner = block.inner(rect);
    block.render(rect, buf);
    Paragraph::new(body.to_vec()).render(inner, buf);
}

/// The greeting on a new, empty file: where it is, and demo or empty.
pub fn render_welcome(area: Rect, buf: &mut Buffer, theme: &Theme, keymap: &Keymap, path: &str) {
    let w = 64.min(area.width);
    let text_w = usize::from(w.saturating_sub(4));
    let mut body: Vec<Line> = Vec::new();
    for para in [
        Msg::WelcomeIntro.t().to_owned(),
        Msg::WelcomeFile.fill(&[&path]),
        Msg::WelcomeEmpty.t().to_owned(),
    ] {
        body.extend(
            wrap(&para, text_w)
                .into_iter()
                .map(|l| Line::from(format!(" {l}"))),
        );
        body.push(Line::default());
    }
    for (action, msg) in [
        (Action::LoadDemo, Msg::WelcomeDemo),
        (Action::StartEmpty, Msg::WelcomeStart),
    ] {
        let key = keymap.hint(Context::Welcome, action).unwrap_or_default();
        body.push(Line::from(vec![
            Span::styled(format!("  [{key}] "), theme.key),
            Span::raw(msg.t()),
        ]));
    }
    popup(area, buf, theme, Msg::WelcomeTitle.t(), &body, w);
}

/// A record's fields, labels aligned in display cells.
pub fn render_detail(area: Rect, buf: &mut Buffer, theme: &Theme, detail: &Detail, scroll: u16) {
    let w = 72.min(area.width);
    let label_w = detail
        .fields
        .iter()
        .map(|(l, _)| width(l))
        .max()
        .unwrap_or(0);
    let value_w = usize::from(w.saturating_sub(4))
        .saturating_sub(label_w + 2)
        .max(1);
    let mut body = Vec::new();
    for (label, value) in &detail.fields {
        for (i, part) in wrap(value, value_w)
            .into_iter()
            .chain(value.is_empty().then(String::new))
            .enumerate()
        {
            let head = if i == 0 {
                pad(label, label_w, Align::Right)
            } else {
                " ".repeat(label_w)
            };
            body.push(Line::from(vec![
                Span::styled(format!(" {head}  "), theme.dim),
                Span::raw(part),
            ]));
        }
    }
    let body: Vec<Line> = body.into_iter().skip(scroll as usize).collect();
    popup(area, buf, theme, &detail.title, &body, w);
}
