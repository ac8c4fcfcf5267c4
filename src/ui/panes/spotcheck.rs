//! 抽查: the supervision spot-checks of one year.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::{Detail, ListOutcome, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::storage::lists::SpotCheckRow;
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

pub struct SpotCheckPane {
    year: i32,
    checks: Vec<SpotCheckRow>,
    list: ListView,
    today: NaiveDate,
    stale: bool,
    theme: Theme,
}

fn date_or_blank(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

impl SpotCheckPane {
    pub fn new(theme: &Theme) -> SpotCheckPane {
        let c = |m: Msg, w: ColWidth| Column {
            title: m.t().to_owned(),
            width: w,
            align: Align::Left,
        };
        SpotCheckPane {
            year: 0,
            checks: Vec::new(),
            list: ListView::new(vec![
                c(Msg::ColPlanned, ColWidth::Fixed(10)),
                c(Msg::ColTarget, ColWidth::Min(8)),
                c(Msg::ColMethod, ColWidth::Fixed(8)),
                c(Msg::ColStatus, ColWidth::Fixed(11)),
                c(Msg::ColCorrectionDue, ColWidth::Fixed(10)),
                c(Msg::ColFinding, ColWidth::Min(10)),
            ]),
            today: NaiveDate::default(),
            stale: false,
            theme: theme.clone(),
        }
    }

    /// Corrections past their due date stand out.
    fn row_style(&self, c: &SpotCheckRow) -> Style {
        match c.status.as_str() {
            "已查-需整改" if c.correction_due.is_some_and(|d| d < self.today) => {
                self.theme.error
            }
            "已查-需整改" => self.theme.warn,
            "撤销" => self.theme.dim,
            _ => Style::default(),
        }
    }

    fn fill(&mut self) {
        let rows = self
            .checks
            .iter()
            .map(|c| {
                ListRow::new(
                    c.id,
                    vec![
                        c.planned_on.to_string(),
                        c.target.clone(),
                        c.method.clone(),
                        c.status.clone(),
                        date_or_blank(c.correction_due),
                        c.finding.clone(),
                    ],
                )
                .style(self.row_style(c))
            })
            .collect();
        self.list.set_rows(rows);
    }

    fn detail(&self, id: i64) -> Option<Detail> {
        let c = self.checks.iter().find(|c| c.id == id)?;
        let f = |m: Msg, v: String| (m.t().to_owned(), v);
        Some(Detail {
            title: format!("{}：{}", c.target_kind, c.target),
            fields: vec![
                f(Msg::ColPlanned, c.planned_on.to_string()),
                f(Msg::ColDone, date_or_blank(c.done_on)),
                f(Msg::ColMethod, c.method.clone()),
                f(Msg::ColChecker, c.checker.clone()),
                f(Msg::ColStatus, c.status.clone()),
                f(Msg::ColCorrectionDue, date_or_blank(c.correction_due)),
                f(Msg::ColFinding, c.finding.clone()),
            ],
        })
    }
}

impl Pane for SpotCheckPane {
    fn title(&self) -> Msg {
        Msg::PaneSpotCheck
    }

    fn context(&self) -> Context {
        Context::SpotCheck
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        if self.today != today {
            self.today = today;
            self.year = today.year();
        }
        self.checks = db.spot_checks(self.year)?;
        self.stale = false;
        self.fill();
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let title = Msg::YearSpotChecks.fill(&[&self.year, &self.checks.len()]);
        self.list.render(frame, area, &title, ctx.theme);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, _cx: &mut PaneCx) -> PaneOutcome {
        if !self.list.is_searching() {
            let step = match action {
                Some(Action::Left) => -1,
                Some(Action::Right) => 1,
                _ => 0,
            };
            if step != 0 {
                self.year = (self.year + step).clamp(2000, 2100);
                self.stale = true;
                return PaneOutcome::Consumed;
            }
        }
        match self.list.handle(action, key) {
            ListOutcome::Ignored => PaneOutcome::Ignored,
            ListOutcome::Consumed => PaneOutcome::Consumed,
            ListOutcome::Open(id) => self
                .detail(id)
                .map_or(PaneOutcome::Consumed, PaneOutcome::Open),
        }
    }

    fn paste(&mut self, text: &str) {
        self.list.paste(text);
    }

    fn captures_text(&self) -> bool {
        self.list.is_searching()
    }

    fn needs_reload(&self) -> bool {
        self.stale
    }

    fn focus_record(&mut self, db: &Db, target: RecordRef) -> storage::Result<bool> {
        let RecordRef::SpotCheck(id) = target else {
            return Ok(false);
        };
        if let Some(year) = db.spot_check_year(id)? {
            if year != self.year {
                self.year = year;
                self.reload(db, self.today)?;
            }
        }
        Ok(self.list.select_id(id))
    }
}
