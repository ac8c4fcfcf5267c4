//! 活动: the activities of one quarter.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use super::{Detail, ListOutcome, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::domain::dates::Quarter;
use crate::storage::lists::ActivityRow;
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::{Lang, Msg, lang};
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

pub struct CalendarPane {
    quarter: Quarter,
    activities: Vec<ActivityRow>,
    list: ListView,
    today: NaiveDate,
    /// Set when the shown quarter changed and must be read again.
    stale: bool,
    theme: Theme,
}

/// A quarter's name in the interface language.
pub fn quarter_label(q: Quarter) -> String {
    match lang() {
        Lang::Zh => q.label_zh(),
        Lang::En => q.label_en(),
    }
}

fn days_label(days: f64) -> String {
    if days.fract() == 0.0 {
        format!("{days:.0}")
    } else {
        format!("{days:.1}")
    }
}

impl CalendarPane {
    pub fn new(theme: &Theme) -> CalendarPane {
        let c = |m: Msg, w: ColWidth| Column {
            title: m.t().to_owned(),
            width: w,
            align: Align::Left,
        };
        CalendarPane {
            quarter: Quarter::of(NaiveDate::default()),
            activities: Vec::new(),
            list: ListView::new(vec![
                c(Msg::ColDate, ColWidth::Fixed(10)),
                c(Msg::ColKind, ColWidth::Fixed(8)),
                c(Msg::ColTopic, ColWidth::Min(16)),
                c(Msg::ColGroup, ColWidth::Min(10)),
                c(Msg::ColStatus, ColWidth::Fixed(6)),
                Column {
                    title: Msg::ColPresent.t().to_owned(),
                    width: ColWidth::Fixed(4),
                    align: Align::Right,
                },
            ]),
            today: NaiveDate::default(),
            stale: false,
            theme: theme.clone(),
        }
    }

    fn fill(&mut self) {
        let theme = &self.theme;
        let rows = self
            .activities
            .iter()
            .map(|a| {
                let style = if a.status == "计划" && a.starts_on < self.today {
                    theme.warn
                } else if a.status == "取消" {
                    theme.dim
                } else {
                    ratatui::style::Style::default()
                };
                ListRow::new(
                    a.id,
                    vec![
                        a.starts_on.format("%Y-%m-%d").to_string(),
                        a.kind.clone(),
                        a.topic.clone(),
                        a.group_name
                            .clone()
                            .unwrap_or_else(|| Msg::TownshipWide.t().to_owned()),
                        a.status.clone(),
                        if a.status == "已举行" {
                            a.present.to_string()
                        } else {
                            String::new()
                        },
                    ],
                )
                .style(style)
            })
            .collect();
        self.list.set_rows(rows);
    }

    fn detail(&self, id: i64) -> Option<Detail> {
        let a = self.activities.iter().find(|a| a.id == id)?;
        let f = |m: Msg, v: String| (m.t().to_owned(), v);
        let dates = if a.ends_on > a.starts_on {
            format!("{} — {}", a.starts_on, a.ends_on)
        } else {
            a.starts_on.to_string()
        };
        Some(Detail {
            title: a.topic.clone(),
            fields: vec![
                f(Msg::ColKind, a.kind.clone()),
                f(Msg::ColDate, dates),
                f(Msg::ColDays, days_label(a.days)),
                f(Msg::ColPlace, a.place.clone()),
                f(
                    Msg::ColGroup,
                    a.group_name
                        .clone()
                        .unwrap_or_else(|| Msg::TownshipWide.t().to_owned()),
                ),
                f(Msg::ColStatus, a.status.clone()),
                f(Msg::ColPresent, a.present.to_string()),
                f(
                    Msg::ColArchived,
                    if a.archived {
                        Msg::Yes.t()
                    } else {
                        Msg::No.t()
                    }
                    .to_owned(),
                ),
            ],
        })
    }
}

impl Pane for CalendarPane {
    fn title(&self) -> Msg {
        Msg::PaneCalendar
    }

    fn context(&self) -> Context {
        Context::Calendar
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        if self.today != today {
            self.today = today;
            self.quarter = Quarter::of(today);
        }
        self.activities =
            db.activities_between(self.quarter.first_day(), self.quarter.last_day())?;
        self.stale = false;
        self.fill();
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let title =
            Msg::QuarterActivities.fill(&[&quarter_label(self.quarter), &self.activities.len()]);
        self.list.render(frame, area, &title, ctx.theme);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, _cx: &mut PaneCx) -> PaneOutcome {
        if !self.list.is_searching() {
            match action {
                Some(Action::Left) => {
                    self.quarter = self.quarter.prev();
                    self.stale = true;
                    return PaneOutcome::Consumed;
                }
                Some(Action::Right) => {
                    self.quarter = self.quarter.next();
                    self.stale = true;
                    return PaneOutcome::Consumed;
                }
                _ => {}
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
        let RecordRef::Activity(id) = target else {
            return Ok(false);
        };
        if let Some(day) = db.activity_date(id)? {
            let q = Quarter::of(day);
            if q != self.quarter {
                self.quarter = q;
                self.reload(db, self.today)?;
            }
        }
        Ok(self.list.select_id(id))
    }
}
