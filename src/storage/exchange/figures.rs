//! The facts behind the reports, read in SQL; the reports count and rate
//! them in `io::excel::reports`.

use chrono::NaiveDate;

use crate::storage::{Db, Result};

/// What the structure statistics (代表结构统计) count of one deputy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PersonFacts {
    pub name: String,
    pub gender: String,
    pub ethnicity: String,
    pub birth_month: Option<String>,
    pub party: String,
    pub education: String,
    pub occupation: String,
    pub level: String,
}

/// One deputy's duty record over a period (履职情况).
#[derive(Clone, Debug, PartialEq)]
pub struct DutyFigures {
    pub name: String,
    pub group: String,
    /// Days of held activities attended.
    pub activity_days: f64,
    pub present: i64,
    pub leave: i64,
    pub absent: i64,
    /// Voter contacts in 人次 (people reached) and how many contacts.
    pub voter_people: i64,
    pub voter_contacts: i64,
    /// Items raised or co-signed (议案, 建议, 批评, 意见, 代表函).
    pub suggestions: i64,
    /// 向选民述职
    pub reports: i64,
    /// 办实事
    pub deeds: i64,
    /// 出席人代会
    pub congress: i64,
    /// 列席主席团会议
    pub presidium: i64,
    /// Speeches at held activities plus recorded 审议发言.
    pub speeches: i64,
}

/// One motion's handling, for the rates by unit (办理情况).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MotionFacts {
    pub number: String,
    pub kind: String,
    pub title: String,
    pub lead: String,
    /// The lead unit (主办) still holding the item; empty when unassigned.
    pub unit: String,
    pub status: String,
    pub assigned_on: Option<NaiveDate>,
    pub reply_due: Option<NaiveDate>,
    pub first_reply_on: Option<NaiveDate>,
    /// Class code and label of the latest reply.
    pub class: Option<String>,
    pub class_label: String,
    /// The latest reply's class counts as solved.
    pub solved: bool,
    /// Any reply met the deputy (见面).
    pub met: bool,
    pub closed: bool,
    pub satisfied: i64,
    pub basic: i64,
    pub unsatisfied: i64,
}

impl Db {
    /// Deputies in office on `as_of` (ended terms count until their end).
    pub fn composition_facts(&self, as_of: NaiveDate) -> Result<Vec<PersonFacts>> {
        let mut stmt = self.conn.prepare(
            "SELECT name, gender, ethnicity, birth_month, party, education, occupation, level
               FROM deputy WHERE status = '在任' OR ended_on > ?1 ORDER BY id",
        )?;
        let rows = stmt.query_map([as_of], |r| {
            Ok(PersonFacts {
                name: r.get(0)?,
                gender: r.get(1)?,
                ethnicity: r.get(2)?,
                birth_month: r.get(3)?,
                party: r.get(4)?,
                education: r.get(5)?,
                occupation: r.get(6)?,
                level: r.get(7)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The duty figures of every deputy in office at some time in
    /// `[from, to]`, by group and name.
    pub fn duty_figures(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<DutyFigures>> {
        let mut stmt = self.conn.prepare(
            "WITH att AS (
                 SELECT t.deputy_id, t.status, t.spoke, a.days FROM attendance t
                   JOIN activity a ON a.id = t.activity_id
                  WHERE a.status = '已举行' AND a.starts_on BETWEEN ?1 AND ?2),
             ev AS (SELECT deputy_id, kind FROM duty_event WHERE happened_on BETWEEN ?1 AND ?2)
             SELECT d.name, COALESCE(g.name, ''),
                    (SELECT COALESCE(sum(days), 0) FROM att WHERE deputy_id = d.id AND status = '出席'),
                    (SELECT count(*) FROM att WHERE deputy_id = d.id AND status = '出席'),
                    (SELECT count(*) FROM att WHERE deputy_id = d.id AND status = '请假'),
                    (SELECT count(*) FROM att WHERE deputy_id = d.id AND status = '缺席'),
                    (SELECT COALESCE(sum(people), 0) FROM voter_contact
                      WHERE deputy_id = d.id AND contacted_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM voter_contact
                      WHERE deputy_id = d.id AND contacted_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM motion_signer s JOIN motion m ON m.id = s.motion_id
                      WHERE s.deputy_id = d.id AND m.received_on BETWEEN ?1 AND ?2
                        AND m.kind IN ('议案', '建议', '批评', '意见', '代表函')),
                    (SELECT count(*) FROM ev WHERE deputy_id = d.id AND kind = '向选民述职'),
                    (SELECT count(*) FROM ev WHERE deputy_id = d.id AND kind = '办实事'),
                    (SELECT count(*) FROM ev WHERE deputy_id = d.id AND kind = '出席人代会'),
                    (SELECT count(*) FROM ev WHERE deputy_id = d.id AND kind = '列席主席团会议'),
                    (SELECT count(*) FROM att WHERE deputy_id = d.id AND spoke = 1)
                      + (SELECT count(*) FROM ev WHERE deputy_id = d.id AND kind = '审议发言')
               FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              WHERE d.status = '在任' OR d.ended_on >= ?1
              ORDER BY g.id IS NULL, g.sort_order, g.id,
                       CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END, d.name, d.id",
        )?;
        let rows = stmt.query_map([from, to], |r| {
            Ok(DutyFigures {
                name: r.get(0)?,
                group: r.get(1)?,
                activity_days: r.get(2)?,
                present: r.get(3)?,
                leave: r.get(4)?,
                absent: r.get(5)?,
                voter_people: r.get(6)?,
                voter_contacts: r.get(7)?,
                suggestions: r.get(8)?,
                reports: r.get(9)?,
                deeds: r.get(10)?,
                congress: r.get(11)?,
                presidium: r.get(12)?,
                speeches: r.get(13)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Every item numbered in `year` except refused and merged ones, with
    /// what its rates need.
    pub fn motion_facts(&self, year: i32) -> Result<Vec<MotionFacts>> {
        let mut stmt = self.conn.prepare(
            "WITH last_reply AS (
                 SELECT r.* FROM motion_reply r
                  WHERE r.id = (SELECT r2.id FROM motion_reply r2 WHERE r2.motion_id = r.motion_id
                                 ORDER BY r2.replied_on DESC, r2.id DESC LIMIT 1))
             SELECT m.number, m.kind, m.title,
                    COALESCE((SELECT d.name FROM motion_signer s JOIN deputy d ON d.id = s.deputy_id
                               WHERE s.motion_id = m.id AND s.role = '领衔'), ''),
                    COALESCE((SELECT u.name FROM motion_unit mu JOIN handling_unit u ON u.id = mu.unit_id
                               WHERE mu.motion_id = m.id AND mu.role = '主办' AND mu.returned_on IS NULL), ''),
                    m.status, m.assigned_on, m.reply_due,
                    (SELECT min(replied_on) FROM motion_reply WHERE motion_id = m.id),
                    lr.class, COALESCE(rc.label, ''), COALESCE(rc.solved, 0),
                    EXISTS (SELECT 1 FROM motion_reply WHERE motion_id = m.id AND met_deputy = 1),
                    m.status IN ('办结', '归档'),
                    (SELECT count(*) FROM motion_feedback WHERE reply_id = lr.id AND rating = '满意'),
                    (SELECT count(*) FROM motion_feedback WHERE reply_id = lr.id AND rating = '基本满意'),
                    (SELECT count(*) FROM motion_feedback WHERE reply_id = lr.id AND rating = '不满意')
               FROM motion m
               LEFT JOIN last_reply lr ON lr.motion_id = m.id
               LEFT JOIN reply_class rc ON rc.scheme = lr.scheme AND rc.code = lr.class
              WHERE m.year = ?1 AND m.status <> '不予接收' AND m.merged_into IS NULL
              ORDER BY m.kind, m.seq",
        )?;
        let rows = stmt.query_map([year], |r| {
            Ok(MotionFacts {
                number: r.get(0)?,
                kind: r.get(1)?,
                title: r.get(2)?,
                lead: r.get(3)?,
                unit: r.get(4)?,
                status: r.get(5)?,
                assigned_on: r.get(6)?,
                reply_due: r.get(7)?,
                first_reply_on: r.get(8)?,
                class: r.get(9)?,
                class_label: r.get(10)?,
                solved: r.get(11)?,
                met: r.get(12)?,
                closed: r.get(13)?,
                satisfied: r.get(14)?,
                basic: r.get(15)?,
                unsatisfied: r.get(16)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}
