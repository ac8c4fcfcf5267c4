//! One deputy's duty record (履职档案) for a year: tallies from every pane,
//! the yearly requirements, group history, and the voter-contact log.

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::domain::stats::duty::{
    DutyCheck, DutyItem, DutyTally, Progress, assess, attendance_percent,
};
use crate::storage::roster::{Deputy, MembershipSpan, VoterContact};
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::panes::RenderCtx;
use crate::ui::text::Msg;
use crate::ui::widgets::cells::{self, Align};
use crate::ui::widgets::{ColWidth, Column, Table, TableState};

/// Cells per requirement on the requirements lines.
const ITEM_W: usize = 26;

#[derive(Default)]
pub struct DutyState {
    pub deputy: Option<i64>,
    pub year: i32,
    tally: DutyTally,
    checks: Vec<DutyCheck>,
    contacts: Vec<VoterContact>,
    history: Vec<MembershipSpan>,
    table: TableState,
    page: usize,
}

fn item_label(item: DutyItem) -> Msg {
    match item {
        DutyItem::ActivityDays => Msg::RosterReqDays,
        DutyItem::VoterPeople => Msg::RosterReqPeople,
        DutyItem::DistrictVisits => Msg::RosterReqDistrict,
        DutyItem::Deeds => Msg::RosterReqDeeds,
        DutyItem::Suggestions => Msg::RosterReqSuggestions,
        DutyItem::HouseholdQuarters => Msg::RosterReqHousehold,
    }
}

/// 6.5 as "6.5", 10.0 as "10".
fn num(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

impl DutyState {
    pub fn open(&mut self, deputy: i64, year: i32) {
        self.deputy = Some(deputy);
        self.year = year;
        self.table = TableState::default();
    }

    pub fn load(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        let Some(id) = self.deputy else {
            return Ok(());
        };
        self.tally = db.duty_tally(id, self.year)?;
        self.checks = assess(&self.tally, &db.duty_targets()?, today);
        self.contacts = db.voter_contacts(id, self.year)?;
        self.history = db.membership_history(id)?;
        Ok(())
    }

    pub fn selected_contact(&self) -> Option<&VoterContact> {
        self.contacts.get(self.table.selected)
    }

    /// (handled, read again).
    pub fn handle(&mut self, action: Action, today: NaiveDate) -> (bool, bool) {
        match action {
            Action::Left if self.year > 2000 => {
                self.year -= 1;
                self.table = TableState::default();
                (true, true)
            }
            Action::Right if self.year < today.year() => {
                self.year += 1;
                self.table = TableState::default();
                (true, true)
            }
            Action::Left | Action::Right => (true, false),
            a => (self.table.apply(a, self.contacts.len(), self.page), false),
        }
    }

    fn summary(&self) -> Vec<String> {
        let t = &self.tally;
        let rate = attendance_percent(t).map_or_else(|| "—".to_owned(), |p| format!("{p:.0}%"));
        let quarters = t
            .household_visits
            .iter()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .join("/");
        vec![
            Msg::RosterDutyActivities.fill(&[
                &t.present,
                &t.excused,
                &t.absent,
                &rate,
                &num(t.activity_days),
                &t.speeches,
                &t.receptions,
            ]),
            Msg::RosterDutyContacts.fill(&[
                &t.voter_people,
                &t.voter_contacts,
                &t.district_visits,
                &quarters,
            ]),
            Msg::RosterDutyMotions.fill(&[
                &t.motions_lead,
                &t.motions_cosigned,
                &t.suggestions,
                &t.reports,
                &t.deeds,
                &t.congress,
            ]),
            Msg::RosterDutyChecks.fill(&[
                &t.checks_passed,
                &t.checks_to_fix,
                &t.checks_fixed,
                &t.checks_pending,
            ]),
        ]
    }

    fn requirement_lines(&self, width: usize, ctx: &RenderCtx) -> Vec<Line<'static>> {
        let per_line = (width / ITEM_W).max(1);
        let mut lines = vec![Line::styled(
            Msg::RosterDutyRequirements.t(),
            ctx.theme.header,
        )];
        for chunk in self.checks.chunks(per_line) {
            let spans: Vec<Span> = chunk
                .iter()
                .map(|c| {
                    let (word, style) = match c.progress {
                        Progress::Met => (Msg::RosterProgressMet, ctx.theme.ok),
                        Progress::Open => (Msg::RosterProgressOpen, ctx.theme.warn),
                        Progress::Short => (Msg::RosterProgressShort, ctx.theme.error),
                    };
                    let text = format!(
                        "{} {}/{} {}",
                        item_label(c.item).t(),
                        num(c.done),
                        num(c.target),
                        word.t()
                    );
                    Span::styled(cells::pad(&text, ITEM_W.min(width), Align::Left), style)
                })
                .collect();
            lines.push(Line::from(spans));
        }
        lines
    }

    fn history_text(&self) -> String {
        let spans: Vec<String> = self
            .history
            .iter()
            .map(|s| match s.left_on {
                None => Msg::RosterSpanOpen.fill(&[&s.joined_on, &s.group_name, &s.role]),
                Some(l) => Msg::RosterSpanClosed.fill(&[&s.joined_on, &l, &s.group_name, &s.role]),
            })
            .collect();
        Msg::RosterDutyHistory.fill(&[&spans.join("；")])
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx, deputies: &[Deputy]) {
        let [main, hint] =
            Layout::vertical([Constraint::Min(3), Constraint::Length(1)]).areas(area);
        let d = self
            .deputy
            .and_then(|id| deputies.iter().find(|d| d.id == id));
        let who = match d {
            Some(d) => {
                let group = d.group_name.as_deref().unwrap_or("");
                let role = d.role.as_deref().unwrap_or("");
                format!("{} {group} {role} {}", d.data.name, d.status)
            }
            None => String::new(),
        };
        let title = Msg::RosterDutyTitle.fill(&[&who, &self.year]);
        let block = ctx
            .theme
            .block(Span::styled(format!(" {title} "), ctx.theme.title));
        let inner = block.inner(main);
        frame.render_widget(block, main);
        let width = usize::from(inner.width).max(1);
        let mut lines: Vec<Line> = Vec::new();
        for s in self.summary() {
            lines.extend(cells::wrap(&s, width).into_iter().map(Line::from));
        }
        lines.extend(self.requirement_lines(width, ctx));
        lines.extend(
            cells::wrap(&self.history_text(), width)
                .into_iter()
                .map(|l| Line::styled(l, ctx.theme.dim)),
        );
        // The contact log gets what is left, at least a header and 2 rows.
        let text_h = u16::try_from(lines.len()).unwrap_or(u16::MAX);
        let text_h = text_h.min(inner.height.saturating_sub(5));
        let [text_area, table_area] =
            Layout::vertical([Constraint::Length(text_h), Constraint::Min(0)]).areas(inner);
        frame.render_widget(Paragraph::new(lines), text_area);
        let columns = vec![
            Column::new(Msg::ColDate.t(), ColWidth::Fixed(10), Align::Left),
            Column::new(Msg::RosterFieldMode.t(), ColWidth::Fixed(4), Align::Left),
            Column::new(Msg::RosterFieldPeople.t(), ColWidth::Fixed(4), Align::Right),
            Column::new(
                Msg::RosterColInDistrict.t(),
                ColWidth::Fixed(6),
                Align::Left,
            ),
            Column::new(Msg::RosterFieldSummary.t(), ColWidth::Min(10), Align::Left),
        ];
        let rows: Vec<Vec<String>> = self
            .contacts
            .iter()
            .map(|c| {
                vec![
                    c.contacted_on.to_string(),
                    c.mode.clone(),
                    c.people.to_string(),
                    if c.in_district { Msg::Yes } else { Msg::No }
                        .t()
                        .to_owned(),
                    c.summary.clone(),
                ]
            })
            .collect();
        self.page = Table::visible_rows(table_area).max(1);
        Table::new(&columns, &rows)
            .title(Msg::RosterContactsTitle.fill(&[&self.year, &self.contacts.len()]))
            .render(table_area, frame.buffer_mut(), &mut self.table, ctx.theme);
        let k = |c, a| ctx.keymap.hint(c, a).unwrap_or_default();
        let text = Msg::RosterDutyHint.fill(&[
            &k(Context::List, Action::Left),
            &k(Context::List, Action::Right),
            &k(Context::Roster, Action::RosterContact),
            &k(Context::List, Action::Delete),
            &k(Context::List, Action::Back),
        ]);
        let text = cells::truncate(&text, usize::from(hint.width)).into_owned();
        frame.render_widget(Line::styled(text, ctx.theme.dim), hint);
    }
}
