//! The roster's storage on temporary files: deputies with their pinyin
//! keys, group moves with history, roles, term ends, refusals, the duty
//! record and the facts behind structure statistics.

use chairdesk::domain::pinyin_keys::{PinyinKeys, match_name};
use chairdesk::storage::Db;
use chairdesk::storage::roster::{
    DeleteOutcome, DeputyInput, EndOutcome, GroupInput, MoveOutcome, RoleOutcome, VoterContactInput,
};
use chrono::NaiveDate;
use rusqlite::Connection;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn deputy(name: &str, birth: &str) -> DeputyInput {
    DeputyInput {
        name: name.into(),
        gender: "女".into(),
        ethnicity: "汉族".into(),
        birth_month: Some(birth.into()),
        party: "群众".into(),
        education: "高中".into(),
        occupation: "农民".into(),
        level: "镇".into(),
        directly_elected: true,
        phone: "13812345678".into(),
        ..DeputyInput::default()
    }
}

fn group(name: &str) -> GroupInput {
    GroupInput {
        name: name.into(),
        ..GroupInput::default()
    }
}

/// A file with two groups; returns (dir, path, db, group ids).
fn setup() -> (tempfile::TempDir, std::path::PathBuf, Db, i64, i64) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("roster.db");
    let (mut db, _) = Db::open(&path).unwrap();
    let a = db.add_group(&group("第一代表小组")).unwrap();
    let b = db.add_group(&group("第二代表小组")).unwrap();
    (dir, path, db, a, b)
}

#[test]
fn a_deputy_is_stored_with_pinyin_keys_found_by_initials_and_full_pinyin() {
    let (_dir, path, mut db, a, _) = setup();
    let names = [
        "张三",
        "曾国梅",
        "单丽",
        "解春",
        "区华",
        "仇伟",
        "朴英",
        "覃红",
        "吕小梅",
    ];
    for n in names {
        db.add_deputy(&deputy(n, "1980-05"), Some(a), day("2026-03-01"))
            .unwrap();
    }
    drop(db);
    let (db, _) = Db::open(&path).unwrap();
    let all = db.roster_deputies(false).unwrap();
    assert_eq!(all.len(), names.len());
    let find = |query: &str| -> Vec<String> {
        all.iter()
            .filter(|d| {
                match_name(query, &d.data.name, &PinyinKeys::from_stored(&d.pinyin)).is_some()
            })
            .map(|d| d.data.name.clone())
            .collect()
    };
    for q in ["zs", "zhangsan", "zhang san", "张三"] {
        assert_eq!(find(q), ["张三"], "{q}");
    }
    assert_eq!(find("zengguomei"), ["曾国梅"]);
    assert_eq!(find("shanli"), ["单丽"]);
    assert_eq!(find("xiechun"), ["解春"]);
    assert_eq!(find("ouhua"), ["区华"]);
    assert_eq!(find("qiuwei"), ["仇伟"]);
    assert_eq!(find("piaoying"), ["朴英"]);
    assert_eq!(find("qinhong"), ["覃红"]);
    assert_eq!(find("lvxiaomei"), ["吕小梅"]);
    assert_eq!(find("luxiaomei"), ["吕小梅"]);
    assert_eq!(find("lxm"), ["吕小梅"]);
}

#[test]
fn editing_a_name_keeps_the_pinyin_current() {
    let (_dir, _path, mut db, a, _) = setup();
    let id = db
        .add_deputy(&deputy("张三", "1980-05"), Some(a), day("2026-03-01"))
        .unwrap();
    db.update_deputy(id, &deputy("李四", "1980-05")).unwrap();
    let d = db.roster_deputy(id).unwrap().unwrap();
    assert_eq!(d.data.name, "李四");
    assert!(d.pinyin.starts_with("li"), "{}", d.pinyin);
    assert_eq!(
        db.same_name_and_birth("李四", Some("1980-05"), None)
            .unwrap(),
        1
    );
    assert_eq!(
        db.same_name_and_birth("李四", Some("1980-05"), Some(id))
            .unwrap(),
        0
    );
}

#[test]
fn moving_keeps_the_history_and_roles_stay_one_per_group() {
    let (_dir, path, mut db, a, b) = setup();
    let x = db
        .add_deputy(&deputy("张三", "1980-05"), Some(a), day("2026-01-05"))
        .unwrap();
    let y = db
        .add_deputy(&deputy("李四", "1970-05"), Some(a), day("2026-01-05"))
        .unwrap();
    assert_eq!(
        db.set_group_role(x, "组长", day("2026-02-01")).unwrap(),
        RoleOutcome::Set { replaced: None }
    );
    assert_eq!(
        db.set_group_role(y, "组长", day("2026-03-01")).unwrap(),
        RoleOutcome::Set {
            replaced: Some("张三".into())
        }
    );
    let groups = db.roster_groups().unwrap();
    assert_eq!(groups[0].leader.as_deref(), Some("李四"));
    assert_eq!(groups[0].members, 2);

    assert_eq!(
        db.move_deputy(x, b, day("2025-12-31")).unwrap(),
        MoveOutcome::BeforeJoined(day("2026-03-01"))
    );
    assert_eq!(
        db.move_deputy(x, a, day("2026-06-01")).unwrap(),
        MoveOutcome::SameGroup
    );
    assert_eq!(
        db.move_deputy(x, b, day("2026-06-01")).unwrap(),
        MoveOutcome::Moved
    );
    drop(db);
    let (db, _) = Db::open(&path).unwrap();
    let history = db.membership_history(x).unwrap();
    let spans: Vec<(String, String, String, Option<String>)> = history
        .iter()
        .map(|s| {
            (
                s.group_name.clone(),
                s.role.clone(),
                s.joined_on.to_string(),
                s.left_on.map(|d| d.to_string()),
            )
        })
        .collect();
    assert_eq!(
        spans,
        [
            (
                "第二代表小组".into(),
                "组员".into(),
                "2026-06-01".into(),
                None
            ),
            (
                "第一代表小组".into(),
                "组员".into(),
                "2026-03-01".into(),
                Some("2026-06-01".into())
            ),
            (
                "第一代表小组".into(),
                "组长".into(),
                "2026-02-01".into(),
                Some("2026-03-01".into())
            ),
            (
                "第一代表小组".into(),
                "组员".into(),
                "2026-01-05".into(),
                Some("2026-02-01".into())
            ),
        ]
    );
    let d = db.roster_deputy(x).unwrap().unwrap();
    assert_eq!(d.group_name.as_deref(), Some("第二代表小组"));
}

#[test]
fn an_ended_term_hides_the_deputy_keeps_the_records_and_frees_the_role() {
    let (_dir, path, mut db, a, b) = setup();
    let x = db
        .add_deputy(&deputy("张三", "1980-05"), Some(a), day("2026-01-05"))
        .unwrap();
    db.set_group_role(x, "组长", day("2026-01-05")).unwrap();
    db.add_voter_contact(&VoterContactInput {
        deputy_id: x,
        contacted_on: day("2026-04-02"),
        mode: "走访".into(),
        people: 5,
        in_district: true,
        summary: "了解村道硬化需求".into(),
    })
    .unwrap();
    assert_eq!(
        db.end_term(x, "辞职", day("2026-01-01"), "本人申请")
            .unwrap(),
        EndOutcome::BeforeJoined(day("2026-01-05"))
    );
    assert_eq!(
        db.end_term(x, "辞职", day("2026-05-10"), "本人申请辞去代表职务")
            .unwrap(),
        EndOutcome::Ended
    );
    assert_eq!(
        db.end_term(x, "去世", day("2026-05-11"), "x").unwrap(),
        EndOutcome::AlreadyEnded
    );
    assert_eq!(
        db.move_deputy(x, b, day("2026-06-01")).unwrap(),
        MoveOutcome::NotInOffice
    );
    drop(db);
    let (mut db, _) = Db::open(&path).unwrap();
    assert!(db.roster_deputies(false).unwrap().is_empty());
    let all = db.roster_deputies(true).unwrap();
    assert_eq!(all[0].status, "辞职");
    assert_eq!(all[0].ended_on, Some(day("2026-05-10")));
    assert_eq!(all[0].group_id, None, "the membership closed that day");
    assert_eq!(db.roster_groups().unwrap()[0].leader, None);
    assert_eq!(db.voter_contacts(x, 2026).unwrap().len(), 1);
    // Deleting is refused while records exist.
    let DeleteOutcome::HasRecords(r) = db.delete_deputy(x).unwrap() else {
        panic!("deleted a deputy with records")
    };
    assert_eq!(r.voter_contacts, 1);
    assert!(db.roster_deputy(x).unwrap().is_some());
}

#[test]
fn a_deputy_entered_by_mistake_can_be_deleted() {
    let (_dir, _path, mut db, a, _) = setup();
    let x = db
        .add_deputy(&deputy("张三", "1980-05"), Some(a), day("2026-01-05"))
        .unwrap();
    assert_eq!(db.delete_deputy(x).unwrap(), DeleteOutcome::Deleted);
    assert!(db.roster_deputy(x).unwrap().is_none());
    assert!(
        db.delete_group(a).unwrap(),
        "no member left a record? history was deleted too"
    );
}

#[test]
fn a_failed_write_leaves_nothing_behind() {
    let (_dir, _path, mut db, _, _) = setup();
    // No such group: the membership insert fails, so the deputy is not added.
    assert!(
        db.add_deputy(&deputy("张三", "1980-05"), Some(999), day("2026-01-05"))
            .is_err()
    );
    assert!(db.roster_deputies(true).unwrap().is_empty());
    // A bad birth month is refused by the schema.
    assert!(
        db.add_deputy(&deputy("李四", "1980-13"), None, day("2026-01-05"))
            .is_err()
    );
    assert!(db.roster_deputies(true).unwrap().is_empty());
}

#[test]
fn the_schema_refuses_nonsense_written_by_hand() {
    let (_dir, path, mut db, a, b) = setup();
    let x = db
        .add_deputy(&deputy("张三", "1980-05"), Some(a), day("2026-01-05"))
        .unwrap();
    drop(db);
    let conn = Connection::open(&path).unwrap();
    conn.pragma_update(None, "foreign_keys", true).unwrap();
    let refused = |sql: &str| assert!(conn.execute(sql, []).is_err(), "accepted: {sql}");
    // Ending a term while a group membership is still open.
    refused(&format!(
        "UPDATE deputy SET status = '辞职', ended_on = '2026-05-01', end_reason = 'x' WHERE id = {x}"
    ));
    // An ended term without a reason.
    refused(&format!(
        "UPDATE membership SET left_on = '2026-05-01' WHERE deputy_id = {x};
         UPDATE deputy SET status = '辞职', ended_on = '2026-05-01' WHERE id = {x}"
    ));
    // Two current groups, overlapping history, a group with min above max.
    refused(&format!(
        "INSERT INTO membership (deputy_id, group_id, joined_on) VALUES ({x}, {b}, '2026-02-01')"
    ));
    refused("INSERT INTO deputy_group (name, min_members, max_members) VALUES ('第九组', 16, 15)");
    refused(" INSERT INTO deputy_group (name) VALUES (' 第九组')");
    refused(&format!(
        "INSERT INTO voter_contact (deputy_id, contacted_on, mode, people) VALUES ({x}, '2026-02-30', '走访', 1)"
    ));
    refused(&format!(
        "INSERT INTO voter_contact (deputy_id, contacted_on, mode, people) VALUES ({x}, '2026-02-03', '开会', 1)"
    ));
}

#[test]
fn the_duty_record_counts_contacts_by_quarter_and_reads_the_targets() {
    let (_dir, _path, mut db, a, _) = setup();
    let x = db
        .add_deputy(&deputy("张三", "1980-05"), Some(a), day("2026-01-05"))
        .unwrap();
    for (on, mode, people, in_district) in [
        ("2026-01-10", "走访", 4, true),
        ("2026-02-10", "电话", 1, false),
        ("2026-07-01", "走访", 10, true),
        ("2025-12-31", "走访", 50, true),
    ] {
        db.add_voter_contact(&VoterContactInput {
            deputy_id: x,
            contacted_on: day(on),
            mode: mode.into(),
            people,
            in_district,
            summary: String::new(),
        })
        .unwrap();
    }
    let t = db.duty_tally(x, 2026).unwrap();
    assert_eq!(t.voter_people, 15);
    assert_eq!(t.voter_contacts, 3);
    assert_eq!(t.district_visits, 2);
    assert_eq!(t.household_visits, [1, 0, 1, 0]);
    assert_eq!(db.duty_tally(x, 2025).unwrap().voter_people, 50);
    let targets = db.duty_targets().unwrap();
    assert_eq!((targets.voter_people, targets.activity_days), (30, 10));
}

#[test]
fn the_demo_duty_record_reads_every_panes_tables() {
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(day("2026-11-22"), 1).unwrap();
    let all = db.roster_deputies(false).unwrap();
    let mut present = 0;
    let mut motions = 0;
    for d in &all {
        let t = db.duty_tally(d.id, 2026).unwrap();
        present += t.present;
        motions += t.motions_lead + t.motions_cosigned + t.suggestions;
    }
    assert!(present > 0 && motions > 0, "{present} {motions}");
    let facts = db.structure_facts(None).unwrap();
    assert_eq!(facts.len(), all.len());
    let groups = db.roster_groups().unwrap();
    let per_group: usize = groups
        .iter()
        .map(|g| db.structure_facts(Some(g.id)).unwrap().len())
        .sum();
    assert_eq!(per_group, all.len());
}
