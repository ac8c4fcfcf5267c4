//! What happens when a box over the calendar is answered: the activity
//! form, a leave reason, a duty swap, a holiday import, a confirmation.

use ratatui::crossterm::event::KeyEvent;

use super::holidays::read_schedule;
use super::words::cal_error;
use super::{CalendarPane, Modal, Pending, View};
use crate::domain::calendar::EXCUSED;
use crate::ui::action::Action;
use crate::ui::errors::describe;
use crate::ui::panes::{PaneCx, PaneOutcome};
use crate::ui::text::Msg;
use crate::ui::widgets::FormOutcome;

type Answer = (Option<Modal>, PaneOutcome);

fn keep(m: Modal) -> Answer {
    (Some(m), PaneOutcome::Consumed)
}

pub fn handle(
    p: &mut CalendarPane,
    modal: Modal,
    action: Option<Action>,
    key: &KeyEvent,
    cx: &mut PaneCx,
) -> Answer {
    match modal {
        Modal::Confirm(pending, confirm) => match confirm.handle(action) {
            None => keep(Modal::Confirm(pending, confirm)),
            Some(false) => (None, PaneOutcome::Consumed),
            Some(true) => (None, confirmed(p, pending, cx)),
        },
        Modal::Activity(mut f) => match f.form.handle(action, key) {
            FormOutcome::Continue => keep(Modal::Activity(f)),
            FormOutcome::Cancel => (None, PaneOutcome::Consumed),
            FormOutcome::Save(values) => {
                let Some(input) = f.input(&values, cx.today) else {
                    return keep(Modal::Activity(f));
                };
                let result = match f.editing {
                    Some(id) => cx.db.update_activity(id, &input).map(|()| id),
                    None => cx.db.add_activity(&input),
                };
                match result {
                    Ok(id) => {
                        let msg = if f.editing.is_some() {
                            Msg::CalSavedEdit
                        } else {
                            Msg::CalSavedNew
                        };
                        // Show the saved activity: its day, selected in the list.
                        p.day = input.starts_on;
                        p.view = View::Calendar;
                        p.sync_day = true;
                        p.pending_select = Some(id);
                        (None, PaneOutcome::Changed(msg.fill(&[&input.topic])))
                    }
                    Err(e) => {
                        f.form.set_message(cal_error(&e));
                        keep(Modal::Activity(f))
                    }
                }
            }
        },
        Modal::Reason {
            mut form,
            row,
            fallback,
        } => match form.handle(action, key) {
            FormOutcome::Continue => keep(Modal::Reason {
                form,
                row,
                fallback,
            }),
            FormOutcome::Cancel => {
                if let (Some(mark), Some(sheet)) = (fallback, p.sheet.as_mut()) {
                    sheet.set_mark(row, mark, "");
                }
                (None, PaneOutcome::Consumed)
            }
            FormOutcome::Save(v) => {
                if let Some(sheet) = p.sheet.as_mut() {
                    sheet.set_mark(row, EXCUSED, v.text("reason"));
                }
                (None, PaneOutcome::Consumed)
            }
        },
        Modal::Swap {
            mut form,
            activity,
            outs,
            ins,
        } => match form.handle(action, key) {
            FormOutcome::Continue => keep(Modal::Swap {
                form,
                activity,
                outs,
                ins,
            }),
            FormOutcome::Cancel => (None, PaneOutcome::Consumed),
            FormOutcome::Save(v) => {
                let (Some(out), Some(inn)) = (outs.get(v.choice("out")), ins.get(v.choice("in")))
                else {
                    return (None, PaneOutcome::Consumed);
                };
                match cx.db.swap_duty(activity, out.0, inn.0) {
                    Ok(()) => (
                        None,
                        PaneOutcome::Changed(Msg::CalSwapped.fill(&[&out.1, &inn.1])),
                    ),
                    Err(e) => {
                        form.set_message(cal_error(&e));
                        keep(Modal::Swap {
                            form,
                            activity,
                            outs,
                            ins,
                        })
                    }
                }
            }
        },
        Modal::Import(mut form) => match form.handle(action, key) {
            FormOutcome::Continue => keep(Modal::Import(form)),
            FormOutcome::Cancel => (None, PaneOutcome::Consumed),
            FormOutcome::Save(v) => {
                let entries = match read_schedule(v.text("path")) {
                    Ok(e) => e,
                    Err(msg) => {
                        form.set_field_error("path", msg);
                        return keep(Modal::Import(form));
                    }
                };
                match cx.db.import_holidays(&entries) {
                    Ok(r) => {
                        let years: Vec<String> = r.years.iter().map(i32::to_string).collect();
                        if let Some(y) = r.years.first() {
                            p.holiday_view.year = *y;
                        }
                        let msg = Msg::CalImported.fill(&[
                            &years.join("、"),
                            &r.days_off,
                            &r.workdays,
                            &r.deadlines_moved,
                        ]);
                        (None, PaneOutcome::Changed(msg))
                    }
                    Err(e) => {
                        form.set_message(describe(&e));
                        keep(Modal::Import(form))
                    }
                }
            }
        },
    }
}

fn confirmed(p: &mut CalendarPane, pending: Pending, cx: &mut PaneCx) -> PaneOutcome {
    match pending {
        Pending::Cancel(id, topic) => match cx.db.cancel_activity(id) {
            Ok(()) => PaneOutcome::Changed(Msg::CalCancelled.fill(&[&topic])),
            Err(e) => PaneOutcome::Error(cal_error(&e)),
        },
        Pending::DiscardSheet => {
            p.sheet = None;
            p.view = View::Calendar;
            PaneOutcome::Consumed
        }
        Pending::Rota(year) => match cx.db.generate_reception_plan(year, cx.today) {
            Ok(r) if r.receptions == 0 => PaneOutcome::Status(Msg::CalRotaNone.fill(&[&year])),
            Ok(r) => {
                let mut msg = Msg::CalRotaGenerated.fill(&[&year, &r.receptions]);
                if !r.short.is_empty() {
                    msg.push('；');
                    msg.push_str(&Msg::CalRotaShort.fill(&[&p.rota.min, &r.short.join("、")]));
                }
                PaneOutcome::Changed(msg)
            }
            Err(e) => PaneOutcome::Error(cal_error(&e)),
        },
    }
}
