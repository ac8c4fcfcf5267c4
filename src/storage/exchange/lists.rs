//! Every list for export, as text cells in a fixed column order. The
//! column titles are the caller's (`io::excel::lists`), one per column here.

use super::text_rows;
use crate::storage::{Db, Result};

/// The lists `chairdesk export` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ListKind {
    Roster,
    Activities,
    Attendance,
    Contacts,
    SpotChecks,
    Motions,
}

impl ListKind {
    pub const ALL: [ListKind; 6] = [
        ListKind::Roster,
        ListKind::Activities,
        ListKind::Attendance,
        ListKind::Contacts,
        ListKind::SpotChecks,
        ListKind::Motions,
    ];

    /// The query; its columns match the titles in `io::excel::lists`.
    fn sql(self) -> &'static str {
        match self {
            // Birth month as rosters write it (1975.03), so the file reads
            // back through the importer unchanged.
            ListKind::Roster => {
                "SELECT d.name, d.gender, d.ethnicity, replace(COALESCE(d.birth_month, ''), '-', '.'),
                        d.party, d.education, d.occupation, d.unit_title, d.district, d.level,
                        d.phone, d.address, g.name, m.role, d.status, d.ended_on, d.notes
                   FROM deputy d
                   LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
                   LEFT JOIN deputy_group g ON g.id = m.group_id
                  ORDER BY d.status <> '在任', g.id IS NULL, g.sort_order, g.id,
                           CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END, d.name, d.id"
            }
            ListKind::Activities => {
                "SELECT a.starts_on, a.ends_on, a.start_time, a.kind, a.topic,
                        COALESCE(g.name, ''), a.place, a.days, a.status,
                        (SELECT count(*) FROM attendance t WHERE t.activity_id = a.id AND t.status = '出席'),
                        CASE a.archived WHEN 1 THEN '是' ELSE '否' END, a.record
                   FROM activity a LEFT JOIN deputy_group g ON g.id = a.group_id
                  ORDER BY a.starts_on, a.start_time, a.id"
            }
            ListKind::Attendance => {
                "SELECT a.starts_on, a.kind, a.topic, d.name, t.status, t.reason,
                        CASE t.spoke WHEN 1 THEN '是' ELSE '否' END
                   FROM attendance t JOIN activity a ON a.id = t.activity_id
                   JOIN deputy d ON d.id = t.deputy_id
                  ORDER BY a.starts_on, a.id, d.name"
            }
            ListKind::Contacts => {
                "SELECT c.contacted_on, d.name, c.mode, c.people,
                        CASE c.in_district WHEN 1 THEN '是' ELSE '否' END, c.summary
                   FROM voter_contact c JOIN deputy d ON d.id = c.deputy_id
                  ORDER BY c.contacted_on, c.id"
            }
            ListKind::SpotChecks => {
                "SELECT s.planned_on, s.target_kind, COALESCE(d.name, m.number, ''), s.method,
                        s.checker, s.status, s.done_on, s.finding, s.correction_due, s.closed_on
                   FROM spot_check s
                   LEFT JOIN deputy d ON d.id = s.deputy_id
                   LEFT JOIN motion m ON m.id = s.motion_id
                  ORDER BY s.planned_on, s.id"
            }
            ListKind::Motions => {
                "SELECT m.number, m.kind, m.title,
                        (SELECT d.name FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
                          WHERE s.motion_id = m.id AND s.role = '领衔'),
                        (SELECT group_concat(d.name, '、') FROM motion_signer s
                           JOIN deputy d ON d.id = s.deputy_id
                          WHERE s.motion_id = m.id AND s.role = '附议'),
                        m.received_on, m.source,
                        (SELECT u.name FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
                          WHERE mu.motion_id = m.id AND mu.role = '主办' AND mu.returned_on IS NULL),
                        (SELECT group_concat(u.name, '、') FROM motion_unit mu
                           JOIN handling_unit u ON u.id = mu.unit_id
                          WHERE mu.motion_id = m.id AND mu.role = '协办' AND mu.returned_on IS NULL),
                        m.status, m.assigned_on, m.reply_due, m.closed_on,
                        CASE m.key_item WHEN 1 THEN '是' ELSE '否' END
                   FROM motion m ORDER BY m.year, m.kind, m.seq"
            }
        }
    }
}

impl Db {
    /// Every row of a list, as text cells.
    pub fn export_list(&self, kind: ListKind) -> Result<Vec<Vec<String>>> {
        let mut stmt = self.conn.prepare(kind.sql())?;
        Ok(text_rows(&mut stmt, [])?)
    }
}
