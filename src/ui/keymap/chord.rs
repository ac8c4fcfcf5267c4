//! One key with its modifiers, as written in keymap files and as pressed.
//!
//! Both sides are normalised the same way so that terminals which report
//! Shift differently still match:
//! - a character never carries SHIFT: `Q` is the character `Q`, and
//!   `shift+q` is written down as `Q`;
//! - Shift+Tab is always `BackTab` without SHIFT.

use std::cmp::Ordering;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::ui::text::Msg;

/// A key code plus modifiers, normalised (see the module docs).
#[derive(Clone, Copy, PartialEq, Eq, Hash, Debug)]
pub struct KeyChord {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

// crossterm's KeyCode and KeyModifiers are only PartialOrd; their derived
// orders are total in practice, so a total order on chords is safe.
impl Ord for KeyChord {
    fn cmp(&self, other: &Self) -> Ordering {
        self.code
            .partial_cmp(&other.code)
            .unwrap_or(Ordering::Equal)
            .then(self.mods.bits().cmp(&other.mods.bits()))
    }
}

impl PartialOrd for KeyChord {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

/// Modifier names accepted before `+` or `-`.
fn modifier(name: &str) -> Option<KeyModifiers> {
    match name.to_ascii_lowercase().as_str() {
        "ctrl" | "control" | "c" => Some(KeyModifiers::CONTROL),
        "alt" | "meta" | "m" | "a" => Some(KeyModifiers::ALT),
        "shift" | "s" => Some(KeyModifiers::SHIFT),
        _ => None,
    }
}

/// Named keys. `name` is lowercased with `-`, `_` and spaces removed.
fn named_key(name: &str) -> Option<KeyCode> {
    let code = match name {
        "enter" | "return" | "ret" | "cr" => KeyCode::Enter,
        "esc" | "escape" => KeyCode::Esc,
        "tab" => KeyCode::Tab,
        "backtab" => KeyCode::BackTab,
        "space" | "spc" => KeyCode::Char(' '),
        "up" => KeyCode::Up,
        "down" => KeyCode::Down,
        "left" => KeyCode::Left,
        "right" => KeyCode::Right,
        "pgup" | "pageup" => KeyCode::PageUp,
        "pgdn" | "pgdown" | "pagedown" => KeyCode::PageDown,
        "home" => KeyCode::Home,
        "end" => KeyCode::End,
        "delete" | "del" => KeyCode::Delete,
        "backspace" | "bs" => KeyCode::Backspace,
        "insert" | "ins" => KeyCode::Insert,
        _ => {
            let n: u8 = name.strip_prefix('f')?.parse().ok()?;
            if (1..=12).contains(&n) {
                KeyCode::F(n)
            } else {
                return None;
            }
        }
    };
    Some(code)
}

/// The single uppercase form of a character, if it has exactly one.
fn single_upper(c: char) -> Option<char> {
    let mut up = c.to_uppercase();
    match (up.next(), up.next()) {
        (Some(u), None) => Some(u),
        _ => None,
    }
}

impl KeyChord {
    pub const fn new(code: KeyCode, mods: KeyModifiers) -> KeyChord {
        KeyChord { code, mods }
    }

    /// Parses a key as written in a keymap file: `q`, `?`, `Q`, `ctrl+s`,
    /// `C-s`, `shift+tab`, `enter`, `f2`, ... Names and modifiers are
    /// case-insensitive; a single character is taken as written, except that
    /// with Ctrl or Alt a letter's case is ignored (`Ctrl+S` is Ctrl+s, as the
    /// help screen shows it; write `ctrl+shift+s` for the capital).
    pub fn parse(s: &str) -> Result<KeyChord, String> {
        let unknown = || Msg::KmKeyUnknown.fill(&[&s]);
        // A lone space is the space key; otherwise spaces are padding.
        let compact: String = if s == " " {
            " ".to_string()
        } else {
            s.chars().filter(|c| !c.is_whitespace()).collect()
        };
        if compact.is_empty() {
            return Err(Msg::KmKeyEmpty.t().to_string());
        }

        // Peel off leading modifiers; whatever is left is the key, so
        // "-", "+", "ctrl+-" and "ctrl++" all work.
        let mut mods = KeyModifiers::NONE;
        let mut rest = compact.as_str();
        while let Some(pos) = rest
            .char_indices()
            .skip(1)
            .find(|&(_, c)| c == '+' || c == '-')
            .map(|(i, _)| i)
        {
            let (head, tail) = (&rest[..pos], &rest[pos + 1..]);
            match modifier(head) {
                Some(m) if !tail.is_empty() => {
                    mods |= m;
                    rest = tail;
                }
                _ => break,
            }
        }

        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) => match c {
                '↑' => KeyCode::Up,
                '↓' => KeyCode::Down,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                _ => KeyCode::Char(c),
            },
            _ => {
                let name: String = rest
                    .chars()
                    .filter(|c| !matches!(c, '-' | '_'))
                    .flat_map(char::to_lowercase)
                    .collect();
                named_key(&name).ok_or_else(unknown)?
            }
        };

        let code = match code {
            KeyCode::Char(c) => {
                let c = if mods.contains(KeyModifiers::SHIFT) {
                    if c.is_lowercase() {
                        single_upper(c).ok_or_else(|| Msg::KmKeyShiftSymbol.fill(&[&s]))?
                    } else if c.is_uppercase() {
                        c
                    } else {
                        return Err(Msg::KmKeyShiftSymbol.fill(&[&s]));
                    }
                } else if mods.intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) {
                    c.to_ascii_lowercase()
                } else {
                    c
                };
                KeyCode::Char(c)
            }
            other => other,
        };
        Ok(KeyChord::new(code, mods).normalised())
    }

    /// The chord of a key event, normalised like [`KeyChord::parse`].
    pub fn from_event(ev: &KeyEvent) -> KeyChord {
        let code = match ev.code {
            KeyCode::Char(c) if ev.modifiers.contains(KeyModifiers::SHIFT) && c.is_lowercase() => {
                KeyCode::Char(single_upper(c).unwrap_or(c))
            }
            other => other,
        };
        KeyChord::new(code, ev.modifiers).normalised()
    }

    /// Applies the rules shared by `parse` and `from_event`.
    fn normalised(self) -> KeyChord {
        let KeyChord { mut code, mut mods } = self;
        match code {
            KeyCode::Char(_) | KeyCode::BackTab => mods.remove(KeyModifiers::SHIFT),
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                code = KeyCode::BackTab;
                mods.remove(KeyModifiers::SHIFT);
            }
            _ => {}
        }
        KeyChord { code, mods }
    }

    /// The chord for the help screen and footer: `Ctrl+S`, `Shift+Tab`,
    /// `Enter`, `↑`, `PgDn`, `?`, `q`, `Shift+G`, `Space`.
    pub fn label(&self) -> String {
        self.label_with(true)
    }

    /// Like [`KeyChord::label`] but with `Up`/`Down`/`Left`/`Right` for the
    /// arrows, whose symbols some Chinese-locale consoles draw two cells wide.
    pub fn label_ascii(&self) -> String {
        self.label_with(false)
    }

    fn label_with(&self, arrows: bool) -> String {
        let mut out = String::new();
        let ctrl_or_alt = self
            .mods
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl+");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt+");
        }
        let shift_letter = matches!(self.code, KeyCode::Char(c) if c.is_uppercase());
        if self.mods.contains(KeyModifiers::SHIFT) || shift_letter {
            out.push_str("Shift+");
        }
        let key: String = match self.code {
            KeyCode::Char(' ') => "Space".into(),
            KeyCode::Char(c) if ctrl_or_alt => c.to_uppercase().collect(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Insert => "Ins".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Up => (if arrows { "↑" } else { "Up" }).into(),
            KeyCode::Down => (if arrows { "↓" } else { "Down" }).into(),
            KeyCode::Left => (if arrows { "←" } else { "Left" }).into(),
            KeyCode::Right => (if arrows { "→" } else { "Right" }).into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        };
        out.push_str(&key);
        out
    }
}

impl std::fmt::Display for KeyChord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.label())
    }
}

/// True when the key event should be typed into a focused text field rather
/// than trigger an action: a character with no modifier other than Shift
/// (letters, digits, punctuation, Chinese from an IME). Release events never
/// type.
pub fn is_text_input(ev: &KeyEvent) -> bool {
    ev.kind != KeyEventKind::Release
        && matches!(ev.code, KeyCode::Char(c) if !c.is_control())
        && (ev.modifiers - KeyModifiers::SHIFT).is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ch(code: KeyCode, mods: KeyModifiers) -> KeyChord {
        KeyChord::new(code, mods)
    }

    fn p(s: &str) -> KeyChord {
        KeyChord::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
    }

    #[test]
    fn parses_plain_and_named_keys() {
        let none = KeyModifiers::NONE;
        assert_eq!(p("q"), ch(KeyCode::Char('q'), none));
        assert_eq!(p("?"), ch(KeyCode::Char('?'), none));
        assert_eq!(p("Q"), ch(KeyCode::Char('Q'), none));
        assert_eq!(p("-"), ch(KeyCode::Char('-'), none));
        assert_eq!(p("+"), ch(KeyCode::Char('+'), none));
        assert_eq!(p("c"), ch(KeyCode::Char('c'), none));
        assert_eq!(p("Enter"), ch(KeyCode::Enter, none));
        assert_eq!(p("ESC"), ch(KeyCode::Esc, none));
        assert_eq!(p("space"), ch(KeyCode::Char(' '), none));
        assert_eq!(p(" "), ch(KeyCode::Char(' '), none));
        assert_eq!(p("pageup"), p("PgUp"));
        assert_eq!(p("page-down"), p("pgdn"));
        assert_eq!(p("del"), ch(KeyCode::Delete, none));
        assert_eq!(p("F12"), ch(KeyCode::F(12), none));
        assert_eq!(p("↑"), ch(KeyCode::Up, none));
        assert!(KeyChord::parse("f13").is_err());
        assert!(KeyChord::parse("f0").is_err());
        assert!(KeyChord::parse("").is_err());
        assert!(KeyChord::parse("bogus").is_err());
        assert!(KeyChord::parse("hyper+x").is_err());
    }

    #[test]
    fn parses_modifiers_in_all_spellings() {
        let ctrl_s = ch(KeyCode::Char('s'), KeyModifiers::CONTROL);
        for s in ["ctrl+s", "C-s", "c-s", "Control+S", "CTRL-s", "ctrl + s"] {
            assert_eq!(p(s), ctrl_s, "{s}");
        }
        let alt_x = ch(KeyCode::Char('x'), KeyModifiers::ALT);
        for s in ["alt+x", "M-x", "meta-x", "a-x", "A+x"] {
            assert_eq!(p(s), alt_x, "{s}");
        }
        assert_eq!(p("ctrl+-"), ch(KeyCode::Char('-'), KeyModifiers::CONTROL));
        assert_eq!(p("ctrl++"), ch(KeyCode::Char('+'), KeyModifiers::CONTROL));
        assert_eq!(
            p("ctrl+alt+del"),
            ch(KeyCode::Delete, KeyModifiers::CONTROL | KeyModifiers::ALT)
        );
        assert_eq!(p("shift+up"), ch(KeyCode::Up, KeyModifiers::SHIFT));
    }

    #[test]
    fn normalises_shift() {
        let backtab = ch(KeyCode::BackTab, KeyModifiers::NONE);
        for s in ["shift+tab", "S-Tab", "backtab", "shift+backtab"] {
            assert_eq!(p(s), backtab, "{s}");
        }
        assert_eq!(p("shift+q"), p("Q"));
        assert_eq!(p("S-q"), p("Q"));
        assert_eq!(
            p("ctrl+shift+s"),
            ch(KeyCode::Char('S'), KeyModifiers::CONTROL)
        );
        assert!(KeyChord::parse("shift+/").is_err());
        assert!(KeyChord::parse("shift+1").is_err());
    }

    #[test]
    fn events_normalise_like_parsing() {
        let ev = |code, mods| KeyChord::from_event(&KeyEvent::new(code, mods));
        assert_eq!(ev(KeyCode::Char('?'), KeyModifiers::SHIFT), p("?"));
        assert_eq!(ev(KeyCode::Char('Q'), KeyModifiers::SHIFT), p("Q"));
        assert_eq!(ev(KeyCode::Char('q'), KeyModifiers::SHIFT), p("Q"));
        assert_eq!(ev(KeyCode::BackTab, KeyModifiers::SHIFT), p("shift+tab"));
        assert_eq!(ev(KeyCode::Tab, KeyModifiers::SHIFT), p("shift+tab"));
        assert_eq!(ev(KeyCode::Char('s'), KeyModifiers::CONTROL), p("ctrl+s"));
        assert_eq!(ev(KeyCode::Up, KeyModifiers::NONE), p("up"));
    }

    #[test]
    fn labels() {
        assert_eq!(p("ctrl+s").label(), "Ctrl+S");
        assert_eq!(p("shift+tab").label(), "Shift+Tab");
        assert_eq!(p("enter").label(), "Enter");
        assert_eq!(p("esc").label(), "Esc");
        assert_eq!(p("up").label(), "↑");
        assert_eq!(p("up").label_ascii(), "Up");
        assert_eq!(p("pgdn").label(), "PgDn");
        assert_eq!(p("?").label(), "?");
        assert_eq!(p("q").label(), "q");
        assert_eq!(p("G").label(), "Shift+G");
        assert_eq!(p("space").label(), "Space");
        assert_eq!(p("f2").label(), "F2");
        assert_eq!(p("ctrl+shift+s").label(), "Ctrl+Shift+S");
        assert_eq!(p("alt+x").label(), "Alt+X");
    }

    #[test]
    fn labels_parse_back_to_the_same_chord() {
        for s in [
            "q",
            "?",
            "Q",
            "ctrl+s",
            "ctrl+shift+s",
            "alt+x",
            "shift+tab",
            "tab",
            "enter",
            "esc",
            "space",
            "up",
            "down",
            "left",
            "right",
            "pgup",
            "pgdn",
            "home",
            "end",
            "del",
            "ins",
            "backspace",
            "f1",
            "f12",
            "shift+up",
            "ctrl+-",
        ] {
            let c = p(s);
            assert_eq!(p(&c.label()), c, "{s} -> {}", c.label());
            assert_eq!(p(&c.label_ascii()), c, "{s} -> {}", c.label_ascii());
        }
    }

    #[test]
    fn text_input() {
        let ev = |code, mods| KeyEvent::new(code, mods);
        assert!(is_text_input(&ev(KeyCode::Char('a'), KeyModifiers::NONE)));
        assert!(is_text_input(&ev(KeyCode::Char('张'), KeyModifiers::NONE)));
        assert!(is_text_input(&ev(KeyCode::Char('A'), KeyModifiers::SHIFT)));
        assert!(!is_text_input(&ev(
            KeyCode::Char('s'),
            KeyModifiers::CONTROL
        )));
        assert!(!is_text_input(&ev(KeyCode::Enter, KeyModifiers::NONE)));
        assert!(!is_text_input(&ev(KeyCode::Esc, KeyModifiers::NONE)));
    }
}
