//! The attendance sheet (出勤登记) of a held activity: every expected
//! deputy with a mark the chair flips; saved in one go.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::domain::calendar::{ABSENT, EXCUSED, PRESENT, next_attendance};
use crate::storage::calendar::{AttendanceLine, AttendanceMark, CalActivity};
use crate::ui::action::Action;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column, Table, TableState};

/// What a line looked like when the sheet opened: (mark, reason, spoke).
type LineState = (Option<String>, String, bool);

pub struct Sheet {
    pub activity_id: i64,
    /// "2026-11-20 调研：…" for the title.
    heading: String,
    lines: Vec<AttendanceLine>,
    initial: Vec<LineState>,
    state: TableState,
    page: usize,
}

fn snapshot(lines: &[AttendanceLine]) -> Vec<LineState> {
    lines
        .iter()
        .map(|l| (l.status.clone(), l.reason.clone(), l.spoke))
        .collect()
}

impl Sheet {
    pub fn new(activity: &CalActivity, lines: Vec<AttendanceLine>) -> Sheet {
        Sheet {
            activity_id: activity.id,
            heading: format!("{} {}", activity.starts_on, activity.topic),
            initial: snapshot(&lines),
            lines,
            state: TableState::default(),
            page: 10,
        }
    }

    pub fn is_dirty(&self) -> bool {
        snapshot(&self.lines) != self.initial
    }

    /// The selected deputy's row and name.
    pub fn selected(&self) -> Option<(usize, &AttendanceLine)> {
        let i = self.state.selected;
        self.lines.get(i).map(|l| (i, l))
    }

    /// Moves the selection; true when the action was a movement.
    pub fn move_by(&mut self, action: Action) -> bool {
        self.state.apply(action, self.lines.len(), self.page)
    }

    /// Everyone present (the usual case); the chair then flips exceptions.
    pub fn all_present(&mut self) {
        for l in &mut self.lines {
            l.status = Some(PRESENT.to_owned());
            l.reason.clear();
        }
    }

    /// The mark the selected row would get next (请假 needs a reason first).
    pub fn next_mark(&self) -> Option<&'static str> {
        self.selected()
            .map(|(_, l)| next_attendance(l.status.as_deref()))
    }

    /// Sets a row's mark; spoke only stays for someone present.
    pub fn set_mark(&mut self, row: usize, mark: &str, reason: &str) {
        if let Some(l) = self.lines.get_mut(row) {
            l.status = Some(mark.to_owned());
            l.reason = if mark == EXCUSED {
                reason.to_owned()
            } else {
                String::new()
            };
            if mark != PRESENT {
                l.spoke = false;
            }
        }
    }

    pub fn toggle_spoke(&mut self) {
        if let Some(l) = self.lines.get_mut(self.state.selected) {
            if l.status.as_deref() == Some(PRESENT) {
                l.spoke = !l.spoke;
            }
        }
    }

    /// The marks to save: every marked line.
    pub fn marks(&self) -> Vec<AttendanceMark> {
        self.lines
            .iter()
            .filter_map(|l| {
                l.status.as_ref().map(|s| AttendanceMark {
                    deputy_id: l.deputy_id,
                    status: s.clone(),
                    reason: l.reason.clone(),
                    spoke: l.spoke,
                })
            })
            .collect()
    }

    /// (present, excused, absent, unmarked)
    pub fn counts(&self) -> (usize, usize, usize, usize) {
        let n = |m: &str| {
            self.lines
                .iter()
                .filter(|l| l.status.as_deref() == Some(m))
                .count()
        };
        let marked = n(PRESENT) + n(EXCUSED) + n(ABSENT);
        (n(PRESENT), n(EXCUSED), n(ABSENT), self.lines.len() - marked)
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let c = |m: Msg, w: ColWidth| Column::new(m.t(), w, Align::Left);
        let columns = [
            c(Msg::ColName, ColWidth::Min(8)),
            c(Msg::ColLevel, ColWidth::Fixed(4)),
            c(Msg::ColGroup, ColWidth::Min(12)),
            c(Msg::CalColMark, ColWidth::Fixed(6)),
            c(Msg::CalColSpoke, ColWidth::Fixed(4)),
            c(Msg::CalColReason, ColWidth::Min(10)),
        ];
        let rows: Vec<Vec<String>> = self
            .lines
            .iter()
            .map(|l| {
                vec![
                    l.name.clone(),
                    l.level.clone(),
                    l.group_name.clone().unwrap_or_default(),
                    l.status
                        .clone()
                        .unwrap_or_else(|| Msg::CalUnmarked.t().to_owned()),
                    if l.spoke { Msg::Yes.t() } else { "" }.to_owned(),
                    l.reason.clone(),
                ]
            })
            .collect();
        let styles: Vec<Style> = self
            .lines
            .iter()
            .map(|l| match l.status.as_deref() {
                Some(EXCUSED) => theme.warn,
                Some(ABSENT) => theme.error,
                Some(_) => Style::default(),
                None => theme.dim,
            })
            .collect();
        let (p, e, a, u) = self.counts();
        let title = if self.lines.is_empty() {
            Msg::CalNoExpected.t().to_owned()
        } else {
            Msg::CalAttendanceTitle.fill(&[&self.heading, &p, &e, &a, &u])
        };
        self.page = Table::visible_rows(area).max(1);
        Table::new(&columns, &rows)
            .row_styles(&styles)
            .title(title)
            .render(area, frame.buffer_mut(), &mut self.state, theme);
    }
}
