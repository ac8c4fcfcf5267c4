//! Writing an imported roster: groups, deputies and memberships in one
//! transaction, after a copy of the file is put aside.

use std::path::PathBuf;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use crate::domain::pinyin_keys::name_keys;
use crate::domain::roster_file::{Existing, NewDeputy};
use crate::storage::{Db, Result};

/// What an import wrote.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    pub deputies: usize,
    pub groups: usize,
    /// The copy taken before writing (None for a database in memory).
    pub backup: Option<PathBuf>,
}

impl Db {
    /// Deputies, groups and current leaders the import must not double.
    pub fn import_existing(&self) -> Result<Existing> {
        let deputies = {
            let mut stmt = self.conn.prepare("SELECT name, birth_month FROM deputy")?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let groups = {
            let mut stmt = self.conn.prepare("SELECT name FROM deputy_group")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        let leaders = {
            let mut stmt = self.conn.prepare(
                "SELECT g.name, m.role FROM membership m JOIN deputy_group g ON g.id = m.group_id
                  WHERE m.left_on IS NULL AND m.role <> '组员'",
            )?;
            let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
            rows.collect::<rusqlite::Result<_>>()?
        };
        Ok(Existing {
            deputies,
            groups,
            leaders,
        })
    }

    /// Backs the file up, then writes the deputies (creating or matching
    /// their groups) as one transaction: all of them or none.
    pub fn import_roster(
        &mut self,
        deputies: &[&NewDeputy],
        today: NaiveDate,
    ) -> Result<ImportOutcome> {
        if self.is_read_only() {
            return Err(crate::storage::StorageError::ReadOnly);
        }
        // The rotating, verified backup every import takes first (none for
        // a file in memory, which has nothing to lose).
        let backup = if self.path().as_os_str() == ":memory:" {
            None
        } else {
            Some(self.backup("import")?)
        };
        let (deputies, groups) = self.write(|tx| {
            let term: Option<i64> = tx
                .query_row(
                    "SELECT id FROM term ORDER BY number DESC LIMIT 1",
                    [],
                    |r| r.get(0),
                )
                .optional()?;
            let mut groups = 0;
            for d in deputies {
                let group = match &d.group {
                    Some(name) => {
                        let (id, created) = group_id(tx, name)?;
                        groups += usize::from(created);
                        Some(id)
                    }
                    None => None,
                };
                insert_deputy(tx, d, term, group, today)?;
            }
            Ok((deputies.len(), groups))
        })?;
        Ok(ImportOutcome {
            deputies,
            groups,
            backup,
        })
    }
}

/// The group of that name, created at the end of the list when missing.
fn group_id(tx: &Transaction, name: &str) -> rusqlite::Result<(i64, bool)> {
    if let Some(id) = tx
        .query_row("SELECT id FROM deputy_group WHERE name = ?1", [name], |r| {
            r.get(0)
        })
        .optional()?
    {
        return Ok((id, false));
    }
    tx.execute(
        "INSERT INTO deputy_group (name, sort_order)
         VALUES (?1, (SELECT COALESCE(max(sort_order), 0) + 1 FROM deputy_group))",
        [name],
    )?;
    Ok((tx.last_insert_rowid(), true))
}

fn insert_deputy(
    tx: &Transaction,
    d: &NewDeputy,
    term: Option<i64>,
    group: Option<i64>,
    today: NaiveDate,
) -> rusqlite::Result<()> {
    // An ended term needs a reason (the schema says so): the note that
    // told of it, else the way the term ended (辞职, 调离, ...).
    let reason = match (d.ended_on, d.notes.trim()) {
        (None, _) => "",
        (Some(_), "") => d.status.as_str(),
        (Some(_), note) => note,
    };
    tx.execute(
        "INSERT INTO deputy (name, gender, ethnicity, birth_month, party, education, occupation,
                             unit_title, district, level, phone, address, term_id, status,
                             ended_on, end_reason, notes, pinyin)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)",
        params![
            d.name,
            d.gender,
            d.ethnicity,
            d.birth_month,
            d.party,
            d.education,
            d.occupation,
            d.unit_title,
            d.district,
            d.level,
            d.phone,
            d.address,
            term,
            d.status,
            d.ended_on,
            reason,
            d.notes,
            name_keys(&d.name).to_stored(),
        ],
    )?;
    let id = tx.last_insert_rowid();
    if let Some(group) = group {
        tx.execute(
            "INSERT INTO membership (deputy_id, group_id, role, joined_on) VALUES (?1, ?2, ?3, ?4)",
            params![id, group, d.role, today],
        )?;
    }
    Ok(())
}
