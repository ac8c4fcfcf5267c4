//! One item's whole record, for the printable 办理过程记录, 交办单 and 督办函.
//! The voter's name and phone are not read: these papers go to units.

use chrono::NaiveDate;
use rusqlite::OptionalExtension;

use crate::storage::{Db, Result};

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordUnit {
    pub name: String,
    pub role: String,
    pub assigned_on: NaiveDate,
    pub returned_on: Option<NaiveDate>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordEvent {
    pub on: NaiveDate,
    pub step: String,
    pub unit: String,
    pub note: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordReply {
    pub on: NaiveDate,
    pub unit: String,
    pub class: String,
    pub met: bool,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RecordFeedback {
    pub on: NaiveDate,
    pub deputy: String,
    pub rating: String,
    pub note: String,
}

/// An item with its signers, units, timeline, replies and ratings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MotionRecord {
    pub number: String,
    pub kind: String,
    pub title: String,
    pub content: String,
    pub received_on: NaiveDate,
    pub source: String,
    pub category: String,
    pub key_item: bool,
    pub status: String,
    pub assigned_on: Option<NaiveDate>,
    pub reply_due: Option<NaiveDate>,
    pub closed_on: Option<NaiveDate>,
    /// (name, 领衔 / 附议), the lead first.
    pub signers: Vec<(String, String)>,
    pub units: Vec<RecordUnit>,
    pub events: Vec<RecordEvent>,
    pub replies: Vec<RecordReply>,
    pub feedback: Vec<RecordFeedback>,
}

impl Db {
    /// The record of the item numbered `number` (2026-建-012), if any.
    pub fn motion_record(&self, number: &str) -> Result<Option<MotionRecord>> {
        let head = self
            .conn
            .query_row(
                "SELECT id, number, kind, title, content, received_on, source, category, key_item,
                        status, assigned_on, reply_due, closed_on
                   FROM motion WHERE number = ?1",
                [number.trim()],
                |r| {
                    Ok((
                        r.get::<_, i64>(0)?,
                        MotionRecord {
                            number: r.get(1)?,
                            kind: r.get(2)?,
                            title: r.get(3)?,
                            content: r.get(4)?,
                            received_on: r.get(5)?,
                            source: r.get(6)?,
                            category: r.get(7)?,
                            key_item: r.get(8)?,
                            status: r.get(9)?,
                            assigned_on: r.get(10)?,
                            reply_due: r.get(11)?,
                            closed_on: r.get(12)?,
                            signers: Vec::new(),
                            units: Vec::new(),
                            events: Vec::new(),
                            replies: Vec::new(),
                            feedback: Vec::new(),
                        },
                    ))
                },
            )
            .optional()?;
        let Some((id, mut rec)) = head else {
            return Ok(None);
        };
        let mut stmt = self.conn.prepare(
            "SELECT d.name, s.role FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
              WHERE s.motion_id = ?1 ORDER BY s.role <> '领衔', d.name",
        )?;
        rec.signers = stmt
            .query_map([id], |r| Ok((r.get(0)?, r.get(1)?)))?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT u.name, mu.role, mu.assigned_on, mu.returned_on FROM motion_unit mu
               JOIN handling_unit u ON u.id = mu.unit_id
              WHERE mu.motion_id = ?1 ORDER BY mu.role <> '主办', mu.assigned_on, mu.id",
        )?;
        rec.units = stmt
            .query_map([id], |r| {
                Ok(RecordUnit {
                    name: r.get(0)?,
                    role: r.get(1)?,
                    assigned_on: r.get(2)?,
                    returned_on: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT e.happened_on, e.step, COALESCE(u.name, ''), e.note FROM motion_event e
               LEFT JOIN handling_unit u ON u.id = e.unit_id
              WHERE e.motion_id = ?1 ORDER BY e.happened_on, e.id",
        )?;
        rec.events = stmt
            .query_map([id], |r| {
                Ok(RecordEvent {
                    on: r.get(0)?,
                    step: r.get(1)?,
                    unit: r.get(2)?,
                    note: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT r.replied_on, COALESCE(u.name, ''), r.class || ' ' || COALESCE(c.label, ''),
                    r.met_deputy, r.text
               FROM motion_reply r LEFT JOIN handling_unit u ON u.id = r.unit_id
               LEFT JOIN reply_class c ON c.scheme = r.scheme AND c.code = r.class
              WHERE r.motion_id = ?1 ORDER BY r.replied_on, r.id",
        )?;
        rec.replies = stmt
            .query_map([id], |r| {
                Ok(RecordReply {
                    on: r.get(0)?,
                    unit: r.get(1)?,
                    class: r.get(2)?,
                    met: r.get(3)?,
                    text: r.get(4)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        let mut stmt = self.conn.prepare(
            "SELECT f.rated_on, d.name, f.rating, f.note FROM motion_feedback f
               JOIN motion_reply r ON r.id = f.reply_id JOIN deputy d ON d.id = f.deputy_id
              WHERE r.motion_id = ?1 ORDER BY f.rated_on, f.id",
        )?;
        rec.feedback = stmt
            .query_map([id], |r| {
                Ok(RecordFeedback {
                    on: r.get(0)?,
                    deputy: r.get(1)?,
                    rating: r.get(2)?,
                    note: r.get(3)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        Ok(Some(rec))
    }
}
