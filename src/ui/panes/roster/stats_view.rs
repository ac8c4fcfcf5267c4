//! Structure statistics (代表结构) of the township or one group: the shares
//! a report quotes first, then a table per dimension with bars measured in
//! cells. Two columns of tables when the screen is wide.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::stats::{
    Breakdown, Category, Dimension, Highlights, format_share, highlights, share_percent, structure,
};
use crate::storage::roster::GroupSummary;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::RenderCtx;
use crate::ui::text::{Lang, Msg, lang};
use crate::ui::widgets::cells::{self, Align, pad};

/// Label, count and share columns before the bar.
const LABEL_W: usize = 12;
const NUM_W: usize = 5;
const SHARE_W: usize = 7;
const BAR_MAX: usize = 30;

#[derive(Default)]
pub struct StatsState {
    /// The group shown; None for the township.
    pub scope: Option<i64>,
    pub scroll: u16,
    breakdowns: Vec<Breakdown>,
    highlights: Highlights,
    /// Lines that fit, from the last frame (for paging).
    page: u16,
}

fn dimension_title(d: Dimension) -> Msg {
    match d {
        Dimension::Gender => Msg::RosterDimGender,
        Dimension::Party => Msg::RosterDimParty,
        Dimension::Occupation => Msg::RosterDimOccupation,
        Dimension::Age => Msg::RosterDimAge,
        Dimension::Education => Msg::RosterDimEducation,
        Dimension::Level => Msg::RosterDimLevel,
    }
}

fn category_label(c: &Category) -> String {
    match c {
        Category::Value(v) => v.clone(),
        Category::Age(b) => match lang() {
            Lang::Zh => b.label_zh().to_owned(),
            Lang::En => b.label_en().to_owned(),
        },
        Category::Unknown => Msg::RosterUnset.t().to_owned(),
    }
}

impl StatsState {
    pub fn load(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        let facts = db.structure_facts(self.scope)?;
        self.breakdowns = structure(&facts, today);
        self.highlights = highlights(&facts, today);
        Ok(())
    }

    /// Moves between groups (true: read again) or scrolls.
    pub fn handle(&mut self, action: Action, groups: &[GroupSummary]) -> bool {
        let scopes: Vec<Option<i64>> = std::iter::once(None)
            .chain(groups.iter().map(|g| Some(g.id)))
            .collect();
        let at = scopes.iter().position(|s| *s == self.scope).unwrap_or(0);
        let n = scopes.len();
        let step = match action {
            Action::Left => n - 1,
            Action::Right => 1,
            Action::Down => {
                self.scroll = self.scroll.saturating_add(1);
                return false;
            }
            Action::Up => {
                self.scroll = self.scroll.saturating_sub(1);
                return false;
            }
            Action::PageDown => {
                self.scroll = self.scroll.saturating_add(self.page.max(1));
                return false;
            }
            Action::PageUp => {
                self.scroll = self.scroll.saturating_sub(self.page.max(1));
                return false;
            }
            Action::Home => {
                self.scroll = 0;
                return false;
            }
            Action::End => {
                self.scroll = u16::MAX;
                return false;
            }
            _ => return false,
        };
        self.scope = scopes[(at + step) % n];
        self.scroll = 0;
        true
    }

    fn section(&self, b: &Breakdown, width: usize, ctx: &RenderCtx) -> Vec<Line<'static>> {
        let mut lines = vec![Line::styled(
            format!("{}（{}）", dimension_title(b.dimension).t(), b.total),
            ctx.theme.header,
        )];
        let bar_w = width
            .saturating_sub(LABEL_W + NUM_W + SHARE_W + 2)
            .min(BAR_MAX);
        let fill = if ctx.theme.ascii_borders { "#" } else { "█" };
        for t in &b.rows {
            let share = share_percent(t.count, b.total);
            let len = ((share / 100.0) * bar_w as f64).round() as usize;
            let len = if t.count > 0 { len.max(1) } else { 0 }.min(bar_w);
            let text = format!(
                "{}{}{} ",
                pad(&category_label(&t.category), LABEL_W, Align::Left),
                pad(&t.count.to_string(), NUM_W, Align::Right),
                pad(&format_share(t.count, b.total), SHARE_W, Align::Right),
            );
            lines.push(Line::from(vec![
                Span::raw(text),
                Span::styled(fill.repeat(len), ctx.theme.key),
            ]));
        }
        lines.push(Line::raw(""));
        lines
    }

    /// The headline shares, packed into lines of `width` cells without
    /// breaking a figure.
    fn highlight_lines(&self, width: usize) -> Vec<String> {
        let h = &self.highlights;
        let part = |m: Msg, n: usize| m.fill(&[&n, &format_share(n, h.total)]);
        let parts = [
            part(Msg::RosterHlWomen, h.women),
            part(Msg::RosterHlParty, h.party_members),
            part(Msg::RosterHlWorkers, h.workers_farmers),
            part(Msg::RosterHlCadres, h.cadres),
            part(Msg::RosterHlYoung, h.young),
            part(Msg::RosterHlCollege, h.college),
        ];
        let mut lines: Vec<String> = Vec::new();
        for p in parts {
            match lines.last_mut() {
                Some(l) if cells::width(l) + 2 + cells::width(&p) <= width => {
                    l.push('　');
                    l.push_str(&p);
                }
                _ => lines.push(p),
            }
        }
        lines
    }

    pub fn render(
        &mut self,
        frame: &mut Frame,
        area: Rect,
        ctx: &RenderCtx,
        groups: &[GroupSummary],
    ) {
        let [main, hint] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
        let scope = match self.scope.and_then(|id| groups.iter().find(|g| g.id == id)) {
            Some(g) => g.name.clone(),
            None => Msg::RosterTownship.t().to_owned(),
        };
        let title = Msg::RosterStatsTitle.fill(&[&scope, &self.highlights.total]);
        let block = ctx
            .theme
            .block(Span::styled(format!(" {title} "), ctx.theme.title));
        let inner = block.inner(main);
        frame.render_widget(block, main);
        let width = usize::from(inner.width);
        let mut top: Vec<Line> = self
            .highlight_lines(width)
            .into_iter()
            .map(Line::from)
            .collect();
        top.push(Line::raw(""));
        let two = inner.width >= 96;
        let col_w = if two { width / 2 } else { width };
        let sections: Vec<Vec<Line>> = self
            .breakdowns
            .iter()
            .map(|b| self.section(b, col_w.saturating_sub(1), ctx))
            .collect();
        let (left, right): (Vec<Line>, Vec<Line>) = if two {
            let half = sections.len().div_ceil(2);
            (sections[..half].concat(), sections[half..].concat())
        } else {
            (sections.concat(), Vec::new())
        };
        let body_h = left.len().max(right.len()) + top.len();
        self.page = inner.height.saturating_sub(1);
        let max_scroll =
            u16::try_from(body_h.saturating_sub(usize::from(inner.height))).unwrap_or(0);
        self.scroll = self.scroll.min(max_scroll);
        let mut left_all = top.clone();
        left_all.extend(left);
        frame.render_widget(
            Paragraph::new(left_all).scroll((self.scroll, 0)),
            Rect {
                width: u16::try_from(col_w).unwrap_or(inner.width),
                ..inner
            },
        );
        if two {
            let mut right_all: Vec<Line> = vec![Line::raw(""); top.len()];
            right_all.extend(right);
            let x = inner.x + u16::try_from(col_w).unwrap_or(0);
            frame.render_widget(
                Paragraph::new(right_all).scroll((self.scroll, 0)),
                Rect {
                    x,
                    width: inner.right().saturating_sub(x),
                    ..inner
                },
            );
            // The shares line spans both columns: draw it over them.
            let top_text: Vec<Line> = top.iter().skip(usize::from(self.scroll)).cloned().collect();
            let top_h = u16::try_from(top_text.len()).unwrap_or(0).min(inner.height);
            frame.render_widget(
                Paragraph::new(top_text),
                Rect {
                    height: top_h,
                    ..inner
                },
            );
        }
        let k = |c, a| ctx.keymap.hint(c, a).unwrap_or_default();
        let text = Msg::RosterStatsHint.fill(&[
            &k(Context::List, Action::Left),
            &k(Context::List, Action::Right),
            &k(Context::List, Action::Down),
            &k(Context::Roster, Action::RosterStats),
            &k(Context::List, Action::Back),
        ]);
        let text = cells::truncate(&text, usize::from(hint.width)).into_owned();
        frame.render_widget(
            Line::styled(text, Style::default().patch(ctx.theme.dim)),
            hint,
        );
    }
}
