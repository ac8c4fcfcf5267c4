//! The year's figures: coverage of deputies in office, checks by result,
//! corrections open and overdue, and each group, with the definitions used.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};

use super::list::status_label;
use crate::storage::spotcheck::SpotYearStats;
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::RenderCtx;
use crate::ui::text::Msg;
use crate::ui::widgets::{Align, ColWidth, Column, Table, TableState, cells};

fn percent(part: i64, whole: i64) -> String {
    if whole <= 0 {
        "—".to_owned()
    } else {
        format!("{:.1}%", part as f64 * 100.0 / whole as f64)
    }
}

fn table(
    frame: &mut Frame,
    area: Rect,
    ctx: &RenderCtx,
    title: &str,
    columns: &[Column],
    rows: &[Vec<String>],
) {
    Table::new(columns, rows)
        .title(title)
        .highlight(false)
        .render(
            area,
            frame.buffer_mut(),
            &mut TableState::default(),
            ctx.theme,
        );
}

pub(super) fn render(frame: &mut Frame, area: Rect, ctx: &RenderCtx, s: &SpotYearStats) {
    let back = ctx
        .keymap
        .hint(Context::List, Action::Back)
        .unwrap_or_default();
    let [head, top, groups, note] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(10),
        Constraint::Min(4),
        Constraint::Length(2),
    ])
    .areas(area);
    let w = usize::from(head.width);
    let title = Msg::SpotStatsTitle.fill(&[&s.year, &back]);
    cells::put(
        frame.buffer_mut(),
        head.x,
        head.y,
        &cells::truncate(&title, w),
        w,
        ctx.theme.title,
    );

    let [left, right] =
        Layout::horizontal([Constraint::Percentage(55), Constraint::Percentage(45)]).areas(top);
    let kv = [
        Column::new(Msg::SpotStatsItem.t(), ColWidth::Min(10), Align::Left),
        Column::new(Msg::SpotStatsValue.t(), ColWidth::Fixed(8), Align::Right),
    ];
    let summary = vec![
        vec![
            Msg::SpotStatsInOffice.t().to_owned(),
            s.in_office.to_string(),
        ],
        vec![Msg::SpotStatsChecked.t().to_owned(), s.checked.to_string()],
        vec![
            Msg::SpotStatsCoverage.t().to_owned(),
            percent(s.checked, s.in_office),
        ],
        vec![Msg::SpotStatsRounds.t().to_owned(), s.rounds.to_string()],
        vec![
            Msg::SpotStatsLookBacks.t().to_owned(),
            s.look_backs.to_string(),
        ],
        vec![
            Msg::SpotStatsOpenFix.t().to_owned(),
            s.open_corrections.to_string(),
        ],
        vec![
            Msg::SpotStatsOverdueFix.t().to_owned(),
            s.overdue_corrections.to_string(),
        ],
    ];
    table(frame, left, ctx, Msg::SpotStatsSummary.t(), &kv, &summary);

    let by_result_cols = [
        Column::new(Msg::SpotStatsResult.t(), ColWidth::Min(10), Align::Left),
        Column::new(Msg::SpotStatsCount.t(), ColWidth::Fixed(6), Align::Right),
    ];
    let by_result: Vec<Vec<String>> = s
        .by_status
        .iter()
        .map(|(st, n)| vec![status_label(*st).to_owned(), n.to_string()])
        .collect();
    table(
        frame,
        right,
        ctx,
        Msg::SpotStatsByResult.t(),
        &by_result_cols,
        &by_result,
    );

    let group_cols = [
        Column::new(Msg::ColGroup.t(), ColWidth::Min(10), Align::Left),
        Column::new(
            Msg::SpotStatsGroupInOffice.t(),
            ColWidth::Fixed(8),
            Align::Right,
        ),
        Column::new(
            Msg::SpotStatsGroupChecked.t(),
            ColWidth::Fixed(8),
            Align::Right,
        ),
        Column::new(
            Msg::SpotStatsGroupShare.t(),
            ColWidth::Fixed(8),
            Align::Right,
        ),
        Column::new(Msg::SpotStatsGroupFix.t(), ColWidth::Fixed(8), Align::Right),
    ];
    let group_rows: Vec<Vec<String>> = s
        .groups
        .iter()
        .map(|g| {
            vec![
                g.name.clone(),
                g.in_office.to_string(),
                g.checked.to_string(),
                percent(g.checked, g.in_office),
                g.corrections.to_string(),
            ]
        })
        .collect();
    table(
        frame,
        groups,
        ctx,
        Msg::SpotStatsByGroup.t(),
        &group_cols,
        &group_rows,
    );

    let w = usize::from(note.width);
    let lines = cells::wrap(Msg::SpotStatsNote.t(), w.max(1));
    for (i, line) in lines.iter().take(usize::from(note.height)).enumerate() {
        let text = if i + 1 == usize::from(note.height) && lines.len() > i + 1 {
            cells::truncate(&format!("{line}{}", lines[i + 1]), w).into_owned()
        } else {
            line.clone()
        };
        cells::put(
            frame.buffer_mut(),
            note.x,
            note.y + i as u16,
            &text,
            w,
            ctx.theme.dim,
        );
    }
}
