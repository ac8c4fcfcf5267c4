//! 活动: the activity calendar. One quarter at a time as month grids with
//! the activity list; attendance of a held activity; the groups'
//! compliance matrix; the reception rota; the holiday table.
//!
//! Key handling is in `keys.rs`, drawing of the calendar view in `view.rs`.

mod attendance;
mod compliance;
mod form;
mod grid;
mod holidays;
mod keys;
mod modal;
mod receptions;
mod view;
mod words;

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;

use super::{Detail, ExportTable, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::domain::calendar::{self as rules, NoticeState, is_unrecorded, notice_state};
use crate::domain::dates::Quarter;
use crate::domain::workdays::HolidayCalendar;
use crate::storage::calendar::{CalActivity, GroupChoice};
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::{Lang, Msg, lang};
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column, Confirm, Form};

use attendance::Sheet;
use compliance::Matrix;
use form::ActivityForm;
use grid::DayMark;
use holidays::HolidayView;
use receptions::RotaView;

/// A quarter's name in the interface language.
pub fn quarter_label(q: Quarter) -> String {
    match lang() {
        Lang::Zh => q.label_zh(),
        Lang::En => q.label_en(),
    }
}

/// What the pane shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    Calendar,
    Attendance,
    Compliance,
    Receptions,
    Holidays,
}

/// What a confirmation is about.
enum Pending {
    Cancel(i64, String),
    Rota(i32),
    DiscardSheet,
}

/// A box open over the view.
enum Modal {
    Activity(Box<ActivityForm>),
    /// The reason for a leave; `fallback` is the mark to give when the chair
    /// gives up (cycling past 请假), None to leave the row as it was.
    Reason {
        form: Form,
        row: usize,
        fallback: Option<&'static str>,
    },
    Swap {
        form: Form,
        activity: i64,
        outs: Vec<(i64, String)>,
        ins: Vec<(i64, String)>,
    },
    Import(Form),
    Confirm(Pending, Confirm),
}

impl Modal {
    fn form(&self) -> Option<&Form> {
        match self {
            Modal::Activity(f) => Some(&f.form),
            Modal::Reason { form, .. } | Modal::Swap { form, .. } | Modal::Import(form) => {
                Some(form)
            }
            Modal::Confirm(..) => None,
        }
    }
}

pub struct CalendarPane {
    view: View,
    /// The selected day; its quarter is the one shown.
    day: NaiveDate,
    today: NaiveDate,
    quarter: Quarter,
    /// The list shows the selected day only, not the whole quarter.
    day_only: bool,
    activities: Vec<CalActivity>,
    marks: HashMap<NaiveDate, DayMark>,
    holidays_cal: HolidayCalendar,
    groups: Vec<GroupChoice>,
    list: ListView,
    matrix: Matrix,
    rota: RotaView,
    holiday_view: HolidayView,
    sheet: Option<Sheet>,
    /// An attendance sheet to open at the next reload.
    want_sheet: Option<i64>,
    modal: Option<Modal>,
    /// Set when what is shown changed and must be read again.
    stale: bool,
    started: bool,
    /// Select the selected day's activity in the list after the next read.
    sync_day: bool,
    /// An activity to select after the next read (just saved).
    pending_select: Option<i64>,
    theme: Theme,
}

/// How an activity row looks: unrecorded or a late notice stand out.
fn row_style(a: &CalActivity, today: NaiveDate, theme: &Theme) -> Style {
    match notice_state(&a.status, a.announce_due, a.announced_on, today) {
        NoticeState::Late(_) => return theme.error,
        NoticeState::DueToday(_) => return theme.warn,
        _ => {}
    }
    if is_unrecorded(&a.status, a.starts_on, today) {
        theme.warn
    } else if a.status == rules::CANCELLED {
        theme.dim
    } else {
        Style::default()
    }
}

/// The flag column of an activity.
fn flag(a: &CalActivity, today: NaiveDate) -> String {
    if is_unrecorded(&a.status, a.starts_on, today) {
        return Msg::CalFlagUnrecorded.t().to_owned();
    }
    match notice_state(&a.status, a.announce_due, a.announced_on, today) {
        NoticeState::Late(_) => Msg::CalFlagNoticeLate.t().to_owned(),
        NoticeState::DueToday(_) => Msg::CalFlagNoticeToday.t().to_owned(),
        NoticeState::Pending(due) if notice_soon(due, today) => {
            Msg::CalFlagNoticePending.t().to_owned()
        }
        _ => String::new(),
    }
}

/// A notice due within the coming week is worth a flag; later ones not yet.
fn notice_soon(due: NaiveDate, today: NaiveDate) -> bool {
    (due - today).num_days() < 7
}

fn days_label(days: f64) -> String {
    if days.fract() == 0.0 {
        format!("{days:.0}")
    } else {
        format!("{days:.1}")
    }
}

impl CalendarPane {
    pub fn new(theme: &Theme) -> CalendarPane {
        let c = |m: Msg, w: ColWidth| Column::new(m.t(), w, Align::Left);
        CalendarPane {
            view: View::Calendar,
            day: NaiveDate::default(),
            today: NaiveDate::default(),
            quarter: Quarter::of(NaiveDate::default()),
            day_only: false,
            activities: Vec::new(),
            marks: HashMap::new(),
            holidays_cal: HolidayCalendar::default(),
            groups: Vec::new(),
            list: ListView::new(vec![
                c(Msg::ColDate, ColWidth::Fixed(10)),
                c(Msg::ColKind, ColWidth::Fixed(8)),
                c(Msg::ColTopic, ColWidth::Min(14)),
                c(Msg::ColGroup, ColWidth::Min(10)),
                c(Msg::ColStatus, ColWidth::Fixed(6)),
                Column::new(Msg::CalColAttendance.t(), ColWidth::Fixed(8), Align::Right),
                c(Msg::CalColFlag, ColWidth::Fixed(10)),
            ]),
            matrix: Matrix::default(),
            rota: RotaView::new(),
            holiday_view: HolidayView::new(),
            sheet: None,
            want_sheet: None,
            modal: None,
            stale: false,
            started: false,
            sync_day: false,
            pending_select: None,
            theme: theme.clone(),
        }
    }

    /// Rebuilds the list and the grid marks from the activities read.
    fn fill(&mut self) {
        let today = self.today;
        self.marks.clear();
        for a in &self.activities {
            if a.status == rules::CANCELLED {
                continue;
            }
            let flagged = row_style(a, today, &self.theme) == self.theme.error
                || is_unrecorded(&a.status, a.starts_on, today)
                || matches!(
                    notice_state(&a.status, a.announce_due, a.announced_on, today),
                    NoticeState::DueToday(_)
                );
            for d in a
                .starts_on
                .iter_days()
                .take_while(|d| *d <= a.ends_on)
                .take(31)
            {
                let m = self.marks.entry(d).or_default();
                m.activities += 1;
                m.flagged |= flagged;
            }
        }
        let day = self.day;
        let rows = self
            .activities
            .iter()
            .filter(|a| !self.day_only || (a.starts_on <= day && day <= a.ends_on))
            .map(|a| {
                let who = match (&a.group_name, &a.station_name) {
                    (Some(g), _) => g.clone(),
                    (None, Some(s)) => s.clone(),
                    (None, None) => Msg::TownshipWide.t().to_owned(),
                };
                let came = if a.status == rules::HELD {
                    format!("{}/{}/{}", a.present, a.excused, a.absent)
                } else {
                    String::new()
                };
                ListRow::new(
                    a.id,
                    vec![
                        a.starts_on.to_string(),
                        a.kind.clone(),
                        a.topic.clone(),
                        who,
                        a.status.clone(),
                        came,
                        flag(a, today),
                    ],
                )
                .style(row_style(a, today, &self.theme))
            })
            .collect();
        self.list.set_rows(rows);
    }

    /// Selects in the list the first activity on or after the selected day.
    fn select_day_in_list(&mut self) {
        let id = self
            .activities
            .iter()
            .filter(|a| !self.day_only || (a.starts_on <= self.day && self.day <= a.ends_on))
            .find(|a| a.ends_on >= self.day)
            .or_else(|| self.activities.last())
            .map(|a| a.id);
        if let Some(id) = id {
            self.list.select_id(id);
        }
    }

    fn selected(&self) -> Option<&CalActivity> {
        let id = self.list.selected_id()?;
        self.activities.iter().find(|a| a.id == id)
    }

    fn detail(&self, a: &CalActivity) -> Detail {
        let f = |m: Msg, v: String| (m.t().to_owned(), v);
        let dates = if a.ends_on > a.starts_on {
            format!("{} — {}", a.starts_on, a.ends_on)
        } else {
            a.starts_on.to_string()
        };
        let mut fields = vec![
            f(Msg::ColKind, a.kind.clone()),
            f(Msg::ColDate, dates),
            f(Msg::CalDetailTime, a.start_time.clone()),
            f(Msg::ColDays, days_label(a.days)),
            f(Msg::ColPlace, a.place.clone()),
            f(
                Msg::ColGroup,
                a.group_name
                    .clone()
                    .unwrap_or_else(|| Msg::TownshipWide.t().to_owned()),
            ),
            f(Msg::ColStatus, a.status.clone()),
        ];
        if let Some(s) = &a.station_name {
            fields.push(f(Msg::CalDetailStation, s.clone()));
            fields.push(f(Msg::CalColDuty, Msg::CalDutyCount.fill(&[&a.on_duty])));
        }
        let notice = match notice_state(&a.status, a.announce_due, a.announced_on, self.today) {
            NoticeState::Done(on) => Some(Msg::CalNoticeDone.fill(&[&on])),
            NoticeState::Pending(due) => Some(Msg::CalNoticePending.fill(&[&due])),
            NoticeState::DueToday(_) => Some(Msg::CalNoticeToday.t().to_owned()),
            NoticeState::Late(due) => Some(Msg::CalNoticeLate.fill(&[&due])),
            NoticeState::NotNeeded => None,
        };
        if let Some(n) = notice {
            fields.push(f(Msg::CalDetailNotice, n));
        }
        if a.status == rules::HELD {
            fields.push(f(
                Msg::CalDetailAttendance,
                Msg::CalAttendanceCounts.fill(&[&a.present, &a.excused, &a.absent]),
            ));
        }
        let archived = if a.archived { Msg::Yes } else { Msg::No };
        fields.push(f(Msg::ColArchived, archived.t().to_owned()));
        fields.push(f(Msg::CalDetailRecord, a.record.clone()));
        Detail {
            title: a.topic.clone(),
            fields,
        }
    }

    /// Reads everything the views show.
    fn load(&mut self, db: &Db) -> storage::Result<()> {
        self.quarter = Quarter::of(self.day);
        self.activities =
            db.calendar_activities(self.quarter.first_day(), self.quarter.last_day())?;
        self.holidays_cal = db.working_calendar()?;
        self.groups = db.calendar_groups()?;
        self.matrix.rows = db.compliance(self.matrix.year)?;
        self.matrix.per_quarter = db.rule("group_activities_per_quarter")?;
        self.matrix.per_year = db.rule("group_activities_per_year")?;
        self.rota.rows = db.receptions(self.rota.year)?;
        self.rota.min = db.rule("reception_min_deputies")?;
        self.rota.fill(self.today, &self.theme);
        self.holiday_view.rows = db.holidays(self.holiday_view.year)?;
        self.holiday_view.fill(&self.theme);
        if let Some(id) = self.want_sheet.take() {
            if let Some(a) = db.calendar_activity(id)? {
                self.sheet = Some(Sheet::new(&a, db.attendance_sheet(id)?));
                self.view = View::Attendance;
            }
        }
        self.fill();
        Ok(())
    }
}

impl Pane for CalendarPane {
    fn title(&self) -> Msg {
        Msg::PaneCalendar
    }

    fn context(&self) -> Context {
        Context::Calendar
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        if !self.started || self.today != today {
            self.started = true;
            self.today = today;
            self.day = today;
            self.matrix.year = today.year();
            self.rota.year = today.year();
            self.holiday_view.year = today.year();
            self.load(db)?;
            self.select_day_in_list();
            self.rota.select_upcoming(today);
        } else {
            self.load(db)?;
            if std::mem::take(&mut self.sync_day) {
                self.select_day_in_list();
                self.rota.select_upcoming(self.today);
            }
            if let Some(id) = self.pending_select.take() {
                self.list.select_id(id);
            }
        }
        self.stale = false;
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        keys::render(self, frame, area, ctx);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, cx: &mut PaneCx) -> PaneOutcome {
        keys::handle(self, action, key, cx)
    }

    fn contexts(&self) -> Vec<Context> {
        match &self.modal {
            Some(Modal::Confirm(..)) => vec![Context::Dialog],
            Some(_) => vec![Context::Form],
            None => vec![Context::Calendar, Context::List, Context::Global],
        }
    }

    fn paste(&mut self, text: &str) {
        match &mut self.modal {
            Some(Modal::Activity(f)) => f.form.paste(text),
            Some(Modal::Reason { form, .. } | Modal::Swap { form, .. } | Modal::Import(form)) => {
                form.paste(text)
            }
            Some(Modal::Confirm(..)) => {}
            None => self.active_list().paste(text),
        }
    }

    fn captures_text(&self) -> bool {
        match &self.modal {
            Some(m) => m.form().is_some(),
            None => match self.view {
                View::Calendar => self.list.is_searching(),
                View::Receptions => self.rota.list.is_searching(),
                View::Holidays => self.holiday_view.list.is_searching(),
                View::Attendance | View::Compliance => false,
            },
        }
    }

    fn has_unsaved_input(&self) -> bool {
        self.modal
            .as_ref()
            .and_then(Modal::form)
            .is_some_and(Form::is_dirty)
            || self.sheet.as_ref().is_some_and(Sheet::is_dirty)
    }

    fn needs_reload(&self) -> bool {
        self.stale
    }

    fn selected_record(&self) -> Option<(&'static str, i64, String)> {
        let id = self.list.selected_id()?;
        let a = self.activities.iter().find(|a| a.id == id)?;
        Some(("activity", id, format!("{} {}", a.starts_on, a.topic)))
    }

    fn export_table(&self) -> Option<ExportTable> {
        let quarter = quarter_label(self.quarter);
        Some(match self.view {
            View::Receptions => self
                .rota
                .list
                .export(&Msg::CalExportReceptions.fill(&[&self.rota.year])),
            View::Holidays => self
                .holiday_view
                .list
                .export(&Msg::CalExportHolidays.fill(&[&self.holiday_view.year])),
            _ => self
                .list
                .export(&Msg::CalExportActivities.fill(&[&quarter])),
        })
    }

    fn focus_record(&mut self, db: &Db, target: RecordRef) -> storage::Result<bool> {
        let RecordRef::Activity(id) = target else {
            return Ok(false);
        };
        let Some(a) = db.calendar_activity(id)? else {
            return Ok(false);
        };
        self.view = View::Calendar;
        self.day_only = false;
        self.day = a.starts_on;
        self.load(db)?;
        self.stale = false;
        Ok(self.list.select_id(id))
    }
}

impl CalendarPane {
    /// The list of the current view (for search and paste).
    fn active_list(&mut self) -> &mut ListView {
        match self.view {
            View::Receptions => &mut self.rota.list,
            View::Holidays => &mut self.holiday_view.list,
            _ => &mut self.list,
        }
    }

    /// Splits a view's area into its body and the hint line under it.
    fn body_and_hint(area: Rect) -> (Rect, Rect) {
        let [body, hint] =
            Layout::vertical([Constraint::Min(1), Constraint::Length(1)]).areas(area);
        (body, hint)
    }
}
