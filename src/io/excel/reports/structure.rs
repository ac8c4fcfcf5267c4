//! 代表结构统计: counts and shares of the deputies in office by gender,
//! ethnicity, party, occupation, age band, education and level.

use chrono::NaiveDate;

use super::super::doc::{Block, Doc, DocTable};
use super::{ReportParams, percent};
use crate::domain::dates::{AgeBand, age_on, parse_birth_month};
use crate::storage::exchange::PersonFacts;
use crate::ui::text::{Lang, Msg, lang};

/// One line of the statistics: (category, item, count).
pub type Tally = (String, String, i64);

/// Counts deputies per category and item. Every item of a category is
/// listed, zero counts too, so the sheet always has the same shape.
pub fn composition(people: &[PersonFacts], as_of: NaiveDate) -> Vec<Tally> {
    let mut out = Vec::new();
    let mut count = |cat: Msg, item: &str, n: usize| {
        out.push((cat.t().to_owned(), item.to_owned(), n as i64));
    };
    let of = |f: &dyn Fn(&PersonFacts) -> bool| people.iter().filter(|p| f(p)).count();
    for g in ["男", "女"] {
        count(Msg::ExcelCatGender, g, of(&|p| p.gender == g));
    }
    count(
        Msg::ExcelCatEthnicity,
        "汉族",
        of(&|p| p.ethnicity == "汉族"),
    );
    count(
        Msg::ExcelCatEthnicity,
        "少数民族",
        of(&|p| p.ethnicity != "汉族"),
    );
    for party in [
        "中共党员",
        "中共预备党员",
        "共青团员",
        "民主党派",
        "无党派人士",
        "群众",
    ] {
        count(Msg::ExcelCatParty, party, of(&|p| p.party == party));
    }
    for occ in [
        "党政干部",
        "工人",
        "农民",
        "专业技术人员",
        "企业负责人",
        "其他",
    ] {
        count(Msg::ExcelCatOccupation, occ, of(&|p| p.occupation == occ));
    }
    let band = |p: &PersonFacts| {
        p.birth_month
            .as_deref()
            .and_then(parse_birth_month)
            .map(|b| AgeBand::of(age_on(b, as_of)))
    };
    for b in AgeBand::ALL {
        let label = match lang() {
            Lang::Zh => b.label_zh(),
            Lang::En => b.label_en(),
        };
        count(Msg::ExcelCatAge, label, of(&|p| band(p) == Some(b)));
    }
    let unknown_age = of(&|p| band(p).is_none());
    if unknown_age > 0 {
        count(Msg::ExcelCatAge, Msg::ExcelNotGiven.t(), unknown_age);
    }
    for edu in ["研究生", "本科", "大专", "中专", "高中", "初中", "小学"] {
        count(Msg::ExcelCatEducation, edu, of(&|p| p.education == edu));
    }
    let no_edu = of(&|p| p.education.is_empty());
    if no_edu > 0 {
        count(Msg::ExcelCatEducation, Msg::ExcelNotGiven.t(), no_edu);
    }
    for level in ["全国", "省", "市", "县", "镇"] {
        count(Msg::ExcelCatLevel, level, of(&|p| p.level == level));
    }
    out
}

pub fn report(people: &[PersonFacts], p: &ReportParams) -> Doc {
    let as_of = p.as_of();
    let total = people.len() as i64;
    let mut doc = Doc::new(Msg::ExcelRepStructure.t());
    doc.subtitle
        .push(Msg::ExcelStructureAsOf.fill(&[&as_of, &total]));
    let mut table =
        DocTable::new(super::super::lists::columns(Msg::ExcelColsStructure)).numeric_from(2);
    let mut last_cat = String::new();
    for (cat, item, n) in composition(people, as_of) {
        let shown_cat = if cat == last_cat {
            String::new()
        } else {
            cat.clone()
        };
        last_cat = cat;
        table
            .rows
            .push(vec![shown_cat, item, n.to_string(), percent(n, total)]);
    }
    doc.push(Block::Table(table));
    doc.push(Block::Text(Msg::ExcelStructureNote.t().to_owned()));
    doc
}
