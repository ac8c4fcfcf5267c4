//! The hand-written migration runner on `PRAGMA user_version`.
//!
//! Version 1 is `schema.sql` itself. A later version appends one entry here
//! with the SQL that upgrades the previous version; entries are never edited
//! once released.

use rusqlite::Connection;

/// One step of the schema's history.
pub struct Migration {
    /// The version the database has after this step.
    pub to: i32,
    pub sql: &'static str,
}

/// Every step from an empty file to the latest version, in order.
pub const MIGRATIONS: &[Migration] = &[Migration {
    to: 1,
    sql: super::SCHEMA_SQL,
}];

/// The latest schema version.
pub const LATEST: i32 = 1;

/// Runs every step above `from` in one transaction and records the new
/// version. Nothing is changed when any step fails.
pub fn run(conn: &mut Connection, from: i32, steps: &[Migration]) -> rusqlite::Result<i32> {
    let tx = conn.transaction()?;
    let mut version = from;
    for step in steps.iter().filter(|s| s.to > from) {
        tx.execute_batch(step.sql)?;
        version = step.to;
    }
    tx.pragma_update(None, "user_version", version)?;
    tx.commit()?;
    Ok(version)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn version(conn: &Connection) -> i32 {
        conn.pragma_query_value(None, "user_version", |r| r.get(0))
            .unwrap()
    }

    #[test]
    fn latest_matches_the_last_step() {
        assert_eq!(MIGRATIONS.last().unwrap().to, LATEST);
        assert!(MIGRATIONS.windows(2).all(|w| w[0].to < w[1].to));
    }

    #[test]
    fn upgrade_runs_only_newer_steps() {
        let steps = [
            Migration {
                to: 1,
                sql: "CREATE TABLE a (x INTEGER);",
            },
            Migration {
                to: 2,
                sql: "ALTER TABLE a ADD COLUMN y INTEGER;",
            },
        ];
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(run(&mut conn, 0, &steps[..1]).unwrap(), 1);
        conn.execute("INSERT INTO a (x) VALUES (7)", []).unwrap();
        assert_eq!(run(&mut conn, 1, &steps).unwrap(), 2);
        assert_eq!(version(&conn), 2);
        let y: Option<i64> = conn.query_row("SELECT y FROM a", [], |r| r.get(0)).unwrap();
        assert_eq!(y, None);
    }

    #[test]
    fn a_failing_step_changes_nothing() {
        let steps = [
            Migration {
                to: 1,
                sql: "CREATE TABLE a (x INTEGER);",
            },
            Migration {
                to: 2,
                sql: "CREATE TABLE b (y INTEGER); THIS IS NOT SQL;",
            },
        ];
        let mut conn = Connection::open_in_memory().unwrap();
        run(&mut conn, 0, &steps[..1]).unwrap();
        assert!(run(&mut conn, 1, &steps).is_err());
        assert_eq!(version(&conn), 1);
        let b: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE name = 'b'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(b, 0);
    }
}
