//! 半年履职通报 and 年度履职考核: each deputy's duty figures over a period,
//! and the year's scores with their breakdown and grades.

use super::super::doc::{Block, Doc, DocTable};
use super::super::lists::columns;
use super::ReportParams;
use crate::domain::roster_file::number_text;
use crate::domain::scores::ScoreItem;
use crate::storage::exchange::DutyFigures;
use crate::storage::today::ScoredDeputy;
use crate::ui::panes::today::wording::{grade_label, item_label};
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

/// The year-end appraisal (年度履职考核): the same scores, ranks and grades
/// as the Today pane's duty scores, so the paper and the screen agree.
pub fn annual(scored: &[ScoredDeputy], cuts: (i64, i64), p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepAnnual.t());
    doc.landscape = true;
    let (from, to) = p.period();
    doc.subtitle
        .push(Msg::ExcelPeriod.fill(&[&p.period_label(), &from, &to]));
    let items: Vec<ScoreItem> = scored
        .first()
        .map(|s| s.score.lines.iter().map(|l| l.item).collect())
        .unwrap_or_default();
    let mut cols = vec![
        Msg::ExcelAnnualRank.t().to_owned(),
        Msg::ExcelAnnualName.t().to_owned(),
        Msg::ExcelAnnualGroup.t().to_owned(),
    ];
    cols.extend(items.iter().map(|i| item_label(*i).t().to_owned()));
    cols.push(Msg::ExcelAnnualTotal.t().to_owned());
    cols.push(Msg::ExcelAnnualGrade.t().to_owned());
    let grade_col = cols.len() - 1;
    let mut table = DocTable::new(cols).numeric_from(3);
    table.numeric[grade_col] = false;
    for s in scored {
        let mut row = vec![
            s.rank.to_string(),
            s.deputy.name.clone(),
            s.deputy.group.clone().unwrap_or_default(),
        ];
        row.extend(s.score.lines.iter().map(|l| l.points.to_string()));
        row.push(s.score.total.to_string());
        row.push(grade_label(s.grade).t().to_owned());
        table.rows.push(row);
    }
    doc.push(Block::Table(table));
    doc.push(Block::Text(Msg::ExcelAnnualNote.fill(&[&cuts.0, &cuts.1])));
    doc
}
