//! Drawing the calendar view: the quarter's month grids, the selected
//! day beside them when there is room, the activity list and a key hint.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::grid::{self, GridCtx, MONTH_HEIGHT, MONTH_WIDTH};
use super::words::nth;
use super::{CalendarPane, quarter_label};
use crate::domain::workdays::DayKind;
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::RenderCtx;
use crate::ui::text::Msg;
use crate::ui::widgets::cells;

/// A key's label for hints ("" when unbound).
pub fn key(keymap: &Keymap, ctx: Context, action: Action) -> String {
    keymap.hint(ctx, action).unwrap_or_default()
}

/// "2026-11-22 星期日（休息日）"
fn day_heading(pane: &CalendarPane, day: NaiveDate) -> String {
    let weekday = nth(
        Msg::CalWeekdaysLong,
        day.weekday().num_days_from_monday() as usize,
    );
    let note = match pane.holidays_cal.listed(day) {
        Some(DayKind::Workday) => Some(Msg::CalMakeUpDay.t()),
        _ if !pane.holidays_cal.is_working_day(day) => Some(Msg::CalDayOff.t()),
        _ => None,
    };
    match note {
        Some(n) => format!("{day} {weekday} · {n}"),
        None => format!("{day} {weekday}"),
    }
}

pub fn draw(pane: &mut CalendarPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let grid_h = if area.height >= MONTH_HEIGHT + 5 {
        MONTH_HEIGHT
    } else {
        0
    };
    let [top, list_area, hint_area] = Layout::vertical([
        Constraint::Length(grid_h),
        Constraint::Min(3),
        Constraint::Length(1),
    ])
    .areas(area);
    if grid_h > 0 {
        draw_grids(pane, frame, top, ctx);
    }
    let k = |c, a| key(ctx.keymap, c, a);
    let moves = Msg::CalMoveHint.fill(&[
        &k(Context::List, Action::Left),
        &k(Context::List, Action::Right),
        &k(Context::Calendar, Action::CalPrevWeek),
        &k(Context::Calendar, Action::CalNextWeek),
        &k(Context::Calendar, Action::CalPrevMonth),
        &k(Context::Calendar, Action::CalNextMonth),
        &k(Context::Calendar, Action::CalPrevQuarter),
        &k(Context::Calendar, Action::CalNextQuarter),
    ]);
    let title = if pane.day_only {
        Msg::CalDayTitle.fill(&[&pane.day, &pane.list.len()])
    } else {
        Msg::CalQuarterTitle.fill(&[&quarter_label(pane.quarter), &pane.list.len()])
    };
    pane.list
        .render(frame, list_area, &format!("{title}  {moves}"), ctx.theme);
    let hint = Msg::CalHintCalendar.fill(&[
        &k(Context::List, Action::New),
        &k(Context::List, Action::Edit),
        &k(Context::List, Action::Delete),
        &k(Context::Calendar, Action::CalAttendance),
        &k(Context::Calendar, Action::CalCompliance),
        &k(Context::Calendar, Action::CalReceptions),
        &k(Context::Calendar, Action::CalHolidays),
        &k(Context::Calendar, Action::CalToday),
        &k(Context::Calendar, Action::CalDayOnly),
    ]);
    draw_hint(frame, hint_area, &hint, ctx);
}

pub fn draw_hint(frame: &mut Frame, area: Rect, hint: &str, ctx: &RenderCtx) {
    let w = usize::from(area.width);
    let text = cells::truncate(hint, w.saturating_sub(1));
    cells::put(
        frame.buffer_mut(),
        area.x + 1,
        area.y,
        &text,
        w,
        ctx.theme.dim,
    );
}

fn draw_grids(pane: &CalendarPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let months: Vec<(i32, u32)> = if area.width >= 3 * MONTH_WIDTH {
        pane.quarter.months().to_vec()
    } else {
        vec![(pane.day.year(), pane.day.month())]
    };
    let gcx = GridCtx {
        marks: &pane.marks,
        selected: pane.day,
        today: ctx.today,
        holidays: &pane.holidays_cal,
        theme: ctx.theme,
    };
    let buf = frame.buffer_mut();
    let mut x = area.x;
    for (y, m) in months {
        let w = MONTH_WIDTH.min(area.right().saturating_sub(x));
        grid::draw_month(buf, Rect::new(x, area.y, w, area.height), y, m, &gcx);
        x = x.saturating_add(MONTH_WIDTH);
    }
    let side = Rect::new(x, area.y, area.right().saturating_sub(x), area.height);
    if side.width >= 30 {
        draw_day(pane, buf, side, ctx);
    } else if side.width >= 3 {
        // Narrow: the legend only, one item a line, boxed to the edge.
        let inner = grid::boxed(buf, side, "", ctx.theme).unwrap_or_default();
        for (i, item) in Msg::CalLegend.t().split("  ").enumerate() {
            let y = inner.y + i as u16;
            if y < inner.bottom() && inner.width > 0 {
                let t = cells::truncate(item, usize::from(inner.width));
                cells::put(buf, inner.x, y, &t, usize::from(inner.width), ctx.theme.dim);
            }
        }
    }
}

/// The selected day: its activities, one a line, and the legend.
fn draw_day(pane: &CalendarPane, buf: &mut ratatui::buffer::Buffer, area: Rect, ctx: &RenderCtx) {
    let theme = ctx.theme;
    let title = day_heading(pane, pane.day);
    let Some(inner) = grid::boxed(buf, area, &title, theme) else {
        return;
    };
    let w = usize::from(inner.width);
    let on_day: Vec<_> = pane
        .activities
        .iter()
        .filter(|a| a.starts_on <= pane.day && pane.day <= a.ends_on)
        .collect();
    let mut y = inner.y;
    if on_day.is_empty() {
        cells::put(buf, inner.x, y, Msg::CalNoActivity.t(), w, theme.dim);
        y += 1;
    }
    for a in on_day {
        if y + 1 >= inner.bottom() {
            break;
        }
        let style = super::row_style(a, ctx.today, theme);
        let line = format!("{} {} {} · {}", a.start_time, a.kind, a.topic, a.status);
        let t = cells::truncate(line.trim_start(), w);
        cells::put(buf, inner.x, y, &t, w, theme.base.patch(style));
        y += 1;
    }
    let legend = cells::truncate(Msg::CalLegend.t(), w);
    cells::put(buf, inner.x, inner.bottom() - 1, &legend, w, theme.dim);
}
