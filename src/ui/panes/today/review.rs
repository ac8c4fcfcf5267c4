//! The review list: the figures a chair quotes, then every line grouped
//! under its heading, most urgent first. Put-off lines can be shown too.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use super::wording::{heading, words};
use crate::domain::scores::review::{ReviewItem, ReviewKind, percent, urgency};
use crate::storage::today::{Review, TodayFigures};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::{ListOutcome, ListRow, ListView};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column, truncate};

/// One line as listed, with the day it comes back when it is put off.
pub type Listed = (ReviewItem, Option<NaiveDate>);

pub struct ReviewView {
    pub review: Option<Review>,
    /// The lines listed, in order; row ids are made from their keys.
    lines: Vec<Listed>,
    pub show_snoozed: bool,
    list: ListView,
}

/// Row ids below zero are headings.
fn heading_id(kind: ReviewKind) -> i64 {
    -1 - kind as i64
}

/// A line's row id, from its key (FNV-1a), so the cursor stays on the same
/// line when the list is read again; never negative.
fn line_id(key: &str) -> i64 {
    let hash = key.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    });
    (hash >> 1) as i64
}

impl ReviewView {
    /// The list as shown, for export.
    pub fn export(&self) -> crate::ui::panes::ExportTable {
        self.list.export(Msg::TodayExportReview.t())
    }

    pub fn new() -> ReviewView {
        let c = |m: Msg, w: ColWidth, align| Column::new(m.t(), w, align);
        ReviewView {
            review: None,
            lines: Vec::new(),
            show_snoozed: false,
            list: ListView::new(vec![
                c(Msg::ColMatter, ColWidth::Min(24), Align::Left),
                c(Msg::ColWho, ColWidth::Min(8), Align::Left),
                c(Msg::ColBy, ColWidth::Fixed(10), Align::Left),
                c(Msg::TodayColLeft, ColWidth::Fixed(12), Align::Left),
            ]),
        }
    }

    /// Shows a freshly read review.
    pub fn set(&mut self, review: Review, theme: &Theme) {
        self.review = Some(review);
        self.rebuild(theme);
    }

    /// Rebuilds the rows (after reading, or showing put-off lines).
    pub fn rebuild(&mut self, theme: &Theme) {
        let Some(review) = &self.review else { return };
        let today = review.today;
        let mut lines: Vec<Listed> = review.items.iter().map(|i| (i.clone(), None)).collect();
        if self.show_snoozed {
            lines.extend(review.snoozed.iter().map(|(i, d)| (i.clone(), Some(*d))));
            lines.sort_by(|a, b| urgency(&a.0, &b.0));
        }
        let mut rows = Vec::with_capacity(lines.len() + ReviewKind::ALL.len());
        let mut current = None;
        for (item, until) in &lines {
            if current != Some(item.kind) {
                current = Some(item.kind);
                let count = lines.iter().filter(|(i, _)| i.kind == item.kind).count();
                let title = format!("【{}】{}", heading(item.kind).t(), count);
                rows.push(
                    ListRow::new(
                        heading_id(item.kind),
                        vec![title, String::new(), String::new(), String::new()],
                    )
                    .style(theme.title),
                );
            }
            let w = words(item, today);
            let when = match until {
                Some(d) => Msg::TodaySnoozedUntil.fill(&[&d.format("%m-%d")]),
                None => w.when,
            };
            let style = match (until, item.kind) {
                (Some(_), _) => theme.dim,
                (None, k) if k.is_late() => theme.error,
                (None, ReviewKind::ReplyDueSoon | ReviewKind::ActivityToday) => theme.warn,
                _ => Style::default(),
            };
            rows.push(
                ListRow::new(line_id(&item.key), vec![w.matter, w.who, w.due, when]).style(style),
            );
        }
        self.lines = lines;
        self.list.set_rows(rows);
        self.skip_heading(1);
    }

    /// The line under the cursor, if it is a line and not a heading.
    pub fn selected(&self) -> Option<&Listed> {
        let id = self.list.selected_id().filter(|id| *id >= 0)?;
        self.lines.iter().find(|(item, _)| line_id(&item.key) == id)
    }

    /// Moves off a heading row in direction `step`, or the other way at an
    /// end of the list.
    fn skip_heading(&mut self, step: isize) {
        let len = self.list.len();
        let mut dir = step;
        for _ in 0..=len.min(64) {
            if self.list.selected_id().is_none_or(|id| id >= 0) {
                return;
            }
            let at = self.list.state.selected as isize;
            let next = at + dir;
            if next < 0 || next as usize >= len {
                dir = -dir;
                if len <= 1 {
                    return;
                }
                continue;
            }
            self.list.state.selected = next as usize;
        }
    }

    pub fn handle(&mut self, action: Option<Action>, key: &KeyEvent) -> ListOutcome {
        let out = self.list.handle(action, key);
        let step = match action {
            Some(Action::Up | Action::PageUp | Action::End) => -1,
            _ => 1,
        };
        self.skip_heading(step);
        out
    }

    pub fn paste(&mut self, text: &str) {
        self.list.paste(text);
    }

    pub fn is_searching(&self) -> bool {
        self.list.is_searching()
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, keymap: &Keymap, theme: &Theme) {
        let [figures, definitions, hints, body] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Length(1),
            Constraint::Min(3),
        ])
        .areas(area);
        let f = self.review.as_ref().map(|r| r.figures).unwrap_or_default();
        frame.render_widget(Paragraph::new(figure_line(&f, theme)), figures);
        let defs = Msg::TodayRateDefinitions.fill(&[
            &f.closed_this_year,
            &f.assigned_this_year,
            &f.satisfied_this_year,
            &f.rated_this_year,
            &f.fully_satisfied_this_year,
        ]);
        let width = usize::from(area.width.saturating_sub(1));
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(
                format!(" {}", truncate(&defs, width)),
                theme.dim,
            ))),
            definitions,
        );
        let k = |a| keymap.hint(Context::Today, a).unwrap_or_default();
        let hint = Msg::TodayHints.fill(&[
            &k(Action::TodaySnooze),
            &k(Action::TodaySeen),
            &k(Action::TodayShowSnoozed),
            &k(Action::TodayUnsnooze),
            &k(Action::TodayRules),
            &k(Action::TodayScores),
        ]);
        frame.render_widget(
            Paragraph::new(Line::from(Span::styled(
                format!(" {}", truncate(&hint, width)),
                theme.key,
            ))),
            hints,
        );
        let shown = self.review.as_ref().map_or(0, |r| r.items.len());
        let snoozed = self.review.as_ref().map_or(0, |r| r.snoozed.len());
        let title = if self.show_snoozed {
            Msg::TodayReviewTitleAll.fill(&[&(shown + snoozed)])
        } else if snoozed > 0 {
            Msg::TodayReviewTitleSnoozed.fill(&[&shown, &snoozed])
        } else if shown == 0 {
            Msg::TodayNothing.t().to_owned()
        } else {
            Msg::TodayReviewTitle.fill(&[&shown])
        };
        self.list.render(frame, body, &title, theme);
    }
}

/// Deputies, activities, open and overdue items, and this year's rates.
fn figure_line(f: &TodayFigures, theme: &Theme) -> Line<'static> {
    let rate = |part, whole| percent(part, whole).map_or("—".to_owned(), |p| format!("{p}%"));
    let mut spans = Vec::new();
    let mut add = |label: Msg, value: String, style: Style| {
        spans.push(Span::raw(format!(" {} ", label.t())));
        spans.push(Span::styled(value, style));
        spans.push(Span::raw(" "));
    };
    add(
        Msg::TodayFigDeputies,
        f.deputies_in_office.to_string(),
        theme.title,
    );
    add(
        Msg::TodayFigActivities,
        Msg::TodayFigHeld.fill(&[&f.activities_this_quarter, &f.activities_held_this_quarter]),
        theme.title,
    );
    add(Msg::TodayFigOpen, f.open_items.to_string(), theme.title);
    let overdue_style = if f.overdue_items > 0 {
        theme.error
    } else {
        theme.ok
    };
    add(
        Msg::TodayFigOverdue,
        f.overdue_items.to_string(),
        overdue_style,
    );
    add(
        Msg::TodayFigClosedRate,
        rate(f.closed_this_year, f.assigned_this_year),
        theme.title,
    );
    add(
        Msg::TodayFigSatisfiedRate,
        rate(f.satisfied_this_year, f.rated_this_year),
        theme.title,
    );
    Line::from(spans)
}
