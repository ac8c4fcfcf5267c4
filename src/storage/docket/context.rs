//! What the state machine needs to know about an item, read in the same
//! transaction that writes the step.

use rusqlite::{Connection, OptionalExtension};

use crate::domain::motion::{DeadlineRules, Kind, Routing, Status, StepContext};
use crate::storage::error::{Result, StorageError};

/// Timeline steps that move an item to another stage; their dates must not
/// go backwards (see `Step::changes_stage`).
const STAGE_STEPS: &str =
    "('登记','交办','不予接收','转交','办理','退回','答复','反馈','重办','跟踪','办结','归档')";

/// Reads the item's context; `Invalid` when there is no such item.
pub(super) fn load(conn: &Connection, id: i64, rules: DeadlineRules) -> Result<StepContext> {
    let row = conn
        .query_row(
            "SELECT kind, status, routing, received_on, assigned_on, reply_due FROM motion WHERE id = ?1",
            [id],
            |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, Option<String>>(2)?,
                    r.get(3)?,
                    r.get(4)?,
                    r.get(5)?,
                ))
            },
        )
        .optional()?;
    let Some((kind, status, routing, received_on, assigned_on, reply_due)) = row else {
        return Err(StorageError::Invalid(format!("no item with id {id}")));
    };
    let bad = |what: &str| StorageError::Invalid(format!("item {id}: unknown {what}"));
    let kind = Kind::from_label(&kind).ok_or_else(|| bad("kind"))?;
    let status = Status::from_label(&status).ok_or_else(|| bad("status"))?;
    let routing = match routing {
        Some(r) => Some(Routing::from_label(&r).ok_or_else(|| bad("routing"))?),
        None => None,
    };
    let last_change_on = conn
        .query_row(
            &format!(
                "SELECT max(happened_on) FROM motion_event WHERE motion_id = ?1 AND step IN {STAGE_STEPS}"
            ),
            [id],
            |r| r.get::<_, Option<chrono::NaiveDate>>(0),
        )?
        .unwrap_or(received_on);
    let latest = conn
        .query_row(
            "SELECT r.id, r.replied_on, COALESCE(c.follow, 0) FROM motion_reply r
               LEFT JOIN reply_class c ON c.scheme = r.scheme AND c.code = r.class
              WHERE r.motion_id = ?1 ORDER BY r.replied_on DESC, r.id DESC LIMIT 1",
            [id],
            |r| Ok((r.get::<_, i64>(0)?, r.get(1)?, r.get::<_, bool>(2)?)),
        )
        .optional()?;
    let (replied_on, unrated_signers, unsatisfied, follow_needed) = match latest {
        Some((reply, on, follow)) => {
            let (unrated, unsatisfied) = conn.query_row(
                "SELECT (SELECT count(*) FROM motion_signer s WHERE s.motion_id = ?1 AND NOT EXISTS
                           (SELECT 1 FROM motion_feedback f WHERE f.reply_id = ?2 AND f.deputy_id = s.deputy_id)),
                        EXISTS (SELECT 1 FROM motion_feedback f WHERE f.reply_id = ?2 AND f.rating = '不满意')",
                [id, reply],
                |r| Ok((r.get::<_, i64>(0)?, r.get::<_, bool>(1)?)),
            )?;
            (
                Some(on),
                usize::try_from(unrated).unwrap_or(0),
                unsatisfied,
                follow,
            )
        }
        None => (None, 0, false, false),
    };
    Ok(StepContext {
        kind,
        status,
        routing,
        received_on,
        assigned_on,
        reply_due,
        last_change_on,
        replied_on,
        unrated_signers,
        unsatisfied,
        follow_needed,
        rules,
    })
}
