//! The checked values of a saved [`Form`](super::form::Form), read by field
//! key.

use chrono::NaiveDate;

/// One field's checked value.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct FieldValue {
    /// Trimmed text (the option label for choice fields).
    pub text: String,
    pub date: Option<NaiveDate>,
    pub number: Option<i64>,
    pub choice: usize,
    pub choice_label: String,
}

/// Typed access to a saved form's values by field key. Asking for a key the
/// form does not have is a programming error: it panics in debug builds and
/// gives an empty value in release builds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FormValues {
    entries: Vec<(&'static str, FieldValue)>,
}

static EMPTY: FieldValue = FieldValue {
    text: String::new(),
    date: None,
    number: None,
    choice: 0,
    choice_label: String::new(),
};

impl FormValues {
    pub(crate) fn new(entries: Vec<(&'static str, FieldValue)>) -> Self {
        FormValues { entries }
    }

    fn get(&self, key: &str) -> &FieldValue {
        let found = self.entries.iter().find(|(k, _)| *k == key).map(|(_, v)| v);
        debug_assert!(found.is_some(), "form has no field {key:?}");
        found.unwrap_or(&EMPTY)
    }

    /// True when the form has a field called `key`.
    pub fn has(&self, key: &str) -> bool {
        self.entries.iter().any(|(k, _)| *k == key)
    }

    /// The field keys in form order.
    pub fn keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.entries.iter().map(|(k, _)| *k)
    }

    /// Trimmed text ("" when empty; the option label for a choice field).
    pub fn text(&self, key: &str) -> &str {
        &self.get(key).text
    }

    /// Trimmed text, or None when empty.
    pub fn opt_text(&self, key: &str) -> Option<String> {
        let t = self.text(key);
        (!t.is_empty()).then(|| t.to_string())
    }

    /// The date of a date field, None when left empty.
    pub fn date(&self, key: &str) -> Option<NaiveDate> {
        self.get(key).date
    }

    /// The selected option index of a choice field.
    pub fn choice(&self, key: &str) -> usize {
        self.get(key).choice
    }

    /// The selected option's label of a choice field.
    pub fn choice_label(&self, key: &str) -> &str {
        &self.get(key).choice_label
    }

    /// The number of a number field, None when left empty.
    pub fn number(&self, key: &str) -> Option<i64> {
        self.get(key).number
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typed_access() {
        let v = FormValues::new(vec![
            (
                "name",
                FieldValue {
                    text: "张三".into(),
                    ..FieldValue::default()
                },
            ),
            ("note", FieldValue::default()),
            (
                "n",
                FieldValue {
                    text: "3".into(),
                    number: Some(3),
                    ..FieldValue::default()
                },
            ),
        ]);
        assert_eq!(v.text("name"), "张三");
        assert_eq!(v.opt_text("name").as_deref(), Some("张三"));
        assert_eq!(v.opt_text("note"), None);
        assert_eq!(v.number("n"), Some(3));
        assert!(v.has("n") && !v.has("x"));
        assert_eq!(v.keys().collect::<Vec<_>>(), vec!["name", "note", "n"]);
    }
}
