//! The activity form (新建 / 修改活动): fields, and turning what was typed
//! into an [`ActivityInput`] with every problem shown beside its field.

use chrono::NaiveDate;

use super::words;
use crate::domain::calendar::{ActivityDraft, DraftField, KINDS, PLANNED, STATUSES, check_draft};
use crate::storage::calendar::{ActivityInput, CalActivity, GroupChoice};
use crate::ui::text::Msg;
use crate::ui::widgets::{Field, Form, FormValues};

/// The open form and what it edits.
pub struct ActivityForm {
    pub form: Form,
    /// None for a new activity.
    pub editing: Option<i64>,
    /// The group of each option of the group field (None: township-wide).
    group_ids: Vec<Option<i64>>,
}

fn days_text(days: f64) -> String {
    if days.fract() == 0.0 {
        format!("{days:.0}")
    } else {
        format!("{days}")
    }
}

impl ActivityForm {
    /// A form for a new activity on `day`, or for editing `existing`.
    pub fn new(
        today: NaiveDate,
        day: NaiveDate,
        existing: Option<&CalActivity>,
        groups: &[GroupChoice],
        hint: String,
    ) -> ActivityForm {
        let mut group_names = vec![Msg::TownshipWide.t().to_owned()];
        group_names.extend(groups.iter().map(|g| g.name.clone()));
        let mut group_ids = vec![None];
        group_ids.extend(groups.iter().map(|g| Some(g.id)));
        let strings = |list: &[&str]| list.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        let pos = |list: &[&str], v: &str| list.iter().position(|k| *k == v).unwrap_or(0);
        let a = existing;
        let kind = a.map_or(0, |a| pos(&KINDS, &a.kind));
        let status = a.map_or(0, |a| pos(&STATUSES, &a.status));
        let group = a
            .and_then(|a| a.group_id)
            .and_then(|g| group_ids.iter().position(|x| *x == Some(g)))
            .unwrap_or(0);
        let yes_no = vec![Msg::No.t().to_owned(), Msg::Yes.t().to_owned()];
        let fields = vec![
            Field::choice("kind", Msg::CalFieldKind.t(), strings(&KINDS), kind),
            Field::text("topic", Msg::CalFieldTopic.t())
                .required()
                .value(a.map_or("", |a| a.topic.as_str())),
            Field::date("start", Msg::CalFieldStart.t())
                .required()
                .date_value(Some(a.map_or(day, |a| a.starts_on))),
            Field::date("end", Msg::CalFieldEnd.t())
                .date_value(a.filter(|a| a.ends_on > a.starts_on).map(|a| a.ends_on)),
            Field::text("time", Msg::CalFieldTime.t()).value(a.map_or("", |a| &a.start_time)),
            Field::text("days", Msg::CalFieldDays.t())
                .value(a.map_or("1".into(), |a| days_text(a.days))),
            Field::text("place", Msg::CalFieldPlace.t()).value(a.map_or("", |a| &a.place)),
            Field::choice("group", Msg::CalFieldGroup.t(), group_names, group),
            Field::choice(
                "status",
                Msg::CalFieldStatus.t(),
                strings(&STATUSES),
                status,
            ),
            Field::text("record", Msg::CalFieldRecord.t()).value(a.map_or("", |a| &a.record)),
            Field::choice(
                "archived",
                Msg::CalFieldArchived.t(),
                yes_no,
                usize::from(a.is_some_and(|a| a.archived)),
            ),
        ];
        let title = if a.is_some() {
            Msg::CalFormEdit
        } else {
            Msg::CalFormNew
        };
        ActivityForm {
            form: Form::new(title.t(), today, fields).with_hint(hint),
            editing: a.map(|a| a.id),
            group_ids,
        }
    }

    /// The activity the saved values describe, or None after showing each
    /// problem beside its field.
    pub fn input(&mut self, v: &FormValues, today: NaiveDate) -> Option<ActivityInput> {
        let starts_on = v.date("start")?;
        let draft = ActivityDraft {
            kind: v.choice_label("kind").to_owned(),
            starts_on,
            ends_on: v.date("end"),
            days: v.text("days").to_owned(),
            start_time: v.text("time").to_owned(),
            status: v.choice_label("status").to_owned(),
            archived: v.choice("archived") == 1,
        };
        match check_draft(&draft, today) {
            Ok(ok) => Some(ActivityInput {
                kind: draft.kind,
                topic: v.text("topic").to_owned(),
                starts_on,
                ends_on: ok.ends_on,
                start_time: ok.start_time,
                days: ok.days,
                place: v.text("place").to_owned(),
                group_id: self.group_ids.get(v.choice("group")).copied().flatten(),
                status: if draft.status.is_empty() {
                    PLANNED.to_owned()
                } else {
                    draft.status
                },
                record: v.text("record").to_owned(),
                archived: draft.archived,
            }),
            Err(problems) => {
                // Show them from the last so the focus ends on the first.
                for (field, p) in problems.into_iter().rev() {
                    let key = match field {
                        DraftField::Start => "start",
                        DraftField::End => "end",
                        DraftField::Time => "time",
                        DraftField::Days => "days",
                        DraftField::Status => "status",
                        DraftField::Archived => "archived",
                    };
                    self.form.set_field_error(key, words::problem(p));
                }
                None
            }
        }
    }
}
