//! 代表: deputy groups and their members.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::{Constraint, Layout, Rect};

use super::{Detail, ListOutcome, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::domain::dates::age_on;
use crate::storage::lists::{DeputyRow, GroupRow};
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

/// Which list has the keys.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Focus {
    Groups,
    Deputies,
}

pub struct RosterPane {
    groups: Vec<GroupRow>,
    deputies: Vec<DeputyRow>,
    group_list: ListView,
    deputy_list: ListView,
    focus: Focus,
    today: NaiveDate,
    /// The group whose members are listed; None for everyone.
    shown_group: Option<i64>,
}

/// Group id 0 stands for "all deputies" in the group list.
const ALL_GROUPS: i64 = 0;

fn col(title: Msg, width: ColWidth) -> Column {
    Column {
        title: title.t().to_owned(),
        width,
        align: Align::Left,
    }
}

impl RosterPane {
    pub fn new(_theme: &Theme) -> RosterPane {
        let group_list = ListView::new(vec![
            col(Msg::ColGroup, ColWidth::Min(10)),
            Column {
                title: Msg::ColCount.t().to_owned(),
                width: ColWidth::Fixed(4),
                align: Align::Right,
            },
        ]);
        let deputy_list = ListView::new(vec![
            col(Msg::ColName, ColWidth::Fixed(8)),
            col(Msg::ColGender, ColWidth::Fixed(4)),
            Column {
                title: Msg::ColAge.t().to_owned(),
                width: ColWidth::Fixed(4),
                align: Align::Right,
            },
            col(Msg::ColRole, ColWidth::Fixed(6)),
            col(Msg::ColParty, ColWidth::Fixed(8)),
            col(Msg::ColOccupation, ColWidth::Fixed(12)),
            col(Msg::ColLevel, ColWidth::Fixed(4)),
            col(Msg::ColDistrict, ColWidth::Min(8)),
            col(Msg::ColPhone, ColWidth::Fixed(11)),
            col(Msg::ColStatus, ColWidth::Fixed(4)),
        ]);
        RosterPane {
            groups: Vec::new(),
            deputies: Vec::new(),
            group_list,
            deputy_list,
            focus: Focus::Deputies,
            today: NaiveDate::default(),
            shown_group: None,
        }
    }

    fn age(&self, d: &DeputyRow) -> String {
        d.birth_month
            .as_deref()
            .and_then(crate::domain::dates::parse_birth_month)
            .map(|b| age_on(b, self.today).to_string())
            .unwrap_or_default()
    }

    /// Rebuilds the member list for the selected group.
    fn show_members(&mut self) {
        let selected = self.group_list.selected_id().filter(|&id| id != ALL_GROUPS);
        self.shown_group = selected;
        let group_name = selected
            .and_then(|id| self.groups.iter().find(|g| g.id == id))
            .map(|g| g.name.as_str());
        let rows = self
            .deputies
            .iter()
            .filter(|d| group_name.is_none() || d.group_name.as_deref() == group_name)
            .map(|d| {
                ListRow::new(
                    d.id,
                    vec![
                        d.name.clone(),
                        d.gender.clone(),
                        self.age(d),
                        d.role.clone().unwrap_or_default(),
                        d.party.clone(),
                        d.occupation.clone(),
                        d.level.clone(),
                        d.district.clone(),
                        d.phone.clone(),
                        d.status.clone(),
                    ],
                )
                .name(&d.name, &d.pinyin)
            })
            .collect();
        self.deputy_list.set_rows(rows);
    }

    fn deputy_detail(&self, id: i64) -> Option<Detail> {
        let d = self.deputies.iter().find(|d| d.id == id)?;
        let field = |m: Msg, v: &str| (m.t().to_owned(), v.to_owned());
        Some(Detail {
            title: d.name.clone(),
            fields: vec![
                field(Msg::ColGender, &d.gender),
                field(Msg::ColBirthMonth, d.birth_month.as_deref().unwrap_or("")),
                field(Msg::ColAge, &self.age(d)),
                field(Msg::ColGroup, d.group_name.as_deref().unwrap_or("")),
                field(Msg::ColRole, d.role.as_deref().unwrap_or("")),
                field(Msg::ColParty, &d.party),
                field(Msg::ColOccupation, &d.occupation),
                field(Msg::ColLevel, &d.level),
                field(Msg::ColDistrict, &d.district),
                field(Msg::ColPhone, &d.phone),
                field(Msg::ColStatus, &d.status),
            ],
        })
    }
}

impl Pane for RosterPane {
    fn title(&self) -> Msg {
        Msg::PaneRoster
    }

    fn context(&self) -> Context {
        Context::Roster
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        self.today = today;
        self.groups = db.groups()?;
        self.deputies = db.deputies(false)?;
        let mut rows = vec![ListRow::new(
            ALL_GROUPS,
            vec![
                Msg::AllDeputies.t().to_owned(),
                self.deputies.len().to_string(),
            ],
        )];
        rows.extend(
            self.groups
                .iter()
                .map(|g| ListRow::new(g.id, vec![g.name.clone(), g.members.to_string()])),
        );
        self.group_list.set_rows(rows);
        self.show_members();
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let left = (area.width / 4).clamp(16, 30);
        let [groups_area, members_area] =
            Layout::horizontal([Constraint::Length(left), Constraint::Min(20)]).areas(area);
        let group_title = Msg::GroupsTitle.t();
        let member_title = match self
            .shown_group
            .and_then(|id| self.groups.iter().find(|g| g.id == id))
        {
            Some(g) => Msg::GroupMembersTitle.fill(&[
                &g.name,
                &g.leader.as_deref().unwrap_or("—"),
                &g.deputy_leader.as_deref().unwrap_or("—"),
            ]),
            None => Msg::AllDeputies.t().to_owned(),
        };
        self.group_list
            .render(frame, groups_area, group_title, ctx.theme);
        self.deputy_list
            .render(frame, members_area, &member_title, ctx.theme);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, _cx: &mut PaneCx) -> PaneOutcome {
        if !self.captures_text() {
            match (action, self.focus) {
                (Some(Action::Left), Focus::Deputies) => {
                    self.focus = Focus::Groups;
                    return PaneOutcome::Consumed;
                }
                (Some(Action::Right), Focus::Groups) => {
                    self.focus = Focus::Deputies;
                    return PaneOutcome::Consumed;
                }
                _ => {}
            }
        }
        match self.focus {
            Focus::Groups => match self.group_list.handle(action, key) {
                ListOutcome::Ignored => PaneOutcome::Ignored,
                ListOutcome::Open(_) => {
                    self.focus = Focus::Deputies;
                    PaneOutcome::Consumed
                }
                ListOutcome::Consumed => {
                    if self.group_list.selected_id().filter(|&id| id != ALL_GROUPS)
                        != self.shown_group
                    {
                        self.show_members();
                    }
                    PaneOutcome::Consumed
                }
            },
            Focus::Deputies => match self.deputy_list.handle(action, key) {
                ListOutcome::Ignored => PaneOutcome::Ignored,
                ListOutcome::Consumed => PaneOutcome::Consumed,
                ListOutcome::Open(id) => self
                    .deputy_detail(id)
                    .map_or(PaneOutcome::Consumed, PaneOutcome::Open),
            },
        }
    }

    fn paste(&mut self, text: &str) {
        match self.focus {
            Focus::Groups => self.group_list.paste(text),
            Focus::Deputies => self.deputy_list.paste(text),
        }
    }

    fn captures_text(&self) -> bool {
        self.group_list.is_searching() || self.deputy_list.is_searching()
    }

    fn has_unsaved_input(&self) -> bool {
        false
    }

    fn focus_record(&mut self, _db: &Db, target: RecordRef) -> storage::Result<bool> {
        let RecordRef::Group(id) = target else {
            return Ok(false);
        };
        self.focus = Focus::Groups;
        let found = self.group_list.select_id(id);
        self.show_members();
        Ok(found)
    }
}
