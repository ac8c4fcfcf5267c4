//! The docket's keys on each screen (forms and menus are in `modal.rs`).

use chrono::Datelike;
use ratatui::crossterm::event::KeyEvent;

use super::modal::Modal;
use super::{DocketPane, Pending, View, forms};
use crate::domain::motion::rates::RateKind;
use crate::storage::docket::DocketFilter;
use crate::ui::action::Action;
use crate::ui::panes::{ListOutcome, PaneOutcome};
use crate::ui::text::Msg;

impl DocketPane {
    /// Keys every screen shares: the docket's own screens, and the list
    /// keys that would otherwise fall to the shell.
    pub(super) fn handle_common(&mut self, action: Option<Action>) -> PaneOutcome {
        match action {
            Some(Action::DocketRates) => {
                self.rates_unit = None;
                self.show(View::Rates);
            }
            Some(Action::DocketUnits) => self.show(View::Units),
            Some(Action::DocketFilter) => {
                self.modal = Some(Modal::Filter(forms::filter(
                    &self.filter,
                    &self.handling_units,
                    self.today,
                )));
            }
            Some(Action::DocketScheme) => self.modal = self.scheme_confirm(),
            Some(Action::Back) => {
                if !self.go_back() {
                    return PaneOutcome::Ignored;
                }
            }
            Some(Action::Delete) => return PaneOutcome::Error(Msg::DocketNoDelete.t().to_owned()),
            Some(Action::New | Action::Edit) => {
                return PaneOutcome::Status(Msg::DocketNotHere.t().to_owned());
            }
            _ => return PaneOutcome::Ignored,
        }
        PaneOutcome::Consumed
    }

    pub(super) fn handle_list(&mut self, action: Option<Action>, key: &KeyEvent) -> PaneOutcome {
        match self.list.handle(action, key) {
            ListOutcome::Open(id) => {
                self.open_item(id);
                return PaneOutcome::Consumed;
            }
            ListOutcome::Consumed => return PaneOutcome::Consumed,
            ListOutcome::Ignored => {}
        }
        match action {
            Some(Action::New) => {
                self.modal = Some(Modal::Register(forms::registration(self.today)));
                PaneOutcome::Consumed
            }
            Some(Action::DocketStep | Action::Edit) => match self.list.selected_id() {
                Some(id) => {
                    self.open_item(id);
                    self.pending = Some(if action == Some(Action::Edit) {
                        Pending::Edit
                    } else {
                        Pending::Steps
                    });
                    PaneOutcome::Consumed
                }
                None => PaneOutcome::Consumed,
            },
            Some(Action::Back) if self.filter != self.default_filter() => {
                self.filter = self.default_filter();
                self.stale = true;
                PaneOutcome::Status(Msg::DocketFilterCleared.t().to_owned())
            }
            _ => self.handle_common(action),
        }
    }

    /// The rates and units screens show another year.
    fn change_year(&mut self, by: i32) {
        self.rates_year += by;
        self.stale = true;
    }

    pub(super) fn default_filter(&self) -> DocketFilter {
        DocketFilter {
            year: self.today.year(),
            ..DocketFilter::default()
        }
    }

    pub(super) fn handle_item(&mut self, action: Option<Action>) -> PaneOutcome {
        let Some(item) = &self.item else {
            return self.handle_common(action);
        };
        match action {
            Some(Action::Down) => self.item_scroll = self.item_scroll.saturating_add(1),
            Some(Action::Up) => self.item_scroll = self.item_scroll.saturating_sub(1),
            Some(Action::PageDown) => self.item_scroll = self.item_scroll.saturating_add(10),
            Some(Action::PageUp) => self.item_scroll = self.item_scroll.saturating_sub(10),
            Some(Action::Home) => self.item_scroll = 0,
            Some(Action::DocketStep | Action::Open) => {
                self.modal = Some(Modal::menu(item.steps.clone()));
            }
            Some(Action::Edit) => self.modal = Some(Modal::Edit(forms::edit(item, self.today))),
            _ => return self.handle_common(action),
        }
        PaneOutcome::Consumed
    }

    pub(super) fn handle_rates(&mut self, action: Option<Action>) -> PaneOutcome {
        match action {
            Some(Action::Up) => self.rate_selected = self.rate_selected.saturating_sub(1),
            Some(Action::Down) => {
                self.rate_selected = (self.rate_selected + 1).min(RateKind::ALL.len() - 1);
            }
            Some(Action::Left) => self.change_year(-1),
            Some(Action::Right) => self.change_year(1),
            Some(Action::Open) => {
                self.drill = Some(RateKind::ALL[self.rate_selected.min(RateKind::ALL.len() - 1)]);
                self.show(View::Drill);
            }
            _ => return self.handle_common(action),
        }
        PaneOutcome::Consumed
    }

    pub(super) fn handle_units(&mut self, action: Option<Action>, key: &KeyEvent) -> PaneOutcome {
        match self.unit_list.handle(action, key) {
            ListOutcome::Open(id) => {
                // The unit's items in the docket list.
                self.filter = DocketFilter {
                    unit: Some(id),
                    ..self.default_filter()
                };
                self.show(View::List);
                return PaneOutcome::Consumed;
            }
            ListOutcome::Consumed => return PaneOutcome::Consumed,
            ListOutcome::Ignored => {}
        }
        match action {
            Some(Action::New) => {
                self.modal = Some(Modal::Unit(None, forms::unit(None, self.today)))
            }
            Some(Action::Edit) => {
                let id = self.unit_list.selected_id();
                if let Some(u) = self.handling_units.iter().find(|u| Some(u.id) == id) {
                    self.modal = Some(Modal::Unit(Some(u.id), forms::unit(Some(u), self.today)));
                }
            }
            Some(Action::DocketRates) => {
                self.rates_unit = self.unit_list.selected_id();
                self.show(View::Rates);
            }
            Some(Action::Left) => self.change_year(-1),
            Some(Action::Right) => self.change_year(1),
            _ => return self.handle_common(action),
        }
        PaneOutcome::Consumed
    }
}
