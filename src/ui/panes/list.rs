//! A searchable table of records, the base of every pane's list: rows are
//! built once per reload; a search narrows them as the chair types.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::domain::pinyin_keys::{MatchRank, PinyinKeys, match_name};
use crate::ui::action::Action;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Column, Table, TableState, TextInput};

/// One row of a list.
#[derive(Debug, Clone)]
pub struct ListRow {
    /// The record's id in its table.
    pub id: i64,
    pub cells: Vec<String>,
    pub style: Style,
    /// Pinyin keys of the row's name, when the row has a person's name.
    pub name: Option<(String, PinyinKeys)>,
}

impl ListRow {
    pub fn new(id: i64, cells: Vec<String>) -> ListRow {
        ListRow {
            id,
            cells,
            style: Style::default(),
            name: None,
        }
    }

    pub fn style(mut self, style: Style) -> ListRow {
        self.style = style;
        self
    }

    /// Lets a search find the row by this name's pinyin (zs → 张三).
    pub fn name(mut self, name: &str, stored_keys: &str) -> ListRow {
        let keys = if stored_keys.is_empty() {
            crate::domain::pinyin_keys::name_keys(name)
        } else {
            PinyinKeys::from_stored(stored_keys)
        };
        self.name = Some((name.to_owned(), keys));
        self
    }

    /// How well the row answers a search, best first: a name match by its
    /// pinyin rank, then any cell containing the query; None when neither.
    fn rank(&self, query: &str) -> Option<(u8, Option<MatchRank>)> {
        let by_name = self
            .name
            .as_ref()
            .and_then(|(name, keys)| match_name(query, name, keys));
        if by_name.is_some() {
            return Some((0, by_name));
        }
        self.cells
            .iter()
            .any(|c| c.to_lowercase().contains(query))
            .then_some((1, None))
    }
}

/// What the list did with a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ListOutcome {
    Ignored,
    Consumed,
    /// Enter on a row: open the record with this id.
    Open(i64),
}

/// A table with selection, scrolling and search.
pub struct ListView {
    pub columns: Vec<Column>,
    rows: Vec<ListRow>,
    /// Indexes into `rows` that pass the search, and their cells and styles
    /// as the table draws them (rebuilt only when rows or the query change).
    visible: Vec<usize>,
    cells: Vec<Vec<String>>,
    styles: Vec<Style>,
    pub state: TableState,
    search: Option<TextInput>,
    query: String,
    page: usize,
}

impl ListView {
    pub fn new(columns: Vec<Column>) -> ListView {
        ListView {
            columns,
            rows: Vec::new(),
            visible: Vec::new(),
            cells: Vec::new(),
            styles: Vec::new(),
            state: TableState::default(),
            search: None,
            query: String::new(),
            page: 10,
        }
    }

    /// Replaces the rows, keeping the selected record selected when it is
    /// still there.
    pub fn set_rows(&mut self, rows: Vec<ListRow>) {
        let keep = self.selected_id();
        self.rows = rows;
        self.refilter();
        if let Some(id) = keep {
            self.select_id(id);
        }
    }

    /// Applies the search: matching rows, best match first (the list order
    /// breaks ties), and the selection on the best one when the query
    /// changed.
    fn refilter(&mut self) {
        let q = self.query.trim().to_lowercase();
        if q.is_empty() {
            self.visible = (0..self.rows.len()).collect();
        } else {
            let mut ranked: Vec<_> = (0..self.rows.len())
                .filter_map(|i| self.rows[i].rank(&q).map(|r| (r, i)))
                .collect();
            ranked.sort();
            self.visible = ranked.into_iter().map(|(_, i)| i).collect();
        }
        self.cells = self
            .visible
            .iter()
            .map(|&i| self.rows[i].cells.clone())
            .collect();
        self.styles = self.visible.iter().map(|&i| self.rows[i].style).collect();
        self.state.clamp(self.visible.len());
    }

    /// The list as shown (search applied), for export.
    pub fn export(&self, title: &str) -> super::ExportTable {
        super::ExportTable {
            title: title.to_owned(),
            columns: self.columns.iter().map(|c| c.title.clone()).collect(),
            // Cells past the last column are only searched, never shown.
            rows: self
                .cells
                .iter()
                .map(|r| r.iter().take(self.columns.len()).cloned().collect())
                .collect(),
        }
    }

    pub fn len(&self) -> usize {
        self.visible.len()
    }

    pub fn is_empty(&self) -> bool {
        self.visible.is_empty()
    }

    pub fn selected_id(&self) -> Option<i64> {
        self.visible
            .get(self.state.selected)
            .map(|&i| self.rows[i].id)
    }

    /// Selects the row of a record (clearing a search that hides it).
    pub fn select_id(&mut self, id: i64) -> bool {
        if !self.visible.iter().any(|&i| self.rows[i].id == id) && !self.query.is_empty() {
            self.query.clear();
            self.refilter();
        }
        match self.visible.iter().position(|&i| self.rows[i].id == id) {
            Some(pos) => {
                self.state.selected = pos;
                true
            }
            None => false,
        }
    }

    /// True while the search box has focus.
    pub fn is_searching(&self) -> bool {
        self.search.is_some()
    }

    pub fn query(&self) -> &str {
        &self.query
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(input) = &mut self.search {
            input.paste(text);
            self.query = input.value().to_owned();
            self.refilter();
            self.state.home();
        }
    }

    pub fn handle(&mut self, action: Option<Action>, key: &KeyEvent) -> ListOutcome {
        if let Some(input) = &mut self.search {
            match action {
                // Enter keeps the filter, Esc drops it.
                Some(Action::NextField | Action::Save) => self.search = None,
                Some(Action::Cancel) => {
                    self.search = None;
                    self.query.clear();
                    self.refilter();
                }
                Some(Action::PrevField) => {}
                _ => {
                    if input.handle_key(key) {
                        self.query = input.value().to_owned();
                        self.refilter();
                        self.state.home();
                    }
                }
            }
            return ListOutcome::Consumed;
        }
        match action {
            Some(Action::Search) => {
                let mut input = TextInput::default();
                input.set(&self.query);
                self.search = Some(input);
                ListOutcome::Consumed
            }
            Some(Action::Back) if !self.query.is_empty() => {
                self.query.clear();
                self.refilter();
                ListOutcome::Consumed
            }
            Some(Action::Open) => match self.selected_id() {
                Some(id) => ListOutcome::Open(id),
                None => ListOutcome::Consumed,
            },
            Some(a) if self.state.apply(a, self.visible.len(), self.page) => ListOutcome::Consumed,
            _ => ListOutcome::Ignored,
        }
    }

    /// Draws the table, and under it the search line while searching or
    /// filtered. Puts the terminal cursor on the search caret.
    pub fn render(&mut self, frame: &mut Frame, area: Rect, title: &str, theme: &Theme) {
        let show_search = self.search.is_some() || !self.query.is_empty();
        let [table_area, search_area] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(u16::from(show_search)),
        ])
        .areas(area);
        self.page = usize::from(table_area.height.saturating_sub(3)).max(1);
        Table::new(&self.columns, &self.cells)
            .row_styles(&self.styles)
            .title(title)
            .render(table_area, frame.buffer_mut(), &mut self.state, theme);
        if show_search {
            let label = Msg::SearchLabel.t();
            let label_width = crate::ui::widgets::cells::width(label) as u16;
            let [label_area, input_area] =
                Layout::horizontal([Constraint::Length(label_width), Constraint::Min(1)])
                    .areas(search_area);
            frame.render_widget(Line::from(Span::styled(label, theme.key)), label_area);
            match &self.search {
                Some(input) => {
                    if let Some(pos) = input.render(input_area, frame.buffer_mut(), true, theme) {
                        frame.set_cursor_position(pos);
                    }
                }
                None => frame.render_widget(Line::from(self.query.as_str()), input_area),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::pinyin_keys::name_keys;
    use crate::ui::widgets::{Align, ColWidth};
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn typed(list: &mut ListView, text: &str) {
        list.handle(
            Some(Action::Search),
            &KeyEvent::new(KeyCode::Char('/'), KeyModifiers::NONE),
        );
        for c in text.chars() {
            list.handle(None, &KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
        }
    }

    #[test]
    fn a_search_puts_the_best_match_first_and_selects_it() {
        let mut list = ListView::new(vec![Column::new("姓名", ColWidth::Min(6), Align::Left)]);
        let names = ["林小美", "张三", "吕小梅", "张珊珊"];
        list.set_rows(
            names
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    ListRow::new(i as i64, vec![(*n).to_owned()]).name(n, &name_keys(n).to_stored())
                })
                .collect(),
        );
        list.state.selected = 3;
        typed(&mut list, "lxm");
        assert_eq!(list.len(), 2, "林小美 and 吕小梅 share the initials");
        assert_eq!(
            list.selected_id(),
            Some(0),
            "the selection moves to the first match"
        );
        let mut again = ListView::new(list.columns.clone());
        again.set_rows(list.rows.clone());
        again.state.selected = 3;
        typed(&mut again, "lvxm");
        assert_eq!(again.len(), 1);
        assert_eq!(
            again.selected_id(),
            Some(2),
            "吕小梅, not the row that was selected before"
        );
        let mut list2 = ListView::new(vec![Column::new("姓名", ColWidth::Min(6), Align::Left)]);
        list2.set_rows(
            ["张珊珊", "张三"]
                .iter()
                .enumerate()
                .map(|(i, n)| {
                    ListRow::new(i as i64, vec![(*n).to_owned()]).name(n, &name_keys(n).to_stored())
                })
                .collect(),
        );
        typed(&mut list2, "zhangsan");
        assert_eq!(
            list2.selected_id(),
            Some(1),
            "the exact reading ranks first"
        );
    }
}
