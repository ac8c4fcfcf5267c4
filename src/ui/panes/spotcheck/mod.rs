//! 抽查: the chair's spot-checks of one year. Draw a round (抽签) with a
//! preview before anything is written, record results, follow corrections
//! until they are closed, see the year's figures, and draw a stored round
//! again to show it was fair.

mod forms;
mod list;
mod preview;
mod stats_view;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};

use super::{ExportTable, ListOutcome, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::domain::sampling::{CheckStatus, TargetKind};
use crate::storage::spotcheck::{
    DrawPreview, SpotFilter, SpotGroup, SpotPage, SpotYearStats, StatusFilter,
};
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Form, TableState, cells};

use forms::FormKind;

/// What the pane is showing.
enum Mode {
    List,
    Stats,
    Form(FormKind, Form),
    /// Drawn names awaiting confirmation; the draw form is kept to go back.
    Preview(Box<DrawPreview>, Form, TableState),
}

/// Defaults the draw form offers, read with the list.
#[derive(Clone, Debug, Default)]
struct DrawDefaults {
    exclude_months: i64,
    contact_target: i64,
    checker: String,
}

pub struct SpotCheckPane {
    filter: SpotFilter,
    page: SpotPage,
    groups: Vec<SpotGroup>,
    defaults: DrawDefaults,
    stats: Option<SpotYearStats>,
    list: ListView,
    mode: Mode,
    today: NaiveDate,
    stale: bool,
    /// A check to select after the next reload (e.g. the first new one).
    focus_after: Option<i64>,
    theme: Theme,
}

impl SpotCheckPane {
    pub fn new(theme: &Theme) -> SpotCheckPane {
        SpotCheckPane {
            filter: SpotFilter {
                year: 0,
                status: StatusFilter::All,
                group: None,
            },
            page: SpotPage::default(),
            groups: Vec::new(),
            defaults: DrawDefaults::default(),
            stats: None,
            list: ListView::new(list::columns()),
            mode: Mode::List,
            today: NaiveDate::default(),
            stale: false,
            focus_after: None,
            theme: theme.clone(),
        }
    }

    fn selected(&self) -> Option<&crate::storage::spotcheck::SpotCheckItem> {
        let id = self.list.selected_id()?;
        self.page.checks.iter().find(|c| c.id == id)
    }

    fn change_year(&mut self, step: i32) {
        self.filter.year = (self.filter.year + step).clamp(2000, 2100);
        self.stale = true;
    }

    /// Keys of the list (and of the statistics view, which shares them).
    fn handle_list(&mut self, action: Option<Action>, key: &KeyEvent, cx: &PaneCx) -> PaneOutcome {
        if !self.list.is_searching() {
            match action {
                Some(Action::Left) => {
                    self.change_year(-1);
                    return PaneOutcome::Consumed;
                }
                Some(Action::Right) => {
                    self.change_year(1);
                    return PaneOutcome::Consumed;
                }
                Some(Action::SpotStats) => {
                    self.mode = Mode::Stats;
                    self.stale = true;
                    return PaneOutcome::Consumed;
                }
                Some(Action::SpotDraw | Action::New) => {
                    let form = forms::draw_form(cx, &self.groups, &self.defaults);
                    self.mode = Mode::Form(FormKind::Draw, form);
                    return PaneOutcome::Consumed;
                }
                Some(Action::SpotFilter) => {
                    let form = forms::filter_form(cx, &self.filter, &self.groups);
                    self.mode = Mode::Form(FormKind::Filter, form);
                    return PaneOutcome::Consumed;
                }
                Some(
                    a @ (Action::SpotRecord
                    | Action::Edit
                    | Action::SpotFollowup
                    | Action::SpotClose
                    | Action::SpotWithdraw
                    | Action::Delete
                    | Action::SpotVerify),
                ) => return self.on_selected(a, cx),
                _ => {}
            }
        }
        match self.list.handle(action, key) {
            ListOutcome::Ignored => PaneOutcome::Ignored,
            ListOutcome::Consumed => PaneOutcome::Consumed,
            ListOutcome::Open(id) => self
                .page
                .checks
                .iter()
                .find(|c| c.id == id)
                .map_or(PaneOutcome::Consumed, |c| {
                    PaneOutcome::Open(list::detail(c, &self.page))
                }),
        }
    }

    /// A step on the selected check: opens its form, or verifies its round.
    fn on_selected(&mut self, action: Action, cx: &PaneCx) -> PaneOutcome {
        let Some(check) = self.selected().cloned() else {
            return PaneOutcome::Error(Msg::SpotNothingSelected.t().to_owned());
        };
        let status = check.status;
        let kind = match action {
            Action::SpotVerify => return list::verify(cx.db, &check),
            Action::SpotRecord | Action::Edit => FormKind::Record(check.id),
            Action::SpotFollowup => FormKind::Followup(check.id),
            Action::SpotClose => FormKind::Close(check.id),
            _ => FormKind::Withdraw(check.id),
        };
        // Say at once when the step does not apply, rather than after typing.
        let allowed = match kind {
            FormKind::Record(_) => status.can_become(CheckStatus::Passed),
            FormKind::Followup(_) => status == CheckStatus::NeedsCorrection,
            FormKind::Close(_) => status.can_become(CheckStatus::Corrected),
            _ => status.can_become(CheckStatus::Withdrawn),
        };
        if !allowed {
            return PaneOutcome::Error(Msg::SpotRefNotAllowed.fill(&[&list::status_label(status)]));
        }
        let form = forms::step_form(kind, &check, cx, &self.defaults);
        self.mode = Mode::Form(kind, form);
        PaneOutcome::Consumed
    }

    fn handle_form(
        &mut self,
        kind: FormKind,
        mut form: Form,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        use crate::ui::widgets::FormOutcome;
        match form.handle(action, key) {
            FormOutcome::Continue => {
                self.mode = Mode::Form(kind, form);
                PaneOutcome::Consumed
            }
            FormOutcome::Cancel => {
                self.mode = Mode::List;
                PaneOutcome::Consumed
            }
            FormOutcome::Save(values) => {
                match forms::submit(kind, &mut form, &values, cx, &self.groups, &self.defaults) {
                    forms::Submitted::Stay(outcome) => {
                        self.mode = Mode::Form(kind, form);
                        outcome
                    }
                    forms::Submitted::Preview(preview) => {
                        self.mode = Mode::Preview(preview, form, TableState::default());
                        PaneOutcome::Consumed
                    }
                    forms::Submitted::Filter(filter) => {
                        self.filter = filter;
                        self.stale = true;
                        self.mode = Mode::List;
                        PaneOutcome::Consumed
                    }
                    forms::Submitted::Done(message, focus) => {
                        self.focus_after = Some(focus);
                        self.mode = Mode::List;
                        PaneOutcome::Changed(message)
                    }
                }
            }
        }
    }

    fn handle_preview(
        &mut self,
        preview: Box<DrawPreview>,
        form: Form,
        mut state: TableState,
        action: Option<Action>,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        match action {
            Some(Action::Confirm) => match forms::confirm_round(&preview, &form, cx) {
                Ok((message, first, planned)) => {
                    // Show the new checks: their year, no filter hiding them.
                    self.filter = SpotFilter {
                        year: planned.year(),
                        status: StatusFilter::All,
                        group: None,
                    };
                    self.focus_after = Some(first);
                    self.mode = Mode::List;
                    PaneOutcome::Changed(message)
                }
                Err(message) => {
                    self.mode = Mode::Form(FormKind::Draw, form);
                    PaneOutcome::Error(message)
                }
            },
            Some(Action::Deny | Action::Cancel | Action::Back) => {
                self.mode = Mode::Form(FormKind::Draw, form);
                PaneOutcome::Consumed
            }
            Some(a) => {
                state.apply(a, preview.targets.len(), 10);
                self.mode = Mode::Preview(preview, form, state);
                PaneOutcome::Consumed
            }
            None => {
                self.mode = Mode::Preview(preview, form, state);
                PaneOutcome::Consumed
            }
        }
    }

    /// The key hints under the list, named from the keymap.
    fn hint_line(ctx: &RenderCtx) -> String {
        let k = |a| ctx.keymap.hint(Context::SpotCheck, a).unwrap_or_default();
        Msg::SpotHints.fill(&[
            &k(Action::SpotDraw),
            &k(Action::SpotRecord),
            &k(Action::SpotFollowup),
            &k(Action::SpotClose),
            &k(Action::SpotWithdraw),
            &k(Action::SpotStats),
            &k(Action::SpotFilter),
            &k(Action::SpotVerify),
            &ctx.keymap
                .hint(Context::List, Action::Open)
                .unwrap_or_default(),
        ])
    }
}

impl Pane for SpotCheckPane {
    fn selected_record(&self) -> Option<(&'static str, i64, String)> {
        let id = self.list.selected_id()?;
        let c = self.page.checks.iter().find(|c| c.id == id)?;
        Some(("spot_check", id, c.target.clone()))
    }

    fn export_table(&self) -> Option<ExportTable> {
        Some(self.list.export(Msg::SpotExportTitle.t()))
    }

    fn title(&self) -> Msg {
        Msg::PaneSpotCheck
    }

    fn context(&self) -> Context {
        Context::SpotCheck
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        if self.today != today {
            self.today = today;
            self.filter.year = today.year();
        }
        self.page = db.spot_page(&self.filter, today)?;
        self.groups = db.spot_groups()?;
        self.defaults = DrawDefaults {
            exclude_months: db.rule("spotcheck_exclude_months")?,
            contact_target: db.rule("deputy_voter_contacts_per_year")?,
            checker: db.spot_last_checker()?.unwrap_or_default(),
        };
        self.stats = match self.mode {
            Mode::Stats => Some(db.spot_year_stats(self.filter.year, today)?),
            _ => None,
        };
        self.stale = false;
        self.list
            .set_rows(list::rows(&self.page, today, &self.theme));
        if let Some(id) = self.focus_after.take() {
            self.list.select_id(id);
        }
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        if let Mode::Stats = self.mode {
            if let Some(stats) = &self.stats {
                stats_view::render(frame, area, ctx, stats);
            }
            return;
        }
        let [body, hints] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
        let title = list::title(&self.filter, self.list.len(), &self.groups);
        self.list.render(frame, body, &title, ctx.theme);
        let hint = Self::hint_line(ctx);
        let w = usize::from(hints.width);
        cells::put(
            frame.buffer_mut(),
            hints.x,
            hints.y,
            &cells::truncate(&hint, w),
            w,
            ctx.theme.dim,
        );
        match &mut self.mode {
            Mode::Form(_, form) => {
                if let Some(pos) = form.render(frame.area(), frame.buffer_mut(), ctx.theme) {
                    frame.set_cursor_position(pos);
                }
            }
            Mode::Preview(preview, _, state) => preview::render(frame, area, ctx, preview, state),
            _ => {}
        }
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, cx: &mut PaneCx) -> PaneOutcome {
        match std::mem::replace(&mut self.mode, Mode::List) {
            Mode::List => self.handle_list(action, key, cx),
            Mode::Stats => match action {
                Some(Action::Back | Action::SpotStats) => PaneOutcome::Consumed,
                Some(Action::Left | Action::Right) => {
                    self.mode = Mode::Stats;
                    self.change_year(if action == Some(Action::Left) { -1 } else { 1 });
                    PaneOutcome::Consumed
                }
                _ => {
                    self.mode = Mode::Stats;
                    PaneOutcome::Ignored
                }
            },
            Mode::Form(kind, form) => self.handle_form(kind, form, action, key, cx),
            Mode::Preview(preview, form, state) => {
                self.handle_preview(preview, form, state, action, cx)
            }
        }
    }

    fn contexts(&self) -> Vec<Context> {
        match self.mode {
            Mode::Form(..) => vec![Context::Form],
            Mode::Preview(..) => vec![Context::Dialog, Context::List],
            _ => vec![Context::SpotCheck, Context::List, Context::Global],
        }
    }

    fn paste(&mut self, text: &str) {
        match &mut self.mode {
            Mode::Form(_, form) => form.paste(text),
            Mode::List => self.list.paste(text),
            _ => {}
        }
    }

    fn captures_text(&self) -> bool {
        match &self.mode {
            Mode::Form(_, form) => form
                .fields()
                .get(form.focus())
                .is_some_and(|f| !matches!(f.kind, crate::ui::widgets::FieldKind::Choice(_))),
            Mode::List => self.list.is_searching(),
            _ => false,
        }
    }

    fn has_unsaved_input(&self) -> bool {
        match &self.mode {
            Mode::Form(FormKind::Filter, _) => false,
            Mode::Form(_, form) => form.is_dirty(),
            Mode::Preview(..) => true,
            _ => false,
        }
    }

    fn needs_reload(&self) -> bool {
        self.stale
    }

    fn focus_record(&mut self, db: &Db, target: RecordRef) -> storage::Result<bool> {
        let RecordRef::SpotCheck(id) = target else {
            return Ok(false);
        };
        self.mode = Mode::List;
        if let Some(check) = db.spot_check(id)? {
            self.filter = SpotFilter {
                year: check.planned_on.year(),
                status: StatusFilter::All,
                group: None,
            };
            self.reload(db, self.today)?;
        }
        Ok(self.list.select_id(id))
    }
}

/// The words for a target kind, short (list) or long (forms).
fn kind_label(kind: TargetKind, long: bool) -> &'static str {
    match (kind, long) {
        (TargetKind::Deputy, false) => Msg::SpotKindDeputyShort.t(),
        (TargetKind::LookBack, false) => Msg::SpotKindLookBackShort.t(),
        (TargetKind::Deputy, true) => Msg::SpotKindDeputy.t(),
        (TargetKind::LookBack, true) => Msg::SpotKindLookBack.t(),
    }
}
