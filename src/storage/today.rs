//! The daily review (今日): what needs the chair today and this week, the
//! figures a chair quotes, snoozes, and duty scores. One implementation for
//! the pane and `chairdesk agenda`.

mod duty;
mod lines;
mod records;
mod snooze;

use chrono::{Datelike, NaiveDate};

use super::Db;
use super::docket::{AWAITING_REPLY, OPEN as OPEN_MOTION_STATUSES};
use super::error::Result;
use crate::domain::dates::Quarter;
use crate::domain::scores::review::{order, split_snoozed};

pub use crate::domain::scores::review::{RecordRef, ReviewItem, ReviewKind, ReviewNote};
pub use duty::{DeputyDuty, ScoredDeputy};
pub use snooze::SnoozeHow;

/// The figures a chair quotes, shown above the review. Rates are counts so
/// the reader sees what each percentage is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct TodayFigures {
    pub deputies_in_office: i64,
    /// Activities this quarter, not cancelled (planned and held).
    pub activities_this_quarter: i64,
    pub activities_held_this_quarter: i64,
    pub open_items: i64,
    /// Items awaiting a reply past their due day.
    pub overdue_items: i64,
    /// 办结率 = closed / assigned, over items assigned this year.
    pub assigned_this_year: i64,
    pub closed_this_year: i64,
    /// 满意率 = (满意 + 基本满意) / rated, over ratings given this year;
    /// 满意 alone is shown beside it.
    pub rated_this_year: i64,
    pub satisfied_this_year: i64,
    pub fully_satisfied_this_year: i64,
}

/// The review for one day: the figures, the lines to show, and the lines
/// put off with the day they come back.
#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub today: NaiveDate,
    pub figures: TodayFigures,
    pub items: Vec<ReviewItem>,
    pub snoozed: Vec<(ReviewItem, NaiveDate)>,
}

impl Db {
    /// The headline figures for `today`, counted in SQL.
    pub fn today_figures(&self, today: NaiveDate) -> Result<TodayFigures> {
        let q = Quarter::of(today);
        let year_start = NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today);
        let year_end = NaiveDate::from_ymd_opt(today.year(), 12, 31).unwrap_or(today);
        let sql = format!(
            "SELECT (SELECT count(*) FROM deputy WHERE status = '在任'),
                    (SELECT count(*) FROM activity WHERE status <> '取消'
                        AND starts_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM activity WHERE status = '已举行'
                        AND starts_on BETWEEN ?1 AND ?2),
                    (SELECT count(*) FROM motion WHERE status IN {OPEN_MOTION_STATUSES}),
                    (SELECT count(*) FROM motion WHERE status IN {AWAITING_REPLY}
                        AND reply_due < ?3),
                    (SELECT count(*) FROM motion WHERE assigned_on BETWEEN ?4 AND ?5
                        AND merged_into IS NULL),
                    (SELECT count(*) FROM motion WHERE assigned_on BETWEEN ?4 AND ?5
                        AND merged_into IS NULL AND status IN ('办结', '归档')),
                    (SELECT count(*) FROM motion_feedback WHERE rated_on BETWEEN ?4 AND ?5),
                    (SELECT count(*) FROM motion_feedback WHERE rated_on BETWEEN ?4 AND ?5
                        AND rating IN ('满意', '基本满意')),
                    (SELECT count(*) FROM motion_feedback WHERE rated_on BETWEEN ?4 AND ?5
                        AND rating = '满意')"
        );
        Ok(self.conn.query_row(
            &sql,
            rusqlite::params![q.first_day(), q.last_day(), today, year_start, year_end],
            |r| {
                Ok(TodayFigures {
                    deputies_in_office: r.get(0)?,
                    activities_this_quarter: r.get(1)?,
                    activities_held_this_quarter: r.get(2)?,
                    open_items: r.get(3)?,
                    overdue_items: r.get(4)?,
                    assigned_this_year: r.get(5)?,
                    closed_this_year: r.get(6)?,
                    rated_this_year: r.get(7)?,
                    satisfied_this_year: r.get(8)?,
                    fully_satisfied_this_year: r.get(9)?,
                })
            },
        )?)
    }

    /// Every review line for `today`, snoozed or not, most urgent first.
    pub fn today_review(&self, today: NaiveDate) -> Result<Vec<ReviewItem>> {
        let mut items = Vec::new();
        self.review_motions(today, &mut items)?;
        self.review_activities(today, &mut items)?;
        self.review_spot_checks(today, &mut items)?;
        self.review_groups(today, &mut items)?;
        self.review_stations(today, &mut items)?;
        self.review_chair_contact(today, &mut items)?;
        self.review_duties(today, &mut items)?;
        order(&mut items);
        Ok(items)
    }

    /// The review as the chair sees it: figures, lines shown, lines put off.
    pub fn review(&self, today: NaiveDate) -> Result<Review> {
        let snoozes = self.snoozes()?;
        let (items, snoozed) = split_snoozed(self.today_review(today)?, &snoozes, today);
        Ok(Review {
            today,
            figures: self.today_figures(today)?,
            items,
            snoozed,
        })
    }
}
