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

#[test]
fn scratch() {
    let mut app = demo_app();
    key(&mut app, KeyCode::Char('s'));
    println!("{}", draw(&mut app, 80, 24).join("\n"));
    println!("{}", draw(&mut app, 120, 40).join("\n"));
    key(&mut app, KeyCode::Char('s'));
    key(&mut app, KeyCode::Char('p'));
    println!("{}", draw(&mut app, 80, 24).join("\n"));
    println!("{}", draw(&mut app, 120, 40).join("\n"));
    key(&mut app, KeyCode::Char('p'));
    key(&mut app, KeyCode::Char('n'));
    keys(&mut app, "张三");
    println!("{}", draw(&mut app, 80, 24).join("\n"));
    let _ = width("");
}
