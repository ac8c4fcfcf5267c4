//! The docket (议案建议): typed reads of items, their timeline, handling
//! units and rates. Writes are in `write.rs`, one transaction per action.

mod context;
mod lookups;
mod rates;
mod write;

use chrono::NaiveDate;
use rusqlite::{OptionalExtension, Row, params};

pub use lookups::{DeputyChoice, HandlingUnit, UnitSummary};
pub use write::{MotionEdit, NewMotion, ReplyInput, StepRequest, UnitInput};

use super::Db;
use super::error::{Result, StorageError};
use crate::domain::motion::{DeadlineRules, Kind, Refusal, Status, Step};

/// Why a docket write did not happen: a rule refused it, or storage failed.
/// Nothing is written in either case.
#[derive(Debug)]
pub enum DocketError {
    Refused(Refusal),
    Storage(StorageError),
}

impl From<StorageError> for DocketError {
    fn from(e: StorageError) -> Self {
        DocketError::Storage(e)
    }
}

impl From<rusqlite::Error> for DocketError {
    fn from(e: rusqlite::Error) -> Self {
        DocketError::Storage(e.into())
    }
}

pub type DocketResult<T> = std::result::Result<T, DocketError>;

/// Statuses of an item that is still open, as an SQL list.
/// Statuses of an item still open (not closed, archived or refused).
pub const OPEN: &str = "('登记','已交办','办理中','已答复','已反馈','跟踪办理','退回')";
/// Statuses in which a unit's reply is awaited, so the reply due date
/// counts (a returned item waits for reassignment, not for a reply).
pub const AWAITING_REPLY: &str = "('已交办','办理中')";

/// What the docket list shows.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DocketFilter {
    /// Open items of any year, and every item of this year.
    pub year: i32,
    pub kind: Option<Kind>,
    pub status: Option<Status>,
    /// Items a unit handles now (lead or co-handler, not returned).
    pub unit: Option<i64>,
    pub overdue_only: bool,
    pub key_only: bool,
}

/// One line of the docket.
#[derive(Clone, Debug, PartialEq)]
pub struct DocketRow {
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub title: String,
    /// 领衔代表 and the stored pinyin keys of the name.
    pub lead: Option<String>,
    pub lead_pinyin: String,
    /// Every signer's name, for searching.
    pub signers: String,
    /// 主办单位
    pub unit: Option<String>,
    pub status: Status,
    pub received_on: NaiveDate,
    pub reply_due: Option<NaiveDate>,
    pub key_item: bool,
}

/// A deputy who signed an item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Signer {
    pub deputy_id: i64,
    pub name: String,
    /// 领衔 or 附议
    pub role: String,
}

/// A unit an item was assigned to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitLink {
    pub unit_id: i64,
    pub name: String,
    /// 主办 or 协办
    pub role: String,
    pub assigned_on: NaiveDate,
    pub returned_on: Option<NaiveDate>,
}

/// A deputy's rating of a reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FeedbackView {
    pub deputy: String,
    pub rating: String,
    pub rated_on: NaiveDate,
    pub note: String,
}

/// A reply with its feedback.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyView {
    pub id: i64,
    pub unit: Option<String>,
    pub replied_on: NaiveDate,
    pub class: String,
    pub class_label: String,
    pub text: String,
    pub met_deputy: bool,
    pub due_on: Option<NaiveDate>,
    pub feedback: Vec<FeedbackView>,
}

/// One timeline event (办理过程).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct EventView {
    pub on: NaiveDate,
    pub step: String,
    pub unit: Option<String>,
    pub note: String,
}

/// Everything about one item.
#[derive(Clone, Debug, PartialEq)]
pub struct MotionDetail {
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub title: String,
    pub content: String,
    pub received_on: NaiveDate,
    pub source: String,
    pub category: String,
    pub key_item: bool,
    pub routing: Option<String>,
    pub voter_name: String,
    pub voter_phone: String,
    pub status: Status,
    pub assigned_on: Option<NaiveDate>,
    pub reply_due: Option<NaiveDate>,
    pub due_fixed: bool,
    pub closed_on: Option<NaiveDate>,
    pub signers: Vec<Signer>,
    pub units: Vec<UnitLink>,
    pub replies: Vec<ReplyView>,
    pub events: Vec<EventView>,
    /// The steps the state machine offers now.
    pub steps: Vec<Step>,
}

pub(super) fn signer_row(r: &Row) -> rusqlite::Result<Signer> {
    Ok(Signer {
        deputy_id: r.get(0)?,
        name: r.get(1)?,
        role: r.get(2)?,
    })
}

fn status_of(r: &Row, i: usize) -> rusqlite::Result<Status> {
    let s: String = r.get(i)?;
    Status::from_label(&s).ok_or_else(|| {
        rusqlite::Error::FromSqlConversionFailure(i, rusqlite::types::Type::Text, s.into())
    })
}

const LEAD_UNIT: &str =
    "(SELECT u.name FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
      WHERE mu.motion_id = m.id AND mu.role = '主办' AND mu.returned_on IS NULL)";

impl Db {
    /// The deadline rules in force.
    pub fn deadline_rules(&self) -> Result<DeadlineRules> {
        Ok(DeadlineRules {
            reply_months: self.rule("reply_due_months")?,
            extended_months: self.rule("extended_reply_due_months")?,
            rereply_months: self.rule("rereply_due_months")?,
            return_within_days: self.rule("return_within_days")?,
            due_soon_days: self.rule("due_soon_days")?,
        })
    }

    /// The docket: what is due first on top, then open items without a due
    /// date, then closed ones, newest first.
    pub fn docket_rows(&self, f: &DocketFilter, today: NaiveDate) -> Result<Vec<DocketRow>> {
        let sql = format!(
            "SELECT m.id, m.number, m.kind, m.title,
                    d.name, COALESCE(d.pinyin, ''),
                    (SELECT group_concat(x.name, ' ') FROM motion_signer s2
                       JOIN deputy x ON x.id = s2.deputy_id WHERE s2.motion_id = m.id),
                    {LEAD_UNIT}, m.status, m.received_on, m.reply_due, m.key_item
               FROM motion m
               LEFT JOIN motion_signer s ON s.motion_id = m.id AND s.role = '领衔'
               LEFT JOIN deputy d ON d.id = s.deputy_id
              WHERE (m.status IN {OPEN} OR m.year = ?1)
                AND (?2 IS NULL OR m.kind = ?2)
                AND (?3 IS NULL OR m.status = ?3)
                AND (?4 IS NULL OR EXISTS (SELECT 1 FROM motion_unit mu WHERE mu.motion_id = m.id
                                           AND mu.unit_id = ?4 AND mu.returned_on IS NULL))
                AND (NOT ?5 OR (m.status IN ('已交办', '办理中') AND m.reply_due < ?7))
                AND (NOT ?6 OR m.key_item = 1)
              ORDER BY m.status NOT IN {OPEN},
                       CASE WHEN m.status IN ('已交办', '办理中') THEN m.reply_due END IS NULL,
                       CASE WHEN m.status IN ('已交办', '办理中') THEN m.reply_due END,
                       m.received_on DESC, m.id DESC"
        );
        let mut stmt = self.conn.prepare_cached(&sql)?;
        let rows = stmt.query_map(
            params![
                f.year,
                f.kind.map(Kind::label),
                f.status.map(Status::label),
                f.unit,
                f.overdue_only,
                f.key_only,
                today
            ],
            |r| {
                Ok(DocketRow {
                    id: r.get(0)?,
                    number: r.get(1)?,
                    kind: r.get(2)?,
                    title: r.get(3)?,
                    lead: r.get(4)?,
                    lead_pinyin: r.get(5)?,
                    signers: r.get::<_, Option<String>>(6)?.unwrap_or_default(),
                    unit: r.get(7)?,
                    status: status_of(r, 8)?,
                    received_on: r.get(9)?,
                    reply_due: r.get(10)?,
                    key_item: r.get(11)?,
                })
            },
        )?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// One item with its signers, units, replies, feedback, timeline and
    /// the steps it can take now; None when there is no such item.
    pub fn motion_detail(&self, id: i64) -> Result<Option<MotionDetail>> {
        let head = self
            .conn
            .query_row(
                "SELECT id, number, kind, title, content, received_on, source, category, key_item,
                        routing, voter_name, voter_phone, status, assigned_on, reply_due, due_fixed,
                        closed_on
                   FROM motion WHERE id = ?1",
                [id],
                |r| {
                    Ok(MotionDetail {
                        id: r.get(0)?,
                        number: r.get(1)?,
                        kind: r.get(2)?,
                        title: r.get(3)?,
                        content: r.get(4)?,
                        received_on: r.get(5)?,
                        source: r.get(6)?,
                        category: r.get(7)?,
                        key_item: r.get(8)?,
                        routing: r.get(9)?,
                        voter_name: r.get(10)?,
                        voter_phone: r.get(11)?,
                        status: status_of(r, 12)?,
                        assigned_on: r.get(13)?,
                        reply_due: r.get(14)?,
                        due_fixed: r.get(15)?,
                        closed_on: r.get(16)?,
                        signers: Vec::new(),
                        units: Vec::new(),
                        replies: Vec::new(),
                        events: Vec::new(),
                        steps: Vec::new(),
                    })
                },
            )
            .optional()?;
        let Some(mut m) = head else {
            return Ok(None);
        };
        m.signers = self.signers(id)?;
        m.units = self.unit_links(id)?;
        m.replies = self.replies(id)?;
        m.events = self.events(id)?;
        let rules = self.deadline_rules()?;
        let ctx = context::load(&self.conn, id, rules)?;
        m.steps = crate::domain::motion::offered(&ctx);
        Ok(Some(m))
    }

    fn signers(&self, id: i64) -> Result<Vec<Signer>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.deputy_id, d.name, s.role FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
              WHERE s.motion_id = ?1 ORDER BY s.role <> '领衔', d.name, d.id",
        )?;
        let rows = stmt.query_map([id], signer_row)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn unit_links(&self, id: i64) -> Result<Vec<UnitLink>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT mu.unit_id, u.name, mu.role, mu.assigned_on, mu.returned_on
               FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
              WHERE mu.motion_id = ?1 ORDER BY mu.assigned_on, mu.role <> '主办', mu.id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(UnitLink {
                unit_id: r.get(0)?,
                name: r.get(1)?,
                role: r.get(2)?,
                assigned_on: r.get(3)?,
                returned_on: r.get(4)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    fn replies(&self, id: i64) -> Result<Vec<ReplyView>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT r.id, u.name, r.replied_on, r.class, COALESCE(c.label, ''), r.text,
                    r.met_deputy, r.due_on
               FROM motion_reply r
               LEFT JOIN handling_unit u ON u.id = r.unit_id
               LEFT JOIN reply_class c ON c.scheme = r.scheme AND c.code = r.class
              WHERE r.motion_id = ?1 ORDER BY r.replied_on, r.id",
        )?;
        let mut replies = stmt
            .query_map([id], |r| {
                Ok(ReplyView {
                    id: r.get(0)?,
                    unit: r.get(1)?,
                    replied_on: r.get(2)?,
                    class: r.get(3)?,
                    class_label: r.get(4)?,
                    text: r.get(5)?,
                    met_deputy: r.get(6)?,
                    due_on: r.get(7)?,
                    feedback: Vec::new(),
                })
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut fb = self.conn.prepare_cached(
            "SELECT d.name, f.rating, f.rated_on, f.note FROM motion_feedback f
               JOIN deputy d ON d.id = f.deputy_id WHERE f.reply_id = ?1 ORDER BY f.rated_on, f.id",
        )?;
        for reply in &mut replies {
            reply.feedback = fb
                .query_map([reply.id], |r| {
                    Ok(FeedbackView {
                        deputy: r.get(0)?,
                        rating: r.get(1)?,
                        rated_on: r.get(2)?,
                        note: r.get(3)?,
                    })
                })?
                .collect::<rusqlite::Result<_>>()?;
        }
        Ok(replies)
    }

    /// The timeline of an item, oldest first, in the order it was written.
    pub fn motion_events(&self, id: i64) -> Result<Vec<EventView>> {
        self.events(id)
    }

    fn events(&self, id: i64) -> Result<Vec<EventView>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT e.happened_on, e.step, u.name, e.note FROM motion_event e
               LEFT JOIN handling_unit u ON u.id = e.unit_id
              WHERE e.motion_id = ?1 ORDER BY e.happened_on, e.id",
        )?;
        let rows = stmt.query_map([id], |r| {
            Ok(EventView {
                on: r.get(0)?,
                step: r.get(1)?,
                unit: r.get(2)?,
                note: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
