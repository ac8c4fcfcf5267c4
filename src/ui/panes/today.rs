//! 今日: what needs the chair today and this week.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::{ListOutcome, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::domain::dates::Quarter;
use crate::storage::today::{ReviewItem, ReviewKind, TodayFigures};
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::calendar::quarter_label;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

pub struct TodayPane {
    figures: TodayFigures,
    items: Vec<ReviewItem>,
    list: ListView,
    today: NaiveDate,
    theme: Theme,
}

/// The heading of a kind of review line.
pub fn kind_label(kind: ReviewKind) -> Msg {
    match kind {
        ReviewKind::ReplyOverdue => Msg::ReviewReplyOverdue,
        ReviewKind::AnnouncementDue => Msg::ReviewAnnouncementDue,
        ReviewKind::CorrectionOverdue => Msg::ReviewCorrectionOverdue,
        ReviewKind::ActivityThisWeek => Msg::ReviewActivityThisWeek,
        ReviewKind::ActivityUnrecorded => Msg::ReviewActivityUnrecorded,
        ReviewKind::ReplyDueSoon => Msg::ReviewReplyDueSoon,
        ReviewKind::CheckThisWeek => Msg::ReviewCheckThisWeek,
        ReviewKind::GroupIdle => Msg::ReviewGroupIdle,
    }
}

impl TodayPane {
    pub fn new(theme: &Theme) -> TodayPane {
        let c = |m: Msg, w: ColWidth| Column {
            title: m.t().to_owned(),
            width: w,
            align: Align::Left,
        };
        TodayPane {
            figures: TodayFigures::default(),
            items: Vec::new(),
            list: ListView::new(vec![
                c(Msg::ColReviewKind, ColWidth::Fixed(14)),
                c(Msg::ColMatter, ColWidth::Min(20)),
                c(Msg::ColWho, ColWidth::Min(10)),
                c(Msg::ColBy, ColWidth::Fixed(10)),
            ]),
            today: NaiveDate::default(),
            theme: theme.clone(),
        }
    }

    fn style(&self, kind: ReviewKind) -> Style {
        match kind {
            ReviewKind::ReplyOverdue
            | ReviewKind::AnnouncementDue
            | ReviewKind::CorrectionOverdue => self.theme.error,
            ReviewKind::ActivityUnrecorded | ReviewKind::ReplyDueSoon | ReviewKind::GroupIdle => {
                self.theme.warn
            }
            ReviewKind::ActivityThisWeek | ReviewKind::CheckThisWeek => Style::default(),
        }
    }

    fn what(&self, item: &ReviewItem) -> String {
        match item.kind {
            ReviewKind::GroupIdle => {
                let q = Quarter::of(self.today);
                Msg::GroupIdleMatter.fill(&[&quarter_label(q), &q.days_left(self.today)])
            }
            ReviewKind::CheckThisWeek | ReviewKind::CorrectionOverdue => {
                Msg::SpotCheckMatter.fill(&[&item.what])
            }
            _ => item.what.clone(),
        }
    }
}

impl Pane for TodayPane {
    fn title(&self) -> Msg {
        Msg::PaneToday
    }

    fn context(&self) -> Context {
        Context::Today
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        self.today = today;
        self.figures = db.today_figures(today)?;
        self.items = db.today_review(today)?;
        let rows = self
            .items
            .iter()
            .enumerate()
            .map(|(i, item)| {
                ListRow::new(
                    i as i64,
                    vec![
                        kind_label(item.kind).t().to_owned(),
                        self.what(item),
                        item.who.clone(),
                        item.due.map(|d| d.to_string()).unwrap_or_default(),
                    ],
                )
                .style(self.style(item.kind))
            })
            .collect();
        self.list.set_rows(rows);
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let [header, body] =
            Layout::vertical([Constraint::Length(1), Constraint::Min(3)]).areas(area);
        let f = &self.figures;
        let figure = |label: Msg, value: i64, style: Style| {
            vec![
                Span::raw(format!(" {} ", label.t())),
                Span::styled(value.to_string(), style),
                Span::raw(" "),
            ]
        };
        let mut spans = vec![Span::styled(
            format!(" {} ", self.today.format("%Y-%m-%d")),
            ctx.theme.title,
        )];
        spans.extend(figure(
            Msg::FigDeputies,
            f.deputies_in_office,
            ctx.theme.title,
        ));
        spans.extend(figure(
            Msg::FigActivities,
            f.activities_this_quarter,
            ctx.theme.title,
        ));
        spans.extend(figure(Msg::FigOpen, f.open_items, ctx.theme.title));
        let overdue_style = if f.overdue_items > 0 {
            ctx.theme.error
        } else {
            ctx.theme.ok
        };
        spans.extend(figure(Msg::FigOverdue, f.overdue_items, overdue_style));
        frame.render_widget(Paragraph::new(Line::from(spans)), header);
        let title = Msg::ReviewTitle.fill(&[&self.items.len()]);
        self.list.render(frame, body, &title, ctx.theme);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, _cx: &mut PaneCx) -> PaneOutcome {
        match self.list.handle(action, key) {
            ListOutcome::Ignored => PaneOutcome::Ignored,
            ListOutcome::Consumed => PaneOutcome::Consumed,
            ListOutcome::Open(i) => match self.items.get(i as usize) {
                Some(item) => PaneOutcome::Jump(item.target),
                None => PaneOutcome::Consumed,
            },
        }
    }

    fn paste(&mut self, text: &str) {
        self.list.paste(text);
    }

    fn captures_text(&self) -> bool {
        self.list.is_searching()
    }
}
