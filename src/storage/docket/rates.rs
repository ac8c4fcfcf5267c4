//! The facts behind the rates, per item of a year (optionally of one unit).

use rusqlite::params;

use crate::domain::motion::Rating;
use crate::domain::motion::rates::RateFacts;
use crate::storage::Db;
use crate::storage::error::Result;

impl Db {
    /// Rate facts for the items registered in `year` (not refused); with
    /// `unit`, only items that unit leads (主办, not returned).
    pub fn rate_facts(&self, year: i32, unit: Option<i64>) -> Result<Vec<RateFacts>> {
        let mut stmt = self.conn.prepare_cached(
            "WITH items AS (
                SELECT m.id, m.status, m.reply_due,
                       EXISTS (SELECT 1 FROM motion_unit mu WHERE mu.motion_id = m.id) AS assigned,
                       (SELECT r.id FROM motion_reply r WHERE r.motion_id = m.id
                         ORDER BY r.replied_on DESC, r.id DESC LIMIT 1) AS latest,
                       (SELECT r.replied_on <= COALESCE(r.due_on, m.reply_due, '9999-12-31')
                          FROM motion_reply r WHERE r.motion_id = m.id
                         ORDER BY r.replied_on, r.id LIMIT 1) AS in_time
                  FROM motion m
                 WHERE m.year = ?1 AND m.status <> '不予接收'
                   AND (?2 IS NULL OR EXISTS (SELECT 1 FROM motion_unit mu WHERE mu.motion_id = m.id
                          AND mu.unit_id = ?2 AND mu.role = '主办' AND mu.returned_on IS NULL)))
             SELECT i.id, i.assigned,
                    EXISTS (SELECT 1 FROM motion_reply r WHERE r.motion_id = i.id AND r.met_deputy = 1),
                    i.latest IS NOT NULL,
                    COALESCE(i.in_time, 0),
                    i.status IN ('办结', '归档'),
                    COALESCE((SELECT c.solved FROM motion_reply r JOIN reply_class c
                               ON c.scheme = r.scheme AND c.code = r.class WHERE r.id = i.latest), 0),
                    (SELECT f.rating FROM motion_feedback f
                       JOIN motion_reply r ON r.id = f.reply_id
                       JOIN motion_signer s ON s.motion_id = r.motion_id AND s.deputy_id = f.deputy_id
                      WHERE r.motion_id = i.id AND s.role = '领衔'
                      ORDER BY r.replied_on DESC, r.id DESC LIMIT 1)
               FROM items i ORDER BY i.id",
        )?;
        let rows = stmt.query_map(params![year, unit], |r| {
            let rating: Option<String> = r.get(7)?;
            Ok(RateFacts {
                id: r.get(0)?,
                assigned: r.get(1)?,
                met: r.get(2)?,
                replied: r.get(3)?,
                replied_in_time: r.get(4)?,
                closed: r.get(5)?,
                solved: r.get(6)?,
                lead_rating: rating.as_deref().and_then(Rating::from_label),
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
