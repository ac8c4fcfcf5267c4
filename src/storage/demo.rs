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

impl<'a, 'c> Gen<'a, 'c> {
    fn new(tx: &'a Transaction<'c>, today: NaiveDate, seed: u64) -> Self {
        // Terms start late December every five years (2021-12-28 is the
        // 18th); the term holding `today` is the current one.
        let mut k = (today.year() - 2021).div_euclid(5);
        if today < ymd(2021 + 5 * k, 12, 28) {
            k -= 1;
        }
        let term_start = ymd(2021 + 5 * k, 12, 28);
        let term_end = plus(ymd(2026 + 5 * k, 12, 28), -1);
        let term_no = usize::try_from(18 + k).unwrap_or(1).max(1);
        let ws = sub_months(today, 12).max(term_start);
        let we = plus(today, 62).min(term_end).max(today);
        let mut rng = Rng::new(seed);
        let town = format!("{}镇", pick(&mut rng, names::TOWNSHIPS));
        let county = format!("{}县", pick(&mut rng, names::COUNTIES));
        // The first session opens the term; later ones meet each January.
        let mut sessions = vec![(term_start, 1)];
        for (i, y) in (term_start.year() + 2..=term_end.year()).enumerate() {
            let day = rng.range_i64(8, 16) as u32;
            sessions.push((ymd(y, 1, day), i + 2));
        }
        Gen {
            tx,
            rng,
            today,
            term_no,
            term_id: 0,
            term_start,
            term_end,
            ws,
            we,
            town,
            county,
            sessions,
            groups: Vec::new(),
            deps: Vec::new(),
            chair: 0,
            vice: 0,
            names: BTreeSet::new(),
            phones: BTreeSet::new(),
            unit_ids: Vec::new(),
            held_receptions: Vec::new(),
            chair_name: String::new(),
            chair_female: false,
            contacts: Vec::new(),
            duty: Vec::new(),
            look_back: None,
            pending: Vec::new(),
            stems: Vec::new(),
            topic_uses: vec![0; names::SUGGESTION_TOPICS.len()],
            end_status: Vec::new(),
            summary: DemoSummary::default(),
        }
    }

    // -------------------------------------------------------- randomness

    fn between(&mut self, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo).num_days();
        plus(lo, self.rng.range_i64(0, span))
    }

    /// A day in [lo, hi], moved off a weekend when the range allows.
    fn workday_between(&mut self, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
        let d = self.between(lo, hi);
        let (back, fwd) = match d.weekday() {
            Weekday::Sat => (1, 2),
            Weekday::Sun => (2, 1),
            _ => return d,
        };
        if plus(d, fwd) <= hi {
            plus(d, fwd)
        } else if plus(d, -back) >= lo {
            plus(d, -back)
        } else {
            d
        }
    }

    fn ago(&mut self, lo: i64, hi: i64) -> NaiveDate {
        let n = self.rng.range_i64(lo, hi);
        plus(self.today, -n)
    }

    fn gap(&mut self, d: NaiveDate, lo: i64, hi: i64) -> NaiveDate {
        let n = self.rng.range_i64(lo, hi);
        plus(d, n)
    }

    fn stamp(&mut self, d: NaiveDate) -> String {
        let h = self.rng.range_i64(8, 17);
        let m = self.rng.range_i64(0, 59);
        let s = self.rng.range_i64(0, 59);
        format!("{} {h:02}:{m:02}:{s:02}", fmt(d))
    }

    fn person_name(&mut self, female: bool) -> String {
        let chars = if female {
            names::FEMALE_CHARS
        } else {
            names::MALE_CHARS
        };
        loop {
            let surname = if self.rng.chance(0.6) {
                names::SURNAMES[self.rng.below(24) as usize]
            } else {
                pick(&mut self.rng, names::SURNAMES)
            };
            let name = self.given_name(surname, chars);
            if self.claim_name(&name) {
                return name;
            }
        }
    }

    fn given_name(&mut self, surname: &str, chars: &[&str]) -> String {
        let first = pick(&mut self.rng, chars);
        if self.rng.chance(0.3) {
            format!("{surname}{first}")
        } else {
            let second = pick(&mut self.rng, chars);
            if second == first && self.rng.chance(0.7) {
                format!("{surname}{first}")
            } else {
                format!("{surname}{first}{second}")
            }
        }
    }

    fn claim_name(&mut self, name: &str) -> bool {
        if names::BLOCKED_NAMES.contains(&name) || self.names.contains(name) {
            return false;
        }
        self.names.insert(name.to_string());
        true
    }

    fn phone(&mut self) -> String {
        const PREFIXES: &[&str] = &[
            "130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
            "153", "155", "156", "157", "158", "159", "166", "173", "177", "180", "181", "182",
            "183", "185", "186", "187", "188", "189", "191", "199",
        ];
        loop {
            let p = format!(
                "{}{:08}",
                pick(&mut self.rng, PREFIXES),
                self.rng.below(100_000_000)
            );
            if self.phones.insert(p.clone()) {
                return p;
            }
        }
    }

    // ------------------------------------------------------------- term

    fn term(&mut self) -> rusqlite::Result<()> {
        self.tx.execute(
            "INSERT INTO term (number, starts_on, ends_on) VALUES (?1, ?2, ?3)",
            params![
                self.term_no as i64,
                fmt(self.term_start),
                fmt(self.term_end)
            ],
        )?;
        self.term_id = self.tx.last_insert_rowid();
        Ok(())
    }

    fn stem(&mut self) -> &'static str {
        if self.stems.is_empty() {
            self.stems = names::COOP_STEMS.to_vec();
            self.rng.shuffle(&mut self.stems);
        }
        self.stems.pop().unwrap_or("新农")
    }

    fn weighted(&mut self, items: &[(&'static str, u64)]) -> &'static str {
        let total: u64 = items.iter().map(|x| x.1).sum();
        let mut r = self.rng.below(total.max(1));
        for &(s, w) in items {
            if r < w {
                return s;
            }
            r -= w;
        }
        items[0].0
    }

    // ----------------------------------------------------------- groups

    fn groups(&mut self) -> rusqlite::Result<()> {
        // The chair's name comes first: the chair heads every station.
        self.chair_female = self.rng.chance(0.3);
        self.chair_name = self.person_name(self.chair_female);
        let picks = self.rng.sample_indices(names::VILLAGES.len(), 3 * GROUPS);
        let villages: Vec<String> = picks
            .iter()
            .map(|&i| format!("{}村", names::VILLAGES[i]))
            .collect();
        let comm = self.rng.sample_indices(names::COMMUNITIES.len(), 2);
        let mut used_days = BTreeSet::new();
        let mut vi = 0;
        for gi in 0..GROUPS {
            let areas: Vec<String> = if gi == 0 {
                let mut a: Vec<String> = comm
                    .iter()
                    .map(|&i| names::COMMUNITIES[i].to_string())
                    .collect();
                a.push(villages[vi].clone());
                vi += 1;
                a
            } else {
                let n = if self.rng.chance(0.5) { 3 } else { 2 };
                let a = villages[vi..vi + n].to_vec();
                vi += n;
                a
            };
            let village = areas.last().cloned().unwrap_or_default();
            let (label, gplace, sname, splace) = if gi == 0 {
                (
                    "镇区".to_string(),
                    format!("{}人民政府", self.town),
                    format!("{}人大代表之家", self.town),
                    format!("{}人民政府院内党群服务中心一楼", self.town),
                )
            } else {
                let main = areas[0].clone();
                (
                    main.clone(),
                    format!("{main}村民委员会"),
                    format!("{main}代表联络站"),
                    format!("{main}党群服务中心二楼"),
                )
            };
            let name = format!("第{}代表小组（{label}）", cn(gi + 1));
            self.tx.execute(
                "INSERT INTO deputy_group (name, place, notes, sort_order) VALUES (?1, ?2, ?3, ?4)",
                params![
                    name,
                    gplace,
                    format!("联系{}", areas.join("、")),
                    gi as i64 + 1
                ],
            )?;
            let gid = self.tx.last_insert_rowid();
            let mut day = self.rng.range_i64(5, 25) as u32;
            while !used_days.insert(day) {
                day = if day >= 25 { 5 } else { day + 1 };
            }
            let liaison_female = self.rng.chance(0.6);
            let liaison = self.person_name(liaison_female);
            self.tx.execute(
                "INSERT INTO station (name, place, group_id, head, liaison, notes) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    sname,
                    splace,
                    gid,
                    self.chair_name,
                    liaison,
                    format!("每月{day}日为代表接待选民日（逢周末顺延）；两簿两卡由联络员保管")
                ],
            )?;
            let sid = self.tx.last_insert_rowid();
            self.groups.push(Group {
                id: gid,
                station_id: sid,
                station_name: sname,
                station_place: splace,
                areas,
                village,
                reception_day: day,
            });
        }
        self.summary.groups = GROUPS;
        self.summary.stations = GROUPS;
        Ok(())
    }

    // --------------------------------------------------------- deputies

    /// Roster slots: (group, level, archetype, home).
    fn slots(&mut self) -> Vec<(usize, &'static str, Arch, String)> {
        let mut town = [10usize; GROUPS];
        for _ in 0..2 {
            let a = self.rng.below(GROUPS as u64) as usize;
            let b = self.rng.below(GROUPS as u64) as usize;
            if a != b && town[a] > 9 && town[b] < 11 {
                town[a] -= 1;
                town[b] += 1;
            }
        }
        let mut county = [3usize, 3, 3, 2, 2, 2];
        self.rng.shuffle(&mut county);
        let pool = [
            Arch::Farmer,
            Arch::Farmer,
            Arch::Farmer,
            Arch::Coop,
            Arch::Teacher,
            Arch::Doctor,
            Arch::Enterprise,
            Arch::Worker,
            Arch::Individual,
            Arch::VillageCadre,
            Arch::Farmer,
            Arch::Worker,
        ];
        let officials = [
            Arch::ViceChair,
            Arch::Official("副镇长"),
            Arch::Official("副镇长"),
            Arch::Official("党委委员、组织委员"),
            Arch::Official("纪委书记"),
        ];
        let mut slots = Vec::new();
        for gi in 0..GROUPS {
            let areas = self.groups[gi].areas.clone();
            let last = areas.len() - 1;
            let fixed: Vec<(Arch, String)> = if gi == 0 {
                vec![
                    (Arch::Chair, areas[0].clone()),
                    (Arch::Official("党委副书记"), areas[1].clone()),
                    (Arch::CommunitySecretary, areas[0].clone()),
                    (Arch::CommunitySecretary, areas[1].clone()),
                    (Arch::Teacher, areas[0].clone()),
                    (Arch::Doctor, areas[1].clone()),
                    (Arch::Secretary, areas[2].clone()),
                    (Arch::Enterprise, areas[0].clone()),
                    (Arch::Individual, areas[1].clone()),
                    (Arch::Worker, areas[2].clone()),
                    (Arch::Farmer, areas[2].clone()),
                ]
            } else {
                vec![
                    (Arch::Secretary, areas[0].clone()),
                    (Arch::ViceSecretary, areas[1].clone()),
                    (
                        if last >= 2 {
                            Arch::Secretary
                        } else {
                            Arch::VillageCadre
                        },
                        areas[last].clone(),
                    ),
                    (Arch::WomenCadre, areas[0].clone()),
                    (officials[gi - 1], areas[0].clone()),
                ]
            };
            for k in 0..town[gi] {
                let (arch, home) = match fixed.get(k) {
                    Some(f) => f.clone(),
                    None => {
                        let a = pick(&mut self.rng, &pool);
                        let h = pick_string(&mut self.rng, &areas);
                        (a, h)
                    }
                };
                slots.push((gi, TOWN_LEVEL, arch, home));
            }
            let county_fixed: Vec<(Arch, String)> = if gi == 0 {
                vec![
                    (Arch::Official("党委书记"), areas[0].clone()),
                    (Arch::Official("镇长"), areas[1].clone()),
                    (Arch::Enterprise, areas[2].clone()),
                ]
            } else {
                vec![(Arch::Secretary, areas[1].clone())]
            };
            let county_pool = [
                Arch::Coop,
                Arch::Enterprise,
                Arch::CountyTeacher,
                Arch::Farmer,
            ];
            for k in 0..county[gi] {
                let (arch, home) = match county_fixed.get(k) {
                    Some(f) => f.clone(),
                    None => {
                        let a = pick(&mut self.rng, &county_pool);
                        let h = pick_string(&mut self.rng, &areas);
                        (a, h)
                    }
                };
                slots.push((gi, COUNTY_LEVEL, arch, home));
            }
        }
        slots
    }

    fn deputies(&mut self) -> rusqlite::Result<()> {
        let mut slots = self.slots();
        let current = slots.len();
        // Deputies whose term ended early: 2 or 3 of 辞职 / 调离 / 去世.
        let mut endings = vec![
            ("辞职", Arch::Enterprise),
            ("调离", Arch::Teacher),
            ("去世", Arch::Farmer),
        ];
        self.rng.shuffle(&mut endings);
        let n_end = if self.rng.chance(0.5) { 2 } else { 3 };
        endings.truncate(n_end);
        endings.sort_by_key(|e| e.0);
        for &(_, arch) in &endings {
            let gi = self.rng.below(GROUPS as u64) as usize;
            let home = pick_string(&mut self.rng, &self.groups[gi].areas);
            slots.push((gi, TOWN_LEVEL, arch, home));
        }
        let total = slots.len();

        // Gender: about a third women, women's cadres always.
        let target = (total * self.rng.range_i64(33, 37) as usize + 50) / 100;
        let mut female = vec![false; total];
        let mut soft = Vec::new();
        let mut hard = Vec::new();
        for (i, s) in slots.iter().enumerate() {
            match s.2 {
                Arch::WomenCadre => female[i] = true,
                Arch::Chair => female[i] = self.chair_female,
                Arch::Official(_) | Arch::ViceChair | Arch::Secretary | Arch::ViceSecretary => {
                    hard.push(i)
                }
                _ => soft.push(i),
            }
        }
        self.rng.shuffle(&mut soft);
        self.rng.shuffle(&mut hard);
        let women = female.iter().filter(|&&f| f).count();
        let mut order: Vec<usize> = hard.iter().take(2).copied().collect();
        order.extend(soft.iter().copied());
        order.extend(hard.iter().skip(2).copied());
        let need = target.saturating_sub(women);
        for i in order.into_iter().take(need) {
            female[i] = true;
        }

        // A few from ethnic minorities.
        let minorities = self.rng.sample_indices(names::ETHNIC_MINORITIES.len(), 2);
        let n_min = self.rng.range_i64(3, 5) as usize;
        let minority_rows = self.rng.sample_indices(total, n_min);

        // Five deputies carry a surname with a special reading.
        let not_chair: Vec<usize> = (0..total).filter(|&i| slots[i].2 != Arch::Chair).collect();
        let poly_rows: Vec<usize> = self
            .rng
            .sample_indices(not_chair.len(), names::POLYPHONIC_SURNAMES.len())
            .into_iter()
            .map(|i| not_chair[i])
            .collect();

        let county_base = self.rng.range_i64(11, 28) as usize;
        let mut all_areas: Vec<String> = Vec::new();
        for g in &self.groups {
            all_areas.extend(g.areas.iter().cloned());
        }

        for (i, (gi, level, arch, home)) in slots.iter().cloned().enumerate() {
            let name = if arch == Arch::Chair {
                self.chair_name.clone()
            } else if let Some(k) = poly_rows.iter().position(|&r| r == i) {
                let surname = names::POLYPHONIC_SURNAMES[k];
                let chars = if female[i] {
                    names::FEMALE_CHARS
                } else {
                    names::MALE_CHARS
                };
                loop {
                    let n = self.given_name(surname, chars);
                    if self.claim_name(&n) {
                        break n;
                    }
                }
            } else {
                self.person_name(female[i])
            };
            let ethnicity = match minority_rows.iter().position(|&r| r == i) {
                Some(k) => names::ETHNIC_MINORITIES[minorities[k % minorities.len()]],
                None => "汉族",
            };
            let dead = i >= current && endings[i - current].0 == "去世";
            let a = self.attrs(arch, &home, dead);
            let area_no = all_areas.iter().position(|x| *x == home).unwrap_or(0);
            let district = if level == COUNTY_LEVEL {
                format!("县第{}选区", cn(county_base + gi / 2))
            } else {
                format!("第{}选区", cn(2 * area_no + 1 + self.rng.below(2) as usize))
            };
            let address = if home.ends_with('村') && !matches!(arch, Arch::Official(_)) {
                format!(
                    "{}{}{}组{}号",
                    self.town,
                    home,
                    cn(self.rng.range_i64(1, 9) as usize),
                    self.rng.range_i64(1, 60)
                )
            } else {
                format!(
                    "{}{}{}号",
                    self.town,
                    pick(&mut self.rng, names::STREETS),
                    self.rng.range_i64(2, 180)
                )
            };
            let phone = self.phone();
            self.deps.push(Dep {
                id: 0,
                name,
                level,
                arch,
                group: gi,
                home,
                moved_from: None,
                ended: None,
                role: "组员",
                behind: false,
                party_member: a.party == "中共党员",
            });
            let d = self.deps.len() - 1;
            if arch == Arch::Chair {
                self.chair = d;
            }
            if arch == Arch::ViceChair {
                self.vice = d;
            }
            self.pending.push(PendingDep {
                gender: if female[i] { "女" } else { "男" },
                ethnicity,
                birth: a.birth,
                party: a.party,
                education: a.education,
                occupation: a.occupation,
                unit_title: a.unit_title,
                district,
                phone,
                address,
            });
        }

        // Endings, leaders, one move between groups, deputies behind.
        let end_lo = plus(self.ws, 20).min(self.today);
        let end_hi = plus(self.today, -10);
        for (k, &(status, _)) in endings.iter().enumerate() {
            let on = self.between(end_lo, end_hi).max(self.term_start);
            let d = current + k;
            self.deps[d].ended = Some(on);
            self.end_status.push((d, status));
        }
        for gi in 0..GROUPS {
            let members: Vec<usize> = (0..current)
                .filter(|&d| self.deps[d].group == gi)
                .filter(|&d| d != self.chair && d != self.vice)
                .collect();
            let leader = members
                .iter()
                .copied()
                .find(|&d| {
                    self.deps[d].level == TOWN_LEVEL
                        && matches!(
                            self.deps[d].arch,
                            Arch::Secretary | Arch::CommunitySecretary
                        )
                })
                .or_else(|| members.iter().copied().find(|&d| self.deps[d].party_member))
                .or_else(|| members.first().copied());
            let rest: Vec<usize> = members
                .iter()
                .copied()
                .filter(|&d| Some(d) != leader && !matches!(self.deps[d].arch, Arch::Official(_)))
                .collect();
            if let Some(l) = leader {
                self.deps[l].role = "组长";
            }
            if let Some(&v) = self.rng.pick(&rest) {
                self.deps[v].role = "副组长";
            }
        }
        let plain: Vec<usize> = (0..current)
            .filter(|&d| {
                let p = &self.deps[d];
                p.level == TOWN_LEVEL
                    && p.role == "组员"
                    && d != self.chair
                    && d != self.vice
                    && !matches!(p.arch, Arch::Official(_))
            })
            .collect();
        let chosen = self.rng.sample_indices(plain.len(), 4);
        let mover = plain[chosen[0]];
        for &c in &chosen[1..] {
            self.deps[plain[c]].behind = true;
        }
        let old =
            (self.deps[mover].group + 1 + self.rng.below(GROUPS as u64 - 1) as usize) % GROUPS;
        let moved_on = self.between(plus(self.ws, 30).min(self.today), plus(self.today, -30));
        let moved_on = moved_on.max(plus(self.term_start, 1)).min(self.today);
        self.deps[mover].moved_from = Some((old, moved_on));

        self.write_deputies()
    }
}

struct Attrs {
    birth: String,
    party: &'static str,
    education: &'static str,
    occupation: &'static str,
    unit_title: String,
}

struct PendingDep {
    gender: &'static str,
    ethnicity: &'static str,
    birth: String,
    party: &'static str,
    education: &'static str,
    occupation: &'static str,
    unit_title: String,
    district: String,
    phone: String,
    address: String,
}

impl Gen<'_, '_> {
    fn attrs(&mut self, arch: Arch, home: &str, dead: bool) -> Attrs {
        let town = self.town.clone();
        let county = self.county.clone();
        let (lo, hi) = match arch {
            Arch::Chair | Arch::ViceChair | Arch::Official(_) => (1971, 1988),
            Arch::Secretary | Arch::ViceSecretary | Arch::CommunitySecretary => (1963, 1986),
            Arch::WomenCadre => (1970, 1992),
            Arch::VillageCadre => (1962, 1985),
            Arch::Farmer => (1960, 1994),
            Arch::Worker => (1975, 1998),
            Arch::Individual => (1986, 2000),
            Arch::Teacher | Arch::CountyTeacher => (1970, 1996),
            Arch::Doctor => (1966, 1992),
            Arch::Enterprise | Arch::Coop => (1965, 1990),
        };
        let (lo, hi) = if dead { (1960, 1964) } else { (lo, hi) };
        let year = self.rng.range_i64(lo, hi);
        let birth = format!("{year}-{:02}", self.rng.range_i64(1, 12));
        let party = match arch {
            Arch::Chair
            | Arch::ViceChair
            | Arch::Official(_)
            | Arch::Secretary
            | Arch::ViceSecretary
            | Arch::CommunitySecretary => "中共党员",
            Arch::WomenCadre | Arch::VillageCadre => self.weighted(&[("中共党员", 8), ("群众", 2)]),
            Arch::Teacher | Arch::CountyTeacher | Arch::Doctor => {
                self.weighted(&[("中共党员", 5), ("民主党派", 1), ("群众", 4)])
            }
            Arch::Enterprise | Arch::Coop => {
                self.weighted(&[("中共党员", 4), ("无党派人士", 1), ("群众", 5)])
            }
            _ if year >= 1992 => {
                self.weighted(&[("共青团员", 5), ("中共预备党员", 1), ("群众", 4)])
            }
            _ => self.weighted(&[("中共党员", 3), ("中共预备党员", 1), ("群众", 7)]),
        };
        let education = match arch {
            Arch::Chair | Arch::ViceChair | Arch::Official(_) => {
                self.weighted(&[("本科", 14), ("研究生", 3), ("大专", 3)])
            }
            Arch::Secretary | Arch::ViceSecretary | Arch::CommunitySecretary => {
                self.weighted(&[("大专", 4), ("高中", 3), ("中专", 2), ("本科", 1)])
            }
            Arch::WomenCadre | Arch::VillageCadre => {
                self.weighted(&[("高中", 4), ("初中", 3), ("大专", 3)])
            }
            Arch::Farmer if dead || year < 1966 => self.weighted(&[("小学", 1), ("初中", 1)]),
            Arch::Farmer => self.weighted(&[("初中", 10), ("小学", 2), ("高中", 6), ("中专", 1)]),
            Arch::Teacher | Arch::CountyTeacher => self.weighted(&[("本科", 4), ("大专", 1)]),
            Arch::Doctor => self.weighted(&[("大专", 5), ("本科", 3), ("中专", 2)]),
            Arch::Enterprise | Arch::Coop => {
                self.weighted(&[("高中", 4), ("大专", 4), ("本科", 2)])
            }
            Arch::Worker => self.weighted(&[("初中", 5), ("高中", 3), ("中专", 2)]),
            Arch::Individual => self.weighted(&[("高中", 5), ("大专", 3), ("初中", 2)]),
        };
        let occupation = match arch {
            Arch::Chair | Arch::ViceChair | Arch::Official(_) => "党政干部",
            Arch::Teacher | Arch::CountyTeacher | Arch::Doctor => "专业技术人员",
            Arch::Enterprise | Arch::Coop => "企业负责人",
            Arch::Worker => "工人",
            Arch::Individual | Arch::CommunitySecretary => "其他",
            _ => "农民",
        };
        let stem = self.stem();
        let unit_title = match arch {
            Arch::Chair => format!("{town}人大主席"),
            Arch::ViceChair => format!("{town}人大副主席"),
            Arch::Official(t) => format!("{town}{t}"),
            Arch::Secretary => {
                if self.rng.chance(0.7) {
                    format!("{home}党总支书记、村委会主任")
                } else {
                    format!("{home}党支部书记")
                }
            }
            Arch::ViceSecretary => {
                if self.rng.chance(0.5) {
                    format!("{home}党总支副书记")
                } else {
                    format!("{home}村委会副主任")
                }
            }
            Arch::CommunitySecretary => format!("{home}党总支书记、居委会主任"),
            Arch::WomenCadre => format!("{home}妇联主席"),
            Arch::VillageCadre => match self.rng.below(3) {
                0 => format!("{home}村务监督委员会主任"),
                1 => format!("{home}{}组组长", cn(self.rng.range_i64(1, 9) as usize)),
                _ => format!("{home}报账员"),
            },
            Arch::Farmer => match self.rng.below(4) {
                0 => format!("{home}村民"),
                1 => format!("{home}种粮大户"),
                2 => format!("{home}养殖户"),
                _ => format!("{home}{stem}家庭农场负责人"),
            },
            Arch::Coop => format!(
                "{county}{stem}{}理事长",
                pick(&mut self.rng, names::COOP_KINDS)
            ),
            Arch::Teacher => match self.rng.below(3) {
                0 => format!("{town}中心学校教师"),
                1 if home.ends_with('村') => format!("{home}小学校长"),
                _ => format!("{town}中心幼儿园教师"),
            },
            Arch::CountyTeacher => format!("县第{}中学教师", cn(self.rng.range_i64(1, 4) as usize)),
            Arch::Doctor => match self.rng.below(6) {
                0..=2 if home.ends_with('村') => format!("{home}卫生室乡村医生"),
                0 | 1 => format!("{town}卫生院医生"),
                2 | 3 => format!("{town}卫生院护士"),
                4 => format!("{town}卫生院医生"),
                _ => format!("{town}卫生院副院长"),
            },
            Arch::Enterprise => format!(
                "{county}{stem}{}{}",
                pick(&mut self.rng, names::COMPANY_KINDS),
                if self.rng.chance(0.5) {
                    "总经理"
                } else {
                    "董事长"
                }
            ),
            Arch::Worker => match self.rng.below(3) {
                0 => format!(
                    "{county}{stem}{}工人",
                    pick(&mut self.rng, names::FACTORY_KINDS)
                ),
                1 => format!(
                    "{county}{stem}{}车间主任",
                    pick(&mut self.rng, names::FACTORY_KINDS)
                ),
                _ => format!("{town}供电所电工"),
            },
            Arch::Individual => pick(&mut self.rng, names::INDIVIDUAL_TITLES).to_string(),
        };
        Attrs {
            birth,
            party,
            education,
            occupation,
            unit_title,
        }
    }

    fn write_deputies(&mut self) -> rusqlite::Result<()> {
        let created = plus(self.ws, -self.rng.range_i64(5, 15)).max(self.term_start);
        for d in 0..self.deps.len() {
            let stamp = self.stamp(created);
            let (status, reason, updated) = match self.end_status.iter().find(|e| e.0 == d) {
                Some(&(_, st)) => {
                    let on = self.deps[d].ended.unwrap_or(self.today);
                    let reason = match st {
                        "辞职" => {
                            "因企业经营需要长期在外，本人书面申请辞去代表职务，经镇人大主席团会议接受"
                        }
                        "调离" => "工作调动至县城学校，户籍迁出本镇，代表资格终止",
                        _ => "因病去世",
                    };
                    (st, reason, self.stamp(on))
                }
                None => match self.deps[d].moved_from {
                    Some((_, on)) => ("在任", "", self.stamp(on)),
                    None => ("在任", "", stamp.clone()),
                },
            };
            let notes = match self.deps[d].moved_from {
                Some((old, on)) => format!(
                    "{}因居住地变更，由第{}代表小组调整至第{}代表小组",
                    on.format("%Y年%-m月"),
                    cn(old + 1),
                    cn(self.deps[d].group + 1)
                ),
                None => String::new(),
            };
            let p = &self.pending[d];
            let dep = &self.deps[d];
            self.tx.execute(
                "INSERT INTO deputy (name, gender, ethnicity, birth_month, party, education, \
                 occupation, unit_title, district, level, directly_elected, phone, address, \
                 term_id, status, ended_on, end_reason, notes, pinyin, created_at, updated_at) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, 1, ?11, ?12, ?13, ?14, ?15, \
                 ?16, ?17, '', ?18, ?19)",
                params![
                    dep.name,
                    p.gender,
                    p.ethnicity,
                    p.birth,
                    p.party,
                    p.education,
                    p.occupation,
                    p.unit_title,
                    p.district,
                    dep.level,
                    p.phone,
                    p.address,
                    self.term_id,
                    status,
                    dep.ended.map(fmt),
                    reason,
                    notes,
                    stamp,
                    updated
                ],
            )?;
            self.deps[d].id = self.tx.last_insert_rowid();
        }
        for d in 0..self.deps.len() {
            let dep = &self.deps[d];
            let group_id = self.groups[dep.group].id;
            let start = fmt(self.term_start);
            let left = dep.ended.map(fmt);
            match dep.moved_from {
                Some((old, on)) => {
                    self.tx.execute(
                        "INSERT INTO membership (deputy_id, group_id, role, joined_on, left_on) \
                         VALUES (?1, ?2, '组员', ?3, ?4)",
                        params![dep.id, self.groups[old].id, start, fmt(on)],
                    )?;
                    self.tx.execute(
                        "INSERT INTO membership (deputy_id, group_id, role, joined_on, left_on) \
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![dep.id, group_id, dep.role, fmt(on), left],
                    )?;
                }
                None => {
                    self.tx.execute(
                        "INSERT INTO membership (deputy_id, group_id, role, joined_on, left_on) \
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![dep.id, group_id, dep.role, start, left],
                    )?;
                }
            }
        }
        self.summary.deputies = self.deps.len();
        Ok(())
    }

    // ------------------------------------------------------------ units

    fn units(&mut self) -> rusqlite::Result<()> {
        let area = self.rng.range_i64(730, 739);
        for &(name, active) in names::UNITS {
            let female = self.rng.chance(0.35);
            let contact = self.person_name(female);
            let title = if name.contains("卫生院") {
                "院长"
            } else if name.contains("学校") {
                "校长"
            } else if name.ends_with('所') {
                "所长"
            } else {
                pick(&mut self.rng, names::UNIT_CONTACT_TITLES)
            };
            let phone = if self.rng.chance(0.5) {
                format!("0{area}-{}", self.rng.range_i64(7_200_000, 7_299_999))
            } else {
                self.phone()
            };
            self.tx.execute(
                "INSERT INTO handling_unit (name, contact, phone, active) VALUES (?1, ?2, ?3, ?4)",
                params![name, format!("{contact}（{title}）"), phone, active],
            )?;
            self.unit_ids.push(self.tx.last_insert_rowid());
        }
        self.summary.units = self.unit_ids.len();
        Ok(())
    }
}

// ------------------------------------------------------------- activities

type Presence = Vec<(usize, &'static str, &'static str, bool)>;

impl Gen<'_, '_> {
    fn members_on(&self, group: usize, on: NaiveDate) -> Vec<usize> {
        (0..self.deps.len())
            .filter(|&d| self.deps[d].group_on(on) == Some(group))
            .collect()
    }

    fn active_on(&self, on: NaiveDate, level: Option<&str>) -> Vec<usize> {
        (0..self.deps.len())
            .filter(|&d| self.deps[d].active_on(on))
            .filter(|&d| level.is_none_or(|l| self.deps[d].level == l))
            .collect()
    }

    fn leader_of(&self, group: usize) -> String {
        self.deps
            .iter()
            .find(|d| d.group == group && d.role == "组长" && d.current())
            .map(|d| d.name.clone())
            .unwrap_or_else(|| self.chair_name.clone())
    }

    /// Who came: mostly present, some on leave with a reason, a few absent.
    fn presence(&mut self, who: &[usize], spoke_p: f64) -> Presence {
        let mut out = Vec::new();
        for &d in who {
            let (p_in, p_leave) = if self.deps[d].behind {
                (0.55, 0.25)
            } else {
                (0.88, 0.09)
            };
            let r = (self.rng.below(1000) as f64) / 1000.0;
            let row = if r < p_in || d == self.chair {
                let spoke = self.rng.chance(spoke_p);
                (d, "出席", "", spoke)
            } else if r < p_in + p_leave {
                (d, "请假", pick(&mut self.rng, names::LEAVE_REASONS), false)
            } else {
                (d, "缺席", "", false)
            };
            out.push(row);
        }
        out
    }

    fn add_act(&mut self, a: &Act) -> rusqlite::Result<i64> {
        let back = self.rng.range_i64(5, 20);
        let created = plus(a.on, -back).min(self.today);
        let created = self.stamp(created);
        self.tx.execute(
            "INSERT INTO activity (kind, topic, starts_on, ends_on, start_time, days, place, \
             group_id, station_id, status, record, archived, announce_due, announced_on, created_at) \
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)",
            params![
                a.kind,
                a.topic,
                fmt(a.on),
                a.time,
                a.days,
                a.place,
                a.group.map(|g| self.groups[g].id),
                a.station.map(|g| self.groups[g].station_id),
                a.status,
                a.record,
                a.archived,
                a.announce_due.map(fmt),
                a.announced_on.map(fmt)
                ,
                created
            ],
        )?;
        self.summary.activities += 1;
        Ok(self.tx.last_insert_rowid())
    }

    fn write_presence(&mut self, act: i64, rows: &Presence) -> rusqlite::Result<()> {
        for &(d, status, reason, spoke) in rows {
            self.tx.execute(
                "INSERT INTO attendance (activity_id, deputy_id, status, reason, spoke) \
                 VALUES (?1, ?2, ?3, ?4, ?5)",
                params![act, self.deps[d].id, status, reason, spoke],
            )?;
            self.summary.attendance += 1;
        }
        Ok(())
    }

    /// A held activity with attendance, or a planned one without.
    fn activity_with(
        &mut self,
        mut a: Act,
        who: &[usize],
        spoke_p: f64,
    ) -> rusqlite::Result<Presence> {
        if a.status != "已举行" {
            self.add_act(&a)?;
            return Ok(Vec::new());
        }
        let rows = self.presence(who, spoke_p);
        if a.record.is_empty() {
            let present = rows.iter().filter(|r| r.1 == "出席").count();
            let host = match a.group {
                Some(g) => format!("组长{}", self.leader_of(g)),
                None => format!("人大主席{}", self.chair_name),
            };
            let tails = match a.kind {
                "视察" | "调研" | "执法检查" => names::RECORD_SITE,
                "走访选民" | "向选民述职" => names::RECORD_VOTERS,
                _ => names::RECORD_ROOM,
            };
            let tail = pick(&mut self.rng, tails);
            a.record = format!(
                "{host}主持，应到{}人，实到{present}人。{tail}，收集意见建议{}条。",
                rows.len(),
                self.rng.range_i64(1, 6)
            );
        }
        let id = self.add_act(&a)?;
        self.write_presence(id, &rows)?;
        Ok(rows)
    }

    fn activities(&mut self) -> rusqlite::Result<()> {
        let today = self.today;
        let cur_q = quarter_start(today);
        let mut quarters = Vec::new();
        let mut q = quarter_start(self.ws);
        while q <= self.we {
            quarters.push(q);
            q = add_months(q, 3);
        }
        let no_current = self.rng.below(GROUPS as u64) as usize;
        let skipper = (no_current + 1 + self.rng.below(GROUPS as u64 - 1) as usize) % GROUPS;
        // Prefer a past quarter wholly inside the window for the gap.
        let mut past: Vec<NaiveDate> = quarters
            .iter()
            .copied()
            .filter(|&q| q < cur_q && q >= self.ws)
            .collect();
        if past.is_empty() {
            past = quarters
                .iter()
                .copied()
                .filter(|&q| q < cur_q && (quarter_end(q) - q.max(self.ws)).num_days() >= 20)
                .collect();
        }
        let skipped_q = self.rng.pick(&past).copied();

        for &q in &quarters {
            let lo = q.max(self.ws);
            let hi = quarter_end(q).min(self.we);
            if q != cur_q && (hi - lo).num_days() < 10 {
                continue;
            }
            for gi in 0..GROUPS {
                if (q == cur_q && gi == no_current) || (Some(q) == skipped_q && gi == skipper) {
                    continue;
                }
                let held_on = if q < cur_q {
                    Some(self.workday_between(lo, hi.min(plus(today, -1))))
                } else if q == cur_q && (today - lo).num_days() >= 7 && self.rng.chance(0.55) {
                    Some(self.workday_between(lo, plus(today, -1)))
                } else {
                    None
                };
                match held_on {
                    Some(on) => {
                        self.group_activity(gi, on, true)?;
                        if q < cur_q && self.rng.chance(0.2) {
                            let on2 = self.workday_between(lo, hi.min(plus(today, -1)));
                            self.group_activity(gi, on2, true)?;
                        }
                    }
                    None => {
                        if q <= cur_q || self.rng.chance(0.6) {
                            let on = self.workday_between(lo.max(today), hi);
                            self.group_activity(gi, on, false)?;
                        }
                    }
                }
            }
        }

        // A group meeting planned weeks ago and never recorded.
        let stale = plus(today, -self.rng.range_i64(12, 25));
        if stale >= self.ws {
            let mut gi = self.rng.below(GROUPS as u64) as usize;
            while gi == no_current || gi == skipper {
                gi = (gi + 1) % GROUPS;
            }
            let place = self.groups[gi].station_place.clone();
            self.add_act(&Act {
                kind: "座谈",
                topic: "听取选民意见座谈会".to_string(),
                on: stale,
                days: 0.5,
                time: "14:30",
                place,
                group: Some(gi),
                station: None,
                status: "计划",
                record: String::new(),
                archived: false,
                announce_due: None,
                announced_on: None,
            })?;
        }

        self.township_activities()
    }

    fn group_activity(&mut self, gi: usize, on: NaiveDate, held: bool) -> rusqlite::Result<()> {
        let (kind, topic) = pick(&mut self.rng, names::GROUP_TOPICS);
        let days = if matches!(kind, "座谈" | "走访选民") && self.rng.chance(0.5) {
            0.5
        } else {
            1.0
        };
        let place = if matches!(kind, "座谈" | "工作评议" | "向选民述职") {
            self.groups[gi].station_place.clone()
        } else {
            pick_string(&mut self.rng, &self.groups[gi].areas)
        };
        let archived = held && (today_gap(on, self.today) > 14) && self.rng.chance(0.9);
        let who = self.members_on(gi, on);
        let a = Act {
            kind,
            topic: topic.to_string(),
            on,
            days,
            time: if days < 1.0 { "14:30" } else { "09:00" },
            place,
            group: Some(gi),
            station: None,
            status: if held { "已举行" } else { "计划" },
            record: String::new(),
            archived,
            announce_due: None,
            announced_on: None,
        };
        self.activity_with(a, &who, 0.35)?;
        Ok(())
    }

    fn township_activities(&mut self) -> rusqlite::Result<()> {
        let today = self.today;
        let hall = format!("{}人民政府三楼会议室", self.town);
        // Sessions of the congress (人代会).
        for (on, n) in self.sessions.clone() {
            // The last session is kept even when it fell just before the
            // window, so every year shows one.
            if on < plus(self.ws, -45) || on < self.term_start || on > self.we {
                continue;
            }
            let held = on < today;
            let who = self.active_on(on, Some(TOWN_LEVEL));
            let topic = format!(
                "{}第{}届人民代表大会第{}次会议",
                self.town,
                cn(self.term_no),
                cn(n)
            );
            let a = Act {
                kind: "会议",
                topic: topic.clone(),
                on,
                days: 1.0,
                time: "08:30",
                place: hall.clone(),
                group: None,
                station: None,
                status: if held { "已举行" } else { "计划" },
                record: if held {
                    format!(
                        "听取审议镇人民政府工作报告、财政预算报告和人大主席团工作报告，\
                         选举产生本次会议决议，收到代表建议{}件。",
                        self.rng.range_i64(18, 32)
                    )
                } else {
                    String::new()
                },
                archived: held,
                announce_due: None,
                announced_on: None,
            };
            let rows = self.activity_with(a, &who, 0.3)?;
            for (d, status, _, spoke) in rows {
                if status == "出席" {
                    self.duty.push((on, d, "出席人代会", topic.clone()));
                    if spoke {
                        self.duty
                            .push((on, d, "审议发言", "在代表团分组审议中发言".to_string()));
                    }
                }
            }
        }
        // Training in March and September, inspections in May and November.
        let mut m = month_start(self.ws);
        let mut trainings = names::TRAINING_TOPICS.to_vec();
        let mut inspections = names::INSPECTION_TOPICS.to_vec();
        self.rng.shuffle(&mut trainings);
        self.rng.shuffle(&mut inspections);
        while m <= self.we {
            let lo = plus(m, 9).max(self.ws);
            let hi = plus(m, 24).min(self.we);
            if lo <= hi && matches!(m.month(), 3 | 9 | 5 | 11) {
                let on = self.workday_between(lo, hi);
                let held = on < today;
                let training = matches!(m.month(), 3 | 9);
                let who = if training {
                    self.active_on(on, None)
                } else {
                    let all = self.active_on(on, None);
                    let k = self.rng.range_i64(14, 20) as usize;
                    let mut picked: Vec<usize> = self
                        .rng
                        .sample_indices(all.len(), k.min(all.len()))
                        .into_iter()
                        .map(|i| all[i])
                        .collect();
                    picked.sort_unstable();
                    picked
                };
                let topic = if training {
                    trainings.rotate_left(1);
                    trainings[0]
                } else {
                    inspections.rotate_left(1);
                    inspections[0]
                };
                let a = Act {
                    kind: if training { "学习培训" } else { "视察" },
                    topic: topic.to_string(),
                    on,
                    days: 1.0,
                    time: "08:30",
                    place: if training {
                        hall.clone()
                    } else {
                        format!("{}各项目点", self.town)
                    },
                    group: None,
                    station: None,
                    status: if held { "已举行" } else { "计划" },
                    record: String::new(),
                    archived: held && today_gap(on, today) > 14,
                    announce_due: None,
                    announced_on: None,
                };
                self.activity_with(a, &who, if training { 0.1 } else { 0.3 })?;
            }
            m = add_months(m, 1);
        }
        // A cancelled inspection.
        if (today - self.ws).num_days() >= 30 {
            let on = self.workday_between(plus(self.ws, 10), plus(today, -15));
            self.add_act(&Act {
                kind: "视察",
                topic: "全镇安全生产工作视察".to_string(),
                on,
                days: 1.0,
                time: "08:30",
                place: format!("{}重点企业和建设工地", self.town),
                group: None,
                station: None,
                status: "取消",
                record: "因县里临时召开全县工作会议，视察取消，另行安排。".to_string(),
                archived: false,
                announce_due: None,
                announced_on: None,
            })?;
        }
        // A survey whose date passed without a record.
        let stale = plus(today, -self.rng.range_i64(3, 8));
        if stale >= self.ws {
            self.add_act(&Act {
                kind: "调研",
                topic: "农村寄递物流和电商服务站点运行情况调研".to_string(),
                on: stale,
                days: 1.0,
                time: "09:00",
                place: format!("{}电商服务中心", self.town),
                group: None,
                station: None,
                status: "计划",
                record: String::new(),
                archived: false,
                announce_due: None,
                announced_on: None,
            })?;
        }
        // Presidium meetings, attended by the group leaders (列席).
        let mut q = quarter_start(self.ws);
        while q < today {
            let on = self.workday_between(plus(q, 35), plus(q, 50));
            if on >= self.ws && on < today {
                for d in 0..self.deps.len() {
                    let dep = &self.deps[d];
                    if dep.role == "组长" && dep.active_on(on) {
                        self.duty.push((
                            on,
                            d,
                            "列席主席团会议",
                            "列席镇人大主席团会议，听取代表建议办理情况汇报".to_string(),
                        ));
                    }
                }
            }
            q = add_months(q, 3);
        }
        Ok(())
    }
}

fn today_gap(on: NaiveDate, today: NaiveDate) -> i64 {
    (today - on).num_days()
}

// -------------------------------------------- receptions, contacts, duty

struct RecPlan {
    group: usize,
    on: NaiveDate,
    duty: Vec<usize>,
    joint: bool,
    extra: bool,
    due_days: i64,
}

impl Gen<'_, '_> {
    fn duty_for(&mut self, gi: usize, on: NaiveDate, joint: bool, rot: &mut [usize]) -> Vec<usize> {
        let members = self.members_on(gi, on);
        let town: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&d| self.deps[d].level == TOWN_LEVEL && d != self.chair)
            .filter(|&d| !self.deps[d].behind)
            .collect();
        let county: Vec<usize> = members
            .iter()
            .copied()
            .filter(|&d| self.deps[d].level == COUNTY_LEVEL)
            .collect();
        let mut duty = Vec::new();
        let k = if joint && county.len() >= 2 {
            duty.extend(county.iter().copied());
            1
        } else if self.rng.chance(0.4) {
            3
        } else {
            2
        };
        for j in 0..k.min(town.len()) {
            let d = town[(rot[gi] + j) % town.len()];
            if !duty.contains(&d) {
                duty.push(d);
            }
        }
        rot[gi] += k;
        duty
    }

    fn receptions(&mut self) -> rusqlite::Result<()> {
        let today = self.today;
        let mut recs = Vec::new();
        let mut rot = [0usize; GROUPS];
        for gi in 0..GROUPS {
            let mut m = month_start(self.ws);
            while m <= self.we {
                let day = self.groups[gi].reception_day.min(month_end(m).day());
                let mut on = ymd(m.year(), m.month(), day);
                on = match on.weekday() {
                    Weekday::Sat => plus(on, 2),
                    Weekday::Sun => plus(on, 1),
                    _ => on,
                };
                if on >= self.ws && on <= self.we {
                    let joint = m.month() % 3 == 0;
                    let duty = self.duty_for(gi, on, joint, &mut rot);
                    let due_days = self.rng.range_i64(3, 5);
                    recs.push(RecPlan {
                        group: gi,
                        on,
                        duty,
                        joint,
                        extra: false,
                        due_days,
                    });
                }
                m = add_months(m, 1);
            }
        }
        // (a) A recent held reception whose notice never went up.
        let ga = self.rng.below(GROUPS as u64) as usize;
        let unannounced = recs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.group == ga && r.on < today)
            .map(|(i, _)| i)
            .next_back();
        // (b) An upcoming one whose notice is overdue.
        let overdue = recs
            .iter()
            .position(|r| r.group != ga && r.on >= today && plus(r.on, -r.due_days) <= today);
        let overdue = match overdue {
            Some(i) => Some(i),
            None if plus(today, 2) <= self.we => {
                let gb = (ga + 1 + self.rng.below(GROUPS as u64 - 1) as usize) % GROUPS;
                let on = plus(today, 2);
                let duty = self.duty_for(gb, on, false, &mut rot);
                recs.push(RecPlan {
                    group: gb,
                    on,
                    duty,
                    joint: false,
                    extra: true,
                    due_days: 3,
                });
                Some(recs.len() - 1)
            }
            None => None,
        };
        let mut order: Vec<usize> = (0..recs.len()).collect();
        order.sort_by_key(|&i| (recs[i].on, recs[i].group));
        for i in order {
            let r = &recs[i];
            let (gi, on, joint, extra) = (r.group, r.on, r.joint, r.extra);
            let duty = r.duty.clone();
            let due = plus(on, -r.due_days);
            let held = on < today;
            let announced = if Some(i) == unannounced || Some(i) == overdue || due > today {
                None
            } else {
                Some(self.between(plus(due, -2), due.min(today)))
            };
            let topic = if extra {
                "临时接待日：征集年度民生实事项目建议".to_string()
            } else if joint {
                "县、镇人大代表联合接待选民日".to_string()
            } else {
                "代表接待选民日".to_string()
            };
            let mut rows: Presence = Vec::new();
            let mut record = String::new();
            if held {
                for &d in &duty {
                    if self.rng.chance(0.94) {
                        rows.push((d, "出席", "", false));
                    } else {
                        rows.push((d, "请假", "临时外出，已与其他代表调换", false));
                    }
                }
                let visitors = self.rng.range_i64(2, 15);
                let opinions = self.rng.range_i64(1, visitors.min(6));
                let answered = self.rng.range_i64(0, opinions);
                record = format!(
                    "接待来访选民{visitors}人次，收集意见建议{opinions}条，现场解答{answered}条，其余登记转交办理。"
                );
                let station = self.groups[gi].station_name.clone();
                let present: Vec<usize> =
                    rows.iter().filter(|r| r.1 == "出席").map(|r| r.0).collect();
                for &d in &present {
                    self.contacts.push(Contact {
                        on,
                        dep: d,
                        mode: "接访",
                        people: visitors,
                        in_district: true,
                        summary: format!("{station}接待日接待来访选民"),
                    });
                }
                self.held_receptions.push(HeldReception { on, present });
            }
            let archived = held && today_gap(on, today) > 14 && self.rng.chance(0.85);
            let a = Act {
                kind: "接待选民",
                topic,
                on,
                days: 0.5,
                time: "09:00",
                place: self.groups[gi].station_place.clone(),
                group: None,
                station: Some(gi),
                status: if held { "已举行" } else { "计划" },
                record,
                archived,
                announce_due: Some(due),
                announced_on: announced,
            };
            let id = self.add_act(&a)?;
            for &d in &duty {
                self.tx.execute(
                    "INSERT INTO reception_duty (activity_id, deputy_id) VALUES (?1, ?2)",
                    params![id, self.deps[d].id],
                )?;
            }
            self.write_presence(id, &rows)?;
        }
        Ok(())
    }

    /// The days a deputy could act in the window: [from, to].
    fn span_of(&self, d: usize) -> Option<(NaiveDate, NaiveDate)> {
        let to = match self.deps[d].ended {
            Some(e) => plus(e, -1).min(self.today),
            None => self.today,
        };
        (to >= self.ws).then_some((self.ws, to))
    }

    fn voter_contacts(&mut self) -> rusqlite::Result<()> {
        const MODES: &[(&str, u64)] = &[
            ("走访", 45),
            ("电话", 20),
            ("约访", 10),
            ("回访", 15),
            ("接访", 10),
        ];
        for d in 0..self.deps.len() {
            let Some((lo, hi)) = self.span_of(d) else {
                continue;
            };
            let n = if self.deps[d].behind {
                self.rng.range_i64(0, 1)
            } else if self.deps[d].level == COUNTY_LEVEL {
                self.rng.range_i64(3, 9)
            } else {
                self.rng.range_i64(4, 13)
            };
            for _ in 0..n {
                let on = self.between(lo, hi);
                let mode = self.weighted(MODES);
                let people = match mode {
                    "走访" => self.rng.range_i64(1, 12),
                    "电话" => self.rng.range_i64(1, 2),
                    "约访" => self.rng.range_i64(1, 6),
                    "回访" => self.rng.range_i64(1, 4),
                    _ => self.rng.range_i64(1, 20),
                };
                let people = if self.deps[d].behind {
                    people.min(3)
                } else {
                    people
                };
                let in_district = self.rng.chance(0.9);
                let summary = pick(&mut self.rng, names::CONTACT_SUMMARIES).to_string();
                self.contacts.push(Contact {
                    on,
                    dep: d,
                    mode,
                    people,
                    in_district,
                    summary,
                });
            }
        }
        let mut contacts = std::mem::take(&mut self.contacts);
        contacts.sort_by_key(|c| (c.on, c.dep));
        for c in &contacts {
            self.tx.execute(
                "INSERT INTO voter_contact (deputy_id, contacted_on, mode, people, in_district, summary) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    self.deps[c.dep].id,
                    fmt(c.on),
                    c.mode,
                    c.people,
                    c.in_district,
                    c.summary
                ],
            )?;
        }
        self.summary.voter_contacts = contacts.len();
        Ok(())
    }

    fn duty_events(&mut self) -> rusqlite::Result<()> {
        for d in 0..self.deps.len() {
            let Some((lo, hi)) = self.span_of(d) else {
                continue;
            };
            if self.deps[d].behind {
                continue;
            }
            let deeds = self.weighted(&[("0", 1), ("1", 2), ("2", 1)]);
            let deeds: usize = deeds.parse().unwrap_or(0);
            for _ in 0..deeds {
                let on = self.between(lo, hi);
                let note = pick(&mut self.rng, names::DEED_NOTES).to_string();
                self.duty.push((on, d, "办实事", note));
            }
            if self.deps[d].level == TOWN_LEVEL && self.rng.chance(0.2) {
                let on = self.between(lo, hi);
                let note = format!(
                    "在{}村民代表会议上向选民述职，接受满意度测评",
                    self.deps[d].home
                );
                self.duty.push((on, d, "向选民述职", note));
            }
        }
        let mut duty = std::mem::take(&mut self.duty);
        duty.sort_by_key(|a| (a.0, a.1));
        for (on, d, kind, note) in &duty {
            self.tx.execute(
                "INSERT INTO duty_event (deputy_id, happened_on, kind, note) VALUES (?1, ?2, ?3, ?4)",
                params![self.deps[*d].id, fmt(*on), kind, note],
            )?;
        }
        Ok(())
    }

    fn chair_contacts(&mut self) -> rusqlite::Result<()> {
        let today = self.today;
        let mut months = Vec::new();
        let mut m = month_start(self.ws);
        while m <= today {
            months.push(m);
            m = add_months(m, 1);
        }
        // One past month with no contact at all.
        let complete: Vec<NaiveDate> = months
            .iter()
            .copied()
            .filter(|&m| m >= self.ws && month_end(m) < today)
            .collect();
        let inner: Vec<NaiveDate> = if complete.len() > 2 {
            complete[1..complete.len() - 1].to_vec()
        } else {
            complete.clone()
        };
        let gap = self.rng.pick(&inner).copied();
        let mut rows = Vec::new();
        for &m in &months {
            if Some(m) == gap {
                continue;
            }
            let lo = m.max(self.ws);
            let hi = month_end(m).min(today);
            let n = self.rng.range_i64(2, 4);
            for _ in 0..n {
                let on = self.workday_between(lo, hi);
                let who: Vec<usize> = self
                    .active_on(on, None)
                    .into_iter()
                    .filter(|&d| d != self.chair)
                    .collect();
                let Some(&d) = self.rng.pick(&who) else {
                    continue;
                };
                let mode = self.weighted(&[("走访", 3), ("电话", 4), ("座谈", 2), ("其他", 1)]);
                let summary = pick(&mut self.rng, names::CHAIR_CONTACT_SUMMARIES);
                rows.push((on, d, mode, summary));
            }
        }
        rows.sort_by_key(|r| (r.0, r.1));
        for (on, d, mode, summary) in rows {
            self.tx.execute(
                "INSERT INTO chair_contact (deputy_id, contacted_on, mode, summary) VALUES (?1, ?2, ?3, ?4)",
                params![self.deps[d].id, fmt(on), mode, summary],
            )?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------- motions

fn unit_index(name: &str) -> usize {
    names::UNITS.iter().position(|u| u.0 == name).unwrap_or(0)
}

impl Gen<'_, '_> {
    /// A deputy who raises items: in office, township level, not the chair,
    /// not one of those far behind.
    fn raiser(&mut self, level: &str) -> usize {
        let list: Vec<usize> = (0..self.deps.len())
            .filter(|&d| {
                let p = &self.deps[d];
                p.current() && p.level == level && !p.behind && d != self.chair
            })
            .collect();
        pick(&mut self.rng, &list)
    }

    fn cosigners(&mut self, lead: usize, n: usize, same_group: bool) -> Vec<usize> {
        let list: Vec<usize> = (0..self.deps.len())
            .filter(|&d| {
                let p = &self.deps[d];
                d != lead
                    && p.current()
                    && p.level == TOWN_LEVEL
                    && d != self.chair
                    && (!same_group || p.group == self.deps[lead].group)
            })
            .collect();
        let mut out: Vec<usize> = self
            .rng
            .sample_indices(list.len(), n.min(list.len()))
            .into_iter()
            .map(|i| list[i])
            .collect();
        out.sort_unstable();
        out
    }

    fn village_for(&mut self, lead: usize) -> String {
        let home = self.deps[lead].home.clone();
        if home.ends_with('村') && self.rng.chance(0.6) {
            home
        } else {
            self.groups[self.deps[lead].group].village.clone()
        }
    }

    fn new_plan(
        &mut self,
        kind: &'static str,
        status: &'static str,
        topic: &'static MotionTopic,
        lead: usize,
        received: NaiveDate,
        used: &mut BTreeSet<String>,
    ) -> MPlan {
        let mut village = self.village_for(lead);
        let mut title = topic.title.replace("{v}", &village);
        for _ in 0..20 {
            if !used.contains(&title) {
                break;
            }
            let gi = self.rng.below(GROUPS as u64) as usize;
            village = self.groups[gi].village.clone();
            title = topic.title.replace("{v}", &village);
        }
        used.insert(title.clone());
        let source = match kind {
            "选民意见" => "接待日",
            _ if self.rng.chance(0.25) => "走访",
            _ => "闭会期间",
        };
        let note = match kind {
            "选民意见" => format!("{}代表在接待日收集，登记", self.deps[lead].name),
            _ => format!("{}代表领衔提出，登记", self.deps[lead].name),
        };
        MPlan {
            topic,
            kind,
            status,
            source,
            category: topic.category,
            title,
            content: topic.content.replace("{v}", &village),
            action: topic.action,
            key_item: false,
            routing: (kind == "选民意见").then_some("乡镇办理"),
            voter: None,
            signers: vec![lead],
            received,
            assigned: None,
            due: None,
            closed: None,
            events: vec![Ev {
                on: received,
                step: "登记",
                unit: None,
                note,
            }],
            units: Vec::new(),
            replies: Vec::new(),
            letter: None,
        }
    }

    /// A suggestion (建议) on a fresh topic, with 0-2 co-signers.
    fn suggestion(
        &mut self,
        status: &'static str,
        received: NaiveDate,
        used: &mut BTreeSet<String>,
    ) -> MPlan {
        let lead = self.raiser(TOWN_LEVEL);
        // Least-used topics first; a topic without a village only once.
        let least = self.topic_uses.iter().copied().min().unwrap_or(0);
        let fresh: Vec<usize> = (0..names::SUGGESTION_TOPICS.len())
            .filter(|&i| {
                let t = &names::SUGGESTION_TOPICS[i];
                self.topic_uses[i] <= least && (t.title.contains("{v}") || self.topic_uses[i] == 0)
            })
            .collect();
        let fresh = if fresh.is_empty() {
            (0..names::SUGGESTION_TOPICS.len())
                .filter(|&i| names::SUGGESTION_TOPICS[i].title.contains("{v}"))
                .collect()
        } else {
            fresh
        };
        let i = pick(&mut self.rng, &fresh);
        self.topic_uses[i] += 1;
        let topic = &names::SUGGESTION_TOPICS[i];
        let mut p = self.new_plan("建议", status, topic, lead, received, used);
        let n = self
            .weighted(&[("0", 5), ("1", 3), ("2", 2)])
            .parse()
            .unwrap_or(0);
        p.signers.extend(self.cosigners(lead, n, true));
        p
    }

    /// A voter opinion taken at the latest held reception on or before
    /// `target`, signed by a deputy on duty that day.
    fn voter_opinion(
        &mut self,
        status: &'static str,
        topic: &'static MotionTopic,
        target: NaiveDate,
        used: &mut BTreeSet<String>,
    ) -> MPlan {
        let held = self
            .held_receptions
            .iter()
            .filter(|r| r.on <= target && !r.present.is_empty())
            .max_by_key(|r| r.on)
            .cloned();
        let (on, lead) = match held {
            Some(r) => {
                let lead = pick(&mut self.rng, &r.present);
                (r.on, lead)
            }
            None => (target, self.raiser(TOWN_LEVEL)),
        };
        let mut p = self.new_plan("选民意见", status, topic, lead, on, used);
        let female = self.rng.chance(0.4);
        let voter = self.person_name(female);
        let phone = self.phone();
        p.voter = Some((voter, phone));
        p
    }

    /// A motion (议案) raised at the latest session on or before `target`.
    fn motion(
        &mut self,
        status: &'static str,
        topic: &'static MotionTopic,
        target: NaiveDate,
        used: &mut BTreeSet<String>,
    ) -> MPlan {
        let session = self
            .sessions
            .iter()
            .map(|s| s.0)
            .filter(|&s| s <= target && s >= self.term_start)
            .max();
        let lead = self.raiser(TOWN_LEVEL);
        let mut p = self.new_plan("议案", status, topic, lead, session.unwrap_or(target), used);
        if session.is_some() {
            p.source = "会议期间";
        }
        let n = self.rng.range_i64(4, 6) as usize;
        p.signers.extend(self.cosigners(lead, n, false));
        p.key_item = true;
        p
    }

    fn lead_unit(p: &MPlan) -> Option<usize> {
        p.units
            .iter()
            .rev()
            .find(|u| u.role == "主办" && u.returned.is_none())
            .map(|u| u.unit)
    }

    fn assign_to(&mut self, p: &mut MPlan, on: NaiveDate, unit: &str, co: &str, again: bool) {
        let u = unit_index(unit);
        p.units.push(UnitRow {
            unit: u,
            role: "主办",
            on,
            returned: None,
        });
        let mut note = format!("交{unit}主办");
        if !co.is_empty() && co != unit && self.rng.chance(0.6) {
            p.units.push(UnitRow {
                unit: unit_index(co),
                role: "协办",
                on,
                returned: None,
            });
            note.push_str(&format!("，{co}协办"));
        }
        if again {
            note = format!("重新{note}");
        }
        p.events.push(Ev {
            on,
            step: "交办",
            unit: Some(u),
            note,
        });
        p.assigned = Some(on);
        p.due = Some((on, 3));
    }

    fn assign(&mut self, p: &mut MPlan, on: NaiveDate, topic: &MotionTopic) {
        self.assign_to(p, on, topic.unit, topic.co_unit, false);
    }

    fn step(p: &mut MPlan, on: NaiveDate, step: &'static str, note: &str) {
        let unit = Self::lead_unit(p);
        p.events.push(Ev {
            on,
            step,
            unit,
            note: note.to_string(),
        });
    }

    fn handle(&mut self, p: &mut MPlan, on: NaiveDate) {
        let note = pick(
            &mut self.rng,
            &[
                "承办单位与领衔代表见面，商定办理方案",
                "承办单位现场调查核实",
                "承办单位召开协调会研究办理",
            ],
        );
        Self::step(p, on, "办理", note);
    }

    fn reply(&mut self, p: &mut MPlan, on: NaiveDate, class: &'static str) -> usize {
        let unit = Self::lead_unit(p);
        let year = on.year();
        let action = p.action;
        let text = match class {
            "A" => format!(
                "经研究，已{action}，问题已解决。办理过程中与代表见面沟通，代表现场查看认可。"
            ),
            "B" => format!(
                "该事项已列入{}年度工作计划，将{action}，预计年内完成。",
                year + 1
            ),
            "C" => format!(
                "经调查，因资金和用地条件限制，{action}暂不能实施，已向县相关部门争取项目支持，条件成熟后优先安排。"
            ),
            _ => "感谢代表的建议，相关意见已留作参考，在今后工作中统筹考虑。".to_string(),
        };
        let met = self.rng.chance(0.85);
        let unit_name = unit.map(|u| names::UNITS[u].0).unwrap_or("承办单位");
        p.events.push(Ev {
            on,
            step: "答复",
            unit,
            note: format!("{unit_name}书面答复（{class}类）"),
        });
        p.replies.push(ReplyPlan {
            unit,
            on,
            class,
            text,
            met,
            feedback: Vec::new(),
        });
        p.replies.len() - 1
    }

    /// Every signer rates the reply; the lead's rating is `lead`.
    fn feedback(&mut self, p: &mut MPlan, on: NaiveDate, lead: &'static str) {
        let Some(ri) = p.replies.len().checked_sub(1) else {
            return;
        };
        let mut fb = Vec::new();
        for (k, &d) in p.signers.iter().enumerate() {
            let rating = if k == 0 {
                lead
            } else if lead == "不满意" {
                self.weighted(&[("不满意", 2), ("基本满意", 1)])
            } else {
                self.weighted(&[("满意", 3), ("基本满意", 1)])
            };
            let note = match rating {
                "不满意" => "答复未提出具体解决措施和时限",
                "基本满意" => "希望加快进度",
                _ => "",
            };
            let day = plus(on, if k == 0 { 0 } else { self.rng.range_i64(0, 2) });
            fb.push((d, day, rating, note));
        }
        let last = fb.iter().map(|f| f.1).max().unwrap_or(on);
        p.replies[ri].feedback = fb;
        p.events.push(Ev {
            on: last,
            step: "反馈",
            unit: None,
            note: format!("领衔代表反馈：{lead}"),
        });
    }

    fn close(p: &mut MPlan, on: NaiveDate) {
        Self::step(p, on, "办结", "经人大主席团审核，同意办结");
        p.closed = Some(on);
    }

    fn archive(p: &mut MPlan, on: NaiveDate) {
        p.events.push(Ev {
            on,
            step: "归档",
            unit: None,
            note: "办理材料整理归档".to_string(),
        });
    }

    /// Keeps every date of a plan on or before today and within the term.
    fn fit(&self, p: &mut MPlan) {
        let mut last = p.last_on();
        for r in &p.replies {
            for f in &r.feedback {
                last = last.max(f.1);
            }
        }
        if last > self.today {
            let shift = last - self.today;
            p.map_dates(|d| d - shift);
        }
        let floor = self.term_start;
        p.map_dates(|d| d.max(floor));
    }

    #[allow(clippy::too_many_lines)]
    fn plans(&mut self) -> Vec<MPlan> {
        let today = self.today;
        let mut used = BTreeSet::new();
        let mut plans = Vec::new();

        // 登记: just received; the last one waits beyond the 10-day limit.
        for (lo, hi) in [(1, 4), (2, 7), (13, 20)] {
            let r = self.ago(lo, hi);
            plans.push(self.suggestion("登记", r, &mut used));
        }

        // 不予接收: a private dispute told to take the legal route, and a
        // personal request.
        let target = self.ago(30, 120);
        let mut p = self.voter_opinion("不予接收", &names::VOTER_LEGAL_TOPIC, target, &mut used);
        p.routing = Some("告知依法途径");
        let on = self.gap(p.received, 1, 5);
        Self::step(
            &mut p,
            on,
            "不予接收",
            "属于民事纠纷，不属于代表建议办理范围，已告知当事人申请人民调解或依法提起诉讼",
        );
        plans.push(p);
        let r = self.ago(40, 200);
        let lead = self.raiser(TOWN_LEVEL);
        let mut p = self.new_plan(
            "建议",
            "不予接收",
            &names::PRIVATE_TOPIC,
            lead,
            r,
            &mut used,
        );
        let on = self.gap(r, 2, 6);
        Self::step(
            &mut p,
            on,
            "不予接收",
            "属于个人事务，不作为代表建议处理，已向代表说明",
        );
        plans.push(p);

        // 已交办: two fresh, one voter opinion, one silent for over a month.
        for (lo, hi) in [(2, 10), (8, 20), (35, 55)] {
            let a = self.ago(lo, hi);
            let r = plus(a, -self.rng.range_i64(1, 7));
            let mut p = self.suggestion("已交办", r, &mut used);
            let topic = p.topic;
            self.assign(&mut p, a, topic);
            plans.push(p);
        }
        let t = pick(&mut self.rng, &[0usize, 1, 2, 3, 4]);
        let target = self.ago(10, 25);
        let mut p = self.voter_opinion("已交办", &names::VOTER_TOPICS[t], target, &mut used);
        let a = self.gap(p.received, 2, 9);
        self.assign(&mut p, a, &names::VOTER_TOPICS[t]);
        plans.push(p);

        // 办理中: normal, overdue (one key item), due soon, extended, re-handled.
        let a = self.ago(25, 60);
        let r = self.gap(a, -10, -2);
        let mut p = self.suggestion("办理中", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let on = self.gap(a, 7, 20);
        self.handle(&mut p, on);
        plans.push(p);

        let t2 = (t + 1 + self.rng.below(4) as usize) % 5;
        let target = self.ago(40, 70);
        let mut p = self.voter_opinion("办理中", &names::VOTER_TOPICS[t2], target, &mut used);
        let a = self.gap(p.received, 2, 8);
        self.assign(&mut p, a, &names::VOTER_TOPICS[t2]);
        let on = self.gap(a, 7, 20);
        self.handle(&mut p, on);
        plans.push(p);

        for key in [true, false] {
            let a = self.ago(100, 150);
            let r = self.gap(a, -8, -2);
            let mut p = self.suggestion("办理中", r, &mut used);
            let topic = p.topic;
            self.assign(&mut p, a, topic);
            let on = self.gap(a, 10, 25);
            self.handle(&mut p, on);
            let urged = self.gap(add_months(a, 3), 2, 8);
            if urged < today {
                Self::step(
                    &mut p,
                    urged,
                    "督办",
                    "已超过答复期限，发督办函督促承办单位",
                );
            }
            p.key_item = key;
            plans.push(p);
        }

        let k = self.rng.range_i64(3, 12);
        let a = sub_months(plus(today, k), 3);
        let r = self.gap(a, -8, -2);
        let mut p = self.suggestion("办理中", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let on = self.gap(a, 10, 30);
        self.handle(&mut p, on);
        plans.push(p);

        let a = self.ago(100, 150);
        let r = self.gap(a, -8, -2);
        let mut p = self.suggestion("办理中", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let on = self.gap(a, 10, 20);
        self.handle(&mut p, on);
        let on = self.gap(a, 70, 85);
        let due = add_months(a, 6);
        Self::step(
            &mut p,
            on,
            "延期",
            &format!(
                "涉及县级项目资金，需协调县直部门，经主席团同意延期至{}答复，已向代表说明",
                due.format("%Y年%-m月%-d日")
            ),
        );
        p.due = Some((a, 6));
        plans.push(p);

        let a = self.ago(55, 75);
        let r = self.gap(a, -8, -2);
        let mut p = self.suggestion("办理中", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let on = self.gap(a, 5, 15);
        self.handle(&mut p, on);
        let on = self.gap(a, 40, 55);
        self.reply(&mut p, on, "C");
        let on = self.gap(on, 3, 10);
        self.feedback(&mut p, on, "不满意");
        let redo = self.gap(p.last_on(), 2, 5);
        Self::step(
            &mut p,
            redo,
            "重办",
            "代表不满意，重新交办，要求一个月内重新答复",
        );
        p.due = Some((redo, 1));
        if plus(redo, 5) < today {
            Self::step(
                &mut p,
                plus(redo, 5),
                "办理",
                "承办单位重新调查，与代表再次见面",
            );
        }
        plans.push(p);

        // 退回: sent to the wrong unit, returned, waiting to be reassigned.
        let a = self.ago(4, 9);
        let r = self.gap(a, -5, -1);
        let mut p = self.suggestion("退回", r, &mut used);
        let topic = p.topic;
        let wrong = self.wrong_unit(topic.unit);
        self.assign_to(&mut p, a, wrong, "", false);
        let ret = self.gap(a, 2, 4).min(today);
        Self::ret(&mut p, ret, wrong, topic.unit);
        p.due = None;
        plans.push(p);

        // 已答复: one after a return and reassignment, one waiting for
        // feedback for over a month, one voter opinion; the deputy letter
        // comes with the voter opinion it was made from (below).
        let a1 = self.ago(60, 90);
        let r = self.gap(a1, -5, -1);
        let mut p = self.suggestion("已答复", r, &mut used);
        let topic = p.topic;
        let wrong = self.wrong_unit(topic.unit);
        self.assign_to(&mut p, a1, wrong, "", false);
        let ret = self.gap(a1, 3, 7);
        Self::ret(&mut p, ret, wrong, topic.unit);
        let a2 = self.gap(ret, 1, 3);
        self.assign_to(&mut p, a2, topic.unit, topic.co_unit, true);
        let on = self.gap(a2, 7, 15);
        self.handle(&mut p, on);
        let class = pick(&mut self.rng, &["A", "B"]);
        let on = self.gap(a2, 25, 45).min(plus(today, -2));
        self.reply(&mut p, on, class);
        plans.push(p);

        let rep = self.ago(35, 50);
        let a = plus(rep, -self.rng.range_i64(30, 60));
        let r = self.gap(a, -5, -1);
        let mut p = self.suggestion("已答复", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let on = self.gap(a, 7, 20);
        self.handle(&mut p, on);
        let class = pick(&mut self.rng, &["A", "B", "C"]);
        self.reply(&mut p, rep, class);
        plans.push(p);

        let t3 = (t2 + 1 + self.rng.below(4) as usize) % 5;
        let target = self.ago(60, 100);
        let mut p = self.voter_opinion("已答复", &names::VOTER_TOPICS[t3], target, &mut used);
        let a = self.gap(p.received, 2, 8);
        self.assign(&mut p, a, &names::VOTER_TOPICS[t3]);
        let on = self.gap(a, 20, 40);
        self.reply(&mut p, on, "A");
        plans.push(p);

        // A county matter: the voter opinion is closed by forwarding it as a
        // deputy letter, which the county department has answered.
        let target = self.ago(90, 150);
        let mut v = self.voter_opinion("办结", &names::VOTER_LETTER_TOPIC, target, &mut used);
        v.routing = Some("转代表函");
        let fwd = self.gap(v.received, 3, 8);
        Self::step(
            &mut v,
            fwd,
            "交办",
            "属县级事权，转为代表函报送县人大常委会",
        );
        v.assigned = Some(fwd);
        let closed = self.gap(fwd, 0, 2);
        Self::step(
            &mut v,
            closed,
            "办结",
            "已转代表函{LETTER}办理，选民意见办结",
        );
        v.closed = Some(closed);
        let lead = v.signers[0];
        let mut l = self.new_plan(
            "代表函",
            "已答复",
            &names::LETTER_TOPIC,
            lead,
            fwd,
            &mut used,
        );
        l.source = "接待日";
        let a = self.gap(fwd, 1, 5);
        self.assign(&mut l, a, &names::LETTER_TOPIC);
        let on = self.gap(a, 10, 20);
        Self::step(&mut l, on, "办理", "县交通运输局现场查看，与代表沟通");
        let on = self.gap(a, 30, 60);
        self.reply(&mut l, on, "B");
        v.letter = Some(plans.len() + 1);
        plans.push(v);
        plans.push(l);

        // 已反馈.
        for (kind, class, rating) in [
            ("建议", "A", "满意"),
            ("建议", "B", "基本满意"),
            ("批评", "B", "基本满意"),
        ] {
            let a = self.ago(70, 150);
            let r = plus(a, -self.rng.range_i64(1, 5));
            let (mut p, topic) = if kind == "批评" {
                let lead = self.raiser(TOWN_LEVEL);
                let p = self.new_plan(
                    "批评",
                    "已反馈",
                    &names::CRITICISM_TOPIC,
                    lead,
                    r,
                    &mut used,
                );
                (p, &names::CRITICISM_TOPIC)
            } else {
                let p = self.suggestion("已反馈", r, &mut used);
                let t = p.topic;
                (p, t)
            };
            self.assign(&mut p, a, topic);
            let on = self.gap(a, 7, 20);
            self.handle(&mut p, on);
            let rep = self.gap(a, 25, 60);
            self.reply(&mut p, rep, class);
            let on = self.gap(rep, 3, 8);
            self.feedback(&mut p, on, rating);
            plans.push(p);
        }

        // 跟踪办理: replies B / C, followed up.
        let mut p = self.motion(
            "跟踪办理",
            &names::MOTION_TOPICS[1],
            plus(today, -105),
            &mut used,
        );
        let a = self.gap(p.received, 5, 10);
        self.assign(&mut p, a, &names::MOTION_TOPICS[1]);
        let on = self.gap(a, 10, 20);
        self.handle(&mut p, on);
        let on = self.gap(a, 30, 45);
        Self::step(&mut p, on, "督办", "人大主席团召开议案办理推进会");
        let rep = self.gap(a, 50, 60);
        self.reply(&mut p, rep, "B");
        let on = self.gap(rep, 3, 7);
        self.feedback(&mut p, on, "基本满意");
        let on = self.gap(p.last_on(), 15, 25);
        Self::step(
            &mut p,
            on,
            "跟踪",
            "承办单位报告：管网改造已完成招标，正在施工",
        );
        plans.push(p);

        let a = self.ago(120, 250);
        let r = self.gap(a, -5, -1);
        let mut p = self.suggestion("跟踪办理", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let rep = self.gap(a, 30, 70);
        self.reply(&mut p, rep, "C");
        let on = self.gap(rep, 3, 10);
        self.feedback(&mut p, on, "基本满意");
        let on = self.gap(p.last_on(), 20, 40);
        Self::step(
            &mut p,
            on,
            "跟踪",
            "承办单位报告：已向县里申报项目，等待批复",
        );
        plans.push(p);

        let t4 = (t3 + 1 + self.rng.below(4) as usize) % 5;
        let target = self.ago(120, 250);
        let mut p = self.voter_opinion("跟踪办理", &names::VOTER_TOPICS[t4], target, &mut used);
        let a = self.gap(p.received, 2, 8);
        self.assign(&mut p, a, &names::VOTER_TOPICS[t4]);
        let rep = self.gap(a, 30, 60);
        self.reply(&mut p, rep, "B");
        let on = self.gap(rep, 3, 10);
        self.feedback(&mut p, on, "基本满意");
        let on = self.gap(p.last_on(), 20, 40);
        Self::step(&mut p, on, "跟踪", "回访选民：已列入计划，正在推进");
        plans.push(p);

        // 办结: A twice, D once, one re-handled after an unsatisfied rating,
        // one forwarded to a county deputy (the letter case is above).
        for class in ["A", "A", "D"] {
            let a = self.ago(60, 200);
            let r = self.gap(a, -5, -1);
            let mut p = self.suggestion("办结", r, &mut used);
            let topic = p.topic;
            self.assign(&mut p, a, topic);
            let on = self.gap(a, 5, 15);
            self.handle(&mut p, on);
            let rep = self.gap(a, 20, 45);
            self.reply(&mut p, rep, class);
            let on = self.gap(rep, 3, 8);
            self.feedback(
                &mut p,
                on,
                if class == "A" {
                    "满意"
                } else {
                    "基本满意"
                },
            );
            let on = self.gap(p.last_on(), 1, 7);
            Self::close(&mut p, on);
            plans.push(p);
        }

        let a = self.ago(150, 240);
        let r = self.gap(a, -5, -1);
        let mut p = self.suggestion("办结", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let rep = self.gap(a, 30, 50);
        self.reply(&mut p, rep, "B");
        let on = self.gap(rep, 3, 8);
        self.feedback(&mut p, on, "不满意");
        let redo = self.gap(p.last_on(), 2, 4);
        Self::step(
            &mut p,
            redo,
            "重办",
            "代表不满意，重新交办，要求一个月内重新答复",
        );
        p.due = Some((redo, 1));
        let on = self.gap(redo, 5, 10);
        Self::step(&mut p, on, "办理", "承办单位与代表再次见面，调整办理方案");
        let rep = self.gap(redo, 15, 28);
        self.reply(&mut p, rep, "A");
        let on = self.gap(rep, 3, 7);
        self.feedback(&mut p, on, "满意");
        let on = self.gap(p.last_on(), 1, 5);
        Self::close(&mut p, on);
        plans.push(p);

        let target = self.ago(60, 200);
        let mut p = self.voter_opinion("办结", &names::VOTER_UPPER_TOPIC, target, &mut used);
        p.routing = Some("转上级代表");
        let counties: Vec<usize> = (0..self.deps.len())
            .filter(|&d| self.deps[d].level == COUNTY_LEVEL && self.deps[d].current())
            .collect();
        let cd = pick(&mut self.rng, &counties);
        let fwd = self.gap(p.received, 2, 6);
        let note = format!(
            "属上级事权，转交县人大代表{}向县人大常委会反映",
            self.deps[cd].name
        );
        Self::step(&mut p, fwd, "交办", &note);
        p.assigned = Some(fwd);
        let on = self.gap(fwd, 1, 5);
        Self::step(&mut p, on, "办结", "已转交上级代表，并告知选民");
        p.closed = Some(on);
        plans.push(p);

        // 归档: the older closed items.
        let mut p = self.motion(
            "归档",
            &names::MOTION_TOPICS[0],
            plus(today, -115),
            &mut used,
        );
        let a = self.gap(p.received, 5, 10);
        self.assign(&mut p, a, &names::MOTION_TOPICS[0]);
        let on = self.gap(a, 10, 20);
        self.handle(&mut p, on);
        let on = self.gap(a, 30, 45);
        Self::step(&mut p, on, "督办", "人大主席团组织代表视察议案办理现场");
        let rep = self.gap(a, 60, 75);
        self.reply(&mut p, rep, "A");
        let on = self.gap(rep, 3, 7);
        self.feedback(&mut p, on, "满意");
        let on = self.gap(p.last_on(), 2, 5);
        Self::close(&mut p, on);
        let on = self.gap(on, 3, 10);
        Self::archive(&mut p, on);
        plans.push(p);

        // Two of them were handed in at the congress session.
        let latest = plus(today, -150);
        let session = self
            .sessions
            .iter()
            .map(|s| s.0)
            .filter(|&s| s <= latest && s >= plus(self.ws, -60))
            .max();
        for i in 0..4 {
            let (a, r, at_session) = match session {
                Some(s) if i < 2 => (self.gap(s, 5, 20), s, true),
                _ => {
                    let a = self.ago(150, 330);
                    (a, self.gap(a, -5, -1), false)
                }
            };
            let mut p = self.suggestion("归档", r, &mut used);
            if at_session {
                p.source = "会议期间";
            }
            let topic = p.topic;
            self.assign(&mut p, a, topic);
            let on = self.gap(a, 5, 15);
            self.handle(&mut p, on);
            if i == 3 {
                let rep = self.gap(a, 30, 50);
                self.reply(&mut p, rep, "B");
                let on = self.gap(rep, 3, 8);
                self.feedback(&mut p, on, "基本满意");
                let on = self.gap(p.last_on(), 30, 60);
                Self::step(&mut p, on, "跟踪", "承诺事项已完成，经代表现场查看确认");
            } else {
                let rep = self.gap(a, 20, 60);
                self.reply(&mut p, rep, "A");
                let on = self.gap(rep, 3, 10);
                self.feedback(&mut p, on, "满意");
            }
            let on = self.gap(p.last_on(), 1, 7);
            Self::close(&mut p, on);
            let on = self.gap(on, 5, 20);
            Self::archive(&mut p, on);
            plans.push(p);
        }

        let t5 = (t4 + 1 + self.rng.below(4) as usize) % 5;
        let target = self.ago(150, 300);
        let mut p = self.voter_opinion("归档", &names::VOTER_TOPICS[t5], target, &mut used);
        let a = self.gap(p.received, 2, 8);
        self.assign(&mut p, a, &names::VOTER_TOPICS[t5]);
        let rep = self.gap(a, 20, 40);
        self.reply(&mut p, rep, "A");
        let on = self.gap(rep, 3, 10);
        self.feedback(&mut p, on, "满意");
        let on = self.gap(p.last_on(), 1, 7);
        Self::close(&mut p, on);
        let on = self.gap(on, 5, 20);
        Self::archive(&mut p, on);
        plans.push(p);

        // An archived suggestion kept for reference (D).
        let a = self.ago(200, 330);
        let r = self.gap(a, -5, -1);
        let mut p = self.suggestion("归档", r, &mut used);
        let topic = p.topic;
        self.assign(&mut p, a, topic);
        let rep = self.gap(a, 20, 50);
        self.reply(&mut p, rep, "D");
        let on = self.gap(rep, 3, 10);
        self.feedback(&mut p, on, "基本满意");
        let on = self.gap(p.last_on(), 1, 7);
        Self::close(&mut p, on);
        let on = self.gap(on, 5, 20);
        Self::archive(&mut p, on);
        plans.push(p);

        for p in &mut plans {
            self.fit(p);
        }
        plans
    }

    fn wrong_unit(&mut self, right: &str) -> &'static str {
        let list: Vec<&'static str> = names::UNITS
            .iter()
            .filter(|u| u.1 && u.0 != right && u.0.starts_with('镇'))
            .map(|u| u.0)
            .collect();
        pick(&mut self.rng, &list)
    }

    fn ret(p: &mut MPlan, on: NaiveDate, wrong: &str, right: &str) {
        let u = unit_index(wrong);
        for row in &mut p.units {
            if row.unit == u && row.returned.is_none() {
                row.returned = Some(on);
            }
        }
        // Co-handlers of the returned assignment go with it.
        for row in &mut p.units {
            if row.returned.is_none() && row.role == "协办" {
                row.returned = Some(on);
            }
        }
        p.events.push(Ev {
            on,
            step: "退回",
            unit: Some(u),
            note: format!("{wrong}申请退回：不属于本单位职责，建议改交{right}"),
        });
    }
}

impl Gen<'_, '_> {
    fn motions(&mut self) -> rusqlite::Result<()> {
        let mut plans = self.plans();
        let mut order: Vec<usize> = (0..plans.len()).collect();
        order.sort_by_key(|&i| (plans[i].received, i));
        let mut seqs: BTreeMap<(i32, &'static str), i64> = BTreeMap::new();
        let mut numbers = vec![(0i32, 0i64, String::new()); plans.len()];
        for &i in &order {
            let year = plans[i].received.year();
            let kind = plans[i].kind;
            let seq = seqs.entry((year, kind)).or_insert(0);
            *seq += 1;
            let first = kind.chars().next().unwrap_or('建');
            numbers[i] = (year, *seq, format!("{year}-{first}-{:03}", *seq));
        }
        for p in &mut plans {
            if let Some(l) = p.letter {
                let number = &numbers[l].2;
                for e in &mut p.events {
                    e.note = e.note.replace("{LETTER}", number);
                }
            }
        }
        for &i in &order {
            let p = &mut plans[i];
            p.events.sort_by_key(|e| e.on);
            let (year, seq, number) = numbers[i].clone();
            let (voter_name, voter_phone) = p.voter.clone().unwrap_or_default();
            let p = &plans[i];
            self.tx.execute(
                "INSERT INTO motion (year, kind, seq, number, title, content, received_on, source, \
                 category, key_item, routing, voter_name, voter_phone, status, assigned_on, \
                 reply_due, due_fixed, closed_on, merged_into, last_step_on) \
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, 0, \
                 ?17, NULL, ?18)",
                params![
                    year,
                    p.kind,
                    seq,
                    number,
                    p.title,
                    p.content,
                    fmt(p.received),
                    p.source,
                    p.category,
                    p.key_item,
                    p.routing,
                    voter_name,
                    voter_phone,
                    p.status,
                    p.assigned.map(fmt),
                    p.due.map(|(d, m)| fmt(add_months(d, m))),
                    p.closed.map(fmt),
                    fmt(p.last_on())
                ],
            )?;
            let id = self.tx.last_insert_rowid();
            for (k, &d) in p.signers.iter().enumerate() {
                self.tx.execute(
                    "INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES (?1, ?2, ?3)",
                    params![id, self.deps[d].id, if k == 0 { "领衔" } else { "附议" }],
                )?;
            }
            for u in &p.units {
                self.tx.execute(
                    "INSERT INTO motion_unit (motion_id, unit_id, role, assigned_on, returned_on) \
                     VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![
                        id,
                        self.unit_ids[u.unit],
                        u.role,
                        fmt(u.on),
                        u.returned.map(fmt)
                    ],
                )?;
            }
            for e in &p.events {
                let stamp = self.stamp(e.on);
                self.tx.execute(
                    "INSERT INTO motion_event (motion_id, happened_on, step, unit_id, note, recorded_at) \
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                    params![
                        id,
                        fmt(e.on),
                        e.step,
                        e.unit.map(|u| self.unit_ids[u]),
                        e.note,
                        stamp
                    ],
                )?;
            }
            for r in &p.replies {
                self.tx.execute(
                    "INSERT INTO motion_reply (motion_id, unit_id, replied_on, scheme, class, text, met_deputy) \
                     VALUES (?1, ?2, ?3, '四类', ?4, ?5, ?6)",
                    params![
                        id,
                        r.unit.map(|u| self.unit_ids[u]),
                        fmt(r.on),
                        r.class,
                        r.text,
                        r.met
                    ],
                )?;
                let rid = self.tx.last_insert_rowid();
                for &(d, on, rating, note) in &r.feedback {
                    self.tx.execute(
                        "INSERT INTO motion_feedback (reply_id, deputy_id, rated_on, rating, note) \
                         VALUES (?1, ?2, ?3, ?4, ?5)",
                        params![rid, self.deps[d].id, fmt(on), rating, note],
                    )?;
                }
            }
            let solved = p.replies.last().is_some_and(|r| r.class == "A");
            if solved && p.status == "归档" && (self.look_back.is_none() || p.kind == "议案") {
                if let Some(closed) = p.closed {
                    self.look_back = Some((id, closed, p.action));
                }
            }
            self.summary.motions += 1;
        }
        Ok(())
    }

    // ------------------------------------------------------ spot-checks

    fn round(
        &mut self,
        drawn: NaiveDate,
        kind: &str,
        size: i64,
        note: &str,
    ) -> rusqlite::Result<i64> {
        let seed = self.rng.next_u64() as i64;
        let params_json = if kind == "代表" {
            format!(r#"{{"size":{size},"scope":"全镇","exclude_months":6,"level":"镇"}}"#)
        } else {
            format!(r#"{{"size":{size},"scope":"A类答复已办结事项"}}"#)
        };
        self.tx.execute(
            "INSERT INTO spot_round (drawn_on, target_kind, seed, params, sample_size, confirmed, note) \
             VALUES (?1, ?2, ?3, ?4, ?5, 1, ?6)",
            params![fmt(drawn), kind, seed, params_json, size, note],
        )?;
        Ok(self.tx.last_insert_rowid())
    }

    fn check(&mut self, c: &Check) -> rusqlite::Result<i64> {
        self.tx.execute(
            "INSERT INTO spot_check (round_id, target_kind, deputy_id, motion_id, planned_on, done_on, \
             method, checker, status, finding, correction_due, closed_on) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            params![
                c.round,
                if c.motion.is_some() { "回头看" } else { "代表" },
                c.deputy.map(|d| self.deps[d].id),
                c.motion,
                fmt(c.planned),
                c.done.map(fmt),
                c.method,
                c.checker,
                c.status,
                c.finding,
                c.due.map(fmt),
                c.closed.map(fmt)
            ],
        )?;
        self.summary.spot_checks += 1;
        let id = self.tx.last_insert_rowid();
        for (on, note) in &c.followups {
            self.tx.execute(
                "INSERT INTO spot_followup (check_id, noted_on, note) VALUES (?1, ?2, ?3)",
                params![id, fmt(*on), note],
            )?;
        }
        Ok(id)
    }

    fn spot_checks(&mut self) -> rusqlite::Result<()> {
        let today = self.today;
        let checkers = [self.chair_name.clone(), self.deps[self.vice].name.clone()];
        let methods = ["电话", "上门", "村民会议", "座谈", "查阅台账"];
        let behind: Vec<usize> = (0..self.deps.len())
            .filter(|&d| self.deps[d].behind)
            .collect();

        // Round one, some four months ago: all done, one correction overdue.
        let drawn = self.ago(120, 150).max(self.term_start);
        let round = self.round(drawn, "代表", 5, "上半年联系选民情况抽查")?;
        let withdrawn = (0..self.deps.len())
            .find(|&d| self.deps[d].ended.is_some_and(|e| e > drawn && e <= today));
        let mut taken: Vec<usize> = behind.iter().take(2).copied().collect();
        let withdrawn = withdrawn.unwrap_or_else(|| self.fresh_target(drawn, &taken));
        taken.push(withdrawn);
        let ok1 = self.fresh_target(drawn, &taken);
        taken.push(ok1);
        let ok2 = self.fresh_target(drawn, &taken);
        taken.push(ok2);

        let planned = self.gap(drawn, 3, 20).min(today);
        let due = plus(planned, 30);
        let finding = pick(&mut self.rng, names::SPOT_BAD_FINDINGS).to_string();
        let note_on = plus(planned, 15).min(today).max(planned);
        self.check(&Check {
            round: Some(round),
            deputy: Some(behind[0]),
            motion: None,
            planned,
            done: Some(planned),
            method: "电话",
            checker: checkers[0].clone(),
            status: "已查-需整改",
            finding,
            due: Some(due),
            closed: None,
            followups: vec![(
                note_on,
                "已电话督促，该代表表示近期外出务工，回村后补上走访".to_string(),
            )],
        })?;

        let planned = self.gap(drawn, 3, 20).min(today);
        let due = plus(planned, 30);
        let closed = plus(due, -self.rng.range_i64(0, 5)).min(today).max(planned);
        let finding = pick(&mut self.rng, names::SPOT_BAD_FINDINGS).to_string();
        self.check(&Check {
            round: Some(round),
            deputy: Some(behind[1]),
            motion: None,
            planned,
            done: Some(planned),
            method: "村民会议",
            checker: checkers[1].clone(),
            status: "已整改",
            finding,
            due: Some(due),
            closed: Some(closed),
            followups: vec![
                (
                    plus(planned, 10).min(closed),
                    "约谈代表，督促制定季度走访计划".to_string(),
                ),
                (
                    closed,
                    "复查：代表本月走访选民12人次，台账完整，整改到位".to_string(),
                ),
            ],
        })?;

        for (k, d) in [ok1, ok2].into_iter().enumerate() {
            let planned = self.gap(drawn, 3, 20).min(today);
            let done = self.gap(planned, 0, 2).min(today).max(planned);
            let finding = pick(&mut self.rng, names::SPOT_OK_FINDINGS).to_string();
            let method = pick(&mut self.rng, &methods);
            self.check(&Check {
                round: Some(round),
                deputy: Some(d),
                motion: None,
                planned,
                done: Some(done),
                method,
                checker: checkers[k % 2].clone(),
                status: "已查-合格",
                finding,
                due: None,
                closed: None,
                followups: Vec::new(),
            })?;
        }

        let planned = self.gap(drawn, 3, 20).min(today);
        let finding = match self.deps[withdrawn].ended {
            Some(e) => format!(
                "该代表已于{}终止代表资格，撤销本次抽查",
                e.format("%Y年%-m月%-d日")
            ),
            None => "该代表住院治疗，经主席团研究撤销本次抽查".to_string(),
        };
        self.check(&Check {
            round: Some(round),
            deputy: Some(withdrawn),
            motion: None,
            planned,
            done: None,
            method: "上门",
            checker: checkers[0].clone(),
            status: "撤销",
            finding,
            due: None,
            closed: None,
            followups: Vec::new(),
        })?;

        // Round two, drawn this week: mostly still to do.
        let drawn2 = self.ago(3, 8).max(self.term_start);
        let round2 = self.round(drawn2, "代表", 5, "下半年联系选民情况抽查")?;
        let mut taken2 = taken.clone();
        let bad = behind.get(2).copied().unwrap_or(behind[0]);
        taken2.push(bad);
        let done = self.between(drawn2, today);
        let finding = pick(&mut self.rng, names::SPOT_BAD_FINDINGS).to_string();
        self.check(&Check {
            round: Some(round2),
            deputy: Some(bad),
            motion: None,
            planned: done,
            done: Some(done),
            method: "上门",
            checker: checkers[0].clone(),
            status: "已查-需整改",
            finding,
            due: Some(plus(done, 30)),
            closed: None,
            followups: Vec::new(),
        })?;
        let ok = self.fresh_target(drawn2, &taken2);
        taken2.push(ok);
        let done = self.between(drawn2, today);
        let finding = pick(&mut self.rng, names::SPOT_OK_FINDINGS).to_string();
        self.check(&Check {
            round: Some(round2),
            deputy: Some(ok),
            motion: None,
            planned: done,
            done: Some(done),
            method: "电话",
            checker: checkers[1].clone(),
            status: "已查-合格",
            finding,
            due: None,
            closed: None,
            followups: Vec::new(),
        })?;
        for (lo, hi) in [(1, 4), (2, 6), (7, 14)] {
            let d = self.fresh_target(drawn2, &taken2);
            taken2.push(d);
            let planned = self.gap(today, lo, hi);
            let method = pick(&mut self.rng, &methods);
            let k = self.rng.below(2) as usize;
            self.check(&Check {
                round: Some(round2),
                deputy: Some(d),
                motion: None,
                planned,
                done: None,
                method,
                checker: checkers[k].clone(),
                status: "待查",
                finding: String::new(),
                due: None,
                closed: None,
                followups: Vec::new(),
            })?;
        }

        // A look-back at an item reported solved.
        if let Some((motion, closed, action)) = self.look_back {
            let planned = self.between(plus(closed, 20).min(today), today);
            let round3 = self.round(
                plus(planned, -3).max(closed),
                "回头看",
                1,
                "已办结建议回头看",
            )?;
            self.check(&Check {
                round: Some(round3),
                deputy: None,
                motion: Some(motion),
                planned,
                done: Some(planned),
                method: "上门",
                checker: checkers[0].clone(),
                status: "已查-合格",
                finding: format!("实地查看，{action}属实，群众反映良好"),
                due: None,
                closed: None,
                followups: Vec::new(),
            })?;
        }
        Ok(())
    }

    /// A township deputy in office on `on`, not the chair or vice-chair,
    /// not behind, not yet taken.
    fn fresh_target(&mut self, on: NaiveDate, taken: &[usize]) -> usize {
        let list: Vec<usize> = (0..self.deps.len())
            .filter(|&d| {
                let p = &self.deps[d];
                p.level == TOWN_LEVEL
                    && p.current()
                    && p.active_on(on)
                    && !p.behind
                    && d != self.chair
                    && d != self.vice
                    && !taken.contains(&d)
            })
            .collect();
        pick(&mut self.rng, &list)
    }
}

struct Check {
    round: Option<i64>,
    deputy: Option<usize>,
    motion: Option<i64>,
    planned: NaiveDate,
    done: Option<NaiveDate>,
    method: &'static str,
    checker: String,
    status: &'static str,
    finding: String,
    due: Option<NaiveDate>,
    closed: Option<NaiveDate>,
    followups: Vec<(NaiveDate, String)>,
}
