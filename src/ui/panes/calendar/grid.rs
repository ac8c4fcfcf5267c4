//! Month grids drawn cell by cell: each day takes three cells (two for the
//! number, one for its mark), so the grid lines up whatever the language.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;

use super::words::nth;
use crate::domain::dates::days_in_month;
use crate::domain::workdays::HolidayCalendar;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells;

/// Width and height of one month with its border.
pub const MONTH_WIDTH: u16 = 23;
pub const MONTH_HEIGHT: u16 = 9;

/// What a day of the grid shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct DayMark {
    pub activities: usize,
    /// Something on this day needs the chair (unrecorded, notice late).
    pub flagged: bool,
}

/// The day's mark character: `!` needs action, `*` has activities.
pub fn mark_char(mark: Option<&DayMark>) -> char {
    match mark {
        Some(m) if m.flagged => '!',
        Some(m) if m.activities > 0 => '*',
        _ => ' ',
    }
}

/// Everything a month grid needs besides its month.
pub struct GridCtx<'a> {
    pub marks: &'a HashMap<NaiveDate, DayMark>,
    pub selected: NaiveDate,
    pub today: NaiveDate,
    pub holidays: &'a HolidayCalendar,
    pub theme: &'a Theme,
}

/// Draws a bordered box titled `title` over `area` and returns its inside,
/// or None when nothing fits inside.
pub fn boxed(buf: &mut Buffer, area: Rect, title: &str, theme: &Theme) -> Option<Rect> {
    let block = theme.block(crate::ui::widgets::title_span(title, theme));
    let inner = block.inner(area);
    block.render(area, buf);
    (!inner.is_empty()).then_some(inner)
}

/// Draws one month in `area` (clipped when smaller than the grid).
pub fn draw_month(buf: &mut Buffer, area: Rect, year: i32, month: u32, cx: &GridCtx) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let theme = cx.theme;
    let title = match crate::ui::text::lang() {
        crate::ui::text::Lang::Zh => Msg::CalMonthTitle.fill(&[&year, &month]),
        crate::ui::text::Lang::En => Msg::CalMonthTitle.fill(&[&year, &format!("{month:02}")]),
    };
    let Some(inner) = boxed(buf, area, &title, theme) else {
        return;
    };
    let w = usize::from(inner.width);
    for i in 0..7 {
        let x = inner.x + (i * 3) as u16;
        if x >= inner.right() {
            break;
        }
        let label = cells::pad(nth(Msg::CalWeekdaysShort, i), 3, cells::Align::Right);
        let style = if i >= 5 { theme.dim } else { theme.header };
        cells::put(buf, x, inner.y, &label, w - i * 3, style);
    }
    let Some(first) = NaiveDate::from_ymd_opt(year, month, 1) else {
        return;
    };
    let offset = first.weekday().num_days_from_monday() as usize;
    for day in 1..=days_in_month(year, month) {
        let Some(date) = NaiveDate::from_ymd_opt(year, month, day) else {
            continue;
        };
        let slot = offset + day as usize - 1;
        let (row, col) = (slot / 7, slot % 7);
        let y = inner.y + 1 + row as u16;
        let x = inner.x + (col * 3) as u16;
        if y >= inner.bottom() || x + 3 > inner.right() {
            continue;
        }
        let mark = cx.marks.get(&date);
        let text = format!("{day:>2}{}", mark_char(mark));
        let mut style = if !cx.holidays.is_working_day(date) {
            theme.dim
        } else {
            Style::default()
        };
        if mark.is_some_and(|m| m.flagged) {
            style = style.patch(theme.error);
        } else if mark.is_some_and(|m| m.activities > 0) {
            style = style.patch(theme.ok).add_modifier(Modifier::BOLD);
        }
        if date == cx.today {
            style = style.add_modifier(Modifier::UNDERLINED | Modifier::BOLD);
        }
        if date == cx.selected {
            style = style.patch(theme.selected);
        }
        cells::put(buf, x, y, &text, 3, theme.base.patch(style));
    }
}
