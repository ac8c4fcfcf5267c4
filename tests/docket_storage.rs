//! The docket's storage on temporary files: numbering, the whole flow,
//! refusals that leave nothing behind, rates on a hand-made set.

#[path = "docket_fixture.rs"]
mod fixture;

use chairdesk::domain::motion::rates::{RateKind, rates};
use chairdesk::domain::motion::{Kind, Rating, Refusal, Routing, Status, Step, StepInput};
use chairdesk::storage::docket::{DocketError, DocketFilter, ReplyInput, StepRequest};
use fixture::{day, suggestion, township, voter_opinion};

const TODAY: &str = "2026-11-22";

fn step(step: Step, on: &str, note: &str) -> StepRequest {
    let mut input = StepInput::new(step, day(on), day(TODAY));
    input.note = note.into();
    StepRequest::new(input)
}

fn assign(on: &str, unit: i64) -> StepRequest {
    let mut r = step(Step::Assign, on, "");
    r.lead_unit = Some(unit);
    r
}

fn reply(on: &str, class: &str, met: bool) -> StepRequest {
    let mut r = step(Step::Reply, on, "");
    r.reply = Some(ReplyInput {
        class: class.into(),
        text: "已处理".into(),
        met_deputy: met,
    });
    r
}

fn feedback(on: &str, ratings: &[(i64, Rating)]) -> StepRequest {
    let mut r = step(Step::Feedback, on, "");
    r.ratings = ratings.to_vec();
    r
}

fn refused(e: DocketError) -> Refusal {
    match e {
        DocketError::Refused(r) => r,
        DocketError::Storage(e) => panic!("storage error {e:?}"),
    }
}

#[test]
fn numbers_are_assigned_per_year_and_kind() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let t = day(TODAY);
    let a = db
        .register_motion(&suggestion("修路", day("2026-03-01"), vec![1]), t)
        .unwrap();
    let b = db
        .register_motion(&suggestion("修桥", day("2026-04-01"), vec![2, 3]), t)
        .unwrap();
    let c = db
        .register_motion(&suggestion("旧账", day("2025-12-01"), vec![2]), t)
        .unwrap();
    let mut m = suggestion("议案", day("2026-05-01"), vec![1, 2, 3, 4, 5]);
    m.kind = Kind::Motion;
    let d = db.register_motion(&m, t).unwrap();
    assert_eq!(a.1, "2026-建-001");
    assert_eq!(b.1, "2026-建-002");
    assert_eq!(c.1, "2025-建-001");
    assert_eq!(d.1, "2026-议-001");
}

#[test]
fn a_motion_with_fewer_than_five_signers_is_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let mut m = suggestion("议案", day("2026-05-01"), vec![1, 2, 3, 4]);
    m.kind = Kind::Motion;
    let e = db.register_motion(&m, day(TODAY)).unwrap_err();
    assert_eq!(refused(e), Refusal::TooFewSigners { min: 5, got: 4 });
    let f = DocketFilter {
        year: 2026,
        ..DocketFilter::default()
    };
    assert!(db.docket_rows(&f, day(TODAY)).unwrap().is_empty());
}

#[test]
fn the_whole_flow_from_registration_to_archive_keeps_its_timeline() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let (id, _) = db
        .register_motion(
            &suggestion("村道修缮", day("2026-08-01"), vec![1, 2]),
            day(TODAY),
        )
        .unwrap();
    assert_eq!(
        db.apply_step(id, &assign("2026-08-03", 1)).unwrap(),
        Status::Assigned
    );
    let detail = db.motion_detail(id).unwrap().unwrap();
    assert_eq!(detail.reply_due, Some(day("2026-11-03")));
    assert!(detail.steps.contains(&Step::Reply) && !detail.steps.contains(&Step::Close));
    db.apply_step(id, &step(Step::Urge, "2026-09-01", "电话督办"))
        .unwrap();
    // A reply dated before the assignment is refused, nothing written.
    let e = db
        .apply_step(id, &reply("2026-08-02", "A", true))
        .unwrap_err();
    assert_eq!(
        refused(e),
        Refusal::ReplyBeforeAssignment {
            assigned: day("2026-08-03")
        }
    );
    // Feedback before any reply is not a step the item has.
    let e = db
        .apply_step(id, &feedback("2026-09-02", &[(1, Rating::Satisfied)]))
        .unwrap_err();
    assert!(matches!(refused(e), Refusal::StepNotAllowed { .. }));
    assert_eq!(
        db.apply_step(id, &reply("2026-09-10", "A", true)).unwrap(),
        Status::Replied
    );
    // Joint item: one signer rated, still waiting for the other.
    assert_eq!(
        db.apply_step(id, &feedback("2026-09-12", &[(1, Rating::Satisfied)]))
            .unwrap(),
        Status::Replied
    );
    assert_eq!(db.unrated_signers(id).unwrap().len(), 1);
    assert_eq!(
        db.apply_step(id, &feedback("2026-09-13", &[(2, Rating::Basic)]))
            .unwrap(),
        Status::FedBack
    );
    assert_eq!(
        db.apply_step(id, &step(Step::Close, "2026-09-20", ""))
            .unwrap(),
        Status::Closed
    );
    assert_eq!(
        db.apply_step(id, &step(Step::Archive, "2026-09-25", ""))
            .unwrap(),
        Status::Archived
    );
    let e = db
        .apply_step(id, &step(Step::Note, "2026-09-30", ""))
        .unwrap_err();
    assert_eq!(refused(e), Refusal::NoteRequired { step: Step::Note });
    let d = db.motion_detail(id).unwrap().unwrap();
    let steps: Vec<&str> = d.events.iter().map(|e| e.step.as_str()).collect();
    assert_eq!(
        steps,
        [
            "登记", "交办", "督办", "答复", "反馈", "反馈", "办结", "归档"
        ]
    );
    assert_eq!(d.closed_on, Some(day("2026-09-20")));
    assert_eq!(d.replies[0].feedback.len(), 2);
    assert_eq!(d.replies[0].due_on, Some(day("2026-11-03")));
    assert!(db.check().unwrap().is_sound());
}

#[test]
fn return_reassign_extend_and_redo_move_the_deadline() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let (id, _) = db
        .register_motion(&suggestion("排水", day("2026-03-01"), vec![3]), day(TODAY))
        .unwrap();
    db.apply_step(id, &assign("2026-03-02", 1)).unwrap();
    let e = db
        .apply_step(id, &step(Step::Return, "2026-03-20", "不属本单位"))
        .unwrap_err();
    assert!(matches!(refused(e), Refusal::ReturnTooLate { .. }));
    db.apply_step(id, &step(Step::Return, "2026-03-10", "不属本单位"))
        .unwrap();
    let d = db.motion_detail(id).unwrap().unwrap();
    assert_eq!((d.status, d.reply_due), (Status::Returned, None));
    db.apply_step(id, &assign("2026-03-12", 2)).unwrap();
    let mut ext = step(Step::Extend, "2026-05-01", "");
    ext.input.new_due = Some(day("2026-08-01"));
    let e = db.apply_step(id, &ext).unwrap_err();
    assert_eq!(refused(e), Refusal::NoteRequired { step: Step::Extend });
    ext.input.note = "需县里资金".into();
    db.apply_step(id, &ext).unwrap();
    assert_eq!(
        db.motion_detail(id).unwrap().unwrap().reply_due,
        Some(day("2026-08-01"))
    );
    db.apply_step(id, &reply("2026-07-01", "B", false)).unwrap();
    db.apply_step(id, &feedback("2026-07-05", &[(3, Rating::Unsatisfied)]))
        .unwrap();
    let d = db.motion_detail(id).unwrap().unwrap();
    assert_eq!(d.steps, vec![Step::Follow, Step::Redo, Step::Note]);
    db.apply_step(id, &step(Step::Redo, "2026-07-06", "重新办理"))
        .unwrap();
    let d = db.motion_detail(id).unwrap().unwrap();
    assert_eq!(
        (d.status, d.reply_due),
        (Status::Handling, Some(day("2026-08-06")))
    );
    let units: Vec<_> = d
        .units
        .iter()
        .map(|u| (u.unit_id, u.returned_on.is_some()))
        .collect();
    assert_eq!(units, vec![(1, true), (2, false)]);
}

#[test]
fn a_county_matter_is_forwarded_as_a_deputy_letter() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let (id, _) = db
        .register_motion(
            &voter_opinion("县道拓宽", day("2026-10-01"), Routing::ToLetter),
            day(TODAY),
        )
        .unwrap();
    let e = db.apply_step(id, &assign("2026-10-02", 1)).unwrap_err();
    assert!(matches!(refused(e), Refusal::RoutingForbids { .. }));
    db.apply_step(id, &step(Step::Forward, "2026-10-03", "属县级事权"))
        .unwrap();
    let d = db.motion_detail(id).unwrap().unwrap();
    assert_eq!(d.status, Status::Closed);
    assert!(
        d.events.last().unwrap().note.contains("2026-代-001"),
        "{:?}",
        d.events
    );
    let f = DocketFilter {
        year: 2026,
        kind: Some(Kind::Letter),
        ..DocketFilter::default()
    };
    let letters = db.docket_rows(&f, day(TODAY)).unwrap();
    assert_eq!(letters.len(), 1);
    assert_eq!(letters[0].status, Status::Registered);
}

#[test]
fn rates_come_out_as_known_on_a_hand_made_docket() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = township(dir.path());
    let t = day(TODAY);
    let mut ids = Vec::new();
    for i in 0..4 {
        let (id, _) = db
            .register_motion(
                &suggestion(&format!("事项{i}"), day("2026-01-05"), vec![i + 1]),
                t,
            )
            .unwrap();
        ids.push(id);
    }
    // 1: replied in time, A, met, satisfied, closed.
    // 2: replied late (after the 3-month due), B, not met, unsatisfied.
    // 3: assigned, no reply. 4: never assigned.
    for &id in &ids[..3] {
        db.apply_step(id, &assign("2026-01-10", 1)).unwrap();
    }
    db.apply_step(ids[0], &reply("2026-02-01", "A", true))
        .unwrap();
    db.apply_step(ids[0], &feedback("2026-02-03", &[(1, Rating::Satisfied)]))
        .unwrap();
    db.apply_step(ids[0], &step(Step::Close, "2026-02-05", ""))
        .unwrap();
    db.apply_step(ids[1], &reply("2026-05-01", "B", false))
        .unwrap();
    db.apply_step(ids[1], &feedback("2026-05-03", &[(2, Rating::Unsatisfied)]))
        .unwrap();
    let r = rates(&db.rate_facts(2026, None).unwrap());
    let by = |k| r.iter().find(|x| x.kind == k).unwrap();
    assert_eq!(by(RateKind::Met).counted, vec![ids[0]]);
    assert_eq!(by(RateKind::Met).base.len(), 3);
    assert_eq!(by(RateKind::RepliedInTime).counted, vec![ids[0]]);
    assert_eq!(by(RateKind::Closed).percent_text(), "33.3%");
    assert_eq!(by(RateKind::Solved).base, vec![ids[0], ids[1]]);
    assert_eq!(by(RateKind::Solved).percent_text(), "50%");
    assert_eq!(by(RateKind::Satisfied).split, Some([1, 0, 1]));
    // Per unit: unit 2 leads nothing.
    assert!(db.rate_facts(2026, Some(2)).unwrap().is_empty());
    assert_eq!(db.rate_facts(2026, Some(1)).unwrap().len(), 3);
    let units = db.unit_summaries(2026, t).unwrap();
    let u1 = units.iter().find(|u| u.unit.id == 1).unwrap();
    assert_eq!((u1.open, u1.overdue, u1.closed), (2, 1, 1));
}
