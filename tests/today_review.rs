//! Each kind of review line from a hand-made file where the right answer is
//! known, and gone once its cause is fixed. Today is Sunday 2026-11-22.

mod today_fixture;

use chairdesk::domain::scores::duties::Duty;
use chairdesk::storage::today::{RecordRef, ReviewKind, ReviewNote};
use today_fixture::{Fixture, day, motion, planned, today};

#[test]
fn an_empty_file_has_an_empty_review() {
    let f = Fixture::new();
    f.sql("DELETE FROM membership; DELETE FROM station; DELETE FROM deputy; DELETE FROM deputy_group;");
    let review = f.db().review(today()).unwrap();
    assert!(review.items.is_empty(), "{:?}", review.items);
    // Deputies but no contact on record yet: only this month is asked for.
    let f = Fixture::new();
    let lines = f.lines(ReviewKind::ChairContact);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert!(matches!(lines[0].note, ReviewNote::ChairMonth { .. }));
    assert_eq!(review.figures.deputies_in_office, 0);
}

#[test]
fn replies_overdue_and_due_soon() {
    let f = Fixture::with_overdue_reply();
    f.sql(&motion(
        2,
        "已交办",
        "2026-09-01",
        "2026-11-30",
        "2026-11-20",
    ));
    f.sql(&motion(
        3,
        "已交办",
        "2026-10-01",
        "2026-12-20",
        "2026-11-20",
    ));
    let overdue = f.lines(ReviewKind::ReplyOverdue);
    assert_eq!(overdue.len(), 1);
    assert_eq!(overdue[0].target, Some(RecordRef::Motion(1)));
    assert_eq!(overdue[0].due, Some(day("2026-10-01")));
    assert_eq!(overdue[0].who, "镇农业办");
    let soon = f.lines(ReviewKind::ReplyDueSoon);
    assert_eq!(soon.len(), 1, "due in 8 days yes, in 28 days no");
    assert_eq!(soon[0].target, Some(RecordRef::Motion(2)));
    // The unit replies: both lines go.
    f.sql(
        "UPDATE motion SET status = '已答复' WHERE id IN (1, 2);
         INSERT INTO motion_reply (motion_id, unit_id, replied_on, scheme, class)
             VALUES (1, 1, '2026-11-21', '四类', 'A'), (2, 1, '2026-11-21', '四类', 'B');",
    );
    assert!(f.lines(ReviewKind::ReplyOverdue).is_empty());
    assert!(f.lines(ReviewKind::ReplyDueSoon).is_empty());
}

#[test]
fn feedback_not_yet_collected() {
    let f = Fixture::new();
    f.sql(&motion(
        1,
        "已答复",
        "2026-07-01",
        "2026-10-01",
        "2026-11-01",
    ));
    f.sql(
        "INSERT INTO motion_reply (id, motion_id, unit_id, replied_on, scheme, class)
           VALUES (1, 1, 1, '2026-11-01', '四类', 'A');",
    );
    let lines = f.lines(ReviewKind::FeedbackPending);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].who, "张三");
    assert_eq!(
        lines[0].due,
        Some(day("2026-12-01")),
        "30 days after the reply"
    );
    assert_eq!(
        lines[0].note,
        ReviewNote::Feedback {
            replied_on: day("2026-11-01")
        }
    );
    f.sql(
        "INSERT INTO motion_feedback (reply_id, deputy_id, rated_on, rating)
           VALUES (1, 1, '2026-11-10', '满意');",
    );
    assert!(f.lines(ReviewKind::FeedbackPending).is_empty());
}

#[test]
fn silent_items_show_once_and_go_when_a_step_is_taken() {
    let f = Fixture::new();
    f.sql(&motion(
        1,
        "办理中",
        "2026-08-01",
        "2027-01-30",
        "2026-09-01",
    ));
    // Overdue and quiet: listed as overdue only.
    f.sql(&motion(
        2,
        "办理中",
        "2026-05-01",
        "2026-08-01",
        "2026-06-01",
    ));
    let silent = f.lines(ReviewKind::SilentItem);
    assert_eq!(silent.len(), 1);
    assert_eq!(silent[0].target, Some(RecordRef::Motion(1)));
    f.sql("UPDATE motion SET last_step_on = '2026-11-20' WHERE id = 1");
    assert!(f.lines(ReviewKind::SilentItem).is_empty());
}

#[test]
fn reception_notice_due_from_the_working_day_rule() {
    let f = Fixture::new();
    // Wednesday 25 Nov: three working days before is Friday 20 Nov.
    f.sql(&planned(1, "接待选民", "2026-11-25"));
    let lines = f.lines(ReviewKind::AnnouncementDue);
    assert_eq!(lines.len(), 1);
    assert_eq!(lines[0].due, Some(day("2026-11-20")));
    assert_eq!(lines[0].target, Some(RecordRef::Activity(1)));
    assert_eq!(f.lines(ReviewKind::ActivityThisWeek).len(), 1);
    // A reception a fortnight away needs no notice yet.
    f.sql(&planned(2, "接待选民", "2026-12-09"));
    assert_eq!(f.lines(ReviewKind::AnnouncementDue).len(), 1);
    f.sql("UPDATE activity SET announced_on = '2026-11-20' WHERE id = 1");
    assert!(f.lines(ReviewKind::AnnouncementDue).is_empty());
}

#[test]
fn activities_today_this_week_and_past_unrecorded() {
    let f = Fixture::new();
    f.sql(&planned(1, "视察", "2026-11-22"));
    f.sql(&planned(2, "调研", "2026-11-28"));
    f.sql(&planned(3, "调研", "2026-11-29"));
    f.sql(&planned(4, "座谈", "2026-11-10"));
    let ids = |k| {
        f.lines(k)
            .into_iter()
            .map(|i| i.target.unwrap())
            .collect::<Vec<_>>()
    };
    assert_eq!(ids(ReviewKind::ActivityToday), [RecordRef::Activity(1)]);
    assert_eq!(
        ids(ReviewKind::ActivityThisWeek),
        [RecordRef::Activity(2)],
        "28th yes, 29th no"
    );
    assert_eq!(
        ids(ReviewKind::ActivityUnrecorded),
        [RecordRef::Activity(4)]
    );
    f.sql("UPDATE activity SET status = '已举行' WHERE id IN (1, 4)");
    assert!(ids(ReviewKind::ActivityToday).is_empty());
    assert!(ids(ReviewKind::ActivityUnrecorded).is_empty());
}

#[test]
fn spot_check_corrections_overdue_and_checks_this_week() {
    let f = Fixture::new();
    f.sql(
        "INSERT INTO spot_check (id, target_kind, deputy_id, planned_on, done_on, method, status,
                                 finding, correction_due)
         VALUES (1, '代表', 1, '2026-10-01', '2026-10-01', '电话', '已查-需整改', '台账不全', '2026-11-01'),
                (2, '代表', 2, '2026-11-24', NULL, '上门', '待查', '', NULL),
                (3, '代表', 3, '2026-12-10', NULL, '上门', '待查', '', NULL);",
    );
    let fix = f.lines(ReviewKind::CorrectionOverdue);
    assert_eq!(fix.len(), 1);
    assert_eq!(
        (fix[0].who.as_str(), fix[0].what.as_str()),
        ("张三", "台账不全")
    );
    let checks = f.lines(ReviewKind::CheckThisWeek);
    assert_eq!(checks.len(), 1);
    assert_eq!(checks[0].target, Some(RecordRef::SpotCheck(2)));
    f.sql(
        "INSERT INTO spot_followup (check_id, noted_on, note) VALUES (1, '2026-11-20', '已补齐台账');
           UPDATE spot_check SET status = '已整改', closed_on = '2026-11-20' WHERE id = 1;
           UPDATE spot_check SET status = '已查-合格', done_on = '2026-11-21' WHERE id = 2;",
    );
    assert!(f.lines(ReviewKind::CorrectionOverdue).is_empty());
    assert!(f.lines(ReviewKind::CheckThisWeek).is_empty());
}

#[test]
fn groups_without_an_activity_this_quarter_with_days_left() {
    let f = Fixture::new();
    f.sql(
        "INSERT INTO activity (kind, topic, starts_on, ends_on, group_id, status)
           VALUES ('调研', '二组调研', '2026-10-15', '2026-10-15', 2, '已举行');",
    );
    let idle = f.lines(ReviewKind::GroupIdle);
    assert_eq!(idle.len(), 1);
    assert_eq!(idle[0].target, Some(RecordRef::Group(1)));
    let ReviewNote::GroupIdle {
        held,
        needed,
        days_left,
        ..
    } = idle[0].note
    else {
        panic!("{:?}", idle[0].note)
    };
    assert_eq!((held, needed, days_left), (0, 1, 40));
    f.sql(
        "INSERT INTO activity (kind, topic, starts_on, ends_on, group_id, status)
           VALUES ('座谈', '一组座谈', '2026-11-05', '2026-11-05', 1, '已举行');",
    );
    assert!(f.lines(ReviewKind::GroupIdle).is_empty());
}

#[test]
fn stations_that_missed_a_month() {
    let f = Fixture::new();
    let mut sql = String::new();
    for m in 1..=10 {
        for station in [1, 2] {
            if station == 1 && m == 7 {
                continue;
            }
            sql.push_str(&format!(
                "INSERT INTO activity (kind, topic, starts_on, ends_on, station_id, status)
                 VALUES ('接待选民', '接待', '2026-{m:02}-10', '2026-{m:02}-10', {station}, '已举行');"
            ));
        }
    }
    f.sql(&sql);
    let missed = f.lines(ReviewKind::StationMissed);
    assert_eq!(missed.len(), 1, "{missed:?}");
    assert_eq!(missed[0].what, "一组联络站");
    assert_eq!(missed[0].target, Some(RecordRef::Group(1)));
    assert_eq!(
        missed[0].note,
        ReviewNote::StationMissed {
            months: vec![(2026, 7)],
            every: 1
        }
    );
    f.sql(
        "INSERT INTO activity (kind, topic, starts_on, ends_on, station_id, status)
           VALUES ('接待选民', '补', '2026-07-20', '2026-07-20', 1, '已举行');",
    );
    assert!(f.lines(ReviewKind::StationMissed).is_empty());
}

#[test]
fn the_chairs_monthly_contact() {
    let f = Fixture::new();
    let mut sql = String::new();
    for m in 1..=10 {
        sql.push_str(&format!(
            "INSERT INTO chair_contact (deputy_id, contacted_on, mode) VALUES (2, '2026-{m:02}-05', '电话');"
        ));
    }
    sql.push_str("INSERT INTO chair_contact (deputy_id, contacted_on, mode) VALUES (3, '2026-03-20', '走访');");
    f.sql(&sql);
    let lines = f.lines(ReviewKind::ChairContact);
    assert_eq!(
        lines.len(),
        1,
        "11 so far is on track, only November is open: {lines:?}"
    );
    assert_eq!(lines[0].note, ReviewNote::ChairMonth { done: 0, needed: 1 });
    assert_eq!(lines[0].due, Some(day("2026-11-30")));
    assert_eq!(lines[0].who, "张三", "never contacted: first to call");
    // A missed month shows as a second line.
    f.sql("DELETE FROM chair_contact WHERE contacted_on = '2026-05-05'");
    let lines = f.lines(ReviewKind::ChairContact);
    assert_eq!(lines.len(), 2);
    let ReviewNote::ChairYear {
        done,
        expected,
        short_months,
        ..
    } = &lines[1].note
    else {
        panic!("{:?}", lines[1].note)
    };
    assert_eq!(
        (*done, *expected, short_months.as_slice()),
        (10, 11, &[(2026, 5)][..])
    );
    f.sql(
        "INSERT INTO chair_contact (deputy_id, contacted_on, mode) VALUES
           (1, '2026-11-20', '座谈'), (1, '2026-05-20', '电话');",
    );
    assert!(f.lines(ReviewKind::ChairContact).is_empty());
}

#[test]
fn deputies_far_behind_their_yearly_duties() {
    let f = Fixture::new();
    // 李四 has done her year; 张三 nothing; 王五 (not directly elected)
    // owes no report to voters.
    f.sql(
        "INSERT INTO activity (id, kind, topic, starts_on, ends_on, days, status)
             VALUES (1, '视察', '视察', '2026-03-01', '2026-03-10', 10, '已举行');
         INSERT INTO attendance (activity_id, deputy_id, status) VALUES (1, 2, '出席'), (1, 3, '出席');
         INSERT INTO voter_contact (deputy_id, contacted_on, mode, people, in_district) VALUES
             (2, '2026-02-01', '走访', 10, 1), (2, '2026-05-01', '走访', 10, 1), (2, '2026-08-01', '走访', 10, 1),
             (3, '2026-02-01', '走访', 10, 1), (3, '2026-05-01', '走访', 10, 1), (3, '2026-08-01', '走访', 10, 1);
         INSERT INTO duty_event (deputy_id, happened_on, kind) VALUES (2, '2026-06-01', '向选民述职');
         INSERT INTO motion (id, year, kind, seq, number, title, received_on, last_step_on)
             VALUES (1, 2026, '建议', 1, '2026-建-001', '建议', '2026-01-10', '2026-01-10');
         INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES (1, 2, '领衔'), (1, 3, '附议');",
    );
    let lines = f.lines(ReviewKind::DutyBehind);
    assert_eq!(lines.len(), 1, "{lines:?}");
    assert_eq!(lines[0].what, "张三");
    assert_eq!(lines[0].target, Some(RecordRef::Deputy(1)));
    let ReviewNote::DutyBehind(short) = &lines[0].note else {
        panic!()
    };
    let duties: Vec<Duty> = short.iter().map(|s| s.duty).collect();
    assert_eq!(
        duties,
        [
            Duty::VoterContacts,
            Duty::DistrictVisits,
            Duty::ActivityDays,
            Duty::Suggestions,
            Duty::ReportToVoters
        ]
    );
    assert_eq!(
        (short[0].figure, short[0].expected, short[0].threshold),
        (0.0, 27, 30)
    );
    // With the rule lowered to nothing expected, nobody is behind.
    f.sql("UPDATE rule SET value = 0 WHERE key = 'deputy_behind_percent'");
    assert!(f.lines(ReviewKind::DutyBehind).is_empty());
}

#[test]
fn the_header_counts_and_its_rates() {
    let f = Fixture::new();
    f.sql(&motion(
        1,
        "办理中",
        "2026-03-01",
        "2026-06-01",
        "2026-05-01",
    ));
    f.sql("UPDATE motion SET status = '办结', closed_on = '2026-05-01' WHERE id = 1");
    f.sql(&motion(
        2,
        "办理中",
        "2026-03-01",
        "2026-06-01",
        "2026-05-01",
    ));
    f.sql(
        "INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES (1, 2, '附议');
           INSERT INTO motion_reply (id, motion_id, unit_id, replied_on, scheme, class)
               VALUES (1, 1, 1, '2026-04-01', '四类', 'A');
           INSERT INTO motion_feedback (reply_id, deputy_id, rated_on, rating)
               VALUES (1, 1, '2026-04-05', '基本满意'), (1, 2, '2026-04-05', '不满意');",
    );
    let fig = f.db().today_figures(today()).unwrap();
    assert_eq!(fig.deputies_in_office, 3);
    assert_eq!((fig.open_items, fig.overdue_items), (1, 1));
    assert_eq!((fig.closed_this_year, fig.assigned_this_year), (1, 2));
    assert_eq!(
        (
            fig.satisfied_this_year,
            fig.fully_satisfied_this_year,
            fig.rated_this_year
        ),
        (1, 0, 2)
    );
}
