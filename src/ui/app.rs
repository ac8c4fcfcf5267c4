//! The shell: five panes in tabs, overlays (help, welcome, details,
//! confirmations), the status bar, and the event loop.

use std::io;

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::{self, Event, KeyEvent, KeyEventKind};

use crate::storage::today::RecordRef;
use crate::storage::{Db, StorageError};
use crate::ui::action::Action;
use crate::ui::exchange::{Exchange, ExchangeCx, ExchangeOutcome};
use crate::ui::keymap::{Context, Keymap, is_text_input};
use crate::ui::overlays::{HelpView, Overlay};
use crate::ui::panes::{
    Pane, PaneCx, PaneOutcome, calendar::CalendarPane, docket::DocketPane, roster::RosterPane,
    spotcheck::SpotCheckPane, today::TodayPane,
};
use crate::ui::terminal::Term;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Confirm, Field, Form, FormOutcome, is_text_input as typing_key};

/// How many recent changes the history overlay lists.
const HISTORY_LEN: usize = 200;

/// The banner sentence for a read-only file: why it cannot be changed.
pub fn read_only_banner(db: &Db) -> String {
    use crate::storage::ReadOnlyReason;
    match db.read_only_reason() {
        Some(ReadOnlyReason::InUse(pid)) => {
            Msg::SafetyBannerInUse.fill(&[&crate::ui::errors::pid_text(*pid)])
        }
        Some(ReadOnlyReason::Asked) => Msg::SafetyBannerAsked.t().to_owned(),
        _ => Msg::SafetyBannerNotWritable.t().to_owned(),
    }
}

/// Index of each pane in the tab bar.
pub const TODAY: usize = 0;
pub const ROSTER: usize = 1;
pub const CALENDAR: usize = 2;
pub const SPOTCHECK: usize = 3;
pub const DOCKET: usize = 4;

/// A line in the status bar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    pub text: String,
    pub is_error: bool,
}

pub struct App {
    pub(crate) db: Db,
    pub(crate) today: NaiveDate,
    pub(crate) keymap: Keymap,
    pub(crate) theme: Theme,
    pub(crate) panes: Vec<Box<dyn Pane>>,
    /// Whether each pane has read its data since the last change.
    loaded: Vec<bool>,
    pub(crate) active: usize,
    pub(crate) overlay: Option<Overlay>,
    /// The pane to return to with Back after a jump from the review.
    back_to: Option<usize>,
    pub(crate) status: Option<Status>,
    quit: bool,
    demo_seed: u64,
    /// An open Excel screen (export, import preview, reports), over all else.
    pub(crate) exchange: Option<crate::ui::exchange::Exchange>,
}

impl App {
    /// A shell over an open database. Shows the welcome screen on an empty
    /// file that has not been welcomed yet.
    pub fn new(db: Db, today: NaiveDate, keymap: Keymap, theme: Theme) -> App {
        let panes: Vec<Box<dyn Pane>> = vec![
            Box::new(TodayPane::new(&theme)),
            Box::new(RosterPane::new(&theme)),
            Box::new(CalendarPane::new(&theme)),
            Box::new(SpotCheckPane::new(&theme)),
            Box::new(DocketPane::new(&theme)),
        ];
        let loaded = vec![false; panes.len()];
        let mut app = App {
            db,
            today,
            keymap,
            theme,
            panes,
            loaded,
            active: TODAY,
            overlay: None,
            back_to: None,
            status: None,
            quit: false,
            demo_seed: 1,
            exchange: None,
        };
        let fresh = app.db.is_empty().unwrap_or(false)
            && app.db.setting("welcomed").ok().flatten().is_none();
        if fresh {
            app.overlay = Some(Overlay::Welcome);
        }
        app.ensure_loaded();
        app
    }

    /// Shows a message in the status bar (e.g. problems found at start-up).
    pub fn notify(&mut self, text: impl Into<String>, is_error: bool) {
        self.status = Some(Status {
            text: text.into(),
            is_error,
        });
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    pub fn active_pane(&self) -> usize {
        self.active
    }

    /// Goes to a record in its pane, as Enter on a review line does; false
    /// when the record is not there.
    pub fn focus(&mut self, target: RecordRef) -> bool {
        self.jump(target);
        !matches!(&self.status, Some(s) if s.is_error)
    }

    /// Shows a pane (as its number key would).
    pub fn show_pane(&mut self, pane: usize) {
        self.switch_to(pane);
    }

    /// The list the active pane shows, as an export would write it.
    pub fn active_export(&self) -> Option<crate::ui::panes::ExportTable> {
        self.panes[self.active].export_table()
    }

    pub fn db_is_read_only(&self) -> bool {
        self.db.is_read_only()
    }

    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Reads the active pane's data when it has not been read yet.
    fn ensure_loaded(&mut self) {
        let i = self.active;
        if self.loaded[i] && !self.panes[i].needs_reload() {
            return;
        }
        match self.panes[i].reload(&self.db, self.today) {
            Ok(()) => self.loaded[i] = true,
            Err(e) => self.show_error(&e),
        }
    }

    fn show_error(&mut self, e: &StorageError) {
        let text = crate::ui::errors::describe(e);
        self.notify(text, true);
    }

    /// Marks every pane to read its data again (after a write).
    fn invalidate(&mut self) {
        self.loaded.iter_mut().for_each(|l| *l = false);
    }

    fn switch_to(&mut self, pane: usize) {
        if pane < self.panes.len() {
            self.active = pane;
            self.back_to = None;
            self.ensure_loaded();
        }
    }

    /// Handles one terminal event; true when the screen must be drawn again.
    pub fn handle_event(&mut self, ev: Event) -> bool {
        match ev {
            Event::Key(key) if key.kind != KeyEventKind::Release => {
                self.handle_key(&key);
                true
            }
            Event::Paste(text) => {
                if let Some(x) = &mut self.exchange {
                    x.paste(&text);
                } else if self.overlay.is_none() {
                    self.panes[self.active].paste(&text);
                }
                true
            }
            Event::Resize(..) => true,
            _ => false,
        }
    }

    /// Handles one key press.
    pub fn handle_key(&mut self, key: &KeyEvent) {
        if self.exchange.is_some() {
            self.handle_exchange_key(key);
        } else if self.overlay.is_some() {
            self.handle_overlay_key(key);
        } else {
            self.handle_pane_key(key);
        }
        self.ensure_loaded();
    }

    fn handle_overlay_key(&mut self, key: &KeyEvent) {
        let Some(overlay) = self.overlay.take() else {
            return;
        };
        let contexts: &[Context] = match overlay {
            Overlay::Welcome => &[Context::Welcome, Context::Global],
            Overlay::ConfirmQuit(_) => &[Context::Dialog],
            Overlay::Help(_) | Overlay::Detail(..) | Overlay::History(_) => {
                &[Context::List, Context::Dialog, Context::Global]
            }
            Overlay::Handover(_) => &[Context::Form],
        };
        let action = match overlay {
            Overlay::Handover(_) if typing_key(key) => None,
            _ => self.keymap.action(contexts, key),
        };
        self.overlay = match overlay {
            Overlay::Welcome => self.welcome_key(action),
            Overlay::ConfirmQuit(confirm) => match confirm.handle(action) {
                Some(true) => {
                    self.quit = true;
                    None
                }
                Some(false) => None,
                None => Some(Overlay::ConfirmQuit(confirm)),
            },
            Overlay::Help(mut view) => match action {
                Some(
                    Action::Back | Action::Help | Action::Quit | Action::Deny | Action::Cancel,
                ) => None,
                Some(a) => {
                    view.scroll(a);
                    Some(Overlay::Help(view))
                }
                None => Some(Overlay::Help(view)),
            },
            Overlay::Detail(detail, scroll) => match action {
                Some(
                    Action::Back | Action::Open | Action::Quit | Action::Deny | Action::Cancel,
                ) => None,
                Some(Action::Down) => Some(Overlay::Detail(detail, scroll.saturating_add(1))),
                Some(Action::Up) => Some(Overlay::Detail(detail, scroll.saturating_sub(1))),
                _ => Some(Overlay::Detail(detail, scroll)),
            },
            Overlay::History(mut view) => match action {
                Some(
                    Action::Back | Action::History | Action::Quit | Action::Deny | Action::Cancel,
                ) => None,
                Some(Action::Down) => {
                    view.scroll = view.scroll.saturating_add(1);
                    Some(Overlay::History(view))
                }
                Some(Action::Up) => {
                    view.scroll = view.scroll.saturating_sub(1);
                    Some(Overlay::History(view))
                }
                Some(Action::Undo) => {
                    self.undo();
                    Some(self.history_overlay())
                }
                _ => Some(Overlay::History(view)),
            },
            Overlay::Handover(mut form) => match form.handle(action, key) {
                FormOutcome::Continue => Some(Overlay::Handover(form)),
                FormOutcome::Cancel => None,
                FormOutcome::Save(values) => self.hand_over(form, &values),
            },
        };
    }

    /// Undoes the latest change, telling the chair what happened.
    fn undo(&mut self) {
        if self.db.is_read_only() {
            self.notify(read_only_banner(&self.db), true);
            return;
        }
        match self.db.undo_last() {
            Ok(Some(done)) => {
                self.invalidate();
                self.notify(Msg::SafetyUndone.fill(&[&done.at, &done.rows]), false);
            }
            Ok(None) => self.notify(Msg::SafetyNothingToUndo.t(), false),
            Err(e) => {
                let text = Msg::SafetyUndoFailed.fill(&[&crate::ui::errors::describe(&e)]);
                self.notify(text, true);
            }
        }
    }

    /// The selected record's history when the pane has one selected and it
    /// has changed; otherwise the latest changes of every record.
    fn history_overlay(&mut self) -> Overlay {
        if let Some((table, id, label)) = self.panes[self.active].selected_record() {
            match self.db.record_history(table, id) {
                Ok(entries) if !entries.is_empty() => {
                    return Overlay::History(crate::ui::history::HistoryView::of_record(
                        label, entries,
                    ));
                }
                Ok(_) => {}
                Err(e) => self.show_error(&e),
            }
        }
        match self.db.recent_changes(HISTORY_LEN) {
            Ok(entries) => Overlay::History(crate::ui::history::HistoryView::new(entries)),
            Err(e) => {
                self.show_error(&e);
                Overlay::History(crate::ui::history::HistoryView::new(Vec::new()))
            }
        }
    }

    fn handover_form(&self) -> Form {
        let no_yes = vec![Msg::No.t().to_owned(), Msg::Yes.t().to_owned()];
        let save = self
            .keymap
            .hint(Context::Form, Action::Save)
            .unwrap_or_default();
        Form::new(
            Msg::SafetyHandoverTitle.t(),
            self.today,
            vec![
                Field::text("dest", Msg::SafetyFieldDest.t()).required(),
                Field::text("from", Msg::SafetyFieldFrom.t()),
                Field::text("to", Msg::SafetyFieldTo.t()),
                Field::text("note", Msg::SafetyFieldNote.t()),
                Field::choice("force", Msg::SafetyFieldForce.t(), no_yes, 0),
            ],
        )
        .with_hint(Msg::SafetyHandoverHint.fill(&[&save]))
    }

    /// Runs the handover from the screen; its result shows as a detail
    /// popup, an error keeps the form open with the sentence in it.
    fn hand_over(
        &mut self,
        mut form: Box<Form>,
        values: &crate::ui::widgets::FormValues,
    ) -> Option<Overlay> {
        let rec = crate::storage::backup::handover::HandoverRecord {
            from_chair: values.text("from").to_owned(),
            to_chair: values.text("to").to_owned(),
            note: values.text("note").to_owned(),
            dest: String::new(),
        };
        let to = std::path::PathBuf::from(values.text("dest"));
        let dest = crate::io::handover::destination(&to, self.today);
        let force = values.choice("force") == 1;
        match crate::io::handover::hand_over(&mut self.db, &dest, force, &rec, self.today) {
            Ok(done) => {
                self.invalidate();
                self.notify(Msg::SafetyHandoverDone.fill(&[&done.dest.display()]), false);
                let fields = vec![
                    (
                        Msg::SafetyFieldDest.t().to_owned(),
                        done.dest.display().to_string(),
                    ),
                    ("SHA-256".to_owned(), done.sha256.clone()),
                    (
                        Msg::SafetyHandoverListLabel.t().to_owned(),
                        done.list.display().to_string(),
                    ),
                    (String::new(), Msg::SafetyEject.t().to_owned()),
                ];
                Some(Overlay::Detail(
                    crate::ui::panes::Detail {
                        title: Msg::SafetyHandoverOkTitle.t().to_owned(),
                        fields,
                    },
                    0,
                ))
            }
            Err(text) => {
                form.set_message(text);
                Some(Overlay::Handover(form))
            }
        }
    }

    fn welcome_key(&mut self, action: Option<Action>) -> Option<Overlay> {
        match action {
            Some(Action::LoadDemo) => {
                if let Err(e) = self.load_demo() {
                    self.show_error(&e);
                    return Some(Overlay::Welcome);
                }
                self.notify(Msg::DemoLoaded.t(), false);
                None
            }
            Some(Action::StartEmpty) => {
                if let Err(e) = self.db.set_setting("welcomed", &self.today.to_string()) {
                    self.show_error(&e);
                }
                None
            }
            Some(Action::Quit) => {
                self.quit = true;
                None
            }
            _ => Some(Overlay::Welcome),
        }
    }

    fn load_demo(&mut self) -> Result<(), StorageError> {
        self.db.load_demo(self.today, self.demo_seed)?;
        self.db.set_setting("welcomed", &self.today.to_string())?;
        self.invalidate();
        Ok(())
    }

    fn handle_pane_key(&mut self, key: &KeyEvent) {
        let pane = &mut self.panes[self.active];
        let typing = pane.captures_text();
        let contexts = if typing {
            vec![Context::Form]
        } else {
            pane.contexts()
        };
        // A focused text field: letters type, only non-text keys act.
        let action = if typing && is_text_input(key) {
            None
        } else {
            self.keymap.action(&contexts, key)
        };
        // A read-only file: say why instead of starting an edit.
        if self.db.is_read_only()
            && matches!(action, Some(Action::New | Action::Edit | Action::Delete))
        {
            self.notify(read_only_banner(&self.db), true);
            return;
        }
        let mut cx = PaneCx {
            db: &mut self.db,
            today: self.today,
            keymap: &self.keymap,
        };
        let outcome = pane.handle(action, key, &mut cx);
        if outcome != PaneOutcome::Ignored || !contexts.contains(&Context::Global) {
            self.apply_outcome(outcome);
            return;
        }
        match action {
            Some(Action::Quit) => self.request_quit(),
            Some(Action::Help) => {
                self.overlay = Some(Overlay::Help(HelpView::new(
                    &self.keymap,
                    self.panes[self.active].context(),
                )))
            }
            Some(Action::NextPane) => self.switch_to((self.active + 1) % self.panes.len()),
            Some(Action::PrevPane) => {
                self.switch_to((self.active + self.panes.len() - 1) % self.panes.len())
            }
            Some(Action::PaneToday) => self.switch_to(TODAY),
            Some(Action::PaneRoster) => self.switch_to(ROSTER),
            Some(Action::PaneCalendar) => self.switch_to(CALENDAR),
            Some(Action::PaneSpotCheck) => self.switch_to(SPOTCHECK),
            Some(Action::PaneDocket) => self.switch_to(DOCKET),
            Some(Action::Back) => {
                if let Some(back) = self.back_to.take() {
                    self.switch_to(back);
                }
            }
            Some(Action::ExcelExport) => {
                let table = self.active_export();
                self.exchange = Some(Exchange::export(table, &self.keymap, self.today));
            }
            Some(Action::ExcelImport) => {
                self.exchange = Some(Exchange::import(&self.keymap, self.today));
            }
            Some(Action::ExcelReports) => {
                self.exchange = Some(Exchange::reports(&self.keymap, self.today));
            }
            Some(Action::New | Action::Edit | Action::Delete) => {
                self.notify(Msg::NothingToEdit.t(), false);
            }
            Some(Action::Undo) => self.undo(),
            Some(Action::History) => self.overlay = Some(self.history_overlay()),
            Some(Action::Handover) => {
                self.overlay = Some(Overlay::Handover(Box::new(self.handover_form())))
            }
            _ => {}
        }
    }

    /// Passes a key to the open Excel screen; closes it when it is done.
    fn handle_exchange_key(&mut self, key: &KeyEvent) {
        let Some(x) = &mut self.exchange else { return };
        let contexts = x.contexts();
        let action = if x.captures_text() && is_text_input(key) {
            None
        } else {
            self.keymap.action(&contexts, key)
        };
        let mut cx = ExchangeCx {
            db: &mut self.db,
            today: self.today,
            keymap: &self.keymap,
        };
        match x.handle(action, key, &mut cx) {
            ExchangeOutcome::Stay => {}
            ExchangeOutcome::Close => self.exchange = None,
            ExchangeOutcome::Done { message, changed } => {
                self.exchange = None;
                if changed {
                    self.invalidate();
                }
                self.notify(message, false);
            }
        }
    }

    fn apply_outcome(&mut self, outcome: PaneOutcome) {
        match outcome {
            PaneOutcome::Ignored | PaneOutcome::Consumed => {}
            PaneOutcome::Open(detail) => self.overlay = Some(Overlay::Detail(detail, 0)),
            PaneOutcome::Jump(target) => self.jump(target),
            PaneOutcome::Changed(message) => {
                self.invalidate();
                self.notify(message, false);
            }
            PaneOutcome::Status(message) => self.notify(message, false),
            PaneOutcome::Error(message) => self.notify(message, true),
        }
    }

    /// Goes to a record in its pane; Back returns to where the jump began.
    fn jump(&mut self, target: RecordRef) {
        let pane = match target {
            RecordRef::Motion(_) => DOCKET,
            RecordRef::Activity(_) => CALENDAR,
            RecordRef::Group(_) | RecordRef::Deputy(_) => ROSTER,
            RecordRef::SpotCheck(_) => SPOTCHECK,
        };
        let from = self.active;
        self.switch_to(pane);
        match self.panes[pane].focus_record(&self.db, target) {
            Ok(true) => {}
            Ok(false) => self.notify(Msg::RecordNotFound.t(), true),
            Err(e) => self.show_error(&e),
        }
        self.back_to = Some(from);
    }

    fn request_quit(&mut self) {
        if self.panes.iter().any(|p| p.has_unsaved_input()) {
            let confirm = Confirm {
                title: Msg::QuitTitle.t().to_owned(),
                message: Msg::QuitUnsaved.t().to_owned(),
            };
            self.overlay = Some(Overlay::ConfirmQuit(confirm));
        } else {
            self.quit = true;
        }
    }

    /// Draws the whole screen.
    pub fn draw(&mut self, frame: &mut Frame) {
        crate::ui::shell::draw(self, frame);
        if let Some(x) = &mut self.exchange {
            x.render(frame, &self.theme, &self.keymap);
        }
    }
}

/// Runs the event loop until the chair quits. Draws only when something
/// changed, and drains queued input before drawing again.
pub fn run(app: &mut App, term: &mut Term) -> io::Result<()> {
    let mut dirty = true;
    while !app.should_quit() {
        if dirty {
            term.draw(|f| app.draw(f))?;
        }
        dirty = app.handle_event(event::read()?);
        while !app.should_quit() && event::poll(std::time::Duration::ZERO)? {
            dirty |= app.handle_event(event::read()?);
        }
    }
    Ok(())
}
