//! What a public notice (五上墙) may show. These queries never read a home
//! address, an ID, a birth date, or a voter's name or phone, so no choice
//! of columns downstream can put one on the wall.

use chrono::NaiveDate;

use crate::storage::{Db, Result};

/// A deputy as the wall shows them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicDeputy {
    pub name: String,
    pub gender: String,
    pub level: String,
    pub group: String,
    pub role: String,
    pub unit_title: String,
    /// The contact number the deputy gives the public.
    pub phone: String,
}

/// A reception day (代表接待日) as the wall announces it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicReception {
    pub on: NaiveDate,
    pub time: String,
    pub place: String,
    pub station: String,
    pub group: String,
    pub topic: String,
    /// Deputies on duty, by name.
    pub deputies: Vec<String>,
}

impl Db {
    /// Deputies in office, by group, leaders first.
    pub fn public_deputies(&self) -> Result<Vec<PublicDeputy>> {
        let mut stmt = self.conn.prepare(
            "SELECT d.name, d.gender, d.level, COALESCE(g.name, ''), COALESCE(m.role, ''),
                    d.unit_title, d.phone
               FROM deputy d
               LEFT JOIN membership m ON m.deputy_id = d.id AND m.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = m.group_id
              WHERE d.status = '在任'
              ORDER BY g.id IS NULL, g.sort_order, g.id,
                       CASE m.role WHEN '组长' THEN 0 WHEN '副组长' THEN 1 ELSE 2 END, d.name, d.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(PublicDeputy {
                name: r.get(0)?,
                gender: r.get(1)?,
                level: r.get(2)?,
                group: r.get(3)?,
                role: r.get(4)?,
                unit_title: r.get(5)?,
                phone: r.get(6)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// Reception days (接待选民) not cancelled in `[from, to]`, by date.
    pub fn public_receptions(
        &self,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<PublicReception>> {
        let mut stmt = self.conn.prepare(
            "SELECT a.id, a.starts_on, a.start_time, a.place, COALESCE(s.name, ''),
                    COALESCE(g.name, ''), a.topic
               FROM activity a
               LEFT JOIN station s ON s.id = a.station_id
               LEFT JOIN deputy_group g ON g.id = a.group_id
              WHERE a.kind = '接待选民' AND a.status <> '取消' AND a.starts_on BETWEEN ?1 AND ?2
              ORDER BY a.starts_on, a.start_time, a.id",
        )?;
        let heads = stmt
            .query_map([from, to], |r| {
                Ok((
                    r.get::<_, i64>(0)?,
                    PublicReception {
                        on: r.get(1)?,
                        time: r.get(2)?,
                        place: r.get(3)?,
                        station: r.get(4)?,
                        group: r.get(5)?,
                        topic: r.get(6)?,
                        deputies: Vec::new(),
                    },
                ))
            })?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        let mut names = self.conn.prepare(
            "SELECT d.name FROM reception_duty r JOIN deputy d ON d.id = r.deputy_id
              WHERE r.activity_id = ?1 ORDER BY d.name",
        )?;
        let mut out = Vec::with_capacity(heads.len());
        for (id, mut rec) in heads {
            rec.deputies = names
                .query_map([id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            out.push(rec);
        }
        Ok(out)
    }
}
