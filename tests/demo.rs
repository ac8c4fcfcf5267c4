//! The demo township: writes cleanly, obeys the schema, is deterministic,
//! and has every case the checks need.

use chairdesk::storage::demo::{DemoSummary, write_demo};
use chrono::NaiveDate;
use rusqlite::Connection;
use rusqlite::types::Value;

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn demo(today: &str, seed: u64) -> (Connection, DemoSummary) {
    let mut conn = Connection::open_in_memory().unwrap();
    conn.execute_batch("PRAGMA foreign_keys=ON;").unwrap();
    conn.execute_batch(include_str!("../schema.sql")).unwrap();
    let tx = conn.transaction().unwrap();
    let summary = write_demo(&tx, day(today), seed).unwrap();
    tx.commit().unwrap();
    (conn, summary)
}

fn count(conn: &Connection, sql: &str) -> i64 {
    conn.query_row(sql, [], |r| r.get(0)).unwrap()
}

fn strings(conn: &Connection, sql: &str) -> Vec<String> {
    let mut st = conn.prepare(sql).unwrap();
    st.query_map([], |r| r.get::<_, String>(0))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

fn tables(conn: &Connection) -> Vec<String> {
    strings(
        conn,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
}

/// Every row of every table, as text, sorted.
fn dump(conn: &Connection) -> Vec<String> {
    let mut out = Vec::new();
    for t in tables(conn) {
        let mut st = conn.prepare(&format!("SELECT * FROM \"{t}\"")).unwrap();
        let n = st.column_count();
        let mut rows: Vec<String> = st
            .query_map([], |r| {
                let mut line = format!("{t}:");
                for i in 0..n {
                    let v: Value = r.get(i)?;
                    line.push_str(&format!("{v:?}|"));
                }
                Ok(line)
            })
            .unwrap()
            .map(Result::unwrap)
            .collect();
        rows.sort();
        out.extend(rows);
    }
    out
}

const DATES: &[&str] = &[
    "2026-11-22",
    "2026-01-05",
    "2025-06-30",
    "2024-03-15",
    "2023-09-01",
];
const SEEDS: &[u64] = &[1, 42, 20_260_101, u64::MAX];

#[test]
fn writes_for_many_dates_and_seeds() {
    for &today in DATES {
        for &seed in SEEDS {
            let (conn, s) = demo(today, seed);
            let fk = count(&conn, "SELECT count(*) FROM pragma_foreign_key_check");
            assert_eq!(fk, 0, "foreign keys at {today} seed {seed}");
            let ok: String = conn
                .query_row("PRAGMA integrity_check", [], |r| r.get(0))
                .unwrap();
            assert_eq!(ok, "ok");
            assert_eq!(
                s.groups as i64,
                count(&conn, "SELECT count(*) FROM deputy_group")
            );
            assert_eq!(
                s.stations as i64,
                count(&conn, "SELECT count(*) FROM station")
            );
            assert_eq!(
                s.deputies as i64,
                count(&conn, "SELECT count(*) FROM deputy")
            );
            assert_eq!(
                s.activities as i64,
                count(&conn, "SELECT count(*) FROM activity")
            );
            assert_eq!(
                s.attendance as i64,
                count(&conn, "SELECT count(*) FROM attendance")
            );
            assert_eq!(
                s.voter_contacts as i64,
                count(&conn, "SELECT count(*) FROM voter_contact")
            );
            assert_eq!(
                s.spot_checks as i64,
                count(&conn, "SELECT count(*) FROM spot_check")
            );
            assert_eq!(
                s.motions as i64,
                count(&conn, "SELECT count(*) FROM motion")
            );
            assert_eq!(
                s.units as i64,
                count(&conn, "SELECT count(*) FROM handling_unit")
            );
            check_content(&conn, today);
        }
    }
}

/// Every check holds on dates spread over a term (a full year of history
/// behind each), with varying seeds.
#[test]
fn content_holds_across_a_term() {
    let mut d = day("2023-02-01");
    let mut seed = 17u64;
    while d < day("2026-12-20") {
        seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
        let t = d.format("%Y-%m-%d").to_string();
        let (conn, _) = demo(&t, seed);
        assert_eq!(
            count(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
            0
        );
        check_content(&conn, &t);
        d += chrono::TimeDelta::days(37);
    }
}

/// Just after a new term began there is little history, but the rows must
/// still be valid.
#[test]
fn writes_right_after_an_election() {
    for today in [
        "2021-12-28",
        "2021-12-30",
        "2022-01-20",
        "2026-12-28",
        "2027-02-01",
    ] {
        let (conn, s) = demo(today, 7);
        assert_eq!(
            count(&conn, "SELECT count(*) FROM pragma_foreign_key_check"),
            0
        );
        assert!(s.deputies > 60);
        assert!(s.motions >= 30);
        let start: String = conn
            .query_row("SELECT starts_on FROM term", [], |r| r.get(0))
            .unwrap();
        assert!(start.as_str() <= today);
    }
}

fn check_content(conn: &Connection, today: &str) {
    let c = |sql: &str| count(conn, sql);
    // Term holds today.
    assert_eq!(
        c(&format!(
            "SELECT count(*) FROM term WHERE starts_on <= '{today}' AND ends_on >= '{today}'"
        )),
        1
    );
    // Groups and stations.
    let groups = c("SELECT count(*) FROM deputy_group");
    assert!((5..=6).contains(&groups));
    assert_eq!(
        c(
            "SELECT count(*) FROM station WHERE group_id IS NOT NULL AND head <> '' AND liaison <> ''"
        ),
        groups
    );
    // Deputies.
    let town = c("SELECT count(*) FROM deputy WHERE level = '镇'");
    let county = c("SELECT count(*) FROM deputy WHERE level = '县'");
    assert!((55..=65).contains(&town), "township deputies {town}");
    assert!((12..=18).contains(&county), "county deputies {county}");
    let all = town + county;
    let women = c("SELECT count(*) FROM deputy WHERE gender = '女'");
    assert!(
        women * 100 >= all * 30 && women * 100 <= all * 40,
        "women {women}/{all}"
    );
    assert!(c("SELECT count(*) FROM deputy WHERE ethnicity <> '汉族'") >= 2);
    for s in ["曾", "单", "解", "仇", "吕"] {
        assert!(
            c(&format!(
                "SELECT count(*) FROM deputy WHERE name LIKE '{s}%'"
            )) >= 1,
            "surname {s}"
        );
    }
    assert_eq!(c("SELECT count(*) FROM deputy WHERE pinyin <> ''"), 0);
    assert_eq!(
        c("SELECT count(*) FROM deputy WHERE length(phone) <> 11 OR phone NOT GLOB '1[3-9][0-9]*'"),
        0
    );
    assert_eq!(c("SELECT count(DISTINCT name) FROM deputy"), all);
    assert_eq!(
        c("SELECT count(*) FROM deputy WHERE birth_month < '1960-01' OR birth_month > '2000-12'"),
        0
    );
    let ended = c("SELECT count(*) FROM deputy WHERE status <> '在任'");
    assert!((2..=3).contains(&ended));
    assert_eq!(
        c(
            "SELECT count(*) FROM deputy d WHERE status <> '在任' AND (end_reason = '' OR EXISTS \
           (SELECT 1 FROM membership m WHERE m.deputy_id = d.id AND (m.left_on IS NULL OR m.left_on <> d.ended_on)))"
        ),
        0
    );
    // Every deputy in office has exactly one current group.
    assert_eq!(
        c("SELECT count(*) FROM deputy d WHERE status = '在任' AND \
           (SELECT count(*) FROM membership m WHERE m.deputy_id = d.id AND m.left_on IS NULL) <> 1"),
        0
    );
    // One move between groups.
    assert_eq!(
        c(
            "SELECT count(*) FROM (SELECT deputy_id FROM membership GROUP BY deputy_id HAVING count(*) = 2)"
        ),
        1
    );
    // Each group: one 组长, one 副组长, 10-15 current members.
    let mut st = conn
        .prepare(
            "SELECT g.id, \
               (SELECT count(*) FROM membership m WHERE m.group_id = g.id AND m.left_on IS NULL), \
               (SELECT count(*) FROM membership m WHERE m.group_id = g.id AND m.left_on IS NULL AND role = '组长'), \
               (SELECT count(*) FROM membership m WHERE m.group_id = g.id AND m.left_on IS NULL AND role = '副组长') \
             FROM deputy_group g",
        )
        .unwrap();
    let rows: Vec<(i64, i64, i64, i64)> = st
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    for (g, members, leaders, deputies) in rows {
        assert!((10..=15).contains(&members), "group {g}: {members} members");
        assert_eq!(leaders, 1, "group {g} leaders");
        assert_eq!(deputies, 1, "group {g} deputy leaders");
    }

    // Activities: attendance only when held, every status present.
    assert_eq!(
        c(
            "SELECT count(*) FROM attendance a JOIN activity t ON t.id = a.activity_id WHERE t.status <> '已举行'"
        ),
        0
    );
    for s in ["计划", "已举行", "取消"] {
        assert!(
            c(&format!(
                "SELECT count(*) FROM activity WHERE status = '{s}'"
            )) >= 1,
            "activity {s}"
        );
    }
    assert!(
        c(&format!(
            "SELECT count(*) FROM activity WHERE status = '计划' AND starts_on < '{today}'"
        )) >= 1
    );
    assert!(
        c(&format!(
            "SELECT count(*) FROM activity WHERE status = '已举行' AND starts_on >= '{today}'"
        )) == 0
    );
    assert!(c("SELECT count(*) FROM attendance WHERE status = '请假' AND reason <> ''") >= 1);
    assert!(c("SELECT count(*) FROM attendance WHERE status = '缺席'") >= 1);
    assert!(c("SELECT count(*) FROM attendance WHERE spoke = 1") >= 1);
    // Reception days: at least two on duty, notice due on or before the day.
    assert!(c("SELECT count(*) FROM activity WHERE kind = '接待选民'") >= 6 * 12);
    assert_eq!(
        c(
            "SELECT count(*) FROM activity t WHERE kind = '接待选民' AND \
           (SELECT count(*) FROM reception_duty r WHERE r.activity_id = t.id) < 2"
        ),
        0
    );
    assert_eq!(
        c("SELECT count(*) FROM activity WHERE kind = '接待选民' AND announce_due IS NULL"),
        0
    );
    assert!(
        c(&format!(
            "SELECT count(*) FROM activity WHERE kind = '接待选民' AND announced_on IS NULL AND announce_due <= '{today}'"
        )) >= 1
    );
    // One group with no activity this quarter.
    let q = quarter_start(today);
    let q_end = quarter_end(&q);
    assert!(
        c(&format!(
            "SELECT count(*) FROM deputy_group g WHERE NOT EXISTS (SELECT 1 FROM activity a WHERE a.group_id = g.id \
             AND a.starts_on BETWEEN '{q}' AND '{q_end}' AND a.status <> '取消')"
        )) >= 1
    );

    // Contacts and duty.
    assert!(c("SELECT count(*) FROM voter_contact") > 300);
    assert!(
        c("SELECT count(*) FROM deputy d WHERE status = '在任' AND \
           (SELECT coalesce(sum(people), 0) FROM voter_contact v WHERE v.deputy_id = d.id) < 5")
            >= 3
    );
    for k in ["办实事", "向选民述职", "出席人代会"] {
        assert!(
            c(&format!(
                "SELECT count(*) FROM duty_event WHERE kind = '{k}'"
            )) >= 1,
            "duty {k}"
        );
    }
    assert!(c("SELECT count(DISTINCT substr(contacted_on, 1, 7)) FROM chair_contact") >= 10);

    // Motions: every status, numbering, timelines.
    let motions = c("SELECT count(*) FROM motion");
    assert!((35..=45).contains(&motions));
    for s in [
        "登记",
        "已交办",
        "办理中",
        "已答复",
        "已反馈",
        "跟踪办理",
        "办结",
        "归档",
        "不予接收",
        "退回",
    ] {
        assert!(
            c(&format!("SELECT count(*) FROM motion WHERE status = '{s}'")) >= 1,
            "motion {s}"
        );
    }
    for k in ["议案", "建议", "选民意见", "代表函", "批评"] {
        assert!(
            c(&format!("SELECT count(*) FROM motion WHERE kind = '{k}'")) >= 1,
            "kind {k}"
        );
    }
    assert_eq!(
        c(
            "SELECT count(*) FROM motion m WHERE kind = '议案' AND (SELECT count(*) FROM motion_signer s WHERE s.motion_id = m.id) < 5"
        ),
        0
    );
    assert_eq!(
        c(
            "SELECT count(*) FROM motion m WHERE (SELECT count(*) FROM motion_signer s WHERE s.motion_id = m.id AND role = '领衔') <> 1"
        ),
        0
    );
    // last_step_on is the last event; events never after today.
    assert_eq!(
        c(
            "SELECT count(*) FROM motion m WHERE last_step_on <> (SELECT max(happened_on) FROM motion_event e WHERE e.motion_id = m.id)"
        ),
        0
    );
    assert_eq!(
        c(&format!(
            "SELECT count(*) FROM motion_event WHERE happened_on > '{today}'"
        )),
        0
    );
    assert_eq!(
        c(
            "SELECT count(*) FROM motion_event WHERE happened_on < (SELECT received_on FROM motion WHERE id = motion_id)"
        ),
        0
    );
    assert_eq!(
        c("SELECT count(*) FROM motion WHERE status IN ('已交办', '办理中') AND reply_due IS NULL"),
        0
    );
    assert!(
        c(&format!(
            "SELECT count(*) FROM motion WHERE status IN ('已交办', '办理中') AND reply_due < '{today}'"
        )) >= 1
    );
    assert!(
        c(&format!(
            "SELECT count(*) FROM motion WHERE status IN ('已交办', '办理中') AND reply_due >= '{today}' \
             AND reply_due <= date('{today}', '+14 days')"
        )) >= 1
    );
    assert!(c("SELECT count(*) FROM motion_event WHERE step = '延期'") >= 1);
    assert!(c("SELECT count(*) FROM motion_event WHERE step = '重办'") >= 1);
    assert!(c("SELECT count(*) FROM motion_unit WHERE returned_on IS NOT NULL") >= 1);
    assert!(c("SELECT count(*) FROM motion_feedback WHERE rating = '不满意'") >= 1);
    assert_eq!(
        c(
            "SELECT count(*) FROM motion_feedback f JOIN motion_signer s ON s.deputy_id = f.deputy_id \
           AND s.motion_id = (SELECT motion_id FROM motion_reply r WHERE r.id = f.reply_id)"
        ),
        c("SELECT count(*) FROM motion_feedback")
    );
    assert!(c("SELECT count(*) FROM motion WHERE key_item = 1") >= 2);
    assert!(
        c(
            "SELECT count(*) FROM motion WHERE kind = '选民意见' AND voter_name <> '' AND voter_phone <> '' AND routing IS NOT NULL"
        ) >= 3
    );

    // Spot-checks: every status, one look-back at an A reply.
    for s in ["待查", "已查-合格", "已查-需整改", "已整改", "撤销"] {
        assert!(
            c(&format!(
                "SELECT count(*) FROM spot_check WHERE status = '{s}'"
            )) >= 1,
            "spot {s}"
        );
    }
    assert!(
        c(&format!(
            "SELECT count(*) FROM spot_check WHERE status = '已查-需整改' AND correction_due < '{today}'"
        )) >= 1
    );
    assert_eq!(
        c(
            "SELECT count(*) FROM spot_check s WHERE target_kind = '回头看' AND EXISTS \
           (SELECT 1 FROM motion_reply r WHERE r.motion_id = s.motion_id AND r.class = 'A')"
        ),
        1
    );
    assert!(c("SELECT count(*) FROM spot_round WHERE confirmed = 1 AND json_valid(params)") >= 2);
    assert!(c("SELECT count(*) FROM spot_followup") >= 2);

    // No default timestamps were left to the clock.
    for (t, col) in [
        ("deputy", "created_at"),
        ("deputy", "updated_at"),
        ("activity", "created_at"),
        ("motion_event", "recorded_at"),
    ] {
        assert_eq!(
            c(&format!(
                "SELECT count(*) FROM {t} WHERE {col} > '{today} 23:59:59'"
            )),
            0,
            "{t}.{col}"
        );
    }
}

fn quarter_start(today: &str) -> String {
    let d = day(today);
    use chrono::Datelike;
    let m = (d.month() - 1) / 3 * 3 + 1;
    format!("{}-{:02}-01", d.year(), m)
}

fn quarter_end(start: &str) -> String {
    let d = day(start);
    let e = d.checked_add_months(chrono::Months::new(3)).unwrap() - chrono::TimeDelta::days(1);
    e.format("%Y-%m-%d").to_string()
}

#[test]
fn same_seed_same_rows() {
    let (a, _) = demo("2026-11-22", 99);
    let (b, _) = demo("2026-11-22", 99);
    assert_eq!(dump(&a), dump(&b));
}

#[test]
fn different_seed_different_rows() {
    let (a, _) = demo("2026-11-22", 1);
    let (b, _) = demo("2026-11-22", 2);
    assert_ne!(dump(&a), dump(&b));
    let (c, _) = demo("2026-11-23", 1);
    assert_ne!(dump(&a), dump(&c));
}

#[test]
fn seeded_tables_left_alone() {
    let (conn, _) = demo("2026-01-05", 3);
    assert_eq!(count(&conn, "SELECT count(*) FROM holiday"), 0);
    // As many rules as schema.sql seeds (panes add rules of their own).
    let fresh = Connection::open_in_memory().unwrap();
    fresh.execute_batch(include_str!("../schema.sql")).unwrap();
    let seeded = count(&fresh, "SELECT count(*) FROM rule");
    assert!(seeded >= 26);
    assert_eq!(count(&conn, "SELECT count(*) FROM rule"), seeded);
    assert_eq!(count(&conn, "SELECT count(*) FROM reply_class"), 7);
    assert_eq!(count(&conn, "SELECT count(*) FROM setting"), 1);
}
