//! The handling flow as a state machine: [`offered`] lists the steps allowed
//! from where an item stands; [`plan_step`] checks one step with its input
//! and says what it changes, or why it is refused.

use chrono::{Duration, NaiveDate};

use super::deadline::DeadlineRules;
use super::{Kind, Rating, Refusal, Routing, Status, Step};

/// What the machine needs to know about an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepContext {
    pub kind: Kind,
    pub status: Status,
    pub routing: Option<Routing>,
    pub received_on: NaiveDate,
    /// The latest assignment (交办) date.
    pub assigned_on: Option<NaiveDate>,
    pub reply_due: Option<NaiveDate>,
    /// Date of the latest stage-changing step (see [`Step::changes_stage`]).
    pub last_change_on: NaiveDate,
    /// Date of the latest reply, if any.
    pub replied_on: Option<NaiveDate>,
    /// Signers who have not yet rated the latest reply.
    pub unrated_signers: usize,
    /// Some signer rated the latest reply 不满意.
    pub unsatisfied: bool,
    /// The latest reply's class needs following (B/C).
    pub follow_needed: bool,
    pub rules: DeadlineRules,
}

/// A step as the chair asked for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepInput {
    pub step: Step,
    pub on: NaiveDate,
    pub today: NaiveDate,
    pub note: String,
    /// 延期 and 设定期限: the new due date.
    pub new_due: Option<NaiveDate>,
    /// 交办: whether a lead unit was named.
    pub has_lead_unit: bool,
    /// 反馈: the ratings given now (one per signer not yet rated).
    pub ratings: Vec<Rating>,
}

impl StepInput {
    /// An input with only the step and the date (tests, simple steps).
    pub fn new(step: Step, on: NaiveDate, today: NaiveDate) -> StepInput {
        StepInput {
            step,
            on,
            today,
            note: String::new(),
            new_due: None,
            has_lead_unit: step == Step::Assign,
            ratings: Vec::new(),
        }
    }
}

/// What an allowed step changes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    pub status: Status,
    /// The reply deadline after the step: `Some(Some(d))` sets it,
    /// `Some(None)` clears it, `None` keeps it.
    pub reply_due: Option<Option<NaiveDate>>,
    /// The due date was set by hand (a local hard date).
    pub due_fixed: bool,
    /// The step starts a new assignment on its date.
    pub assigns: bool,
    /// The item is closed on the step's date.
    pub closes: bool,
}

fn routing_of(ctx: &StepContext) -> Routing {
    ctx.routing.unwrap_or(Routing::Township)
}

/// The steps the state machine allows from where the item stands, in the
/// order a chair would expect them.
pub fn offered(ctx: &StepContext) -> Vec<Step> {
    use Status as S;
    use Step::*;
    let routing = routing_of(ctx);
    let mut steps = match ctx.status {
        S::Registered => match routing {
            Routing::Township => vec![Assign, Refuse],
            Routing::ToLetter | Routing::ToHigherDeputy => vec![Forward, Refuse],
            Routing::LegalRoute => vec![Refuse],
        },
        S::Assigned | S::Handling => vec![Handle, Urge, Reply, Extend, SetDue, Return],
        S::Returned => vec![Assign, Refuse],
        S::Replied => vec![Feedback, Urge],
        S::FedBack => {
            let mut v = Vec::new();
            if ctx.follow_needed {
                v.push(Follow);
            } else {
                v.push(Close);
            }
            if ctx.unsatisfied {
                v.push(Redo);
            }
            v
        }
        S::Following => vec![Follow, Urge, Close],
        S::Closed => vec![Archive],
        S::Archived | S::Refused => vec![],
    };
    steps.push(Note);
    steps
}

/// Checks a step against the rules; Ok says what to write.
pub fn plan_step(ctx: &StepContext, input: &StepInput) -> Result<Outcome, Refusal> {
    let step = input.step;
    if !offered(ctx).contains(&step) {
        let routing = routing_of(ctx);
        let blocked_by_routing = ctx.status == Status::Registered
            && matches!(step, Step::Assign | Step::Forward)
            && routing != Routing::Township;
        return Err(if blocked_by_routing {
            Refusal::RoutingForbids { routing, step }
        } else if step == Step::Close && ctx.status == Status::FedBack {
            Refusal::NeedsFollowUp
        } else if step == Step::Redo && ctx.status == Status::FedBack {
            Refusal::NotUnsatisfied
        } else {
            Refusal::StepNotAllowed {
                status: ctx.status,
                step,
            }
        });
    }
    check_dates(ctx, input)?;
    let needs_note = matches!(
        step,
        Step::Refuse
            | Step::Return
            | Step::Extend
            | Step::Follow
            | Step::Urge
            | Step::Note
            | Step::Redo
            | Step::Forward
    );
    if needs_note && input.note.trim().is_empty() {
        return Err(Refusal::NoteRequired { step });
    }
    let keep = |status| Outcome {
        status,
        reply_due: None,
        due_fixed: false,
        assigns: false,
        closes: false,
    };
    let rules = &ctx.rules;
    Ok(match step {
        Step::Assign => {
            if !input.has_lead_unit {
                return Err(Refusal::NoUnit);
            }
            Outcome {
                reply_due: Some(Some(rules.reply_due(input.on))),
                assigns: true,
                ..keep(Status::Assigned)
            }
        }
        Step::Refuse => keep(Status::Refused),
        Step::Forward => Outcome {
            assigns: true,
            closes: true,
            ..keep(Status::Closed)
        },
        Step::Handle => keep(Status::Handling),
        Step::Urge | Step::Note => keep(ctx.status),
        Step::Extend => {
            let due = input.new_due.ok_or(Refusal::DueRequired)?;
            let assigned = ctx.assigned_on.unwrap_or(ctx.received_on);
            if let Some(current) = ctx.reply_due.filter(|&c| due <= c) {
                return Err(Refusal::ExtensionNotLater { current });
            }
            let max = rules.extended_due(assigned);
            if due > max {
                return Err(Refusal::ExtensionBeyondLimit { max });
            }
            Outcome {
                reply_due: Some(Some(due)),
                ..keep(ctx.status)
            }
        }
        Step::SetDue => {
            let due = input.new_due.ok_or(Refusal::DueRequired)?;
            let assigned = ctx.assigned_on.unwrap_or(ctx.received_on);
            if due < assigned {
                return Err(Refusal::DueBeforeAssignment { assigned });
            }
            Outcome {
                reply_due: Some(Some(due)),
                due_fixed: true,
                ..keep(ctx.status)
            }
        }
        Step::Return => {
            let assigned = ctx.assigned_on.unwrap_or(ctx.received_on);
            let last_day = rules.return_by(assigned);
            if input.on > last_day {
                return Err(Refusal::ReturnTooLate {
                    days: rules.return_within_days,
                    last_day,
                });
            }
            Outcome {
                reply_due: Some(None),
                ..keep(Status::Returned)
            }
        }
        Step::Reply => keep(Status::Replied),
        Step::Feedback => {
            if input.ratings.is_empty() {
                return Err(Refusal::NoRating);
            }
            let left = ctx.unrated_signers.saturating_sub(input.ratings.len());
            keep(if left == 0 {
                Status::FedBack
            } else {
                Status::Replied
            })
        }
        Step::Redo => Outcome {
            reply_due: Some(Some(rules.rereply_due(input.on))),
            ..keep(Status::Handling)
        },
        Step::Follow => keep(Status::Following),
        Step::Close => Outcome {
            closes: true,
            ..keep(Status::Closed)
        },
        Step::Archive => keep(Status::Archived),
    })
}

fn check_dates(ctx: &StepContext, input: &StepInput) -> Result<(), Refusal> {
    if input.on > input.today {
        return Err(Refusal::FutureDate);
    }
    if input.on < ctx.received_on {
        return Err(Refusal::BeforeReceived {
            received: ctx.received_on,
        });
    }
    if input.step == Step::Reply {
        if let Some(assigned) = ctx.assigned_on.filter(|&a| input.on < a) {
            return Err(Refusal::ReplyBeforeAssignment { assigned });
        }
    }
    if input.step == Step::Feedback {
        if let Some(replied) = ctx.replied_on.filter(|&r| input.on < r) {
            return Err(Refusal::FeedbackBeforeReply { replied });
        }
    }
    if input.step.changes_stage() && input.on < ctx.last_change_on {
        return Err(Refusal::BeforeLastStep {
            last: ctx.last_change_on,
        });
    }
    Ok(())
}

/// Checks a new item before it is registered: a title, a lead, no one
/// twice, enough joint signers for a 议案, routing only on voter opinions,
/// no date in the future.
pub fn check_registration(
    kind: Kind,
    title: &str,
    signers: &[i64],
    min_motion_signers: i64,
    routing: Option<Routing>,
    received_on: NaiveDate,
    today: NaiveDate,
) -> Result<(), Refusal> {
    if title.trim().is_empty() {
        return Err(Refusal::EmptyTitle);
    }
    if signers.is_empty() {
        return Err(Refusal::NoLead);
    }
    let mut seen = signers.to_vec();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != signers.len() {
        return Err(Refusal::DuplicateSigner);
    }
    if kind == Kind::Motion && (signers.len() as i64) < min_motion_signers {
        return Err(Refusal::TooFewSigners {
            min: min_motion_signers,
            got: signers.len(),
        });
    }
    if routing.is_some() && kind != Kind::VoterOpinion {
        return Err(Refusal::RoutingNotForKind);
    }
    if received_on > today {
        return Err(Refusal::FutureDate);
    }
    Ok(())
}

/// The last day before `d` plus `days` (for window checks).
pub(super) fn plus_days(d: NaiveDate, days: i64) -> NaiveDate {
    d.checked_add_signed(Duration::days(days))
        .unwrap_or(NaiveDate::MAX)
}

#[cfg(test)]
#[path = "machine_tests.rs"]
mod tests;
