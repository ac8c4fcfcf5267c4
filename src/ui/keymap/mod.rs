//! Keys as data: which key does what, per context.
//!
//! The default keymap is `keymaps/default.toml`, compiled into the binary;
//! `keymaps/vim.toml` is a complete alternative. A user file on top of a
//! preset overrides or unbinds single keys. Every problem in the user file is
//! collected with its line number and the rest still applies.
//!
//! File format: one table per context, `chord = "action"`:
//!
//! ```toml
//! [global]
//! "q" = "quit"
//! "?" = "help"
//!
//! [list]
//! "x" = "delete"
//! "d" = "none"     # unbinds d in lists (user files)
//! ```
//!
//! The help screen, footer hints and action lookup all read the same
//! [`Keymap`], so they cannot drift apart.

mod chord;

use std::collections::HashMap;
use std::fmt;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind};
use toml::de::{DeTable, DeValue};

pub use self::chord::{KeyChord, is_text_input};
use crate::ui::action::Action;
use crate::ui::text::Msg;

/// The compiled-in default keymap.
pub const DEFAULT_TOML: &str = include_str!("../../../keymaps/default.toml");
/// The compiled-in vim-flavoured keymap.
pub const VIM_TOML: &str = include_str!("../../../keymaps/vim.toml");
/// Names accepted by [`Keymap::preset`].
pub const PRESETS: &[&str] = &["default", "vim"];

/// The value that unbinds a key in a user file.
const UNBIND: &str = "none";

/// Where keys are looked up. Contexts are searched innermost first, e.g. a
/// roster list asks `[Roster, List, Global]`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Context {
    Global,
    List,
    Form,
    Dialog,
    Welcome,
    Today,
    Roster,
    Calendar,
    SpotCheck,
    Docket,
}

impl Context {
    /// Every context, in help-screen order.
    pub const ALL: &'static [Context] = &[
        Context::Global,
        Context::List,
        Context::Form,
        Context::Dialog,
        Context::Welcome,
        Context::Today,
        Context::Roster,
        Context::Calendar,
        Context::SpotCheck,
        Context::Docket,
    ];

    /// The table name in keymap files.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "global",
            Context::List => "list",
            Context::Form => "form",
            Context::Dialog => "dialog",
            Context::Welcome => "welcome",
            Context::Today => "today",
            Context::Roster => "roster",
            Context::Calendar => "calendar",
            Context::SpotCheck => "spotcheck",
            Context::Docket => "docket",
        }
    }

    /// Looks a context up by its table name.
    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL.iter().copied().find(|c| c.name() == name)
    }

    /// The heading on the help screen.
    pub fn title(self) -> Msg {
        match self {
            Context::Global => Msg::KmCtxGlobal,
            Context::List => Msg::KmCtxList,
            Context::Form => Msg::KmCtxForm,
            Context::Dialog => Msg::KmCtxDialog,
            Context::Welcome => Msg::KmCtxWelcome,
            Context::Today => Msg::KmCtxToday,
            Context::Roster => Msg::KmCtxRoster,
            Context::Calendar => Msg::KmCtxCalendar,
            Context::SpotCheck => Msg::KmCtxSpotCheck,
            Context::Docket => Msg::KmCtxDocket,
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// A problem in a keymap file. `line` is 1-based; 0 means the whole file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct KeymapError {
    pub file: String,
    pub line: usize,
    /// Already in the language that was current when the file was loaded.
    pub message: String,
}

impl fmt::Display for KeymapError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.file, self.message)
        } else {
            write!(f, "{}:{}: {}", self.file, self.line, self.message)
        }
    }
}

impl std::error::Error for KeymapError {}

/// The bindings of one context.
#[derive(Clone, Debug, Default)]
struct Table {
    lookup: HashMap<KeyChord, Action>,
    /// Every binding in file order (user additions at the end).
    order: Vec<(KeyChord, Action)>,
}

impl Table {
    fn bind(&mut self, chord: KeyChord, action: Action) {
        if self.lookup.insert(chord, action).is_some() {
            if let Some(entry) = self.order.iter_mut().find(|(c, _)| *c == chord) {
                entry.1 = action;
            }
        } else {
            self.order.push((chord, action));
        }
    }

    fn unbind(&mut self, chord: KeyChord) {
        if self.lookup.remove(&chord).is_some() {
            self.order.retain(|(c, _)| *c != chord);
        }
    }
}

/// Keys to actions, per context.
#[derive(Clone, Debug)]
pub struct Keymap {
    tables: Vec<Table>,
}

impl Default for Keymap {
    fn default() -> Self {
        Keymap::compile_preset(DEFAULT_TOML, "default")
    }
}

impl Keymap {
    fn empty() -> Keymap {
        Keymap {
            tables: vec![Table::default(); Context::ALL.len()],
        }
    }

    /// The TOML source of a compiled-in preset.
    pub fn preset_source(name: &str) -> Option<&'static str> {
        match name {
            "default" => Some(DEFAULT_TOML),
            "vim" => Some(VIM_TOML),
            _ => None,
        }
    }

    /// The compiled-in default (`keymaps/default.toml`) or `"vim"`
    /// (`keymaps/vim.toml`).
    pub fn preset(name: &str) -> Option<Keymap> {
        Keymap::preset_source(name).map(|src| Keymap::compile_preset(src, name))
    }

    fn compile_preset(src: &str, name: &str) -> Keymap {
        let mut map = Keymap::empty();
        let errors = map.apply(&format!("keymaps/{name}.toml"), src);
        debug_assert!(errors.is_empty(), "preset {name}: {errors:?}");
        map
    }

    /// Starts from a preset (the default if the name is unknown, with an
    /// error), then applies a user file `(file name for messages, contents)`.
    /// Never fails: each bad binding is skipped and reported with its line;
    /// a TOML syntax error skips the whole user file.
    pub fn load(preset: &str, user: Option<(&str, &str)>) -> (Keymap, Vec<KeymapError>) {
        let mut errors = Vec::new();
        let mut map = Keymap::preset(preset).unwrap_or_else(|| {
            errors.push(KeymapError {
                file: user.map_or("keymap", |(f, _)| f).to_string(),
                line: 0,
                message: Msg::KmUnknownPreset.fill(&[&preset]),
            });
            Keymap::default()
        });
        if let Some((file, text)) = user {
            errors.extend(map.apply(file, text));
        }
        (map, errors)
    }

    /// Applies a keymap file on top of this map, returning its problems.
    fn apply(&mut self, file: &str, text: &str) -> Vec<KeymapError> {
        let mut errors = Vec::new();
        let mut err = |span: std::ops::Range<usize>, message: String| {
            errors.push(KeymapError {
                file: file.to_string(),
                line: line_of(text, span.start),
                message,
            });
        };

        let doc = match DeTable::parse(text) {
            Ok(doc) => doc.into_inner(),
            Err(e) => {
                let message = Msg::KmTomlSyntax.fill(&[&e.message().trim()]);
                err(e.span().unwrap_or(0..0), message);
                return errors;
            }
        };

        // Tables are sorted by name; walk them in file order instead.
        let mut sections: Vec<_> = doc.iter().collect();
        sections.sort_by_key(|(k, _)| k.span().start);
        for (ctx_key, ctx_val) in sections {
            let ctx_name: &str = ctx_key.get_ref();
            let DeValue::Table(entries) = ctx_val.get_ref() else {
                err(ctx_key.span(), Msg::KmNotInSection.fill(&[&ctx_name]));
                continue;
            };
            let Some(ctx) = Context::from_name(ctx_name) else {
                let known = Context::ALL
                    .iter()
                    .map(|c| c.name())
                    .collect::<Vec<_>>()
                    .join(", ");
                err(
                    ctx_key.span(),
                    Msg::KmUnknownContext.fill(&[&ctx_name, &known]),
                );
                continue;
            };

            let mut entries: Vec<_> = entries.iter().collect();
            entries.sort_by_key(|(k, _)| k.span().start);
            // Chords set in this file and context, with their lines.
            let mut seen: HashMap<KeyChord, usize> = HashMap::new();
            for (key, value) in entries {
                let key_str: &str = key.get_ref();
                let line = line_of(text, key.span().start);
                let chord = match KeyChord::parse(key_str) {
                    Ok(c) => c,
                    Err(reason) => {
                        err(key.span(), reason);
                        continue;
                    }
                };
                let DeValue::String(action_name) = value.get_ref() else {
                    err(key.span(), Msg::KmNotAction.fill(&[&key_str]));
                    continue;
                };
                let action_name: &str = action_name;
                let action = if action_name == UNBIND {
                    None
                } else {
                    match Action::from_name(action_name) {
                        Some(a) => Some(a),
                        None => {
                            err(value.span(), Msg::KmUnknownAction.fill(&[&action_name]));
                            continue;
                        }
                    }
                };
                if let Some(&first) = seen.get(&chord) {
                    err(
                        key.span(),
                        Msg::KmConflict.fill(&[&chord.label(), &ctx_name, &first]),
                    );
                    continue;
                }
                seen.insert(chord, line);
                let table = &mut self.tables[ctx.index()];
                match action {
                    Some(a) => table.bind(chord, a),
                    None => table.unbind(chord),
                }
            }
        }
        errors
    }

    /// The action for a key press, looking through `contexts` innermost
    /// first. Release events give `None`; Press and Repeat are looked up.
    pub fn action(&self, contexts: &[Context], ev: &KeyEvent) -> Option<Action> {
        if ev.kind == KeyEventKind::Release {
            return None;
        }
        let chord = KeyChord::from_event(ev);
        let find = |chord: &KeyChord| {
            contexts
                .iter()
                .find_map(|ctx| self.tables[ctx.index()].lookup.get(chord).copied())
        };
        find(&chord).or_else(|| {
            // Caps Lock turns q into Q: when Q itself is unbound, take q's action.
            match chord.code {
                KeyCode::Char(c) if c.is_ascii_uppercase() && chord.mods.is_empty() => {
                    find(&KeyChord {
                        code: KeyCode::Char(c.to_ascii_lowercase()),
                        mods: chord.mods,
                    })
                }
                _ => None,
            }
        })
    }

    /// The action bound to a chord in one context (no fallback).
    pub fn get(&self, ctx: Context, chord: KeyChord) -> Option<Action> {
        self.tables[ctx.index()].lookup.get(&chord).copied()
    }

    /// The bindings of one context for the help screen: each action with its
    /// chords, actions in order of their first binding in the file.
    pub fn bindings(&self, ctx: Context) -> Vec<(Action, Vec<KeyChord>)> {
        let mut out: Vec<(Action, Vec<KeyChord>)> = Vec::new();
        for &(chord, action) in &self.tables[ctx.index()].order {
            match out.iter_mut().find(|(a, _)| *a == action) {
                Some((_, chords)) => chords.push(chord),
                None => out.push((action, vec![chord])),
            }
        }
        out
    }

    /// The first chord bound to `action` in `ctx`, as a label (footer hints).
    pub fn hint(&self, ctx: Context, action: Action) -> Option<String> {
        self.tables[ctx.index()]
            .order
            .iter()
            .find(|(_, a)| *a == action)
            .map(|(c, _)| c.label())
    }
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyModifiers};

    fn press(code: KeyCode) -> KeyEvent {
        KeyEvent::new(code, KeyModifiers::NONE)
    }

    #[test]
    fn line_of_counts_newlines() {
        let t = "a\nb\nc";
        assert_eq!(line_of(t, 0), 1);
        assert_eq!(line_of(t, 2), 2);
        assert_eq!(line_of(t, 4), 3);
        assert_eq!(line_of(t, 99), 3);
    }

    #[test]
    fn context_names_round_trip() {
        for &c in Context::ALL {
            assert_eq!(Context::from_name(c.name()), Some(c));
            assert_eq!(Context::ALL[c.index()], c);
        }
    }

    #[test]
    fn user_rebinding_keeps_position_and_unbinding_removes() {
        let mut t = Table::default();
        let a = KeyChord::parse("a").unwrap();
        let b = KeyChord::parse("b").unwrap();
        t.bind(a, Action::Up);
        t.bind(b, Action::Down);
        t.bind(a, Action::Home);
        assert_eq!(t.order, vec![(a, Action::Home), (b, Action::Down)]);
        t.unbind(a);
        assert_eq!(t.order, vec![(b, Action::Down)]);
        assert_eq!(t.lookup.len(), 1);
    }

    #[test]
    fn inner_context_wins() {
        let map = Keymap::default();
        // Esc is `back` in lists and `cancel` in forms.
        assert_eq!(
            map.action(&[Context::List, Context::Global], &press(KeyCode::Esc)),
            Some(Action::Back)
        );
        assert_eq!(
            map.action(&[Context::Form], &press(KeyCode::Esc)),
            Some(Action::Cancel)
        );
        // q falls through from list to global.
        assert_eq!(
            map.action(
                &[Context::Roster, Context::List, Context::Global],
                &press(KeyCode::Char('q'))
            ),
            Some(Action::Quit)
        );
        assert_eq!(
            map.action(&[Context::Form], &press(KeyCode::Char('q'))),
            None
        );
    }

    #[test]
    fn unknown_preset_falls_back_to_default() {
        let (map, errors) = Keymap::load("emacs", None);
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 0);
        assert_eq!(
            map.hint(Context::Global, Action::Quit).as_deref(),
            Some("q")
        );
    }
}
