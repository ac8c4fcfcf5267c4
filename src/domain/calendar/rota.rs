//! The reception rota (接待日轮值): when each liaison station holds its
//! reception days, and which deputies are on duty, in fair rotation.
//!
//! Township deputies serve in turn at every reception (the rule
//! `reception_min_deputies` says how many each time); deputies of higher
//! levels serve once per their period (county: a quarter, city: half a
//! year, province: a year), spread over that period's receptions.

use std::collections::HashSet;

use chrono::{Datelike, NaiveDate};

use crate::domain::dates::days_in_month;
use crate::domain::workdays::HolidayCalendar;

/// The reception days of `year` for one station: one every `every_months`
/// months starting in January, on day `day` of the month (the month's last
/// day when shorter), moved to the next working day in the same month, or
/// to the previous one when the month has none left. Days before `from`
/// are left out.
pub fn reception_dates(
    year: i32,
    every_months: u32,
    day: u32,
    from: NaiveDate,
    cal: &HolidayCalendar,
) -> Vec<NaiveDate> {
    let every = every_months.clamp(1, 12);
    (1..=12)
        .step_by(every as usize)
        .filter_map(|month| {
            let last = days_in_month(year, month);
            let want = NaiveDate::from_ymd_opt(year, month, day.clamp(1, last))?;
            let month_days = |d: &NaiveDate| d.month() == month;
            let forward = want.iter_days().take_while(month_days);
            let backward = want.iter_days().rev().take_while(month_days);
            forward
                .chain(backward)
                .find(|d| cal.is_working_day(*d))
                .or(Some(want))
        })
        .filter(|d| *d >= from)
        .collect()
}

/// A deputy who takes turns, with the receptions already served this year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub deputy_id: i64,
    pub served: u32,
}

/// Deputies on duty for each of `slots` receptions, `per_slot` each (fewer
/// when there are not enough candidates). Each time the ones who served
/// least so far are taken; among equals, who served longest ago, then list
/// order. Starting from equal counts, counts never differ by more than one.
pub fn rotate(candidates: &[Candidate], slots: usize, per_slot: usize) -> Vec<Vec<i64>> {
    // (served, last slot served + 1 (0 = not in this plan), list order)
    let mut state: Vec<(u32, usize, usize)> = candidates
        .iter()
        .enumerate()
        .map(|(i, c)| (c.served, 0, i))
        .collect();
    let take = per_slot.min(candidates.len());
    (0..slots)
        .map(|slot| {
            let mut order: Vec<usize> = (0..state.len()).collect();
            order.sort_by_key(|&i| state[i]);
            let mut chosen: Vec<usize> = order.into_iter().take(take).collect();
            chosen.sort_by_key(|&i| state[i].2);
            chosen
                .into_iter()
                .map(|i| {
                    state[i].0 += 1;
                    state[i].1 = slot + 1;
                    candidates[state[i].2].deputy_id
                })
                .collect()
        })
        .collect()
}

/// The period of `every_months` months a day falls in (0-based in its year).
pub fn period_of(day: NaiveDate, every_months: u32) -> u32 {
    day.month0() / every_months.clamp(1, 12)
}

/// Deputies who serve once a period of `every_months` (county deputies:
/// quarterly): each is put on one reception of each period that has one in
/// `dates`, spread over the period's receptions, unless `served` already
/// holds `(deputy, period)`.
pub fn once_per_period(
    dates: &[NaiveDate],
    every_months: u32,
    members: &[i64],
    served: &HashSet<(i64, u32)>,
) -> Vec<Vec<i64>> {
    let mut out = vec![Vec::new(); dates.len()];
    let mut periods: Vec<u32> = dates.iter().map(|d| period_of(*d, every_months)).collect();
    periods.dedup();
    for p in periods {
        let slots: Vec<usize> = (0..dates.len())
            .filter(|&i| period_of(dates[i], every_months) == p)
            .collect();
        let due: Vec<i64> = members
            .iter()
            .copied()
            .filter(|m| !served.contains(&(*m, p)))
            .collect();
        for (k, m) in due.into_iter().enumerate() {
            out[slots[(k + p as usize) % slots.len()]].push(m);
        }
    }
    out
}

#[cfg(test)]
#[path = "rota_tests.rs"]
mod tests;
