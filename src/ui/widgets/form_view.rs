//! Drawing a [`Form`]: a centred modal with labels right-aligned in a column
//! measured in display cells, an error line under each bad field, and a
//! hint line at the bottom. Scrolls when the fields do not fit.

use ratatui::buffer::Buffer;
use ratatui::layout::{Margin, Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Widget};

use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells::{self, Align};
use crate::ui::widgets::form::{Field, FieldKind, Form};

/// One body line of the form.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Row {
    Field(usize),
    Error(usize),
}

/// Value column width wanted when the screen allows.
const VALUE_MIN: usize = 28;
const VALUE_MAX: usize = 50;

impl Form {
    fn rows(&self) -> Vec<Row> {
        let mut rows = Vec::with_capacity(self.fields.len() * 2);
        for (i, f) in self.fields.iter().enumerate() {
            rows.push(Row::Field(i));
            if f.error.is_some() {
                rows.push(Row::Error(i));
            }
        }
        rows
    }

    fn hint_text(&self) -> &str {
        self.hint.as_deref().unwrap_or(Msg::WidgetFormHint.t())
    }

    /// Draws the form centred in `area` (the whole screen), over whatever is
    /// behind it. Returns the caret position of the focused text field, for
    /// `frame.set_cursor_position` (so the IME window follows the caret).
    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme) -> Option<Position> {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return None;
        }
        let rows = self.rows();
        let label_want = self
            .fields
            .iter()
            .map(|f| cells::width(&label_text(f)))
            .max()
            .unwrap_or(0);
        let value_want = self
            .fields
            .iter()
            .map(|f| match &f.kind {
                FieldKind::Choice(o) => o.iter().map(|s| cells::width(s) + 4).max().unwrap_or(0),
                _ => cells::width(f.input.value()) + 2,
            })
            .max()
            .unwrap_or(0)
            .clamp(VALUE_MIN, VALUE_MAX);
        let hint = self.hint_text();
        let content_want = (label_want + 1 + value_want)
            .max(cells::width(hint))
            .max(cells::width(&self.title) + 2);
        let modal_w = clamp_u16(content_want + 4).min(area.width);
        let content_w = usize::from(modal_w.saturating_sub(4).max(1));
        let message = self
            .message
            .as_deref()
            .map(|m| cells::wrap(m, content_w))
            .unwrap_or_default();
        // rows, a blank line, the message, the hint, two borders
        let modal_h = clamp_u16(rows.len() + 1 + message.len() + 1 + 2);
        let modal = cells::centered(area, modal_w, modal_h);

        Clear.render(modal, buf);
        let mut block = theme
            .block(super::title_span(&self.title, theme))
            .style(theme.base);
        let inner = block.inner(modal);
        if inner.is_empty() {
            block.render(modal, buf);
            return None;
        }
        let content = if inner.width > 2 {
            inner.inner(Margin::new(1, 0))
        } else {
            inner
        };

        // Vertical budget: fields first, then the hint, then the message.
        let hint_h = u16::from(inner.height >= 3);
        let msg_h = clamp_u16(message.len()).min(inner.height.saturating_sub(hint_h + 1));
        let view_h = usize::from(inner.height - hint_h - msg_h);
        if rows.len() > view_h && !self.fields.is_empty() {
            let pos = format!(" {}/{} ", self.focus + 1, self.fields.len());
            block = block.title_bottom(Line::from(pos).right_aligned());
        }
        block.render(modal, buf);

        let scroll = self.scroll_for(&rows, view_h);
        let label_w = label_want.min(usize::from(content.width) * 2 / 5);
        let value_x = content.x.saturating_add(clamp_u16(label_w + 1));
        let value_w = content.right().saturating_sub(value_x);
        let mut caret = None;
        for (k, row) in rows.iter().skip(scroll).take(view_h).enumerate() {
            let y = inner.y + k as u16;
            match *row {
                Row::Field(i) => {
                    let f = &self.fields[i];
                    let focused = i == self.focus;
                    if focused && content.x > inner.x {
                        cells::put(buf, inner.x, y, ">", 1, theme.key);
                    }
                    let label_style = if focused {
                        theme.key.add_modifier(Modifier::BOLD)
                    } else {
                        theme.base
                    };
                    let label = cells::pad(&label_text(f), label_w, Align::Right);
                    cells::put(buf, content.x, y, &label, label_w, label_style);
                    let value_area = Rect::new(value_x, y, value_w, 1);
                    let pos = draw_value(f, value_area, buf, focused, theme);
                    if focused {
                        caret = pos;
                    }
                }
                Row::Error(i) => {
                    let msg = self.fields[i].error.as_deref().unwrap_or_default();
                    let (x, w) = if value_w >= 8 {
                        (value_x, value_w)
                    } else {
                        (content.x, content.width)
                    };
                    let text = cells::truncate(msg, usize::from(w));
                    cells::put(buf, x, y, &text, usize::from(w), theme.error);
                }
            }
        }

        let bottom = inner.bottom();
        let msg_y = bottom - hint_h - msg_h;
        for (k, line) in message.iter().take(usize::from(msg_h)).enumerate() {
            cells::put(
                buf,
                content.x,
                msg_y + k as u16,
                line,
                usize::from(content.width),
                theme.error,
            );
        }
        if hint_h == 1 {
            let text = cells::truncate(hint, usize::from(content.width));
            cells::put(
                buf,
                content.x,
                bottom - 1,
                &text,
                usize::from(content.width),
                theme.dim,
            );
        }
        caret
    }

    /// The first body line to show so the focused field and its error line
    /// are in view; remembered for the next frame.
    fn scroll_for(&self, rows: &[Row], view_h: usize) -> usize {
        let mut scroll = self.scroll.get();
        let first = rows
            .iter()
            .position(|r| *r == Row::Field(self.focus))
            .unwrap_or(0);
        let last = rows
            .iter()
            .rposition(|r| matches!(r, Row::Field(i) | Row::Error(i) if *i == self.focus));
        let last = last.unwrap_or(first);
        if view_h == 0 {
            return 0;
        }
        if first < scroll {
            scroll = first;
        }
        if last >= scroll + view_h {
            scroll = (last + 1 - view_h).min(first);
        }
        scroll = scroll.min(rows.len().saturating_sub(view_h));
        self.scroll.set(scroll);
        scroll
    }
}

/// The label as shown: a '*' in front of required fields.
fn label_text(f: &Field) -> String {
    if f.required {
        format!("*{}", f.label)
    } else {
        f.label.clone()
    }
}

/// Draws a field's value; returns the caret for a focused text field.
fn draw_value(
    f: &Field,
    area: Rect,
    buf: &mut Buffer,
    focused: bool,
    theme: &Theme,
) -> Option<Position> {
    if area.is_empty() {
        return None;
    }
    match &f.kind {
        FieldKind::Choice(options) => {
            let label = options
                .get(f.choice)
                .map_or(Msg::WidgetNoChoices.t(), String::as_str);
            let (open, close) = if theme.ascii_borders {
                ("<", ">")
            } else {
                ("‹", "›")
            };
            let inner_w = usize::from(area.width).saturating_sub(4);
            let text = format!("{open} {} {close}", cells::truncate(label, inner_w));
            let style = if focused { theme.selected } else { theme.base };
            cells::put(buf, area.x, area.y, &text, usize::from(area.width), style);
            None
        }
        _ => {
            let pos = f.input.render(area, buf, focused, theme);
            if f.kind == FieldKind::Date && f.input.is_empty() {
                let style: Style = theme.dim.add_modifier(Modifier::UNDERLINED);
                cells::put(
                    buf,
                    area.x,
                    area.y,
                    Msg::WidgetDatePlaceholder.t(),
                    usize::from(area.width),
                    style,
                );
            }
            pos
        }
    }
}

fn clamp_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}
