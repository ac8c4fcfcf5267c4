//! Deputy groups (代表小组): list with head counts and leaders, add, edit,
//! delete an unused group.

use rusqlite::params;

use super::super::Db;
use super::super::error::Result;

/// A group with its members in office and its leaders.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupSummary {
    pub id: i64,
    pub name: String,
    /// Where the group meets (its liaison station's place).
    pub place: String,
    pub notes: String,
    pub min_members: i64,
    pub max_members: i64,
    /// Members in office.
    pub members: i64,
    /// 组长
    pub leader: Option<String>,
    /// 副组长
    pub deputy_leader: Option<String>,
}

/// A group's attributes as the chair types them.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GroupInput {
    pub name: String,
    pub place: String,
    pub notes: String,
    pub min_members: i64,
    pub max_members: i64,
}

impl Default for GroupInput {
    fn default() -> Self {
        GroupInput {
            name: String::new(),
            place: String::new(),
            notes: String::new(),
            min_members: 10,
            max_members: 15,
        }
    }
}

impl Db {
    /// Every group in its order, with head count and leaders.
    pub fn roster_groups(&self) -> Result<Vec<GroupSummary>> {
        let mut stmt = self.conn.prepare_cached(
            "SELECT g.id, g.name, g.place, g.notes, g.min_members, g.max_members,
                    (SELECT count(*) FROM membership m JOIN deputy d ON d.id = m.deputy_id
                      WHERE m.group_id = g.id AND m.left_on IS NULL AND d.status = '在任'),
                    (SELECT d.name FROM membership m JOIN deputy d ON d.id = m.deputy_id
                      WHERE m.group_id = g.id AND m.left_on IS NULL AND m.role = '组长'),
                    (SELECT d.name FROM membership m JOIN deputy d ON d.id = m.deputy_id
                      WHERE m.group_id = g.id AND m.left_on IS NULL AND m.role = '副组长')
               FROM deputy_group g ORDER BY g.sort_order, g.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(GroupSummary {
                id: r.get(0)?,
                name: r.get(1)?,
                place: r.get(2)?,
                notes: r.get(3)?,
                min_members: r.get(4)?,
                max_members: r.get(5)?,
                members: r.get(6)?,
                leader: r.get(7)?,
                deputy_leader: r.get(8)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// True when another group already has this name.
    pub fn group_name_taken(&self, name: &str, except: Option<i64>) -> Result<bool> {
        Ok(self.conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM deputy_group WHERE name = ?1 AND id IS NOT ?2)",
            params![name.trim(), except],
            |r| r.get(0),
        )?)
    }

    /// Adds a group at the end of the list; returns its id.
    pub fn add_group(&mut self, g: &GroupInput) -> Result<i64> {
        self.write(|tx| {
            tx.execute(
                "INSERT INTO deputy_group (name, place, notes, min_members, max_members, sort_order)
                 VALUES (?1, ?2, ?3, ?4, ?5,
                         (SELECT coalesce(max(sort_order), 0) + 1 FROM deputy_group))",
                params![g.name.trim(), g.place, g.notes, g.min_members, g.max_members],
            )?;
            Ok(tx.last_insert_rowid())
        })
    }

    pub fn update_group(&mut self, id: i64, g: &GroupInput) -> Result<()> {
        self.write(|tx| {
            tx.execute(
                "UPDATE deputy_group SET name = ?2, place = ?3, notes = ?4, min_members = ?5,
                        max_members = ?6
                  WHERE id = ?1",
                params![
                    id,
                    g.name.trim(),
                    g.place,
                    g.notes,
                    g.min_members,
                    g.max_members
                ],
            )?;
            Ok(())
        })
    }

    /// Deletes a group nobody was ever in and nothing refers to; false
    /// (nothing written) otherwise.
    pub fn delete_group(&mut self, id: i64) -> Result<bool> {
        self.write(|tx| {
            let used: bool = tx.query_row(
                "SELECT EXISTS (SELECT 1 FROM membership WHERE group_id = ?1)
                     OR EXISTS (SELECT 1 FROM activity WHERE group_id = ?1)
                     OR EXISTS (SELECT 1 FROM station WHERE group_id = ?1)",
                [id],
                |r| r.get(0),
            )?;
            if used {
                return Ok(false);
            }
            tx.execute("DELETE FROM deputy_group WHERE id = ?1", [id])?;
            Ok(true)
        })
    }
}
