//! Property tests without a property-test crate: the seeded `Rng` drives many
//! random action sequences, on the pure state machine (200 seeds x 50 steps)
//! and through the storage layer (25 seeds x 30 steps). Invariants: no
//! invalid state is reached, a refused step changes nothing, no timeline
//! event is lost, and dates keep their order.

#[path = "docket_fixture.rs"]
mod fixture;

use chairdesk::domain::motion::{
    DeadlineRules, Kind, Rating, Refusal, Status, Step, StepContext, StepInput, offered, plan_step,
    status_after_event,
};
use chairdesk::domain::rng::Rng;
use chairdesk::storage::Db;
use chairdesk::storage::docket::{DocketError, ReplyInput, StepRequest};
use chrono::{Duration, NaiveDate};
use fixture::{day, suggestion, township};

const TODAY: &str = "2026-11-22";

fn random_input(rng: &mut Rng, ctx: &StepContext, today: NaiveDate) -> StepInput {
    let step = *rng.pick(&Step::ALL).unwrap();
    // Mostly near the last step, sometimes before it or in the future.
    let on = ctx.last_change_on + Duration::days(rng.range_i64(-5, 40));
    let mut input = StepInput::new(step, on, today);
    if rng.chance(0.8) {
        input.note = "说明".into();
    }
    if rng.chance(0.8) {
        input.new_due = Some(on + Duration::days(rng.range_i64(-30, 250)));
    }
    input.has_lead_unit = rng.chance(0.9);
    let n = rng.range_i64(0, ctx.unrated_signers.max(1) as i64) as usize;
    input.ratings = (0..n).map(|_| *rng.pick(&Rating::ALL).unwrap()).collect();
    input
}

#[test]
fn random_step_sequences_on_the_pure_machine_stay_valid() {
    let today = day(TODAY);
    let mut allowed = 0;
    for seed in 0..200 {
        let mut rng = Rng::new(seed);
        let received = day("2026-01-10");
        let signers = rng.range_i64(1, 4) as usize;
        let mut ctx = StepContext {
            kind: Kind::Suggestion,
            status: Status::Registered,
            routing: None,
            received_on: received,
            assigned_on: None,
            reply_due: None,
            last_change_on: received,
            replied_on: None,
            unrated_signers: 0,
            unsatisfied: false,
            follow_needed: false,
            rules: DeadlineRules::default(),
        };
        let mut events = vec!["登记"];
        let mut followed_since_reply = false;
        for _ in 0..50 {
            let before = ctx.clone();
            let input = random_input(&mut rng, &ctx, today);
            let Ok(out) = plan_step(&ctx, &input) else {
                continue;
            };
            allowed += 1;
            let step = input.step;
            assert!(
                offered(&before).contains(&step),
                "seed {seed}: {step:?} from {:?}",
                before.status
            );
            assert!(
                before.status.is_open() || step == Step::Note || before.status == Status::Closed
            );
            assert!(input.on <= today && input.on >= before.received_on);
            events.push(step.event_label());
            // The status agrees with what the event says.
            match status_after_event(step.event_label()) {
                Some(s) => assert!(
                    s.contains(&out.status),
                    "seed {seed}: {step:?} -> {:?}",
                    out.status
                ),
                None => assert_eq!(out.status, before.status),
            }
            if step == Step::Reply {
                assert!(input.on >= before.assigned_on.unwrap());
            }
            if step == Step::Close && before.status == Status::FedBack {
                assert!(
                    !before.follow_needed,
                    "B/C replies are followed before closing"
                );
            }
            if step == Step::Close && before.follow_needed {
                assert!(followed_since_reply);
            }
            // Apply what storage would write.
            ctx.status = out.status;
            if let Some(due) = out.reply_due {
                ctx.reply_due = due;
            }
            if out.assigns {
                ctx.assigned_on = Some(input.on);
            }
            if step.changes_stage() {
                ctx.last_change_on = ctx.last_change_on.max(input.on);
            }
            match step {
                Step::Reply => {
                    ctx.replied_on = Some(input.on);
                    ctx.unrated_signers = signers;
                    ctx.unsatisfied = false;
                    ctx.follow_needed = rng.chance(0.5);
                    followed_since_reply = false;
                }
                Step::Feedback => {
                    ctx.unrated_signers -= input.ratings.len().min(ctx.unrated_signers);
                    ctx.unsatisfied |= input.ratings.contains(&Rating::Unsatisfied);
                }
                Step::Follow => followed_since_reply = true,
                _ => {}
            }
            if ctx.status.awaits_reply() {
                assert!(
                    ctx.reply_due.is_some(),
                    "seed {seed}: a running item has a due date"
                );
            }
        }
        assert_eq!(
            events.len(),
            events.iter().filter(|e| !e.is_empty()).count()
        );
    }
    assert!(
        allowed > 1000,
        "the sequences get somewhere: {allowed} steps allowed"
    );
}

/// Row counts of every docket table, to see that a refusal wrote nothing.
fn counts(db: &Db, id: i64) -> (usize, usize, usize, Status) {
    let d = db.motion_detail(id).unwrap().unwrap();
    let feedback = d.replies.iter().map(|r| r.feedback.len()).sum();
    (d.events.len(), d.replies.len(), feedback, d.status)
}

#[test]
fn random_step_sequences_through_storage_never_lose_events_or_break_rules() {
    let today = day(TODAY);
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let classes = ["A", "B", "C", "D"];
    let mut total_ok = 0;
    for seed in 0..25u64 {
        let mut rng = Rng::new(1000 + seed);
        let n = rng.range_i64(1, 3);
        let signers: Vec<i64> = (1..=n).collect();
        let (id, _) = db
            .register_motion(
                &suggestion(&format!("事项{seed}"), day("2026-01-10"), signers),
                today,
            )
            .unwrap();
        let mut expected_events = 1;
        for _ in 0..30 {
            let detail = db.motion_detail(id).unwrap().unwrap();
            let last = detail.events.iter().map(|e| e.on).max().unwrap();
            // Half the time a step the machine offers, else any step.
            let step = if rng.chance(0.5) {
                *rng.pick(&detail.steps).unwrap()
            } else {
                *rng.pick(&Step::ALL).unwrap()
            };
            let on = last + Duration::days(rng.range_i64(-3, 30));
            let mut input = StepInput::new(step, on, today);
            if rng.chance(0.85) {
                input.note = "记录".into();
            }
            input.new_due = Some(on + Duration::days(rng.range_i64(-10, 200)));
            let mut req = StepRequest::new(input);
            req.lead_unit = rng.chance(0.9).then(|| rng.range_i64(1, 3));
            req.co_units = vec![rng.range_i64(1, 3)];
            req.reply = Some(ReplyInput {
                class: classes[rng.below(4) as usize].into(),
                text: "答复".into(),
                met_deputy: rng.chance(0.7),
            });
            let unrated = db.unrated_signers(id).unwrap();
            for s in &unrated {
                if rng.chance(0.7) {
                    req.ratings
                        .push((s.deputy_id, *rng.pick(&Rating::ALL).unwrap()));
                }
            }
            let before = counts(&db, id);
            match db.apply_step(id, &req) {
                Ok(status) => {
                    total_ok += 1;
                    expected_events += 1;
                    assert!(
                        detail.steps.contains(&step),
                        "seed {seed}: {step:?} was not offered"
                    );
                    if let Some(s) = status_after_event(step.event_label()) {
                        assert!(s.contains(&status), "seed {seed}: {step:?} left {status:?}");
                    }
                }
                Err(DocketError::Refused(r)) => {
                    assert_eq!(
                        counts(&db, id),
                        before,
                        "seed {seed}: refused {r:?} wrote something"
                    );
                    let _: Refusal = r;
                }
                Err(DocketError::Storage(e)) => panic!("seed {seed}: {step:?}: {e:?}"),
            }
            let d = db.motion_detail(id).unwrap().unwrap();
            assert_eq!(
                d.events.len(),
                expected_events,
                "seed {seed}: an event was lost"
            );
            assert_eq!(d.status.is_closed(), d.closed_on.is_some());
            if d.status.awaits_reply() {
                assert!(d.reply_due.is_some());
            }
            let first_assign = d.units.iter().map(|u| u.assigned_on).min();
            for r in &d.replies {
                assert!(
                    Some(r.replied_on) >= first_assign,
                    "seed {seed}: reply before assignment"
                );
            }
            for r in &d.replies {
                for f in &r.feedback {
                    assert!(
                        f.rated_on >= r.replied_on,
                        "seed {seed}: feedback before reply"
                    );
                }
            }
            // The status is the one the last status-changing event implies.
            let implied = d
                .events
                .iter()
                .rev()
                .find_map(|e| status_after_event(&e.step));
            assert!(
                implied.unwrap().contains(&d.status),
                "seed {seed}: {:?} vs {:?}",
                d.status,
                d.events
            );
        }
    }
    assert!(
        total_ok > 150,
        "storage sequences get somewhere: {total_ok}"
    );
    assert!(db.check().unwrap().is_sound());
}
