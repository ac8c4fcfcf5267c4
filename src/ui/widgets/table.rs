//! A data table drawn cell by cell into the buffer, so columns holding
//! Chinese and ASCII text line up exactly.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

use crate::ui::action::Action;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells::{self, Align};

/// How wide a column is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColWidth {
    /// Exactly this many cells.
    Fixed(u16),
    /// At least this many cells; shares the leftover width with other `Min`s.
    Min(u16),
}

impl ColWidth {
    fn base(self) -> u16 {
        match self {
            ColWidth::Fixed(w) | ColWidth::Min(w) => w,
        }
    }
}

/// One column of a [`Table`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Column {
    pub title: String,
    pub width: ColWidth,
    pub align: Align,
}

impl Column {
    pub fn new(title: impl Into<String>, width: ColWidth, align: Align) -> Self {
        Column {
            title: title.into(),
            width,
            align,
        }
    }
}

/// The selected row and the first row shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct TableState {
    pub selected: usize,
    pub offset: usize,
}

impl TableState {
    pub fn select_next(&mut self, len: usize) {
        self.selected = (self.selected + 1).min(len.saturating_sub(1));
    }

    pub fn select_prev(&mut self) {
        self.selected = self.selected.saturating_sub(1);
    }

    pub fn page_down(&mut self, len: usize, page: usize) {
        self.selected = (self.selected + page.max(1)).min(len.saturating_sub(1));
    }

    pub fn page_up(&mut self, page: usize) {
        self.selected = self.selected.saturating_sub(page.max(1));
    }

    pub fn home(&mut self) {
        self.selected = 0;
        self.offset = 0;
    }

    pub fn end(&mut self, len: usize) {
        self.selected = len.saturating_sub(1);
    }

    /// Keeps the selection inside `0..len` (after rows were removed).
    pub fn clamp(&mut self, len: usize) {
        self.selected = self.selected.min(len.saturating_sub(1));
        self.offset = self.offset.min(self.selected);
    }

    /// Moves the selection for a list action. Returns true when the action
    /// is one the table handles (Up, Down, PageUp, PageDown, Home, End).
    pub fn apply(&mut self, action: Action, len: usize, page: usize) -> bool {
        match action {
            Action::Up => self.select_prev(),
            Action::Down => self.select_next(len),
            Action::PageUp => self.page_up(page),
            Action::PageDown => self.page_down(len, page),
            Action::Home => self.home(),
            Action::End => self.end(len),
            _ => return false,
        }
        true
    }

    /// Adjusts `offset` so the selected row is among `visible` rows shown,
    /// without leaving blank rows below the last one.
    pub fn scroll_into_view(&mut self, len: usize, visible: usize) {
        self.clamp(len);
        if visible == 0 {
            return;
        }
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + visible {
            self.offset = self.selected + 1 - visible;
        }
        self.offset = self.offset.min(len.saturating_sub(visible));
    }
}

/// A bordered table with a header row, a selected row and a "12/60" footer.
#[derive(Clone, Debug)]
pub struct Table<'a> {
    pub columns: &'a [Column],
    pub rows: &'a [Vec<String>],
    /// A style per row (same index as `rows`), e.g. overdue rows in red.
    pub row_styles: Option<&'a [Style]>,
    pub title: String,
    /// Draw the selected row highlighted (false when the table lacks focus).
    pub highlight: bool,
}

impl<'a> Table<'a> {
    pub fn new(columns: &'a [Column], rows: &'a [Vec<String>]) -> Self {
        Table {
            columns,
            rows,
            row_styles: None,
            title: String::new(),
            highlight: true,
        }
    }

    pub fn title(mut self, title: impl Into<String>) -> Self {
        self.title = title.into();
        self
    }

    pub fn row_styles(mut self, styles: &'a [Style]) -> Self {
        self.row_styles = Some(styles);
        self
    }

    pub fn highlight(mut self, on: bool) -> Self {
        self.highlight = on;
        self
    }

    /// How many data rows fit in `area` (the page size for PageUp/PageDown).
    pub fn visible_rows(area: Rect) -> usize {
        usize::from(area.height.saturating_sub(3))
    }

    pub fn render(self, area: Rect, buf: &mut Buffer, state: &mut TableState, theme: &Theme) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let len = self.rows.len();
        state.clamp(len);
        let mut block = theme.block(super::title_span(&self.title, theme));
        if len > 0 {
            let footer = format!(" {}/{} ", state.selected + 1, len);
            block = block.title_bottom(Line::from(footer).right_aligned());
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }

        let widths = layout_columns(self.columns, inner.width);
        let xs = column_starts(inner.x, &widths);

        // Header.
        buf.set_style(Rect { height: 1, ..inner }, theme.header);
        for ((col, &w), &x) in self.columns.iter().zip(&widths).zip(&xs) {
            let text = cells::pad(&col.title, usize::from(w), col.align);
            cells::put(buf, x, inner.y, &text, usize::from(w), theme.header);
        }

        let body = Rect {
            y: inner.y + 1,
            height: inner.height - 1,
            ..inner
        };
        if body.height == 0 {
            return;
        }
        if len == 0 {
            let msg = Msg::WidgetEmptyTable.t();
            let w = cells::width(msg).min(usize::from(body.width));
            let x = body.x + (body.width - w as u16) / 2;
            cells::put(buf, x, body.y, msg, w, theme.dim);
            return;
        }

        state.scroll_into_view(len, usize::from(body.height));
        for (i, row) in self
            .rows
            .iter()
            .enumerate()
            .skip(state.offset)
            .take(usize::from(body.height))
        {
            let y = body.y + (i - state.offset) as u16;
            let mut style = self
                .row_styles
                .and_then(|s| s.get(i).copied())
                .map_or(theme.base, |s| theme.base.patch(s));
            if self.highlight && i == state.selected {
                style = style.patch(theme.selected);
            }
            buf.set_style(
                Rect {
                    y,
                    height: 1,
                    ..body
                },
                style,
            );
            for (((col, &w), &x), j) in self.columns.iter().zip(&widths).zip(&xs).zip(0..) {
                let cell = row.get(j).map_or("", String::as_str);
                let text = cells::pad(cell, usize::from(w), col.align);
                cells::put(buf, x, y, &text, usize::from(w), style);
            }
        }
    }
}

/// Widths of the columns that fit in `avail` cells with one-cell gaps. `Min`
/// columns share what is left over; columns that do not fit at all are
/// dropped from the right. When not even the first column fits it gets the
/// whole width.
pub fn layout_columns(columns: &[Column], avail: u16) -> Vec<u16> {
    if columns.is_empty() || avail == 0 {
        return Vec::new();
    }
    let mut widths: Vec<u16> = Vec::new();
    let mut used: u16 = 0;
    for col in columns {
        let gap = u16::from(!widths.is_empty());
        let need = gap.saturating_add(col.width.base());
        if used.saturating_add(need) > avail {
            break;
        }
        used += need;
        widths.push(col.width.base());
    }
    if widths.is_empty() {
        return vec![avail];
    }
    let mins: Vec<usize> = (0..widths.len())
        .filter(|&i| matches!(columns[i].width, ColWidth::Min(_)))
        .collect();
    if !mins.is_empty() {
        let left = avail - used;
        let share = left / mins.len() as u16;
        let extra = left % mins.len() as u16;
        for (k, &i) in mins.iter().enumerate() {
            widths[i] += share + u16::from((k as u16) < extra);
        }
    }
    widths
}

fn column_starts(x0: u16, widths: &[u16]) -> Vec<u16> {
    let mut x = x0;
    widths
        .iter()
        .map(|&w| {
            let start = x;
            x = x.saturating_add(w).saturating_add(1);
            start
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cols() -> Vec<Column> {
        vec![
            Column::new("姓名", ColWidth::Fixed(8), Align::Left),
            Column::new("单位", ColWidth::Min(10), Align::Left),
            Column::new("电话", ColWidth::Fixed(11), Align::Right),
            Column::new("备注", ColWidth::Min(6), Align::Left),
        ]
    }

    #[test]
    fn min_columns_share_leftover() {
        // 8 + 10 + 11 + 6 + 3 gaps = 38; 12 left, 6 each.
        assert_eq!(layout_columns(&cols(), 50), vec![8, 16, 11, 12]);
        assert_eq!(layout_columns(&cols(), 51), vec![8, 17, 11, 12]);
        assert_eq!(layout_columns(&cols(), 38), vec![8, 10, 11, 6]);
    }

    #[test]
    fn narrow_widths_drop_rightmost_columns() {
        // 8 + 10 + 11 + 2 gaps = 31: the remark column is dropped.
        assert_eq!(layout_columns(&cols(), 37), vec![8, 16, 11]);
        assert_eq!(layout_columns(&cols(), 31), vec![8, 10, 11]);
        assert_eq!(layout_columns(&cols(), 20), vec![8, 11]);
        assert_eq!(layout_columns(&cols(), 5), vec![5]);
        assert!(layout_columns(&cols(), 0).is_empty());
    }

    #[test]
    fn state_moves_and_clamps() {
        let mut s = TableState::default();
        s.select_prev();
        assert_eq!(s.selected, 0);
        s.select_next(3);
        s.select_next(3);
        s.select_next(3);
        assert_eq!(s.selected, 2);
        s.page_up(10);
        assert_eq!(s.selected, 0);
        s.page_down(100, 10);
        assert_eq!(s.selected, 10);
        s.end(60);
        assert_eq!(s.selected, 59);
        s.clamp(5);
        assert_eq!(s.selected, 4);
        s.clamp(0);
        assert_eq!((s.selected, s.offset), (0, 0));
        s.select_next(0);
        assert_eq!(s.selected, 0);
    }

    #[test]
    fn apply_handles_list_actions_only() {
        let mut s = TableState::default();
        assert!(s.apply(Action::End, 60, 10));
        assert_eq!(s.selected, 59);
        assert!(s.apply(Action::PageUp, 60, 10));
        assert_eq!(s.selected, 49);
        assert!(s.apply(Action::Home, 60, 10));
        assert_eq!((s.selected, s.offset), (0, 0));
        assert!(!s.apply(Action::Save, 60, 10));
    }

    #[test]
    fn scroll_keeps_selection_visible() {
        let mut s = TableState {
            selected: 59,
            offset: 0,
        };
        s.scroll_into_view(60, 10);
        assert_eq!(s.offset, 50);
        s.selected = 45;
        s.scroll_into_view(60, 10);
        assert_eq!(s.offset, 45);
        // Rows removed: no blank space below the last row.
        s.scroll_into_view(48, 10);
        assert_eq!(s.offset, 38);
    }
}
