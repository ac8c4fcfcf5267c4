//! The settings screen: every rule in plain words with its value, then the
//! duty-score weights. Enter opens a one-field form; saving writes one
//! transaction.

use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::rule_names::rule_label;
use crate::storage::rules::Rule;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::{ListOutcome, ListRow, ListView};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column, Field, Form};

/// A setting the chair can change: a rule or a score weight.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    pub key: String,
    pub label: String,
    pub value: i64,
    pub unit: String,
    pub is_weight: bool,
}

impl Setting {
    /// The smallest and largest value the form accepts: weights may be
    /// negative (a deduction), rules not; a share is at most 100%.
    pub fn range(&self) -> (i64, i64) {
        match (self.is_weight, self.unit.as_str()) {
            (true, _) => (-1000, 1000),
            (false, "%") => (0, 100),
            (false, _) => (0, 10_000),
        }
    }

    /// A form to change the value.
    pub fn form(&self, today: chrono::NaiveDate, hint: String) -> Form {
        let (min, max) = self.range();
        let field = Field::number("value", Msg::TodayRuleValue.fill(&[&self.unit]), min, max)
            .required()
            .number_value(Some(self.value));
        let title = format!("{}：{}", Msg::TodayRuleEditTitle.t(), self.label);
        Form::new(title, today, vec![field]).with_hint(hint)
    }
}

pub struct SettingsView {
    settings: Vec<Setting>,
    list: ListView,
}

impl SettingsView {
    /// The list as shown, for export.
    pub fn export(&self) -> crate::ui::panes::ExportTable {
        self.list.export(Msg::TodayExportRules.t())
    }

    pub fn new() -> SettingsView {
        SettingsView {
            settings: Vec::new(),
            list: ListView::new(vec![
                Column::new(Msg::TodayColRule.t(), ColWidth::Min(30), Align::Left),
                Column::new(Msg::TodayColValue.t(), ColWidth::Fixed(6), Align::Right),
                Column::new(Msg::TodayColUnit.t(), ColWidth::Fixed(6), Align::Left),
            ]),
        }
    }

    pub fn reload(&mut self, db: &Db) -> storage::Result<()> {
        let rule = |r: Rule| Setting {
            label: rule_label(&r.key).map_or_else(|| r.key.clone(), |m| m.t().to_owned()),
            key: r.key,
            value: r.value,
            unit: r.unit,
            is_weight: false,
        };
        let mut settings: Vec<Setting> = db.rules()?.into_iter().map(rule).collect();
        settings.extend(
            db.score_weights()?
                .into_iter()
                .map(|(event, points)| Setting {
                    label: Msg::TodayWeightRow.fill(&[&event]),
                    key: event,
                    value: points,
                    unit: "分".to_owned(),
                    is_weight: true,
                }),
        );
        let rows = settings
            .iter()
            .enumerate()
            .map(|(i, s)| {
                ListRow::new(
                    i as i64,
                    vec![s.label.clone(), s.value.to_string(), s.unit.clone()],
                )
            })
            .collect();
        self.list.set_rows(rows);
        self.settings = settings;
        Ok(())
    }

    /// None when the key is not for the list; Some(None) when the list
    /// used it; Some(Some(setting)) to edit that setting.
    pub fn handle(&mut self, action: Option<Action>, key: &KeyEvent) -> Option<Option<Setting>> {
        let chosen = |this: &Self| {
            this.list
                .selected_id()
                .and_then(|i| this.settings.get(usize::try_from(i).ok()?))
                .cloned()
        };
        if action == Some(Action::Edit) && !self.list.is_searching() {
            return Some(chosen(self));
        }
        match self.list.handle(action, key) {
            ListOutcome::Ignored => None,
            ListOutcome::Consumed => Some(None),
            ListOutcome::Open(_) => Some(chosen(self)),
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.list.paste(text);
    }

    pub fn is_searching(&self) -> bool {
        self.list.is_searching()
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, keymap: &Keymap, theme: &Theme) {
        let k = |c, a| keymap.hint(c, a).unwrap_or_default();
        let title = Msg::TodayRulesTitle.fill(&[
            &self.settings.len(),
            &k(Context::List, Action::Open),
            &k(Context::List, Action::Back),
        ]);
        self.list.render(frame, area, &title, theme);
    }
}
