//! County-scale data (issue 10): the generator's counts and determinism,
//! and every pane drawn on it at 80x24 without error. Timings belong to
//! `cargo bench`, not here.

use chairdesk::storage::Db;
use chairdesk::ui::app::App;
use chairdesk::ui::buffer_lines;
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::theme::Theme;
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

#[test]
fn the_county_is_the_promised_size_the_same_for_a_seed_and_every_pane_draws() {
    let dir = tempfile::tempdir().unwrap();
    let write = |name: &str, seed: u64| {
        let path = dir.path().join(name);
        let (mut db, _) = Db::open(&path).unwrap();
        let summary = db.load_county_demo(today(), seed).unwrap();
        (path, summary, db)
    };
    let (path_a, s, db) = write("a.db", 5);
    assert_eq!(s.townships, 20);
    assert!((140..=160).contains(&s.groups), "{s:?}");
    assert!((1900..=2100).contains(&s.deputies), "{s:?}");
    assert!((27_000..=33_000).contains(&s.activities), "{s:?}");
    assert!((270_000..=330_000).contains(&s.attendance), "{s:?}");
    assert!((90_000..=110_000).contains(&s.voter_contacts), "{s:?}");
    assert!((18_000..=22_000).contains(&s.motions), "{s:?}");
    assert!((9_000..=11_000).contains(&s.spot_checks), "{s:?}");
    let report = db.check().unwrap();
    assert!(report.is_sound(), "{:?}", report.foreign_keys.first());
    let counted = |t: &str| report.counts.iter().find(|(n, _)| *n == t).unwrap().1 as usize;
    assert_eq!(counted("attendance"), s.attendance);
    assert_eq!(counted("motion"), s.motions);

    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    for pane in 0..5 {
        app.show_pane(pane);
        for code in [
            KeyCode::PageDown,
            KeyCode::End,
            KeyCode::Enter,
            KeyCode::Esc,
        ] {
            app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
        }
        app.show_pane(pane);
        let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
        let frame = term.draw(|f| app.draw(f)).unwrap();
        let lines = buffer_lines(frame.buffer);
        assert_eq!(lines.len(), 24);
        assert!(lines[0].contains("今日"), "pane {pane}: {}", lines[0]);
        assert!(
            !lines.last().unwrap().contains("数据库出错"),
            "pane {pane}: {}",
            lines.last().unwrap()
        );
    }
    drop(app);

    let (path_b, _, db_b) = write("b.db", 5);
    drop(db_b);
    assert_eq!(
        std::fs::read(&path_a).unwrap(),
        std::fs::read(&path_b).unwrap(),
        "same seed, same file"
    );
    let (_, other, _) = write("c.db", 6);
    assert_ne!(other, s, "another seed, another county");
}
