//! What happens when a roster form is saved or a question answered: the
//! storage call (one transaction each) and the sentence for the chair.

use super::forms::{self, FormKind, ROLES};
use super::{Modal, Pending, RosterPane};
use crate::domain::stats::checks::{GroupWarning, group_warnings};
use crate::storage::StorageError;
use crate::storage::roster::{
    DeleteOutcome, DeputyInput, DeputyRecords, EndOutcome, GroupSummary, MoveOutcome, RoleOutcome,
};
use crate::ui::errors::describe;
use crate::ui::panes::{PaneCx, PaneOutcome};
use crate::ui::text::Msg;
use crate::ui::widgets::{Confirm, Form, FormValues};

/// A sentence for each warning about a group.
pub fn group_warning_text(name: &str, w: GroupWarning) -> String {
    match w {
        GroupWarning::TooFew(n, min) => Msg::RosterWarnTooFew.fill(&[&name, &n, &min]),
        GroupWarning::TooMany(n, max) => Msg::RosterWarnTooMany.fill(&[&name, &n, &max]),
        GroupWarning::NoLeader => Msg::RosterWarnNoLeader.fill(&[&name]),
    }
}

/// Warnings for a group whose head count changes by `delta`.
fn warnings_after(g: &GroupSummary, delta: i64) -> Vec<String> {
    let members = usize::try_from((g.members + delta).max(0)).unwrap_or(0);
    let min = usize::try_from(g.min_members).unwrap_or(0);
    let max = usize::try_from(g.max_members).unwrap_or(usize::MAX);
    group_warnings(members, min, max, g.leader.is_some())
        .into_iter()
        .map(|w| group_warning_text(&g.name, w))
        .collect()
}

/// "saved; warning; warning".
fn with_warnings(message: String, warnings: &[String]) -> String {
    if warnings.is_empty() {
        message
    } else {
        format!("{message}{}{}", Msg::RosterWarnSep.t(), warnings.join("；"))
    }
}

/// What the records of a deputy amount to, for a refusal.
pub fn records_text(r: &DeputyRecords) -> String {
    let parts = [
        (r.attendance, Msg::RosterRecAttendance),
        (r.reception_duty, Msg::RosterRecReception),
        (r.motions, Msg::RosterRecMotions),
        (r.spot_checks, Msg::RosterRecChecks),
        (r.voter_contacts, Msg::RosterRecContacts),
        (r.duty_events, Msg::RosterRecEvents),
        (r.chair_contacts, Msg::RosterRecChair),
    ];
    parts
        .iter()
        .filter(|(n, _)| *n > 0)
        .map(|(n, m)| m.fill(&[n]))
        .collect::<Vec<_>>()
        .join("、")
}

impl RosterPane {
    /// Keeps the form open with a message beside `key`.
    fn refuse_field(
        &mut self,
        kind: FormKind,
        mut form: Form,
        key: &str,
        msg: String,
    ) -> PaneOutcome {
        form.set_field_error(key, msg);
        self.modal = Some(Modal::Form(kind, form));
        PaneOutcome::Consumed
    }

    /// Keeps the form open with the storage error under it.
    fn refuse_form(&mut self, kind: FormKind, mut form: Form, e: &StorageError) -> PaneOutcome {
        form.set_message(describe(e));
        self.modal = Some(Modal::Form(kind, form));
        PaneOutcome::Consumed
    }

    fn group(&self, id: Option<i64>) -> Option<&GroupSummary> {
        id.and_then(|id| self.groups.iter().find(|g| g.id == id))
    }

    pub(super) fn save_form(
        &mut self,
        kind: FormKind,
        form: Form,
        values: FormValues,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        let today = cx.today;
        match kind {
            FormKind::NewDeputy | FormKind::EditDeputy(_) => {
                self.save_deputy(kind, form, &values, cx)
            }
            FormKind::NewGroup | FormKind::EditGroup(_) => {
                let input = match forms::group_input_from_form(&values) {
                    Ok(g) => g,
                    Err((key, msg)) => return self.refuse_field(kind, form, key, msg),
                };
                let id = match kind {
                    FormKind::EditGroup(id) => Some(id),
                    _ => None,
                };
                match cx.db.group_name_taken(&input.name, id) {
                    Ok(true) => {
                        let msg = Msg::RosterGroupNameTaken.fill(&[&input.name]);
                        return self.refuse_field(kind, form, "name", msg);
                    }
                    Ok(false) => {}
                    Err(e) => return self.refuse_form(kind, form, &e),
                }
                let result = match id {
                    Some(id) => cx.db.update_group(id, &input),
                    None => cx.db.add_group(&input).map(|_| ()),
                };
                match result {
                    Ok(()) => PaneOutcome::Changed(Msg::RosterGroupSaved.fill(&[&input.name])),
                    Err(e) => self.refuse_form(kind, form, &e),
                }
            }
            FormKind::Move(id) => {
                let Some(group) = self.groups.get(values.choice("group")).cloned() else {
                    return PaneOutcome::Consumed;
                };
                let on = values.date("on").unwrap_or(today);
                if on > today {
                    return self.refuse_field(kind, form, "on", Msg::RosterDateFuture.t().into());
                }
                let name = self.deputy_name(id);
                let old = self.deputy_group(id);
                match cx.db.move_deputy(id, group.id, on) {
                    Ok(MoveOutcome::Moved) => {
                        let mut warnings = warnings_after(&group, 1);
                        if let Some(old) = self.group(old) {
                            warnings.extend(warnings_after(old, -1));
                        }
                        self.select_deputy_after_reload = Some(id);
                        PaneOutcome::Changed(with_warnings(
                            Msg::RosterMoved.fill(&[&name, &group.name, &on]),
                            &warnings,
                        ))
                    }
                    Ok(MoveOutcome::SameGroup) => {
                        let msg = Msg::RosterSameGroup.fill(&[&group.name]);
                        self.refuse_field(kind, form, "group", msg)
                    }
                    Ok(MoveOutcome::BeforeJoined(d)) => {
                        self.refuse_field(kind, form, "on", Msg::RosterBeforeJoined.fill(&[&d]))
                    }
                    Ok(MoveOutcome::NotInOffice) => {
                        PaneOutcome::Error(Msg::RosterNotInOffice.fill(&[&name]))
                    }
                    Err(e) => self.refuse_form(kind, form, &e),
                }
            }
            FormKind::Role(id) => {
                let role = ROLES.get(values.choice("role")).copied().unwrap_or("组员");
                let on = values.date("on").unwrap_or(today);
                if on > today {
                    return self.refuse_field(kind, form, "on", Msg::RosterDateFuture.t().into());
                }
                let name = self.deputy_name(id);
                match cx.db.set_group_role(id, role, on) {
                    Ok(RoleOutcome::Set { replaced }) => {
                        let mut msg = Msg::RosterRoleSet.fill(&[&name, &role]);
                        if let Some(old) = replaced {
                            msg.push_str(&Msg::RosterRoleReplaced.fill(&[&old]));
                        }
                        PaneOutcome::Changed(msg)
                    }
                    Ok(RoleOutcome::NoGroup) => {
                        PaneOutcome::Error(Msg::RosterNoGroupYet.fill(&[&name]))
                    }
                    Ok(RoleOutcome::BeforeJoined(d)) => {
                        self.refuse_field(kind, form, "on", Msg::RosterBeforeJoined.fill(&[&d]))
                    }
                    Err(e) => self.refuse_form(kind, form, &e),
                }
            }
            FormKind::EndTerm(id) => {
                let how = forms::END_KINDS
                    .get(values.choice("kind"))
                    .copied()
                    .unwrap_or("终止");
                let on = values.date("on").unwrap_or(today);
                if on > today {
                    return self.refuse_field(kind, form, "on", Msg::RosterDateFuture.t().into());
                }
                let name = self.deputy_name(id);
                let group = self.deputy_group(id);
                match cx.db.end_term(id, how, on, values.text("reason")) {
                    Ok(EndOutcome::Ended) => {
                        let warnings = self
                            .group(group)
                            .map(|g| warnings_after(g, -1))
                            .unwrap_or_default();
                        PaneOutcome::Changed(with_warnings(
                            Msg::RosterEnded.fill(&[&name, &how, &on]),
                            &warnings,
                        ))
                    }
                    Ok(EndOutcome::AlreadyEnded) => {
                        PaneOutcome::Error(Msg::RosterNotInOffice.fill(&[&name]))
                    }
                    Ok(EndOutcome::BeforeJoined(d)) => {
                        self.refuse_field(kind, form, "on", Msg::RosterBeforeJoined.fill(&[&d]))
                    }
                    Err(e) => self.refuse_form(kind, form, &e),
                }
            }
            FormKind::ChairContact(id) => {
                let input = match forms::chair_contact_from_form(&values, id, today) {
                    Ok(c) => c,
                    Err((key, msg)) => return self.refuse_field(kind, form, key, msg),
                };
                match cx.db.add_chair_contact(&input) {
                    Ok(_) => PaneOutcome::Changed(
                        Msg::RosterChairContactSaved.fill(&[&self.deputy_name(id), &input.mode]),
                    ),
                    Err(e) => self.refuse_form(kind, form, &e),
                }
            }
            FormKind::Contact(id) => {
                let input = match forms::contact_from_form(&values, id, today) {
                    Ok(c) => c,
                    Err((key, msg)) => return self.refuse_field(kind, form, key, msg),
                };
                match cx.db.add_voter_contact(&input) {
                    Ok(_) => PaneOutcome::Changed(Msg::RosterContactSaved.fill(&[
                        &self.deputy_name(id),
                        &input.mode,
                        &input.people,
                    ])),
                    Err(e) => self.refuse_form(kind, form, &e),
                }
            }
        }
    }

    fn save_deputy(
        &mut self,
        kind: FormKind,
        form: Form,
        values: &FormValues,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        let input = match forms::deputy_from_form(values, cx.today) {
            Ok(d) => d,
            Err((key, msg)) => return self.refuse_field(kind, form, key, msg),
        };
        let id = match kind {
            FormKind::EditDeputy(id) => Some(id),
            _ => None,
        };
        let group = forms::chosen_group(values, &self.groups);
        // Ask about a likely double entry only when name or birth changed.
        let unchanged = id
            .and_then(|id| self.deputies.iter().find(|d| d.id == id))
            .is_some_and(|d| d.data.name == input.name && d.data.birth_month == input.birth_month);
        if !unchanged {
            match cx
                .db
                .same_name_and_birth(&input.name, input.birth_month.as_deref(), id)
            {
                Ok(0) => {}
                Ok(_) => {
                    let birth = input.birth_month.clone().unwrap_or_default();
                    let confirm = Confirm::new(
                        Msg::RosterDuplicateTitle.t(),
                        Msg::RosterDuplicateAsk.fill(&[&input.name, &birth]),
                    );
                    let pending = Pending::SaveDeputy {
                        kind,
                        input: Box::new(input),
                        group,
                        form: Box::new(form),
                    };
                    self.modal = Some(Modal::Confirm(pending, confirm));
                    return PaneOutcome::Consumed;
                }
                Err(e) => return self.refuse_form(kind, form, &e),
            }
        }
        self.commit_deputy(kind, input, group, form, cx)
    }

    pub(super) fn commit_deputy(
        &mut self,
        kind: FormKind,
        input: DeputyInput,
        group: Option<i64>,
        form: Form,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        let mut warnings: Vec<String> = forms::phone_warning(&input).into_iter().collect();
        let result = match kind {
            FormKind::EditDeputy(id) => cx.db.update_deputy(id, &input).map(|_| id),
            _ => cx.db.add_deputy(&input, group, cx.today),
        };
        match result {
            Ok(id) => {
                if kind == FormKind::NewDeputy {
                    if let Some(g) = self.group(group) {
                        warnings.extend(warnings_after(g, 1));
                    }
                }
                self.select_deputy_after_reload = Some(id);
                let msg = match kind {
                    FormKind::NewDeputy => Msg::RosterDeputyAdded.fill(&[&input.name]),
                    _ => Msg::RosterDeputySaved.fill(&[&input.name]),
                };
                PaneOutcome::Changed(with_warnings(msg, &warnings))
            }
            Err(e) => self.refuse_form(kind, form, &e),
        }
    }

    /// Runs what a confirmation box was about, once the chair said yes.
    pub(super) fn confirmed(&mut self, pending: Pending, cx: &mut PaneCx) -> PaneOutcome {
        match pending {
            Pending::SaveDeputy {
                kind,
                input,
                group,
                form,
            } => self.commit_deputy(kind, *input, group, *form, cx),
            Pending::DeleteDeputy(id, name) => match cx.db.delete_deputy(id) {
                Ok(DeleteOutcome::Deleted) => {
                    PaneOutcome::Changed(Msg::RosterDeleted.fill(&[&name]))
                }
                Ok(DeleteOutcome::HasRecords(r)) => {
                    PaneOutcome::Error(Msg::RosterDeleteRefused.fill(&[&name, &records_text(&r)]))
                }
                Err(e) => PaneOutcome::Error(describe(&e)),
            },
            Pending::DeleteGroup(id, name) => match cx.db.delete_group(id) {
                Ok(true) => PaneOutcome::Changed(Msg::RosterGroupDeleted.fill(&[&name])),
                Ok(false) => PaneOutcome::Error(Msg::RosterGroupInUse.fill(&[&name])),
                Err(e) => PaneOutcome::Error(describe(&e)),
            },
            Pending::DeleteContact(id) => match cx.db.delete_voter_contact(id) {
                Ok(()) => PaneOutcome::Changed(Msg::RosterContactDeleted.t().to_owned()),
                Err(e) => PaneOutcome::Error(describe(&e)),
            },
        }
    }

    /// The deputy's name as listed (for messages).
    pub(super) fn deputy_name(&self, id: i64) -> String {
        self.deputies
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.data.name.clone())
            .unwrap_or_default()
    }

    fn deputy_group(&self, id: i64) -> Option<i64> {
        self.deputies
            .iter()
            .find(|d| d.id == id)
            .and_then(|d| d.group_id)
    }
}
