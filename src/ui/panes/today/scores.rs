//! Duty scores (履职积分): every deputy ranked in the township and in the
//! group, with the grade; Enter shows the breakdown. ←/→ change the year.

use crate::domain::scores::{Grade, ScoreItem};
use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::wording::{grade_label, item_label};
use crate::storage::today::ScoredDeputy;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::{Detail, ListOutcome, ListRow, ListView};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

/// Oldest year the view goes back to.
const FIRST_YEAR: i32 = 2000;

/// The breakdown of one deputy's score: a line per kind of event with the
/// count and the points, then the total and the grade cut-offs.
pub fn breakdown(s: &ScoredDeputy, year: i32, cuts: (i64, i64)) -> Detail {
    let count = |x: f64| {
        if x.fract() == 0.0 {
            format!("{x:.0}")
        } else {
            format!("{x:.1}")
        }
    };
    let mut fields: Vec<(String, String)> = s
        .score
        .lines
        .iter()
        .filter(|l| l.item != ScoreItem::Base || l.points != 0)
        .map(|l| {
            (
                item_label(l.item).t().to_owned(),
                Msg::TodayScoreLine.fill(&[&count(l.count), &l.points]),
            )
        })
        .collect();
    fields.push((
        Msg::TodayScoreTotal.t().to_owned(),
        s.score.total.to_string(),
    ));
    fields.push((
        Msg::TodayScoreGradeRule.t().to_owned(),
        Msg::TodayScoreGradeCuts.fill(&[&cuts.0, &cuts.1]),
    ));
    Detail {
        title: Msg::TodayBreakdownTitle.fill(&[
            &s.deputy.name,
            &year,
            &s.score.total,
            &grade_label(s.grade).t(),
        ]),
        fields,
    }
}

pub struct ScoresView {
    pub year: i32,
    scored: Vec<ScoredDeputy>,
    cuts: (i64, i64),
    list: ListView,
}

impl ScoresView {
    /// The list as shown, for export.
    pub fn export(&self) -> crate::ui::panes::ExportTable {
        self.list.export(Msg::TodayExportScores.t())
    }

    pub fn new() -> ScoresView {
        let c = |m: Msg, w, a| Column::new(m.t(), w, a);
        ScoresView {
            year: 0,
            scored: Vec::new(),
            cuts: (0, 0),
            list: ListView::new(vec![
                c(Msg::TodayColRank, ColWidth::Fixed(8), Align::Right),
                c(Msg::TodayColGroupRank, ColWidth::Fixed(8), Align::Right),
                c(Msg::ColName, ColWidth::Min(8), Align::Left),
                c(Msg::ColGroup, ColWidth::Min(10), Align::Left),
                c(Msg::TodayColScore, ColWidth::Fixed(6), Align::Right),
                c(Msg::TodayColGrade, ColWidth::Fixed(6), Align::Left),
            ]),
        }
    }

    pub fn reload(&mut self, db: &Db, today: NaiveDate, theme: &Theme) -> storage::Result<()> {
        if self.year == 0 || self.year > today.year() {
            self.year = today.year();
        }
        self.scored = db.duty_scores(self.year, today)?;
        self.cuts = (
            db.rule("grade_excellent_min")?,
            db.rule("grade_competent_min")?,
        );
        let rows = self
            .scored
            .iter()
            .map(|s| {
                let style = match s.grade {
                    Grade::Excellent => theme.ok,
                    Grade::Competent => ratatui::style::Style::default(),
                    Grade::Incompetent => theme.error,
                };
                let group_rank = if s.deputy.group_id.is_some() {
                    s.group_rank.to_string()
                } else {
                    String::new()
                };
                ListRow::new(
                    s.deputy.id,
                    vec![
                        s.rank.to_string(),
                        group_rank,
                        s.deputy.name.clone(),
                        s.deputy.group.clone().unwrap_or_default(),
                        s.score.total.to_string(),
                        grade_label(s.grade).t().to_owned(),
                    ],
                )
                .name(&s.deputy.name, "")
                .style(style)
            })
            .collect();
        self.list.set_rows(rows);
        Ok(())
    }

    /// What a key did: ←/→ change the year (the pane reads again), Enter
    /// opens the breakdown of the deputy under the cursor.
    pub fn handle(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        today: NaiveDate,
    ) -> ScoresOutcome {
        if !self.list.is_searching() {
            match action {
                Some(Action::Left) if self.year > FIRST_YEAR => {
                    self.year -= 1;
                    return ScoresOutcome::YearChanged;
                }
                Some(Action::Right) if self.year < today.year() => {
                    self.year += 1;
                    return ScoresOutcome::YearChanged;
                }
                Some(Action::Left | Action::Right) => return ScoresOutcome::Consumed,
                _ => {}
            }
        }
        match self.list.handle(action, key) {
            ListOutcome::Ignored => ScoresOutcome::Ignored,
            ListOutcome::Consumed => ScoresOutcome::Consumed,
            ListOutcome::Open(id) => match self.scored.iter().find(|s| s.deputy.id == id) {
                Some(s) => ScoresOutcome::Open(breakdown(s, self.year, self.cuts)),
                None => ScoresOutcome::Consumed,
            },
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.list.paste(text);
    }

    pub fn is_searching(&self) -> bool {
        self.list.is_searching()
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, keymap: &Keymap, theme: &Theme) {
        let k = |a| keymap.hint(Context::List, a).unwrap_or_default();
        let title = Msg::TodayScoresTitle.fill(&[
            &self.year,
            &self.scored.len(),
            &k(Action::Open),
            &k(Action::Left),
            &k(Action::Right),
            &k(Action::Back),
        ]);
        self.list.render(frame, area, &title, theme);
    }
}

/// What the scores view did with a key.
pub enum ScoresOutcome {
    Ignored,
    Consumed,
    YearChanged,
    Open(Detail),
}
