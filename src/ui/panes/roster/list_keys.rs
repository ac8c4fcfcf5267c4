//! Keys of the list view: groups and members, the deputy search, and the
//! pane's actions on the selected deputy or group.

use ratatui::crossterm::event::KeyEvent;

use super::forms::{self, FormKind};
use super::list_view::ALL_GROUPS;
use super::{Focus, Pending, RosterPane, writes};
use crate::ui::action::Action;
use crate::ui::panes::{ListOutcome, PaneCx, PaneOutcome};
use crate::ui::text::Msg;

impl RosterPane {
    pub(super) fn handle_list(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        if self.search.input.is_some() {
            self.search_key(action, key);
            return PaneOutcome::Consumed;
        }
        if !self.group_list.is_searching() {
            if let Some(a) = action {
                if let Some(outcome) = self.handle_list_action(a, cx) {
                    return outcome;
                }
            }
        }
        self.handle_list_keys(action, key, cx)
    }

    fn handle_list_action(&mut self, action: Action, cx: &mut PaneCx) -> Option<PaneOutcome> {
        if let Some(o) = self.handle_pane_action(action, cx) {
            return Some(o);
        }
        let today = cx.today;
        let outcome = match (action, self.focus) {
            (Action::Left, Focus::Deputies) => {
                self.focus = Focus::Groups;
                PaneOutcome::Consumed
            }
            (Action::Right, Focus::Groups) => {
                self.focus = Focus::Deputies;
                PaneOutcome::Consumed
            }
            (Action::New, Focus::Groups) => self.open_form(
                FormKind::NewGroup,
                forms::group_form(None, today),
                cx.keymap,
            ),
            (Action::Edit, Focus::Groups) => {
                let id = self.group_list.selected_id().filter(|&id| id != ALL_GROUPS);
                match id.and_then(|id| self.groups.iter().find(|g| g.id == id)) {
                    Some(g) => {
                        let form = forms::group_form(Some(g), today);
                        self.open_form(FormKind::EditGroup(g.id), form, cx.keymap)
                    }
                    None => PaneOutcome::Status(Msg::RosterSelectGroup.t().to_owned()),
                }
            }
            (Action::Delete, Focus::Groups) => {
                let id = self.group_list.selected_id().filter(|&id| id != ALL_GROUPS);
                match id.and_then(|id| self.groups.iter().find(|g| g.id == id)) {
                    Some(g) => {
                        let (id, name) = (g.id, g.name.clone());
                        let msg = Msg::RosterDeleteGroupAsk.fill(&[&name]);
                        self.ask(Pending::DeleteGroup(id, name), Msg::RosterDeleteTitle, msg)
                    }
                    None => PaneOutcome::Status(Msg::RosterSelectGroup.t().to_owned()),
                }
            }
            (Action::New, Focus::Deputies) => {
                let form = forms::deputy_form(None, &self.groups, self.shown_group, today);
                self.open_form(FormKind::NewDeputy, form, cx.keymap)
            }
            (Action::Edit, Focus::Deputies) => match self.selected_deputy() {
                Some(d) => {
                    let form = forms::deputy_form(Some(d), &self.groups, None, today);
                    self.open_form(FormKind::EditDeputy(d.id), form, cx.keymap)
                }
                None => PaneOutcome::Status(Msg::RosterSelectDeputy.t().to_owned()),
            },
            (Action::Delete, Focus::Deputies) => match self.selected_deputy() {
                Some(d) => {
                    let (id, name) = (d.id, d.data.name.clone());
                    match cx.db.deputy_records(id) {
                        Ok(r) if r.is_empty() => {
                            let msg = Msg::RosterDeleteAsk.fill(&[&name]);
                            self.ask(Pending::DeleteDeputy(id, name), Msg::RosterDeleteTitle, msg)
                        }
                        Ok(r) => PaneOutcome::Error(
                            Msg::RosterDeleteRefused.fill(&[&name, &writes::records_text(&r)]),
                        ),
                        Err(e) => PaneOutcome::Error(crate::ui::errors::describe(&e)),
                    }
                }
                None => PaneOutcome::Status(Msg::RosterSelectDeputy.t().to_owned()),
            },
            (Action::RosterMove, _) => match self.deputy_in_office() {
                Ok(d) if self.groups.is_empty() => {
                    PaneOutcome::Error(Msg::RosterNoGroupsYet.fill(&[&d.data.name]))
                }
                Ok(d) => {
                    let form = forms::move_form(&d, &self.groups, today);
                    self.open_form(FormKind::Move(d.id), form, cx.keymap)
                }
                Err(o) => o,
            },
            (Action::RosterRole, _) => match self.deputy_in_office() {
                Ok(d) if d.group_id.is_none() => {
                    PaneOutcome::Error(Msg::RosterNoGroupYet.fill(&[&d.data.name]))
                }
                Ok(d) => {
                    self.open_form(FormKind::Role(d.id), forms::role_form(&d, today), cx.keymap)
                }
                Err(o) => o,
            },
            (Action::RosterEndTerm, _) => match self.deputy_in_office() {
                Ok(d) => {
                    let form = forms::end_term_form(&d, today);
                    self.open_form(FormKind::EndTerm(d.id), form, cx.keymap)
                }
                Err(o) => o,
            },
            (Action::RosterShowEnded, _) => {
                self.show_ended = !self.show_ended;
                self.stale = true;
                PaneOutcome::Status(
                    if self.show_ended {
                        Msg::RosterShowingEnded
                    } else {
                        Msg::RosterHidingEnded
                    }
                    .t()
                    .to_owned(),
                )
            }
            (Action::RosterSort | Action::RosterSortReverse, _) => {
                if action == Action::RosterSort {
                    self.sort.next_column();
                } else {
                    self.sort.reverse = !self.sort.reverse;
                }
                self.show_members();
                PaneOutcome::Consumed
            }
            (Action::Search, Focus::Deputies) => {
                self.start_search();
                PaneOutcome::Consumed
            }
            (Action::Back, Focus::Deputies) if !self.search.query.is_empty() => {
                self.clear_search();
                PaneOutcome::Consumed
            }
            _ => return None,
        };
        Some(outcome)
    }

    fn handle_list_keys(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        match self.focus {
            Focus::Groups => match self.group_list.handle(action, key) {
                ListOutcome::Ignored => PaneOutcome::Ignored,
                ListOutcome::Open(_) => {
                    self.focus = Focus::Deputies;
                    PaneOutcome::Consumed
                }
                ListOutcome::Consumed => {
                    let selected = self.group_list.selected_id().filter(|&id| id != ALL_GROUPS);
                    if selected != self.shown_group {
                        self.show_members();
                    }
                    PaneOutcome::Consumed
                }
            },
            Focus::Deputies => match self.deputy_list.handle(action, key) {
                ListOutcome::Ignored => PaneOutcome::Ignored,
                ListOutcome::Consumed => PaneOutcome::Consumed,
                ListOutcome::Open(id) => match self.deputy_detail(id, cx.db) {
                    Ok(Some(detail)) => PaneOutcome::Open(detail),
                    Ok(None) => PaneOutcome::Consumed,
                    Err(e) => PaneOutcome::Error(crate::ui::errors::describe(&e)),
                },
            },
        }
    }
}
