//! The roster's forms: what each asks, and reading a saved form back into
//! storage inputs with the checks a chair expects (birth month, age, phone).

use chrono::NaiveDate;

use crate::domain::dates::{format_birth_month, parse_birth_month};
use crate::domain::stats::checks::{BirthProblem, check_birth, phone_is_plausible};
use crate::storage::roster::{
    ChairContactInput, Deputy, DeputyInput, GroupInput, GroupSummary, VoterContactInput,
};
use crate::ui::text::Msg;
use crate::ui::widgets::{Field, Form, FormValues};

pub const GENDERS: &[&str] = &["男", "女"];
pub const PARTIES: &[&str] = &[
    "中共党员",
    "中共预备党员",
    "共青团员",
    "民主党派",
    "无党派人士",
    "群众",
];
/// '' is "not recorded".
pub const EDUCATIONS: &[&str] = &["", "小学", "初中", "高中", "中专", "大专", "本科", "研究生"];
pub const OCCUPATIONS: &[&str] = &[
    "党政干部",
    "工人",
    "农民",
    "专业技术人员",
    "企业负责人",
    "其他",
];
pub const LEVELS: &[&str] = &["镇", "县", "市", "省", "全国"];
pub const ROLES: &[&str] = &["组员", "组长", "副组长"];
/// How a term ends early.
pub const END_KINDS: &[&str] = &["辞职", "罢免", "终止", "去世", "调离"];
pub const CONTACT_MODES: &[&str] = &["走访", "接访", "约访", "回访", "电话"];
/// How the chair met a deputy (the chair_contact table's words).
pub const CHAIR_CONTACT_MODES: &[&str] = &["走访", "座谈", "电话", "其他"];

/// Which form is open, and on what.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FormKind {
    NewDeputy,
    EditDeputy(i64),
    NewGroup,
    EditGroup(i64),
    Move(i64),
    Role(i64),
    EndTerm(i64),
    Contact(i64),
    ChairContact(i64),
}

fn opts(values: &[&str]) -> Vec<String> {
    values
        .iter()
        .map(|v| {
            if v.is_empty() {
                Msg::RosterUnset.t().to_owned()
            } else {
                (*v).to_owned()
            }
        })
        .collect()
}

fn index_of(values: &[&str], v: &str) -> usize {
    values.iter().position(|x| *x == v).unwrap_or(0)
}

fn yes_no() -> Vec<String> {
    vec![Msg::Yes.t().to_owned(), Msg::No.t().to_owned()]
}

/// The deputy form, empty or filled from `d`. A new deputy also picks a
/// group (`groups`, preselecting `group`).
pub fn deputy_form(
    d: Option<&Deputy>,
    groups: &[GroupSummary],
    group: Option<i64>,
    today: NaiveDate,
) -> Form {
    let blank = DeputyInput {
        gender: "男".into(),
        ethnicity: "汉族".into(),
        party: "群众".into(),
        occupation: "其他".into(),
        level: "镇".into(),
        directly_elected: true,
        ..DeputyInput::default()
    };
    let v = d.map_or(&blank, |d| &d.data);
    let birth = v
        .birth_month
        .as_deref()
        .and_then(parse_birth_month)
        .map(|(y, m)| format!("{y}.{m:02}"))
        .unwrap_or_default();
    let mut fields = vec![
        Field::text("name", Msg::ColName.t())
            .required()
            .value(&v.name),
        Field::choice(
            "gender",
            Msg::ColGender.t(),
            opts(GENDERS),
            index_of(GENDERS, &v.gender),
        ),
        Field::text("ethnicity", Msg::RosterFieldEthnicity.t()).value(&v.ethnicity),
        Field::text("birth", Msg::ColBirthMonth.t()).value(birth),
        Field::choice(
            "party",
            Msg::ColParty.t(),
            opts(PARTIES),
            index_of(PARTIES, &v.party),
        ),
        Field::choice(
            "education",
            Msg::RosterFieldEducation.t(),
            opts(EDUCATIONS),
            index_of(EDUCATIONS, &v.education),
        ),
        Field::choice(
            "occupation",
            Msg::ColOccupation.t(),
            opts(OCCUPATIONS),
            index_of(OCCUPATIONS, &v.occupation),
        ),
        Field::text("unit", Msg::RosterFieldUnit.t()).value(&v.unit_title),
        Field::text("district", Msg::ColDistrict.t()).value(&v.district),
        Field::choice(
            "level",
            Msg::ColLevel.t(),
            opts(LEVELS),
            index_of(LEVELS, &v.level),
        ),
        Field::choice(
            "direct",
            Msg::RosterFieldDirect.t(),
            yes_no(),
            usize::from(!v.directly_elected),
        ),
        Field::text("phone", Msg::ColPhone.t()).value(&v.phone),
        Field::text("address", Msg::RosterFieldAddress.t()).value(&v.address),
    ];
    if d.is_none() {
        let mut names = vec![Msg::RosterNoGroup.t().to_owned()];
        names.extend(groups.iter().map(|g| g.name.clone()));
        let at = group
            .and_then(|id| groups.iter().position(|g| g.id == id))
            .map_or(0, |i| i + 1);
        fields.push(Field::choice("group", Msg::ColGroup.t(), names, at));
    }
    fields.push(Field::text("notes", Msg::RosterFieldNotes.t()).value(&v.notes));
    let title = match d {
        Some(d) => Msg::RosterEditDeputyTitle.fill(&[&d.data.name]),
        None => Msg::RosterNewDeputyTitle.t().to_owned(),
    };
    Form::new(title, today, fields)
}

/// A deputy read from the form, or the field to mark and why.
pub fn deputy_from_form(
    v: &FormValues,
    today: NaiveDate,
) -> Result<DeputyInput, (&'static str, String)> {
    let birth = match v.opt_text("birth") {
        None => None,
        Some(text) => {
            let Some(b) = parse_birth_month(&text) else {
                return Err(("birth", Msg::RosterBirthUnreadable.t().to_owned()));
            };
            match check_birth(b, today) {
                Ok(_) => Some(format_birth_month(b.0, b.1)),
                Err(BirthProblem::InFuture) => {
                    return Err(("birth", Msg::RosterBirthFuture.t().to_owned()));
                }
                Err(BirthProblem::TooYoung(age)) => {
                    return Err(("birth", Msg::RosterBirthTooYoung.fill(&[&age])));
                }
            }
        }
    };
    let pick = |key: &str, values: &[&str]| {
        values
            .get(v.choice(key))
            .copied()
            .unwrap_or_default()
            .to_owned()
    };
    Ok(DeputyInput {
        name: v.text("name").to_owned(),
        gender: pick("gender", GENDERS),
        ethnicity: v.text("ethnicity").to_owned(),
        birth_month: birth,
        party: pick("party", PARTIES),
        education: pick("education", EDUCATIONS),
        occupation: pick("occupation", OCCUPATIONS),
        unit_title: v.text("unit").to_owned(),
        district: v.text("district").to_owned(),
        level: pick("level", LEVELS),
        directly_elected: v.choice("direct") == 0,
        phone: v.text("phone").to_owned(),
        address: v.text("address").to_owned(),
        notes: v.text("notes").to_owned(),
    })
}

/// The group chosen on a new-deputy form (None: no group yet).
pub fn chosen_group(v: &FormValues, groups: &[GroupSummary]) -> Option<i64> {
    if !v.has("group") {
        return None;
    }
    v.choice("group")
        .checked_sub(1)
        .and_then(|i| groups.get(i))
        .map(|g| g.id)
}

/// A warning to show after saving (the number is kept as typed).
pub fn phone_warning(d: &DeputyInput) -> Option<String> {
    (!phone_is_plausible(&d.phone)).then(|| Msg::RosterPhoneWarning.fill(&[&d.phone]))
}

pub fn group_form(g: Option<&GroupSummary>, today: NaiveDate) -> Form {
    let blank = GroupInput::default();
    let (name, place, notes, min, max) = match g {
        Some(g) => (
            g.name.as_str(),
            g.place.as_str(),
            g.notes.as_str(),
            g.min_members,
            g.max_members,
        ),
        None => ("", "", "", blank.min_members, blank.max_members),
    };
    let title = match g {
        Some(g) => Msg::RosterEditGroupTitle.fill(&[&g.name]),
        None => Msg::RosterNewGroupTitle.t().to_owned(),
    };
    Form::new(
        title,
        today,
        vec![
            Field::text("name", Msg::RosterFieldGroupName.t())
                .required()
                .value(name),
            Field::text("place", Msg::RosterFieldPlace.t()).value(place),
            Field::number("min", Msg::RosterFieldMin.t(), 0, 500)
                .required()
                .number_value(Some(min)),
            Field::number("max", Msg::RosterFieldMax.t(), 0, 500)
                .required()
                .number_value(Some(max)),
            Field::text("notes", Msg::RosterFieldNotes.t()).value(notes),
        ],
    )
}

pub fn group_input_from_form(v: &FormValues) -> Result<GroupInput, (&'static str, String)> {
    let min = v.number("min").unwrap_or(0);
    let max = v.number("max").unwrap_or(0);
    if max < min {
        return Err(("max", Msg::RosterMaxBelowMin.t().to_owned()));
    }
    Ok(GroupInput {
        name: v.text("name").to_owned(),
        place: v.text("place").to_owned(),
        notes: v.text("notes").to_owned(),
        min_members: min,
        max_members: max,
    })
}

/// Move to another group: which group, from which day.
pub fn move_form(d: &Deputy, groups: &[GroupSummary], today: NaiveDate) -> Form {
    let names = groups.iter().map(|g| g.name.clone()).collect();
    let at = groups
        .iter()
        .position(|g| Some(g.id) != d.group_id)
        .unwrap_or(0);
    Form::new(
        Msg::RosterMoveTitle.fill(&[&d.data.name]),
        today,
        vec![
            Field::choice("group", Msg::RosterFieldNewGroup.t(), names, at),
            Field::date("on", Msg::RosterFieldFrom.t())
                .required()
                .date_value(Some(today)),
        ],
    )
}

pub fn role_form(d: &Deputy, today: NaiveDate) -> Form {
    let at = d.role.as_deref().map_or(0, |r| index_of(ROLES, r));
    Form::new(
        Msg::RosterRoleTitle.fill(&[&d.data.name, &d.group_name.as_deref().unwrap_or("")]),
        today,
        vec![
            Field::choice("role", Msg::ColRole.t(), opts(ROLES), at),
            Field::date("on", Msg::RosterFieldFrom.t())
                .required()
                .date_value(Some(today)),
        ],
    )
}

pub fn end_term_form(d: &Deputy, today: NaiveDate) -> Form {
    Form::new(
        Msg::RosterEndTitle.fill(&[&d.data.name]),
        today,
        vec![
            Field::choice("kind", Msg::RosterFieldEndKind.t(), opts(END_KINDS), 0),
            Field::date("on", Msg::ColDate.t())
                .required()
                .date_value(Some(today)),
            Field::text("reason", Msg::RosterFieldReason.t()).required(),
        ],
    )
}

pub fn contact_form(d: &Deputy, today: NaiveDate) -> Form {
    Form::new(
        Msg::RosterContactTitle.fill(&[&d.data.name]),
        today,
        vec![
            Field::date("on", Msg::ColDate.t())
                .required()
                .date_value(Some(today)),
            Field::choice("mode", Msg::RosterFieldMode.t(), opts(CONTACT_MODES), 0),
            Field::number("people", Msg::RosterFieldPeople.t(), 1, 10000)
                .required()
                .number_value(Some(1)),
            Field::choice("in_district", Msg::RosterFieldInDistrict.t(), yes_no(), 0),
            Field::text("summary", Msg::RosterFieldSummary.t()),
        ],
    )
}

pub fn chair_contact_form(d: &Deputy, today: NaiveDate) -> Form {
    Form::new(
        Msg::RosterChairContactTitle.fill(&[&d.data.name]),
        today,
        vec![
            Field::date("on", Msg::ColDate.t())
                .required()
                .date_value(Some(today)),
            Field::choice(
                "mode",
                Msg::RosterFieldMode.t(),
                opts(CHAIR_CONTACT_MODES),
                0,
            ),
            Field::text("summary", Msg::RosterFieldSummary.t()),
        ],
    )
}

pub fn chair_contact_from_form(
    v: &FormValues,
    deputy_id: i64,
    today: NaiveDate,
) -> Result<ChairContactInput, (&'static str, String)> {
    let on = v.date("on").unwrap_or(today);
    if on > today {
        return Err(("on", Msg::RosterDateFuture.t().to_owned()));
    }
    Ok(ChairContactInput {
        deputy_id,
        contacted_on: on,
        mode: v.choice_label("mode").to_owned(),
        summary: v.text("summary").to_owned(),
    })
}

pub fn contact_from_form(
    v: &FormValues,
    deputy_id: i64,
    today: NaiveDate,
) -> Result<VoterContactInput, (&'static str, String)> {
    let on = v.date("on").unwrap_or(today);
    if on > today {
        return Err(("on", Msg::RosterDateFuture.t().to_owned()));
    }
    Ok(VoterContactInput {
        deputy_id,
        contacted_on: on,
        mode: CONTACT_MODES
            .get(v.choice("mode"))
            .copied()
            .unwrap_or("走访")
            .to_owned(),
        people: v.number("people").unwrap_or(1),
        in_district: v.choice("in_district") == 0,
        summary: v.text("summary").to_owned(),
    })
}
