//! The calendar pane on ratatui's TestBackend with the demo township:
//! month grids with today and activity days, aligned Chinese columns, the
//! compliance colours, the attendance sheet, the holiday table, and no
//! panic at any size with any box open.

use chairdesk::storage::Db;
use chairdesk::storage::calendar::{ActivityInput, AttendanceMark};
use chairdesk::ui::app::{App, CALENDAR};
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::text::{Lang, set_lang};
use chairdesk::ui::theme::Theme;
use chairdesk::ui::{buffer_lines, widgets::cells::width};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::style::{Color, Modifier};

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 22).unwrap()
}

fn demo_db() -> Db {
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    db
}

fn app(db: Db) -> App {
    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    app.show_pane(CALENDAR);
    app
}

fn draw(app: &mut App, w: u16, h: u16) -> (Vec<String>, Buffer) {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    (buffer_lines(frame.buffer), frame.buffer.clone())
}

fn press(app: &mut App, code: KeyCode) {
    app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
}

fn column_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|i| width(&line[..i]))
}

/// The buffer cell where `needle` starts on row `y`.
fn cell_of(lines: &[String], y: usize, needle: &str) -> (u16, u16) {
    let x = column_of(&lines[y], needle).unwrap_or_else(|| panic!("{needle} in {}", lines[y]));
    (x as u16, y as u16)
}

#[test]
fn the_quarter_shows_three_months_with_today_and_activity_days() {
    set_lang(Lang::Zh);
    let mut app = app(demo_db());
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, buf) = draw(&mut app, w, h);
        let text = lines.join("\n");
        for m in ["2026年10月", "2026年11月", "2026年12月"] {
            assert!(text.contains(m), "{w}x{h}: {m}\n{text}");
        }
        assert!(text.contains("2026年第四季度活动"), "{text}");
        for line in &lines {
            assert!(width(line) <= usize::from(w), "{line}");
        }
        // The week row holding 22 November: today underlined and selected.
        let y = lines
            .iter()
            .position(|l| l.contains("16*17 18!19!20*21 22"))
            .unwrap_or_else(|| panic!("{w}x{h}\n{text}"));
        let (x, y) = cell_of(&lines, y, "19!20*21 22");
        let today = &buf[(x + 9, y)];
        assert_eq!(today.symbol(), "2");
        assert!(today.modifier.contains(Modifier::UNDERLINED), "{today:?}");
        assert!(today.modifier.contains(Modifier::REVERSED), "{today:?}");
        // 20 November has a held activity: marked and green.
        assert_eq!(buf[(x + 3, y)].fg, Color::Green);
        assert_eq!(buf[(x + 5, y)].symbol(), "*");
        // 19 November needs action (a planned activity not recorded): red.
        assert_eq!(buf[(x, y)].fg, Color::Red);
    }
}

#[test]
fn list_columns_stay_aligned_with_chinese_text() {
    set_lang(Lang::Zh);
    let mut app = app(demo_db());
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, _) = draw(&mut app, w, h);
        let header = lines
            .iter()
            .find(|l| l.contains("类别") && l.contains("提醒"))
            .unwrap();
        let kind = column_of(header, "类别").unwrap();
        let status = column_of(header, "状态").unwrap();
        let rows: Vec<&String> = lines.iter().filter(|l| l.starts_with("│2026-")).collect();
        assert!(rows.len() >= 8, "{w}x{h}");
        for row in rows {
            let at = |c: usize| chairdesk_text_at(row, c);
            assert!(
                [
                    "视察", "调研", "执法", "工作", "学习", "座谈", "接待", "走访", "向选", "会议",
                    "其他"
                ]
                .iter()
                .any(|k| at(kind).starts_with(k)),
                "{w}x{h} kind misaligned: {row}"
            );
            assert!(
                ["计划", "已举行", "取消"]
                    .iter()
                    .any(|s| at(status).starts_with(s)),
                "{w}x{h} status misaligned: {row}"
            );
        }
    }
}

fn chairdesk_text_at(line: &str, col: usize) -> String {
    let mut used = 0;
    for (i, c) in line.char_indices() {
        if used >= col {
            return line[i..].to_owned();
        }
        used += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    String::new()
}

/// Demo data plus a held activity of the first group today, with attendance.
fn with_held_activity() -> Db {
    let mut db = demo_db();
    let g = db.calendar_groups().unwrap()[0].id;
    let id = db
        .add_activity(&ActivityInput {
            kind: "座谈".into(),
            topic: "学习代表法座谈会".into(),
            starts_on: today(),
            ends_on: today(),
            start_time: String::new(),
            days: 1.0,
            place: String::new(),
            group_id: Some(g),
            status: "已举行".into(),
            record: String::new(),
            archived: false,
        })
        .unwrap();
    let marks: Vec<AttendanceMark> = db
        .attendance_sheet(id)
        .unwrap()
        .iter()
        .map(|l| AttendanceMark {
            deputy_id: l.deputy_id,
            status: "出席".into(),
            reason: String::new(),
            spoke: false,
        })
        .collect();
    db.save_attendance(id, &marks).unwrap();
    db
}

#[test]
fn the_compliance_matrix_turns_from_amber_to_green() {
    set_lang(Lang::Zh);
    let fg_of_q4 = |db: Db| {
        let mut app = app(db);
        press(&mut app, KeyCode::Char('c'));
        let (lines, buf) = draw(&mut app, 80, 24);
        let header = lines.iter().position(|l| l.contains("四季度")).unwrap();
        let q4 = column_of(&lines[header], "四季度").unwrap() as u16;
        let y = lines
            .iter()
            .position(|l| l.contains("第一代表小组"))
            .unwrap();
        let missed = lines.iter().any(|l| l.contains("未达标"));
        (
            buf[(q4, y as u16)].fg,
            chairdesk_text_at(&lines[y], q4 as usize),
            missed,
        )
    };
    let (before, text, missed) = fg_of_q4(demo_db());
    assert_eq!(before, Color::Yellow, "{text}");
    assert!(text.starts_with("0 剩40天"), "{text}");
    assert!(missed, "the demo has a missed quarter in red");
    let (after, text, _) = fg_of_q4(with_held_activity());
    assert_eq!(after, Color::Green, "{text}");
    assert!(text.starts_with("1 达标"), "{text}");
}

#[test]
fn the_attendance_sheet_lists_the_group_and_asks_a_reason_for_leave() {
    set_lang(Lang::Zh);
    let mut app = app(with_held_activity());
    press(&mut app, KeyCode::Char('a'));
    let (lines, _) = draw(&mut app, 80, 24);
    let text = lines.join("\n");
    assert!(text.contains("出勤：2026-11-22 学习代表法座谈会"), "{text}");
    let header = lines.iter().find(|l| l.contains("请假事由")).unwrap();
    let mark = column_of(header, "出勤").unwrap();
    let rows: Vec<&String> = lines
        .iter()
        .filter(|l| l.contains("第一代表小组"))
        .collect();
    assert!(rows.len() >= 9, "{text}");
    for r in rows {
        assert!(chairdesk_text_at(r, mark).starts_with("出席"), "{r}");
    }
    press(&mut app, KeyCode::Char(' '));
    let (lines, _) = draw(&mut app, 80, 24);
    assert!(lines.join("\n").contains("请假事由："));
    // Giving up the reason moves past 请假 to 缺席.
    press(&mut app, KeyCode::Esc);
    let (lines, _) = draw(&mut app, 80, 24);
    assert!(lines.join("\n").contains("缺席1"), "{}", lines.join("\n"));
    // Unsaved marks: leaving asks first.
    press(&mut app, KeyCode::Esc);
    let (lines, _) = draw(&mut app, 80, 24);
    assert!(lines.join("\n").contains("尚未保存"));
    press(&mut app, KeyCode::Char('y'));
    let (lines, _) = draw(&mut app, 80, 24);
    assert!(lines.join("\n").contains("2026年第四季度活动"));
}

#[test]
fn a_bad_activity_is_refused_beside_its_field() {
    set_lang(Lang::Zh);
    let mut app = app(demo_db());
    press(&mut app, KeyCode::Char('n'));
    press(&mut app, KeyCode::Tab);
    for c in "调研".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    for c in "2026-11-01".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Tab);
    press(&mut app, KeyCode::Backspace);
    press(&mut app, KeyCode::Char('0'));
    ctrl(&mut app, 's');
    let (lines, _) = draw(&mut app, 120, 40);
    let text = lines.join("\n");
    assert!(text.contains("结束日期早于开始日期"), "{text}");
    assert!(text.contains("天数应大于 0"), "{text}");
    assert!(text.contains("新建活动"), "the form stays open: {text}");
}

#[test]
fn the_holiday_table_shows_a_year_and_says_when_one_is_missing() {
    set_lang(Lang::Zh);
    let mut app = app(demo_db());
    press(&mut app, KeyCode::Char('h'));
    let (lines, _) = draw(&mut app, 80, 24);
    let text = lines.join("\n");
    assert!(text.contains("2026年节假日安排（39天）"), "{text}");
    assert!(text.contains("调休上班") && text.contains("春节"), "{text}");
    press(&mut app, KeyCode::Right);
    let (lines, _) = draw(&mut app, 80, 24);
    assert!(lines.join("\n").contains("2027年的节假日安排尚未载入"));
    press(&mut app, KeyCode::Char('i'));
    for c in "/no/such/file.csv".chars() {
        press(&mut app, KeyCode::Char(c));
    }
    ctrl(&mut app, 's');
    let (lines, _) = draw(&mut app, 120, 40);
    assert!(
        lines.join("\n").contains("无法读取文件"),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn the_rota_flags_late_notices() {
    set_lang(Lang::Zh);
    let mut app = app(demo_db());
    press(&mut app, KeyCode::Char('r'));
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let (lines, _) = draw(&mut app, w, h);
        let text = lines.join("\n");
        assert!(text.contains("2026年接待日"), "{text}");
        for line in &lines {
            assert!(width(line) <= usize::from(w));
        }
    }
    let (lines, _) = draw(&mut app, 120, 40);
    assert!(
        lines.iter().any(|l| l.contains("公告逾期")),
        "{}",
        lines.join("\n")
    );
}

#[test]
fn no_size_panics_with_any_view_or_box_open() {
    set_lang(Lang::Zh);
    let mut app = app(with_held_activity());
    let setups: [&[KeyCode]; 7] = [
        &[],
        &[KeyCode::Char('n')],
        &[KeyCode::Char('a')],
        &[KeyCode::Char('a'), KeyCode::Char(' ')],
        &[KeyCode::Char('c')],
        &[KeyCode::Char('r'), KeyCode::Char('g')],
        &[KeyCode::Char('h'), KeyCode::Char('i')],
    ];
    for keys in setups {
        let mut app2 = app_from_keys(keys);
        for w in (1..=130).step_by(9) {
            for h in (1..=45).step_by(5) {
                draw(&mut app2, w, h);
            }
        }
    }
    set_lang(Lang::En);
    let (lines, _) = draw(&mut app, 120, 40);
    set_lang(Lang::Zh);
    assert!(
        lines.join("\n").contains("2026 Q4 activities"),
        "{}",
        lines.join("\n")
    );
}

fn app_from_keys(keys: &[KeyCode]) -> App {
    let mut app = app(with_held_activity());
    for k in keys {
        press(&mut app, *k);
    }
    app
}
