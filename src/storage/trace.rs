//! Optional SQL tracing for benchmarks: with `CHAIRDESK_SQL_TRACE=FILE`,
//! every statement the program runs is appended to FILE with its time, one
//! line each (`microseconds<TAB>sql`). The benchmark replays the same
//! statements in the sqlite3 shell to measure the floor under chairdesk.

use std::io::Write;

use rusqlite::Connection;
use rusqlite::trace::{TraceEvent, TraceEventCodes};

/// Installs the trace when the environment asks for it; tracing problems
/// never stop the program.
pub(super) fn install_from_env(conn: &mut Connection) {
    let Some(path) = std::env::var_os("CHAIRDESK_SQL_TRACE") else {
        return;
    };
    let Ok(mut file) = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(path)
    else {
        return;
    };
    let _ = conn.trace_v2(
        TraceEventCodes::SQLITE_TRACE_PROFILE,
        Some(move |event: TraceEvent<'_>| {
            if let TraceEvent::Profile(stmt, took) = event {
                let sql = stmt
                    .expanded_sql()
                    .unwrap_or_else(|| stmt.sql().into_owned());
                let one_line = sql.split_whitespace().collect::<Vec<_>>().join(" ");
                let _ = writeln!(file, "{}\t{one_line}", took.as_micros());
            }
        }),
    );
}
