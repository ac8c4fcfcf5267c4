//! Finding deputies as the chair types (`/`): the name by its characters,
//! pinyin initials or full pinyin (polyphonic surnames, lv/lu included),
//! and the unit, district and phone by their text. Best matches come first
//! and the best one is selected.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use super::RosterPane;
use super::list_view::{ALL_GROUPS, pinyin_keys};
use crate::domain::pinyin_keys::match_name;
use crate::storage::roster::Deputy;
use crate::ui::action::Action;
use crate::ui::panes::RenderCtx;
use crate::ui::text::Msg;
use crate::ui::widgets::{TextInput, cells};

/// Rank of a match on the unit, district or phone: after every name match.
const OTHER_FIELD: u8 = 10;

/// How well `query` finds a deputy, lower is better; None: not at all.
pub fn rank(query: &str, d: &Deputy) -> Option<u8> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return Some(0);
    }
    if let Some(r) = match_name(&q, &d.data.name, &pinyin_keys(d)) {
        return Some(r as u8);
    }
    let digits: String = q.chars().filter(|c| !matches!(c, ' ' | '-')).collect();
    let found = [&d.data.unit_title, &d.data.district]
        .iter()
        .any(|f| f.to_lowercase().contains(&q))
        || (!digits.is_empty() && d.data.phone.replace([' ', '-'], "").contains(&digits));
    found.then_some(OTHER_FIELD)
}

/// The search box and the query it left.
#[derive(Default)]
pub struct DeputySearch {
    /// Some while the box has focus.
    pub input: Option<TextInput>,
    pub query: String,
}

impl DeputySearch {
    pub fn is_shown(&self) -> bool {
        self.input.is_some() || !self.query.is_empty()
    }
}

impl RosterPane {
    /// Opens the search box over every deputy (not one group).
    pub(super) fn start_search(&mut self) {
        if self.shown_group.is_some() {
            self.group_list.select_id(ALL_GROUPS);
        }
        self.search.input = Some(TextInput::with_value(&self.search.query));
        self.show_members();
    }

    /// A key while the box has focus: Enter keeps the filter, Esc drops it.
    pub(super) fn search_key(
        &mut self,
        action: Option<Action>,
        key: &ratatui::crossterm::event::KeyEvent,
    ) {
        let Some(input) = &mut self.search.input else {
            return;
        };
        match action {
            Some(Action::NextField | Action::Save) => self.search.input = None,
            Some(Action::Cancel) => {
                self.search.input = None;
                self.clear_search();
            }
            Some(Action::PrevField) => {}
            _ => {
                if input.handle_key(key) && input.value() != self.search.query {
                    self.search.query = input.value().to_owned();
                    self.show_members();
                    self.deputy_list.state.home();
                }
            }
        }
    }

    pub(super) fn search_paste(&mut self, text: &str) {
        if let Some(input) = &mut self.search.input {
            input.paste(text);
            self.search.query = input.value().to_owned();
            self.show_members();
            self.deputy_list.state.home();
        }
    }

    pub(super) fn clear_search(&mut self) {
        self.search.query.clear();
        self.show_members();
    }

    /// The search line under the member table; puts the cursor on the caret.
    pub(super) fn render_search(&self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let label = Msg::SearchLabel.t();
        let label_w = u16::try_from(cells::width(label)).unwrap_or(u16::MAX);
        let [label_area, input_area] =
            Layout::horizontal([Constraint::Length(label_w), Constraint::Min(1)]).areas(area);
        frame.render_widget(Line::from(Span::styled(label, ctx.theme.key)), label_area);
        match &self.search.input {
            Some(input) => {
                if let Some(pos) = input.render(input_area, frame.buffer_mut(), true, ctx.theme) {
                    frame.set_cursor_position(pos);
                }
            }
            None => frame.render_widget(Line::from(self.search.query.as_str()), input_area),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::roster::DeputyInput;

    fn d(name: &str, unit: &str, phone: &str) -> Deputy {
        Deputy {
            id: 1,
            data: DeputyInput {
                name: name.into(),
                unit_title: unit.into(),
                phone: phone.into(),
                ..DeputyInput::default()
            },
            status: "在任".into(),
            ended_on: None,
            end_reason: String::new(),
            group_id: None,
            group_name: None,
            role: None,
            pinyin: String::new(),
        }
    }

    #[test]
    fn names_rank_before_other_fields_and_exact_before_prefix() {
        let zs = d("张三", "", "");
        let zsf = d("张三丰", "", "");
        let unit = d("李四", "张三村村委会", "138 1234 5678");
        assert!(rank("zhangsan", &zs) < rank("zhangsan", &zsf));
        assert!(rank("zs", &zsf) < rank("张三", &unit));
        assert_eq!(rank("张三", &unit), Some(OTHER_FIELD));
        assert_eq!(rank("1381234", &unit), Some(OTHER_FIELD));
        assert_eq!(rank("wangwu", &unit), None);
        assert!(rank("lv", &d("吕梅", "", "")).is_some());
    }
}
