//! Reports, forms and public notices as printable documents: built from
//! the database's figures into a [`Doc`], written as styled .xlsx or as a
//! print-ready HTML page.

mod duty;
mod motions;
mod notices;
mod structure;

use std::path::Path;

use chrono::{Datelike, NaiveDate};

use super::doc::Doc;
use super::{ExcelError, OutFormat, html, write_output, xlsx};
use crate::storage::Db;
use crate::ui::text::Msg;

pub use notices::{PUBLIC_COLUMNS, public_columns};
pub use structure::{Tally, composition};

/// The reports `chairdesk report NAME` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReportKind {
    /// 代表结构统计
    Structure,
    /// 半年履职通报
    HalfYear,
    /// 年度履职考核
    Annual,
    /// 议案建议办理情况
    Motions,
    /// 办理过程记录 of one item
    MotionRecord,
    /// 交办单 of one item
    AssignForm,
    /// 督办函 of one item
    UrgeLetter,
    /// 代表名单 for the wall
    NoticeDeputies,
    /// 接待安排 for the wall
    NoticeReceptions,
}

impl ReportKind {
    pub const ALL: [ReportKind; 9] = [
        ReportKind::Structure,
        ReportKind::HalfYear,
        ReportKind::Annual,
        ReportKind::Motions,
        ReportKind::MotionRecord,
        ReportKind::AssignForm,
        ReportKind::UrgeLetter,
        ReportKind::NoticeDeputies,
        ReportKind::NoticeReceptions,
    ];

    /// (command-line name, Chinese name).
    fn names_of(self) -> (&'static str, &'static str) {
        match self {
            ReportKind::Structure => ("structure", "代表结构统计"),
            ReportKind::HalfYear => ("half-year", "半年履职通报"),
            ReportKind::Annual => ("annual", "年度履职考核"),
            ReportKind::Motions => ("motions", "议案建议办理情况"),
            ReportKind::MotionRecord => ("record", "办理过程记录"),
            ReportKind::AssignForm => ("assign", "交办单"),
            ReportKind::UrgeLetter => ("urge", "督办函"),
            ReportKind::NoticeDeputies => ("notice-deputies", "代表名单公示"),
            ReportKind::NoticeReceptions => ("notice-receptions", "接待安排公示"),
        }
    }

    /// The command-line name.
    pub fn name(self) -> &'static str {
        self.names_of().0
    }

    /// The title in the current language, for menus.
    pub fn title(self) -> Msg {
        match self {
            ReportKind::Structure => Msg::ExcelRepStructure,
            ReportKind::HalfYear => Msg::ExcelRepHalfYear,
            ReportKind::Annual => Msg::ExcelRepAnnual,
            ReportKind::Motions => Msg::ExcelRepMotions,
            ReportKind::MotionRecord => Msg::ExcelRepRecord,
            ReportKind::AssignForm => Msg::ExcelRepAssign,
            ReportKind::UrgeLetter => Msg::ExcelRepUrge,
            ReportKind::NoticeDeputies => Msg::ExcelRepNoticeDeputies,
            ReportKind::NoticeReceptions => Msg::ExcelRepNoticeReceptions,
        }
    }

    /// By command-line or Chinese name.
    pub fn parse(name: &str) -> Option<ReportKind> {
        let name = name.trim().to_lowercase();
        ReportKind::ALL.into_iter().find(|k| {
            let (en, zh) = k.names_of();
            name == en || name == zh
        })
    }

    /// Every command-line name, for the error message.
    pub fn names() -> String {
        ReportKind::ALL
            .iter()
            .map(|k| format!("{}（{}）", k.names_of().0, k.names_of().1))
            .collect::<Vec<_>>()
            .join("、")
    }

    /// Reports about one item need its number.
    pub fn needs_number(self) -> bool {
        matches!(
            self,
            ReportKind::MotionRecord | ReportKind::AssignForm | ReportKind::UrgeLetter
        )
    }
}

/// What a report is about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReportParams {
    pub year: i32,
    /// 1 or 2 for a half year; None for the whole year.
    pub half: Option<u8>,
    /// The item of a motion report (2026-建-012).
    pub number: Option<String>,
    /// The chair's choice of columns for the deputy list notice; private
    /// columns are dropped whatever is asked.
    pub columns: Option<Vec<String>>,
    pub today: NaiveDate,
}

impl ReportParams {
    /// The first and last day covered.
    pub fn period(&self) -> (NaiveDate, NaiveDate) {
        let d = |m, day| NaiveDate::from_ymd_opt(self.year, m, day).unwrap_or(self.today);
        match self.half {
            Some(1) => (d(1, 1), d(6, 30)),
            Some(2) => (d(7, 1), d(12, 31)),
            _ => (d(1, 1), d(12, 31)),
        }
    }

    /// "2026年" or "2026年上半年".
    pub fn period_label(&self) -> String {
        match self.half {
            Some(1) => Msg::ExcelFirstHalf.fill(&[&self.year]),
            Some(2) => Msg::ExcelSecondHalf.fill(&[&self.year]),
            _ => Msg::ExcelWholeYear.fill(&[&self.year]),
        }
    }

    /// Figures "as of" the end of the period, or today if that is earlier.
    pub fn as_of(&self) -> NaiveDate {
        self.period().1.min(self.today)
    }

    fn number(&self) -> Result<&str, ExcelError> {
        self.number
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .ok_or(ExcelError::MotionNeeded)
    }
}

/// Builds the document of a report.
pub fn build(db: &Db, kind: ReportKind, p: &ReportParams) -> Result<Doc, ExcelError> {
    let record = |number: &str| {
        db.motion_record(number)?
            .ok_or_else(|| ExcelError::NoSuchMotion(number.to_owned()))
    };
    Ok(match kind {
        ReportKind::Structure => structure::report(&db.composition_facts(p.as_of())?, p),
        ReportKind::HalfYear => {
            let (from, to) = p.period();
            duty::half_year(&db.duty_figures(from, to)?, p)
        }
        ReportKind::Annual => {
            let cuts = (
                db.rule("grade_excellent_min")?,
                db.rule("grade_competent_min")?,
            );
            duty::annual(&db.duty_scores(p.year, p.today)?, cuts, p)
        }
        ReportKind::Motions => motions::handling(&db.motion_facts(p.year)?, p),
        ReportKind::MotionRecord => motions::record(&record(p.number()?)?, p),
        ReportKind::AssignForm => motions::assign_form(&record(p.number()?)?, p),
        ReportKind::UrgeLetter => motions::urge_letter(&record(p.number()?)?, p),
        ReportKind::NoticeDeputies => notices::deputies(&db.public_deputies()?, p),
        ReportKind::NoticeReceptions => {
            let (from, to) = p.period();
            notices::receptions(&db.public_receptions(from, to)?, p)
        }
    })
}

/// Writes a document as .xlsx or .html, by the path's extension.
pub fn write_doc(doc: &Doc, path: &Path) -> Result<(), ExcelError> {
    let bytes = match OutFormat::of(path)? {
        OutFormat::Xlsx => xlsx::doc_to_xlsx(doc).map_err(|e| ExcelError::Write {
            path: path.to_path_buf(),
            detail: e.to_string(),
        })?,
        OutFormat::Html => html::to_html(doc).into_bytes(),
        OutFormat::Csv => return Err(ExcelError::UnknownFormat(path.display().to_string())),
    };
    write_output(path, &bytes)
}

/// A share in percent with one decimal, or "—" when nothing to share.
pub fn percent(part: i64, whole: i64) -> String {
    if whole == 0 {
        "—".into()
    } else {
        format!("{:.1}", part as f64 * 100.0 / whole as f64)
    }
}

/// The weekday of a date in the current language.
fn weekday(d: NaiveDate) -> String {
    Msg::ExcelWeekdays
        .t()
        .split('|')
        .nth(d.weekday().num_days_from_monday() as usize)
        .unwrap_or_default()
        .to_owned()
}
