//! A small township for the docket tests: ten deputies and three handling
//! units in a temporary file (the test files include this with `#[path]`).

#![allow(dead_code)]

use std::path::Path;

use chairdesk::domain::motion::{Kind, Routing};
use chairdesk::storage::Db;
use chairdesk::storage::docket::{NewMotion, UnitInput};
use chrono::NaiveDate;

pub const NAMES: [&str; 10] = [
    "张三",
    "李四",
    "王五",
    "赵六",
    "钱七",
    "孙八",
    "周九",
    "吴十",
    "郑十一",
    "曾国藩",
];

pub fn day(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// A fresh file with deputies (ids 1..=10) and units (ids 1..=3).
pub fn township(dir: &Path) -> Db {
    let path = dir.join("docket.db");
    drop(Db::open(&path).unwrap());
    let conn = rusqlite::Connection::open(&path).unwrap();
    for name in NAMES {
        let keys = chairdesk::domain::pinyin_keys::name_keys(name).to_stored();
        conn.execute(
            "INSERT INTO deputy (name, gender, pinyin) VALUES (?1, '男', ?2)",
            [name, keys.as_str()],
        )
        .unwrap();
    }
    drop(conn);
    let (mut db, _) = Db::open(&path).unwrap();
    for name in ["镇农业农村办", "镇建设管理所", "镇财政所"] {
        db.save_handling_unit(
            None,
            &UnitInput {
                name: name.into(),
                contact: String::new(),
                phone: String::new(),
                active: true,
            },
        )
        .unwrap();
    }
    db
}

pub fn suggestion(title: &str, on: NaiveDate, signers: Vec<i64>) -> NewMotion {
    NewMotion {
        kind: Kind::Suggestion,
        title: title.into(),
        content: "内容".into(),
        received_on: on,
        source: "闭会期间".into(),
        category: "交通".into(),
        key_item: false,
        routing: None,
        voter_name: String::new(),
        voter_phone: String::new(),
        signers,
    }
}

pub fn voter_opinion(title: &str, on: NaiveDate, routing: Routing) -> NewMotion {
    NewMotion {
        kind: Kind::VoterOpinion,
        routing: Some(routing),
        voter_name: "选民甲".into(),
        source: "接待日".into(),
        ..suggestion(title, on, vec![1])
    }
}
