//! A modal form: labelled text, date, number and choice fields, checked
//! only when the user asks to save. Drawing lives in `form_view.rs`, the
//! typed result in `form_values.rs`.

use std::cell::Cell;

use chrono::NaiveDate;
use ratatui::crossterm::event::{KeyCode, KeyEvent};

use crate::domain::date_input::{DateInputError, YEAR_RANGE, parse_date_input};
use crate::ui::action::Action;
use crate::ui::text::Msg;
use crate::ui::widgets::form_values::{FieldValue, FormValues};
use crate::ui::widgets::input::{TextInput, is_text_input};

/// What a field holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// A date typed in any form [`parse_date_input`] reads.
    Date,
    /// One of a fixed list, changed with Left/Right or Space.
    Choice(Vec<String>),
    /// A whole number within `min..=max`.
    Number {
        min: i64,
        max: i64,
    },
}

/// One labelled field of a [`Form`].
#[derive(Clone, Debug)]
pub struct Field {
    pub key: &'static str,
    pub label: String,
    pub kind: FieldKind,
    pub required: bool,
    pub(crate) input: TextInput,
    pub(crate) choice: usize,
    pub(crate) error: Option<String>,
    initial: (String, usize),
}

impl Field {
    fn new(key: &'static str, label: impl Into<String>, kind: FieldKind) -> Self {
        Field {
            key,
            label: label.into(),
            kind,
            required: false,
            input: TextInput::new(),
            choice: 0,
            error: None,
            initial: (String::new(), 0),
        }
    }

    pub fn text(key: &'static str, label: impl Into<String>) -> Self {
        Self::new(key, label, FieldKind::Text)
    }

    pub fn date(key: &'static str, label: impl Into<String>) -> Self {
        Self::new(key, label, FieldKind::Date)
    }

    pub fn number(key: &'static str, label: impl Into<String>, min: i64, max: i64) -> Self {
        Self::new(key, label, FieldKind::Number { min, max })
    }

    pub fn choice(
        key: &'static str,
        label: impl Into<String>,
        options: Vec<String>,
        selected: usize,
    ) -> Self {
        let mut f = Self::new(key, label, FieldKind::Choice(options));
        f.choice = selected.min(f.options().len().saturating_sub(1));
        f
    }

    /// Must not be left empty.
    pub fn required(mut self) -> Self {
        self.required = true;
        self
    }

    /// Starting text of a text, date or number field.
    pub fn value(mut self, v: impl AsRef<str>) -> Self {
        self.input.set(v.as_ref());
        self
    }

    /// Starting date, shown as 2026-03-05.
    pub fn date_value(self, d: Option<NaiveDate>) -> Self {
        let s = d
            .map(|d| d.format("%Y-%m-%d").to_string())
            .unwrap_or_default();
        self.value(s)
    }

    /// Starting number.
    pub fn number_value(self, n: Option<i64>) -> Self {
        let s = n.map(|n| n.to_string()).unwrap_or_default();
        self.value(s)
    }

    /// The text as typed (empty for choice fields).
    pub fn text_value(&self) -> &str {
        self.input.value()
    }

    /// The selected option index (0 for other fields).
    pub fn choice_index(&self) -> usize {
        self.choice
    }

    /// The message shown beside the field, if any.
    pub fn error(&self) -> Option<&str> {
        self.error.as_deref()
    }

    pub(crate) fn options(&self) -> &[String] {
        match &self.kind {
            FieldKind::Choice(o) => o,
            _ => &[],
        }
    }

    pub(crate) fn is_textual(&self) -> bool {
        !matches!(self.kind, FieldKind::Choice(_))
    }

    fn cycle_choice(&mut self, step: isize) {
        let n = self.options().len();
        if n > 0 {
            self.choice = (self.choice as isize + step).rem_euclid(n as isize) as usize;
        }
    }

    /// Rewrites a readable date as 2026-03-05 so the user sees how it was read.
    fn normalise_date(&mut self, today: NaiveDate) {
        if self.kind == FieldKind::Date {
            if let Ok(d) = parse_date_input(self.input.value(), today) {
                let s = d.format("%Y-%m-%d").to_string();
                if s != self.input.value() {
                    self.input.set(&s);
                }
            }
        }
    }

    /// The typed value, or the message to show beside the field.
    fn check(&self, today: NaiveDate) -> Result<FieldValue, String> {
        let text = self.input.value().trim();
        let mut v = FieldValue {
            text: text.to_string(),
            ..FieldValue::default()
        };
        if self.required && text.is_empty() && self.is_textual() {
            return Err(Msg::WidgetRequired.t().to_string());
        }
        match &self.kind {
            FieldKind::Text => {}
            FieldKind::Date if text.is_empty() => {}
            FieldKind::Date => v.date = Some(parse_date_input(text, today).map_err(date_error)?),
            FieldKind::Number { .. } if text.is_empty() => {}
            FieldKind::Number { min, max } => {
                let n =
                    parse_number(text).ok_or_else(|| Msg::WidgetNumberInvalid.t().to_string())?;
                if n < *min || n > *max {
                    return Err(Msg::WidgetNumberOutOfRange.fill(&[min, max]));
                }
                v.number = Some(n);
            }
            FieldKind::Choice(options) => {
                v.choice = self.choice;
                v.choice_label = options.get(self.choice).cloned().unwrap_or_default();
                v.text = v.choice_label.clone();
            }
        }
        Ok(v)
    }
}

fn date_error(e: DateInputError) -> String {
    match e {
        DateInputError::Empty => Msg::WidgetRequired.t().to_string(),
        DateInputError::Unrecognised => Msg::WidgetDateUnrecognised.t().to_string(),
        DateInputError::NoSuchDay { year, month, day } => {
            Msg::WidgetDateNoSuchDay.fill(&[&year, &month, &day])
        }
        DateInputError::OutOfRange(y) => {
            debug_assert!(!YEAR_RANGE.contains(&y));
            Msg::WidgetDateOutOfRange.fill(&[&y])
        }
    }
}

/// A whole number, full-width digits and minus allowed.
fn parse_number(s: &str) -> Option<i64> {
    let ascii: String = s
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
            '－' => '-',
            '＋' => '+',
            _ => c,
        })
        .collect();
    ascii.trim().parse().ok()
}

/// What the caller should do after a key.
#[derive(Clone, Debug, PartialEq)]
pub enum FormOutcome {
    /// Keep the form open.
    Continue,
    /// Every field is valid: store these values.
    Save(FormValues),
    /// The user gave up.
    Cancel,
}

/// A modal form.
#[derive(Clone, Debug)]
pub struct Form {
    pub title: String,
    pub(crate) fields: Vec<Field>,
    pub(crate) focus: usize,
    today: NaiveDate,
    pub(crate) message: Option<String>,
    pub(crate) hint: Option<String>,
    /// First body line shown, kept between frames.
    pub(crate) scroll: Cell<usize>,
}

impl Form {
    /// A form over `fields`; their current values count as unchanged.
    pub fn new(title: impl Into<String>, today: NaiveDate, mut fields: Vec<Field>) -> Self {
        for f in &mut fields {
            f.initial = (f.input.value().to_string(), f.choice);
        }
        Form {
            title: title.into(),
            fields,
            focus: 0,
            today,
            message: None,
            hint: None,
            scroll: Cell::new(0),
        }
    }

    /// Replaces the bottom hint line; pass one built from the keymap so it
    /// names the real keys.
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.set_hint(hint);
        self
    }

    pub fn set_hint(&mut self, hint: impl Into<String>) {
        self.hint = Some(hint.into());
    }

    pub fn fields(&self) -> &[Field] {
        &self.fields
    }

    pub fn field(&self, key: &str) -> Option<&Field> {
        self.fields.iter().find(|f| f.key == key)
    }

    /// Index of the focused field.
    pub fn focus(&self) -> usize {
        self.focus
    }

    pub fn focused_key(&self) -> Option<&'static str> {
        self.fields.get(self.focus).map(|f| f.key)
    }

    /// Moves the focus to the field called `key`.
    pub fn focus_key(&mut self, key: &str) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.focus = i;
        }
    }

    /// Shows a message beside a field (e.g. a refusal from the database)
    /// and focuses it.
    pub fn set_field_error(&mut self, key: &str, msg: impl Into<String>) {
        if let Some(i) = self.fields.iter().position(|f| f.key == key) {
            self.fields[i].error = Some(msg.into());
            self.focus = i;
        }
    }

    /// Shows a message for the whole form above the hint line.
    pub fn set_message(&mut self, msg: impl Into<String>) {
        self.message = Some(msg.into());
    }

    pub fn clear_message(&mut self) {
        self.message = None;
    }

    pub fn message(&self) -> Option<&str> {
        self.message.as_deref()
    }

    /// True when any field differs from its starting value.
    pub fn is_dirty(&self) -> bool {
        self.fields
            .iter()
            .any(|f| (f.input.value(), f.choice) != (f.initial.0.as_str(), f.initial.1))
    }

    /// Pasted text goes into the focused text field, cleaned to one line.
    pub fn paste(&mut self, text: &str) {
        if let Some(f) = self.fields.get_mut(self.focus) {
            if f.is_textual() {
                f.input.paste(text);
                f.error = None;
            }
        }
    }

    /// Handles one key: `action` is what the keymap made of `ev`. A focused
    /// text field takes typing and editing keys first. Only `Save` saves.
    pub fn handle(&mut self, action: Option<Action>, ev: &KeyEvent) -> FormOutcome {
        if let Some(f) = self.fields.get_mut(self.focus) {
            if f.is_textual() {
                let before = f.input.value().to_string();
                if f.input.handle_key(ev) {
                    if f.input.value() != before {
                        f.error = None;
                    }
                    return FormOutcome::Continue;
                }
            } else {
                let step = match (action, ev.code) {
                    (_, KeyCode::Char(' ')) if is_text_input(ev) => Some(1),
                    (Some(Action::Left), _) | (None, KeyCode::Left) => Some(-1),
                    (Some(Action::Right), _) | (None, KeyCode::Right) => Some(1),
                    _ => None,
                };
                if let Some(step) = step {
                    f.cycle_choice(step);
                    f.error = None;
                    return FormOutcome::Continue;
                }
            }
        }
        match action {
            Some(Action::NextField | Action::Down) => self.move_focus(1),
            Some(Action::PrevField | Action::Up) => self.move_focus(-1),
            Some(Action::Save) => return self.try_save(),
            Some(Action::Cancel | Action::Back) => return FormOutcome::Cancel,
            _ => {}
        }
        FormOutcome::Continue
    }

    /// Moves the focus by `step`, wrapping around.
    fn move_focus(&mut self, step: isize) {
        let n = self.fields.len();
        if n == 0 {
            return;
        }
        let today = self.today;
        self.fields[self.focus].normalise_date(today);
        self.focus = (self.focus as isize + step).rem_euclid(n as isize) as usize;
    }

    /// Checks every field. With any error, shows them, focuses the first bad
    /// field and keeps the form open.
    fn try_save(&mut self) -> FormOutcome {
        self.message = None;
        let today = self.today;
        let mut values = Vec::with_capacity(self.fields.len());
        let mut first_bad = None;
        for (i, f) in self.fields.iter_mut().enumerate() {
            f.normalise_date(today);
            match f.check(today) {
                Ok(v) => {
                    f.error = None;
                    values.push((f.key, v));
                }
                Err(msg) => {
                    f.error = Some(msg);
                    first_bad.get_or_insert(i);
                }
            }
        }
        match first_bad {
            Some(i) => {
                self.focus = i;
                FormOutcome::Continue
            }
            None => FormOutcome::Save(FormValues::new(values)),
        }
    }
}

#[cfg(test)]
#[path = "form_tests.rs"]
mod tests;
