//! The list view: groups on the left, members (or everyone) on the right,
//! sortable by any column, and a line of the pane's keys at the bottom.

use std::cmp::Ordering;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;

use super::{Focus, RosterPane};
use crate::domain::dates::{age_on, parse_birth_month};
use crate::domain::pinyin_keys::{PinyinKeys, name_keys};
use crate::domain::stats::checks::{GroupWarning, group_warnings};
use crate::storage::Db;
use crate::storage::roster::{Deputy, GroupSummary};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::{Detail, ListRow, RenderCtx};
use crate::ui::text::Msg;
use crate::ui::widgets::{Align, ColWidth, Column, cells};

/// Group id 0 stands for "all deputies" in the group list.
pub const ALL_GROUPS: i64 = 0;

/// The deputy table's columns, in order; the table drops the rightmost
/// that do not fit, so at 80 columns 层级, 选区, 状态 and the unit go first
/// (they stay searchable).
const COLUMNS: &[(Msg, ColWidth, Align)] = &[
    (Msg::ColName, ColWidth::Fixed(8), Align::Left),
    (Msg::ColGender, ColWidth::Fixed(4), Align::Left),
    (Msg::ColAge, ColWidth::Fixed(4), Align::Right),
    (Msg::ColRole, ColWidth::Fixed(6), Align::Left),
    (Msg::ColParty, ColWidth::Fixed(8), Align::Left),
    (Msg::ColOccupation, ColWidth::Fixed(10), Align::Left),
    (Msg::ColPhone, ColWidth::Fixed(11), Align::Left),
    (Msg::ColLevel, ColWidth::Fixed(4), Align::Left),
    (Msg::ColDistrict, ColWidth::Min(8), Align::Left),
    (Msg::ColStatus, ColWidth::Fixed(4), Align::Left),
    (Msg::RosterFieldUnit, ColWidth::Min(10), Align::Left),
];

/// Which column the deputies are sorted by (None: by group, leaders first).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SortState {
    pub column: Option<usize>,
    pub reverse: bool,
}

impl SortState {
    /// The next column; after the last, back to the group order.
    pub fn next_column(&mut self) {
        self.column = match self.column {
            None => Some(0),
            Some(c) if c + 1 < COLUMNS.len() => Some(c + 1),
            Some(_) => None,
        };
    }
}

pub fn group_columns() -> Vec<Column> {
    vec![
        Column::new(Msg::ColGroup.t(), ColWidth::Min(8), Align::Left),
        Column::new(Msg::ColCount.t(), ColWidth::Fixed(4), Align::Right),
    ]
}

pub fn deputy_columns() -> Vec<Column> {
    COLUMNS
        .iter()
        .map(|&(title, width, align)| Column::new(title.t(), width, align))
        .collect()
}

/// "sorted by age (ascending)" for the table title; empty in group order.
fn sort_text(sort: &SortState) -> String {
    match sort.column.and_then(|c| COLUMNS.get(c)) {
        Some((title, ..)) => {
            let way = if sort.reverse {
                Msg::RosterDescending
            } else {
                Msg::RosterAscending
            };
            Msg::RosterSortedBy.fill(&[&title.t(), &way.t()])
        }
        None if sort.reverse => Msg::RosterSortedReversed.t().to_owned(),
        None => String::new(),
    }
}

/// "第一代表小组（镇区）" reads as "第一组（镇区）" where room is short.
pub fn short_group_name(name: &str) -> String {
    name.replacen("代表小组", "组", 1)
}

fn age(d: &Deputy, today: chrono::NaiveDate) -> Option<i32> {
    d.data
        .birth_month
        .as_deref()
        .and_then(parse_birth_month)
        .map(|b| age_on(b, today))
}

/// A deputy's pinyin keys (computed when a file holds none).
pub fn pinyin_keys(d: &Deputy) -> PinyinKeys {
    if d.pinyin.is_empty() {
        name_keys(&d.data.name)
    } else {
        PinyinKeys::from_stored(&d.pinyin)
    }
}

impl RosterPane {
    fn cells(&self, d: &Deputy) -> Vec<String> {
        vec![
            d.data.name.clone(),
            d.data.gender.clone(),
            age(d, self.today)
                .map(|a| a.to_string())
                .unwrap_or_default(),
            d.role.clone().unwrap_or_default(),
            d.data.party.clone(),
            d.data.occupation.clone(),
            d.data.phone.clone(),
            d.data.level.clone(),
            d.data.district.clone(),
            d.status.clone(),
            d.data.unit_title.clone(),
        ]
    }

    fn compare(&self, a: &Deputy, b: &Deputy, column: usize) -> Ordering {
        match column {
            // Names in pinyin order, as a chair reads a list.
            0 => pinyin_keys(a).full.cmp(&pinyin_keys(b).full),
            2 => age(a, self.today).cmp(&age(b, self.today)),
            c => self.cells(a)[c].cmp(&self.cells(b)[c]),
        }
    }

    /// Fills the group list: everyone first, then each group.
    pub(super) fn fill_groups(&mut self) {
        let everyone = self.deputies.iter().filter(|d| d.in_office()).count();
        let mut rows = vec![ListRow::new(
            ALL_GROUPS,
            vec![Msg::AllDeputies.t().to_owned(), everyone.to_string()],
        )];
        rows.extend(self.groups.iter().map(|g| {
            let row = ListRow::new(g.id, vec![short_group_name(&g.name), g.members.to_string()]);
            if self.short_warnings(g).is_empty() {
                row
            } else {
                row.style(self.warn_style)
            }
        }));
        self.group_list.set_rows(rows);
    }

    /// The warnings of a group in a few words, for the table title.
    pub(super) fn short_warnings(&self, g: &GroupSummary) -> String {
        group_warnings(
            usize::try_from(g.members).unwrap_or(0),
            usize::try_from(g.min_members).unwrap_or(0),
            usize::try_from(g.max_members).unwrap_or(usize::MAX),
            g.leader.is_some(),
        )
        .into_iter()
        .map(|w| match w {
            GroupWarning::TooFew(_, min) => Msg::RosterShortTooFew.fill(&[&min]),
            GroupWarning::TooMany(_, max) => Msg::RosterShortTooMany.fill(&[&max]),
            GroupWarning::NoLeader => Msg::RosterShortNoLeader.t().to_owned(),
        })
        .collect::<Vec<_>>()
        .join("、")
    }

    /// Rebuilds the member list for the selected group, in the sort order.
    pub(super) fn show_members(&mut self) {
        let selected = self.group_list.selected_id().filter(|&id| id != ALL_GROUPS);
        self.shown_group = selected;
        let mut shown: Vec<&Deputy> = self
            .deputies
            .iter()
            .filter(|d| selected.is_none() || d.group_id == selected)
            .collect();
        if let Some(c) = self.sort.column {
            shown.sort_by(|a, b| {
                let o = self.compare(a, b, c);
                if self.sort.reverse { o.reverse() } else { o }
            });
        } else if self.sort.reverse {
            shown.reverse();
        }
        if !self.search.query.trim().is_empty() {
            // Best matches first; the sort order breaks ties.
            let mut ranked: Vec<(u8, &Deputy)> = shown
                .into_iter()
                .filter_map(|d| super::search::rank(&self.search.query, d).map(|r| (r, d)))
                .collect();
            ranked.sort_by_key(|(r, _)| *r);
            shown = ranked.into_iter().map(|(_, d)| d).collect();
        }
        let rows = shown
            .iter()
            .map(|d| {
                let row = ListRow::new(d.id, self.cells(d));
                if d.in_office() {
                    row
                } else {
                    row.style(self.dim_style)
                }
            })
            .collect();
        self.deputy_list.set_rows(rows);
    }

    /// Shows a deputy's group and selects them (after a save).
    pub(super) fn select_deputy(&mut self, id: i64) {
        let group = self
            .deputies
            .iter()
            .find(|d| d.id == id)
            .map(|d| d.group_id);
        if let Some(group) = group {
            if group != self.shown_group {
                self.group_list.select_id(group.unwrap_or(ALL_GROUPS));
            }
        }
        self.show_members();
        if !self.deputy_list.select_id(id) {
            self.group_list.select_id(ALL_GROUPS);
            self.show_members();
            self.deputy_list.select_id(id);
        }
        self.focus = Focus::Deputies;
    }

    fn hint_line(&self, ctx: &RenderCtx) -> String {
        let k = |ctx_: Context, a: Action| ctx.keymap.hint(ctx_, a).unwrap_or_default();
        let r = |a: Action| k(Context::Roster, a);
        Msg::RosterListHint.fill(&[
            &k(Context::List, Action::New),
            &k(Context::List, Action::Edit),
            &r(Action::RosterMove),
            &r(Action::RosterRole),
            &r(Action::RosterEndTerm),
            &r(Action::RosterContact),
            &r(Action::RosterDuty),
            &r(Action::RosterStats),
            &r(Action::RosterShowEnded),
            &r(Action::RosterSort),
        ])
    }

    pub(super) fn render_list(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let [main, hint] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
        // Narrow enough at 80 columns that name to phone fit beside it.
        let left = if area.width >= 100 {
            26
        } else {
            area.width.saturating_sub(59).clamp(16, 24)
        };
        let [groups_area, members_area] =
            Layout::horizontal([Constraint::Length(left), Constraint::Min(20)]).areas(main);
        let [members_area, search_area] = Layout::vertical([
            Constraint::Min(3),
            Constraint::Length(u16::from(self.search.is_shown())),
        ])
        .areas(members_area);
        self.deputy_list.columns = deputy_columns();
        let member_title = match self
            .shown_group
            .and_then(|id| self.groups.iter().find(|g| g.id == id))
        {
            Some(g) => {
                // Warnings right after the name, so they show at 80 columns.
                let warnings = self.short_warnings(g);
                let name = if warnings.is_empty() {
                    g.name.clone()
                } else {
                    format!("{}！{}", g.name, warnings)
                };
                Msg::GroupMembersTitle.fill(&[
                    &name,
                    &g.leader.as_deref().unwrap_or("—"),
                    &g.deputy_leader.as_deref().unwrap_or("—"),
                ])
            }
            None => Msg::AllDeputies.t().to_owned(),
        };
        let ended = if self.show_ended {
            Msg::RosterWithEnded.t()
        } else {
            ""
        };
        let member_title = format!("{member_title}{ended}{}", sort_text(&self.sort));
        let group_title = if self.focus == Focus::Groups {
            format!("> {}", Msg::GroupsTitle.t())
        } else {
            Msg::GroupsTitle.t().to_owned()
        };
        self.group_list
            .render(frame, groups_area, &group_title, ctx.theme);
        self.deputy_list
            .render(frame, members_area, &member_title, ctx.theme);
        if self.search.is_shown() {
            self.render_search(frame, search_area, ctx);
        }
        let text = cells::truncate(&self.hint_line(ctx), usize::from(hint.width)).into_owned();
        frame.render_widget(Line::styled(text, ctx.theme.dim), hint);
    }

    /// Every attribute of a deputy, with group history and how the term
    /// ended (read when the chair opens the record).
    pub(super) fn deputy_detail(&self, id: i64, db: &Db) -> crate::storage::Result<Option<Detail>> {
        let Some(d) = db.roster_deputy(id)? else {
            return Ok(None);
        };
        let field = |m: Msg, v: &str| (m.t().to_owned(), v.to_owned());
        let v = &d.data;
        let age = age(&d, self.today)
            .map(|a| a.to_string())
            .unwrap_or_default();
        let mut fields = vec![
            field(Msg::ColGender, &v.gender),
            field(Msg::RosterFieldEthnicity, &v.ethnicity),
            field(Msg::ColBirthMonth, v.birth_month.as_deref().unwrap_or("")),
            field(Msg::ColAge, &age),
            field(Msg::ColParty, &v.party),
            field(Msg::RosterFieldEducation, &v.education),
            field(Msg::ColOccupation, &v.occupation),
            field(Msg::RosterFieldUnit, &v.unit_title),
            field(Msg::ColDistrict, &v.district),
            field(Msg::ColLevel, &v.level),
            field(
                Msg::RosterFieldDirect,
                if v.directly_elected {
                    Msg::Yes.t()
                } else {
                    Msg::No.t()
                },
            ),
            field(Msg::ColPhone, &v.phone),
            field(Msg::RosterFieldAddress, &v.address),
            field(Msg::ColGroup, d.group_name.as_deref().unwrap_or("")),
            field(Msg::ColRole, d.role.as_deref().unwrap_or("")),
            field(Msg::ColStatus, &d.status),
        ];
        if let Some(on) = d.ended_on {
            fields.push(field(Msg::RosterFieldEndDate, &on.to_string()));
            fields.push(field(Msg::RosterFieldReason, &d.end_reason));
        }
        if !v.notes.is_empty() {
            fields.push(field(Msg::RosterFieldNotes, &v.notes));
        }
        for span in db.membership_history(id)? {
            let until = span
                .left_on
                .map_or_else(|| Msg::RosterUntilNow.t().to_owned(), |d| d.to_string());
            fields.push((
                Msg::RosterHistory.t().to_owned(),
                format!(
                    "{} — {}  {} {}",
                    span.joined_on, until, span.group_name, span.role
                ),
            ));
        }
        // Blank attributes would only push the history out of view.
        fields.retain(|(_, value)| !value.trim().is_empty());
        Ok(Some(Detail {
            title: v.name.clone(),
            fields,
        }))
    }
}
