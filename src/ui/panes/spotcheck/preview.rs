//! The drawn names with the draw's parameters and seed, shown before the
//! chair confirms; nothing is written until then.

use ratatui::Frame;
use ratatui::layout::{Margin, Rect};
use ratatui::widgets::{Clear, Widget};

use super::kind_label;
use crate::domain::sampling::TargetKind;
use crate::storage::spotcheck::DrawPreview;
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::RenderCtx;
use crate::ui::text::Msg;
use crate::ui::widgets::{Align, ColWidth, Column, Table, TableState, cells, title_span};

/// The lines above the names: what, how many, seed, quotas, weighting,
/// when.
fn summary(p: &DrawPreview) -> Vec<String> {
    let params = &p.params;
    let mut lines = vec![
        Msg::SpotPreviewLine.fill(&[
            &kind_label(params.target, true),
            &p.targets.len(),
            &p.draw.eligible,
        ]),
        Msg::SpotPreviewSeed.fill(&[&p.seed]),
    ];
    let excluded = p.draw.excluded;
    if params.target == TargetKind::Deputy {
        lines.push(Msg::SpotExclusionWhy.fill(&[
            &params.exclude_months,
            &excluded.recently_checked,
            &excluded.out_of_scope,
        ]));
    } else {
        lines.push(
            Msg::SpotExclusionWhyLookBack
                .fill(&[&params.exclude_months, &excluded.recently_checked]),
        );
    }
    if !p.draw.strata.is_empty() {
        let quotas: Vec<String> = p
            .draw
            .strata
            .iter()
            .zip(&p.strata_names)
            .map(|(s, name)| {
                let name = if name.is_empty() {
                    Msg::SpotNoGroup.t()
                } else {
                    name
                };
                format!("{name} {}/{}", s.quota, s.pool)
            })
            .collect();
        lines.push(Msg::SpotPreviewStrata.fill(&[&quotas.join("，")]));
    }
    if params.target == TargetKind::Deputy {
        let weight = if params.weight_low_contact {
            Msg::SpotWeightLow.t()
        } else {
            Msg::SpotWeightNo.t()
        };
        lines.push(if params.weight_low_contact {
            Msg::SpotPreviewWeight.fill(&[&weight, &params.contact_target])
        } else {
            Msg::SpotPreviewWeightNone.fill(&[&weight])
        });
    }
    let first = params.as_of + chrono::Duration::days(1);
    let last = params.as_of + chrono::Duration::days(i64::from(params.spread_days.max(1)));
    lines.push(Msg::SpotPreviewPlanned.fill(&[&first, &last]));
    lines
}

pub(super) fn render(
    frame: &mut Frame,
    area: Rect,
    ctx: &RenderCtx,
    p: &DrawPreview,
    state: &mut TableState,
) {
    let area = area.intersection(frame.area());
    if area.is_empty() {
        return;
    }
    let buf = frame.buffer_mut();
    Clear.render(area, buf);
    let block = ctx
        .theme
        .block(title_span(Msg::SpotPreviewTitle.t(), ctx.theme))
        .style(ctx.theme.base);
    let inner = block.inner(area);
    block.render(area, buf);
    let inner = if inner.width > 2 {
        inner.inner(Margin::new(1, 0))
    } else {
        inner
    };
    if inner.is_empty() {
        return;
    }
    let w = usize::from(inner.width);
    let mut lines: Vec<String> = summary(p).iter().flat_map(|l| cells::wrap(l, w)).collect();
    // Keep at least a few names in view: the summary yields first.
    let room = usize::from(inner.height).saturating_sub(5);
    lines.truncate(room);
    for (i, line) in lines.iter().enumerate() {
        cells::put(buf, inner.x, inner.y + i as u16, line, w, ctx.theme.base);
    }
    let k = |a| ctx.keymap.hint(Context::Dialog, a).unwrap_or_default();
    let hint = Msg::SpotPreviewHint.fill(&[&k(Action::Confirm), &k(Action::Deny)]);
    let hint_y = inner.bottom() - 1;
    cells::put(
        buf,
        inner.x,
        hint_y,
        &cells::truncate(&hint, w),
        w,
        ctx.theme.key,
    );

    let table_y = inner.y + lines.len() as u16;
    let table_h = hint_y.saturating_sub(table_y);
    if table_h < 3 {
        return;
    }
    let look_back = p.params.target == TargetKind::LookBack;
    let c = |m: Msg, width: ColWidth| Column::new(m.t(), width, Align::Left);
    let columns = vec![
        c(Msg::SpotColNo, ColWidth::Fixed(4)),
        c(
            if look_back {
                Msg::ColTitle
            } else {
                Msg::ColName
            },
            ColWidth::Min(8),
        ),
        c(
            if look_back {
                Msg::ColLead
            } else {
                Msg::ColGroup
            },
            ColWidth::Min(10),
        ),
        Column::new(
            Msg::SpotColContacts.t(),
            ColWidth::Fixed(if look_back { 0 } else { 14 }),
            Align::Right,
        ),
        c(Msg::ColPlanned, ColWidth::Fixed(10)),
    ];
    let rows: Vec<Vec<String>> = p
        .targets
        .iter()
        .enumerate()
        .map(|(i, t)| {
            vec![
                (i + 1).to_string(),
                t.name.clone(),
                t.group.clone().unwrap_or_default(),
                if look_back {
                    String::new()
                } else {
                    t.contacts.to_string()
                },
                t.planned_on.to_string(),
            ]
        })
        .collect();
    let table_area = Rect::new(inner.x, table_y, inner.width, table_h);
    Table::new(&columns, &rows).render(table_area, frame.buffer_mut(), state, ctx.theme);
}
