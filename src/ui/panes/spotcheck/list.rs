//! The list of checks: columns, rows (overdue corrections stand out), the
//! title with the filter, a check's details and the verification of its
//! draw.

use chrono::NaiveDate;
use ratatui::style::Style;

use super::kind_label;
use crate::domain::sampling::{CheckStatus, DrawParams, TargetKind};
use crate::storage::Db;
use crate::storage::spotcheck::{
    RoundCheck, SpotCheckItem, SpotFilter, SpotGroup, SpotPage, StatusFilter,
};
use crate::ui::panes::{Detail, ListRow, PaneOutcome};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

pub(super) fn columns() -> Vec<Column> {
    let c = |m: Msg, w: ColWidth| Column::new(m.t(), w, Align::Left);
    vec![
        c(Msg::ColPlanned, ColWidth::Fixed(10)),
        c(Msg::ColTarget, ColWidth::Min(8)),
        c(Msg::ColGroup, ColWidth::Fixed(12)),
        c(Msg::ColMethod, ColWidth::Fixed(8)),
        c(Msg::ColStatus, ColWidth::Fixed(11)),
        c(Msg::ColCorrectionDue, ColWidth::Fixed(10)),
        c(Msg::ColFinding, ColWidth::Min(8)),
    ]
}

pub(super) fn status_label(s: CheckStatus) -> &'static str {
    match s {
        CheckStatus::Pending => Msg::SpotStatusPending.t(),
        CheckStatus::Passed => Msg::SpotStatusPassed.t(),
        CheckStatus::NeedsCorrection => Msg::SpotStatusNeedsCorrection.t(),
        CheckStatus::Corrected => Msg::SpotStatusCorrected.t(),
        CheckStatus::Withdrawn => Msg::SpotStatusWithdrawn.t(),
    }
}

pub(super) fn date_or_blank(d: Option<NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

/// Corrections past their due date stand out in colour and in words.
fn row_style(c: &SpotCheckItem, today: NaiveDate, theme: &Theme) -> Style {
    match c.status {
        _ if c.is_overdue(today) => theme.error,
        CheckStatus::NeedsCorrection => theme.warn,
        CheckStatus::Withdrawn => theme.dim,
        _ => Style::default(),
    }
}

pub(super) fn rows(page: &SpotPage, today: NaiveDate, theme: &Theme) -> Vec<ListRow> {
    page.checks
        .iter()
        .map(|c| {
            let status = if c.is_overdue(today) {
                Msg::SpotOverdue.t()
            } else {
                status_label(c.status)
            };
            let target = match c.target_kind {
                TargetKind::Deputy => c.target.clone(),
                TargetKind::LookBack => {
                    format!("{}·{}", kind_label(c.target_kind, false), c.target)
                }
            };
            let row = ListRow::new(
                c.id,
                vec![
                    c.planned_on.to_string(),
                    target,
                    c.group.clone().unwrap_or_default(),
                    c.method.clone(),
                    status.to_owned(),
                    date_or_blank(c.correction_due),
                    c.finding.clone(),
                ],
            )
            .style(row_style(c, today, theme));
            match c.target_kind {
                TargetKind::Deputy => row.name(&c.target, &c.pinyin),
                TargetKind::LookBack => row,
            }
        })
        .collect()
}

pub(super) fn status_filter_label(f: StatusFilter) -> &'static str {
    match f {
        StatusFilter::All => Msg::SpotFilterAll.t(),
        StatusFilter::Open => Msg::SpotFilterOpen.t(),
        StatusFilter::Overdue => Msg::SpotOverdue.t(),
        StatusFilter::Is(s) => status_label(s),
    }
}

pub(super) fn title(filter: &SpotFilter, shown: usize, groups: &[SpotGroup]) -> String {
    let mut parts = Vec::new();
    if filter.status != StatusFilter::All {
        parts.push(status_filter_label(filter.status).to_owned());
    }
    if let Some(g) = filter.group {
        if let Some(g) = groups.iter().find(|x| x.id == g) {
            parts.push(g.name.clone());
        }
    }
    let desc = if parts.is_empty() {
        String::new()
    } else {
        Msg::SpotFilterDesc.fill(&[&parts.join("，")])
    };
    Msg::SpotTitle.fill(&[&filter.year, &shown, &desc])
}

/// The stored parameters in words, for the detail and the verification.
pub(super) fn params_text(p: &DrawParams) -> String {
    let yes_no = |b: bool| if b { Msg::Yes.t() } else { Msg::No.t() };
    format!(
        "{} {}；{} {}；{} {}；{} {}；{} {}",
        Msg::SpotFieldSize.t(),
        p.size.label(),
        Msg::SpotFieldStratify.t(),
        yes_no(p.stratify),
        Msg::SpotFieldWeight.t(),
        yes_no(p.weight_low_contact),
        Msg::SpotFieldExclude.t(),
        p.exclude_months,
        Msg::SpotFieldSpread.t(),
        p.spread_days,
    )
}

/// A check's details with its draw and follow-ups.
pub(super) fn detail(c: &SpotCheckItem, page: &SpotPage) -> Detail {
    let f = |m: Msg, v: String| (m.t().to_owned(), v);
    let mut fields = vec![
        f(
            Msg::SpotDetailKind,
            kind_label(c.target_kind, true).to_owned(),
        ),
        f(Msg::ColGroup, c.group.clone().unwrap_or_default()),
        f(Msg::ColPlanned, c.planned_on.to_string()),
        f(Msg::ColDone, date_or_blank(c.done_on)),
        f(Msg::ColMethod, c.method.clone()),
        f(Msg::ColChecker, c.checker.clone()),
        f(Msg::ColStatus, status_label(c.status).to_owned()),
        f(Msg::ColFinding, c.finding.clone()),
        f(Msg::ColCorrectionDue, date_or_blank(c.correction_due)),
        f(Msg::SpotFieldCloseOn, date_or_blank(c.closed_on)),
    ];
    match c
        .round_id
        .and_then(|r| page.rounds.iter().find(|x| x.id == r))
    {
        Some(r) => {
            fields.push(f(
                Msg::SpotDetailRound,
                Msg::SpotDetailRoundText.fill(&[&r.id, &r.drawn_on, &r.seed]),
            ));
            let params = r
                .params
                .as_ref()
                .map_or_else(|| r.params_json.clone(), params_text);
            fields.push(f(Msg::SpotDetailParams, params));
        }
        None => fields.push(f(Msg::SpotDetailRound, Msg::SpotManual.t().to_owned())),
    }
    let notes = page.followups.iter().filter(|n| n.check_id == c.id);
    for (i, n) in notes.enumerate() {
        fields.push((
            Msg::SpotDetailFollowup.fill(&[&(i + 1)]),
            format!("{} {}", n.noted_on, n.note),
        ));
    }
    Detail {
        title: Msg::SpotDetailTitle.fill(&[&c.target]),
        fields,
    }
}

/// Draws the check's round again from its seed and shows whether the names
/// are the same.
pub(super) fn verify(db: &Db, c: &SpotCheckItem) -> PaneOutcome {
    let Some(round_id) = c.round_id else {
        return PaneOutcome::Error(Msg::SpotNotFromDraw.t().to_owned());
    };
    let round = match db.spot_round(round_id) {
        Ok(Some(r)) => r,
        Ok(None) => return PaneOutcome::Error(Msg::RecordNotFound.t().to_owned()),
        Err(e) => return PaneOutcome::Error(crate::ui::errors::describe(&e)),
    };
    let result = match db.spot_verify_round(&round) {
        Ok(r) => r,
        Err(e) => return PaneOutcome::Error(crate::ui::errors::describe(&e)),
    };
    let f = |m: Msg, v: String| (m.t().to_owned(), v);
    let mut fields = vec![
        f(
            Msg::SpotDetailRound,
            Msg::SpotDetailRoundText.fill(&[&round.id, &round.drawn_on, &round.seed]),
        ),
        f(
            Msg::SpotDetailParams,
            round
                .params
                .as_ref()
                .map_or_else(|| round.params_json.clone(), params_text),
        ),
    ];
    match result {
        RoundCheck::Same { names } => {
            fields.push(f(
                Msg::SpotVerifyVerdict,
                Msg::SpotVerifySame.t().to_owned(),
            ));
            fields.push(f(Msg::SpotVerifyStored, names.join("、")));
        }
        RoundCheck::Differs { stored, redrawn } => {
            fields.push(f(
                Msg::SpotVerifyVerdict,
                Msg::SpotVerifyDiffers.t().to_owned(),
            ));
            fields.push(f(Msg::SpotVerifyStored, stored.join("、")));
            fields.push(f(Msg::SpotVerifyRedrawn, redrawn.join("、")));
        }
        RoundCheck::NotReproducible => {
            fields.push(f(Msg::SpotVerifyVerdict, Msg::SpotVerifyNot.t().to_owned()));
        }
    }
    PaneOutcome::Open(Detail {
        title: Msg::SpotVerifyTitle.fill(&[&round.id]),
        fields,
    })
}
