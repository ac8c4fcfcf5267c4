//! All SQL of import and export: what the importer must not double, the
//! one transaction that writes an imported roster, every list for export,
//! the figures of the reports and the public notices.

mod figures;
mod import;
mod lists;
mod motion_record;
mod public;

pub use figures::{DutyFigures, MotionFacts, PersonFacts};
pub use import::ImportOutcome;
pub use lists::ListKind;
pub use motion_record::{MotionRecord, RecordEvent, RecordFeedback, RecordReply, RecordUnit};
pub use public::{PublicDeputy, PublicReception};

use rusqlite::types::Value;

/// Reads every row of a query as text cells (NULL as empty, numbers as
/// written), for lists whose columns are chosen in SQL.
fn text_rows(
    stmt: &mut rusqlite::Statement,
    params: impl rusqlite::Params,
) -> rusqlite::Result<Vec<Vec<String>>> {
    let n = stmt.column_count();
    let rows = stmt.query_map(params, |r| {
        (0..n)
            .map(|i| {
                Ok(match r.get::<_, Value>(i)? {
                    Value::Null => String::new(),
                    Value::Integer(v) => v.to_string(),
                    Value::Real(v) => crate::domain::roster_file::number_text(v),
                    Value::Text(s) => s,
                    Value::Blob(_) => String::new(),
                })
            })
            .collect()
    })?;
    rows.collect()
}
