//! Render tests of the roster pane on ratatui's TestBackend with the demo
//! township: list, structure statistics, duty record, forms, at 80x24 and
//! 120x40, Chinese columns aligned, nothing wider than the screen.

use chairdesk::storage::Db;
use chairdesk::ui::app::{App, ROSTER};
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
    set_lang(Lang::Zh);
    let mut db = Db::open_in_memory().unwrap();
    db.load_demo(today(), 1).unwrap();
    db.set_setting("welcomed", "2026-11-22").unwrap();
    let mut app = App::new(
        db,
        today(),
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    app.show_pane(ROSTER);
    app
}

fn draw(app: &mut App, w: u16, h: u16) -> Vec<String> {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let frame = term.draw(|f| app.draw(f)).unwrap();
    buffer_lines(frame.buffer)
}

fn key(app: &mut App, code: KeyCode) {
    app.handle_key(&KeyEvent::new(code, KeyModifiers::NONE));
}

fn keys(app: &mut App, text: &str) {
    for c in text.chars() {
        key(app, KeyCode::Char(c));
    }
}

fn ctrl(app: &mut App, c: char) {
    app.handle_key(&KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
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

fn fits(lines: &[String], w: u16) {
    for l in lines {
        assert!(width(l) <= usize::from(w), "too wide: {l}");
    }
}

#[test]
fn the_list_shows_groups_with_counts_and_aligned_columns() {
    let mut app = demo_app();
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        fits(&lines, w);
        let text = lines.join("\n");
        assert!(text.contains("第一组（镇区）"), "{text}");
        assert!(text.contains("m 调组") && text.contains("s 统计"), "{text}");
        let header = lines.iter().find(|l| l.contains("政治面貌")).unwrap();
        let age_col = column_of(header, "年龄").unwrap();
        let phone_col = column_of(header, "电话").expect("phone shows at 80 columns");
        let rows: Vec<&String> = lines
            .iter()
            .filter(|l| l.starts_with('│') && text_at(l, phone_col).starts_with('1'))
            .collect();
        assert!(rows.len() >= 15, "{text}");
        for row in rows {
            let age = text_at(row, age_col);
            assert!(
                age.trim_start().chars().next().unwrap().is_ascii_digit(),
                "{w}x{h} age misaligned: {row}"
            );
        }
        if w >= 120 {
            assert!(
                header.contains("选区") && header.contains("状态"),
                "{header}"
            );
        }
    }
}

#[test]
fn sorting_by_age_orders_the_rows_and_marks_the_column() {
    let mut app = demo_app();
    keys(&mut app, "ooo"); // 姓名, 性别, 年龄
    let lines = draw(&mut app, 120, 40);
    let text = lines.join("\n");
    assert!(text.contains("按年龄排序（升序）"), "{text}");
    let header = lines.iter().find(|l| l.contains("政治面貌")).unwrap();
    let col = column_of(header, "年龄").unwrap();
    let ages: Vec<i32> = lines
        .iter()
        .skip_while(|l| !l.contains("政治面貌"))
        .skip(1)
        .filter_map(|l| {
            let t = text_at(l, col.saturating_sub(2));
            t.split_whitespace().next()?.parse().ok()
        })
        .collect();
    assert!(ages.len() > 20, "{ages:?}");
    assert!(ages.windows(2).all(|p| p[0] <= p[1]), "{ages:?}");
    key(&mut app, KeyCode::Char('O'));
    let lines = draw(&mut app, 120, 40);
    assert!(lines.iter().any(|l| l.contains("按年龄排序（降序）")));
}

#[test]
fn search_finds_a_deputy_by_pinyin_initials() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('/'));
    keys(&mut app, "sjf");
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(text.contains("孙进峰"), "{text}");
    assert!(!text.contains("黄进保"), "{text}");
    assert!(text.contains("搜索：sjf"), "{text}");
}

#[test]
fn structure_statistics_show_shares_and_bars_for_the_township_and_a_group() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('s'));
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        fits(&lines, w);
        let text = lines.join("\n");
        assert!(text.contains("代表结构 · 全镇"), "{text}");
        assert!(text.contains("妇女") && text.contains("党员"), "{text}");
        assert!(text.contains("性别（") && text.contains('█'), "{text}");
    }
    let wide = draw(&mut app, 120, 40).join("\n");
    assert!(
        wide.contains("35岁以下") && wide.contains("文化程度"),
        "{wide}"
    );
    key(&mut app, KeyCode::Right);
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(text.contains("代表结构 · 第一代表小组"), "{text}");
    key(&mut app, KeyCode::Esc);
    assert!(draw(&mut app, 80, 24).join("\n").contains("全体代表"));
}

#[test]
fn the_duty_record_lists_tallies_requirements_and_contacts() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('p'));
    for (w, h) in [(80u16, 24u16), (120, 40)] {
        let lines = draw(&mut app, w, h);
        fits(&lines, w);
        let text = lines.join("\n");
        assert!(text.contains("履职档案 · 孙进峰"), "{text}");
        assert!(text.contains("出席率") && text.contains("人次"), "{text}");
        assert!(
            text.contains("年度要求") && text.contains("联系选民记录"),
            "{text}"
        );
    }
    key(&mut app, KeyCode::Left);
    assert!(draw(&mut app, 80, 24).join("\n").contains("2025年"));
}

#[test]
fn a_new_deputy_is_typed_in_chinese_saved_and_selected() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "吕小梅");
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| app.draw(f)).unwrap();
    let cursor = term.get_cursor_position().unwrap();
    let lines = buffer_lines(term.backend().buffer());
    let row = &lines[usize::from(cursor.y)];
    let at = text_at(row, usize::from(cursor.x) - 6);
    assert!(at.starts_with("吕小梅"), "cursor after the name: {row}");
    // Enter moves on; it never saves.
    for _ in 0..3 {
        key(&mut app, KeyCode::Enter);
    }
    keys(&mut app, "1980.05");
    ctrl(&mut app, 's');
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(text.contains("已新增代表吕小梅"), "{text}");
    assert!(
        text.contains("吕小梅   女") || text.contains("吕小梅   男"),
        "{text}"
    );
}

#[test]
fn bad_input_gets_a_clear_answer_beside_the_field() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('n'));
    ctrl(&mut app, 's');
    assert!(draw(&mut app, 80, 24).join("\n").contains("必填"));
    keys(&mut app, "王五");
    for _ in 0..3 {
        key(&mut app, KeyCode::Enter);
    }
    keys(&mut app, "2010.01");
    ctrl(&mut app, 's');
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(text.contains("须年满 18 岁"), "{text}");
    for _ in 0..7 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "2030年1月");
    ctrl(&mut app, 's');
    assert!(draw(&mut app, 80, 24).join("\n").contains("不能晚于本月"));
    for _ in 0..7 {
        key(&mut app, KeyCode::Backspace);
    }
    keys(&mut app, "1975.3");
    // A phone that is no number: saved, with a warning.
    for _ in 0..8 {
        key(&mut app, KeyCode::Enter);
    }
    keys(&mut app, "8888");
    ctrl(&mut app, 's');
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(
        text.contains("已新增代表王五") && text.contains("8888"),
        "{text}"
    );
}

#[test]
fn the_same_name_and_birth_month_asks_first() {
    let mut app = demo_app();
    // The first deputy listed is 孙进峰; copy him as a new entry.
    key(&mut app, KeyCode::Char('e'));
    let form = draw(&mut app, 80, 24).join("\n");
    assert!(form.contains("修改代表：孙进峰"), "{form}");
    key(&mut app, KeyCode::Esc);
    let birth = {
        key(&mut app, KeyCode::Enter);
        let text = draw(&mut app, 80, 24).join("\n");
        key(&mut app, KeyCode::Esc);
        let line = text
            .lines()
            .find(|l| l.contains("出生年月"))
            .unwrap()
            .to_owned();
        line.split_whitespace()
            .find(|w| w.len() == 7 && w.as_bytes()[4] == b'-')
            .unwrap()
            .to_owned()
    };
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "孙进峰");
    for _ in 0..3 {
        key(&mut app, KeyCode::Enter);
    }
    keys(&mut app, &birth);
    ctrl(&mut app, 's');
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(text.contains("可能重复"), "{text}");
    // No: back to the form, nothing saved.
    key(&mut app, KeyCode::Char('n'));
    let text = draw(&mut app, 80, 24).join("\n");
    assert!(
        text.contains("新增代表") && !text.contains("可能重复"),
        "{text}"
    );
    ctrl(&mut app, 's');
    key(&mut app, KeyCode::Char('y'));
    assert!(
        draw(&mut app, 80, 24)
            .join("\n")
            .contains("已新增代表孙进峰")
    );
}

#[test]
fn deleting_a_deputy_with_records_is_refused_with_the_reason() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('d'));
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(
        text.contains("孙进峰已有履职记录，不能删除") && text.contains("终止任期"),
        "{text}"
    );
    assert!(text.contains("孙进峰   男"), "still listed: {text}");
}

#[test]
fn ending_a_term_hides_the_deputy_until_shown() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('t'));
    assert!(
        draw(&mut app, 80, 24)
            .join("\n")
            .contains("终止任期：孙进峰")
    );
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    keys(&mut app, "工作调动");
    ctrl(&mut app, 's');
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(text.contains("孙进峰已离任（辞职"), "{text}");
    assert!(!text.contains("孙进峰   男"), "{text}");
    key(&mut app, KeyCode::Char('f'));
    key(&mut app, KeyCode::End);
    let text = draw(&mut app, 120, 40).join("\n");
    assert!(
        text.contains("（含离任）") && text.contains("辞职"),
        "{text}"
    );
}

#[test]
fn no_view_panics_at_any_size() {
    let mut app = demo_app();
    let views: [&[KeyCode]; 5] = [
        &[],
        &[KeyCode::Char('s')],
        &[KeyCode::Char('s'), KeyCode::Char('p')],
        &[KeyCode::Char('p'), KeyCode::Char('n')],
        &[KeyCode::Esc, KeyCode::Esc, KeyCode::Char('n')],
    ];
    for keys_ in views {
        for k in keys_ {
            key(&mut app, *k);
        }
        for w in (1..=130).step_by(9) {
            for h in (1..=45).step_by(5) {
                draw(&mut app, w, h);
            }
        }
    }
}
