//! The import preview in words, shared by `import --dry-run` and the TUI
//! screen: every row with what will be written, every problem with its
//! row number.

use crate::domain::roster_file::{
    DuplicateOf, Field, ImportPlan, NewDeputy, PlanRow, PlanSummary, Problem, RowAction, SkipReason,
};
use crate::ui::text::Msg;

/// How a preview line should look.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    Add,
    Note,
    Skip,
    Bad,
}

/// One row of the preview.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PreviewLine {
    /// 第12行, or 名单!第12行 when the file has several sheets.
    pub row: String,
    pub name: String,
    pub outcome: String,
    /// What will be written, then each problem.
    pub detail: String,
    pub tone: Tone,
}

pub fn lines(plan: &ImportPlan) -> Vec<PreviewLine> {
    plan.rows.iter().map(|r| line(plan, r)).collect()
}

fn line(plan: &ImportPlan, r: &PlanRow) -> PreviewLine {
    let row = match plan.sheet_name(r) {
        Some(sheet) => format!("{sheet}!{}", Msg::ExcelRowNo.fill(&[&r.row])),
        None => Msg::ExcelRowNo.fill(&[&r.row]),
    };
    // Errors first: they are what the chair must fix.
    let mut ordered: Vec<&Problem> = r.problems.iter().collect();
    ordered.sort_by_key(|p| !p.is_error());
    let problems: Vec<String> = ordered.into_iter().map(problem).collect();
    let (name, outcome, mut detail, tone) = match &r.action {
        RowAction::Add(d) => {
            let tone = if problems.is_empty() {
                Tone::Add
            } else {
                Tone::Note
            };
            (d.name.clone(), Msg::ExcelOutcomeAdd.t(), written(d), tone)
        }
        RowAction::Duplicate { name, of } => {
            let why = match of {
                DuplicateOf::Database => Msg::ExcelDupDatabase.t().to_owned(),
                DuplicateOf::Row(n) => Msg::ExcelDupRow.fill(&[n]),
            };
            (
                name.clone(),
                Msg::ExcelOutcomeDuplicate.t(),
                why,
                Tone::Skip,
            )
        }
        RowAction::Skip(reason) => (
            String::new(),
            Msg::ExcelOutcomeSkip.t(),
            skip_reason(reason),
            Tone::Skip,
        ),
        RowAction::Bad { name } => (
            name.clone(),
            Msg::ExcelOutcomeBad.t(),
            String::new(),
            Tone::Bad,
        ),
    };
    for p in problems {
        if !detail.is_empty() {
            detail.push('；');
        }
        detail.push_str(&p);
    }
    PreviewLine {
        row,
        name,
        outcome: outcome.to_owned(),
        detail,
        tone,
    }
}

/// The values a new deputy will get, in a short line.
fn written(d: &NewDeputy) -> String {
    let mut parts = vec![d.gender.clone()];
    parts.extend(d.birth_month.clone());
    parts.push(d.party.clone());
    if !d.education.is_empty() {
        parts.push(d.education.clone());
    }
    parts.push(d.level.clone());
    if let Some(g) = &d.group {
        parts.push(format!("{g}（{}）", d.role));
    }
    if !d.phone.is_empty() {
        parts.push(d.phone.clone());
    }
    if let Some(on) = d.ended_on {
        parts.push(format!("{} {on}", d.status));
    }
    parts.join(" ")
}

fn skip_reason(r: &SkipReason) -> String {
    match r {
        SkipReason::Blank => Msg::ExcelSkipBlank.t().to_owned(),
        SkipReason::RepeatedHeader => Msg::ExcelSkipHeader.t().to_owned(),
        SkipReason::Totals => Msg::ExcelSkipTotals.t().to_owned(),
        SkipReason::Title(t) => Msg::ExcelSkipTitle.fill(&[t]),
        SkipReason::Section(g) => Msg::ExcelSkipSection.fill(&[g]),
    }
}

/// A problem in one sentence.
pub fn problem(p: &Problem) -> String {
    match p {
        Problem::NameMissing => Msg::ExcelPNameMissing.t().to_owned(),
        Problem::NameInvalid(s) => Msg::ExcelPNameInvalid.fill(&[s]),
        Problem::GenderMissing => Msg::ExcelPGenderMissing.t().to_owned(),
        Problem::GenderUnknown(s) => Msg::ExcelPGenderUnknown.fill(&[s]),
        Problem::BirthUnknown(s) => Msg::ExcelPBirthUnknown.fill(&[s]),
        Problem::BirthAmbiguous(s) => Msg::ExcelPBirthAmbiguous.fill(&[s]),
        Problem::PartyUnknown(s) => Msg::ExcelPPartyUnknown.fill(&[s]),
        Problem::LevelUnknown(s) => Msg::ExcelPLevelUnknown.fill(&[s]),
        Problem::PhoneMangled(s) => Msg::ExcelPPhoneMangled.fill(&[s]),
        Problem::StatusUnknown(s) => Msg::ExcelPStatusUnknown.fill(&[s]),
        Problem::EndedOnMissing => Msg::ExcelPEndedOnMissing.t().to_owned(),
        Problem::BirthMissing => Msg::ExcelPBirthMissing.t().to_owned(),
        Problem::PartyMissing => Msg::ExcelPPartyMissing.t().to_owned(),
        Problem::EducationUnknown(s) => Msg::ExcelPEducationUnknown.fill(&[s]),
        Problem::OccupationUnknown(s) => Msg::ExcelPOccupationUnknown.fill(&[s]),
        Problem::RoleUnknown(s) => Msg::ExcelPRoleUnknown.fill(&[s]),
        Problem::PhoneOdd(s) => Msg::ExcelPPhoneOdd.fill(&[s]),
        Problem::SameNameOtherBirth => Msg::ExcelPSameName.t().to_owned(),
        Problem::LeaderTaken { group, role } => Msg::ExcelPLeaderTaken.fill(&[group, role]),
        Problem::EndFromNote { status, on } => Msg::ExcelPEndFromNote.fill(&[status, on]),
        Problem::EndInNoteWithoutDay(s) => Msg::ExcelPEndNoDay.fill(&[s]),
        Problem::EndedNotGrouped => Msg::ExcelPEndedNotGrouped.t().to_owned(),
    }
}

/// The field names as the header wrote them, for "columns read".
pub fn columns_line(plan: &ImportPlan) -> Vec<String> {
    plan.sheets
        .iter()
        .map(|s| {
            let read: Vec<&str> = s
                .header
                .columns
                .iter()
                .filter(|(_, f, _)| *f != Field::Seq)
                .map(|(_, _, t)| t.as_str())
                .collect();
            let mut line =
                Msg::ExcelSheetLine.fill(&[&s.name, &(s.header.row + 1), &read.join("、")]);
            if !s.header.ignored.is_empty() {
                line.push_str(&Msg::ExcelIgnoredColumns.fill(&[&s.header.ignored.join("、")]));
            }
            line
        })
        .collect()
}

/// The summary line under the preview.
pub fn summary_line(plan: &ImportPlan) -> String {
    let PlanSummary {
        add,
        duplicate,
        bad,
        skipped,
        ended,
        ..
    } = plan.summary();
    let mut line = Msg::ExcelSummary.fill(&[&add, &ended, &duplicate, &bad, &skipped]);
    if !plan.new_groups.is_empty() {
        line.push_str(&Msg::ExcelNewGroups.fill(&[&plan.new_groups.join("、")]));
    }
    line
}
