//! Reading a roster spreadsheet (代表花名册) as chairs really keep it: find
//! the header under title rows, map columns by their Chinese names and
//! synonyms, clean every cell, read birth months and phones in all their
//! forms, and build an import plan that says for every row what will be
//! written and what is wrong, by row number. Pure: the file is read in
//! `io::excel`, the plan is written by `storage::exchange`.

mod cell;
mod header;
mod plan;
pub mod values;

pub use cell::{Cell, clean, number_text, squeeze};
pub use header::{Field, Header, field_of, find_header, header_key};
pub use plan::{
    DuplicateOf, Existing, ImportPlan, NewDeputy, PlanError, PlanRow, PlanSummary, RowAction,
    SkipReason, plan_import,
};

/// One sheet of a workbook (a CSV file is one sheet), merged cells already
/// filled in by the reader.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sheet {
    pub name: String,
    pub rows: Vec<Vec<Cell>>,
}

/// Something wrong with a row. Errors keep the row out; the others are
/// notes on a guess the importer made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Problem {
    NameMissing,
    NameInvalid(String),
    GenderMissing,
    GenderUnknown(String),
    BirthUnknown(String),
    /// A number like 1975.1: January, or October with its 0 eaten.
    BirthAmbiguous(String),
    PartyUnknown(String),
    LevelUnknown(String),
    /// A phone number the spreadsheet turned into 1.38E+10.
    PhoneMangled(String),
    StatusUnknown(String),
    /// 状态 says the term ended, but no day is given.
    EndedOnMissing,
    // ---- notes (the row is still imported) ----
    BirthMissing,
    /// Read as 群众.
    PartyMissing,
    /// Left empty.
    EducationUnknown(String),
    /// Read as 其他.
    OccupationUnknown(String),
    /// Read as 组员.
    RoleUnknown(String),
    PhoneOdd(String),
    /// The file already has this name with another birth month.
    SameNameOtherBirth,
    /// The group already has its 组长 / 副组长: read as 组员.
    LeaderTaken {
        group: String,
        role: String,
    },
    /// 备注 says the term ended (辞职 ...) on this day: recorded so.
    EndFromNote {
        status: String,
        on: String,
    },
    /// 备注 mentions how the term ended, without a day: left in office.
    EndInNoteWithoutDay(String),
    /// The term has ended: the deputy is not put into a group.
    EndedNotGrouped,
}

impl Problem {
    /// True when the row cannot be imported.
    pub fn is_error(&self) -> bool {
        matches!(
            self,
            Problem::NameMissing
                | Problem::NameInvalid(_)
                | Problem::GenderMissing
                | Problem::GenderUnknown(_)
                | Problem::BirthUnknown(_)
                | Problem::BirthAmbiguous(_)
                | Problem::PartyUnknown(_)
                | Problem::LevelUnknown(_)
                | Problem::PhoneMangled(_)
                | Problem::StatusUnknown(_)
                | Problem::EndedOnMissing
        )
    }
}

#[cfg(test)]
mod tests;
