use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn ctx(status: Status) -> StepContext {
    StepContext {
        kind: Kind::Suggestion,
        status,
        routing: None,
        received_on: d("2026-03-01"),
        assigned_on: (status != Status::Registered).then(|| d("2026-03-05")),
        reply_due: status.awaits_reply().then(|| d("2026-06-05")),
        last_change_on: d("2026-03-05"),
        replied_on: None,
        unrated_signers: 1,
        unsatisfied: false,
        follow_needed: false,
        rules: DeadlineRules::default(),
    }
}

fn input(step: Step, on: &str) -> StepInput {
    let mut i = StepInput::new(step, d(on), d("2026-11-22"));
    i.note = "说明".into();
    i
}

#[test]
fn assignment_sets_the_reply_due_from_the_rule() {
    let out = plan_step(&ctx(Status::Registered), &input(Step::Assign, "2026-03-05")).unwrap();
    assert_eq!(out.status, Status::Assigned);
    assert_eq!(out.reply_due, Some(Some(d("2026-06-05"))));
    assert!(out.assigns && !out.closes);
}

#[test]
fn only_valid_steps_are_offered_or_allowed() {
    let c = ctx(Status::Registered);
    assert_eq!(offered(&c), vec![Step::Assign, Step::Refuse, Step::Note]);
    assert_eq!(
        plan_step(&c, &input(Step::Reply, "2026-03-06")),
        Err(Refusal::StepNotAllowed {
            status: Status::Registered,
            step: Step::Reply
        })
    );
    assert!(offered(&ctx(Status::Archived)) == vec![Step::Note]);
    assert!(!offered(&ctx(Status::Refused)).contains(&Step::Assign));
}

#[test]
fn a_reply_before_its_assignment_is_refused() {
    let mut c = ctx(Status::Handling);
    c.last_change_on = d("2026-03-01");
    assert_eq!(
        plan_step(&c, &input(Step::Reply, "2026-03-04")),
        Err(Refusal::ReplyBeforeAssignment {
            assigned: d("2026-03-05")
        })
    );
}

#[test]
fn feedback_before_the_reply_or_without_ratings_is_refused() {
    let mut c = ctx(Status::Replied);
    c.replied_on = Some(d("2026-05-01"));
    c.last_change_on = d("2026-05-01");
    let mut i = input(Step::Feedback, "2026-04-30");
    i.ratings = vec![Rating::Satisfied];
    assert_eq!(
        plan_step(&c, &i),
        Err(Refusal::FeedbackBeforeReply {
            replied: d("2026-05-01")
        })
    );
    assert_eq!(
        plan_step(&c, &input(Step::Feedback, "2026-05-02")),
        Err(Refusal::NoRating)
    );
    // Feedback on an item not yet replied is not a step it has.
    assert!(matches!(
        plan_step(&ctx(Status::Handling), &i),
        Err(Refusal::StepNotAllowed { .. })
    ));
}

#[test]
fn joint_items_stay_replied_until_every_signer_rated() {
    let mut c = ctx(Status::Replied);
    c.unrated_signers = 3;
    let mut i = input(Step::Feedback, "2026-05-02");
    i.ratings = vec![Rating::Satisfied, Rating::Basic];
    assert_eq!(plan_step(&c, &i).unwrap().status, Status::Replied);
    i.ratings.push(Rating::Satisfied);
    assert_eq!(plan_step(&c, &i).unwrap().status, Status::FedBack);
}

#[test]
fn extensions_need_a_reason_and_stay_within_the_limit() {
    let c = ctx(Status::Handling);
    let mut i = input(Step::Extend, "2026-05-01");
    i.note.clear();
    i.new_due = Some(d("2026-08-01"));
    assert_eq!(
        plan_step(&c, &i),
        Err(Refusal::NoteRequired { step: Step::Extend })
    );
    i.note = "涉及县级资金".into();
    assert_eq!(
        plan_step(&c, &i).unwrap().reply_due,
        Some(Some(d("2026-08-01")))
    );
    i.new_due = Some(d("2026-09-06"));
    assert_eq!(
        plan_step(&c, &i),
        Err(Refusal::ExtensionBeyondLimit {
            max: d("2026-09-05")
        })
    );
    i.new_due = Some(d("2026-06-01"));
    assert_eq!(
        plan_step(&c, &i),
        Err(Refusal::ExtensionNotLater {
            current: d("2026-06-05")
        })
    );
    // A local hard date may go anywhere after the assignment.
    let mut h = input(Step::SetDue, "2026-05-01");
    h.new_due = Some(d("2026-12-31"));
    let out = plan_step(&c, &h).unwrap();
    assert!(out.due_fixed);
    assert_eq!(out.reply_due, Some(Some(d("2026-12-31"))));
}

#[test]
fn returns_only_within_the_window_and_then_reassignment() {
    let c = ctx(Status::Assigned);
    assert_eq!(
        plan_step(&c, &input(Step::Return, "2026-03-16")),
        Err(Refusal::ReturnTooLate {
            days: 10,
            last_day: d("2026-03-15")
        })
    );
    let out = plan_step(&c, &input(Step::Return, "2026-03-15")).unwrap();
    assert_eq!((out.status, out.reply_due), (Status::Returned, Some(None)));
    assert!(offered(&ctx(Status::Returned)).contains(&Step::Assign));
}

#[test]
fn unsatisfied_feedback_allows_redo_with_the_rereply_deadline() {
    let mut c = ctx(Status::FedBack);
    assert_eq!(
        plan_step(&c, &input(Step::Redo, "2026-06-01")),
        Err(Refusal::NotUnsatisfied)
    );
    c.unsatisfied = true;
    let out = plan_step(&c, &input(Step::Redo, "2026-06-01")).unwrap();
    assert_eq!(out.status, Status::Handling);
    assert_eq!(out.reply_due, Some(Some(d("2026-07-01"))));
}

#[test]
fn b_and_c_replies_are_followed_before_closing() {
    let mut c = ctx(Status::FedBack);
    c.follow_needed = true;
    assert_eq!(
        plan_step(&c, &input(Step::Close, "2026-06-01")),
        Err(Refusal::NeedsFollowUp)
    );
    let out = plan_step(&c, &input(Step::Follow, "2026-06-01")).unwrap();
    assert_eq!(out.status, Status::Following);
    let f = ctx(Status::Following);
    assert!(
        plan_step(&f, &input(Step::Close, "2026-07-01"))
            .unwrap()
            .closes
    );
}

#[test]
fn routing_decides_what_a_voter_opinion_can_do() {
    let mut c = ctx(Status::Registered);
    c.kind = Kind::VoterOpinion;
    c.routing = Some(Routing::LegalRoute);
    assert_eq!(offered(&c), vec![Step::Refuse, Step::Note]);
    assert_eq!(
        plan_step(&c, &input(Step::Assign, "2026-03-05")),
        Err(Refusal::RoutingForbids {
            routing: Routing::LegalRoute,
            step: Step::Assign
        })
    );
    c.routing = Some(Routing::ToLetter);
    let out = plan_step(&c, &input(Step::Forward, "2026-03-05")).unwrap();
    assert_eq!(out.status, Status::Closed);
    assert!(out.closes && out.assigns);
}

#[test]
fn dates_cannot_be_in_the_future_or_go_backwards() {
    let c = ctx(Status::Handling);
    assert_eq!(
        plan_step(&c, &input(Step::Reply, "2026-11-23")),
        Err(Refusal::FutureDate)
    );
    assert_eq!(
        plan_step(&c, &input(Step::Note, "2026-02-01")),
        Err(Refusal::BeforeReceived {
            received: d("2026-03-01")
        })
    );
    let mut late = c.clone();
    late.last_change_on = d("2026-04-01");
    late.assigned_on = Some(d("2026-03-05"));
    assert_eq!(
        plan_step(&late, &input(Step::Reply, "2026-03-20")),
        Err(Refusal::BeforeLastStep {
            last: d("2026-04-01")
        })
    );
    // An urge may be recorded late: it does not move the stage.
    assert!(plan_step(&late, &input(Step::Urge, "2026-03-20")).is_ok());
}

#[test]
fn registration_checks_signers_title_and_routing() {
    let today = d("2026-11-22");
    let on = d("2026-11-01");
    let ok = |k, s: &[i64], r| check_registration(k, "题目", s, 5, r, on, today);
    assert_eq!(
        ok(Kind::Motion, &[1, 2, 3, 4], None),
        Err(Refusal::TooFewSigners { min: 5, got: 4 })
    );
    assert_eq!(ok(Kind::Motion, &[1, 2, 3, 4, 5], None), Ok(()));
    assert_eq!(ok(Kind::Suggestion, &[1], None), Ok(()));
    assert_eq!(ok(Kind::Suggestion, &[], None), Err(Refusal::NoLead));
    assert_eq!(
        ok(Kind::Suggestion, &[1, 1], None),
        Err(Refusal::DuplicateSigner)
    );
    assert_eq!(
        ok(Kind::Suggestion, &[1], Some(Routing::Township)),
        Err(Refusal::RoutingNotForKind)
    );
    assert_eq!(
        check_registration(Kind::Suggestion, " ", &[1], 5, None, on, today),
        Err(Refusal::EmptyTitle)
    );
}
