//! Public notices for the station wall (五上墙): the deputy list and the
//! reception schedule. Only public fields reach here (see
//! `storage::exchange::public`); the chair's choice of columns is checked
//! against [`PUBLIC_COLUMNS`] again, so asking for 住址 gives nothing.

use super::super::doc::{Block, Doc, DocTable};
use super::super::lists::columns;
use super::{ReportParams, weekday};
use crate::storage::exchange::{PublicDeputy, PublicReception};
use crate::ui::text::Msg;

/// Columns a deputy list on the wall may have, by their catalog entry.
pub const PUBLIC_COLUMNS: [Msg; 7] = [
    Msg::ColName,
    Msg::ColGender,
    Msg::ExcelColLevel,
    Msg::ColGroup,
    Msg::ExcelColGroupRole,
    Msg::ExcelColUnitTitle,
    Msg::ColPhone,
];

/// The chosen columns that may be public, in the order chosen; unknown and
/// private names are dropped. Nothing chosen (or nothing left): all.
pub fn public_columns(chosen: Option<&[String]>) -> Vec<usize> {
    let known = |name: &str| {
        PUBLIC_COLUMNS.iter().position(|m| {
            let n = name.trim();
            n == m.t() || n == m.in_lang(crate::ui::text::Lang::Zh)
        })
    };
    let picked: Vec<usize> = chosen
        .unwrap_or_default()
        .iter()
        .filter_map(|c| known(c))
        .collect();
    if picked.is_empty() {
        (0..PUBLIC_COLUMNS.len()).collect()
    } else {
        picked
    }
}

fn value(d: &PublicDeputy, column: usize) -> String {
    match column {
        0 => d.name.clone(),
        1 => d.gender.clone(),
        2 => d.level.clone(),
        3 => d.group.clone(),
        4 => d.role.clone(),
        5 => d.unit_title.clone(),
        _ => d.phone.clone(),
    }
}

pub fn deputies(list: &[PublicDeputy], p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepNoticeDeputies.t());
    doc.subtitle
        .push(Msg::ExcelNoticeDeputiesSub.fill(&[&list.len(), &p.today]));
    let cols = public_columns(p.columns.as_deref());
    let mut titles = vec![Msg::ExcelColSeq.t().to_owned()];
    titles.extend(cols.iter().map(|&c| PUBLIC_COLUMNS[c].t().to_owned()));
    let mut table = DocTable::new(titles);
    for (i, d) in list.iter().enumerate() {
        let mut row = vec![(i + 1).to_string()];
        row.extend(cols.iter().map(|&c| value(d, c)));
        table.rows.push(row);
    }
    doc.push(Block::Table(table));
    doc.push(Block::Text(Msg::ExcelNoticeDeputiesText.t().to_owned()));
    doc
}

pub fn receptions(list: &[PublicReception], p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepNoticeReceptions.t());
    doc.landscape = true;
    doc.subtitle.push(p.period_label());
    let mut table = DocTable::new(columns(Msg::ExcelColsReceptions));
    for r in list {
        let place = [r.station.as_str(), r.place.as_str()]
            .iter()
            .filter(|s| !s.is_empty())
            .copied()
            .collect::<Vec<_>>()
            .join(" ");
        table.rows.push(vec![
            r.on.to_string(),
            weekday(r.on),
            r.time.clone(),
            place,
            r.group.clone(),
            r.deputies.join("、"),
            r.topic.clone(),
        ]);
    }
    doc.push(Block::Table(table));
    doc.push(Block::Text(Msg::ExcelNoticeReceptionsText.t().to_owned()));
    doc
}
