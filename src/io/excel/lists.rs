//! Exports of lists: the six lists of `chairdesk export`, and whatever list
//! a pane shows (`Pane::export_table`), to .xlsx or .csv.

use std::path::Path;

use super::{ExcelError, OutFormat, list_to_csv, write_output, xlsx};
use crate::storage::Db;
use crate::storage::exchange::ListKind;
use crate::ui::panes::ExportTable;
use crate::ui::text::Msg;

/// The command-line name of a list (`export roster FILE`).
pub fn parse_list(name: &str) -> Option<ListKind> {
    Some(match name.trim().to_lowercase().as_str() {
        "roster" | "deputies" | "花名册" | "代表" => ListKind::Roster,
        "activities" | "活动" => ListKind::Activities,
        "attendance" | "出勤" => ListKind::Attendance,
        "contacts" | "联系选民" => ListKind::Contacts,
        "spotchecks" | "抽查" => ListKind::SpotChecks,
        "motions" | "议案建议" => ListKind::Motions,
        _ => return None,
    })
}

/// The title and column titles of a list, in the current language; the
/// columns follow `storage::exchange::ListKind`'s SQL.
pub fn titles(kind: ListKind) -> (Msg, Msg) {
    match kind {
        ListKind::Roster => (Msg::ExcelListRoster, Msg::ExcelColsRoster),
        ListKind::Activities => (Msg::ExcelListActivities, Msg::ExcelColsActivities),
        ListKind::Attendance => (Msg::ExcelListAttendance, Msg::ExcelColsAttendance),
        ListKind::Contacts => (Msg::ExcelListContacts, Msg::ExcelColsContacts),
        ListKind::SpotChecks => (Msg::ExcelListSpotChecks, Msg::ExcelColsSpotChecks),
        ListKind::Motions => (Msg::ExcelListMotions, Msg::ExcelColsMotions),
    }
}

/// Splits a catalog entry of column titles ("姓名|性别|…").
pub fn columns(msg: Msg) -> Vec<String> {
    msg.t().split('|').map(str::to_owned).collect()
}

/// A whole list from the database.
pub fn list_table(db: &Db, kind: ListKind) -> Result<ExportTable, ExcelError> {
    let (title, cols) = titles(kind);
    Ok(ExportTable {
        title: title.t().to_owned(),
        columns: columns(cols),
        rows: db.export_list(kind)?,
    })
}

/// Writes a list as .xlsx or .csv, by the path's extension.
pub fn write_table(table: &ExportTable, path: &Path) -> Result<(), ExcelError> {
    let bytes =
        match OutFormat::of(path)? {
            OutFormat::Xlsx => xlsx::list_to_xlsx(&table.title, &table.columns, &table.rows)
                .map_err(|e| ExcelError::Write {
                    path: path.to_path_buf(),
                    detail: e.to_string(),
                })?,
            OutFormat::Csv => list_to_csv(&table.columns, &table.rows),
            OutFormat::Html => {
                return Err(ExcelError::UnknownFormat(path.display().to_string()));
            }
        };
    write_output(path, &bytes)
}
