//! Review lines about rhythms rather than single records: groups short of
//! activities this quarter, stations that missed a reception, the chair's
//! own contact with deputies, deputies far behind their yearly duties.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, NaiveDate};
use rusqlite::OptionalExtension;

use crate::domain::dates::{Quarter, add_months, days_in_month};
use crate::domain::scores::duties::{
    Month, expected_since, missed_periods, short_months, shortfalls,
};
use crate::domain::scores::review::{RecordRef, ReviewItem, ReviewKind, ReviewNote};
use crate::storage::Db;
use crate::storage::error::Result;

fn year_start(today: NaiveDate) -> NaiveDate {
    NaiveDate::from_ymd_opt(today.year(), 1, 1).unwrap_or(today)
}

fn month_list(months: &[Month]) -> String {
    months
        .iter()
        .map(|(y, m)| format!("{y}-{m:02}"))
        .collect::<Vec<_>>()
        .join(",")
}

impl Db {
    /// Groups with fewer held activities this quarter than the rule asks.
    pub(super) fn review_groups(&self, today: NaiveDate, out: &mut Vec<ReviewItem>) -> Result<()> {
        let q = Quarter::of(today);
        let needed = self.rule("group_activities_per_quarter")?;
        let mut stmt = self.conn.prepare_cached(
            // One pass over the quarter's activities, counted per group.
            "WITH q AS (
                 SELECT group_id, sum(status = '已举行') AS held, sum(status = '计划') AS planned
                   FROM activity WHERE starts_on BETWEEN ?1 AND ?2 AND group_id IS NOT NULL
                  GROUP BY group_id)
             SELECT g.id, g.name, COALESCE(q.held, 0), COALESCE(q.planned, 0)
               FROM deputy_group g LEFT JOIN q ON q.group_id = g.id
              ORDER BY g.sort_order, g.id",
        )?;
        let mut rows = stmt.query([q.first_day(), q.last_day()])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let held: i64 = r.get(2)?;
            if held >= needed {
                continue;
            }
            let note = ReviewNote::GroupIdle {
                quarter: q,
                held,
                needed,
                planned: r.get(3)?,
                days_left: q.days_left(today),
            };
            let cause = format!("group/{id}/{}Q{}", q.year, q.q);
            out.push(
                ReviewItem::new(ReviewKind::GroupIdle, &cause, r.get(1)?, String::new())
                    .due(Some(q.last_day()))
                    .note(note)
                    .target(RecordRef::Group(id)),
            );
        }
        Ok(())
    }

    /// Stations with a reception period (monthly by default) in the last
    /// months that saw no held reception.
    pub(super) fn review_stations(
        &self,
        today: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let every = self.rule("reception_every_months_township")?.max(1);
        let this_month = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap_or(today);
        // Months before the first recorded reception, and its own month
        // (likely recorded in part), are not judged: the record did not
        // exist yet (a new file, or a new chair).
        let first: Option<NaiveDate> = self.conn.query_row(
            "SELECT min(starts_on) FROM activity WHERE kind = '接待选民' AND status = '已举行'",
            [],
            |r| r.get(0),
        )?;
        let Some(first) = first else { return Ok(()) };
        let recorded = i64::from(this_month.year() - first.year()) * 12
            + i64::from(this_month.month())
            - i64::from(first.month())
            - 1;
        let lookback = self
            .rule("station_lookback_months")?
            .min(120)
            .min(recorded.max(0));
        let from = add_months(this_month, -i32::try_from(lookback + every).unwrap_or(0));
        let mut held: BTreeMap<i64, BTreeSet<Month>> = BTreeMap::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT station_id, CAST(strftime('%Y', starts_on) AS INTEGER),
                        CAST(strftime('%m', starts_on) AS INTEGER)
                   FROM activity
                  WHERE kind = '接待选民' AND status = '已举行' AND station_id IS NOT NULL
                    AND starts_on >= ?1 AND starts_on < ?2
                  GROUP BY 1, 2, 3",
            )?;
            let mut rows = stmt.query([from, this_month])?;
            while let Some(r) = rows.next()? {
                held.entry(r.get(0)?)
                    .or_default()
                    .insert((r.get(1)?, r.get(2)?));
            }
        }
        let mut stmt = self.conn.prepare_cached(
            "SELECT s.id, s.name, s.group_id, COALESCE(g.name, '') FROM station s
               LEFT JOIN deputy_group g ON g.id = s.group_id ORDER BY s.id",
        )?;
        let mut rows = stmt.query([])?;
        while let Some(r) = rows.next()? {
            let id: i64 = r.get(0)?;
            let none = BTreeSet::new();
            let months = missed_periods(held.get(&id).unwrap_or(&none), every, lookback, today);
            let Some(last) = months.last() else { continue };
            let cause = format!("station/{id}/{}-{:02}", last.0, last.1);
            let mut line = ReviewItem::new(ReviewKind::StationMissed, &cause, r.get(1)?, r.get(3)?)
                .note(ReviewNote::StationMissed { months, every });
            if let Some(group) = r.get::<_, Option<i64>>(2)? {
                line = line.target(RecordRef::Group(group));
            }
            out.push(line);
        }
        Ok(())
    }

    /// The chair's own duty: contact with deputies every month, and the
    /// yearly number pro rata.
    pub(super) fn review_chair_contact(
        &self,
        today: NaiveDate,
        out: &mut Vec<ReviewItem>,
    ) -> Result<()> {
        let per_month = self.rule("chair_contacts_per_month")?;
        let per_year = self.rule("chair_contacts_per_year")?;
        let mut by_month: Vec<(Month, i64)> = Vec::new();
        {
            let mut stmt = self.conn.prepare_cached(
                "SELECT CAST(strftime('%m', contacted_on) AS INTEGER), count(*) FROM chair_contact
                  WHERE contacted_on BETWEEN ?1 AND ?2 GROUP BY 1",
            )?;
            let mut rows = stmt.query([year_start(today), today])?;
            while let Some(r) = rows.next()? {
                by_month.push(((today.year(), r.get(0)?), r.get(1)?));
            }
        }
        // Whom to contact next: the deputy in office the chair has not
        // contacted for longest (never first).
        let longest: Option<(i64, String)> = self
            .conn
            .prepare_cached(
                "SELECT d.id, d.name FROM deputy d
                  WHERE d.status = '在任'
                  ORDER BY (SELECT max(c.contacted_on) FROM chair_contact c WHERE c.deputy_id = d.id)
                           NULLS FIRST, d.id
                  LIMIT 1",
            )?
            .query_row([], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        // No deputy in office: nobody to contact.
        let Some((deputy, who)) = longest else {
            return Ok(());
        };
        let to_deputy = |line: ReviewItem| line.target(RecordRef::Deputy(deputy));
        let this_month = (today.year(), today.month());
        let done: i64 = by_month
            .iter()
            .filter(|(m, _)| *m == this_month)
            .map(|(_, n)| n)
            .sum();
        if done < per_month {
            let month_end = NaiveDate::from_ymd_opt(
                today.year(),
                today.month(),
                days_in_month(today.year(), today.month()),
            );
            let cause = format!("month/{}-{:02}", this_month.0, this_month.1);
            let note = ReviewNote::ChairMonth {
                done,
                needed: per_month,
            };
            out.push(to_deputy(
                ReviewItem::new(ReviewKind::ChairContact, &cause, String::new(), who.clone())
                    .due(month_end)
                    .note(note),
            ));
        }
        // The year is judged from the first contact on record (this year's
        // start at the latest): a new file does not owe the months before it.
        let first: Option<NaiveDate> =
            self.conn
                .query_row("SELECT min(contacted_on) FROM chair_contact", [], |r| {
                    r.get(0)
                })?;
        let Some(first) = first else { return Ok(()) };
        let from = first.max(year_start(today));
        let year_done: i64 = by_month.iter().map(|(_, n)| n).sum();
        let expected = expected_since(per_year, from, today);
        let short = short_months(&by_month, per_month, (from.year(), from.month()), today);
        if year_done < expected || !short.is_empty() {
            let cause = format!(
                "year/{}/{}/{}",
                today.year(),
                year_done < expected,
                month_list(&short)
            );
            let note = ReviewNote::ChairYear {
                done: year_done,
                expected,
                threshold: per_year,
                short_months: short,
            };
            out.push(to_deputy(
                ReviewItem::new(ReviewKind::ChairContact, &cause, String::new(), who).note(note),
            ));
        }
        Ok(())
    }

    /// Deputies in office far behind their yearly duties, pro rata to today.
    pub(super) fn review_duties(&self, today: NaiveDate, out: &mut Vec<ReviewItem>) -> Result<()> {
        let rules = self.yearly_duties()?;
        for d in self.duty_counts(year_start(today), today)? {
            if !d.in_office {
                continue;
            }
            let behind = shortfalls(&d.counts, d.directly_elected, &rules, today);
            if behind.is_empty() {
                continue;
            }
            let duties: Vec<String> = behind.iter().map(|s| format!("{:?}", s.duty)).collect();
            let cause = format!("deputy/{}/{}/{}", d.id, today.year(), duties.join("+"));
            let line = ReviewItem::new(
                ReviewKind::DutyBehind,
                &cause,
                d.name,
                d.group.unwrap_or_default(),
            )
            .note(ReviewNote::DutyBehind(behind))
            .target(RecordRef::Deputy(d.id));
            out.push(line);
        }
        Ok(())
    }
}
