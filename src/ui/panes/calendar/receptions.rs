//! The reception rota (接待日轮值) of a year: every station's reception
//! days, who is on duty, and the notice (公告) deadline in working days.

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;

use crate::domain::calendar::{NoticeState, notice_state};
use crate::storage::calendar::Reception;
use crate::ui::panes::{ListRow, ListView};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

pub struct RotaView {
    pub year: i32,
    pub rows: Vec<Reception>,
    /// Rule `reception_min_deputies`.
    pub min: i64,
    pub list: ListView,
}

fn short_date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%m-%d").to_string()).unwrap_or_default()
}

/// The flag of a reception and its style: too few on duty, notice late,
/// due today, or due soon.
fn flag(r: &Reception, min: i64, today: NaiveDate, theme: &Theme) -> (String, Style) {
    let planned = r.status == crate::domain::calendar::PLANNED;
    if planned && (r.duty.len() as i64) < min {
        return (Msg::CalFlagShort.t().to_owned(), theme.error);
    }
    match notice_state(&r.status, r.announce_due, r.announced_on, today) {
        NoticeState::Late(_) => (Msg::CalFlagNoticeLate.t().to_owned(), theme.error),
        NoticeState::DueToday(_) => (Msg::CalFlagNoticeToday.t().to_owned(), theme.warn),
        NoticeState::Pending(due) if super::notice_soon(due, today) => {
            (Msg::CalFlagNoticePending.t().to_owned(), Style::default())
        }
        _ if r.status == crate::domain::calendar::CANCELLED => (r.status.clone(), theme.dim),
        _ => (String::new(), Style::default()),
    }
}

impl RotaView {
    pub fn new() -> RotaView {
        let c = |m: Msg, w: ColWidth| Column::new(m.t(), w, Align::Left);
        RotaView {
            year: 0,
            rows: Vec::new(),
            min: 2,
            list: ListView::new(vec![
                c(Msg::ColDate, ColWidth::Fixed(10)),
                c(Msg::CalColStation, ColWidth::Min(12)),
                c(Msg::CalColDuty, ColWidth::Min(16)),
                Column::new(Msg::ColCount.t(), ColWidth::Fixed(4), Align::Right),
                c(Msg::CalColNoticeDue, ColWidth::Fixed(8)),
                c(Msg::CalColAnnounced, ColWidth::Fixed(6)),
                c(Msg::CalColFlag, ColWidth::Fixed(10)),
            ]),
        }
    }

    pub fn fill(&mut self, today: NaiveDate, theme: &Theme) {
        let rows = self
            .rows
            .iter()
            .map(|r| {
                let (flag, style) = flag(r, self.min, today, theme);
                let names: Vec<&str> = r.duty.iter().map(|(_, n)| n.as_str()).collect();
                ListRow::new(
                    r.id,
                    vec![
                        r.starts_on.to_string(),
                        r.station_name.clone(),
                        names.join("、"),
                        r.duty.len().to_string(),
                        short_date(r.announce_due),
                        short_date(r.announced_on),
                        flag,
                    ],
                )
                .style(style)
            })
            .collect();
        self.list.set_rows(rows);
    }

    /// Selects the next reception from `today` (the first of a past year).
    pub fn select_upcoming(&mut self, today: NaiveDate) {
        let next = self.rows.iter().find(|r| r.starts_on >= today);
        if let Some(r) = next.or(self.rows.first()) {
            self.list.select_id(r.id);
        }
    }

    pub fn selected(&self) -> Option<&Reception> {
        let id = self.list.selected_id()?;
        self.rows.iter().find(|r| r.id == id)
    }

    pub fn render(&mut self, frame: &mut Frame, area: Rect, theme: &Theme) {
        let title = Msg::CalReceptionsTitle.fill(&[&self.year, &self.rows.len()]);
        self.list.render(frame, area, &title, theme);
    }
}
