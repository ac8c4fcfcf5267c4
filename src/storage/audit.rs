//! Audit history and undo.
//!
//! Every insert, update and delete of a record is written to `audit_log` by
//! triggers, inside the same transaction as the change. The triggers are
//! built from the live schema (`pragma_table_list`, `pragma_table_info`),
//! one JSON object over every column, so tables and columns added later are
//! covered without anyone writing a trigger by hand. [`ensure_triggers`]
//! compares the wanted triggers with the stored ones and rebuilds them when
//! they differ: at creation, after a migration, and on every writable open.
//!
//! [`Db::write`](super::Db::write) opens a `change_set` row at the start of
//! each transaction and closes it before commit; the triggers record only
//! while a change is open and attach their rows to it, so one user action
//! is one undoable change. The first filling of an empty file (demo data,
//! an import into a new file) opens no change: it is the baseline history
//! starts from, and the demo stays byte-for-byte reproducible.
//! Undo replays the old values of the latest change not yet undone, as a
//! new change of kind '撤销' (itself in the history).

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension, Transaction, params};

use super::Db;
use super::error::{Result, StorageError};

/// Tables without history: the history itself, the handover log, program
/// settings (the welcome flag and similar state, not records the chair
/// edits) and the official holiday schedule (reference data loaded in bulk).
pub const NOT_AUDITED: &[&str] = &["audit_log", "change_set", "handover", "setting", "holiday"];

/// Prefix of the generated triggers' names.
const PREFIX: &str = "auditlog_";

/// A table as the live schema describes it.
#[derive(Debug, Clone)]
pub(crate) struct TableInfo {
    pub name: String,
    pub cols: Vec<Col>,
    pub without_rowid: bool,
}

#[derive(Debug, Clone)]
pub(crate) struct Col {
    pub name: String,
    pub decl: String,
    /// Position in the primary key (0 = not part of it).
    pub pk: i64,
}

impl TableInfo {
    /// True when a column is an alias of the rowid (INTEGER PRIMARY KEY).
    fn has_rowid_alias(&self) -> bool {
        let pks: Vec<&Col> = self.cols.iter().filter(|c| c.pk > 0).collect();
        !self.without_rowid && pks.len() == 1 && pks[0].decl.eq_ignore_ascii_case("INTEGER")
    }

    fn pk_cols(&self) -> Vec<&Col> {
        let mut pks: Vec<&Col> = self.cols.iter().filter(|c| c.pk > 0).collect();
        pks.sort_by_key(|c| c.pk);
        pks
    }
}

fn quote(name: &str) -> String {
    format!("\"{}\"", name.replace('"', "\"\""))
}

fn literal(s: &str) -> String {
    format!("'{}'", s.replace('\'', "''"))
}

/// Every ordinary table of the main schema, with its columns.
pub(crate) fn tables(conn: &Connection) -> rusqlite::Result<Vec<TableInfo>> {
    let mut stmt = conn.prepare(
        "SELECT name, wr FROM pragma_table_list WHERE schema = 'main' AND type = 'table'
         AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name",
    )?;
    let list: Vec<(String, bool)> = stmt
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::with_capacity(list.len());
    let mut cols_stmt = conn.prepare("SELECT name, type, pk FROM pragma_table_info(?1)")?;
    for (name, without_rowid) in list {
        let cols = cols_stmt
            .query_map([&name], |r| {
                Ok(Col {
                    name: r.get(0)?,
                    decl: r.get(1)?,
                    pk: r.get(2)?,
                })
            })?
            .collect::<rusqlite::Result<_>>()?;
        out.push(TableInfo {
            name,
            cols,
            without_rowid,
        });
    }
    Ok(out)
}

/// The expression naming a row: its rowid, or its primary key as JSON.
fn key_expr(t: &TableInfo, row: &str) -> String {
    if t.without_rowid {
        let parts: Vec<String> = t
            .pk_cols()
            .iter()
            .map(|c| format!("{}, {row}.{}", literal(&c.name), quote(&c.name)))
            .collect();
        format!("json_object({})", parts.join(", "))
    } else {
        format!("CAST({row}.rowid AS TEXT)")
    }
}

/// All columns of a row as one JSON object. Blobs become hex (JSON has no
/// bytes); chunks of 40 columns keep under SQLite's function-argument limit.
fn row_json(t: &TableInfo, row: &str) -> String {
    let chunks: Vec<String> = t
        .cols
        .chunks(40)
        .map(|chunk| {
            let parts: Vec<String> = chunk
                .iter()
                .map(|c| {
                    let v = format!("{row}.{}", quote(&c.name));
                    format!(
                        "{}, CASE WHEN typeof({v}) = 'blob' THEN hex({v}) ELSE {v} END",
                        literal(&c.name)
                    )
                })
                .collect();
            format!("json_object({})", parts.join(", "))
        })
        .collect();
    chunks
        .into_iter()
        .reduce(|a, b| format!("json_patch({a}, {b})"))
        .unwrap_or_else(|| "json_object()".into())
}

/// The three triggers of one table, as (name, SQL).
fn triggers_for(t: &TableInfo) -> Vec<(String, String)> {
    let change = "(SELECT max(id) FROM change_set WHERE is_open = 1)";
    let tbl = quote(&t.name);
    let name = literal(&t.name);
    let changed: Vec<String> = t
        .cols
        .iter()
        .map(|c| format!("OLD.{0} IS NOT NEW.{0}", quote(&c.name)))
        .collect();
    let open = format!("{change} IS NOT NULL");
    let when = if changed.is_empty() {
        "0".to_owned()
    } else {
        format!("{open} AND ({})", changed.join(" OR "))
    };
    let base = format!("{PREFIX}{}", t.name);
    vec![
        (
            format!("{base}_ins"),
            format!(
                "CREATE TRIGGER {} AFTER INSERT ON {tbl} WHEN {open} BEGIN INSERT INTO audit_log (change_id, tbl, row_key, op, new) VALUES ({change}, {name}, {}, '新增', {}); END",
                quote(&format!("{base}_ins")),
                key_expr(t, "NEW"),
                row_json(t, "NEW")
            ),
        ),
        (
            format!("{base}_upd"),
            format!(
                "CREATE TRIGGER {} AFTER UPDATE ON {tbl} WHEN {when} BEGIN INSERT INTO audit_log (change_id, tbl, row_key, op, old, new) VALUES ({change}, {name}, {}, '修改', {}, {}); END",
                quote(&format!("{base}_upd")),
                key_expr(t, "NEW"),
                row_json(t, "OLD"),
                row_json(t, "NEW")
            ),
        ),
        (
            format!("{base}_del"),
            format!(
                "CREATE TRIGGER {} AFTER DELETE ON {tbl} WHEN {open} BEGIN INSERT INTO audit_log (change_id, tbl, row_key, op, old) VALUES ({change}, {name}, {}, '删除', {}); END",
                quote(&format!("{base}_del")),
                key_expr(t, "OLD"),
                row_json(t, "OLD")
            ),
        ),
    ]
}

/// True when the file has the history tables (files made before issue 8
/// do not; they simply keep no history).
pub(crate) fn has_audit_tables(conn: &Connection) -> rusqlite::Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('audit_log', 'change_set')",
        [],
        |r| r.get(0),
    )?;
    Ok(n == 2)
}

/// Makes the stored audit triggers match the live schema; returns true when
/// it had to rebuild them. Runs in a savepoint, so it joins a surrounding
/// transaction or makes its own.
pub(crate) fn ensure_triggers(conn: &Connection) -> rusqlite::Result<bool> {
    if !has_audit_tables(conn)? {
        return Ok(false);
    }
    let mut wanted: Vec<(String, String)> = tables(conn)?
        .iter()
        .filter(|t| !NOT_AUDITED.contains(&t.name.as_str()))
        .flat_map(triggers_for)
        .collect();
    wanted.sort();
    let mut stmt = conn.prepare(
        "SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?1 || '%' ORDER BY name",
    )?;
    let stored: Vec<(String, String)> = stmt
        .query_map([PREFIX], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if stored == wanted {
        return Ok(false);
    }
    conn.execute_batch("SAVEPOINT audit_triggers")?;
    let result = (|| {
        for (name, _) in &stored {
            conn.execute_batch(&format!("DROP TRIGGER IF EXISTS {}", quote(name)))?;
        }
        for (_, sql) in &wanted {
            conn.execute_batch(sql)?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("RELEASE audit_triggers")?,
        Err(e) => {
            conn.execute_batch("ROLLBACK TO audit_triggers; RELEASE audit_triggers")?;
            return Err(e);
        }
    }
    Ok(true)
}

/// Opens a change for the transaction that is starting (closing any left
/// open by a transaction that was committed outside [`Db::write`]).
pub(crate) fn begin_change(tx: &Connection) -> rusqlite::Result<i64> {
    tx.execute("UPDATE change_set SET is_open = 0, at = coalesce(at, strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime')) WHERE is_open = 1", [])?;
    tx.execute("INSERT INTO change_set DEFAULT VALUES", [])?;
    Ok(tx.last_insert_rowid())
}

/// Closes the change before commit; a change that touched no record is
/// dropped so undo never meets an empty one.
pub(crate) fn end_change(tx: &Connection, id: i64) -> rusqlite::Result<()> {
    let touched: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM audit_log WHERE change_id = ?1)",
        [id],
        |r| r.get(0),
    )?;
    if touched {
        tx.execute(
            "UPDATE change_set SET is_open = 0,
                 at = strftime('%Y-%m-%d %H:%M:%S', 'now', 'localtime') WHERE id = ?1",
            [id],
        )?;
    } else {
        tx.execute("DELETE FROM change_set WHERE id = ?1", [id])?;
    }
    Ok(())
}

/// One audited change of one record.
#[derive(Debug, Clone, PartialEq)]
pub struct AuditEntry {
    pub id: i64,
    pub change_id: Option<i64>,
    pub at: String,
    pub table: String,
    pub row_key: String,
    /// '新增', '修改' or '删除'.
    pub op: String,
    /// (column, old, new) for every column whose value differs.
    pub fields: Vec<(String, String, String)>,
    /// True when a later undo reverted this change.
    pub undone: bool,
    /// True when this entry was itself written by an undo.
    pub by_undo: bool,
}

/// What one undo did.
#[derive(Debug, Clone, PartialEq)]
pub struct UndoSummary {
    /// The change that was reverted, and when it was made.
    pub undone: i64,
    pub at: String,
    pub rows: usize,
}

fn display(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::Null => String::new(),
        serde_json::Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn parse_obj(s: Option<String>) -> serde_json::Map<String, serde_json::Value> {
    s.and_then(|s| serde_json::from_str::<serde_json::Value>(&s).ok())
        .and_then(|v| match v {
            serde_json::Value::Object(m) => Some(m),
            _ => None,
        })
        .unwrap_or_default()
}

/// The columns that differ between old and new values.
fn diff(old: Option<String>, new: Option<String>) -> Vec<(String, String, String)> {
    let (old, new) = (parse_obj(old), parse_obj(new));
    let mut keys: Vec<&String> = old.keys().chain(new.keys()).collect();
    keys.sort();
    keys.dedup();
    let null = serde_json::Value::Null;
    keys.into_iter()
        .filter_map(|k| {
            let (a, b) = (old.get(k).unwrap_or(&null), new.get(k).unwrap_or(&null));
            (a != b).then(|| (k.clone(), display(a), display(b)))
        })
        .collect()
}

const ENTRY_SQL: &str = "SELECT a.id, a.change_id, a.at, a.tbl, a.row_key, a.op, a.old, a.new,
        EXISTS (SELECT 1 FROM change_set u WHERE u.undoes = a.change_id),
        coalesce((SELECT kind = '撤销' FROM change_set c WHERE c.id = a.change_id), 0)
     FROM audit_log a";

fn entry(r: &rusqlite::Row) -> rusqlite::Result<AuditEntry> {
    Ok(AuditEntry {
        id: r.get(0)?,
        change_id: r.get(1)?,
        at: r.get(2)?,
        table: r.get(3)?,
        row_key: r.get(4)?,
        op: r.get(5)?,
        fields: diff(r.get(6)?, r.get(7)?),
        undone: r.get(8)?,
        by_undo: r.get(9)?,
    })
}

impl Db {
    /// A record's history, oldest first: what changed, when. `id` is the
    /// rowid (the `id` column of every record table).
    pub fn record_history(&self, table: &str, id: i64) -> Result<Vec<AuditEntry>> {
        if !self.audited {
            return Ok(Vec::new());
        }
        let mut stmt = self.conn.prepare_cached(&format!(
            "{ENTRY_SQL} WHERE a.tbl = ?1 AND a.row_key = ?2 ORDER BY a.id"
        ))?;
        let rows = stmt.query_map(params![table, id.to_string()], entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// The latest audited changes of any record, newest first.
    pub fn recent_changes(&self, limit: usize) -> Result<Vec<AuditEntry>> {
        if !self.audited {
            return Ok(Vec::new());
        }
        let mut stmt = self
            .conn
            .prepare_cached(&format!("{ENTRY_SQL} ORDER BY a.id DESC LIMIT ?1"))?;
        let rows = stmt.query_map([limit as i64], entry)?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }

    /// How many changes undo can still revert.
    pub fn undoable_count(&self) -> Result<i64> {
        if !self.audited {
            return Ok(0);
        }
        Ok(self.conn.query_row(
            "SELECT count(*) FROM change_set c WHERE c.kind = '修改' AND c.is_open = 0
             AND NOT EXISTS (SELECT 1 FROM change_set u WHERE u.undoes = c.id)",
            [],
            |r| r.get(0),
        )?)
    }

    /// Reverts the latest change that is not an undo and not undone yet,
    /// as one transaction recorded as a change of its own. None when there
    /// is nothing to undo.
    pub fn undo_last(&mut self) -> Result<Option<UndoSummary>> {
        if !self.audited {
            return Ok(None);
        }
        self.write(|tx| {
            let target: Option<(i64, String)> = tx
                .query_row(
                    "SELECT c.id, coalesce(c.at, '') FROM change_set c WHERE c.kind = '修改' AND c.is_open = 0
                     AND NOT EXISTS (SELECT 1 FROM change_set u WHERE u.undoes = c.id)
                     ORDER BY c.id DESC LIMIT 1",
                    [],
                    |r| Ok((r.get(0)?, r.get(1)?)),
                )
                .optional()?;
            let Some((target, at)) = target else {
                return Ok(None);
            };
            tx.execute(
                "UPDATE change_set SET kind = '撤销', undoes = ?1
                 WHERE id = (SELECT max(id) FROM change_set WHERE is_open = 1)",
                [target],
            )?;
            let rows = replay_backwards(tx, target)?;
            Ok(Some(UndoSummary {
                undone: target,
                at,
                rows,
            }))
        })
    }
}

/// Puts back the old values of every row a change touched, newest first.
fn replay_backwards(tx: &Transaction, change: i64) -> Result<usize> {
    let live = tables(tx)?;
    let mut stmt = tx.prepare(
        "SELECT tbl, row_key, op, old, new FROM audit_log WHERE change_id = ?1 ORDER BY id DESC",
    )?;
    type Row = (String, String, String, Option<String>, Option<String>);
    let rows: Vec<Row> = stmt
        .query_map([change], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
        })?
        .collect::<rusqlite::Result<_>>()?;
    for (tbl, key, op, old, _new) in &rows {
        let t = live
            .iter()
            .find(|t| &t.name == tbl)
            .ok_or_else(|| StorageError::Invalid(format!("undo: table {tbl} no longer exists")))?;
        let (where_sql, mut key_vals) = key_where(t, key)?;
        let old = parse_obj(old.clone());
        let exists: bool = tx.query_row(
            &format!(
                "SELECT EXISTS (SELECT 1 FROM {} WHERE {where_sql})",
                quote(&t.name)
            ),
            rusqlite::params_from_iter(key_vals.iter()),
            |r| r.get(0),
        )?;
        let gone = || StorageError::Invalid(format!("undo: {tbl} {key} was changed since"));
        match op.as_str() {
            "新增" => {
                if !exists {
                    return Err(gone());
                }
                tx.execute(
                    &format!("DELETE FROM {} WHERE {where_sql}", quote(&t.name)),
                    rusqlite::params_from_iter(key_vals.iter()),
                )?;
            }
            "修改" => {
                if !exists {
                    return Err(gone());
                }
                let (cols, mut vals) = values_of(t, &old);
                let sets: Vec<String> = cols.iter().map(|c| format!("{} = ?", quote(c))).collect();
                vals.append(&mut key_vals);
                tx.execute(
                    &format!(
                        "UPDATE {} SET {} WHERE {where_sql}",
                        quote(&t.name),
                        sets.join(", ")
                    ),
                    rusqlite::params_from_iter(vals.iter()),
                )?;
            }
            _ => {
                let (mut cols, mut vals) = values_of(t, &old);
                if !t.without_rowid && !t.has_rowid_alias() {
                    cols.push("rowid".into());
                    vals.push(Value::Integer(key.parse().unwrap_or_default()));
                }
                let marks = vec!["?"; cols.len()].join(", ");
                let cols: Vec<String> = cols.iter().map(|c| quote(c)).collect();
                tx.execute(
                    &format!(
                        "INSERT INTO {} ({}) VALUES ({marks})",
                        quote(&t.name),
                        cols.join(", ")
                    ),
                    rusqlite::params_from_iter(vals.iter()),
                )?;
            }
        }
    }
    Ok(rows.len())
}

/// The WHERE clause (with its values) that finds a row by its audit key.
fn key_where(t: &TableInfo, key: &str) -> Result<(String, Vec<Value>)> {
    if !t.without_rowid {
        let id: i64 = key
            .parse()
            .map_err(|_| StorageError::Invalid(format!("undo: bad row key {key}")))?;
        return Ok(("rowid = ?".into(), vec![Value::Integer(id)]));
    }
    let obj = parse_obj(Some(key.to_owned()));
    let pks = t.pk_cols();
    let parts: Vec<String> = pks
        .iter()
        .map(|c| format!("{} = ?", quote(&c.name)))
        .collect();
    let vals = pks
        .iter()
        .map(|c| to_value(obj.get(&c.name), &c.decl))
        .collect();
    Ok((parts.join(" AND "), vals))
}

/// The live columns that the stored JSON has, with their values. Columns
/// added after the change was recorded keep their current value (update)
/// or default (insert).
fn values_of(
    t: &TableInfo,
    obj: &serde_json::Map<String, serde_json::Value>,
) -> (Vec<String>, Vec<Value>) {
    t.cols
        .iter()
        .filter(|c| obj.contains_key(&c.name))
        .map(|c| (c.name.clone(), to_value(obj.get(&c.name), &c.decl)))
        .unzip()
}

fn to_value(v: Option<&serde_json::Value>, decl: &str) -> Value {
    use serde_json::Value as J;
    match v {
        None | Some(J::Null) => Value::Null,
        Some(J::Bool(b)) => Value::Integer(i64::from(*b)),
        Some(J::Number(n)) => match n.as_i64() {
            Some(i) => Value::Integer(i),
            None => Value::Real(n.as_f64().unwrap_or_default()),
        },
        Some(J::String(s)) if decl.to_ascii_uppercase().contains("BLOB") => {
            Value::Blob(unhex(s).unwrap_or_else(|| s.clone().into_bytes()))
        }
        Some(J::String(s)) => Value::Text(s.clone()),
        Some(other) => Value::Text(other.to_string()),
    }
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_lists_only_changed_columns() {
        let d = diff(
            Some(r#"{"a":1,"b":"x","c":null}"#.into()),
            Some(r#"{"a":1,"b":"y","c":2.5}"#.into()),
        );
        assert_eq!(
            d,
            vec![
                ("b".into(), "x".into(), "y".into()),
                ("c".into(), "".into(), "2.5".into())
            ]
        );
    }

    #[test]
    fn hex_round_trip() {
        assert_eq!(unhex("00ff10"), Some(vec![0, 255, 16]));
        assert_eq!(unhex("0"), None);
    }
}
