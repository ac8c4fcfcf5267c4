//! What opens over the docket: the menu of steps the state machine offers,
//! the forms, the signer picker and the scheme question; and what saving
//! each one writes.

use ratatui::crossterm::event::KeyEvent;

use super::picker::{Picker, PickerOutcome};
use super::{DocketPane, forms, labels};
use crate::domain::motion::Step;
use crate::storage::docket::{DocketError, MotionEdit};
use crate::ui::action::Action;
use crate::ui::errors::describe;
use crate::ui::keymap::Context;
use crate::ui::panes::{PaneCx, PaneOutcome};
use crate::ui::text::Msg;
use crate::ui::widgets::{Confirm, Form, FormOutcome, FormValues};

pub enum Modal {
    /// The steps offered from where the item stands.
    Menu {
        steps: Vec<Step>,
        selected: usize,
    },
    Register(Form),
    /// Signers for the item in the registration form.
    Picker(Form, FormValues, Picker),
    Step(Step, Form),
    Edit(Form),
    Filter(Form),
    Unit(Option<i64>, Form),
    /// Switch to this reply-class scheme?
    Scheme(Confirm, String),
}

impl Modal {
    pub fn menu(steps: Vec<Step>) -> Modal {
        Modal::Menu { steps, selected: 0 }
    }

    fn form(&self) -> Option<&Form> {
        match self {
            Modal::Register(f)
            | Modal::Picker(f, _, _)
            | Modal::Step(_, f)
            | Modal::Edit(f)
            | Modal::Filter(f)
            | Modal::Unit(_, f) => Some(f),
            _ => None,
        }
    }

    pub fn contexts(&self) -> Vec<Context> {
        match self {
            Modal::Menu { .. } => vec![Context::List],
            Modal::Scheme(..) => vec![Context::Dialog],
            _ => vec![Context::Form],
        }
    }

    pub fn captures_text(&self) -> bool {
        match self {
            Modal::Picker(..) => true,
            _ => self
                .form()
                .and_then(|f| f.fields().get(f.focus()))
                .is_some_and(|f| f.is_textual()),
        }
    }

    pub fn is_dirty(&self) -> bool {
        match self {
            Modal::Picker(..) => true,
            Modal::Filter(_) | Modal::Menu { .. } | Modal::Scheme(..) => false,
            _ => self.form().is_some_and(Form::is_dirty),
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self {
            Modal::Picker(_, _, p) => p.paste(text),
            Modal::Register(f)
            | Modal::Step(_, f)
            | Modal::Edit(f)
            | Modal::Filter(f)
            | Modal::Unit(_, f) => f.paste(text),
            _ => {}
        }
    }
}

/// Shows a refusal beside its field, or for the whole form.
fn show_refusal(form: &mut Form, e: &DocketError) {
    match e {
        DocketError::Refused(r) => {
            let (field, msg) = labels::refusal(r);
            match field.filter(|k| form.field(k).is_some()) {
                Some(k) => form.set_field_error(k, msg),
                None => form.set_message(msg),
            }
        }
        DocketError::Storage(e) => form.set_message(describe(e)),
    }
}

impl DocketPane {
    pub(super) fn scheme_confirm(&self) -> Option<super::Modal> {
        let current = &self.classes.0;
        let other = self.schemes.iter().find(|s| *s != current)?.clone();
        let confirm = Confirm::new(
            Msg::DocketSchemeTitle.t(),
            Msg::DocketSchemeAsk.fill(&[current, &other]),
        );
        Some(Modal::Scheme(confirm, other))
    }

    pub(super) fn handle_modal(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut PaneCx,
    ) -> PaneOutcome {
        let Some(modal) = self.modal.take() else {
            return PaneOutcome::Consumed;
        };
        let (next, outcome) = match modal {
            Modal::Menu { steps, selected } => self.menu_key(steps, selected, action),
            Modal::Scheme(confirm, scheme) => match confirm.handle(action) {
                Some(true) => match cx.db.set_reply_scheme(&scheme) {
                    Ok(()) => (
                        None,
                        PaneOutcome::Changed(Msg::DocketSchemeSet.fill(&[&scheme])),
                    ),
                    Err(e) => (None, PaneOutcome::Error(describe(&e))),
                },
                Some(false) => (None, PaneOutcome::Consumed),
                None => (Some(Modal::Scheme(confirm, scheme)), PaneOutcome::Consumed),
            },
            Modal::Picker(form, values, mut picker) => {
                let list_action = cx.keymap.action(&[Context::List], key);
                match picker.handle(action, list_action, key) {
                    PickerOutcome::Continue => (
                        Some(Modal::Picker(form, values, picker)),
                        PaneOutcome::Consumed,
                    ),
                    PickerOutcome::Back => (Some(Modal::Register(form)), PaneOutcome::Consumed),
                    PickerOutcome::Done => self.register(form, values, picker, cx),
                }
            }
            Modal::Register(mut form) => match form.handle(action, key) {
                FormOutcome::Save(values) => {
                    let title = Msg::DocketPickerTitle.t().to_owned();
                    let k = |a| cx.keymap.hint(Context::List, a).unwrap_or_default();
                    let f = |a| cx.keymap.hint(Context::Form, a).unwrap_or_default();
                    let hint = Msg::DocketPickerHint.fill(&[
                        &k(Action::Open),
                        &f(Action::Save),
                        &f(Action::Cancel),
                    ]);
                    let picker = Picker::new(&self.deputies, title, hint);
                    (
                        Some(Modal::Picker(form, values, picker)),
                        PaneOutcome::Consumed,
                    )
                }
                FormOutcome::Cancel => (None, PaneOutcome::Consumed),
                FormOutcome::Continue => (Some(Modal::Register(form)), PaneOutcome::Consumed),
            },
            Modal::Step(step, mut form) => match form.handle(action, key) {
                FormOutcome::Save(values) => self.save_step(step, form, &values, cx),
                FormOutcome::Cancel => (None, PaneOutcome::Consumed),
                FormOutcome::Continue => (Some(Modal::Step(step, form)), PaneOutcome::Consumed),
            },
            Modal::Edit(mut form) => match form.handle(action, key) {
                FormOutcome::Save(v) => {
                    let edit = MotionEdit {
                        title: v.text("title").to_owned(),
                        content: v.text("content").to_owned(),
                        category: v.text("category").to_owned(),
                        key_item: v.choice("key_item") == 1,
                    };
                    let id = self.item_id.unwrap_or_default();
                    match cx.db.edit_motion(id, &edit, cx.today) {
                        Ok(()) => (None, PaneOutcome::Changed(Msg::DocketEdited.t().to_owned())),
                        Err(e) => {
                            show_refusal(&mut form, &e);
                            (Some(Modal::Edit(form)), PaneOutcome::Consumed)
                        }
                    }
                }
                FormOutcome::Cancel => (None, PaneOutcome::Consumed),
                FormOutcome::Continue => (Some(Modal::Edit(form)), PaneOutcome::Consumed),
            },
            Modal::Filter(mut form) => match form.handle(action, key) {
                FormOutcome::Save(v) => {
                    self.filter = forms::filter_values(&v, &self.handling_units);
                    self.stale = true;
                    (None, PaneOutcome::Consumed)
                }
                FormOutcome::Cancel => (None, PaneOutcome::Consumed),
                FormOutcome::Continue => (Some(Modal::Filter(form)), PaneOutcome::Consumed),
            },
            Modal::Unit(id, mut form) => match form.handle(action, key) {
                FormOutcome::Save(v) => match cx.db.save_handling_unit(id, &forms::unit_values(&v))
                {
                    Ok(_) => (
                        None,
                        PaneOutcome::Changed(Msg::DocketUnitSaved.fill(&[&v.text("name")])),
                    ),
                    Err(e) => {
                        form.set_message(describe(&e));
                        (Some(Modal::Unit(id, form)), PaneOutcome::Consumed)
                    }
                },
                FormOutcome::Cancel => (None, PaneOutcome::Consumed),
                FormOutcome::Continue => (Some(Modal::Unit(id, form)), PaneOutcome::Consumed),
            },
        };
        self.modal = next;
        outcome
    }

    fn menu_key(
        &mut self,
        steps: Vec<Step>,
        selected: usize,
        action: Option<Action>,
    ) -> (Option<Modal>, PaneOutcome) {
        let keep = |selected| {
            (
                Some(Modal::Menu {
                    steps: steps.clone(),
                    selected,
                }),
                PaneOutcome::Consumed,
            )
        };
        match action {
            Some(Action::Up) => keep(selected.saturating_sub(1)),
            Some(Action::Down) => keep((selected + 1).min(steps.len().saturating_sub(1))),
            Some(Action::Home) => keep(0),
            Some(Action::End) => keep(steps.len().saturating_sub(1)),
            Some(Action::Open) => match (steps.get(selected), &self.item) {
                (Some(&step), Some(item)) => {
                    let cx = self.step_form_cx();
                    let form = forms::step_form(step, item, &cx);
                    (Some(Modal::Step(step, form)), PaneOutcome::Consumed)
                }
                _ => (None, PaneOutcome::Consumed),
            },
            Some(Action::Back) => (None, PaneOutcome::Consumed),
            _ => keep(selected),
        }
    }

    pub(super) fn step_form_cx(&self) -> forms::StepFormCx<'_> {
        forms::StepFormCx {
            units: &self.active_units,
            classes: &self.classes.1,
            unrated: &self.unrated,
            rules: self.rules,
            today: self.today,
        }
    }

    fn save_step(
        &mut self,
        step: Step,
        mut form: Form,
        values: &FormValues,
        cx: &mut PaneCx,
    ) -> (Option<Modal>, PaneOutcome) {
        let req = forms::step_request(step, values, &self.step_form_cx());
        let id = self.item_id.unwrap_or_default();
        match cx.db.apply_step(id, &req) {
            Ok(status) => {
                let number = self
                    .item
                    .as_ref()
                    .map(|m| m.number.clone())
                    .unwrap_or_default();
                let msg = Msg::DocketStepDone.fill(&[
                    &number,
                    &labels::step(step),
                    &labels::status(status),
                ]);
                (None, PaneOutcome::Changed(msg))
            }
            Err(e) => {
                show_refusal(&mut form, &e);
                (Some(Modal::Step(step, form)), PaneOutcome::Consumed)
            }
        }
    }

    fn register(
        &mut self,
        form: Form,
        values: FormValues,
        mut picker: Picker,
        cx: &mut PaneCx,
    ) -> (Option<Modal>, PaneOutcome) {
        let m = forms::new_motion(&values, picker.signer_ids());
        match cx.db.register_motion(&m, cx.today) {
            Ok((id, number)) => {
                self.item_id = Some(id);
                self.view = super::View::Item;
                self.back = vec![super::View::List];
                self.item_scroll = 0;
                (
                    None,
                    PaneOutcome::Changed(Msg::DocketRegistered.fill(&[&number])),
                )
            }
            Err(DocketError::Refused(r)) => {
                let (field, msg) = labels::refusal(&r);
                if let Some(k) = field {
                    let mut form = form;
                    form.set_field_error(k, msg);
                    return (Some(Modal::Register(form)), PaneOutcome::Consumed);
                }
                picker.message = Some(msg);
                (
                    Some(Modal::Picker(form, values, picker)),
                    PaneOutcome::Consumed,
                )
            }
            Err(DocketError::Storage(e)) => {
                picker.message = Some(describe(&e));
                (
                    Some(Modal::Picker(form, values, picker)),
                    PaneOutcome::Consumed,
                )
            }
        }
    }
}
