//! The keymap as a user of the library sees it: presets, user files, lookup.

use std::collections::{BTreeSet, HashMap};

use chairdesk::ui::action::Action;
use chairdesk::ui::keymap::*;
use chairdesk::ui::text::{Lang, set_lang};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyEventState, KeyModifiers};

fn key(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
    KeyEvent::new(code, mods)
}

fn press(c: char) -> KeyEvent {
    key(KeyCode::Char(c), KeyModifiers::NONE)
}

fn chord(s: &str) -> KeyChord {
    KeyChord::parse(s).unwrap_or_else(|e| panic!("{s}: {e}"))
}

/// `(context, chord, line)` for every binding in a raw keymap file.
fn raw_bindings(src: &str) -> Vec<(String, String, KeyChord, usize)> {
    let doc = toml::de::DeTable::parse(src)
        .expect("valid TOML")
        .into_inner();
    let mut out = Vec::new();
    for (ctx, table) in doc.iter() {
        let toml::de::DeValue::Table(table) = table.get_ref() else {
            panic!("{} is not a table", ctx.get_ref());
        };
        for (k, v) in table.iter() {
            let toml::de::DeValue::String(action) = v.get_ref() else {
                panic!("{} is not a string", k.get_ref());
            };
            let line = src[..k.span().start].matches('\n').count() + 1;
            out.push((
                ctx.get_ref().to_string(),
                action.to_string(),
                chord(k.get_ref()),
                line,
            ));
        }
    }
    out
}

fn actions_by_context(map: &Keymap) -> HashMap<Context, BTreeSet<Action>> {
    Context::ALL
        .iter()
        .map(|&c| (c, map.bindings(c).into_iter().map(|(a, _)| a).collect()))
        .collect()
}

#[test]
fn presets_load_without_errors() {
    for name in PRESETS {
        let (map, errors) = Keymap::load(name, None);
        assert!(errors.is_empty(), "{name}: {errors:?}");
        assert!(!map.bindings(Context::Global).is_empty(), "{name}");
        assert!(Keymap::preset(name).is_some());
    }
    assert!(Keymap::preset("emacs").is_none());
}

#[test]
fn presets_bind_no_chord_twice_in_a_context() {
    for (name, src) in [("default", DEFAULT_TOML), ("vim", VIM_TOML)] {
        let mut seen: HashMap<(String, KeyChord), usize> = HashMap::new();
        for (ctx, _, c, line) in raw_bindings(src) {
            assert!(
                Context::ALL.iter().any(|x| x.name() == ctx),
                "{name}: unknown [{ctx}]"
            );
            if let Some(first) = seen.insert((ctx.clone(), c), line) {
                panic!(
                    "{name}: {} bound twice in [{ctx}], lines {first} and {line}",
                    c.label()
                );
            }
        }
    }
}

#[test]
fn presets_name_only_known_actions_and_every_context() {
    for src in [DEFAULT_TOML, VIM_TOML] {
        for (_, action, _, line) in raw_bindings(src) {
            assert!(
                Action::from_name(&action).is_some(),
                "line {line}: {action}"
            );
        }
        let doc = toml::de::DeTable::parse(src).unwrap().into_inner();
        for ctx in Context::ALL {
            assert!(doc.contains_key(ctx.name()), "missing [{}]", ctx.name());
        }
    }
}

#[test]
fn vim_binds_everything_default_binds() {
    let default = actions_by_context(&Keymap::preset("default").unwrap());
    let vim = actions_by_context(&Keymap::preset("vim").unwrap());
    for ctx in Context::ALL {
        let missing: Vec<_> = default[ctx]
            .difference(&vim[ctx])
            .map(|a| a.name())
            .collect();
        assert!(missing.is_empty(), "vim [{}] lacks {missing:?}", ctx.name());
    }
}

#[test]
fn default_keys_as_designed() {
    let map = Keymap::preset("default").unwrap();
    let g = [Context::Global];
    assert_eq!(map.action(&g, &press('q')), Some(Action::Quit));
    assert_eq!(map.action(&g, &press('?')), Some(Action::Help));
    assert_eq!(
        map.action(&g, &key(KeyCode::F(1), KeyModifiers::NONE)),
        Some(Action::Help)
    );
    assert_eq!(map.action(&g, &press('3')), Some(Action::PaneCalendar));
    assert_eq!(
        map.action(&g, &key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        Some(Action::PrevPane)
    );
    let f = [Context::Form];
    // Enter never saves a form.
    assert_eq!(
        map.action(&f, &key(KeyCode::Enter, KeyModifiers::NONE)),
        Some(Action::NextField)
    );
    assert_eq!(
        map.action(&f, &key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
        Some(Action::Save)
    );
    assert_eq!(
        map.action(&f, &key(KeyCode::F(2), KeyModifiers::NONE)),
        Some(Action::Save)
    );
    assert_eq!(
        map.action(&[Context::Dialog], &press('y')),
        Some(Action::Confirm)
    );
    assert_eq!(
        map.action(&[Context::Welcome], &press('d')),
        Some(Action::LoadDemo)
    );
    // [today] has its own keys (issue 7).
    for ctx in [
        Context::Roster,
        Context::Calendar,
        Context::SpotCheck,
        Context::Docket,
    ] {
        assert!(map.bindings(ctx).is_empty());
    }
    assert_eq!(
        map.hint(Context::Form, Action::Save).as_deref(),
        Some("Ctrl+S")
    );
    assert_eq!(map.hint(Context::List, Action::Down).as_deref(), Some("↓"));
    assert_eq!(map.hint(Context::List, Action::Quit), None);
    let form = map.bindings(Context::Form);
    assert_eq!(
        form[0],
        (
            Action::NextField,
            vec![chord("tab"), chord("down"), chord("enter")]
        )
    );
}

#[test]
fn vim_moves_with_hjkl() {
    let map = Keymap::preset("vim").unwrap();
    let l = [Context::List, Context::Global];
    assert_eq!(map.action(&l, &press('j')), Some(Action::Down));
    assert_eq!(map.action(&l, &press('k')), Some(Action::Up));
    assert_eq!(map.action(&l, &press('g')), Some(Action::Home));
    assert_eq!(
        map.action(&l, &key(KeyCode::Char('G'), KeyModifiers::SHIFT)),
        Some(Action::End)
    );
    assert_eq!(
        map.action(&l, &key(KeyCode::Char('d'), KeyModifiers::CONTROL)),
        Some(Action::PageDown)
    );
    assert_eq!(map.action(&l, &press('x')), Some(Action::Delete));
}

#[test]
fn user_file_overrides_a_key() {
    let user = "[list]\n\"x\" = \"delete\"\n\"e\" = \"open\"\n";
    let (map, errors) = Keymap::load("default", Some(("my.toml", user)));
    assert!(errors.is_empty(), "{errors:?}");
    let l = [Context::List];
    assert_eq!(map.action(&l, &press('x')), Some(Action::Delete));
    assert_eq!(
        map.action(&l, &press('d')),
        Some(Action::Delete),
        "d still deletes"
    );
    assert_eq!(map.action(&l, &press('e')), Some(Action::Open));
    let delete = map
        .bindings(Context::List)
        .into_iter()
        .find(|(a, _)| *a == Action::Delete)
        .unwrap();
    assert_eq!(delete.1, vec![chord("d"), chord("x")]);
    // Other contexts are untouched.
    assert_eq!(
        map.action(&[Context::Welcome], &press('e')),
        Some(Action::StartEmpty)
    );
}

#[test]
fn user_file_unbinds_with_none() {
    let user = "[list]\n\"d\" = \"none\"\n[global]\n\"q\" = \"none\"\n\"ctrl+q\" = \"quit\"\n";
    let (map, errors) = Keymap::load("default", Some(("my.toml", user)));
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(map.action(&[Context::List], &press('d')), None);
    assert!(
        !map.bindings(Context::List)
            .iter()
            .any(|(a, _)| *a == Action::Delete)
    );
    assert_eq!(map.action(&[Context::Global], &press('q')), None);
    assert_eq!(
        map.action(
            &[Context::Global],
            &key(KeyCode::Char('q'), KeyModifiers::CONTROL)
        ),
        Some(Action::Quit)
    );
    assert_eq!(
        map.hint(Context::Global, Action::Quit).as_deref(),
        Some("Ctrl+Q")
    );
    // Welcome keeps its own q.
    assert_eq!(
        map.action(&[Context::Welcome], &press('q')),
        Some(Action::Quit)
    );
}

#[test]
fn user_file_with_three_problems_reports_all_and_applies_the_rest() {
    set_lang(Lang::En);
    let user = "\
[list]
\"x\" = \"delete\"
\"z\" = \"explode\"
\"o\" = \"open\"
\"hyper+k\" = \"up\"
\"C-s\" = \"search\"
\"ctrl+s\" = \"new\"
\"w\" = \"edit\"
";
    let (map, errors) = Keymap::load("default", Some(("keys.toml", user)));
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![3, 5, 7], "{errors:?}");
    assert!(errors.iter().all(|e| e.file == "keys.toml"));
    assert!(errors[0].message.contains("explode"), "{}", errors[0]);
    assert!(errors[1].message.contains("hyper+k"), "{}", errors[1]);
    assert!(errors[2].message.contains("line 6"), "{}", errors[2]);
    assert!(
        errors[0].to_string().starts_with("keys.toml:3: "),
        "{}",
        errors[0]
    );

    let l = [Context::List];
    assert_eq!(map.action(&l, &press('x')), Some(Action::Delete));
    assert_eq!(map.action(&l, &press('o')), Some(Action::Open));
    assert_eq!(map.action(&l, &press('w')), Some(Action::Edit));
    assert_eq!(map.action(&l, &press('z')), None);
    // The first of the two conflicting lines wins.
    assert_eq!(
        map.action(&l, &key(KeyCode::Char('s'), KeyModifiers::CONTROL)),
        Some(Action::Search)
    );
}

#[test]
fn user_file_structure_problems_are_reported() {
    set_lang(Lang::En);
    let user = "\
q = \"quit\"
[lists]
\"x\" = \"delete\"
[form]
\"f3\" = 3
\"f4\" = \"save\"
";
    let (map, errors) = Keymap::load("default", Some(("k.toml", user)));
    let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
    assert_eq!(lines, vec![1, 2, 5], "{errors:?}");
    assert!(errors[1].message.contains("lists"));
    assert_eq!(
        map.action(&[Context::Form], &key(KeyCode::F(4), KeyModifiers::NONE)),
        Some(Action::Save)
    );
}

#[test]
fn toml_syntax_error_is_reported_with_line_and_file_ignored() {
    let user = "[list]\n\"x\" = \"delete\"\n\n\"y\" = = \"open\"\n";
    let (map, errors) = Keymap::load("default", Some(("bad.toml", user)));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 4);
    assert_eq!(errors[0].file, "bad.toml");
    // Nothing from the file applies.
    assert_eq!(map.action(&[Context::List], &press('x')), None);
    assert_eq!(
        map.action(&[Context::List], &press('d')),
        Some(Action::Delete)
    );

    // A duplicate TOML key is a syntax error too.
    let dup = "[global]\n\"q\" = \"help\"\n\"q\" = \"quit\"\n";
    let (_, errors) = Keymap::load("default", Some(("dup.toml", dup)));
    assert_eq!(errors.len(), 1, "{errors:?}");
    assert_eq!(errors[0].line, 3);
}

#[test]
fn errors_follow_the_language() {
    set_lang(Lang::Zh);
    let (_, errors) = Keymap::load("default", Some(("k.toml", "[list]\n\"z\" = \"explode\"\n")));
    assert!(
        errors[0].to_string().starts_with("k.toml:2: 不认识的动作"),
        "{}",
        errors[0]
    );
    set_lang(Lang::En);
    let (_, errors) = Keymap::load("default", Some(("k.toml", "[list]\n\"z\" = \"explode\"\n")));
    assert_eq!(
        errors[0].to_string(),
        "k.toml:2: unknown action \"explode\""
    );
}

#[test]
fn release_events_give_none() {
    let map = Keymap::default();
    let mut ev = press('q');
    ev.kind = KeyEventKind::Release;
    assert_eq!(map.action(&[Context::Global], &ev), None);
    ev.kind = KeyEventKind::Repeat;
    assert_eq!(map.action(&[Context::Global], &ev), Some(Action::Quit));
}

#[test]
fn matches_on_code_and_modifiers_only() {
    let map = Keymap::default();
    let ev = KeyEvent::new_with_kind_and_state(
        KeyCode::Char('q'),
        KeyModifiers::NONE,
        KeyEventKind::Press,
        KeyEventState::CAPS_LOCK | KeyEventState::NUM_LOCK,
    );
    assert_eq!(map.action(&[Context::Global], &ev), Some(Action::Quit));
}

#[test]
fn shifted_char_matches_the_plain_char_binding() {
    let map = Keymap::default();
    let g = [Context::Global];
    assert_eq!(
        map.action(&g, &key(KeyCode::Char('?'), KeyModifiers::SHIFT)),
        Some(Action::Help)
    );
    assert_eq!(map.action(&g, &press('?')), Some(Action::Help));
    // Uppercase binding matches with or without a reported SHIFT.
    let (map, errors) = Keymap::load(
        "default",
        Some(("k.toml", "[list]\n\"shift+x\" = \"delete\"\n")),
    );
    assert!(errors.is_empty(), "{errors:?}");
    assert_eq!(
        map.action(
            &[Context::List],
            &key(KeyCode::Char('X'), KeyModifiers::SHIFT)
        ),
        Some(Action::Delete)
    );
    assert_eq!(
        map.action(&[Context::List], &press('X')),
        Some(Action::Delete)
    );
    assert_eq!(map.action(&[Context::List], &press('x')), None);
}

#[test]
fn text_input_detection() {
    assert!(is_text_input(&press('a')));
    assert!(is_text_input(&press('张')));
    assert!(is_text_input(&key(KeyCode::Char('A'), KeyModifiers::SHIFT)));
    assert!(!is_text_input(&key(
        KeyCode::Char('s'),
        KeyModifiers::CONTROL
    )));
    assert!(!is_text_input(&key(KeyCode::Enter, KeyModifiers::NONE)));
    assert!(!is_text_input(&key(KeyCode::Esc, KeyModifiers::NONE)));
}

#[test]
fn chord_parsing_and_labels() {
    assert_eq!(chord("C-s"), chord("ctrl+s"));
    assert_eq!(chord("shift+tab"), chord("backtab"));
    assert_eq!(chord("shift+q"), chord("Q"));
    assert_eq!(chord("pageup"), chord("pgup"));
    assert_eq!(chord("ctrl+s").label(), "Ctrl+S");
    assert_eq!(chord("shift+tab").label(), "Shift+Tab");
    assert_eq!(chord("enter").label(), "Enter");
    assert_eq!(chord("esc").label(), "Esc");
    assert_eq!(chord("up").label(), "↑");
    assert_eq!(chord("pgdn").label(), "PgDn");
    assert_eq!(chord("?").label(), "?");
    assert_eq!(chord("q").label(), "q");
    assert_eq!(chord("space").label(), "Space");
    assert!(KeyChord::parse("ctrl+").is_err());
    assert_eq!(
        KeyChord::from_event(&key(KeyCode::BackTab, KeyModifiers::SHIFT)),
        chord("shift+tab")
    );
}

#[test]
fn context_titles_and_names() {
    set_lang(Lang::En);
    assert_eq!(Context::ALL.len(), 10);
    let names: Vec<_> = Context::ALL.iter().map(|c| c.name()).collect();
    assert_eq!(
        names,
        [
            "global",
            "list",
            "form",
            "dialog",
            "welcome",
            "today",
            "roster",
            "calendar",
            "spotcheck",
            "docket"
        ]
    );
    for c in Context::ALL {
        assert!(!c.title().t().is_empty());
    }
}

#[test]
fn caps_lock_letters_fall_back_to_the_lowercase_binding_only_when_unbound() {
    use chairdesk::ui::action::Action;
    use chairdesk::ui::keymap::{Context, Keymap};
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    let default = Keymap::preset("default").unwrap();
    let caps_q = KeyEvent::new(KeyCode::Char('Q'), KeyModifiers::NONE);
    assert_eq!(
        default.action(&[Context::Global], &caps_q),
        Some(Action::Quit)
    );
    let vim = Keymap::preset("vim").unwrap();
    let big_g = KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT);
    assert_eq!(
        vim.action(&[Context::List], &big_g),
        Some(Action::End),
        "G keeps its own binding"
    );
}
