//! Widgets drawn on ratatui's TestBackend with Chinese data.

use chairdesk::ui::action::Action;
use chairdesk::ui::theme::Theme;
use chairdesk::ui::widgets::{
    Align, ColWidth, Column, Confirm, Field, Form, FormOutcome, Table, TableState, TextInput, width,
};
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::{Backend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;

/// The buffer as text lines. A wide character's second cell is skipped, so
/// each line reads as the terminal shows it.
fn lines(buf: &Buffer) -> Vec<String> {
    let a = buf.area;
    (a.top()..a.bottom())
        .map(|y| {
            let mut s = String::new();
            let mut x = a.left();
            while x < a.right() {
                let sym = buf[(x, y)].symbol();
                s.push_str(sym);
                x += width(sym).max(1) as u16;
            }
            s
        })
        .collect()
}

/// Display column where `needle` starts in `line`, if present.
fn col_of(line: &str, needle: &str) -> Option<usize> {
    line.find(needle).map(|b| width(&line[..b]))
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn columns() -> Vec<Column> {
    vec![
        Column::new("姓名", ColWidth::Fixed(8), Align::Left),
        Column::new("单位", ColWidth::Min(12), Align::Left),
        Column::new("电话", ColWidth::Fixed(11), Align::Right),
        Column::new("届别", ColWidth::Min(6), Align::Center),
    ]
}

fn rows(n: usize) -> Vec<Vec<String>> {
    let names = ["张三", "欧阳娜娜", "Li Lei", "王五x", "诸葛孔明先生", "A"];
    let units = [
        "东村村委会",
        "Xicun 合作社",
        "镇卫生院",
        "ABC",
        "南湖小学教师",
    ];
    (0..n)
        .map(|i| {
            vec![
                names[i % names.len()].to_string(),
                units[i % units.len()].to_string(),
                format!("1380000{:04}", i),
                format!("第{}届", i % 3 + 17),
            ]
        })
        .collect()
}

fn draw_table(w: u16, h: u16, data: &[Vec<String>], state: &mut TableState) -> Buffer {
    let cols = columns();
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| {
        Table::new(&cols, data).title("代表名册").render(
            f.area(),
            f.buffer_mut(),
            state,
            &Theme::default(),
        );
    })
    .unwrap();
    term.backend().buffer().clone()
}

#[test]
fn table_columns_align_with_mixed_text() {
    for (w, h) in [(80, 24), (120, 40)] {
        let data = rows(60);
        let mut state = TableState::default();
        let buf = draw_table(w, h, &data, &mut state);
        let text = lines(&buf);
        let header = &text[1];
        let unit_x = col_of(header, "单位").unwrap();
        // Right-aligned: the title ends where the numbers end.
        let phone_end = col_of(header, "电话").unwrap() + width("电话");
        let visible = Table::visible_rows(buf.area);
        assert_eq!(visible, usize::from(h) - 3);
        for (i, row) in data.iter().take(visible).enumerate() {
            let line = &text[2 + i];
            assert_eq!(width(line), usize::from(w), "{line}");
            let unit = width_prefix(&row[1], 4);
            assert_eq!(col_of(line, &unit), Some(unit_x), "{w}x{h} row {i}: {line}");
            // Right-aligned phone numbers end in the same column.
            let end = col_of(line, &row[2]).unwrap() + width(&row[2]);
            assert_eq!(end, phone_end, "{line}");
        }
    }
}

/// The first characters of `s`, up to `cells` display cells.
fn width_prefix(s: &str, cells: usize) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if width(&out) + width(&c.to_string()) > cells {
            break;
        }
        out.push(c);
    }
    out
}

#[test]
fn long_cells_are_cut_with_ellipsis() {
    let data = rows(6);
    let mut state = TableState::default();
    let text = lines(&draw_table(80, 24, &data, &mut state));
    // 诸葛孔明先生 is 12 cells in an 8-cell column.
    assert!(text[6].contains("诸葛孔… "), "{}", text[6]);
    assert!(!text.join("").contains("诸葛孔明"));
}

#[test]
fn selection_stays_visible_after_end() {
    let data = rows(60);
    let mut state = TableState::default();
    let page = Table::visible_rows(Rect::new(0, 0, 80, 24));
    assert!(state.apply(Action::End, data.len(), page));
    let buf = draw_table(80, 24, &data, &mut state);
    let text = lines(&buf);
    let last_phone = &data[59][2];
    let y = text
        .iter()
        .position(|l| l.contains(last_phone.as_str()))
        .expect("last row shown");
    assert_eq!(y, 22, "last row sits just above the bottom border");
    assert!(buf[(1, y as u16)].modifier.contains(Modifier::REVERSED));
    assert!(
        buf[(78, y as u16)].modifier.contains(Modifier::REVERSED),
        "full-width highlight"
    );
    assert!(text[23].contains("60/60"), "{}", text[23]);
    assert_eq!(state.offset, 60 - page);
    // PageUp then Home bring the view back.
    state.apply(Action::PageUp, 60, page);
    let text = lines(&draw_table(80, 24, &data, &mut state));
    assert!(text[23].contains(&format!("{}/60", 60 - page)));
    state.apply(Action::Home, 60, page);
    let text = lines(&draw_table(80, 24, &data, &mut state));
    assert!(text[2].contains(&data[0][2]));
}

#[test]
fn empty_table_says_so() {
    let mut state = TableState::default();
    let text = lines(&draw_table(80, 24, &[], &mut state));
    assert!(text[2].contains("（无记录）"), "{}", text[2]);
}

#[test]
fn narrow_table_drops_rightmost_columns() {
    let data = rows(3);
    let mut state = TableState::default();
    let text = lines(&draw_table(30, 8, &data, &mut state));
    assert!(
        text[1].contains("单位") && !text[1].contains("电话"),
        "{}",
        text[1]
    );
    for l in &text {
        assert_eq!(width(l), 30, "{l}");
    }
}

fn sample_form() -> Form {
    Form::new(
        "新增代表",
        today(),
        vec![
            Field::text("name", "姓名").required(),
            Field::date("elected", "当选日期"),
            Field::choice(
                "level",
                "代表层级",
                vec!["乡镇".into(), "县".into(), "市".into()],
                0,
            ),
            Field::number("age", "年龄", 18, 120),
            Field::text("phone", "联系电话"),
        ],
    )
}

fn draw_form(form: &Form, w: u16, h: u16) -> (Buffer, Option<Position>) {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    let mut caret = None;
    term.draw(|f| {
        caret = form.render(f.area(), f.buffer_mut(), &Theme::default());
        if let Some(p) = caret {
            f.set_cursor_position(p);
        }
    })
    .unwrap();
    if let Some(p) = caret {
        assert_eq!(term.backend_mut().get_cursor_position().unwrap(), p);
    }
    (term.backend().buffer().clone(), caret)
}

fn type_str(form: &mut Form, s: &str) {
    for c in s.chars() {
        assert_eq!(
            form.handle(None, &key(KeyCode::Char(c))),
            FormOutcome::Continue
        );
    }
}

#[test]
fn form_shows_error_beside_bad_date_and_only_saves_when_valid() {
    for (w, h) in [(80, 24), (120, 40)] {
        let mut form = sample_form();
        type_str(&mut form, "张三");
        form.handle(Some(Action::NextField), &key(KeyCode::Enter));
        type_str(&mut form, "2026-02-30");
        // Enter on every field, even the last, never saves.
        for _ in 0..7 {
            assert_eq!(
                form.handle(Some(Action::NextField), &key(KeyCode::Enter)),
                FormOutcome::Continue
            );
        }
        assert_eq!(
            form.handle(Some(Action::Save), &key(KeyCode::F(2))),
            FormOutcome::Continue
        );
        assert_eq!(form.focused_key(), Some("elected"));
        let (buf, caret) = draw_form(&form, w, h);
        let text = lines(&buf);
        let y = text.iter().position(|l| l.contains("当选日期")).unwrap();
        assert!(text[y].contains("2026-02-30"), "{}", text[y]);
        let err_x =
            col_of(&text[y + 1], "没有这一天：2026年2月30日").expect("error under the date");
        assert_eq!(
            err_x,
            col_of(&text[y], "2026-02-30").unwrap(),
            "error lines up with the value"
        );
        assert_eq!(caret.map(|p| p.y as usize), Some(y));

        // Fix the date: now it saves.
        form.handle(
            None,
            &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
        );
        type_str(&mut form, "2026年3月5日");
        match form.handle(Some(Action::Save), &key(KeyCode::F(2))) {
            FormOutcome::Save(v) => {
                assert_eq!(v.text("name"), "张三");
                assert_eq!(v.date("elected"), NaiveDate::from_ymd_opt(2026, 3, 5));
                assert_eq!(v.choice_label("level"), "乡镇");
                assert_eq!(v.opt_text("phone"), None);
            }
            other => panic!("{other:?}"),
        }
    }
}

#[test]
fn form_labels_right_aligned_and_values_in_one_column() {
    let mut form = sample_form();
    form.handle(Some(Action::Save), &key(KeyCode::F(2)));
    let (buf, _) = draw_form(&form, 80, 24);
    let text = lines(&buf);
    let row = |label: &str| text.iter().find(|l| l.contains(label)).unwrap().clone();
    let name = row("*姓名");
    let date = row("当选日期");
    let level = row("代表层级");
    // Labels end in the same column.
    let end = |l: &str, label: &str| col_of(l, label).unwrap() + width(label);
    assert_eq!(end(&name, "*姓名"), end(&date, "当选日期"));
    assert_eq!(end(&level, "代表层级"), end(&date, "当选日期"));
    assert!(level.contains("‹ 乡镇 ›"), "{level}");
    let y = text.iter().position(|l| l.contains("*姓名")).unwrap();
    assert!(text[y + 1].contains("必填"), "{}", text[y + 1]);
}

#[test]
fn caret_moves_by_display_cells() {
    let mut form = sample_form();
    let (_, start) = draw_form(&form, 80, 24);
    let start = start.expect("caret in the focused text field");
    type_str(&mut form, "张三");
    let (buf, after) = draw_form(&form, 80, 24);
    let after = after.unwrap();
    assert_eq!((after.x, after.y), (start.x + 4, start.y));
    assert_eq!(buf[(start.x, start.y)].symbol(), "张");
    assert_eq!(buf[(start.x + 2, start.y)].symbol(), "三");
    // A choice field has no caret.
    form.focus_key("level");
    assert_eq!(draw_form(&form, 80, 24).1, None);
}

#[test]
fn paste_is_cleaned_into_focused_field() {
    let mut form = sample_form();
    form.paste("张\r\n三\t丰\u{1b}\r\n");
    assert_eq!(form.fields()[0].text_value(), "张 三 丰");
    let mut input = TextInput::new();
    input.paste("a\rb\nc\r\nd");
    assert_eq!(input.value(), "a b c d");
}

#[test]
fn long_form_scrolls_to_focused_field() {
    let fields = (0..20)
        .map(|i| Field::text(KEYS[i], format!("第{}栏", i + 1)))
        .collect();
    let mut form = Form::new("很多栏目", today(), fields);
    for _ in 0..19 {
        form.handle(Some(Action::NextField), &key(KeyCode::Tab));
    }
    let (buf, caret) = draw_form(&form, 80, 12);
    let text = lines(&buf).join("\n");
    assert!(text.contains("第20栏"), "{text}");
    assert!(!text.contains("第1栏 "), "{text}");
    assert!(text.contains("20/20"), "{text}");
    assert!(caret.is_some());
}

const KEYS: [&str; 20] = [
    "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s",
    "t",
];

#[test]
fn ascii_borders_and_confirm() {
    let theme = Theme::default().with_ascii_borders(true);
    let c = Confirm::new("删除代表", "确定删除代表“张三”吗？此操作不能撤销。");
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| c.render_with_hint(f.area(), f.buffer_mut(), &theme, "y 确定  n 取消"))
        .unwrap();
    let text = lines(term.backend().buffer());
    let all = text.join("\n");
    assert!(all.contains("+-"), "{all}");
    assert!(all.contains("张三"), "{all}");
    assert!(!all.contains('┌'), "{all}");
    assert_eq!(c.handle(Some(Action::Confirm)), Some(true));
}

#[test]
fn tiny_areas_never_panic() {
    let theme = Theme::default();
    let cols = columns();
    let data = rows(40);
    let mut form = sample_form();
    type_str(&mut form, "诸葛孔明先生的名字很长很长");
    form.handle(Some(Action::Save), &key(KeyCode::F(2)));
    form.set_field_error("elected", "数据库拒绝：日期重复");
    form.set_message("保存失败：文件只读，请检查U盘是否写保护");
    let confirm = Confirm::new("删除", "确定删除这条很长很长的记录吗？");
    let input = TextInput::with_value("张三李四王五");
    for w in 1..=30u16 {
        for h in 1..=10u16 {
            let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
            let mut state = TableState {
                selected: 39,
                offset: 0,
            };
            term.draw(|f| {
                let area = f.area();
                let buf = f.buffer_mut();
                Table::new(&cols, &data)
                    .title("代表名册")
                    .render(area, buf, &mut state, &theme);
                if let Some(p) = form.render(area, buf, &theme) {
                    assert!(area.contains(p), "{w}x{h}: {p:?}");
                }
                confirm.render_with_hint(area, buf, &theme, "y/n");
                if let Some(p) = input.render(area, buf, true, &theme) {
                    assert!(area.contains(p), "{w}x{h}: {p:?}");
                }
            })
            .unwrap();
        }
    }
    // Areas outside the buffer are clipped too.
    let mut buf = Buffer::empty(Rect::new(0, 0, 10, 3));
    let far = Rect::new(5, 1, 50, 50);
    Table::new(&cols, &data).render(far, &mut buf, &mut TableState::default(), &theme);
    let _ = form.render(far, &mut buf, &theme);
    confirm.render(far, &mut buf, &theme);
    let _ = input.render(far, &mut buf, true, &theme);
}
