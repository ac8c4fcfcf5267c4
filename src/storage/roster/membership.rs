//! Group membership over time: moves, roles and the end of a term, each
//! closing one membership row and (where needed) opening another, so the
//! history is never overwritten.

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Transaction, params};

use super::super::Db;
use super::super::error::Result;

/// One stretch of a deputy's membership of a group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MembershipSpan {
    pub group_name: String,
    pub role: String,
    pub joined_on: NaiveDate,
    pub left_on: Option<NaiveDate>,
}

/// Result of a move to another group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum MoveOutcome {
    Moved,
    /// Already in that group: nothing written.
    SameGroup,
    /// The move date is before the day the deputy joined the current group.
    BeforeJoined(NaiveDate),
    /// The term has ended: an ended deputy is in no group.
    NotInOffice,
}

/// Result of setting a role in the current group.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RoleOutcome {
    /// Set; `replaced` is who held the role before (now 组员).
    Set { replaced: Option<String> },
    /// The deputy is in no group.
    NoGroup,
    /// The date is before the deputy joined the current group.
    BeforeJoined(NaiveDate),
}

/// Result of ending a term.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EndOutcome {
    Ended,
    AlreadyEnded,
    /// The end date is before the deputy joined the current group.
    BeforeJoined(NaiveDate),
}

/// The current membership row: (id, group, role, joined_on).
fn current_membership(
    tx: &Transaction,
    deputy: i64,
) -> rusqlite::Result<Option<(i64, i64, String, NaiveDate)>> {
    tx.query_row(
        "SELECT id, group_id, role, joined_on FROM membership
          WHERE deputy_id = ?1 AND left_on IS NULL",
        [deputy],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
    )
    .optional()
}

/// Changes a current membership's role from `on`: the old row is closed
/// and a new one opened, so who led a group when stays on record (a change
/// on the joining day itself rewrites that day's row).
fn change_role(tx: &Transaction, membership: i64, role: &str, on: NaiveDate) -> Result<()> {
    let (deputy, group, joined): (i64, i64, NaiveDate) = tx.query_row(
        "SELECT deputy_id, group_id, joined_on FROM membership WHERE id = ?1",
        [membership],
        |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
    )?;
    if joined >= on {
        tx.execute(
            "UPDATE membership SET role = ?2 WHERE id = ?1",
            params![membership, role],
        )?;
    } else {
        tx.execute(
            "UPDATE membership SET left_on = ?2 WHERE id = ?1",
            params![membership, on],
        )?;
        tx.execute(
            "INSERT INTO membership (deputy_id, group_id, role, joined_on) VALUES (?1, ?2, ?3, ?4)",
            params![deputy, group, role, on],
        )?;
    }
    Ok(())
}

impl Db {
    /// Moves a deputy to `group` from `on`: the current membership is
    /// closed that day and a new one (as 组员) opened, never overwritten.
    pub fn move_deputy(&mut self, id: i64, group: i64, on: NaiveDate) -> Result<MoveOutcome> {
        self.write(|tx| {
            let status: String =
                tx.query_row("SELECT status FROM deputy WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            if status != "在任" {
                return Ok(MoveOutcome::NotInOffice);
            }
            if let Some((mid, current, _, joined)) = current_membership(tx, id)? {
                if current == group {
                    return Ok(MoveOutcome::SameGroup);
                }
                if on < joined {
                    return Ok(MoveOutcome::BeforeJoined(joined));
                }
                tx.execute(
                    "UPDATE membership SET left_on = ?2 WHERE id = ?1",
                    params![mid, on],
                )?;
            }
            tx.execute(
                "INSERT INTO membership (deputy_id, group_id, joined_on) VALUES (?1, ?2, ?3)",
                params![id, group, on],
            )?;
            tx.execute(
                "UPDATE deputy SET updated_at = datetime('now') WHERE id = ?1",
                [id],
            )?;
            Ok(MoveOutcome::Moved)
        })
    }

    /// Makes a deputy 组长, 副组长 or 组员 of their current group from `on`.
    /// Whoever held a leading role before becomes 组员 (at most one of each
    /// per group).
    pub fn set_group_role(&mut self, id: i64, role: &str, on: NaiveDate) -> Result<RoleOutcome> {
        self.write(|tx| {
            let Some((mid, group, current_role, joined)) = current_membership(tx, id)? else {
                return Ok(RoleOutcome::NoGroup);
            };
            if on < joined {
                return Ok(RoleOutcome::BeforeJoined(joined));
            }
            if current_role == role {
                return Ok(RoleOutcome::Set { replaced: None });
            }
            let mut replaced = None;
            if role != "组员" {
                let holder: Option<(i64, String)> = tx
                    .query_row(
                        "SELECT m.id, d.name FROM membership m JOIN deputy d ON d.id = m.deputy_id
                          WHERE m.group_id = ?1 AND m.role = ?2 AND m.left_on IS NULL",
                        params![group, role],
                        |r| Ok((r.get(0)?, r.get(1)?)),
                    )
                    .optional()?;
                if let Some((holder_mid, name)) = holder {
                    change_role(tx, holder_mid, "组员", on)?;
                    replaced = Some(name);
                }
            }
            change_role(tx, mid, role, on)?;
            Ok(RoleOutcome::Set { replaced })
        })
    }

    /// Ends a deputy's term (辞职 / 罢免 / 终止 / 去世 / 调离) on `on` with a
    /// reason. The current group membership closes the same day; every
    /// record of the deputy stays.
    pub fn end_term(
        &mut self,
        id: i64,
        status: &str,
        on: NaiveDate,
        reason: &str,
    ) -> Result<EndOutcome> {
        self.write(|tx| {
            let current: String =
                tx.query_row("SELECT status FROM deputy WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            if current != "在任" {
                return Ok(EndOutcome::AlreadyEnded);
            }
            if let Some((mid, _, _, joined)) = current_membership(tx, id)? {
                if on < joined {
                    return Ok(EndOutcome::BeforeJoined(joined));
                }
                tx.execute(
                    "UPDATE membership SET left_on = ?2 WHERE id = ?1",
                    params![mid, on],
                )?;
            }
            tx.execute(
                "UPDATE deputy SET status = ?2, ended_on = ?3, end_reason = ?4,
                        updated_at = datetime('now')
                  WHERE id = ?1",
                params![id, status, on, reason.trim()],
            )?;
            Ok(EndOutcome::Ended)
        })
    }

    /// Every stretch of a deputy's group membership, latest first.
    pub fn membership_history(&self, id: i64) -> Result<Vec<MembershipSpan>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.name, m.role, m.joined_on, m.left_on
               FROM membership m JOIN deputy_group g ON g.id = m.group_id
              WHERE m.deputy_id = ?1
              ORDER BY m.joined_on DESC, m.id DESC",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(MembershipSpan {
                group_name: r.get(0)?,
                role: r.get(1)?,
                joined_on: r.get(2)?,
                left_on: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
