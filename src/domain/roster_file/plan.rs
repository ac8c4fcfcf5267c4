//! The import plan: every row of every sheet with a header, what will be
//! written for it and what is wrong with it.

use std::collections::{HashMap, HashSet};

use chrono::NaiveDate;

use super::cell::{Cell, clean, squeeze};
use super::header::{Field, Header, find_header, header_key, is_repeated_header};
use super::values;
use super::{Problem, Sheet};

/// What the database already holds that the plan must not double.
#[derive(Clone, Debug, Default)]
pub struct Existing {
    /// (name, birth month 'YYYY-MM') of every deputy, ended terms too.
    pub deputies: Vec<(String, Option<String>)>,
    pub groups: Vec<String>,
    /// (group, role) of current 组长 and 副组长.
    pub leaders: Vec<(String, String)>,
}

/// A deputy as the row will write it, in the database's words.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewDeputy {
    pub name: String,
    pub gender: String,
    pub ethnicity: String,
    pub birth_month: Option<String>,
    pub party: String,
    pub education: String,
    pub occupation: String,
    pub unit_title: String,
    pub district: String,
    pub level: String,
    pub phone: String,
    pub address: String,
    /// None when the term has ended or no group is named.
    pub group: Option<String>,
    pub role: String,
    /// 在任, or how the term ended.
    pub status: String,
    pub ended_on: Option<NaiveDate>,
    pub notes: String,
}

/// Where a duplicate was seen first.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DuplicateOf {
    /// Already in the database.
    Database,
    /// An earlier row of the file (its row number).
    Row(usize),
}

/// Why a row holds no deputy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SkipReason {
    Blank,
    RepeatedHeader,
    /// 合计：62人
    Totals,
    /// A title or a line of text across the table.
    Title(String),
    /// A line like 第一代表小组 that names the group of the rows below.
    Section(String),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RowAction {
    Add(Box<NewDeputy>),
    Duplicate {
        name: String,
        of: DuplicateOf,
    },
    Skip(SkipReason),
    /// Has at least one error problem.
    Bad {
        name: String,
    },
}

/// One row of a sheet with its outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanRow {
    /// Index into [`ImportPlan::sheets`].
    pub sheet: usize,
    /// 1-based, as the spreadsheet numbers it.
    pub row: usize,
    pub action: RowAction,
    pub problems: Vec<Problem>,
}

/// A sheet the plan read, with its header.
#[derive(Clone, Debug, PartialEq)]
pub struct SheetPlan {
    pub name: String,
    pub header: Header,
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct PlanSummary {
    pub add: usize,
    pub duplicate: usize,
    pub bad: usize,
    pub skipped: usize,
    pub notes: usize,
    pub ended: usize,
}

#[derive(Clone, Debug, PartialEq)]
pub struct ImportPlan {
    pub sheets: Vec<SheetPlan>,
    /// Sheets without a recognisable header, left out.
    pub ignored_sheets: Vec<String>,
    pub rows: Vec<PlanRow>,
    /// Groups named in the file and not yet in the database.
    pub new_groups: Vec<String>,
}

/// Why no plan could be made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PlanError {
    /// No sheet has a row naming 姓名 and enough other columns.
    NoHeader,
}

impl ImportPlan {
    pub fn summary(&self) -> PlanSummary {
        let mut s = PlanSummary::default();
        for r in &self.rows {
            match &r.action {
                RowAction::Add(d) => {
                    s.add += 1;
                    s.ended += usize::from(d.ended_on.is_some());
                }
                RowAction::Duplicate { .. } => s.duplicate += 1,
                RowAction::Skip(_) => s.skipped += 1,
                RowAction::Bad { .. } => s.bad += 1,
            }
            s.notes += r.problems.iter().filter(|p| !p.is_error()).count();
        }
        s
    }

    /// The deputies to write. With bad rows and without `skip_bad`, none:
    /// Err carries the number of bad rows.
    pub fn to_write(&self, skip_bad: bool) -> Result<Vec<&NewDeputy>, usize> {
        let bad = self.summary().bad;
        if bad > 0 && !skip_bad {
            return Err(bad);
        }
        Ok(self
            .rows
            .iter()
            .filter_map(|r| match &r.action {
                RowAction::Add(d) => Some(d.as_ref()),
                _ => None,
            })
            .collect())
    }

    /// The sheet name shown before row numbers when the file has several.
    pub fn sheet_name(&self, row: &PlanRow) -> Option<&str> {
        (self.sheets.len() > 1).then(|| self.sheets[row.sheet].name.as_str())
    }
}

/// Builds the plan over every sheet that has a header.
pub fn plan_import(sheets: &[Sheet], existing: &Existing) -> Result<ImportPlan, PlanError> {
    let mut b = Builder::new(existing);
    let mut plan = ImportPlan {
        sheets: Vec::new(),
        ignored_sheets: Vec::new(),
        rows: Vec::new(),
        new_groups: Vec::new(),
    };
    for sheet in sheets {
        let Some(header) = find_header(&sheet.rows) else {
            plan.ignored_sheets.push(sheet.name.clone());
            continue;
        };
        let index = plan.sheets.len();
        let mut section: Option<String> = None;
        for (i, row) in sheet.rows.iter().enumerate().skip(header.row + 1) {
            let mut problems = Vec::new();
            let action = b.row(row, &header, &mut section, i + 1, &mut problems);
            plan.rows.push(PlanRow {
                sheet: index,
                row: i + 1,
                action,
                problems,
            });
        }
        plan.sheets.push(SheetPlan {
            name: sheet.name.clone(),
            header,
        });
    }
    if plan.sheets.is_empty() {
        return Err(PlanError::NoHeader);
    }
    plan.new_groups = b.new_groups;
    Ok(plan)
}

struct Builder<'a> {
    existing: HashSet<(String, Option<String>)>,
    existing_names: HashSet<&'a str>,
    groups: HashSet<String>,
    /// (group, role) already taken, in the database or by an earlier row.
    leaders: HashSet<(String, String)>,
    /// (name, birth) → first row number in the file.
    seen: HashMap<(String, Option<String>), usize>,
    seen_names: HashMap<String, Option<String>>,
    new_groups: Vec<String>,
}

impl<'a> Builder<'a> {
    fn new(existing: &'a Existing) -> Builder<'a> {
        Builder {
            existing: existing.deputies.iter().cloned().collect(),
            existing_names: existing.deputies.iter().map(|d| d.0.as_str()).collect(),
            groups: existing.groups.iter().map(|g| squeeze(g)).collect(),
            leaders: existing.leaders.iter().cloned().collect(),
            seen: HashMap::new(),
            seen_names: HashMap::new(),
            new_groups: Vec::new(),
        }
    }

    fn row(
        &mut self,
        row: &[Cell],
        header: &Header,
        section: &mut Option<String>,
        number: usize,
        problems: &mut Vec<Problem>,
    ) -> RowAction {
        if let Some(skip) = classify(row, header) {
            if let SkipReason::Section(name) = &skip {
                *section = Some(name.clone());
            }
            return RowAction::Skip(skip);
        }
        let d = read_deputy(row, header, section.as_deref(), problems);
        if problems.iter().any(Problem::is_error) {
            return RowAction::Bad { name: d.name };
        }
        let key = (d.name.clone(), d.birth_month.clone());
        if self.existing.contains(&key) {
            return RowAction::Duplicate {
                name: d.name,
                of: DuplicateOf::Database,
            };
        }
        if let Some(&first) = self.seen.get(&key) {
            return RowAction::Duplicate {
                name: d.name,
                of: DuplicateOf::Row(first),
            };
        }
        if self.existing_names.contains(d.name.as_str())
            || self
                .seen_names
                .get(&d.name)
                .is_some_and(|b| *b != d.birth_month)
        {
            problems.push(Problem::SameNameOtherBirth);
        }
        self.seen.insert(key, number);
        self.seen_names
            .insert(d.name.clone(), d.birth_month.clone());
        RowAction::Add(Box::new(self.place_in_group(d, problems)))
    }

    /// Checks the group role against leaders already taken and notes a
    /// group that will be created.
    fn place_in_group(&mut self, mut d: NewDeputy, problems: &mut Vec<Problem>) -> NewDeputy {
        let Some(group) = d.group.clone() else {
            d.role = "组员".into();
            return d;
        };
        if d.role != "组员" && !self.leaders.insert((group.clone(), d.role.clone())) {
            problems.push(Problem::LeaderTaken {
                group: group.clone(),
                role: d.role.clone(),
            });
            d.role = "组员".into();
        }
        if self.groups.insert(group.clone()) {
            self.new_groups.push(group);
        }
        d
    }
}

/// The texts of the non-empty cells.
fn texts(row: &[Cell]) -> Vec<(usize, String)> {
    row.iter()
        .enumerate()
        .map(|(i, c)| (i, c.text()))
        .filter(|(_, t)| !t.is_empty())
        .collect()
}

/// Rows that hold no deputy: blank, a repeated header, totals, a title or
/// a group section line.
fn classify(row: &[Cell], header: &Header) -> Option<SkipReason> {
    let cells = texts(row);
    let data_cells: Vec<_> = cells
        .iter()
        .filter(|(c, t)| {
            let is_seq = header.columns_of(Field::Seq).any(|s| s == *c);
            !(is_seq && t.chars().all(|ch| ch.is_ascii_digit() || ch == '.'))
        })
        .collect();
    if data_cells.is_empty() {
        return Some(SkipReason::Blank);
    }
    if is_repeated_header(row, header) {
        return Some(SkipReason::RepeatedHeader);
    }
    let is_total = |t: &str| {
        let t = squeeze(t);
        ["合计", "总计", "小计", "共计", "总数", "total"]
            .iter()
            .any(|p| t.to_lowercase().starts_with(p))
            || (t.starts_with('共') && t.ends_with('人'))
    };
    if cells.iter().any(|(_, t)| is_total(t)) {
        return Some(SkipReason::Totals);
    }
    let first = &cells[0].1;
    let name_col = header.columns_of(Field::Name).next();
    let all_same = cells.iter().all(|(_, t)| t == first);
    let line_across = all_same
        && (cells.len() >= 2 || Some(cells[0].0) != name_col || squeeze(first).ends_with('组'));
    if line_across {
        let name = header_key(first);
        return Some(if name.contains('组') && name.chars().count() <= 20 {
            SkipReason::Section(squeeze(&name).trim_end_matches(['：', ':']).to_owned())
        } else {
            SkipReason::Title(clean(first))
        });
    }
    let name_empty = name_col.is_none_or(|c| row.get(c).is_none_or(Cell::is_blank));
    if name_empty && data_cells.len() < 2 {
        return Some(SkipReason::Title(clean(first)));
    }
    None
}

/// The text of a field: several columns of one field (工作单位 + 职务) are
/// joined.
fn field_text(row: &[Cell], header: &Header, field: Field) -> String {
    header
        .columns_of(field)
        .filter_map(|c| row.get(c))
        .map(Cell::text)
        .filter(|t| !t.is_empty())
        .collect::<Vec<_>>()
        .join("")
}

fn field_cell<'r>(row: &'r [Cell], header: &Header, field: Field) -> &'r Cell {
    header
        .columns_of(field)
        .filter_map(|c| row.get(c))
        .find(|c| !c.is_blank())
        .unwrap_or(&Cell::Empty)
}

fn read_deputy(
    row: &[Cell],
    header: &Header,
    section: Option<&str>,
    problems: &mut Vec<Problem>,
) -> NewDeputy {
    let text = |f| field_text(row, header, f);
    let cell = |f| field_cell(row, header, f);
    let name = values::name(cell(Field::Name), problems);
    let notes = text(Field::Note);
    let (status, ended_on) = term_end(row, header, &notes, problems);
    let mut group = Some(squeeze(&text(Field::Group)))
        .filter(|g| !g.is_empty())
        .or_else(|| section.map(str::to_owned));
    if ended_on.is_some() && group.is_some() {
        problems.push(Problem::EndedNotGrouped);
        group = None;
    }
    // A column the file lacks is not a problem on every row: the preview
    // lists the columns read.
    let mut quiet = Vec::new();
    let gender = values::gender(&text(Field::Gender), problems);
    let notes_for = |f| header.has(f);
    let birth_month = if notes_for(Field::Birth) {
        values::birth(cell(Field::Birth), problems)
    } else {
        None
    };
    let party = if notes_for(Field::Party) {
        values::party(&text(Field::Party), problems)
    } else {
        values::party("", &mut quiet)
    };
    NewDeputy {
        gender: gender.into(),
        ethnicity: values::ethnicity(&text(Field::Ethnicity)),
        birth_month,
        party: party.into(),
        education: values::education(&text(Field::Education), problems).into(),
        occupation: values::occupation(&text(Field::Occupation), problems).into(),
        unit_title: text(Field::UnitTitle),
        district: text(Field::District),
        level: values::level(&text(Field::Level), problems).into(),
        phone: values::phone(cell(Field::Phone), problems),
        address: text(Field::Address),
        role: values::role(&text(Field::Role), problems).into(),
        group,
        name,
        status: status.into(),
        ended_on,
        notes,
    }
}

/// 状态 and 离任日期 when the file has them; otherwise a 备注 such as
/// 2026年1月辞职 ends the term on the first of that month.
fn term_end(
    row: &[Cell],
    header: &Header,
    notes: &str,
    problems: &mut Vec<Problem>,
) -> (&'static str, Option<NaiveDate>) {
    let status_text = field_text(row, header, Field::Status);
    let ended = values::day(field_cell(row, header, Field::EndedOn));
    if !status_text.is_empty() {
        let status = values::status(&status_text, problems);
        return match (status, ended) {
            ("在任", _) => ("在任", None),
            (s, Some(d)) => (s, Some(d)),
            (_, None) => {
                problems.push(Problem::EndedOnMissing);
                ("在任", None)
            }
        };
    }
    let Some(status) = values::end_status(notes) else {
        return ("在任", None);
    };
    match values::first_date_in(notes) {
        Some(on) => {
            problems.push(Problem::EndFromNote {
                status: status.into(),
                on: on.format("%Y-%m-%d").to_string(),
            });
            (status, Some(on))
        }
        None => {
            problems.push(Problem::EndInNoteWithoutDay(status.into()));
            ("在任", None)
        }
    }
}
