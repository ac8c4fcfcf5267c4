//! Drawing the docket's screens: the list, one item with its timeline, the
//! rates with their definitions, the units, the items behind a figure, and
//! whatever is open over them.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use super::modal::Modal;
use super::{DocketPane, View, forms, labels};
use crate::domain::motion::DueState;
use crate::domain::motion::rates::RateKind;
use crate::storage::docket::{MotionDetail, UnitSummary};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::{ListRow, RenderCtx};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column, Table, TableState, cells, title_span};

pub fn unit_rows(units: &[UnitSummary]) -> Vec<ListRow> {
    units
        .iter()
        .map(|s| {
            let state = if s.unit.active {
                Msg::DocketUnitActive
            } else {
                Msg::DocketUnitInactive
            };
            ListRow::new(
                s.unit.id,
                vec![
                    s.unit.name.clone(),
                    s.open.to_string(),
                    s.overdue.to_string(),
                    s.closed.to_string(),
                    s.unit.contact.clone(),
                    s.unit.phone.clone(),
                    state.t().to_owned(),
                ],
            )
        })
        .collect()
}

fn key(keymap: &Keymap, ctx: Context, a: Action) -> String {
    keymap.hint(ctx, a).unwrap_or_default()
}

fn hints(p: &DocketPane, keymap: &Keymap) -> String {
    let d = |a| key(keymap, Context::Docket, a);
    let l = |a| key(keymap, Context::List, a);
    match p.view {
        View::List => Msg::DocketHintList.fill(&[
            &l(Action::New),
            &d(Action::DocketStep),
            &d(Action::DocketFilter),
            &d(Action::DocketRates),
            &d(Action::DocketUnits),
            &l(Action::Search),
        ]),
        View::Item => {
            Msg::DocketHintItem.fill(&[&d(Action::DocketStep), &l(Action::Edit), &l(Action::Back)])
        }
        View::Rates => Msg::DocketHintRates.fill(&[
            &l(Action::Open),
            &l(Action::Left),
            &l(Action::Right),
            &d(Action::DocketUnits),
            &l(Action::Back),
        ]),
        View::Units => Msg::DocketHintUnits.fill(&[
            &l(Action::Open),
            &d(Action::DocketRates),
            &l(Action::New),
            &l(Action::Edit),
            &l(Action::Back),
        ]),
        View::Drill => Msg::DocketHintDrill.fill(&[&l(Action::Open), &l(Action::Back)]),
    }
}

pub(super) fn render(p: &mut DocketPane, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
    let [body, hint_area] =
        Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
    let theme = ctx.theme;
    match p.view {
        View::List => {
            let mut title = Msg::DocketTitle.fill(&[&p.rows.len()]);
            if p.filter != p.default_filter() {
                title.push_str(Msg::DocketFiltered.t());
            }
            p.list.render(frame, body, &title, theme);
        }
        View::Item => render_item(p, frame, body, theme),
        View::Rates => render_rates(p, frame, body, theme),
        View::Units => {
            let title = Msg::DocketUnitsTitle.fill(&[&p.rates_year]);
            p.unit_list.render(frame, body, &title, theme);
        }
        View::Drill => {
            let title = match p.drill.and_then(|k| p.rates.iter().find(|r| r.kind == k)) {
                Some(r) => {
                    let (name, def) = labels::rate(r.kind);
                    Msg::DocketDrillTitle.fill(&[&name, &r.counted.len(), &r.base.len(), &def])
                }
                None => String::new(),
            };
            p.drill_list.render(frame, body, &title, theme);
        }
    }
    let hint = hints(p, ctx.keymap);
    let w = usize::from(hint_area.width);
    cells::put(
        frame.buffer_mut(),
        hint_area.x,
        hint_area.y,
        &cells::truncate(&hint, w),
        w,
        theme.dim,
    );
    render_modal(p, frame, theme, ctx.keymap);
}

fn render_modal(p: &DocketPane, frame: &mut Frame, theme: &Theme, keymap: &Keymap) {
    let area = frame.area();
    let caret = match &p.modal {
        None => None,
        Some(Modal::Menu { steps, selected }) => {
            render_menu(p, steps, *selected, area, frame, theme, keymap);
            None
        }
        Some(Modal::Scheme(confirm, _)) => {
            let hint = Msg::DocketConfirmHint.fill(&[
                &key(keymap, Context::Dialog, Action::Confirm),
                &key(keymap, Context::Dialog, Action::Deny),
            ]);
            confirm.render_with_hint(area, frame.buffer_mut(), theme, &hint);
            None
        }
        Some(Modal::Picker(_, _, picker)) => picker.render(area, frame.buffer_mut(), theme),
        Some(
            Modal::Register(f)
            | Modal::Step(_, f)
            | Modal::Edit(f)
            | Modal::Filter(f)
            | Modal::Unit(_, f),
        ) => {
            let hint = Msg::DocketFormHint.fill(&[
                &key(keymap, Context::Form, Action::NextField),
                &key(keymap, Context::Form, Action::Save),
                &key(keymap, Context::Form, Action::Cancel),
            ]);
            let mut form = f.clone();
            form.set_hint(hint);
            form.render(area, frame.buffer_mut(), theme)
        }
    };
    if let Some(pos) = caret {
        frame.set_cursor_position(pos);
    }
}

fn render_menu(
    p: &DocketPane,
    steps: &[crate::domain::motion::Step],
    selected: usize,
    area: Rect,
    frame: &mut Frame,
    theme: &Theme,
    keymap: &Keymap,
) {
    let title = match &p.item {
        Some(m) => Msg::DocketMenuTitle.fill(&[&m.number, &labels::status(m.status)]),
        None => String::new(),
    };
    let hint = Msg::DocketMenuHint.fill(&[
        &key(keymap, Context::List, Action::Open),
        &key(keymap, Context::List, Action::Back),
    ]);
    let w = (cells::width(&title) + 4)
        .max(cells::width(&hint) + 4)
        .max(30) as u16;
    let h = steps.len() as u16 + 4;
    let rect = cells::centered(area, w.min(area.width), h.min(area.height));
    let buf = frame.buffer_mut();
    Clear.render(rect, buf);
    let block = theme.block(title_span(&title, theme)).style(theme.base);
    let inner = block.inner(rect);
    block.render(rect, buf);
    if inner.height < 2 || inner.width < 4 {
        return;
    }
    let width = usize::from(inner.width - 2);
    for (i, step) in steps.iter().enumerate().take(usize::from(inner.height - 2)) {
        let style = if i == selected {
            theme.selected
        } else {
            theme.base
        };
        let text = cells::pad(labels::step(*step), width, Align::Left);
        cells::put(buf, inner.x + 1, inner.y + i as u16, &text, width, style);
    }
    cells::put(
        buf,
        inner.x + 1,
        inner.bottom() - 1,
        &hint,
        width,
        theme.dim,
    );
}

/// The item's lines: particulars, replies with feedback, timeline.
fn item_lines(m: &MotionDetail, p: &DocketPane, width: usize) -> Vec<(String, Style)> {
    let theme = &p.theme;
    let mut out: Vec<(String, Style)> = Vec::new();
    let mut push = |text: String, style: Style| {
        for part in cells::wrap(&text, width.max(1)) {
            out.push((part, style));
        }
    };
    let sep = "　";
    let yes_no = |b: bool| if b { Msg::Yes.t() } else { Msg::No.t() };
    push(
        format!(
            "{}：{}{sep}{}：{}{sep}{}：{}",
            Msg::ColKind.t(),
            labels::kind_word(&m.kind),
            Msg::ColStatus.t(),
            labels::status(m.status),
            Msg::ColKeyItem.t(),
            yes_no(m.key_item)
        ),
        theme.base,
    );
    let signers: Vec<String> = m
        .signers
        .iter()
        .map(|s| format!("{}（{}）", s.name, forms::role_word(&s.role)))
        .collect();
    push(
        format!("{}：{}", Msg::DocketSigners.t(), signers.join("、")),
        theme.base,
    );
    push(
        format!(
            "{}：{}（{}）{sep}{}：{}",
            Msg::ColReceived.t(),
            m.received_on,
            labels::source(&m.source),
            Msg::DocketCategory.t(),
            m.category
        ),
        theme.base,
    );
    if let Some(r) = &m.routing {
        let routing = crate::domain::motion::Routing::from_label(r)
            .map_or_else(|| r.clone(), |x| labels::routing(x).to_owned());
        push(
            format!(
                "{}：{routing}{sep}{}：{} {}",
                Msg::DocketRouting.t(),
                Msg::DocketVoterName.t(),
                m.voter_name,
                m.voter_phone
            ),
            theme.base,
        );
    }
    if !m.units.is_empty() {
        let units: Vec<String> = m
            .units
            .iter()
            .map(|u| match u.returned_on {
                Some(d) => Msg::DocketUnitReturned.fill(&[&u.name, &u.role, &d]),
                None => format!("{}（{}）", u.name, u.role),
            })
            .collect();
        push(
            format!("{}：{}", Msg::ColUnit.t(), units.join("、")),
            theme.base,
        );
    }
    if let Some(due) = m.reply_due {
        let state = p.rules.due_state(m.status, Some(due), p.today);
        let (mark, style) = match state {
            DueState::Overdue => (Msg::DocketOverdue.t(), theme.error),
            DueState::DueSoon => (Msg::DocketDueSoon.t(), theme.warn),
            _ => ("", theme.base),
        };
        let fixed = if m.due_fixed {
            Msg::DocketDueFixed.t()
        } else {
            ""
        };
        push(
            format!("{}：{due}{mark}{fixed}", Msg::ColReplyDue.t()),
            style,
        );
    }
    if !m.content.is_empty() {
        push(
            format!("{}：{}", Msg::DocketContent.t(), m.content),
            theme.base,
        );
    }
    for r in &m.replies {
        let met = if r.met_deputy {
            Msg::DocketMet.t()
        } else {
            Msg::DocketNotMet.t()
        };
        push(String::new(), theme.base);
        push(
            format!(
                "{} {} {}{} {} · {met} · {}",
                Msg::DocketStepReply.t(),
                r.replied_on,
                r.class,
                Msg::DocketClassSuffix.t(),
                r.class_label,
                r.unit.clone().unwrap_or_default()
            ),
            theme.header,
        );
        if !r.text.is_empty() {
            push(format!("　{}", r.text), theme.base);
        }
        for f in &r.feedback {
            let rating = crate::domain::motion::Rating::from_label(&f.rating)
                .map_or_else(|| f.rating.clone(), |x| labels::rating(x).to_owned());
            push(
                format!("  {} {} {rating} {}", f.rated_on, f.deputy, f.note),
                theme.base,
            );
        }
    }
    push(String::new(), theme.base);
    push(Msg::DocketTimeline.fill(&[&m.events.len()]), theme.header);
    for e in &m.events {
        let mut line = format!(
            "{}  {}",
            e.on,
            cells::pad(&labels::event_word(&e.step), 8, Align::Left)
        );
        for part in [e.unit.as_deref().unwrap_or(""), e.note.as_str()] {
            if !part.is_empty() {
                line.push_str("  ");
                line.push_str(part);
            }
        }
        push(line, theme.base);
    }
    out
}

fn render_item(p: &mut DocketPane, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(m) = &p.item else {
        let block = theme.block(title_span(Msg::RecordNotFound.t(), theme));
        frame.render_widget(block, area);
        return;
    };
    let star = if m.key_item { "★" } else { "" };
    let title = format!("{star}{} {}", m.number, m.title);
    let steps: Vec<&str> = m.steps.iter().map(|s| labels::step(*s)).collect();
    let offered = Msg::DocketOffered.fill(&[&steps.join(" / ")]);
    let block = theme
        .block(title_span(&title, theme))
        .title_bottom(format!(" {offered} "));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width < 3 || inner.height == 0 {
        return;
    }
    let width = usize::from(inner.width - 2);
    let lines = item_lines(m, p, width);
    let max = lines.len().saturating_sub(usize::from(inner.height));
    p.item_scroll = p.item_scroll.min(u16::try_from(max).unwrap_or(u16::MAX));
    let buf = frame.buffer_mut();
    for (i, (text, style)) in lines
        .iter()
        .skip(usize::from(p.item_scroll))
        .take(usize::from(inner.height))
        .enumerate()
    {
        cells::put(buf, inner.x + 1, inner.y + i as u16, text, width, *style);
    }
}

fn render_rates(p: &DocketPane, frame: &mut Frame, area: Rect, theme: &Theme) {
    let scope = match p
        .rates_unit
        .and_then(|id| p.handling_units.iter().find(|u| u.id == id))
    {
        Some(u) => u.name.clone(),
        None => Msg::DocketAllUnits.t().to_owned(),
    };
    let title = Msg::DocketRatesTitle.fill(&[&p.rates_year, &scope]);
    let columns = vec![
        Column::new(Msg::DocketRateName.t(), ColWidth::Fixed(8), Align::Left),
        Column::new(Msg::DocketRateValue.t(), ColWidth::Fixed(7), Align::Right),
        Column::new(Msg::DocketRateCount.t(), ColWidth::Fixed(9), Align::Right),
        Column::new(Msg::DocketRateDef.t(), ColWidth::Min(20), Align::Left),
    ];
    let rows: Vec<Vec<String>> = RateKind::ALL
        .iter()
        .filter_map(|k| p.rates.iter().find(|r| r.kind == *k))
        .map(|r| {
            let (name, def) = labels::rate(r.kind);
            vec![
                name.to_owned(),
                r.percent_text(),
                format!("{}/{}", r.counted.len(), r.base.len()),
                def.to_owned(),
            ]
        })
        .collect();
    let [table_area, notes] = Layout::vertical([
        Constraint::Length(rows.len() as u16 + 3),
        Constraint::Min(0),
    ])
    .areas(area);
    let mut state = TableState {
        selected: p.rate_selected,
        offset: 0,
    };
    Table::new(&columns, &rows).title(title).render(
        table_area,
        frame.buffer_mut(),
        &mut state,
        theme,
    );
    let split = p.rates.iter().find_map(|r| r.split).unwrap_or_default();
    let mut lines = vec![Msg::DocketSatisfiedSplit.fill(&[&split[0], &split[1], &split[2]])];
    if let Some(kind) = RateKind::ALL.get(p.rate_selected) {
        let (name, def) = labels::rate(*kind);
        lines.push(Msg::DocketRateDefOf.fill(&[&name, &def]));
    }
    lines.push(Msg::DocketRatesNote.t().to_owned());
    let w = usize::from(notes.width.saturating_sub(1));
    let wrapped: Vec<String> = lines
        .iter()
        .flat_map(|l| cells::wrap(l, w.max(1)))
        .collect();
    for (i, line) in wrapped.iter().enumerate().take(usize::from(notes.height)) {
        cells::put(
            frame.buffer_mut(),
            notes.x + 1,
            notes.y + i as u16,
            line,
            w,
            theme.base,
        );
    }
}
