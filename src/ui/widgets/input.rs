//! A single-line text box that measures the caret in display cells, so the
//! real terminal cursor (and with it the Chinese IME window) sits on the
//! caret after Chinese text.

use std::cell::Cell;

use ratatui::buffer::Buffer;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::layout::{Position, Rect};
use ratatui::style::Modifier;

use crate::ui::theme::Theme;
use crate::ui::widgets::cells;

/// True for a key that types a character: `Char` with no modifier other
/// than Shift.
pub fn is_text_input(ev: &KeyEvent) -> bool {
    matches!(ev.code, KeyCode::Char(_)) && (ev.modifiers - KeyModifiers::SHIFT).is_empty()
}

/// Makes pasted text fit on one line: a trailing line break is dropped,
/// CR LF, CR, LF and tab become a space, other control characters go.
pub fn clean_paste(text: &str) -> String {
    let text = text.trim_end_matches(['\r', '\n']);
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(' ');
            }
            '\n' | '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// A one-line text box.
#[derive(Clone, Debug, Default)]
pub struct TextInput {
    value: String,
    /// Caret position as a char index into `value`.
    cursor: usize,
    /// First display column shown, kept between frames so the view does not
    /// jump while the caret moves inside it.
    scroll: Cell<usize>,
}

impl TextInput {
    pub fn new() -> Self {
        Self::default()
    }

    /// A box holding `value` with the caret at the end.
    pub fn with_value(value: &str) -> Self {
        let mut t = Self::new();
        t.set(value);
        t
    }

    pub fn value(&self) -> &str {
        &self.value
    }

    /// Replaces the text (cleaned to one line) and puts the caret at the end.
    pub fn set(&mut self, value: &str) {
        self.value = clean_paste(value);
        self.cursor = self.len();
        self.scroll.set(0);
    }

    pub fn clear(&mut self) {
        self.set("");
    }

    pub fn is_empty(&self) -> bool {
        self.value.is_empty()
    }

    /// Caret position as a char index.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    /// Caret position in display cells from the start of the text.
    pub fn cursor_cells(&self) -> usize {
        self.value
            .chars()
            .take(self.cursor)
            .map(cells::char_width)
            .sum()
    }

    fn len(&self) -> usize {
        self.value.chars().count()
    }

    fn byte_at(&self, char_idx: usize) -> usize {
        self.value
            .char_indices()
            .nth(char_idx)
            .map_or(self.value.len(), |(b, _)| b)
    }

    /// Inserts text at the caret (cleaned to one line).
    pub fn insert_str(&mut self, text: &str) {
        let clean = clean_paste(text);
        let at = self.byte_at(self.cursor);
        self.value.insert_str(at, &clean);
        self.cursor += clean.chars().count();
    }

    /// Inserts pasted text at the caret, cleaned of line breaks and controls.
    pub fn paste(&mut self, text: &str) {
        self.insert_str(text);
    }

    fn delete_range(&mut self, from: usize, to: usize) {
        let (a, b) = (self.byte_at(from), self.byte_at(to));
        self.value.replace_range(a..b, "");
        self.cursor = from;
    }

    /// Char index where the word before the caret starts: spaces first,
    /// then a run of one kind (Chinese, letters and digits, or punctuation).
    fn word_start(&self) -> usize {
        let chars: Vec<char> = self.value.chars().take(self.cursor).collect();
        let mut i = chars.len();
        while i > 0 && chars[i - 1].is_whitespace() {
            i -= 1;
        }
        if i == 0 {
            return 0;
        }
        let kind = char_kind(chars[i - 1]);
        while i > 0 && !chars[i - 1].is_whitespace() && char_kind(chars[i - 1]) == kind {
            i -= 1;
        }
        i
    }

    /// Char index where the word after the caret ends.
    fn word_end(&self) -> usize {
        let chars: Vec<char> = self.value.chars().collect();
        let mut i = self.cursor;
        while i < chars.len() && chars[i].is_whitespace() {
            i += 1;
        }
        if i < chars.len() {
            let kind = char_kind(chars[i]);
            while i < chars.len() && !chars[i].is_whitespace() && char_kind(chars[i]) == kind {
                i += 1;
            }
        }
        i
    }

    /// Edits for one key. Returns true when the key was used.
    pub fn handle_key(&mut self, ev: &KeyEvent) -> bool {
        if ev.kind == KeyEventKind::Release {
            return false;
        }
        if is_text_input(ev) {
            if let KeyCode::Char(c) = ev.code {
                if !c.is_control() {
                    let at = self.byte_at(self.cursor);
                    self.value.insert(at, c);
                    self.cursor += 1;
                }
            }
            return true;
        }
        let mods = ev.modifiers - KeyModifiers::SHIFT;
        let ctrl = mods == KeyModifiers::CONTROL;
        let alt = mods == KeyModifiers::ALT;
        let plain = mods.is_empty();
        let len = self.len();
        match ev.code {
            KeyCode::Backspace if plain => {
                if self.cursor > 0 {
                    self.delete_range(self.cursor - 1, self.cursor);
                }
            }
            KeyCode::Char('h') if ctrl => {
                if self.cursor > 0 {
                    self.delete_range(self.cursor - 1, self.cursor);
                }
            }
            KeyCode::Delete if plain => {
                if self.cursor < len {
                    self.delete_range(self.cursor, self.cursor + 1);
                }
            }
            KeyCode::Left if plain => self.cursor = self.cursor.saturating_sub(1),
            KeyCode::Right if plain => self.cursor = (self.cursor + 1).min(len),
            KeyCode::Left if ctrl || alt => self.cursor = self.word_start(),
            KeyCode::Right if ctrl || alt => self.cursor = self.word_end(),
            KeyCode::Home if plain => self.cursor = 0,
            KeyCode::End if plain => self.cursor = len,
            KeyCode::Char('a') if ctrl => self.cursor = 0,
            KeyCode::Char('e') if ctrl => self.cursor = len,
            KeyCode::Char('u') if ctrl => self.delete_range(0, self.cursor),
            KeyCode::Char('k') if ctrl => {
                let at = self.byte_at(self.cursor);
                self.value.truncate(at);
            }
            KeyCode::Char('w') if ctrl => self.delete_range(self.word_start(), self.cursor),
            KeyCode::Backspace if ctrl || alt => self.delete_range(self.word_start(), self.cursor),
            _ => return false,
        }
        true
    }

    /// Draws the text in `area` (its first row), scrolled sideways so the
    /// caret stays visible. Returns where to put the terminal cursor when
    /// focused.
    pub fn render(
        &self,
        area: Rect,
        buf: &mut Buffer,
        focused: bool,
        theme: &Theme,
    ) -> Option<Position> {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return None;
        }
        let width = usize::from(area.width);
        let caret = self.cursor_cells();
        let total = cells::width(&self.value);

        // Keep the caret (and one cell after the text for it) on screen.
        let mut scroll = self.scroll.get();
        if caret < scroll {
            scroll = caret;
        } else if caret >= scroll + width {
            scroll = caret + 1 - width;
        }
        scroll = scroll.min((total + 1).saturating_sub(width));
        self.scroll.set(scroll);

        let style = theme.base.add_modifier(Modifier::UNDERLINED);
        let line = Rect { height: 1, ..area };
        buf.set_style(line, style);
        for x in line.left()..line.right() {
            buf[(x, line.y)].set_symbol(" ");
        }
        let mut col = 0;
        for c in self.value.chars() {
            let w = cells::char_width(c);
            if col >= scroll && col + w <= scroll + width && w > 0 {
                let x = area.x + (col - scroll) as u16;
                let mut tmp = [0u8; 4];
                cells::put(buf, x, area.y, c.encode_utf8(&mut tmp), w, style);
            }
            col += w;
            if col >= scroll + width {
                break;
            }
        }
        focused.then(|| Position::new(area.x + (caret - scroll) as u16, area.y))
    }
}

#[derive(PartialEq)]
enum CharKind {
    Wide,
    Word,
    Punct,
}

fn char_kind(c: char) -> CharKind {
    if cells::char_width(c) >= 2 {
        CharKind::Wide
    } else if c.is_alphanumeric() || c == '_' {
        CharKind::Word
    } else {
        CharKind::Punct
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    fn ctrl(c: char) -> KeyEvent {
        KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
    }

    fn typed(s: &str) -> TextInput {
        let mut t = TextInput::new();
        for c in s.chars() {
            assert!(t.handle_key(&key(KeyCode::Char(c))));
        }
        t
    }

    #[test]
    fn text_input_keys() {
        assert!(is_text_input(&key(KeyCode::Char('a'))));
        assert!(is_text_input(&KeyEvent::new(
            KeyCode::Char('A'),
            KeyModifiers::SHIFT
        )));
        assert!(!is_text_input(&ctrl('a')));
        assert!(!is_text_input(&KeyEvent::new(
            KeyCode::Char('x'),
            KeyModifiers::ALT
        )));
        assert!(!is_text_input(&key(KeyCode::Enter)));
    }

    #[test]
    fn types_and_moves_over_chinese() {
        let mut t = typed("张三abc");
        assert_eq!(t.value(), "张三abc");
        assert_eq!(t.cursor_cells(), 7);
        t.handle_key(&key(KeyCode::Home));
        t.handle_key(&key(KeyCode::Right));
        assert_eq!(t.cursor_cells(), 2);
        t.handle_key(&key(KeyCode::Char('李')));
        assert_eq!(t.value(), "张李三abc");
        t.handle_key(&key(KeyCode::Backspace));
        t.handle_key(&key(KeyCode::Delete));
        assert_eq!(t.value(), "张abc");
        t.handle_key(&key(KeyCode::End));
        t.handle_key(&key(KeyCode::Right));
        assert_eq!(t.cursor(), 4);
        assert!(!t.handle_key(&key(KeyCode::Enter)));
        assert!(!t.handle_key(&key(KeyCode::Tab)));
    }

    #[test]
    fn line_editing_shortcuts() {
        let mut t = typed("hello 张三");
        t.handle_key(&ctrl('w'));
        assert_eq!(t.value(), "hello ");
        t.handle_key(&ctrl('w'));
        assert_eq!(t.value(), "");
        let mut t = typed("abc def");
        t.handle_key(&key(KeyCode::Left));
        t.handle_key(&key(KeyCode::Left));
        t.handle_key(&ctrl('k'));
        assert_eq!(t.value(), "abc d");
        t.handle_key(&ctrl('u'));
        assert_eq!((t.value(), t.cursor()), ("", 0));
    }

    #[test]
    fn paste_is_cleaned() {
        assert_eq!(clean_paste("a\r\nb\rc\nd\te\u{7}f"), "a b c d ef");
        assert_eq!(clean_paste("张三\r\n"), "张三");
        let mut t = typed("张");
        t.handle_key(&key(KeyCode::Home));
        t.paste("李\r\n四\t");
        assert_eq!(t.value(), "李 四 张");
        assert_eq!(t.cursor(), 4);
    }

    #[test]
    fn render_scrolls_to_keep_caret_visible() {
        let theme = Theme::default();
        let mut buf = Buffer::empty(Rect::new(0, 0, 20, 1));
        let t = typed("一二三四五六七八九十");
        let area = Rect::new(2, 0, 10, 1);
        let pos = t.render(area, &mut buf, true, &theme).unwrap();
        assert!(pos.x >= area.x && pos.x < area.right());
        assert_eq!(pos.x, 11);
        assert_eq!(buf[(9, 0)].symbol(), "十");
        assert_eq!(buf[(3, 0)].symbol(), "七");
        // Unfocused: no cursor.
        assert!(t.render(area, &mut buf, false, &theme).is_none());
        // Empty area: nothing.
        assert!(
            t.render(Rect::new(0, 0, 0, 1), &mut buf, true, &theme)
                .is_none()
        );
    }
}
