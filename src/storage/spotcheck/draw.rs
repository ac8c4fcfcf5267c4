//! Draws (抽签): the candidates as they stood on the draw day, a preview,
//! writing a confirmed round with its checks, and drawing a stored round
//! again to show it was fair.

use chrono::NaiveDate;
use rusqlite::Connection;

use super::{SpotError, SpotRound};
use crate::domain::dates::add_months;
use crate::domain::sampling::{self, Candidate, Draw, DrawParams, TargetKind};
use crate::storage::Db;
use crate::storage::error::Result;

/// One drawn name, with what the chair wants to see before confirming.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawnTarget {
    pub id: i64,
    /// The deputy's name, or the motion's number and title.
    pub name: String,
    pub group: Option<String>,
    /// Voter-visits in the 12 months before the draw (deputies).
    pub contacts: i64,
    pub planned_on: NaiveDate,
}

/// A draw shown before it is confirmed; nothing is written yet.
#[derive(Clone, Debug, PartialEq)]
pub struct DrawPreview {
    pub params: DrawParams,
    pub seed: u64,
    pub draw: Draw,
    pub targets: Vec<DrawnTarget>,
    /// Group names of the strata, in the draw's order ("" for no group).
    pub strata_names: Vec<String>,
}

/// What confirming wrote.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RoundSaved {
    pub round_id: i64,
    pub first_check: i64,
    pub checks: usize,
}

/// A stored round drawn again over the data as it is now.
#[derive(Clone, Debug, PartialEq)]
pub enum RoundCheck {
    /// The same names in the same order.
    Same { names: Vec<String> },
    /// The data changed since (e.g. a deputy's term ended).
    Differs {
        stored: Vec<String>,
        redrawn: Vec<String>,
    },
    /// The round's parameters cannot be read by this program.
    NotReproducible,
}

/// The candidates for a draw on `p.as_of`. Checks of round `before` and
/// later rounds are ignored, so a stored round can be drawn again.
fn candidates(
    conn: &Connection,
    p: &DrawParams,
    before: Option<i64>,
) -> rusqlite::Result<Vec<Candidate>> {
    let contacts_from = add_months(p.as_of, -12);
    let sql = match p.target {
        TargetKind::Deputy => {
            "SELECT d.id,
                    (SELECT m.group_id FROM membership m
                      WHERE m.deputy_id = d.id AND m.joined_on <= ?1
                        AND (m.left_on IS NULL OR m.left_on > ?1)
                      ORDER BY m.joined_on DESC, m.id DESC LIMIT 1),
                    (SELECT COALESCE(sum(v.people), 0) FROM voter_contact v
                      WHERE v.deputy_id = d.id AND v.contacted_on > ?2 AND v.contacted_on <= ?1),
                    (SELECT max(COALESCE(s.done_on, s.planned_on)) FROM spot_check s
                      WHERE s.deputy_id = d.id AND s.target_kind = '代表' AND s.status <> '撤销'
                        AND (?3 IS NULL OR s.round_id IS NULL OR s.round_id < ?3))
               FROM deputy d
              WHERE d.status = '在任' OR d.ended_on > ?1
              ORDER BY d.id"
        }
        // Closed items whose latest reply by the draw day was of a solved
        // class (A 已解决).
        TargetKind::LookBack => {
            "SELECT m.id, NULL, 0,
                    (SELECT max(COALESCE(s.done_on, s.planned_on)) FROM spot_check s
                      WHERE s.motion_id = m.id AND s.status <> '撤销'
                        AND (?2 IS NULL OR s.round_id IS NULL OR s.round_id < ?2))
               FROM motion m
              WHERE m.status IN ('办结', '归档') AND m.closed_on <= ?1
                AND (SELECT c.solved FROM motion_reply r
                       JOIN reply_class c ON c.scheme = r.scheme AND c.code = r.class
                      WHERE r.motion_id = m.id AND r.replied_on <= ?1
                      ORDER BY r.replied_on DESC, r.id DESC LIMIT 1) = 1
              ORDER BY m.id"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    let row = |r: &rusqlite::Row| {
        Ok(Candidate {
            id: r.get(0)?,
            group: r.get(1)?,
            contacts: r.get(2)?,
            last_checked: r.get(3)?,
        })
    };
    match p.target {
        TargetKind::Deputy => stmt
            .query_map(rusqlite::params![p.as_of, contacts_from, before], row)?
            .collect(),
        TargetKind::LookBack => stmt
            .query_map(rusqlite::params![p.as_of, before], row)?
            .collect(),
    }
}

/// The name, group and contacts of each drawn target.
fn describe(conn: &Connection, p: &DrawParams, draw: &Draw) -> rusqlite::Result<Vec<DrawnTarget>> {
    let contacts_from = add_months(p.as_of, -12);
    let sql = match p.target {
        TargetKind::Deputy => {
            "SELECT d.name,
                    (SELECT g.name FROM membership m JOIN deputy_group g ON g.id = m.group_id
                      WHERE m.deputy_id = d.id AND m.joined_on <= ?2
                        AND (m.left_on IS NULL OR m.left_on > ?2)
                      ORDER BY m.joined_on DESC, m.id DESC LIMIT 1),
                    (SELECT COALESCE(sum(v.people), 0) FROM voter_contact v
                      WHERE v.deputy_id = d.id AND v.contacted_on > ?3 AND v.contacted_on <= ?2)
               FROM deputy d WHERE d.id = ?1"
        }
        TargetKind::LookBack => {
            "SELECT m.number || ' ' || m.title,
                    (SELECT d.name FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
                      WHERE s.motion_id = m.id AND s.role = '领衔'),
                    0
               FROM motion m WHERE m.id = ?1"
        }
    };
    let mut stmt = conn.prepare_cached(sql)?;
    draw.picked
        .iter()
        .zip(&draw.planned)
        .map(|(&id, &planned_on)| {
            let row = |r: &rusqlite::Row| {
                Ok(DrawnTarget {
                    id,
                    name: r.get(0)?,
                    group: r.get(1)?,
                    contacts: r.get(2)?,
                    planned_on,
                })
            };
            match p.target {
                TargetKind::Deputy => {
                    stmt.query_row(rusqlite::params![id, p.as_of, contacts_from], row)
                }
                TargetKind::LookBack => stmt.query_row([id], row),
            }
        })
        .collect()
}

fn group_name(conn: &Connection, id: Option<i64>) -> rusqlite::Result<String> {
    match id {
        None => Ok(String::new()),
        Some(id) => conn.query_row("SELECT name FROM deputy_group WHERE id = ?1", [id], |r| {
            r.get(0)
        }),
    }
}

fn preview(
    conn: &Connection,
    params: &DrawParams,
    seed: u64,
) -> std::result::Result<DrawPreview, SpotError> {
    let cands = candidates(conn, params, None)?;
    let draw = sampling::draw(cands, params, seed).map_err(SpotError::Draw)?;
    let targets = describe(conn, params, &draw)?;
    let strata_names = draw
        .strata
        .iter()
        .map(|s| group_name(conn, s.group))
        .collect::<rusqlite::Result<_>>()?;
    Ok(DrawPreview {
        params: params.clone(),
        seed,
        draw,
        targets,
        strata_names,
    })
}

impl Db {
    /// Draws names without writing anything, to show before confirming.
    pub fn spot_preview(
        &self,
        params: &DrawParams,
        seed: u64,
    ) -> std::result::Result<DrawPreview, SpotError> {
        preview(&self.conn, params, seed)
    }

    /// Draws again and writes the round with one check per name, in one
    /// transaction. Each check is planned on its drawn day, by `method`.
    pub fn spot_confirm_round(
        &mut self,
        params: &DrawParams,
        seed: u64,
        method: &str,
        checker: &str,
        note: &str,
    ) -> std::result::Result<RoundSaved, SpotError> {
        let shown = preview(&self.conn, params, seed)?;
        let json = serde_json::to_string(params)
            .map_err(|e| crate::storage::StorageError::Invalid(e.to_string()))?;
        let kind = params.target.as_db();
        let saved = self.write(|tx| {
            tx.execute(
                "INSERT INTO spot_round (drawn_on, target_kind, seed, params, sample_size, note)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                rusqlite::params![
                    params.as_of,
                    kind,
                    seed as i64,
                    json,
                    shown.targets.len() as i64,
                    note.trim()
                ],
            )?;
            let round_id = tx.last_insert_rowid();
            let mut first_check = 0;
            let mut stmt = tx.prepare_cached(
                "INSERT INTO spot_check (round_id, target_kind, deputy_id, motion_id, planned_on,
                                         method, checker)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )?;
            for t in &shown.targets {
                let (deputy, motion) = match params.target {
                    TargetKind::Deputy => (Some(t.id), None),
                    TargetKind::LookBack => (None, Some(t.id)),
                };
                stmt.execute(rusqlite::params![
                    round_id,
                    kind,
                    deputy,
                    motion,
                    t.planned_on,
                    method,
                    checker.trim()
                ])?;
                if first_check == 0 {
                    first_check = tx.last_insert_rowid();
                }
            }
            Ok(RoundSaved {
                round_id,
                first_check,
                checks: shown.targets.len(),
            })
        })?;
        Ok(saved)
    }

    /// Draws a stored round again with its seed and parameters, ignoring
    /// its own and later checks, and compares the names.
    pub fn spot_verify_round(&self, round: &SpotRound) -> Result<RoundCheck> {
        let Some(params) = &round.params else {
            return Ok(RoundCheck::NotReproducible);
        };
        let mut stmt = self.conn.prepare_cached(
            "SELECT COALESCE(d.name, m.number || ' ' || m.title, '')
               FROM spot_check s
               LEFT JOIN deputy d ON d.id = s.deputy_id
               LEFT JOIN motion m ON m.id = s.motion_id
              WHERE s.round_id = ?1 ORDER BY s.id",
        )?;
        let stored = stmt
            .query_map([round.id], |r| r.get(0))?
            .collect::<rusqlite::Result<Vec<String>>>()?;
        let cands = candidates(&self.conn, params, Some(round.id))?;
        let redrawn = match sampling::draw(cands, params, round.seed as u64) {
            Ok(draw) => describe(&self.conn, params, &draw)?
                .into_iter()
                .map(|t| t.name)
                .collect(),
            Err(_) => Vec::new(),
        };
        Ok(if redrawn == stored {
            RoundCheck::Same { names: stored }
        } else {
            RoundCheck::Differs { stored, redrawn }
        })
    }
}
