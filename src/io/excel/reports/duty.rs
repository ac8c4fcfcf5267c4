//! 半年履职通报 and 年度履职考核: each deputy's duty figures over a period,
//! and the year's scores with their breakdown and grades.

use super::super::doc::{Block, Doc, DocTable};
use super::super::lists::columns;
use super::ReportParams;
use super::score::{COMPETENT_FROM, EXCELLENT_FROM, grade, score};
use crate::domain::roster_file::number_text;
use crate::storage::exchange::DutyFigures;
use crate::ui::text::Msg;

pub fn half_year(figures: &[DutyFigures], p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepHalfYear.t());
    doc.landscape = true;
    let (from, to) = p.period();
    doc.subtitle
        .push(Msg::ExcelPeriod.fill(&[&p.period_label(), &from, &to]));
    let mut table = DocTable::new(columns(Msg::ExcelColsHalfYear)).numeric_from(3);
    let mut total = [0f64; 8];
    for (i, f) in figures.iter().enumerate() {
        let values = [
            f.activity_days,
            f.present as f64,
            f.leave as f64,
            f.absent as f64,
            f.voter_people as f64,
            f.suggestions as f64,
            f.reports as f64,
            f.deeds as f64,
        ];
        let mut row = vec![(i + 1).to_string(), f.name.clone(), f.group.clone()];
        for (t, v) in total.iter_mut().zip(values) {
            *t += v;
            row.push(number_text(v));
        }
        table.rows.push(row);
    }
    let mut sum = vec![String::new(), Msg::ExcelTotal.t().to_owned(), String::new()];
    sum.extend(total.iter().map(|v| number_text(*v)));
    table.rows.push(sum);
    doc.push(Block::Table(table));
    doc.push(Block::Text(Msg::ExcelHalfYearNote.t().to_owned()));
    doc
}

pub fn annual(figures: &[DutyFigures], weights: &[(String, i64)], p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepAnnual.t());
    doc.landscape = true;
    let (from, to) = p.period();
    doc.subtitle
        .push(Msg::ExcelPeriod.fill(&[&p.period_label(), &from, &to]));
    let cols = columns(Msg::ExcelColsAnnual);
    let grade_col = cols.len() - 1;
    let mut table = DocTable::new(cols).numeric_from(3);
    table.numeric[grade_col] = false;
    for (i, f) in figures.iter().enumerate() {
        let s = score(f, weights);
        let mut row = vec![(i + 1).to_string(), f.name.clone(), f.group.clone()];
        row.extend(s.parts.iter().map(|v| number_text(*v)));
        row.push(number_text(s.total));
        row.push(grade(s.total).to_owned());
        table.rows.push(row);
    }
    doc.push(Block::Table(table));
    let weights_text: Vec<String> = weights.iter().map(|(e, p)| format!("{e} {p}")).collect();
    doc.push(Block::Text(Msg::ExcelAnnualNote.fill(&[
        &weights_text.join("，"),
        &EXCELLENT_FROM,
        &COMPETENT_FROM,
    ])));
    doc
}
