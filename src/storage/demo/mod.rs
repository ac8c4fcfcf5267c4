//! The demo township (演示数据): a realistic, internally consistent year of a
//! township congress's deputy work, written into an empty database so the
//! chair can try every pane before entering real data.
//!
//! Deterministic: the same `seed` and `today` give identical rows, and no
//! column is left to a `datetime('now')` default. Every date is placed around
//! `today`: about a year of history and two months of plans.
//!
//! Deliberate cases that the checks should flag (so every warning has an
//! example): one group without an activity in the current quarter and one
//! group that missed a past quarter; two planned activities whose date has
//! passed without a record; a held reception day that was never announced
//! and an upcoming one whose notice is overdue; a few deputies far behind on
//! voter contact; a month without any contact by the chair; items not
//! assigned within the station's time limit, overdue and soon-due replies, a
//! reply without feedback for over a month, an item returned by its unit and
//! not yet reassigned; an overdue spot-check correction.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{Datelike, Months, NaiveDate, TimeDelta, Weekday};
use rusqlite::{Transaction, params};

use super::demo_names::{self as names, MotionTopic};
use crate::domain::rng::Rng;

fn pick_string(rng: &mut Rng, items: &[String]) -> String {
    items[rng.below(items.len() as u64) as usize].clone()
}

fn pick<T: Copy>(rng: &mut Rng, items: &[T]) -> T {
    items[rng.below(items.len() as u64) as usize]
}

/// Row counts written by [`write_demo`].
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DemoSummary {
    pub groups: usize,
    pub stations: usize,
    pub deputies: usize,
    pub activities: usize,
    pub attendance: usize,
    pub voter_contacts: usize,
    pub spot_checks: usize,
    pub motions: usize,
    pub units: usize,
}

/// Writes a realistic demo township around `today` into an empty chairdesk
/// database, inside the caller's transaction. Deterministic: same seed and
/// today -> identical rows.
pub fn write_demo(tx: &Transaction, today: NaiveDate, seed: u64) -> rusqlite::Result<DemoSummary> {
    let mut g = Gen::new(tx, today, seed);
    g.term()?;
    g.groups()?;
    g.deputies()?;
    g.units()?;
    g.activities()?;
    g.receptions()?;
    g.voter_contacts()?;
    g.duty_events()?;
    g.chair_contacts()?;
    g.motions()?;
    g.spot_checks()?;
    Ok(g.summary)
}

// ------------------------------------------------------------ date helpers

const GROUPS: usize = 6;
const TOWN_LEVEL: &str = "镇";
const COUNTY_LEVEL: &str = "县";

fn fmt(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn plus(d: NaiveDate, n: i64) -> NaiveDate {
    d + TimeDelta::days(n)
}

fn add_months(d: NaiveDate, m: u32) -> NaiveDate {
    d.checked_add_months(Months::new(m)).unwrap_or(d)
}

fn sub_months(d: NaiveDate, m: u32) -> NaiveDate {
    d.checked_sub_months(Months::new(m)).unwrap_or(d)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

fn month_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), d.month(), 1)
}

fn month_end(d: NaiveDate) -> NaiveDate {
    plus(add_months(month_start(d), 1), -1)
}

fn quarter_start(d: NaiveDate) -> NaiveDate {
    ymd(d.year(), (d.month() - 1) / 3 * 3 + 1, 1)
}

fn quarter_end(d: NaiveDate) -> NaiveDate {
    plus(add_months(quarter_start(d), 3), -1)
}

/// Chinese numerals for 1..=99 (第十八届, 第三选区).
fn cn(n: usize) -> String {
    const D: [&str; 10] = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    match n {
        0..=9 => D[n].to_string(),
        10 => "十".to_string(),
        11..=19 => format!("十{}", D[n % 10]),
        _ if n % 10 == 0 => format!("{}十", D[(n / 10) % 10]),
        _ => format!("{}十{}", D[(n / 10) % 10], D[n % 10]),
    }
}

// ------------------------------------------------------------------ model

#[derive(Clone, Copy, PartialEq, Eq)]
enum Arch {
    Chair,
    ViceChair,
    Official(&'static str),
    Secretary,
    ViceSecretary,
    WomenCadre,
    VillageCadre,
    CommunitySecretary,
    Farmer,
    Coop,
    Teacher,
    CountyTeacher,
    Doctor,
    Enterprise,
    Worker,
    Individual,
}

struct Dep {
    id: i64,
    name: String,
    level: &'static str,
    arch: Arch,
    /// Current group (or the last one, for a deputy whose term ended).
    group: usize,
    /// Where the deputy lives (village or community).
    home: String,
    moved_from: Option<(usize, NaiveDate)>,
    ended: Option<NaiveDate>,
    role: &'static str,
    behind: bool,
    party_member: bool,
}

impl Dep {
    fn active_on(&self, d: NaiveDate) -> bool {
        self.ended.is_none_or(|e| d < e)
    }

    fn group_on(&self, d: NaiveDate) -> Option<usize> {
        if !self.active_on(d) {
            return None;
        }
        match self.moved_from {
            Some((old, moved)) if d < moved => Some(old),
            _ => Some(self.group),
        }
    }

    fn current(&self) -> bool {
        self.ended.is_none()
    }
}

struct Group {
    id: i64,
    station_id: i64,
    station_name: String,
    station_place: String,
    /// Villages (or communities) of the group's area; the first names it.
    areas: Vec<String>,
    /// A village of the area, for titles that need a village.
    village: String,
    reception_day: u32,
}

#[derive(Clone)]
struct HeldReception {
    on: NaiveDate,
    present: Vec<usize>,
}

struct Act {
    kind: &'static str,
    topic: String,
    on: NaiveDate,
    days: f64,
    time: &'static str,
    place: String,
    group: Option<usize>,
    station: Option<usize>,
    status: &'static str,
    record: String,
    archived: bool,
    announce_due: Option<NaiveDate>,
    announced_on: Option<NaiveDate>,
}

struct Ev {
    on: NaiveDate,
    step: &'static str,
    unit: Option<usize>,
    note: String,
}

struct ReplyPlan {
    unit: Option<usize>,
    on: NaiveDate,
    class: &'static str,
    text: String,
    met: bool,
    feedback: Vec<(usize, NaiveDate, &'static str, &'static str)>,
}

struct UnitRow {
    unit: usize,
    role: &'static str,
    on: NaiveDate,
    returned: Option<NaiveDate>,
}

struct MPlan {
    topic: &'static MotionTopic,
    kind: &'static str,
    status: &'static str,
    source: &'static str,
    category: &'static str,
    title: String,
    content: String,
    action: &'static str,
    key_item: bool,
    routing: Option<&'static str>,
    voter: Option<(String, String)>,
    signers: Vec<usize>,
    received: NaiveDate,
    assigned: Option<NaiveDate>,
    /// Reply due: base date and months after it.
    due: Option<(NaiveDate, u32)>,
    closed: Option<NaiveDate>,
    events: Vec<Ev>,
    units: Vec<UnitRow>,
    replies: Vec<ReplyPlan>,
    /// For a voter opinion forwarded as a deputy letter: the letter's plan.
    letter: Option<usize>,
}

impl MPlan {
    fn last_on(&self) -> NaiveDate {
        self.events
            .iter()
            .map(|e| e.on)
            .max()
            .unwrap_or(self.received)
    }

    /// Every date of the plan through `f` (a monotone map keeps the order).
    fn map_dates(&mut self, f: impl Fn(NaiveDate) -> NaiveDate) {
        self.received = f(self.received);
        self.assigned = self.assigned.map(&f);
        self.due = self.due.map(|(d, m)| (f(d), m));
        self.closed = self.closed.map(&f);
        for e in &mut self.events {
            e.on = f(e.on);
        }
        for u in &mut self.units {
            u.on = f(u.on);
            u.returned = u.returned.map(&f);
        }
        for r in &mut self.replies {
            r.on = f(r.on);
            for fb in &mut r.feedback {
                fb.1 = f(fb.1);
            }
        }
    }
}

struct Gen<'a, 'c> {
    tx: &'a Transaction<'c>,
    rng: Rng,
    today: NaiveDate,
    term_no: usize,
    term_id: i64,
    term_start: NaiveDate,
    term_end: NaiveDate,
    /// Window of generated history and plans.
    ws: NaiveDate,
    we: NaiveDate,
    town: String,
    county: String,
    sessions: Vec<(NaiveDate, usize)>,
    groups: Vec<Group>,
    deps: Vec<Dep>,
    chair: usize,
    vice: usize,
    names: BTreeSet<String>,
    phones: BTreeSet<String>,
    unit_ids: Vec<i64>,
    held_receptions: Vec<HeldReception>,
    chair_name: String,
    chair_female: bool,
    /// Voter contacts and duty events gathered while other parts are
    /// generated, written in date order at the end.
    contacts: Vec<Contact>,
    duty: Vec<(NaiveDate, usize, &'static str, String)>,
    /// A closed item with an A reply, for the look-back check.
    look_back: Option<(i64, NaiveDate, &'static str)>,
    pending: Vec<PendingDep>,
    /// Trade-name stems not used yet, so no two firms share a name.
    stems: Vec<&'static str>,
    /// How often each suggestion topic has been used.
    topic_uses: Vec<usize>,
    end_status: Vec<(usize, &'static str)>,
    summary: DemoSummary,
}

struct Contact {
    on: NaiveDate,
    dep: usize,
    mode: &'static str,
    people: i64,
    in_district: bool,
    summary: String,
}

mod activities;
mod motions;
mod people;
mod receptions;
mod spot_checks;

// Shared between the parts of the generator.
use activities::{Presence, today_gap};
use people::PendingDep;
