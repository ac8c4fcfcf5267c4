//! Unit tests of form.rs (kept apart to keep that file short).

use super::*;
use ratatui::crossterm::event::KeyModifiers;

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 20).unwrap()
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

fn type_str(form: &mut Form, s: &str) {
    for c in s.chars() {
        assert_eq!(
            form.handle(None, &key(KeyCode::Char(c))),
            FormOutcome::Continue
        );
    }
}

fn act(form: &mut Form, a: Action) -> FormOutcome {
    let code = match a {
        Action::NextField => KeyCode::Enter,
        Action::Save => KeyCode::F(2),
        Action::Cancel => KeyCode::Esc,
        _ => KeyCode::Null,
    };
    form.handle(Some(a), &key(code))
}

fn sample() -> Form {
    Form::new(
        "新增代表",
        today(),
        vec![
            Field::text("name", "姓名").required(),
            Field::date("born", "出生日期"),
            Field::choice("sex", "性别", vec!["男".into(), "女".into()], 0),
            Field::number("age", "年龄", 18, 120),
        ],
    )
}

#[test]
fn enter_on_last_field_never_saves() {
    let mut f = sample();
    type_str(&mut f, "张三");
    for _ in 0..10 {
        assert_eq!(act(&mut f, Action::NextField), FormOutcome::Continue);
    }
    assert_eq!(f.focus(), 10 % 4);
}

#[test]
fn save_reports_each_bad_field_and_focuses_the_first() {
    let mut f = sample();
    act(&mut f, Action::NextField);
    type_str(&mut f, "2026-02-30");
    act(&mut f, Action::NextField);
    act(&mut f, Action::NextField);
    type_str(&mut f, "abc");
    assert_eq!(act(&mut f, Action::Save), FormOutcome::Continue);
    assert_eq!(f.focus(), 0);
    assert_eq!(f.field("name").unwrap().error(), Some("必填"));
    assert_eq!(
        f.field("born").unwrap().error(),
        Some("没有这一天：2026年2月30日")
    );
    assert_eq!(f.field("age").unwrap().error(), Some("请输入整数"));
}

#[test]
fn date_and_number_messages() {
    let mut f = Form::new(
        "x",
        today(),
        vec![Field::date("d", "日期"), Field::number("n", "人数", 1, 9)],
    );
    type_str(&mut f, "明天");
    act(&mut f, Action::NextField);
    type_str(&mut f, "10");
    act(&mut f, Action::Save);
    assert_eq!(
        f.field("d").unwrap().error(),
        Some("无法识别的日期，例如 2026-03-05")
    );
    assert_eq!(f.field("n").unwrap().error(), Some("应在 1 到 9 之间"));
    f.focus_key("d");
    f.handle(
        None,
        &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    );
    assert_eq!(
        f.field("d").unwrap().error(),
        None,
        "editing clears the message"
    );
    type_str(&mut f, "1999-1-1");
    act(&mut f, Action::Save);
    assert!(f.field("d").unwrap().error().unwrap().contains("1999"));
}

#[test]
fn valid_form_saves_typed_values() {
    let mut f = sample();
    type_str(&mut f, "  张三 ");
    act(&mut f, Action::NextField);
    type_str(&mut f, "３月５日");
    act(&mut f, Action::NextField);
    assert_eq!(
        f.field("born").unwrap().text_value(),
        "2026-03-05",
        "date shown as read"
    );
    f.handle(Some(Action::Right), &key(KeyCode::Right));
    act(&mut f, Action::NextField);
    type_str(&mut f, "４５");
    match act(&mut f, Action::Save) {
        FormOutcome::Save(v) => {
            assert_eq!(v.text("name"), "张三");
            assert_eq!(v.date("born"), NaiveDate::from_ymd_opt(2026, 3, 5));
            assert_eq!(v.choice("sex"), 1);
            assert_eq!(v.choice_label("sex"), "女");
            assert_eq!(v.number("age"), Some(45));
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn optional_empty_fields_save_as_none() {
    let mut f = sample();
    type_str(&mut f, "李四");
    match act(&mut f, Action::Save) {
        FormOutcome::Save(v) => {
            assert_eq!(v.date("born"), None);
            assert_eq!(v.number("age"), None);
            assert_eq!(v.opt_text("age"), None);
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn choice_cycles_with_space_and_arrows() {
    let mut f = sample();
    f.focus_key("sex");
    f.handle(None, &key(KeyCode::Char(' ')));
    assert_eq!(f.field("sex").unwrap().choice_index(), 1);
    f.handle(Some(Action::Right), &key(KeyCode::Right));
    assert_eq!(f.field("sex").unwrap().choice_index(), 0);
    f.handle(Some(Action::Left), &key(KeyCode::Left));
    assert_eq!(f.field("sex").unwrap().choice_index(), 1);
    // Typing letters into a choice field does nothing.
    f.handle(None, &key(KeyCode::Char('x')));
    assert_eq!(f.field("sex").unwrap().choice_index(), 1);
}

#[test]
fn dirty_paste_cancel_and_outside_errors() {
    let mut f = Form::new(
        "x",
        today(),
        vec![Field::text("a", "甲").value("原值"), Field::text("b", "乙")],
    );
    assert!(!f.is_dirty());
    f.paste("新\r\n值");
    assert!(f.is_dirty());
    assert_eq!(f.field("a").unwrap().text_value(), "原值新 值");
    f.handle(
        None,
        &KeyEvent::new(KeyCode::Char('u'), KeyModifiers::CONTROL),
    );
    type_str(&mut f, "原值");
    assert!(!f.is_dirty());
    f.set_field_error("b", "重复的名字");
    assert_eq!(f.focused_key(), Some("b"));
    assert_eq!(f.field("b").unwrap().error(), Some("重复的名字"));
    f.set_message("保存失败");
    assert_eq!(f.message(), Some("保存失败"));
    assert_eq!(act(&mut f, Action::Cancel), FormOutcome::Cancel);
}

#[test]
fn text_field_takes_keys_before_actions() {
    let mut f = sample();
    // 'j' might be bound to Down: in a text field it is typed.
    f.handle(Some(Action::Down), &key(KeyCode::Char('j')));
    assert_eq!(f.focus(), 0);
    assert_eq!(f.field("name").unwrap().text_value(), "j");
    // Backspace might be bound to Back: in a text field it edits.
    assert_eq!(
        f.handle(Some(Action::Back), &key(KeyCode::Backspace)),
        FormOutcome::Continue
    );
    assert_eq!(f.field("name").unwrap().text_value(), "");
}
