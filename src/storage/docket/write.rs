//! Docket writes: registering an item, taking a step, keeping the list of
//! handling units, choosing the reply-class scheme. Each is one transaction;
//! a refusal or an error leaves the file as it was.

use chrono::{Datelike, NaiveDate};
use rusqlite::{Transaction, params};

use super::{DocketError, DocketResult, context};
use crate::domain::motion::{
    Kind, Outcome, Rating, Refusal, Routing, Status, Step, StepInput, check_registration,
    motion_number, plan_step,
};
use crate::storage::Db;
use crate::storage::error::{Result, StorageError};

/// A new item as the chair entered it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewMotion {
    pub kind: Kind,
    pub title: String,
    pub content: String,
    pub received_on: NaiveDate,
    /// 会议期间 / 闭会期间 / 接待日 / 走访
    pub source: String,
    pub category: String,
    pub key_item: bool,
    pub routing: Option<Routing>,
    pub voter_name: String,
    pub voter_phone: String,
    /// Deputy ids, the lead (领衔) first.
    pub signers: Vec<i64>,
}

/// A reply's particulars.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyInput {
    /// The class code in the scheme in use (A, B, ...).
    pub class: String,
    pub text: String,
    pub met_deputy: bool,
}

/// A step with what it needs beyond the state machine's input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StepRequest {
    pub input: StepInput,
    /// 交办: the lead unit and co-handling units.
    pub lead_unit: Option<i64>,
    pub co_units: Vec<i64>,
    /// 答复
    pub reply: Option<ReplyInput>,
    /// 反馈: (deputy id, rating) for signers not yet rated.
    pub ratings: Vec<(i64, Rating)>,
}

impl StepRequest {
    pub fn new(input: StepInput) -> StepRequest {
        StepRequest {
            input,
            lead_unit: None,
            co_units: Vec::new(),
            reply: None,
            ratings: Vec::new(),
        }
    }
}

/// The words of an item the chair may correct after registration.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MotionEdit {
    pub title: String,
    pub content: String,
    pub category: String,
    pub key_item: bool,
}

/// A handling unit as entered.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnitInput {
    pub name: String,
    pub contact: String,
    pub phone: String,
    pub active: bool,
}

/// Runs `f` in one transaction; a refusal it reports rolls everything back.
fn refusable<T>(db: &mut Db, f: impl FnOnce(&Transaction) -> DocketResult<T>) -> DocketResult<T> {
    let mut refused = None;
    let out = db.write(|tx| match f(tx) {
        Ok(v) => Ok(v),
        Err(DocketError::Refused(r)) => {
            refused = Some(r);
            Err(StorageError::Invalid("refused".into()))
        }
        Err(DocketError::Storage(e)) => Err(e),
    });
    match (out, refused) {
        (_, Some(r)) => Err(DocketError::Refused(r)),
        (Ok(v), None) => Ok(v),
        (Err(e), None) => Err(e.into()),
    }
}

/// Inserts the item itself with the next number of its year and kind.
fn insert_motion(tx: &Transaction, m: &NewMotion) -> Result<(i64, String)> {
    let year = m.received_on.year();
    let seq: i64 = tx.query_row(
        "SELECT COALESCE(max(seq), 0) + 1 FROM motion WHERE year = ?1 AND kind = ?2",
        params![year, m.kind.label()],
        |r| r.get(0),
    )?;
    let number = motion_number(year, m.kind, seq);
    tx.execute(
        "INSERT INTO motion (year, kind, seq, number, title, content, received_on, source, category,
                             key_item, routing, voter_name, voter_phone, status, last_step_on)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, '登记', ?7)",
        params![
            year,
            m.kind.label(),
            seq,
            number,
            m.title.trim(),
            m.content.trim(),
            m.received_on,
            m.source,
            m.category.trim(),
            m.key_item,
            m.routing.map(Routing::label),
            m.voter_name.trim(),
            m.voter_phone.trim(),
        ],
    )?;
    let id = tx.last_insert_rowid();
    for (i, deputy) in m.signers.iter().enumerate() {
        tx.execute(
            "INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES (?1, ?2, ?3)",
            params![id, deputy, if i == 0 { "领衔" } else { "附议" }],
        )?;
    }
    let note = format!("登记（{}）", m.source);
    add_event(tx, id, m.received_on, "登记", None, &note)?;
    Ok((id, number))
}

fn add_event(
    tx: &Transaction,
    id: i64,
    on: NaiveDate,
    step: &str,
    unit: Option<i64>,
    note: &str,
) -> Result<()> {
    tx.execute(
        "INSERT INTO motion_event (motion_id, happened_on, step, unit_id, note) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![id, on, step, unit, note.trim()],
    )?;
    Ok(())
}

fn lead_unit_of(tx: &Transaction, id: i64) -> Result<Option<i64>> {
    Ok(tx
        .query_row(
            "SELECT unit_id FROM motion_unit WHERE motion_id = ?1 AND role = '主办' AND returned_on IS NULL",
            [id],
            |r| r.get(0),
        )
        .ok())
}

impl Db {
    /// Registers a new item (登记) with its signers and the first timeline
    /// event; returns its id and number (e.g. 2026-建-012).
    pub fn register_motion(
        &mut self,
        m: &NewMotion,
        today: NaiveDate,
    ) -> DocketResult<(i64, String)> {
        let min = self.rule("motion_min_signers")?;
        check_registration(
            m.kind,
            &m.title,
            &m.signers,
            min,
            m.routing,
            m.received_on,
            today,
        )
        .map_err(DocketError::Refused)?;
        refusable(self, |tx| Ok(insert_motion(tx, m)?))
    }

    /// Takes one step of the handling flow on item `id`, as the state
    /// machine allows, writing its timeline event; returns the new status.
    pub fn apply_step(&mut self, id: i64, req: &StepRequest) -> DocketResult<Status> {
        let rules = self.deadline_rules()?;
        let scheme = self.reply_classes()?.0;
        refusable(self, |tx| {
            let ctx = context::load(tx, id, rules)?;
            let mut input = req.input.clone();
            input.has_lead_unit = req.lead_unit.is_some();
            input.ratings = req.ratings.iter().map(|r| r.1).collect();
            let out = plan_step(&ctx, &input).map_err(DocketError::Refused)?;
            let note = write_step_rows(tx, id, req, &ctx.reply_due, &scheme)?;
            let unit = match input.step {
                Step::Assign => req.lead_unit,
                _ => lead_unit_of(tx, id)?,
            };
            add_event(tx, id, input.on, input.step.event_label(), unit, &note)?;
            update_motion(tx, id, &input, &out)?;
            Ok(out.status)
        })
    }

    /// Corrects an item's title, content, category or key-item flag, noting
    /// the change on its timeline (dated `today`).
    pub fn edit_motion(&mut self, id: i64, e: &MotionEdit, today: NaiveDate) -> DocketResult<()> {
        if e.title.trim().is_empty() {
            return Err(DocketError::Refused(Refusal::EmptyTitle));
        }
        refusable(self, |tx| {
            let changed = tx.execute(
                "UPDATE motion SET title = ?2, content = ?3, category = ?4, key_item = ?5 WHERE id = ?1",
                params![id, e.title.trim(), e.content.trim(), e.category.trim(), e.key_item],
            )?;
            if changed == 0 {
                return Err(StorageError::Invalid(format!("no item with id {id}")).into());
            }
            add_event(tx, id, today, "备注", None, "修改登记内容")?;
            Ok(())
        })
    }

    /// Adds a handling unit, or changes one (`id`); returns its id.
    pub fn save_handling_unit(&mut self, id: Option<i64>, u: &UnitInput) -> Result<i64> {
        if u.name.trim().is_empty() {
            return Err(StorageError::Invalid("a unit needs a name".into()));
        }
        self.write(|tx| {
            match id {
                Some(id) => {
                    tx.execute(
                        "UPDATE handling_unit SET name = ?2, contact = ?3, phone = ?4, active = ?5 WHERE id = ?1",
                        params![id, u.name.trim(), u.contact.trim(), u.phone.trim(), u.active],
                    )?;
                }
                None => {
                    tx.execute(
                        "INSERT INTO handling_unit (name, contact, phone, active) VALUES (?1, ?2, ?3, ?4)",
                        params![u.name.trim(), u.contact.trim(), u.phone.trim(), u.active],
                    )?;
                }
            }
            Ok(id.unwrap_or_else(|| tx.last_insert_rowid()))
        })
    }

    /// Chooses the reply-class scheme (四类 or 三类) for replies from now on.
    pub fn set_reply_scheme(&mut self, scheme: &str) -> Result<()> {
        if !self.reply_schemes()?.iter().any(|s| s == scheme) {
            return Err(StorageError::Invalid(format!("unknown scheme {scheme}")));
        }
        self.set_setting("reply_class_scheme", scheme)
    }
}

/// The rows a step adds besides its event; returns the event's note.
fn write_step_rows(
    tx: &Transaction,
    id: i64,
    req: &StepRequest,
    due_then: &Option<NaiveDate>,
    scheme: &str,
) -> DocketResult<String> {
    let input = &req.input;
    let on = input.on;
    let mut note = input.note.trim().to_owned();
    match input.step {
        Step::Assign => {
            let lead = req.lead_unit.ok_or(DocketError::Refused(Refusal::NoUnit))?;
            tx.execute(
                "INSERT INTO motion_unit (motion_id, unit_id, role, assigned_on) VALUES (?1, ?2, '主办', ?3)",
                params![id, lead, on],
            )?;
            for co in req.co_units.iter().filter(|&&c| c != lead) {
                tx.execute(
                    "INSERT INTO motion_unit (motion_id, unit_id, role, assigned_on) VALUES (?1, ?2, '协办', ?3)",
                    params![id, co, on],
                )?;
            }
        }
        Step::Return => {
            tx.execute(
                "UPDATE motion_unit SET returned_on = ?2 WHERE motion_id = ?1 AND returned_on IS NULL",
                params![id, on],
            )?;
        }
        Step::Reply => {
            let reply = req
                .reply
                .as_ref()
                .ok_or_else(|| StorageError::Invalid("a reply needs its class".into()))?;
            tx.execute(
                "INSERT INTO motion_reply (motion_id, unit_id, replied_on, scheme, class, text, met_deputy, due_on)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
                params![
                    id,
                    lead_unit_of(tx, id)?,
                    on,
                    scheme,
                    reply.class,
                    reply.text.trim(),
                    reply.met_deputy,
                    due_then
                ],
            )?;
            let head = format!("{}类", reply.class);
            note = if note.is_empty() {
                head
            } else {
                format!("{head}：{note}")
            };
        }
        Step::Feedback => {
            let reply: i64 = tx.query_row(
                "SELECT id FROM motion_reply WHERE motion_id = ?1 ORDER BY replied_on DESC, id DESC LIMIT 1",
                [id],
                |r| r.get(0),
            )?;
            let mut parts = Vec::new();
            for (deputy, rating) in &req.ratings {
                tx.execute(
                    "INSERT INTO motion_feedback (reply_id, deputy_id, rated_on, rating, note) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![reply, deputy, on, rating.label(), input.note.trim()],
                )?;
                let name: String =
                    tx.query_row("SELECT name FROM deputy WHERE id = ?1", [deputy], |r| {
                        r.get(0)
                    })?;
                parts.push(format!("{name}{}", rating.label()));
            }
            let head = parts.join("，");
            note = if note.is_empty() {
                head
            } else {
                format!("{head}；{note}")
            };
        }
        Step::Extend | Step::SetDue => {
            if let Some(due) = input.new_due {
                let head = format!("答复期限至{due}");
                note = if note.is_empty() {
                    head
                } else {
                    format!("{head}：{note}")
                };
            }
        }
        Step::Forward => {
            let routing: Option<String> =
                tx.query_row("SELECT routing FROM motion WHERE id = ?1", [id], |r| {
                    r.get(0)
                })?;
            if routing.as_deref() == Some(Routing::ToLetter.label()) {
                let number = forward_as_letter(tx, id, on)?;
                note = format!("转为代表函{number}：{note}");
            }
        }
        _ => {}
    }
    Ok(note)
}

/// A voter opinion that is a county matter becomes a deputy letter (代表函)
/// with the same signers; returns the letter's number.
fn forward_as_letter(tx: &Transaction, id: i64, on: NaiveDate) -> Result<String> {
    let (title, content): (String, String) = tx.query_row(
        "SELECT title, content FROM motion WHERE id = ?1",
        [id],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )?;
    let mut stmt = tx.prepare_cached(
        "SELECT deputy_id FROM motion_signer WHERE motion_id = ?1 ORDER BY role <> '领衔', deputy_id",
    )?;
    let signers = stmt
        .query_map([id], |r| r.get(0))?
        .collect::<rusqlite::Result<Vec<i64>>>()?;
    let letter = NewMotion {
        kind: Kind::Letter,
        title,
        content,
        received_on: on,
        source: "接待日".into(),
        category: String::new(),
        key_item: false,
        routing: None,
        voter_name: String::new(),
        voter_phone: String::new(),
        signers,
    };
    Ok(insert_motion(tx, &letter)?.1)
}

fn update_motion(tx: &Transaction, id: i64, input: &StepInput, out: &Outcome) -> Result<()> {
    // One statement, so the row's CHECKs see the whole change at once.
    tx.execute(
        "UPDATE motion SET status = ?2, last_step_on = max(last_step_on, ?3),
                assigned_on = CASE WHEN ?4 THEN ?3 ELSE assigned_on END,
                reply_due = CASE WHEN ?5 THEN ?6 ELSE reply_due END,
                due_fixed = CASE WHEN ?5 THEN ?7 ELSE due_fixed END,
                closed_on = CASE WHEN ?8 THEN ?3 ELSE closed_on END
          WHERE id = ?1",
        params![
            id,
            out.status.label(),
            input.on,
            out.assigns,
            out.reply_due.is_some(),
            out.reply_due.flatten(),
            out.due_fixed,
            out.closes
        ],
    )?;
    Ok(())
}
