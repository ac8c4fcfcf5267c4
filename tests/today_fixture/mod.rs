//! A hand-made township for the 今日 tests: a file created by the program,
//! filled with plain SQL through its own connection, then opened with
//! `Db::open` like the chair's file. Today is Sunday 2026-11-22.

#![allow(dead_code)]

use std::path::PathBuf;

use chairdesk::storage::Db;
use chairdesk::storage::today::{ReviewItem, ReviewKind};
use chrono::NaiveDate;
use rusqlite::Connection;

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

pub fn today() -> NaiveDate {
    day("2026-11-22")
}

pub struct Fixture {
    _dir: tempfile::TempDir,
    pub path: PathBuf,
}

/// Two groups with a station each, a unit, and three deputies in office.
const BASE: &str = "
INSERT INTO deputy_group (id, name, sort_order) VALUES (1, '第一组', 1), (2, '第二组', 2);
INSERT INTO station (id, name, group_id) VALUES (1, '一组联络站', 1), (2, '二组联络站', 2);
INSERT INTO handling_unit (id, name) VALUES (1, '镇农业办');
INSERT INTO deputy (id, name, gender, directly_elected) VALUES
    (1, '张三', '男', 1), (2, '李四', '女', 1), (3, '王五', '男', 0);
INSERT INTO membership (deputy_id, group_id, role, joined_on) VALUES
    (1, 1, '组长', '2026-01-01'), (2, 1, '组员', '2026-01-01'), (3, 2, '组长', '2026-01-01');
";

impl Fixture {
    /// A new file with the base data.
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("today.db");
        drop(Db::open(&path).unwrap());
        let f = Fixture { _dir: dir, path };
        f.sql(BASE);
        f
    }

    /// The base data and item 1, its reply due on 1 October, still open.
    pub fn with_overdue_reply() -> Fixture {
        let f = Fixture::new();
        f.sql(&motion(
            1,
            "办理中",
            "2026-07-01",
            "2026-10-01",
            "2026-11-20",
        ));
        f
    }

    /// Runs SQL on the file through a connection of its own.
    pub fn sql(&self, sql: &str) {
        let conn = Connection::open(&self.path).unwrap();
        conn.pragma_update(None, "foreign_keys", true).unwrap();
        conn.execute_batch(sql)
            .unwrap_or_else(|e| panic!("{e}\n{sql}"));
    }

    pub fn db(&self) -> Db {
        Db::open(&self.path).unwrap().0
    }

    /// The review lines of one kind on `today()`.
    pub fn lines(&self, kind: ReviewKind) -> Vec<ReviewItem> {
        self.db()
            .today_review(today())
            .unwrap()
            .into_iter()
            .filter(|i| i.kind == kind)
            .collect()
    }
}

/// An item raised by 张三, assigned to the unit on `assigned`.
pub fn motion(id: i64, status: &str, assigned: &str, due: &str, last_step: &str) -> String {
    format!(
        "INSERT INTO motion (id, year, kind, seq, number, title, received_on, status, assigned_on,
                             reply_due, last_step_on)
         VALUES ({id}, 2026, '建议', {id}, printf('2026-建-%03d', {id}), '建议{id}', '{assigned}', '{status}',
                 '{assigned}', '{due}', '{last_step}');
         INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES ({id}, 1, '领衔');
         INSERT INTO motion_unit (motion_id, unit_id, role, assigned_on) VALUES ({id}, 1, '主办', '{assigned}');"
    )
}

/// A planned one-day activity of group 1; a reception is at station 1.
pub fn planned(id: i64, kind: &str, starts: &str) -> String {
    let station = if kind == "接待选民" { "1" } else { "NULL" };
    format!(
        "INSERT INTO activity (id, kind, topic, starts_on, ends_on, group_id, station_id, status)
         VALUES ({id}, '{kind}', '活动{id}', '{starts}', '{starts}', 1, {station}, '计划');"
    )
}
