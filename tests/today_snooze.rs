//! Putting review lines off: hidden until the day, kept in the file across
//! a restart, back when the day comes if the cause is still there, and a
//! line that turns more urgent shows at once.

mod today_fixture;

use chairdesk::storage::today::{ReviewKind, SnoozeHow};
use today_fixture::{Fixture, day, motion, today};

#[test]
fn a_snoozed_line_stays_hidden_after_reopening_and_comes_back_on_its_day() {
    let f = Fixture::with_overdue_reply();
    let mut db = f.db();
    let line = db.review(today()).unwrap().items[0].clone();
    assert_eq!(line.kind, ReviewKind::ReplyOverdue);
    db.snooze_line(&line.key, SnoozeHow::Until(day("2026-11-25")), today())
        .unwrap();
    drop(db);

    let db = f.db();
    let review = db.review(today()).unwrap();
    assert!(review.items.iter().all(|i| i.key != line.key));
    assert_eq!(review.snoozed.len(), 1);
    assert_eq!(review.snoozed[0].1, day("2026-11-25"));
    assert!(
        db.review(day("2026-11-24"))
            .unwrap()
            .items
            .iter()
            .all(|i| i.key != line.key)
    );
    // On the day it comes back, since the reply is still overdue.
    let back = db.review(day("2026-11-25")).unwrap();
    assert!(back.items.iter().any(|i| i.key == line.key));
    assert!(back.snoozed.is_empty());
}

#[test]
fn seen_today_hides_until_tomorrow_only() {
    let f = Fixture::with_overdue_reply();
    let mut db = f.db();
    let key = db.review(today()).unwrap().items[0].key.clone();
    db.snooze_line(&key, SnoozeHow::Seen, today()).unwrap();
    assert!(
        db.review(today())
            .unwrap()
            .items
            .iter()
            .all(|i| i.key != key)
    );
    assert!(
        db.review(day("2026-11-23"))
            .unwrap()
            .items
            .iter()
            .any(|i| i.key == key)
    );
}

#[test]
fn a_fixed_cause_does_not_come_back_and_a_worse_one_shows_at_once() {
    let f = Fixture::new();
    f.sql(&motion(
        1,
        "已交办",
        "2026-09-01",
        "2026-11-30",
        "2026-11-20",
    ));
    let mut db = f.db();
    let soon = db.review(today()).unwrap();
    let soon = soon
        .items
        .iter()
        .find(|i| i.kind == ReviewKind::ReplyDueSoon)
        .unwrap();
    db.snooze_line(&soon.key, SnoozeHow::Until(day("2026-12-31")), today())
        .unwrap();
    // Past its due day the item is overdue: a new line, not snoozed.
    let later = db.review(day("2026-12-02")).unwrap();
    assert!(
        later
            .items
            .iter()
            .any(|i| i.kind == ReviewKind::ReplyOverdue)
    );
    drop(db);
    // Replied: nothing comes back when the snooze ends.
    f.sql(
        "UPDATE motion SET status = '已答复' WHERE id = 1;
         INSERT INTO motion_reply (motion_id, unit_id, replied_on, scheme, class)
             VALUES (1, 1, '2026-11-23', '四类', 'A');",
    );
    let db = f.db();
    let end = db.review(day("2026-12-31")).unwrap();
    assert!(
        end.items
            .iter()
            .all(|i| !i.key.contains("motion/1") || i.kind == ReviewKind::FeedbackPending)
    );
}

#[test]
fn unsnoozing_brings_a_line_back_and_bad_days_are_refused() {
    let f = Fixture::with_overdue_reply();
    let mut db = f.db();
    let key = db.review(today()).unwrap().items[0].key.clone();
    assert!(
        db.snooze_line(&key, SnoozeHow::Until(today()), today())
            .is_err()
    );
    db.snooze_line(&key, SnoozeHow::Until(day("2026-12-01")), today())
        .unwrap();
    db.unsnooze_line(&key).unwrap();
    assert!(
        db.review(today())
            .unwrap()
            .items
            .iter()
            .any(|i| i.key == key)
    );
    assert!(db.snoozes().unwrap().is_empty());
}
