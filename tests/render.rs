//! Render tests on ratatui's TestBackend with the demo township: every pane
//! at 80x24 and 120x40, Chinese columns aligned, borders intact, any size
//! drawn without panic.

use chairdesk::storage::Db;
use chairdesk::ui::app::App;
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::text::{Lang, set_lang};
use chairdesk::ui::theme::Theme;
use chairdesk::ui::{buffer_lines, widgets::cells::width};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn demo_app() -> App {
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    )
}

fn draw(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    buffer_lines(frame.buffer)
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

/// The display column where `needle` starts in `line`.
fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| width(&line[..i]))
}

/// The text starting at display column `col`.
fn text_at(line: &str, col: usize) -> String {
    let mut used = 0;
    for (i, c) in line.char_indices() {
        if used >= col {
            return line[i..].to_owned();
        }
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    String::new()
}

#[test]
fn every_pane_fills_80x24_and_120x40_with_borders_intact() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        for pane in 0..5 {
            app.show_pane(pane);
            let lines = draw(&mut app, w, h);
            assert_eq!(lines.len(), usize::from(h));
            for (y, line) in lines.iter().enumerate() {
                assert!(
                    width(line) <= usize::from(w),
                    "pane {pane} row {y} too wide: {line}"
                );
            }
            // Rows inside the pane's table end on the right border.
            let bordered: Vec<&String> = lines[1..lines.len() - 1]
                .iter()
                .filter(|l| l.starts_with('│'))
                .collect();
            assert!(!bordered.is_empty(), "pane {pane} at {w}x{h}");
            for line in bordered {
                assert_eq!(width(line), usize::from(w), "pane {pane} {w}x{h}: {line}");
                assert!(line.ends_with('│'), "pane {pane} {w}x{h}: {line}");
            }
            let tabs = &lines[0];
            assert!(tabs.contains("今日") && tabs.contains("议案建议"), "{tabs}");
            assert!(lines[lines.len() - 1].contains("2026-11-22"));
        }
    }
}

#[test]
fn roster_columns_stay_aligned_with_chinese_names() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    app.show_pane(chairdesk::ui::app::ROSTER);
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        let header = lines
            .iter()
            .find(|l| l.contains("性别"))
            .expect("header row");
        let gender_col = column_of(header, "性别").unwrap();
        let party_col = column_of(header, "政治面貌").unwrap();
        let rows: Vec<&String> = lines
            .iter()
            .filter(|l| {
                let t = text_at(l, gender_col);
                t.starts_with('男') || t.starts_with('女')
            })
            .collect();
        assert!(
            rows.len() >= 15,
            "{w}x{h}: most rows show a gender at the header's column:\n{}",
            lines.join("\n")
        );
        for row in rows {
            let party = text_at(row, party_col);
            assert!(
                ["中共", "群众", "共青", "民主", "无党"]
                    .iter()
                    .any(|p| party.starts_with(p)),
                "{w}x{h}: party column misaligned: {row}"
            );
        }
    }
}

#[test]
fn the_docket_marks_overdue_items_and_lists_what_is_due_first() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    app.show_pane(chairdesk::ui::app::DOCKET);
    let lines = draw(&mut app, 120, 40);
    let text = lines.join("\n");
    assert!(text.contains("答复期限") && text.contains("-建-"), "{text}");
}

#[test]
fn english_is_an_option() {
    set_lang(Lang::En);
    let mut app = demo_app();
    let lines = draw(&mut app, 120, 40);
    set_lang(Lang::Zh);
    assert!(
        lines[0].contains("Today") && lines[0].contains("Motions"),
        "{}",
        lines[0]
    );
}

#[test]
fn help_lists_the_keys_of_the_active_keymap() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    press(&mut app, KeyCode::Char('?'));
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(
        text.contains("按键一览") && text.contains("Shift+Tab") && text.contains("下一个页面"),
        "{text}"
    );
    press(&mut app, KeyCode::Esc);
    assert!(!draw(&mut app, 80, 24).join("\n").contains("按键一览"));

    let mut db = Db::open_in_memory().unwrap();
    db.set_setting("welcomed", "x").unwrap();
    let (vim, errors) = Keymap::load("vim", None);
    assert!(errors.is_empty());
    let mut app = App::new(db, today(), vim, Theme::default());
    press(&mut app, KeyCode::Char('?'));
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(text.contains("k / ↑") && text.contains("j / ↓"), "{text}");
}

#[test]
fn a_new_file_greets_the_chair_and_offers_demo_data() {
    set_lang(Lang::Zh);
    let db = Db::open_in_memory().unwrap();
    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(
        text.contains("欢迎") && text.contains("载入演示数据") && text.contains(":memory:"),
        "{text}"
    );
    press(&mut app, KeyCode::Char('d'));
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(!text.contains("欢迎"), "{text}");
    assert!(text.contains("演示数据已载入"), "{text}");
    app.show_pane(chairdesk::ui::app::ROSTER);
    assert!(draw(&mut app, 80, 24).iter().any(|l| l.contains("组长")));
}

#[test]
fn small_terminals_get_a_notice_and_no_size_panics() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    let text = draw(&mut app, 50, 10).join("\n");
    assert!(text.contains("窗口太小"), "{text}");
    press(&mut app, KeyCode::Char('?'));
    for w in (1..=130).step_by(7) {
        for h in (1..=45).step_by(4) {
            for pane in 0..5 {
                app.show_pane(pane);
                draw(&mut app, w, h);
            }
        }
    }
}

#[test]
fn ascii_borders_use_no_box_drawing_characters() {
    set_lang(Lang::Zh);
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    db.set_setting("welcomed", "x").unwrap();
    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default().with_ascii_borders(true),
    );
    for pane in 0..5 {
        app.show_pane(pane);
        let text = draw(&mut app, 80, 24).join("\n");
        assert!(!text.contains(['┌', '┐', '└', '┘', '─']), "{text}");
        assert!(text.contains('+') && text.contains('|'));
    }
}

#[test]
fn every_pane_exports_the_list_it_shows() {
    set_lang(Lang::Zh);
    let mut app = demo_app();
    for pane in 0..5 {
        app.show_pane(pane);
        let table = app
            .active_export()
            .expect("every pane has a list to export");
        assert!(!table.rows.is_empty(), "pane {pane}: {}", table.title);
        assert!(
            table.rows.iter().all(|r| r.len() == table.columns.len()),
            "pane {pane}"
        );
    }
}

#[test]
fn a_review_line_about_a_deputy_opens_that_deputy_in_the_roster() {
    use chairdesk::storage::today::RecordRef;
    use chairdesk::ui::panes::{Pane, roster::RosterPane};
    set_lang(Lang::Zh);
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    let deputies = db.roster_deputies(false).unwrap();
    let target = &deputies[deputies.len() / 2];
    let mut pane = RosterPane::new(&Theme::default());
    pane.reload(&db, today()).unwrap();
    assert!(
        pane.focus_record(&db, RecordRef::Deputy(target.id))
            .unwrap()
    );
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let keymap = Keymap::preset("default").unwrap();
    let frame = term
        .draw(|f| {
            let ctx = chairdesk::ui::panes::RenderCtx {
                theme: &Theme::default(),
                keymap: &keymap,
                today: today(),
            };
            pane.render(f, f.area(), &ctx);
        })
        .unwrap();
    // The selected (reversed) row holds the deputy's name.
    let buf = frame.buffer;
    let selected_row = (0..buf.area.height)
        .find(|&y| {
            (buf.area.width / 3..buf.area.width).any(|x| {
                buf[(x, y)]
                    .modifier
                    .contains(ratatui::style::Modifier::REVERSED)
            })
        })
        .expect("a selected row");
    let text = buffer_lines(buf)[usize::from(selected_row)].clone();
    assert!(text.contains(&target.data.name), "{text}");
}

#[test]
fn the_history_key_shows_the_selected_records_changes() {
    use chairdesk::storage::today::RecordRef;
    use chairdesk::ui::panes::{Pane, roster::RosterPane};
    set_lang(Lang::Zh);
    let dir = tempfile::tempdir().unwrap();
    let (mut db, _) = Db::open(&dir.path().join("h.db")).unwrap();
    db.load_demo(today(), 1).unwrap();
    let d = db.roster_deputies(false).unwrap().remove(3);
    let mut changed = d.data.clone();
    changed.phone = "13800000000".into();
    db.update_deputy(d.id, &changed).unwrap();
    let mut pane = RosterPane::new(&Theme::default());
    pane.reload(&db, today()).unwrap();
    pane.focus_record(&db, RecordRef::Deputy(d.id)).unwrap();
    assert_eq!(
        pane.selected_record(),
        Some(("deputy", d.id, d.data.name.clone()))
    );
    let history = db.record_history("deputy", d.id).unwrap();
    assert_eq!(history.len(), 1, "{history:?}");

    // Through the shell: the history key opens that record's history.
    drop(pane);
    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    app.show_pane(chairdesk::ui::app::ROSTER);
    assert!(app.focus(RecordRef::Deputy(d.id)));
    app.handle_key(&KeyEvent::new(KeyCode::Char('r'), KeyModifiers::CONTROL));
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(
        text.contains(&format!("{} 的修改记录", d.data.name)),
        "{text}"
    );
    assert!(text.contains("13800000000"), "{text}");
}

#[test]
fn recording_the_chairs_contact_clears_the_monthly_reminder() {
    use chairdesk::storage::roster::ChairContactInput;
    use chairdesk::storage::today::{ReviewKind, ReviewNote};
    let december = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    let month_line = |db: &Db| {
        db.today_review(december).unwrap().into_iter().any(|l| {
            l.kind == ReviewKind::ChairContact && matches!(l.note, ReviewNote::ChairMonth { .. })
        })
    };
    assert!(month_line(&db), "no contact yet in December");
    let deputy = db.roster_deputies(false).unwrap()[0].id;
    db.add_chair_contact(&ChairContactInput {
        deputy_id: deputy,
        contacted_on: NaiveDate::from_ymd_opt(2026, 12, 3).unwrap(),
        mode: "走访".into(),
        summary: "了解小组活动安排".into(),
    })
    .unwrap();
    assert!(!month_line(&db), "the month's contact is recorded");
}
