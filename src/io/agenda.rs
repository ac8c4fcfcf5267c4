//! `chairdesk agenda`: the daily review without the TUI, as aligned plain
//! text (Chinese measured in display cells) or JSON for scripts. It reads
//! the same `Db::review` and words lines with the same `wording` as the
//! 今日 pane, so the two never disagree.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;
use serde_json::{Value, json};

use crate::domain::scores::review::percent;
use crate::storage::Db;
use crate::storage::today::{Review, ReviewItem};
use crate::ui::errors::{describe, describe_open};
use crate::ui::panes::today::wording::{heading, words};
use crate::ui::text::Msg;
use crate::ui::widgets::cells::{Align, pad, width};

/// How the review is printed.
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
}

/// Prints the review of the file at `path` for `date` (default `today`).
pub fn run(
    path: &Path,
    today: NaiveDate,
    date: Option<&str>,
    format: Format,
) -> Result<ExitCode, String> {
    let day = match date {
        Some(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
            .map_err(|_| Msg::TodayAgendaBadDate.fill(&[&s]))?,
        None => today,
    };
    if !path.exists() {
        return Err(Msg::CheckMissing.fill(&[&path.display()]));
    }
    let db = Db::open_read_only(path).map_err(|e| describe_open(&e))?;
    let review = db.review(day).map_err(|e| describe(&e))?;
    match format {
        Format::Text => print!("{}", text(&review)),
        Format::Json => println!(
            "{}",
            serde_json::to_string_pretty(&json(&review)).unwrap_or_default()
        ),
    }
    Ok(ExitCode::SUCCESS)
}

/// The review as plain text: the figures, then each heading with its lines.
/// Columns are day, how late, who and the matter, the matter last so long
/// ones need no cutting; every column is padded in display cells.
pub fn text(review: &Review) -> String {
    let today = review.today;
    let f = &review.figures;
    let rate = |part, whole| percent(part, whole).map_or("—".to_owned(), |p| format!("{p}%"));
    let mut out = String::new();
    out.push_str(&Msg::TodayAgendaTitle.fill(&[&today, &review.items.len()]));
    out.push('\n');
    out.push_str(&format!(
        "{} {}  {} {}  {} {}  {} {}  {} {}  {} {}\n",
        Msg::TodayFigDeputies.t(),
        f.deputies_in_office,
        Msg::TodayFigActivities.t(),
        Msg::TodayFigHeld.fill(&[&f.activities_this_quarter, &f.activities_held_this_quarter]),
        Msg::TodayFigOpen.t(),
        f.open_items,
        Msg::TodayFigOverdue.t(),
        f.overdue_items,
        Msg::TodayFigClosedRate.t(),
        rate(f.closed_this_year, f.assigned_this_year),
        Msg::TodayFigSatisfiedRate.t(),
        rate(f.satisfied_this_year, f.rated_this_year),
    ));
    out.push_str(&Msg::TodayRateDefinitions.fill(&[
        &f.closed_this_year,
        &f.assigned_this_year,
        &f.satisfied_this_year,
        &f.rated_this_year,
        &f.fully_satisfied_this_year,
    ]));
    out.push('\n');
    let lines: Vec<_> = review.items.iter().map(|i| words(i, today)).collect();
    let col = |get: fn(&crate::ui::panes::today::wording::LineWords) -> &String| {
        lines.iter().map(|w| width(get(w))).max().unwrap_or(0)
    };
    let (due_w, when_w, who_w) = (col(|w| &w.due), col(|w| &w.when), col(|w| &w.who));
    let mut current = None;
    for (item, w) in review.items.iter().zip(&lines) {
        if current != Some(item.kind) {
            current = Some(item.kind);
            let count = review.items.iter().filter(|i| i.kind == item.kind).count();
            out.push_str(&format!("\n【{}】{}\n", heading(item.kind).t(), count));
        }
        let row = format!(
            "  {}  {}  {}  {}",
            pad(&w.due, due_w, Align::Left),
            pad(&w.when, when_w, Align::Left),
            pad(&w.who, who_w, Align::Left),
            w.matter
        );
        out.push_str(row.trim_end());
        out.push('\n');
    }
    if !review.snoozed.is_empty() {
        out.push('\n');
        out.push_str(&Msg::TodayAgendaSnoozed.fill(&[&review.snoozed.len()]));
        out.push('\n');
    }
    out
}

fn item_json(item: &ReviewItem, today: NaiveDate) -> Value {
    let w = words(item, today);
    json!({
        "kind": item.kind.code(),
        "heading": heading(item.kind).t(),
        "key": item.key,
        "matter": w.matter,
        "who": w.who,
        "due": item.due.map(|d| d.to_string()),
        "days_until_due": item.due.map(|d| (d - today).num_days()),
        "target": item.target,
    })
}

/// The review as JSON: stable English keys and kind codes; the words in the
/// chosen language. Each rate comes with its parts and its definition.
pub fn json(review: &Review) -> Value {
    let today = review.today;
    let f = &review.figures;
    json!({
        "date": today.to_string(),
        "figures": {
            "deputies_in_office": f.deputies_in_office,
            "activities_this_quarter": f.activities_this_quarter,
            "activities_held_this_quarter": f.activities_held_this_quarter,
            "open_items": f.open_items,
            "overdue_items": f.overdue_items,
            "closed_rate": {
                "percent": percent(f.closed_this_year, f.assigned_this_year),
                "closed": f.closed_this_year,
                "assigned_this_year": f.assigned_this_year,
                "definition": "closed / assigned this year",
            },
            "satisfied_rate": {
                "percent": percent(f.satisfied_this_year, f.rated_this_year),
                "satisfied_or_basically": f.satisfied_this_year,
                "satisfied": f.fully_satisfied_this_year,
                "rated_this_year": f.rated_this_year,
                "definition": "(satisfied + basically satisfied) / ratings given this year",
            },
        },
        "items": review.items.iter().map(|i| item_json(i, today)).collect::<Vec<_>>(),
        "snoozed": review.snoozed.iter().map(|(i, until)| {
            let mut v = item_json(i, today);
            v["until"] = json!(until.to_string());
            v
        }).collect::<Vec<_>>(),
    })
}
