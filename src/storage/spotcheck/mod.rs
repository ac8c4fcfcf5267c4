//! Spot-checks (抽查): the year's list, follow-ups, rounds and statistics.
//! Draws live in `draw.rs`, the steps that change a check in `steps.rs`.

mod draw;
mod stats;
mod steps;

pub use draw::{DrawPreview, DrawnTarget, RoundCheck, RoundSaved};
pub use stats::{DeputySpotCheck, GroupSpotStat, SpotYearStats};
pub use steps::CheckWork;

use chrono::NaiveDate;
use rusqlite::Row;
use rusqlite::types::Type;

use super::Db;
use super::error::{Result, StorageError};
use crate::domain::sampling::{CheckStatus, DrawError, DrawParams, Refusal, TargetKind};

/// Why a spot-check action was not saved.
#[derive(Debug)]
pub enum SpotError {
    /// A rule refused the input (nothing was written).
    Refused(Refusal),
    /// The draw cannot be made as asked.
    Draw(DrawError),
    Storage(StorageError),
}

impl From<StorageError> for SpotError {
    fn from(e: StorageError) -> Self {
        SpotError::Storage(e)
    }
}

impl From<rusqlite::Error> for SpotError {
    fn from(e: rusqlite::Error) -> Self {
        SpotError::Storage(e.into())
    }
}

/// Which checks the list shows.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum StatusFilter {
    #[default]
    All,
    /// 待查 and 已查-需整改: still needing the chair.
    Open,
    Is(CheckStatus),
    /// Corrections past their due date (整改逾期).
    Overdue,
}

/// The list's filter: year (by planned date), status and group.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpotFilter {
    pub year: i32,
    pub status: StatusFilter,
    pub group: Option<i64>,
}

/// One spot-check with what the list and its detail show.
#[derive(Clone, Debug, PartialEq)]
pub struct SpotCheckItem {
    pub id: i64,
    pub round_id: Option<i64>,
    pub target_kind: TargetKind,
    pub deputy_id: Option<i64>,
    pub motion_id: Option<i64>,
    /// The deputy's name, or the motion's number and title.
    pub target: String,
    /// Pinyin keys of the deputy's name (empty for a look-back).
    pub pinyin: String,
    /// The deputy's current group (代表小组).
    pub group: Option<String>,
    pub planned_on: NaiveDate,
    pub done_on: Option<NaiveDate>,
    pub method: String,
    pub checker: String,
    pub status: CheckStatus,
    pub finding: String,
    pub correction_due: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
}

impl SpotCheckItem {
    /// A correction still open after its due date.
    pub fn is_overdue(&self, today: NaiveDate) -> bool {
        self.status == CheckStatus::NeedsCorrection
            && self.correction_due.is_some_and(|d| d < today)
    }
}

/// A follow-up note on a correction (整改跟进).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpotFollowup {
    pub check_id: i64,
    pub noted_on: NaiveDate,
    pub note: String,
}

/// A confirmed draw with its seed and parameters.
#[derive(Clone, Debug, PartialEq)]
pub struct SpotRound {
    pub id: i64,
    pub drawn_on: NaiveDate,
    pub target_kind: TargetKind,
    pub seed: i64,
    /// None for rounds whose parameters this program cannot read (e.g.
    /// written by the demo generator): they cannot be drawn again.
    pub params: Option<DrawParams>,
    pub params_json: String,
    pub sample_size: i64,
    pub note: String,
}

/// What the pane shows for one filter.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct SpotPage {
    pub checks: Vec<SpotCheckItem>,
    pub followups: Vec<SpotFollowup>,
    pub rounds: Vec<SpotRound>,
}

/// A deputy group to choose from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SpotGroup {
    pub id: i64,
    pub name: String,
}

fn bad_value(col: usize, what: &str) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(col, Type::Text, what.to_owned().into())
}

pub(super) fn status_at(r: &Row, col: usize) -> rusqlite::Result<CheckStatus> {
    let s: String = r.get(col)?;
    CheckStatus::from_db(&s).ok_or_else(|| bad_value(col, "spot-check status"))
}

pub(super) fn kind_at(r: &Row, col: usize) -> rusqlite::Result<TargetKind> {
    let s: String = r.get(col)?;
    TargetKind::from_db(&s).ok_or_else(|| bad_value(col, "spot-check target kind"))
}

/// The columns of [`SpotCheckItem`], for `item_row`.
const ITEM_SELECT: &str = "SELECT s.id, s.round_id, s.target_kind, s.deputy_id, s.motion_id,
        COALESCE(d.name, m.number || ' ' || m.title, ''), COALESCE(d.pinyin, ''), g.name,
        s.planned_on, s.done_on, s.method, s.checker, s.status, s.finding,
        s.correction_due, s.closed_on
   FROM spot_check s
   LEFT JOIN deputy d ON d.id = s.deputy_id
   LEFT JOIN motion m ON m.id = s.motion_id
   LEFT JOIN membership ms ON ms.deputy_id = s.deputy_id AND ms.left_on IS NULL
   LEFT JOIN deputy_group g ON g.id = ms.group_id";

fn item_row(r: &Row) -> rusqlite::Result<SpotCheckItem> {
    Ok(SpotCheckItem {
        id: r.get(0)?,
        round_id: r.get(1)?,
        target_kind: kind_at(r, 2)?,
        deputy_id: r.get(3)?,
        motion_id: r.get(4)?,
        target: r.get(5)?,
        pinyin: r.get(6)?,
        group: r.get(7)?,
        planned_on: r.get(8)?,
        done_on: r.get(9)?,
        method: r.get(10)?,
        checker: r.get(11)?,
        status: status_at(r, 12)?,
        finding: r.get(13)?,
        correction_due: r.get(14)?,
        closed_on: r.get(15)?,
    })
}

fn year_bounds(year: i32) -> (String, String) {
    (format!("{year:04}-01-01"), format!("{year:04}-12-31"))
}

impl Db {
    /// The checks planned in the filter's year that pass it, what needs the
    /// chair first (earliest first), then finished ones (newest first);
    /// with their follow-ups and rounds.
    pub fn spot_page(&self, filter: &SpotFilter, today: NaiveDate) -> Result<SpotPage> {
        let (from, to) = year_bounds(filter.year);
        let (status, open, overdue) = match filter.status {
            StatusFilter::All => (None, false, false),
            StatusFilter::Open => (None, true, false),
            StatusFilter::Is(s) => (Some(s.as_db()), false, false),
            StatusFilter::Overdue => (None, false, true),
        };
        let sql = format!(
            "{ITEM_SELECT}
              WHERE s.planned_on BETWEEN ?1 AND ?2
                AND (?3 IS NULL OR s.status = ?3)
                AND (NOT ?4 OR s.status IN ('待查', '已查-需整改'))
                AND (NOT ?5 OR (s.status = '已查-需整改' AND s.correction_due < ?6))
                AND (?7 IS NULL OR ms.group_id = ?7)
              ORDER BY s.status NOT IN ('待查', '已查-需整改'),
                       CASE WHEN s.status IN ('待查', '已查-需整改') THEN s.planned_on END,
                       s.planned_on DESC, s.id"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let checks = stmt
            .query_map(
                rusqlite::params![from, to, status, open, overdue, today, filter.group],
                item_row,
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let mut stmt = self.conn.prepare_cached(
            "SELECT f.check_id, f.noted_on, f.note FROM spot_followup f
               JOIN spot_check s ON s.id = f.check_id
              WHERE s.planned_on BETWEEN ?1 AND ?2
              ORDER BY f.check_id, f.noted_on, f.id",
        )?;
        let followups = stmt
            .query_map([&from, &to], |r| {
                Ok(SpotFollowup {
                    check_id: r.get(0)?,
                    noted_on: r.get(1)?,
                    note: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;

        let mut stmt = self.conn.prepare_cached(
            "SELECT id, drawn_on, target_kind, seed, params, sample_size, note FROM spot_round
              WHERE id IN (SELECT round_id FROM spot_check WHERE planned_on BETWEEN ?1 AND ?2)
              ORDER BY id",
        )?;
        let rounds = stmt
            .query_map([&from, &to], round_row)?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        Ok(SpotPage {
            checks,
            followups,
            rounds,
        })
    }

    /// One check, whatever its year.
    pub fn spot_check(&self, id: i64) -> Result<Option<SpotCheckItem>> {
        let sql = format!("{ITEM_SELECT} WHERE s.id = ?1");
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let mut rows = stmt.query_map([id], item_row)?;
        Ok(rows.next().transpose()?)
    }

    /// One round.
    pub fn spot_round(&self, id: i64) -> Result<Option<SpotRound>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT id, drawn_on, target_kind, seed, params, sample_size, note
               FROM spot_round WHERE id = ?1",
        )?;
        let mut rows = stmt.query_map([id], round_row)?;
        Ok(rows.next().transpose()?)
    }

    /// Every deputy group, in the roster's order.
    pub fn spot_groups(&self) -> Result<Vec<SpotGroup>> {
        let mut stmt = self
            .conn
            .prepare_cached("SELECT id, name FROM deputy_group ORDER BY sort_order, id")?;
        let rows = stmt.query_map([], |r| {
            Ok(SpotGroup {
                id: r.get(0)?,
                name: r.get(1)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Who did the most recent check, to offer as the checker of the next.
    pub fn spot_last_checker(&self) -> Result<Option<String>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT checker FROM spot_check WHERE checker <> '' ORDER BY id DESC LIMIT 1",
        )?;
        let mut rows = stmt.query_map([], |r| r.get(0))?;
        Ok(rows.next().transpose()?)
    }
}

fn round_row(r: &Row) -> rusqlite::Result<SpotRound> {
    let params_json: String = r.get(4)?;
    Ok(SpotRound {
        id: r.get(0)?,
        drawn_on: r.get(1)?,
        target_kind: kind_at(r, 2)?,
        seed: r.get(3)?,
        params: serde_json::from_str(&params_json).ok(),
        params_json,
        sample_size: r.get(5)?,
        note: r.get(6)?,
    })
}
