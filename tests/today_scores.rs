//! Duty scores from a hand-made file: the breakdown sums to the total, the
//! weights and cut-offs come from the file, ranks are per township and group.

mod today_fixture;

use chairdesk::domain::scores::{Grade, ScoreItem};
use today_fixture::{Fixture, today};

const YEAR_OF_WORK: &str = "
INSERT INTO duty_event (deputy_id, happened_on, kind) VALUES
    (1, '2026-01-10', '出席人代会'), (1, '2026-01-10', '审议发言'), (1, '2026-01-11', '审议发言'),
    (1, '2026-03-01', '办实事'), (1, '2026-06-01', '向选民述职'), (1, '2026-02-01', '列席主席团会议'),
    (2, '2026-01-10', '出席人代会'), (3, '2026-01-10', '出席人代会');
INSERT INTO activity (id, kind, topic, starts_on, ends_on, days, status) VALUES
    (1, '视察', '视察', '2026-03-01', '2026-03-03', 2.5, '已举行'),
    (2, '调研', '调研', '2025-12-01', '2025-12-01', 1, '已举行');
INSERT INTO attendance (activity_id, deputy_id, status) VALUES (1, 1, '出席'), (1, 2, '缺席'), (2, 1, '出席');
INSERT INTO voter_contact (deputy_id, contacted_on, mode, people) VALUES (1, '2026-04-01', '走访', 25);
INSERT INTO motion (id, year, kind, seq, number, title, received_on, last_step_on) VALUES
    (1, 2026, '建议', 1, '2026-建-001', '一', '2026-01-10', '2026-01-10'),
    (2, 2026, '建议', 2, '2026-建-002', '二', '2026-01-10', '2026-01-10'),
    (3, 2026, '建议', 3, '2026-建-003', '三', '2026-01-10', '2026-01-10'),
    (4, 2026, '建议', 4, '2026-建-004', '四', '2026-01-10', '2026-01-10');
INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES (1, 1, '领衔'), (2, 1, '领衔'), (3, 1, '附议'), (4, 1, '领衔');
";

#[test]
fn the_breakdown_sums_to_the_total_under_the_seed_weights() {
    let f = Fixture::new();
    f.sql(YEAR_OF_WORK);
    let scores = f.db().duty_scores(2026, today()).unwrap();
    let zhang = scores.iter().find(|s| s.deputy.name == "张三").unwrap();
    let points = |item| {
        zhang
            .score
            .lines
            .iter()
            .find(|l| l.item == item)
            .unwrap()
            .points
    };
    assert_eq!(points(ScoreItem::Congress), 10);
    assert_eq!(
        points(ScoreItem::Suggestions),
        15,
        "four: quota of three + one more"
    );
    assert_eq!(points(ScoreItem::Speeches), 15);
    assert_eq!(points(ScoreItem::Presidium), 5);
    assert_eq!(
        points(ScoreItem::ActivityDays),
        5,
        "2.5 days this year; last December's does not count"
    );
    assert_eq!(points(ScoreItem::VoterContacts), 2);
    assert_eq!(points(ScoreItem::Deeds), 3);
    assert_eq!(points(ScoreItem::Reports), 5);
    assert_eq!(zhang.score.total, 60);
    for s in &scores {
        assert_eq!(
            s.score.total,
            s.score.lines.iter().map(|l| l.points).sum::<i64>()
        );
    }
    assert_eq!(
        (zhang.rank, zhang.group_rank, zhang.grade),
        (1, 1, Grade::Excellent)
    );
    let li = scores.iter().find(|s| s.deputy.name == "李四").unwrap();
    let wang = scores.iter().find(|s| s.deputy.name == "王五").unwrap();
    assert_eq!((li.score.total, li.rank, li.group_rank), (10, 2, 2));
    assert_eq!(
        (wang.rank, wang.group_rank),
        (2, 1),
        "ties share a rank; alone in group two"
    );
    assert_eq!(li.grade, Grade::Incompetent);
}

#[test]
fn weights_and_cut_offs_are_read_from_the_file() {
    let f = Fixture::new();
    f.sql(YEAR_OF_WORK);
    let mut db = f.db();
    db.set_score_weight("基础分", 60).unwrap();
    db.set_rule("grade_excellent_min", 100).unwrap();
    db.set_rule("grade_competent_min", 65).unwrap();
    let scores = db.duty_scores(2026, today()).unwrap();
    let li = scores.iter().find(|s| s.deputy.name == "李四").unwrap();
    assert_eq!(li.score.total, 70);
    assert_eq!(li.grade, Grade::Competent);
    assert!(db.set_rule("no_such_rule", 1).is_err());
    assert!(db.set_rule("due_soon_days", -1).is_err());
    assert!(db.set_score_weight("没有这一项", 1).is_err());
    assert_eq!(
        db.rule("due_soon_days").unwrap(),
        14,
        "a refused change writes nothing"
    );
}
