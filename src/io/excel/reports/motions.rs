//! 议案建议办理情况 (rates by unit, with their definitions, and the item
//! list), and for one item: 办理过程记录, 交办单 and 督办函.

use std::collections::BTreeMap;

use super::super::doc::{Block, Doc, DocTable};
use super::super::lists::columns;
use super::{ReportParams, percent};
use crate::storage::exchange::{MotionFacts, MotionRecord};
use crate::ui::text::Msg;

/// Counts behind the rates of one unit.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Rates {
    pub assigned: i64,
    pub replied: i64,
    pub on_time: i64,
    pub closed: i64,
    pub met: i64,
    pub solved: i64,
    pub satisfied: i64,
    pub basic: i64,
    pub unsatisfied: i64,
}

impl Rates {
    fn add(&mut self, m: &MotionFacts) {
        self.assigned += 1;
        let replied = m.first_reply_on.is_some();
        self.replied += i64::from(replied);
        self.on_time += i64::from(match (m.first_reply_on, m.reply_due) {
            (Some(r), Some(due)) => r <= due,
            (Some(_), None) => true,
            _ => false,
        });
        self.closed += i64::from(m.closed);
        self.met += i64::from(m.met);
        self.solved += i64::from(replied && m.solved);
        self.satisfied += m.satisfied;
        self.basic += m.basic;
        self.unsatisfied += m.unsatisfied;
    }

    fn row(&self, unit: String) -> Vec<String> {
        let rated = self.satisfied + self.basic + self.unsatisfied;
        vec![
            unit,
            self.assigned.to_string(),
            self.replied.to_string(),
            percent(self.replied, self.assigned),
            self.on_time.to_string(),
            self.closed.to_string(),
            percent(self.closed, self.assigned),
            self.met.to_string(),
            percent(self.met, self.assigned),
            self.solved.to_string(),
            percent(self.solved, self.replied),
            self.satisfied.to_string(),
            self.basic.to_string(),
            self.unsatisfied.to_string(),
            percent(self.satisfied + self.basic, rated),
        ]
    }
}

/// Rates by lead unit over the items already assigned, and their total.
pub fn rates_by_unit(items: &[MotionFacts]) -> (Vec<(String, Rates)>, Rates) {
    let mut by_unit: BTreeMap<String, Rates> = BTreeMap::new();
    let mut total = Rates::default();
    for m in items.iter().filter(|m| m.assigned_on.is_some()) {
        let unit = if m.unit.is_empty() {
            Msg::ExcelNoLeadUnit.t().to_owned()
        } else {
            m.unit.clone()
        };
        by_unit.entry(unit).or_default().add(m);
        total.add(m);
    }
    (by_unit.into_iter().collect(), total)
}

pub fn handling(items: &[MotionFacts], p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepMotions.t());
    doc.landscape = true;
    doc.subtitle.push(Msg::ExcelMotionsSub.fill(&[
        &p.year,
        &items.len(),
        &items.iter().filter(|m| m.assigned_on.is_some()).count(),
        &p.today,
    ]));
    doc.push(Block::Heading(Msg::ExcelByUnit.t().to_owned()));
    let mut table = DocTable::new(columns(Msg::ExcelColsRates)).numeric_from(1);
    let (units, total) = rates_by_unit(items);
    for (unit, r) in units {
        table.rows.push(r.row(unit));
    }
    table.rows.push(total.row(Msg::ExcelTotal.t().to_owned()));
    doc.push(Block::Table(table));
    doc.push(Block::Text(Msg::ExcelRateDefinitions.t().to_owned()));
    doc.push(Block::Heading(Msg::ExcelItemList.t().to_owned()));
    let mut list = DocTable::new(columns(Msg::ExcelColsItems));
    for m in items {
        let rating = match (m.satisfied, m.basic, m.unsatisfied) {
            (0, 0, 0) => String::new(),
            (s, b, u) => Msg::ExcelRatingCounts.fill(&[&s, &b, &u]),
        };
        list.rows.push(vec![
            m.number.clone(),
            m.kind.clone(),
            m.title.clone(),
            m.lead.clone(),
            m.unit.clone(),
            m.status.clone(),
            opt(m.assigned_on),
            opt(m.reply_due),
            opt(m.first_reply_on),
            m.class
                .as_ref()
                .map(|c| format!("{c} {}", m.class_label))
                .unwrap_or_default(),
            yes_no(m.met),
            rating,
        ]);
    }
    doc.push(Block::Table(list));
    doc
}

fn opt(d: Option<chrono::NaiveDate>) -> String {
    d.map(|d| d.to_string()).unwrap_or_default()
}

fn yes_no(b: bool) -> String {
    if b { Msg::Yes } else { Msg::No }.t().to_owned()
}

fn signers(rec: &MotionRecord, role: &str) -> String {
    rec.signers
        .iter()
        .filter(|(_, r)| r == role)
        .map(|(n, _)| n.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

fn units(rec: &MotionRecord, role: &str) -> String {
    rec.units
        .iter()
        .filter(|u| u.role == role && u.returned_on.is_none())
        .map(|u| u.name.as_str())
        .collect::<Vec<_>>()
        .join("、")
}

/// The head fields every paper about one item carries.
fn head_fields(rec: &MotionRecord) -> Vec<(String, String)> {
    let label = |m: Msg| m.t().to_owned();
    vec![
        (label(Msg::ColNumber), rec.number.clone()),
        (label(Msg::ColKind), rec.kind.clone()),
        (label(Msg::ColTitle), rec.title.clone()),
        (label(Msg::ExcelLeadDeputy), signers(rec, "领衔")),
        (label(Msg::ExcelCoSigners), signers(rec, "附议")),
        (label(Msg::ColReceived), rec.received_on.to_string()),
        (label(Msg::ExcelLeadUnit), units(rec, "主办")),
        (label(Msg::ExcelCoUnits), units(rec, "协办")),
        (label(Msg::ExcelAssignedOn), opt(rec.assigned_on)),
        (label(Msg::ColReplyDue), opt(rec.reply_due)),
    ]
}

pub fn record(rec: &MotionRecord, p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepRecord.t());
    doc.subtitle.push(format!("{} {}", rec.number, rec.title));
    let mut fields = head_fields(rec);
    fields.push((Msg::ColStatus.t().to_owned(), rec.status.clone()));
    fields.push((Msg::ExcelClosedOn.t().to_owned(), opt(rec.closed_on)));
    fields.push((Msg::ColKeyItem.t().to_owned(), yes_no(rec.key_item)));
    fields.push((Msg::ExcelContent.t().to_owned(), rec.content.clone()));
    doc.push(Block::Fields(fields));
    doc.push(Block::Heading(Msg::ExcelTimeline.t().to_owned()));
    let mut t = DocTable::new(columns(Msg::ExcelColsTimeline));
    for e in &rec.events {
        t.rows.push(vec![
            e.on.to_string(),
            e.step.clone(),
            e.unit.clone(),
            e.note.clone(),
        ]);
    }
    doc.push(Block::Table(t));
    doc.push(Block::Heading(Msg::ExcelReplies.t().to_owned()));
    let mut t = DocTable::new(columns(Msg::ExcelColsReplies));
    for r in &rec.replies {
        t.rows.push(vec![
            r.on.to_string(),
            r.unit.clone(),
            r.class.clone(),
            yes_no(r.met),
            r.text.clone(),
        ]);
    }
    doc.push(Block::Table(t));
    doc.push(Block::Heading(Msg::ExcelFeedback.t().to_owned()));
    let mut t = DocTable::new(columns(Msg::ExcelColsFeedback));
    for f in &rec.feedback {
        t.rows.push(vec![
            f.on.to_string(),
            f.deputy.clone(),
            f.rating.clone(),
            f.note.clone(),
        ]);
    }
    doc.push(Block::Table(t));
    doc.push(Block::Sign(vec![Msg::ExcelPrintedOn.fill(&[&p.today])]));
    doc
}

pub fn assign_form(rec: &MotionRecord, p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepAssign.t());
    doc.subtitle.push(rec.number.clone());
    let mut fields = head_fields(rec);
    fields.push((Msg::ExcelContent.t().to_owned(), rec.content.clone()));
    doc.push(Block::Fields(fields));
    let due = opt(rec.reply_due);
    doc.push(Block::Text(Msg::ExcelAssignText.fill(&[&due])));
    doc.push(Block::Sign(vec![
        Msg::ExcelIssuer.t().to_owned(),
        opt(rec.assigned_on.or(Some(p.today))),
    ]));
    doc
}

pub fn urge_letter(rec: &MotionRecord, p: &ReportParams) -> Doc {
    let mut doc = Doc::new(Msg::ExcelRepUrge.t());
    let unit = units(rec, "主办");
    let mut body = Vec::new();
    body.push(Block::Text(format!("{unit}：")));
    let state = match rec.reply_due {
        Some(due) if due < p.today => Msg::ExcelOverdueBy.fill(&[&(p.today - due).num_days()]),
        Some(due) => Msg::ExcelDueIn.fill(&[&(due - p.today).num_days()]),
        None => String::new(),
    };
    body.push(Block::Text(Msg::ExcelUrgeText.fill(&[
        &rec.number,
        &rec.title,
        &signers(rec, "领衔"),
        &opt(rec.assigned_on),
        &opt(rec.reply_due),
        &p.today,
        &rec.status,
        &state,
    ])));
    body.push(Block::Text(Msg::ExcelUrgeAsk.t().to_owned()));
    body.push(Block::Sign(vec![
        Msg::ExcelIssuer.t().to_owned(),
        p.today.to_string(),
    ]));
    doc.blocks = body;
    doc
}
