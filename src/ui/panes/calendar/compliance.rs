//! The compliance matrix (活动达标情况): groups × quarters of a year with
//! the number of held activities; red for a missed quarter, amber for the
//! running one still short (with the days left), green when met.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::domain::calendar::compliance::{CellState, quarter_state, year_state};
use crate::domain::dates::Quarter;
use crate::storage::calendar::GroupQuarters;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells::{self, Align};
use crate::ui::widgets::{ColWidth, Column, table::layout_columns};

/// The matrix of one year with the rules it is measured against.
#[derive(Default)]
pub struct Matrix {
    pub year: i32,
    pub rows: Vec<GroupQuarters>,
    pub per_quarter: i64,
    pub per_year: i64,
}

/// The words and style of one cell.
pub fn cell(state: CellState, held: i64, theme: &Theme) -> (String, Style) {
    match state {
        CellState::Met => (Msg::CalCellMet.fill(&[&held]), theme.ok),
        CellState::Missed => (Msg::CalCellMissed.fill(&[&held]), theme.error),
        CellState::Pending { days_left } => {
            (Msg::CalCellPending.fill(&[&held, &days_left]), theme.warn)
        }
        CellState::Upcoming => (format!("{held}"), theme.dim),
    }
}

impl Matrix {
    pub fn render(&self, area: Rect, buf: &mut Buffer, today: NaiveDate, theme: &Theme) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let title = Msg::CalComplianceTitle.fill(&[&self.year, &self.per_quarter, &self.per_year]);
        let Some(inner) = super::grid::boxed(buf, area, &title, theme) else {
            return;
        };
        let c = |m: Msg, w: ColWidth| Column::new(m.t(), w, Align::Left);
        let columns = [
            c(Msg::ColGroup, ColWidth::Min(14)),
            c(Msg::CalColQ1, ColWidth::Fixed(10)),
            c(Msg::CalColQ2, ColWidth::Fixed(10)),
            c(Msg::CalColQ3, ColWidth::Fixed(10)),
            c(Msg::CalColQ4, ColWidth::Fixed(10)),
            c(Msg::CalColYear, ColWidth::Fixed(10)),
        ];
        let widths = layout_columns(&columns, inner.width);
        let mut xs = Vec::with_capacity(widths.len());
        let mut x = inner.x;
        for w in &widths {
            xs.push(x);
            x = x.saturating_add(*w + 1);
        }
        for (i, w) in widths.iter().enumerate() {
            let t = cells::pad(&columns[i].title, usize::from(*w), Align::Left);
            cells::put(buf, xs[i], inner.y, &t, usize::from(*w), theme.header);
        }
        for (r, row) in self.rows.iter().enumerate() {
            let y = inner.y + 1 + r as u16;
            if y >= inner.bottom() {
                break;
            }
            let total: i64 = row.held.iter().sum();
            let mut texts = vec![(row.name.clone(), Style::default())];
            for (q, held) in row.held.iter().enumerate() {
                let quarter = Quarter {
                    year: self.year,
                    q: q as u8 + 1,
                };
                let state = quarter_state(quarter, today, *held, self.per_quarter);
                texts.push(cell(state, *held, theme));
            }
            let state = year_state(self.year, today, total, self.per_year);
            let (_, style) = cell(state, total, theme);
            texts.push((format!("{total}/{}", self.per_year), style));
            for (i, w) in widths.iter().enumerate() {
                let (text, style) = &texts[i];
                let t = cells::pad(text, usize::from(*w), Align::Left);
                cells::put(buf, xs[i], y, &t, usize::from(*w), theme.base.patch(*style));
            }
        }
        if self.rows.is_empty() && inner.height > 1 {
            let msg = Msg::WidgetEmptyTable.t();
            cells::put(
                buf,
                inner.x,
                inner.y + 1,
                msg,
                usize::from(inner.width),
                theme.dim,
            );
        }
    }
}
