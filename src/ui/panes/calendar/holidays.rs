//! The holiday table (节假日安排) of a year, and importing a year's
//! official schedule from a CSV file.

use std::path::Path;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::layout::Rect;

use super::words::{self, nth};
use crate::domain::workdays::{HolidayEntry, parse_holiday_csv};
use crate::storage::calendar::HolidayRow;
use crate::ui::panes::{ListRow, ListView};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column, Field, Form};

pub struct HolidayView {
    pub year: i32,
    pub rows: Vec<HolidayRow>,
    pub list: ListView,
}

impl HolidayView {
    pub fn new() -> HolidayView {
        let c = |m: Msg, w: ColWidth| Column::new(m.t(), w, Align::Left);
        HolidayView {
            year: 0,
            rows: Vec::new(),
            list: ListView::new(vec![
                c(Msg::ColDate, ColWidth::Fixed(10)),
                c(Msg::CalColWeekday, ColWidth::Fixed(6)),
                c(Msg::CalColDayKind, ColWidth::Fixed(8)),
                c(Msg::CalColHolidayName, ColWidth::Min(10)),
            ]),
        }
    }

    pub fn fill(&mut self, theme: &Theme) {
        let rows = self
            .rows
            .iter()
            .enumerate()
            .map(|(i, h)| {
                let (kind, style) = if h.kind == "班" {
                    (Msg::CalDayKindWork.t(), theme.warn)
                } else {
                    (Msg::CalDayKindOff.t(), theme.ok)
                };
                let weekday = h.day.weekday().num_days_from_monday() as usize;
                ListRow::new(
                    i as i64,
                    vec![
                        h.day.to_string(),
                        nth(Msg::CalWeekdaysLong, weekday).to_owned(),
                        kind.to_owned(),
                        h.name.clone(),
                    ],
                )
                .style(style)
            })
            .collect();
        self.list.set_rows(rows);
    }

    /// Draws the list; `import_key` names the key that imports a schedule.
    pub fn render(&mut self, frame: &mut Frame, area: Rect, theme: &Theme, import_key: &str) {
        let title = if self.rows.is_empty() {
            Msg::CalHolidaysMissing.fill(&[&self.year, &import_key])
        } else {
            Msg::CalHolidaysTitle.fill(&[&self.year, &self.rows.len()])
        };
        self.list.render(frame, area, &title, theme);
    }
}

/// The form asking for the CSV file.
pub fn import_form(today: NaiveDate, hint: String) -> Form {
    Form::new(
        Msg::CalImportTitle.t(),
        today,
        vec![Field::text("path", Msg::CalFieldPath.t()).required()],
    )
    .with_hint(hint)
}

/// Reads and parses a schedule file; the error is a sentence with the line
/// number when the content is at fault.
pub fn read_schedule(path: &str) -> Result<Vec<HolidayEntry>, String> {
    let path = path.trim().trim_matches(['"', '\'']);
    let bytes = std::fs::read(Path::new(path)).map_err(|e| Msg::CalImportUnreadable.fill(&[&e]))?;
    let text = String::from_utf8(bytes).map_err(|_| Msg::CalImportNotUtf8.t().to_owned())?;
    let entries = parse_holiday_csv(&text).map_err(|e| words::csv_error(&e))?;
    if entries.is_empty() {
        return Err(Msg::CalImportEmpty.t().to_owned());
    }
    Ok(entries)
}
