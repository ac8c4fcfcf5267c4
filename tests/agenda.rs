//! `chairdesk agenda`: the review as aligned text and as JSON, from the same
//! implementation as the 今日 pane; exit 0.

mod support;

use serde_json::Value;
use support::chairdesk;
use unicode_width::UnicodeWidthStr;

fn demo_file(dir: &std::path::Path) -> String {
    let db = dir.join("demo.db");
    let db = db.to_str().unwrap().to_owned();
    assert!(chairdesk(&["demo", "--db", &db], dir).status.success());
    db
}

fn json(dir: &std::path::Path, db: &str) -> Value {
    let out = chairdesk(&["agenda", "--db", db, "--format", "json"], dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

#[test]
fn json_lists_every_line_with_kind_target_and_rates() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(dir.path());
    let v = json(dir.path(), &db);
    assert_eq!(v["date"], "2026-11-22");
    let items = v["items"].as_array().unwrap();
    assert!(items.len() > 10);
    let first = &items[0];
    assert_eq!(first["kind"], "reply_overdue");
    assert_eq!(first["target"]["type"], "motion");
    assert!(first["days_until_due"].as_i64().unwrap() < 0);
    let closed = &v["figures"]["closed_rate"];
    assert!(closed["definition"].as_str().unwrap().contains("assigned"));
    let (c, a) = (
        closed["closed"].as_i64().unwrap(),
        closed["assigned_this_year"].as_i64().unwrap(),
    );
    assert_eq!(closed["percent"].as_i64().unwrap(), (c * 200 + a) / (a * 2));
    // The order is the review's: kinds never go back up.
    let kinds: Vec<&str> = items.iter().map(|i| i["kind"].as_str().unwrap()).collect();
    let mut seen = Vec::new();
    for k in kinds {
        if seen.last() != Some(&k) {
            assert!(!seen.contains(&k), "{k} appears in two places");
            seen.push(k);
        }
    }
}

#[test]
fn text_aligns_the_columns_in_display_cells() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(dir.path());
    let v = json(dir.path(), &db);
    let out = chairdesk(&["agenda", "--db", &db, "--date", "2026-11-22"], dir.path());
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    let items = v["items"].as_array().unwrap();
    assert!(
        text.starts_with(&format!("2026-11-22 今日待办（{}项）", items.len())),
        "{text}"
    );
    assert!(
        text.contains("【答复逾期】") && text.contains("办结率="),
        "{text}"
    );
    // Every matter starts in the same display column.
    let mut columns = std::collections::BTreeSet::new();
    for item in items {
        let matter = item["matter"].as_str().unwrap();
        let line = text
            .lines()
            .find(|l| l.ends_with(matter))
            .unwrap_or_else(|| panic!("{matter}"));
        columns.insert(line[..line.len() - matter.len()].width());
    }
    assert_eq!(columns.len(), 1, "{columns:?}\n{text}");
}

#[test]
fn a_bad_date_or_missing_file_is_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(dir.path());
    let out = chairdesk(&["agenda", "--db", &db, "--date", "2026-13-01"], dir.path());
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("2026-13-01"));
    let missing = dir.path().join("none.db");
    let out = chairdesk(&["agenda", "--db", missing.to_str().unwrap()], dir.path());
    assert!(!out.status.success());
    assert!(!missing.exists(), "agenda never creates a file");
}

#[test]
fn english_words_with_the_same_codes() {
    let dir = tempfile::tempdir().unwrap();
    let db = demo_file(dir.path());
    let out = chairdesk(&["agenda", "--db", &db, "--lang", "en"], dir.path());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.contains("to do today") && text.contains("【Replies overdue】"),
        "{text}"
    );
}
