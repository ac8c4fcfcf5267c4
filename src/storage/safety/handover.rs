//! The storage side of a handover: the verified copy with the handover
//! record written into it, the record in the source, and what the handover
//! list (交接清单) reports.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use rusqlite::{Connection, OpenFlags, params};

use super::super::Db;
use super::super::backup::{
    CopyError, all_counts, classify_io, classify_sql, create_empty, remove_temp, verify,
};
use super::super::error::Result;
use super::super::rules::Rule;

/// Who hands over to whom, and where the copy goes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct HandoverRecord {
    pub from_chair: String,
    pub to_chair: String,
    pub note: String,
    pub dest: String,
}

/// A past handover: when, from, to, note, destination.
pub type HandoverRow = (String, String, String, String, String);

/// What the handover list shows.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HandoverFacts {
    pub counts: Vec<(String, i64)>,
    /// number, title, status, reply due.
    pub open_motions: Vec<(String, String, String, Option<String>)>,
    /// planned on, target, method, status, correction due.
    pub open_checks: Vec<(String, String, String, String, Option<String>)>,
    /// The next quarter's first and last day.
    pub next_quarter: (NaiveDate, NaiveDate),
    /// starts on, kind, topic, group or place.
    pub planned: Vec<(String, String, String, String)>,
    pub rules: Vec<Rule>,
}

fn insert_record(conn: &Connection, rec: &HandoverRecord) -> rusqlite::Result<()> {
    // Files made before the handover table existed simply keep no record.
    let has_table: bool = conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'handover')",
        [],
        |r| r.get(0),
    )?;
    if !has_table {
        return Ok(());
    }
    conn.execute(
        "INSERT INTO handover (from_chair, to_chair, note, dest) VALUES (?1, ?2, ?3, ?4)",
        params![rec.from_chair, rec.to_chair, rec.note, rec.dest],
    )?;
    Ok(())
}

/// The first and last day of the quarter after `today`'s.
pub fn next_quarter(today: NaiveDate) -> (NaiveDate, NaiveDate) {
    let q = (today.month0() / 3 + 1) % 4;
    let year = today.year() + i32::from(today.month0() / 3 == 3);
    let start = NaiveDate::from_ymd_opt(year, q * 3 + 1, 1).unwrap_or(today);
    let next = if q == 3 {
        NaiveDate::from_ymd_opt(year + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(year, q * 3 + 4, 1)
    };
    let end = next.and_then(|d| d.pred_opt()).unwrap_or(start);
    (start, end)
}

impl Db {
    /// Copies the file to `tmp` with the handover record added, and verifies
    /// the copy against the source (the handover table may hold one more
    /// row). On error `tmp` is removed; the source is never written.
    pub fn handover_copy(
        &self,
        tmp: &Path,
        rec: &HandoverRecord,
    ) -> std::result::Result<(), CopyError> {
        let dir = tmp.parent().unwrap_or(Path::new(".")).to_path_buf();
        let counts = all_counts(&self.conn).map_err(CopyError::Sqlite)?;
        let version = self
            .user_version()
            .map_err(|e| CopyError::Verify(e.to_string()))?;
        create_empty(tmp).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => CopyError::Exists(tmp.to_path_buf()),
            _ => classify_io(e, &dir),
        })?;
        let result = (|| {
            self.conn
                .execute("VACUUM INTO ?1", [tmp.to_string_lossy().as_ref()])
                .map_err(|e| classify_sql(e, &dir))?;
            let flags = OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX;
            let conn =
                Connection::open_with_flags(tmp, flags).map_err(|e| classify_sql(e, &dir))?;
            conn.pragma_update(None, "journal_mode", "DELETE")
                .and_then(|_| conn.pragma_update(None, "synchronous", "FULL"))
                .and_then(|_| insert_record(&conn, rec))
                .map_err(|e| classify_sql(e, &dir))?;
            conn.close().map_err(|(_, e)| classify_sql(e, &dir))?;
            verify(tmp, &counts, version, &["handover"])
        })();
        if let Err(e) = result {
            remove_temp(tmp);
            return Err(e);
        }
        Ok(())
    }

    /// Records a finished handover in this file too, as one transaction.
    pub fn record_handover(&mut self, rec: &HandoverRecord) -> Result<()> {
        self.write(|tx| Ok(insert_record(tx, rec)?))
    }

    /// Past handovers, oldest first: (when, from, to, note, destination).
    pub fn handovers(&self) -> Result<Vec<HandoverRow>> {
        if !self.audited {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare(
            "SELECT handed_at, from_chair, to_chair, note, dest FROM handover ORDER BY id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Everything the handover list reports, as of `today`.
    pub fn handover_facts(&self, today: NaiveDate) -> Result<HandoverFacts> {
        let counts = all_counts(&self.conn)?
            .into_iter()
            .filter(|(t, _)| !matches!(t.as_str(), "audit_log" | "change_set" | "setting"))
            .collect();
        let mut stmt = self.conn.prepare(
            "SELECT number, title, status, reply_due FROM motion
             WHERE status NOT IN ('办结', '归档', '不予接收') AND merged_into IS NULL
             ORDER BY reply_due IS NULL, reply_due, number",
        )?;
        let open_motions = stmt
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT s.planned_on,
                    coalesce((SELECT name FROM deputy WHERE id = s.deputy_id),
                             (SELECT number FROM motion WHERE id = s.motion_id), ''),
                    s.method, s.status, s.correction_due
             FROM spot_check s WHERE s.status IN ('待查', '已查-需整改')
             ORDER BY coalesce(s.correction_due, s.planned_on)",
        )?;
        let open_checks = stmt
            .query_map([], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        let next = next_quarter(today);
        let mut stmt = self.conn.prepare(
            "SELECT a.starts_on, a.kind, a.topic,
                    coalesce((SELECT name FROM deputy_group WHERE id = a.group_id), a.place)
             FROM activity a WHERE a.status = '计划' AND a.starts_on BETWEEN ?1 AND ?2
             ORDER BY a.starts_on, a.id",
        )?;
        let planned = stmt
            .query_map(params![next.0.to_string(), next.1.to_string()], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(HandoverFacts {
            counts,
            open_motions,
            open_checks,
            next_quarter: next,
            planned,
            rules: self.rules()?,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn next_quarter_wraps_the_year() {
        assert_eq!(
            next_quarter(d("2026-11-22")),
            (d("2027-01-01"), d("2027-03-31"))
        );
        assert_eq!(
            next_quarter(d("2026-02-01")),
            (d("2026-04-01"), d("2026-06-30"))
        );
        assert_eq!(
            next_quarter(d("2026-09-30")),
            (d("2026-10-01"), d("2026-12-31"))
        );
    }
}
