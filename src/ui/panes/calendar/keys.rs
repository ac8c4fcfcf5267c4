//! What the calendar's keys do in each view, and drawing the view with its
//! open box on top.

use chrono::{Days, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::form::ActivityForm;
use super::holidays::import_form;
use super::view::{self, draw_hint, key};
use super::words::{self, cal_error};
use super::{CalendarPane, Modal, Pending, View};
use crate::domain::calendar::{ABSENT, EXCUSED, HELD, Refusal};
use crate::domain::dates::add_months;
use crate::ui::action::Action;
use crate::ui::errors::describe;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::{ListOutcome, PaneCx, PaneOutcome, RenderCtx};
use crate::ui::text::Msg;
use crate::ui::widgets::{Confirm, Field, Form};

/// "Ctrl+S 保存  Esc 取消 …" for a form, from the keymap.
fn form_hint(keymap: &Keymap, msg: Msg) -> String {
    msg.fill(&[
        &key(keymap, Context::Form, Action::Save),
        &key(keymap, Context::Form, Action::Cancel),
    ])
}

fn confirm_hint(keymap: &Keymap) -> String {
    Msg::CalConfirmHint.fill(&[
        &key(keymap, Context::Dialog, Action::Confirm),
        &key(keymap, Context::Dialog, Action::Deny),
    ])
}

fn clamp_day(d: Option<NaiveDate>, fallback: NaiveDate) -> NaiveDate {
    let lo = NaiveDate::from_ymd_opt(2000, 1, 1).unwrap_or(fallback);
    let hi = NaiveDate::from_ymd_opt(2100, 12, 31).unwrap_or(fallback);
    d.unwrap_or(fallback).clamp(lo, hi)
}

pub fn handle(
    p: &mut CalendarPane,
    action: Option<Action>,
    key: &KeyEvent,
    cx: &mut PaneCx,
) -> PaneOutcome {
    if p.modal.is_some() {
        return handle_modal(p, action, key, cx);
    }
    if p.view != View::Attendance && !p.active_list().is_searching() {
        let target = match action {
            Some(Action::CalCompliance) => Some(View::Compliance),
            Some(Action::CalReceptions) => Some(View::Receptions),
            Some(Action::CalHolidays) => Some(View::Holidays),
            _ => None,
        };
        if let Some(v) = target {
            p.view = if p.view == v { View::Calendar } else { v };
            return PaneOutcome::Consumed;
        }
    }
    match p.view {
        View::Calendar => calendar_key(p, action, key, cx),
        View::Attendance => sheet_key(p, action, cx),
        View::Compliance | View::Receptions | View::Holidays => year_key(p, action, key, cx),
    }
}

/// Moves the selected day, reading another quarter when it leaves this one.
fn move_day(p: &mut CalendarPane, to: Option<NaiveDate>) -> PaneOutcome {
    p.day = clamp_day(to, p.day);
    if super::Quarter::of(p.day) != p.quarter {
        p.stale = true;
        p.sync_day = true;
    } else {
        if p.day_only {
            p.fill();
        }
        p.select_day_in_list();
    }
    PaneOutcome::Consumed
}

fn calendar_key(
    p: &mut CalendarPane,
    action: Option<Action>,
    key: &KeyEvent,
    cx: &mut PaneCx,
) -> PaneOutcome {
    if !p.list.is_searching() {
        let d = p.day;
        match action {
            Some(Action::Left) => return move_day(p, d.checked_sub_days(Days::new(1))),
            Some(Action::Right) => return move_day(p, d.checked_add_days(Days::new(1))),
            Some(Action::CalPrevWeek) => return move_day(p, d.checked_sub_days(Days::new(7))),
            Some(Action::CalNextWeek) => return move_day(p, d.checked_add_days(Days::new(7))),
            Some(Action::CalPrevMonth) => return move_day(p, Some(add_months(d, -1))),
            Some(Action::CalNextMonth) => return move_day(p, Some(add_months(d, 1))),
            Some(Action::CalPrevQuarter) => return move_day(p, Some(add_months(d, -3))),
            Some(Action::CalNextQuarter) => return move_day(p, Some(add_months(d, 3))),
            Some(Action::CalToday) => return move_day(p, Some(p.today)),
            Some(Action::CalDayOnly) => {
                p.day_only = !p.day_only;
                p.fill();
                p.select_day_in_list();
                return PaneOutcome::Consumed;
            }
            Some(Action::New) => {
                let hint = form_hint(cx.keymap, Msg::CalFormHint);
                let f = ActivityForm::new(cx.today, p.day, None, &p.groups, hint);
                p.modal = Some(Modal::Activity(Box::new(f)));
                return PaneOutcome::Consumed;
            }
            Some(Action::Edit | Action::Delete | Action::CalAttendance | Action::Open) => {
                let Some(a) = p.selected().cloned() else {
                    return PaneOutcome::Status(Msg::CalNothingSelected.t().to_owned());
                };
                return match action {
                    Some(Action::Edit) => {
                        let hint = form_hint(cx.keymap, Msg::CalFormHint);
                        let f = ActivityForm::new(cx.today, p.day, Some(&a), &p.groups, hint);
                        p.modal = Some(Modal::Activity(Box::new(f)));
                        PaneOutcome::Consumed
                    }
                    Some(Action::Delete) => {
                        let c = Confirm::new(
                            Msg::CalConfirmCancelTitle.t(),
                            Msg::CalConfirmCancel.fill(&[&a.topic]),
                        );
                        p.modal = Some(Modal::Confirm(Pending::Cancel(a.id, a.topic), c));
                        PaneOutcome::Consumed
                    }
                    Some(Action::CalAttendance) if a.status != HELD => {
                        PaneOutcome::Error(words::refusal(Refusal::NotHeld))
                    }
                    Some(Action::CalAttendance) => {
                        p.want_sheet = Some(a.id);
                        p.stale = true;
                        PaneOutcome::Consumed
                    }
                    _ => PaneOutcome::Open(p.detail(&a)),
                };
            }
            _ => {}
        }
    }
    let outcome = p.list.handle(action, key);
    if !p.day_only {
        if let Some(day) = p.selected().map(|a| a.starts_on) {
            p.day = day;
        }
    }
    match outcome {
        ListOutcome::Ignored => PaneOutcome::Ignored,
        _ => PaneOutcome::Consumed,
    }
}

fn sheet_key(p: &mut CalendarPane, action: Option<Action>, cx: &mut PaneCx) -> PaneOutcome {
    let Some(sheet) = p.sheet.as_mut() else {
        p.view = View::Calendar;
        return PaneOutcome::Consumed;
    };
    let reason_form = |name: &str, reason: &str, keymap: &Keymap| {
        Form::new(
            Msg::CalReasonTitle.fill(&[&name]),
            cx.today,
            vec![
                Field::text("reason", Msg::CalFieldReason.t())
                    .required()
                    .value(reason),
            ],
        )
        .with_hint(form_hint(keymap, Msg::CalFormHintShort))
    };
    match action {
        Some(a) if sheet.move_by(a) => {}
        Some(Action::CalAllPresent) => sheet.all_present(),
        Some(Action::CalToggleSpoke) => sheet.toggle_spoke(),
        Some(Action::CalCycleMark) => {
            let Some((row, line)) = sheet.selected() else {
                return PaneOutcome::Consumed;
            };
            let next = sheet.next_mark().unwrap_or(EXCUSED);
            if next == EXCUSED {
                let form = reason_form(&line.name, &line.reason, cx.keymap);
                p.modal = Some(Modal::Reason {
                    form,
                    row,
                    fallback: Some(ABSENT),
                });
            } else {
                sheet.set_mark(row, next, "");
            }
        }
        Some(Action::Edit) => {
            if let Some((row, line)) = sheet.selected() {
                let form = reason_form(&line.name, &line.reason, cx.keymap);
                p.modal = Some(Modal::Reason {
                    form,
                    row,
                    fallback: None,
                });
            }
        }
        Some(Action::Save) => {
            let marks = sheet.marks();
            let (present, excused, absent, _) = sheet.counts();
            return match cx.db.save_attendance(sheet.activity_id, &marks) {
                Ok(()) => {
                    p.sheet = None;
                    p.view = View::Calendar;
                    PaneOutcome::Changed(
                        Msg::CalAttendanceSaved.fill(&[&present, &excused, &absent]),
                    )
                }
                Err(e) => PaneOutcome::Error(cal_error(&e)),
            };
        }
        Some(Action::Back | Action::Cancel) => {
            if sheet.is_dirty() {
                let c = Confirm::new(Msg::CalConfirmDiscardTitle.t(), Msg::CalConfirmDiscard.t());
                p.modal = Some(Modal::Confirm(Pending::DiscardSheet, c));
            } else {
                p.sheet = None;
                p.view = View::Calendar;
            }
        }
        _ => return PaneOutcome::Ignored,
    }
    PaneOutcome::Consumed
}

/// Keys of the year views: compliance, receptions, holidays.
fn year_key(
    p: &mut CalendarPane,
    action: Option<Action>,
    key: &KeyEvent,
    cx: &mut PaneCx,
) -> PaneOutcome {
    let searching = p.active_list().is_searching();
    if !searching {
        let step = match action {
            Some(Action::Left | Action::CalPrevQuarter) => Some(-1),
            Some(Action::Right | Action::CalNextQuarter) => Some(1),
            _ => None,
        };
        if let Some(step) = step {
            let year = match p.view {
                View::Compliance => &mut p.matrix.year,
                View::Receptions => &mut p.rota.year,
                _ => &mut p.holiday_view.year,
            };
            *year = (*year + step).clamp(2000, 2100);
            p.stale = true;
            p.sync_day = true;
            return PaneOutcome::Consumed;
        }
        if action == Some(Action::Back) && p.active_list().query().is_empty() {
            p.view = View::Calendar;
            return PaneOutcome::Consumed;
        }
        match (p.view, action) {
            (View::Receptions, Some(Action::CalGenerateRota)) => {
                let year = p.rota.year;
                let from = cx
                    .today
                    .max(NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(cx.today));
                let every = cx.db.rule("reception_every_months_township").unwrap_or(1);
                let text = Msg::CalConfirmRota.fill(&[&year, &from, &every, &p.rota.min]);
                let c = Confirm::new(Msg::CalConfirmRotaTitle.t(), text);
                p.modal = Some(Modal::Confirm(Pending::Rota(year), c));
                return PaneOutcome::Consumed;
            }
            (View::Receptions, Some(Action::CalSwapDuty)) => return open_swap(p, cx),
            (View::Receptions, Some(Action::CalMarkAnnounced)) => {
                let Some(r) = p.rota.selected() else {
                    return PaneOutcome::Consumed;
                };
                let label = format!("{} {}", r.starts_on, r.station_name);
                return match cx.db.mark_announced(r.id, cx.today) {
                    Ok(()) => PaneOutcome::Changed(Msg::CalAnnounced.fill(&[&label])),
                    Err(e) => PaneOutcome::Error(cal_error(&e)),
                };
            }
            (View::Holidays, Some(Action::CalImportHolidays)) => {
                let hint = form_hint(cx.keymap, Msg::CalImportHint);
                p.modal = Some(Modal::Import(import_form(cx.today, hint)));
                return PaneOutcome::Consumed;
            }
            _ => {}
        }
    }
    let outcome = match p.view {
        View::Compliance => ListOutcome::Ignored,
        _ => p.active_list().handle(action, key),
    };
    match outcome {
        ListOutcome::Ignored => PaneOutcome::Ignored,
        _ => PaneOutcome::Consumed,
    }
}

fn open_swap(p: &mut CalendarPane, cx: &mut PaneCx) -> PaneOutcome {
    let Some(r) = p.rota.selected().cloned() else {
        return PaneOutcome::Consumed;
    };
    if r.status != crate::domain::calendar::PLANNED {
        return PaneOutcome::Error(words::refusal(Refusal::ReceptionNotPlanned));
    }
    let ins = match cx.db.swap_candidates(r.id) {
        Ok(ins) => ins,
        Err(e) => return PaneOutcome::Error(describe(&e)),
    };
    if ins.is_empty() || r.duty.is_empty() {
        return PaneOutcome::Error(Msg::CalSwapNoCandidates.t().to_owned());
    }
    let names = |v: &[(i64, String)]| v.iter().map(|(_, n)| n.clone()).collect::<Vec<_>>();
    let form = Form::new(
        Msg::CalSwapTitle.fill(&[&r.starts_on, &r.station_name]),
        cx.today,
        vec![
            Field::choice("out", Msg::CalFieldOut.t(), names(&r.duty), 0),
            Field::choice("in", Msg::CalFieldIn.t(), names(&ins), 0),
        ],
    )
    .with_hint(form_hint(cx.keymap, Msg::CalFormHintShort));
    p.modal = Some(Modal::Swap {
        form,
        activity: r.id,
        outs: r.duty,
        ins,
    });
    PaneOutcome::Consumed
}

fn handle_modal(
    p: &mut CalendarPane,
    action: Option<Action>,
    key: &KeyEvent,
    cx: &mut PaneCx,
) -> PaneOutcome {
    let Some(modal) = p.modal.take() else {
        return PaneOutcome::Consumed;
    };
    let (modal, outcome) = super::modal::handle(p, modal, action, key, cx);
    p.modal = modal;
    outcome
}

pub fn render(p: &mut CalendarPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let k = |c, a| key(ctx.keymap, c, a);
    match p.view {
        View::Calendar => view::draw(p, frame, area, ctx),
        View::Attendance => {
            let (body, hint) = CalendarPane::body_and_hint(area);
            if let Some(sheet) = p.sheet.as_mut() {
                sheet.render(frame, body, ctx.theme);
            }
            let text = Msg::CalHintAttendance.fill(&[
                &k(Context::Calendar, Action::CalAllPresent),
                &k(Context::Calendar, Action::CalCycleMark),
                &k(Context::Calendar, Action::CalToggleSpoke),
                &k(Context::List, Action::Edit),
                &k(Context::Calendar, Action::Save),
                &k(Context::List, Action::Back),
            ]);
            draw_hint(frame, hint, &text, ctx);
        }
        View::Compliance | View::Receptions | View::Holidays => {
            let (body, hint) = CalendarPane::body_and_hint(area);
            let years = (
                k(Context::List, Action::Left),
                k(Context::List, Action::Right),
            );
            let back = k(Context::List, Action::Back);
            let text = match p.view {
                View::Compliance => {
                    p.matrix
                        .render(body, frame.buffer_mut(), ctx.today, ctx.theme);
                    Msg::CalHintCompliance.fill(&[&years.0, &years.1, &back])
                }
                View::Receptions => {
                    p.rota.render(frame, body, ctx.theme);
                    Msg::CalHintReceptions.fill(&[
                        &k(Context::Calendar, Action::CalGenerateRota),
                        &k(Context::Calendar, Action::CalSwapDuty),
                        &k(Context::Calendar, Action::CalMarkAnnounced),
                        &years.0,
                        &years.1,
                        &back,
                    ])
                }
                _ => {
                    let import = k(Context::Calendar, Action::CalImportHolidays);
                    p.holiday_view.render(frame, body, ctx.theme, &import);
                    Msg::CalHintHolidays.fill(&[&import, &years.0, &years.1, &back])
                }
            };
            draw_hint(frame, hint, &text, ctx);
        }
    }
    match &p.modal {
        Some(Modal::Confirm(_, c)) => c.render_with_hint(
            area,
            frame.buffer_mut(),
            ctx.theme,
            &confirm_hint(ctx.keymap),
        ),
        Some(m) => {
            if let Some(form) = m.form() {
                if let Some(pos) = form.render(area, frame.buffer_mut(), ctx.theme) {
                    frame.set_cursor_position(pos);
                }
            }
        }
        None => {}
    }
}
