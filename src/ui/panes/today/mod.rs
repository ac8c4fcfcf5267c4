//! 今日: what needs the chair today and this week. Three screens share the
//! pane: the review (the first screen of the day), the rules (规则设置) and
//! the duty scores (履职积分). Lines can be put off to a day or marked seen
//! for today; both are kept in the file.

mod review;
mod rule_names;
mod scores;
mod settings;
pub mod wording;

use chrono::{Duration, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use self::review::ReviewView;
use self::scores::{ScoresOutcome, ScoresView};
use self::settings::{Setting, SettingsView};
use super::{ExportTable, ListOutcome, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::storage::today::SnoozeHow;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::errors::describe;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Field, Form, FormOutcome, FormValues, truncate};

/// Which screen the pane shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mode {
    Review,
    Rules,
    Scores,
}

/// What an open form will change when saved.
enum Editing {
    Snooze { key: String, label: String },
    Setting(Setting),
}

pub struct TodayPane {
    mode: Mode,
    review: ReviewView,
    settings: SettingsView,
    scores: ScoresView,
    form: Option<(Editing, Form)>,
    /// The screen changed (or its year): read before drawing.
    stale: bool,
    theme: Theme,
}

/// A short form of a line's matter for status messages.
fn short(text: &str) -> String {
    truncate(text, 40).into_owned()
}

fn form_hint(keymap: &Keymap) -> String {
    let k = |a| keymap.hint(Context::Form, a).unwrap_or_default();
    Msg::TodaySnoozeHint.fill(&[&k(Action::Save), &k(Action::Cancel)])
}

impl TodayPane {
    pub fn new(theme: &Theme) -> TodayPane {
        TodayPane {
            mode: Mode::Review,
            review: ReviewView::new(),
            settings: SettingsView::new(),
            scores: ScoresView::new(),
            form: None,
            stale: false,
            theme: theme.clone(),
        }
    }

    fn show(&mut self, mode: Mode) -> PaneOutcome {
        self.mode = mode;
        self.stale = true;
        PaneOutcome::Consumed
    }

    fn handle_review(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        let selected = self.review.selected().cloned();
        let today = cx.today;
        match (action, &selected) {
            (Some(Action::TodayRules), _) => return self.show(Mode::Rules),
            (Some(Action::TodayScores), _) => return self.show(Mode::Scores),
            (Some(Action::TodayShowSnoozed), _) => {
                self.review.show_snoozed = !self.review.show_snoozed;
                self.review.rebuild(&self.theme);
                return PaneOutcome::Consumed;
            }
            (Some(Action::TodaySnooze), Some((item, _))) => {
                let field = Field::date("until", Msg::TodaySnoozeUntil.t())
                    .required()
                    .date_value(Some(today + Duration::days(7)));
                let label = words_of(item, today);
                let form = Form::new(
                    format!("{}：{}", Msg::TodaySnoozeTitle.t(), label),
                    today,
                    vec![field],
                )
                .with_hint(form_hint(cx.keymap));
                let key = item.key.clone();
                self.form = Some((Editing::Snooze { key, label }, form));
                return PaneOutcome::Consumed;
            }
            (Some(Action::TodaySeen), Some((item, _))) => {
                return match cx.db.snooze_line(&item.key, SnoozeHow::Seen, today) {
                    Ok(()) => PaneOutcome::Changed(Msg::TodaySeen.fill(&[&words_of(item, today)])),
                    Err(e) => PaneOutcome::Error(describe(&e)),
                };
            }
            (Some(Action::TodayUnsnooze), Some((item, until))) => {
                if until.is_none() {
                    return PaneOutcome::Status(Msg::TodayNotSnoozed.t().to_owned());
                }
                return match cx.db.unsnooze_line(&item.key) {
                    Ok(()) => {
                        PaneOutcome::Changed(Msg::TodayUnsnoozed.fill(&[&words_of(item, today)]))
                    }
                    Err(e) => PaneOutcome::Error(describe(&e)),
                };
            }
            (Some(Action::TodaySnooze | Action::TodaySeen | Action::TodayUnsnooze), None) => {
                return PaneOutcome::Consumed;
            }
            _ => {}
        }
        match self.review.handle(action, key) {
            ListOutcome::Ignored => PaneOutcome::Ignored,
            ListOutcome::Consumed => PaneOutcome::Consumed,
            ListOutcome::Open(_) => match self.review.selected().map(|(item, _)| item.target) {
                Some(Some(target)) => PaneOutcome::Jump(target),
                Some(None) => PaneOutcome::Status(Msg::TodayNoRecord.t().to_owned()),
                None => PaneOutcome::Consumed,
            },
        }
    }

    fn handle_settings(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        if action == Some(Action::Back) && !self.settings.is_searching() {
            return self.show(Mode::Review);
        }
        match self.settings.handle(action, key) {
            None => PaneOutcome::Ignored,
            Some(None) => PaneOutcome::Consumed,
            Some(Some(setting)) => {
                let form = setting.form(cx.today, form_hint(cx.keymap));
                self.form = Some((Editing::Setting(setting), form));
                PaneOutcome::Consumed
            }
        }
    }

    fn handle_scores(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        if action == Some(Action::Back) && !self.scores.is_searching() {
            return self.show(Mode::Review);
        }
        match self.scores.handle(action, key, cx.today) {
            ScoresOutcome::Ignored => PaneOutcome::Ignored,
            ScoresOutcome::Consumed => PaneOutcome::Consumed,
            ScoresOutcome::YearChanged => {
                self.stale = true;
                PaneOutcome::Consumed
            }
            ScoresOutcome::Open(detail) => PaneOutcome::Open(detail),
        }
    }

    /// Writes what the form holds, as one transaction. On a refusal the
    /// form stays open with the reason.
    fn save(
        &mut self,
        editing: Editing,
        mut form: Form,
        values: FormValues,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        let result = match &editing {
            Editing::Snooze { key, label } => match values.date("until") {
                Some(until) if until > cx.today => cx
                    .db
                    .snooze_line(key, SnoozeHow::Until(until), cx.today)
                    .map(|()| Msg::TodaySnoozed.fill(&[&until, label])),
                _ => {
                    form.set_field_error("until", Msg::TodaySnoozeLater.t());
                    self.form = Some((editing, form));
                    return PaneOutcome::Consumed;
                }
            },
            Editing::Setting(s) => {
                let value = values.number("value").unwrap_or(s.value);
                let saved = if s.is_weight {
                    cx.db.set_score_weight(&s.key, value)
                } else {
                    cx.db.set_rule(&s.key, value)
                };
                saved.map(|()| Msg::TodayRuleSaved.fill(&[&s.label, &value, &s.unit]))
            }
        };
        match result {
            Ok(message) => PaneOutcome::Changed(message),
            Err(e) => {
                form.set_message(describe(&e));
                self.form = Some((editing, form));
                PaneOutcome::Consumed
            }
        }
    }
}

/// A line's matter, short, for messages and form titles.
fn words_of(item: &crate::storage::today::ReviewItem, today: NaiveDate) -> String {
    short(&wording::words(item, today).matter)
}

impl Pane for TodayPane {
    fn export_table(&self) -> Option<ExportTable> {
        Some(match self.mode {
            Mode::Review => self.review.export(),
            Mode::Rules => self.settings.export(),
            Mode::Scores => self.scores.export(),
        })
    }

    fn title(&self) -> Msg {
        Msg::PaneToday
    }

    fn context(&self) -> Context {
        Context::Today
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        self.stale = false;
        self.review.set(db.review(today)?, &self.theme);
        match self.mode {
            Mode::Review => {}
            Mode::Rules => self.settings.reload(db)?,
            Mode::Scores => self.scores.reload(db, today, &self.theme)?,
        }
        Ok(())
    }

    fn needs_reload(&self) -> bool {
        self.stale
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        match self.mode {
            Mode::Review => self.review.render(frame, area, ctx.keymap, ctx.theme),
            Mode::Rules => self.settings.render(frame, area, ctx.keymap, ctx.theme),
            Mode::Scores => self.scores.render(frame, area, ctx.keymap, ctx.theme),
        }
        if let Some((_, form)) = &self.form {
            if let Some(pos) = form.render(area, frame.buffer_mut(), ctx.theme) {
                frame.set_cursor_position(pos);
            }
        }
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, cx: &mut PaneCx) -> PaneOutcome {
        if let Some((editing, mut form)) = self.form.take() {
            return match form.handle(action, key) {
                FormOutcome::Continue => {
                    self.form = Some((editing, form));
                    PaneOutcome::Consumed
                }
                FormOutcome::Cancel => PaneOutcome::Consumed,
                FormOutcome::Save(values) => self.save(editing, form, values, cx),
            };
        }
        match self.mode {
            Mode::Review => self.handle_review(action, key, cx),
            Mode::Rules => self.handle_settings(action, key, cx),
            Mode::Scores => self.handle_scores(action, key, cx),
        }
    }

    fn contexts(&self) -> Vec<Context> {
        if self.form.is_some() {
            vec![Context::Form]
        } else {
            vec![Context::Today, Context::List, Context::Global]
        }
    }

    fn paste(&mut self, text: &str) {
        match (&mut self.form, self.mode) {
            (Some((_, form)), _) => form.paste(text),
            (None, Mode::Review) => self.review.paste(text),
            (None, Mode::Rules) => self.settings.paste(text),
            (None, Mode::Scores) => self.scores.paste(text),
        }
    }

    fn captures_text(&self) -> bool {
        self.form.is_some()
            || match self.mode {
                Mode::Review => self.review.is_searching(),
                Mode::Rules => self.settings.is_searching(),
                Mode::Scores => self.scores.is_searching(),
            }
    }

    fn has_unsaved_input(&self) -> bool {
        self.form.as_ref().is_some_and(|(_, f)| f.is_dirty())
    }
}
