//! The docket's forms: registering an item, each step of the flow, the
//! filter, a handling unit; and turning saved values into requests.

use chrono::NaiveDate;

use super::labels;
use crate::domain::motion::{
    DeadlineRules, Kind, Rating, ReplyClass, Routing, Status, Step, StepInput,
};
use crate::storage::docket::{
    DocketFilter, HandlingUnit, MotionDetail, NewMotion, ReplyInput, Signer, StepRequest, UnitInput,
};
use crate::ui::text::Msg;
use crate::ui::widgets::{Field, Form, FormValues};

fn yes_no(selected: bool) -> (Vec<String>, usize) {
    (
        vec![Msg::No.t().to_owned(), Msg::Yes.t().to_owned()],
        usize::from(selected),
    )
}

fn choice_yes_no(key: &'static str, label: Msg, selected: bool) -> Field {
    let (options, i) = yes_no(selected);
    Field::choice(key, label.t(), options, i)
}

/// The registration form (登记); the signers are picked after it.
pub fn registration(today: NaiveDate) -> Form {
    let kinds = Kind::ALL
        .iter()
        .map(|&k| labels::kind(k).to_owned())
        .collect();
    let sources = labels::SOURCES
        .iter()
        .map(|s| labels::source(s).to_owned())
        .collect();
    let mut routings = vec![Msg::DocketNone.t().to_owned()];
    routings.extend(Routing::ALL.iter().map(|&r| labels::routing(r).to_owned()));
    Form::new(
        Msg::DocketRegisterTitle.t(),
        today,
        vec![
            Field::choice("kind", Msg::ColKind.t(), kinds, 1),
            Field::text("title", Msg::ColTitle.t()).required(),
            Field::text("content", Msg::DocketContent.t()),
            Field::date("received", Msg::ColReceived.t())
                .required()
                .date_value(Some(today)),
            Field::choice("source", Msg::DocketSource.t(), sources, 0),
            Field::text("category", Msg::DocketCategory.t()),
            choice_yes_no("key_item", Msg::ColKeyItem, false),
            Field::choice("routing", Msg::DocketRouting.t(), routings, 0),
            Field::text("voter_name", Msg::DocketVoterName.t()),
            Field::text("voter_phone", Msg::DocketVoterPhone.t()),
        ],
    )
}

/// The new item from the registration form and the picked signers.
pub fn new_motion(v: &FormValues, signers: Vec<i64>) -> NewMotion {
    let routing = v.choice("routing");
    NewMotion {
        kind: Kind::ALL[v.choice("kind").min(Kind::ALL.len() - 1)],
        title: v.text("title").to_owned(),
        content: v.text("content").to_owned(),
        received_on: v.date("received").unwrap_or_default(),
        source: labels::SOURCES[v.choice("source").min(3)].to_owned(),
        category: v.text("category").to_owned(),
        key_item: v.choice("key_item") == 1,
        routing: routing
            .checked_sub(1)
            .and_then(|i| Routing::ALL.get(i).copied()),
        voter_name: v.text("voter_name").to_owned(),
        voter_phone: v.text("voter_phone").to_owned(),
        signers,
    }
}

/// Editing the words of an item (its number, kind and signers stay).
pub fn edit(m: &MotionDetail, today: NaiveDate) -> Form {
    Form::new(
        Msg::DocketEditTitle.fill(&[&m.number]),
        today,
        vec![
            Field::text("title", Msg::ColTitle.t())
                .required()
                .value(&m.title),
            Field::text("content", Msg::DocketContent.t()).value(&m.content),
            Field::text("category", Msg::DocketCategory.t()).value(&m.category),
            choice_yes_no("key_item", Msg::ColKeyItem, m.key_item),
        ],
    )
}

/// What a step form needs besides the item.
pub struct StepFormCx<'a> {
    pub units: &'a [HandlingUnit],
    pub classes: &'a [ReplyClass],
    pub unrated: &'a [Signer],
    pub rules: DeadlineRules,
    pub today: NaiveDate,
}

const URGE_MODES: [Msg; 4] = [
    Msg::DocketUrgeLetter,
    Msg::DocketUrgePhone,
    Msg::DocketUrgeMeeting,
    Msg::DocketUrgeVisit,
];

/// The form for one step of an item.
pub fn step_form(step: Step, m: &MotionDetail, cx: &StepFormCx) -> Form {
    let title = format!("{} · {}", labels::step(step), m.number);
    let mut fields = vec![
        Field::date("on", Msg::ColDate.t())
            .required()
            .date_value(Some(cx.today)),
    ];
    let unit_names = || cx.units.iter().map(|u| u.name.clone()).collect::<Vec<_>>();
    let note = |label: Msg| Field::text("note", label.t());
    match step {
        Step::Assign => {
            fields.push(Field::choice(
                "lead_unit",
                Msg::DocketLeadUnit.t(),
                unit_names(),
                0,
            ));
            for key in ["co_unit1", "co_unit2"] {
                let mut options = vec![Msg::DocketNone.t().to_owned()];
                options.extend(unit_names());
                fields.push(Field::choice(key, Msg::DocketCoUnit.t(), options, 0));
            }
            fields.push(note(Msg::DocketNote));
        }
        Step::Urge => {
            let modes = URGE_MODES.iter().map(|m| m.t().to_owned()).collect();
            fields.push(Field::choice("mode", Msg::DocketUrgeMode.t(), modes, 0));
            fields.push(note(Msg::DocketUrgeWhat).required());
        }
        Step::Extend => {
            let max = cx
                .rules
                .extended_due(m.assigned_on.unwrap_or(m.received_on));
            fields.push(
                Field::date("due", Msg::DocketNewDue.t())
                    .required()
                    .date_value(Some(max)),
            );
            fields.push(note(Msg::DocketReason).required());
        }
        Step::SetDue => {
            fields.push(
                Field::date("due", Msg::DocketNewDue.t())
                    .required()
                    .date_value(m.reply_due),
            );
            fields.push(note(Msg::DocketLocalRule));
        }
        Step::Reply => {
            let classes = cx
                .classes
                .iter()
                .map(|c| format!("{} {}", c.code, c.label))
                .collect();
            fields.push(Field::choice(
                "class",
                Msg::DocketReplyClass.t(),
                classes,
                0,
            ));
            fields.push(choice_yes_no("met", Msg::DocketMetDeputy, false));
            fields.push(Field::text("text", Msg::DocketReplyText.t()));
            fields.push(note(Msg::DocketNote));
        }
        Step::Feedback => {
            let mut options = vec![Msg::DocketNotRated.t().to_owned()];
            options.extend(Rating::ALL.iter().map(|&r| labels::rating(r).to_owned()));
            for (i, s) in cx.unrated.iter().enumerate().take(RATING_KEYS.len()) {
                let label = format!("{}（{}）", s.name, role_word(&s.role));
                fields.push(Field::choice(RATING_KEYS[i], label, options.clone(), 0));
            }
            fields.push(note(Msg::DocketNote));
        }
        Step::Refuse | Step::Return | Step::Redo | Step::Follow | Step::Forward | Step::Note => {
            fields.push(note(Msg::DocketReason).required());
        }
        Step::Handle | Step::Close | Step::Archive => fields.push(note(Msg::DocketNote)),
    }
    Form::new(title, cx.today, fields)
}

/// Field keys of the per-signer ratings (a joint item has at most this
/// many signers rated in one go; the rest rate in a second feedback).
const RATING_KEYS: [&str; 12] = [
    "rate0", "rate1", "rate2", "rate3", "rate4", "rate5", "rate6", "rate7", "rate8", "rate9",
    "rate10", "rate11",
];

pub fn role_word(stored: &str) -> &'static str {
    if stored == "领衔" {
        Msg::DocketRoleLead.t()
    } else {
        Msg::DocketRoleCo.t()
    }
}

/// The request for a saved step form.
pub fn step_request(step: Step, v: &FormValues, cx: &StepFormCx) -> StepRequest {
    let mut input = StepInput::new(step, v.date("on").unwrap_or(cx.today), cx.today);
    input.note = v.text("note").to_owned();
    if v.has("due") {
        input.new_due = v.date("due");
    }
    let mut req = StepRequest::new(input);
    match step {
        Step::Assign => {
            req.lead_unit = cx.units.get(v.choice("lead_unit")).map(|u| u.id);
            for key in ["co_unit1", "co_unit2"] {
                if let Some(u) = v.choice(key).checked_sub(1).and_then(|i| cx.units.get(i)) {
                    req.co_units.push(u.id);
                }
            }
        }
        Step::Urge => {
            let mode = URGE_MODES[v.choice("mode").min(URGE_MODES.len() - 1)].t();
            if !req.input.note.is_empty() {
                req.input.note = format!("{mode}：{}", req.input.note);
            }
        }
        Step::Reply => {
            if let Some(c) = cx.classes.get(v.choice("class")) {
                req.reply = Some(ReplyInput {
                    class: c.code.clone(),
                    text: v.text("text").to_owned(),
                    met_deputy: v.choice("met") == 1,
                });
            }
        }
        Step::Feedback => {
            for (i, s) in cx.unrated.iter().enumerate().take(RATING_KEYS.len()) {
                if let Some(&r) = v
                    .choice(RATING_KEYS[i])
                    .checked_sub(1)
                    .and_then(|k| Rating::ALL.get(k))
                {
                    req.ratings.push((s.deputy_id, r));
                }
            }
        }
        _ => {}
    }
    req
}

/// The filter form over the docket list.
pub fn filter(f: &DocketFilter, units: &[HandlingUnit], today: NaiveDate) -> Form {
    let mut kinds = vec![Msg::DocketAll.t().to_owned()];
    kinds.extend(Kind::ALL.iter().map(|&k| labels::kind(k).to_owned()));
    let mut statuses = vec![Msg::DocketOpenAndYear.t().to_owned()];
    statuses.extend(Status::ALL.iter().map(|&s| labels::status(s).to_owned()));
    let mut unit_names = vec![Msg::DocketAll.t().to_owned()];
    unit_names.extend(units.iter().map(|u| u.name.clone()));
    let pos = |o: Option<usize>| o.map_or(0, |i| i + 1);
    Form::new(
        Msg::DocketFilterTitle.t(),
        today,
        vec![
            Field::number("year", Msg::DocketYear.t(), 2000, 2100)
                .required()
                .number_value(Some(i64::from(f.year))),
            Field::choice(
                "kind",
                Msg::ColKind.t(),
                kinds,
                pos(f.kind.and_then(|k| Kind::ALL.iter().position(|&x| x == k))),
            ),
            Field::choice(
                "status",
                Msg::ColStatus.t(),
                statuses,
                pos(f
                    .status
                    .and_then(|s| Status::ALL.iter().position(|&x| x == s))),
            ),
            Field::choice(
                "unit",
                Msg::ColUnit.t(),
                unit_names,
                pos(f.unit.and_then(|u| units.iter().position(|x| x.id == u))),
            ),
            choice_yes_no("overdue", Msg::DocketOverdueOnly, f.overdue_only),
            choice_yes_no("key", Msg::DocketKeyOnly, f.key_only),
        ],
    )
}

pub fn filter_values(v: &FormValues, units: &[HandlingUnit]) -> DocketFilter {
    let at = |key: &str| v.choice(key).checked_sub(1);
    DocketFilter {
        year: v
            .number("year")
            .and_then(|y| i32::try_from(y).ok())
            .unwrap_or(2026),
        kind: at("kind").and_then(|i| Kind::ALL.get(i).copied()),
        status: at("status").and_then(|i| Status::ALL.get(i).copied()),
        unit: at("unit").and_then(|i| units.get(i)).map(|u| u.id),
        overdue_only: v.choice("overdue") == 1,
        key_only: v.choice("key") == 1,
    }
}

/// Adding or changing a handling unit.
pub fn unit(u: Option<&HandlingUnit>, today: NaiveDate) -> Form {
    let active = vec![
        Msg::DocketUnitActive.t().to_owned(),
        Msg::DocketUnitInactive.t().to_owned(),
    ];
    let title = match u {
        Some(u) => Msg::DocketUnitEditTitle.fill(&[&u.name]),
        None => Msg::DocketUnitNewTitle.t().to_owned(),
    };
    Form::new(
        title,
        today,
        vec![
            Field::text("name", Msg::ColUnit.t())
                .required()
                .value(u.map_or("", |u| u.name.as_str())),
            Field::text("contact", Msg::DocketContact.t())
                .value(u.map_or("", |u| u.contact.as_str())),
            Field::text("phone", Msg::ColPhone.t()).value(u.map_or("", |u| u.phone.as_str())),
            Field::choice(
                "active",
                Msg::ColStatus.t(),
                active,
                usize::from(u.is_some_and(|u| !u.active)),
            ),
        ],
    )
}

pub fn unit_values(v: &FormValues) -> UnitInput {
    UnitInput {
        name: v.text("name").to_owned(),
        contact: v.text("contact").to_owned(),
        phone: v.text("phone").to_owned(),
        active: v.choice("active") == 0,
    }
}
