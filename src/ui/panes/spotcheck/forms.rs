//! The pane's forms: drawing a round, filtering, and the steps on one check
//! (result, follow-up, close, withdraw). Refusals come back beside the
//! field they are about.

use chrono::NaiveDate;

use super::DrawDefaults;
use super::list::status_label;
use crate::domain::sampling::{
    ALGORITHM, CheckResult, CheckStatus, DrawError, DrawParams, Excluded, Outcome, Refusal,
    SampleSize, TargetKind,
};
use crate::storage::spotcheck::{
    CheckWork, DrawPreview, SpotCheckItem, SpotError, SpotFilter, SpotGroup, StatusFilter,
};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::{PaneCx, PaneOutcome};
use crate::ui::text::Msg;
use crate::ui::widgets::{Field, Form, FormValues};

/// Which form is open, and on which check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum FormKind {
    Draw,
    Filter,
    Record(i64),
    Followup(i64),
    Close(i64),
    Withdraw(i64),
}

/// What saving a form led to.
pub(super) enum Submitted {
    /// Keep the form open (errors are beside the fields).
    Stay(PaneOutcome),
    Preview(Box<DrawPreview>),
    Filter(SpotFilter),
    /// Written: the message, and the check to select.
    Done(String, i64),
}

pub(super) const METHODS: [&str; 5] = ["电话", "上门", "村民会议", "座谈", "查阅台账"];

/// Field keys for the groups of the draw form (one per group, at most 40;
/// more groups than that are all in scope).
const GROUP_KEYS: [&str; 40] = [
    "g00", "g01", "g02", "g03", "g04", "g05", "g06", "g07", "g08", "g09", "g10", "g11", "g12",
    "g13", "g14", "g15", "g16", "g17", "g18", "g19", "g20", "g21", "g22", "g23", "g24", "g25",
    "g26", "g27", "g28", "g29", "g30", "g31", "g32", "g33", "g34", "g35", "g36", "g37", "g38",
    "g39",
];

const SEED_MAX: i64 = 999_999_999_999;

fn form_hint(cx: &PaneCx, template: Msg) -> String {
    let k = |a| cx.keymap.hint(Context::Form, a).unwrap_or_default();
    template.fill(&[&k(Action::Save), &k(Action::Cancel)])
}

fn strings(items: &[&str]) -> Vec<String> {
    items.iter().map(|s| (*s).to_owned()).collect()
}

/// A seed from the clock, eight digits, easy to read out at a meeting.
fn fresh_seed() -> i64 {
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    10_000_000 + (nanos % 90_000_000) as i64
}

pub(super) fn draw_form(cx: &PaneCx, groups: &[SpotGroup], d: &DrawDefaults) -> Form {
    let mut fields = vec![
        Field::choice(
            "target",
            Msg::SpotFieldTarget.t(),
            strings(&[Msg::SpotKindDeputy.t(), Msg::SpotKindLookBack.t()]),
            0,
        ),
        Field::text("size", Msg::SpotFieldSize.t())
            .value("5")
            .required(),
        Field::choice(
            "stratify",
            Msg::SpotFieldStratify.t(),
            strings(&[Msg::SpotStratifyYes.t(), Msg::SpotStratifyNo.t()]),
            0,
        ),
        Field::choice(
            "weight",
            Msg::SpotFieldWeight.t(),
            strings(&[Msg::SpotWeightNo.t(), Msg::SpotWeightLow.t()]),
            0,
        ),
        Field::number("exclude", Msg::SpotFieldExclude.t(), 0, 60)
            .number_value(Some(d.exclude_months))
            .required(),
        Field::number("spread", Msg::SpotFieldSpread.t(), 1, 90)
            .number_value(Some(30))
            .required(),
        Field::choice("method", Msg::ColMethod.t(), strings(&METHODS), 0),
        Field::text("checker", Msg::ColChecker.t()).value(&d.checker),
        Field::number("seed", Msg::SpotFieldSeed.t(), 0, SEED_MAX)
            .number_value(Some(fresh_seed()))
            .required(),
        Field::text("note", Msg::SpotFieldNote.t()),
    ];
    // One line per group under a single label, read like a checklist.
    for (i, (g, key)) in groups.iter().zip(GROUP_KEYS).enumerate() {
        let label = if i == 0 { Msg::SpotFieldScope.t() } else { "" };
        let options = [Msg::SpotGroupIn, Msg::SpotGroupOut]
            .iter()
            .map(|m| m.fill(&[&g.name]))
            .collect();
        fields.push(Field::choice(key, label, options, 0));
    }
    Form::new(Msg::SpotDrawTitle.t(), cx.today, fields).with_hint(form_hint(cx, Msg::SpotDrawHint))
}

const STATUS_FILTERS: [StatusFilter; 8] = [
    StatusFilter::All,
    StatusFilter::Open,
    StatusFilter::Is(CheckStatus::Pending),
    StatusFilter::Is(CheckStatus::Passed),
    StatusFilter::Is(CheckStatus::NeedsCorrection),
    StatusFilter::Overdue,
    StatusFilter::Is(CheckStatus::Corrected),
    StatusFilter::Is(CheckStatus::Withdrawn),
];

pub(super) fn filter_form(cx: &PaneCx, filter: &SpotFilter, groups: &[SpotGroup]) -> Form {
    let statuses = STATUS_FILTERS
        .iter()
        .map(|s| super::list::status_filter_label(*s).to_owned())
        .collect();
    let status_at = STATUS_FILTERS
        .iter()
        .position(|s| *s == filter.status)
        .unwrap_or(0);
    let mut group_names = vec![Msg::SpotFilterAllGroups.t().to_owned()];
    group_names.extend(groups.iter().map(|g| g.name.clone()));
    let group_at = filter
        .group
        .and_then(|id| groups.iter().position(|g| g.id == id))
        .map_or(0, |i| i + 1);
    Form::new(
        Msg::SpotFilterFormTitle.t(),
        cx.today,
        vec![
            Field::number("year", Msg::SpotFilterYear.t(), 2000, 2100)
                .number_value(Some(i64::from(filter.year)))
                .required(),
            Field::choice("status", Msg::ColStatus.t(), statuses, status_at),
            Field::choice("group", Msg::SpotFilterGroup.t(), group_names, group_at),
        ],
    )
    .with_hint(form_hint(cx, Msg::SpotFormHint))
}

/// The form of a step on one check, filled with what is recorded.
pub(super) fn step_form(kind: FormKind, c: &SpotCheckItem, cx: &PaneCx, d: &DrawDefaults) -> Form {
    let hint = form_hint(cx, Msg::SpotFormHint);
    let today = cx.today;
    match kind {
        FormKind::Record(_) => {
            let method = METHODS.iter().position(|m| *m == c.method).unwrap_or(0);
            let result = usize::from(c.status == CheckStatus::NeedsCorrection);
            let checker = if c.checker.is_empty() {
                &d.checker
            } else {
                &c.checker
            };
            Form::new(
                Msg::SpotRecordTitle.fill(&[&c.target]),
                today,
                vec![
                    Field::date("done", Msg::ColDone.t())
                        .date_value(Some(c.done_on.unwrap_or(today)))
                        .required(),
                    Field::choice("method", Msg::ColMethod.t(), strings(&METHODS), method),
                    Field::text("checker", Msg::ColChecker.t()).value(checker),
                    Field::choice(
                        "result",
                        Msg::SpotFieldResult.t(),
                        strings(&[Msg::SpotResultPassed.t(), Msg::SpotResultNeeds.t()]),
                        result,
                    ),
                    Field::text("finding", Msg::ColFinding.t()).value(&c.finding),
                    Field::date("due", Msg::SpotFieldDue.t()).date_value(c.correction_due),
                ],
            )
        }
        FormKind::Followup(_) => Form::new(
            Msg::SpotFollowupTitle.fill(&[&c.target]),
            today,
            vec![
                Field::date("on", Msg::ColDate.t())
                    .date_value(Some(today))
                    .required(),
                Field::text("note", Msg::SpotFieldFollowNote.t()),
            ],
        ),
        FormKind::Close(_) => Form::new(
            Msg::SpotCloseTitle.fill(&[&c.target]),
            today,
            vec![
                Field::date("on", Msg::SpotFieldCloseOn.t())
                    .date_value(Some(today))
                    .required(),
                Field::text("note", Msg::SpotFieldCloseNote.t()),
            ],
        ),
        _ => Form::new(
            Msg::SpotWithdrawTitle.fill(&[&c.target]),
            today,
            vec![Field::text("reason", Msg::SpotFieldReason.t())],
        ),
    }
    .with_hint(hint)
}

/// Why the pool was smaller, in words.
fn exclusion_text(p: &DrawParams, e: &Excluded) -> String {
    match p.target {
        TargetKind::Deputy => {
            Msg::SpotExclusionWhy.fill(&[&p.exclude_months, &e.recently_checked, &e.out_of_scope])
        }
        TargetKind::LookBack => {
            Msg::SpotExclusionWhyLookBack.fill(&[&p.exclude_months, &e.recently_checked])
        }
    }
}

/// A refusal in words, and the field it is about (None: the whole form).
fn refusal(r: Refusal, note_key: &'static str, withdraw: bool) -> (Option<&'static str>, String) {
    match r {
        Refusal::NotAllowed(s) => (None, Msg::SpotRefNotAllowed.fill(&[&status_label(s)])),
        Refusal::InFuture => (
            Some(if note_key == "note" { "on" } else { "done" }),
            Msg::SpotRefInFuture.t().to_owned(),
        ),
        Refusal::DueBeforeCheck(d) => (Some("due"), Msg::SpotRefDueBeforeCheck.fill(&[&d])),
        Refusal::DueMissing => (Some("due"), Msg::SpotRefDueMissing.t().to_owned()),
        Refusal::FindingMissing => (Some("finding"), Msg::SpotRefFindingMissing.t().to_owned()),
        Refusal::NoteMissing if withdraw => {
            (Some(note_key), Msg::SpotRefReasonMissing.t().to_owned())
        }
        Refusal::NoteMissing => (Some(note_key), Msg::SpotRefNoteMissing.t().to_owned()),
        Refusal::BeforeCheck(d) => (Some("on"), Msg::SpotRefBeforeCheck.fill(&[&d])),
    }
}

/// Shows a failed write in the form: beside its field when it is about one.
fn refused(form: &mut Form, e: SpotError, note_key: &'static str, withdraw: bool) -> Submitted {
    match e {
        SpotError::Refused(r) => match refusal(r, note_key, withdraw) {
            // Beside the field, and in full above the hint (a field's
            // line may be too narrow for the whole sentence).
            (Some(key), msg) => {
                form.set_field_error(key, msg.clone());
                form.set_message(msg);
            }
            (None, msg) => form.set_message(msg),
        },
        SpotError::Draw(_) => {}
        SpotError::Storage(e) => form.set_message(crate::ui::errors::describe(&e)),
    }
    Submitted::Stay(PaneOutcome::Consumed)
}

fn draw_params(
    form: &mut Form,
    v: &FormValues,
    cx: &PaneCx,
    groups: &[SpotGroup],
    d: &DrawDefaults,
) -> Option<(DrawParams, u64)> {
    let Some(size) = SampleSize::parse(v.text("size")) else {
        form.set_field_error("size", Msg::SpotErrSize.t());
        return None;
    };
    let shown = groups.iter().zip(GROUP_KEYS);
    let chosen: Vec<i64> = shown
        .clone()
        .filter(|(_, key)| v.choice(key) == 0)
        .map(|(g, _)| g.id)
        .collect();
    let target = if v.choice("target") == 0 {
        TargetKind::Deputy
    } else {
        TargetKind::LookBack
    };
    if target == TargetKind::Deputy && chosen.is_empty() && !groups.is_empty() {
        form.set_field_error(GROUP_KEYS[0], Msg::SpotErrNoGroup.t());
        return None;
    }
    // All shown groups in scope (and none hidden) means the whole township.
    let whole = chosen.len() == groups.len() || target == TargetKind::LookBack;
    let params = DrawParams {
        algorithm: ALGORITHM,
        target,
        as_of: cx.today,
        size,
        groups: if whole { Vec::new() } else { chosen },
        stratify: v.choice("stratify") == 0,
        exclude_months: v.number("exclude").unwrap_or(0) as u32,
        weight_low_contact: v.choice("weight") == 1,
        contact_target: d.contact_target.max(0) as u32,
        spread_days: v.number("spread").unwrap_or(30) as u32,
    };
    Some((params, v.number("seed").unwrap_or(0) as u64))
}

pub(super) fn submit(
    kind: FormKind,
    form: &mut Form,
    v: &FormValues,
    cx: &mut PaneCx,
    groups: &[SpotGroup],
    d: &DrawDefaults,
) -> Submitted {
    let today = cx.today;
    match kind {
        FormKind::Draw => {
            let Some((params, seed)) = draw_params(form, v, cx, groups, d) else {
                return Submitted::Stay(PaneOutcome::Consumed);
            };
            match cx.db.spot_preview(&params, seed) {
                Ok(p) => Submitted::Preview(Box::new(p)),
                Err(SpotError::Draw(e)) => {
                    let msg = match e {
                        DrawError::EmptyPool(x) => {
                            Msg::SpotErrEmpty.fill(&[&exclusion_text(&params, &x)])
                        }
                        DrawError::TooLarge {
                            wanted,
                            eligible,
                            excluded,
                        } => Msg::SpotErrTooLarge.fill(&[
                            &wanted,
                            &eligible,
                            &exclusion_text(&params, &excluded),
                        ]),
                    };
                    form.set_field_error("size", msg.clone());
                    form.set_message(msg);
                    Submitted::Stay(PaneOutcome::Consumed)
                }
                Err(e) => refused(form, e, "note", false),
            }
        }
        FormKind::Filter => Submitted::Filter(SpotFilter {
            year: v.number("year").unwrap_or(2026) as i32,
            status: STATUS_FILTERS
                .get(v.choice("status"))
                .copied()
                .unwrap_or_default(),
            group: v
                .choice("group")
                .checked_sub(1)
                .and_then(|i| groups.get(i))
                .map(|g| g.id),
        }),
        FormKind::Record(id) => {
            let result = CheckResult {
                done_on: v.date("done").unwrap_or(today),
                outcome: if v.choice("result") == 1 {
                    Outcome::NeedsCorrection
                } else {
                    Outcome::Passed
                },
                finding: v.text("finding").to_owned(),
                correction_due: v.date("due"),
            };
            let work = CheckWork {
                method: v.choice_label("method").to_owned(),
                checker: v.text("checker").to_owned(),
            };
            match cx.db.spot_record_result(id, &result, &work, today) {
                Ok(()) => Submitted::Done(Msg::SpotSavedResult.t().to_owned(), id),
                Err(e) => refused(form, e, "finding", false),
            }
        }
        FormKind::Followup(id) => {
            let on = v.date("on").unwrap_or(today);
            match cx.db.spot_add_followup(id, on, v.text("note"), today) {
                Ok(()) => Submitted::Done(Msg::SpotSavedFollowup.t().to_owned(), id),
                Err(e) => refused(form, e, "note", false),
            }
        }
        FormKind::Close(id) => {
            let on = v.date("on").unwrap_or(today);
            match cx.db.spot_close_correction(id, on, v.text("note"), today) {
                Ok(()) => Submitted::Done(Msg::SpotSavedClosed.t().to_owned(), id),
                Err(e) => refused(form, e, "note", false),
            }
        }
        FormKind::Withdraw(id) => match cx.db.spot_withdraw(id, v.text("reason")) {
            Ok(()) => Submitted::Done(Msg::SpotSavedWithdrawn.t().to_owned(), id),
            Err(e) => refused(form, e, "reason", true),
        },
    }
}

/// Writes the previewed round. Returns the message, the first new check and
/// its planned day; or the error in words.
pub(super) fn confirm_round(
    preview: &DrawPreview,
    form: &Form,
    cx: &mut PaneCx,
) -> Result<(String, i64, NaiveDate), String> {
    let text = |key: &str| {
        form.field(key)
            .map(|f| f.text_value().trim().to_owned())
            .unwrap_or_default()
    };
    let method = form
        .field("method")
        .and_then(|f| METHODS.get(f.choice_index()))
        .copied()
        .unwrap_or(METHODS[0]);
    match cx.db.spot_confirm_round(
        &preview.params,
        preview.seed,
        method,
        &text("checker"),
        &text("note"),
    ) {
        Ok(saved) => {
            let planned = preview.targets.first().map_or(cx.today, |t| t.planned_on);
            Ok((
                Msg::SpotSavedRound.fill(&[&saved.checks, &saved.round_id, &preview.seed]),
                saved.first_check,
                planned,
            ))
        }
        Err(SpotError::Storage(e)) => Err(crate::ui::errors::describe(&e)),
        Err(SpotError::Draw(_) | SpotError::Refused(_)) => Err(Msg::RecordNotFound.t().to_owned()),
    }
}
