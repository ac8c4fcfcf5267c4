use super::*;

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn draft(start: NaiveDate) -> ActivityDraft {
    ActivityDraft {
        kind: "调研".into(),
        starts_on: start,
        ends_on: None,
        days: "1".into(),
        start_time: "9:00".into(),
        status: PLANNED.into(),
        archived: false,
    }
}

#[test]
fn a_plain_draft_passes_and_is_normalised() {
    let today = d(2026, 11, 22);
    let ok = check_draft(&draft(d(2026, 12, 1)), today).unwrap();
    assert_eq!(ok.ends_on, d(2026, 12, 1));
    assert_eq!(ok.days, 1.0);
    assert_eq!(ok.start_time, "09:00");
}

#[test]
fn bad_drafts_name_every_problem_with_its_field() {
    let today = d(2026, 11, 22);
    let mut x = draft(d(2026, 12, 5));
    x.ends_on = Some(d(2026, 12, 3));
    x.days = "0".into();
    x.start_time = "25:00".into();
    x.status = HELD.into();
    let problems = check_draft(&x, today).unwrap_err();
    assert!(problems.contains(&(DraftField::End, DraftProblem::EndBeforeStart)));
    assert!(problems.contains(&(DraftField::Days, DraftProblem::DaysOutOfRange)));
    assert!(problems.contains(&(DraftField::Time, DraftProblem::TimeUnreadable)));
    assert!(problems.contains(&(DraftField::Status, DraftProblem::HeldInFuture)));

    let mut y = draft(d(2026, 11, 1));
    y.days = "31".into();
    assert_eq!(
        check_draft(&y, today).unwrap_err(),
        vec![(DraftField::Days, DraftProblem::DaysOutOfRange)]
    );
    y.days = "2".into();
    assert_eq!(
        check_draft(&y, today).unwrap_err(),
        vec![(DraftField::Days, DraftProblem::DaysOverSpan { span: 1 })]
    );
    y.ends_on = Some(d(2026, 11, 2));
    assert!(check_draft(&y, today).is_ok());
    y.days = "两天".into();
    assert_eq!(
        check_draft(&y, today).unwrap_err(),
        vec![(DraftField::Days, DraftProblem::DaysUnreadable)]
    );

    let mut z = draft(d(1999, 12, 31));
    z.archived = true;
    let problems = check_draft(&z, today).unwrap_err();
    assert!(problems.contains(&(DraftField::Start, DraftProblem::YearOutOfRange(1999))));
    assert!(problems.contains(&(DraftField::Archived, DraftProblem::ArchivedWhilePlanned)));
    let mut far = draft(d(2100, 12, 31));
    far.ends_on = Some(d(2101, 1, 1));
    far.days = "1".into();
    assert!(
        check_draft(&far, today)
            .unwrap_err()
            .contains(&(DraftField::End, DraftProblem::YearOutOfRange(2101)))
    );
}

#[test]
fn days_and_times_as_typed() {
    assert_eq!(parse_days(""), Some(1.0));
    assert_eq!(parse_days("半天"), Some(0.5));
    assert_eq!(parse_days("１．５"), Some(1.5));
    assert_eq!(parse_days("3天"), Some(3.0));
    assert_eq!(parse_days("abc"), None);
    assert_eq!(parse_days("NaN"), None);
    assert_eq!(parse_time("").as_deref(), Some(""));
    assert_eq!(parse_time("9").as_deref(), Some("09:00"));
    assert_eq!(parse_time("9点").as_deref(), Some("09:00"));
    assert_eq!(parse_time("14：30").as_deref(), Some("14:30"));
    assert_eq!(parse_time("9点30分").as_deref(), Some("09:30"));
    assert_eq!(parse_time("24:00"), None);
    assert_eq!(parse_time("9:60"), None);
    assert_eq!(parse_time("上午"), None);
}

#[test]
fn attendance_cycles_through_the_three_marks() {
    assert_eq!(next_attendance(None), PRESENT);
    assert_eq!(next_attendance(Some(PRESENT)), EXCUSED);
    assert_eq!(next_attendance(Some(EXCUSED)), ABSENT);
    assert_eq!(next_attendance(Some(ABSENT)), PRESENT);
}

#[test]
fn unrecorded_and_notice_states() {
    let today = d(2026, 11, 22);
    assert!(is_unrecorded(PLANNED, d(2026, 11, 21), today));
    assert!(!is_unrecorded(PLANNED, today, today));
    assert!(!is_unrecorded(HELD, d(2026, 11, 1), today));
    let due = Some(d(2026, 11, 20));
    assert_eq!(
        notice_state(PLANNED, due, None, today),
        NoticeState::Late(d(2026, 11, 20))
    );
    assert_eq!(
        notice_state(PLANNED, Some(today), None, today),
        NoticeState::DueToday(today)
    );
    assert_eq!(
        notice_state(PLANNED, Some(d(2026, 11, 25)), None, today),
        NoticeState::Pending(d(2026, 11, 25))
    );
    assert_eq!(
        notice_state(PLANNED, due, Some(d(2026, 11, 19)), today),
        NoticeState::Done(d(2026, 11, 19))
    );
    assert_eq!(
        notice_state(CANCELLED, due, None, today),
        NoticeState::NotNeeded
    );
    assert_eq!(
        notice_state(HELD, due, None, today),
        NoticeState::Late(d(2026, 11, 20))
    );
    assert_eq!(
        notice_state(PLANNED, None, None, today),
        NoticeState::NotNeeded
    );
}
