//! 代表: deputy groups and their members (the list view), structure
//! statistics of the township or a group, and one deputy's duty record with
//! the voter-contact log. Forms and questions open over the pane.

mod duty_view;
mod forms;
mod list_keys;
mod list_view;
mod search;
mod stats_view;
mod writes;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Style;

use self::duty_view::DutyState;
use self::forms::FormKind;
use self::list_view::SortState;
use self::stats_view::StatsState;
use super::{ExportTable, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::storage::roster::{Deputy, DeputyInput, GroupSummary};
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Confirm, Form, FormOutcome};

/// Which list has the keys in the list view.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Focus {
    Groups,
    Deputies,
}

/// What the pane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    /// Groups and members (花名册).
    List,
    /// Structure statistics (代表结构).
    Stats,
    /// One deputy's duty record (履职档案).
    Duty,
}

/// A question waiting for an answer, and what to do on yes.
enum Pending {
    /// Same name and birth month as a deputy on file: save anyway?
    SaveDeputy {
        kind: FormKind,
        input: Box<DeputyInput>,
        group: Option<i64>,
        form: Box<Form>,
    },
    DeleteDeputy(i64, String),
    DeleteGroup(i64, String),
    DeleteContact(i64),
}

enum Modal {
    Form(FormKind, Form),
    Confirm(Pending, Confirm),
}

pub struct RosterPane {
    groups: Vec<GroupSummary>,
    deputies: Vec<Deputy>,
    group_list: ListView,
    deputy_list: ListView,
    focus: Focus,
    view: View,
    today: NaiveDate,
    /// The group whose members are listed; None for everyone.
    shown_group: Option<i64>,
    /// Deputies whose term ended are listed too.
    show_ended: bool,
    sort: SortState,
    search: search::DeputySearch,
    modal: Option<Modal>,
    stats: StatsState,
    duty: DutyState,
    /// The view changed what it shows: read again before drawing.
    stale: bool,
    /// Select this deputy once the rows are read again (after a save).
    select_deputy_after_reload: Option<i64>,
    /// Row styles from the theme: groups to look at, ended terms.
    warn_style: Style,
    dim_style: Style,
}

impl RosterPane {
    pub fn new(theme: &Theme) -> RosterPane {
        RosterPane {
            groups: Vec::new(),
            deputies: Vec::new(),
            group_list: ListView::new(list_view::group_columns()),
            deputy_list: ListView::new(list_view::deputy_columns()),
            focus: Focus::Deputies,
            view: View::List,
            today: NaiveDate::default(),
            shown_group: None,
            show_ended: false,
            sort: SortState::default(),
            search: search::DeputySearch::default(),
            modal: None,
            stats: StatsState::default(),
            duty: DutyState::default(),
            stale: false,
            select_deputy_after_reload: None,
            warn_style: theme.warn,
            dim_style: theme.dim,
        }
    }

    fn selected_deputy(&self) -> Option<&Deputy> {
        let id = self.deputy_list.selected_id()?;
        self.deputies.iter().find(|d| d.id == id)
    }

    /// The selected deputy when in office, or why not.
    fn deputy_in_office(&self) -> Result<Deputy, PaneOutcome> {
        match self.selected_deputy() {
            None => Err(PaneOutcome::Status(Msg::RosterSelectDeputy.t().to_owned())),
            Some(d) if !d.in_office() => Err(PaneOutcome::Error(
                Msg::RosterNotInOffice.fill(&[&d.data.name]),
            )),
            Some(d) => Ok(d.clone()),
        }
    }

    fn open_form(&mut self, kind: FormKind, form: Form, keymap: &Keymap) -> PaneOutcome {
        let hint = Msg::RosterFormHint.fill(&[
            &keymap.hint(Context::Form, Action::Save).unwrap_or_default(),
            &keymap
                .hint(Context::Form, Action::Cancel)
                .unwrap_or_default(),
            &keymap
                .hint(Context::Form, Action::NextField)
                .unwrap_or_default(),
        ]);
        self.modal = Some(Modal::Form(kind, form.with_hint(hint)));
        PaneOutcome::Consumed
    }

    fn ask(&mut self, pending: Pending, title: Msg, message: String) -> PaneOutcome {
        self.modal = Some(Modal::Confirm(pending, Confirm::new(title.t(), message)));
        PaneOutcome::Consumed
    }

    fn handle_modal(
        &mut self,
        modal: Modal,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        match modal {
            Modal::Form(kind, mut form) => match form.handle(action, key) {
                FormOutcome::Continue => {
                    self.modal = Some(Modal::Form(kind, form));
                    PaneOutcome::Consumed
                }
                FormOutcome::Cancel => PaneOutcome::Consumed,
                FormOutcome::Save(values) => self.save_form(kind, form, values, cx),
            },
            Modal::Confirm(pending, confirm) => match confirm.handle(action) {
                Some(true) => self.confirmed(pending, cx),
                Some(false) => {
                    // Saying no to a double entry goes back to the form.
                    if let Pending::SaveDeputy { kind, form, .. } = pending {
                        self.modal = Some(Modal::Form(kind, *form));
                    }
                    PaneOutcome::Consumed
                }
                None => {
                    self.modal = Some(Modal::Confirm(pending, confirm));
                    PaneOutcome::Consumed
                }
            },
        }
    }

    /// Keys of the pane's own (shared by every view).
    fn handle_pane_action(&mut self, action: Action, cx: &mut PaneCx) -> Option<PaneOutcome> {
        let outcome = match action {
            Action::RosterStats => {
                self.view = if self.view == View::Stats {
                    View::List
                } else {
                    self.stats.scope = self.shown_group;
                    self.stats.scroll = 0;
                    View::Stats
                };
                self.stale = true;
                PaneOutcome::Consumed
            }
            Action::RosterDuty => {
                if self.view == View::Duty {
                    self.view = View::List;
                } else {
                    let Some(d) = self.selected_deputy() else {
                        return Some(PaneOutcome::Status(Msg::RosterSelectDeputy.t().to_owned()));
                    };
                    self.duty.open(d.id, cx.today.year());
                    self.view = View::Duty;
                }
                self.stale = true;
                PaneOutcome::Consumed
            }
            Action::RosterContact => {
                let id = match self.view {
                    View::Duty => self.duty.deputy,
                    _ => self.selected_deputy().map(|d| d.id),
                };
                let Some(d) = id.and_then(|id| self.deputies.iter().find(|d| d.id == id)) else {
                    return Some(PaneOutcome::Status(Msg::RosterSelectDeputy.t().to_owned()));
                };
                let form = forms::contact_form(d, cx.today);
                self.open_form(FormKind::Contact(d.id), form, cx.keymap)
            }
            Action::RosterChairContact => {
                let id = match self.view {
                    View::Duty => self.duty.deputy,
                    _ => self.selected_deputy().map(|d| d.id),
                };
                let Some(d) = id.and_then(|id| self.deputies.iter().find(|d| d.id == id)) else {
                    return Some(PaneOutcome::Status(Msg::RosterSelectDeputy.t().to_owned()));
                };
                let form = forms::chair_contact_form(d, cx.today);
                self.open_form(FormKind::ChairContact(d.id), form, cx.keymap)
            }
            _ => return None,
        };
        Some(outcome)
    }
}

impl Pane for RosterPane {
    fn selected_record(&self) -> Option<(&'static str, i64, String)> {
        let id = self.deputy_list.selected_id()?;
        let d = self.deputies.iter().find(|d| d.id == id)?;
        Some(("deputy", id, d.data.name.clone()))
    }

    fn export_table(&self) -> Option<ExportTable> {
        Some(self.deputy_list.export(Msg::RosterExportTitle.t()))
    }

    fn title(&self) -> Msg {
        Msg::PaneRoster
    }

    fn context(&self) -> Context {
        Context::Roster
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        self.today = today;
        self.stale = false;
        self.groups = db.roster_groups()?;
        self.deputies = db.roster_deputies(self.show_ended)?;
        self.fill_groups();
        if let Some(id) = self.select_deputy_after_reload.take() {
            self.select_deputy(id);
        } else {
            self.show_members();
        }
        match self.view {
            View::List => {}
            View::Stats => self.stats.load(db, today)?,
            View::Duty => self.duty.load(db, today)?,
        }
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        match self.view {
            View::List => self.render_list(frame, area, ctx),
            View::Stats => self.stats.render(frame, area, ctx, &self.groups),
            View::Duty => self.duty.render(frame, area, ctx, &self.deputies),
        }
        let screen = frame.area();
        match &self.modal {
            None => {}
            Some(Modal::Form(_, form)) => {
                if let Some(pos) = form.render(screen, frame.buffer_mut(), ctx.theme) {
                    frame.set_cursor_position(pos);
                }
            }
            Some(Modal::Confirm(_, confirm)) => {
                let hint = Msg::RosterConfirmHint.fill(&[
                    &ctx.keymap
                        .hint(Context::Dialog, Action::Confirm)
                        .unwrap_or_default(),
                    &ctx.keymap
                        .hint(Context::Dialog, Action::Deny)
                        .unwrap_or_default(),
                ]);
                confirm.render_with_hint(screen, frame.buffer_mut(), ctx.theme, &hint);
            }
        }
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, cx: &mut PaneCx) -> PaneOutcome {
        if let Some(modal) = self.modal.take() {
            return self.handle_modal(modal, action, key, cx);
        }
        match self.view {
            View::List => self.handle_list(action, key, cx),
            View::Stats => {
                if let Some(o) = action.and_then(|a| self.handle_pane_action(a, cx)) {
                    return o;
                }
                match action {
                    Some(Action::Back) => {
                        self.view = View::List;
                        PaneOutcome::Consumed
                    }
                    Some(a) => {
                        if self.stats.handle(a, &self.groups) {
                            self.stale = true;
                        }
                        if matches!(
                            a,
                            Action::Left
                                | Action::Right
                                | Action::Up
                                | Action::Down
                                | Action::PageUp
                                | Action::PageDown
                                | Action::Home
                                | Action::End
                        ) {
                            PaneOutcome::Consumed
                        } else {
                            PaneOutcome::Ignored
                        }
                    }
                    None => PaneOutcome::Ignored,
                }
            }
            View::Duty => {
                if let Some(o) = action.and_then(|a| self.handle_pane_action(a, cx)) {
                    return o;
                }
                match action {
                    Some(Action::Back) => {
                        self.view = View::List;
                        PaneOutcome::Consumed
                    }
                    Some(Action::Delete) => match self.duty.selected_contact() {
                        Some(c) => {
                            let msg = Msg::RosterDeleteContactAsk.fill(&[
                                &c.contacted_on,
                                &c.mode,
                                &c.people,
                            ]);
                            self.ask(Pending::DeleteContact(c.id), Msg::RosterDeleteTitle, msg)
                        }
                        None => PaneOutcome::Consumed,
                    },
                    Some(a) => {
                        let (handled, reload) = self.duty.handle(a, cx.today);
                        self.stale |= reload;
                        if handled {
                            PaneOutcome::Consumed
                        } else {
                            PaneOutcome::Ignored
                        }
                    }
                    None => PaneOutcome::Ignored,
                }
            }
        }
    }

    fn contexts(&self) -> Vec<Context> {
        match &self.modal {
            Some(Modal::Form(..)) => vec![Context::Form],
            Some(Modal::Confirm(..)) => vec![Context::Dialog],
            None => vec![Context::Roster, Context::List, Context::Global],
        }
    }

    fn paste(&mut self, text: &str) {
        match &mut self.modal {
            Some(Modal::Form(_, form)) => form.paste(text),
            Some(Modal::Confirm(..)) => {}
            None => match self.focus {
                Focus::Groups => self.group_list.paste(text),
                Focus::Deputies => self.search_paste(text),
            },
        }
    }

    fn captures_text(&self) -> bool {
        match &self.modal {
            Some(Modal::Form(_, form)) => form
                .fields()
                .get(form.focus())
                .is_some_and(|f| f.is_textual()),
            Some(Modal::Confirm(..)) => false,
            None => self.group_list.is_searching() || self.search.input.is_some(),
        }
    }

    fn has_unsaved_input(&self) -> bool {
        matches!(&self.modal, Some(Modal::Form(_, form)) if form.is_dirty())
            || matches!(
                &self.modal,
                Some(Modal::Confirm(Pending::SaveDeputy { .. }, _))
            )
    }

    fn needs_reload(&self) -> bool {
        self.stale
    }

    fn focus_record(&mut self, _db: &Db, target: RecordRef) -> storage::Result<bool> {
        self.view = View::List;
        match target {
            RecordRef::Group(id) => {
                self.focus = Focus::Groups;
                let found = self.group_list.select_id(id);
                self.show_members();
                Ok(found)
            }
            RecordRef::Deputy(id) => {
                self.select_deputy(id);
                Ok(self.deputy_list.selected_id() == Some(id))
            }
            _ => Ok(false),
        }
    }
}
