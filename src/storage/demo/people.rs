//! Demo groups, stations, deputies and handling units.

use super::*;

impl<'a, 'c> Gen<'a, 'c> {
    pub(super) fn new(tx: &'a Transaction<'c>, today: NaiveDate, seed: u64) -> Self {
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

    pub(super) fn between(&mut self, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
        if hi <= lo {
            return lo;
        }
        let span = (hi - lo).num_days();
        plus(lo, self.rng.range_i64(0, span))
    }

    /// A day in [lo, hi], moved off a weekend when the range allows.
    pub(super) fn workday_between(&mut self, lo: NaiveDate, hi: NaiveDate) -> NaiveDate {
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

    pub(super) fn ago(&mut self, lo: i64, hi: i64) -> NaiveDate {
        let n = self.rng.range_i64(lo, hi);
        plus(self.today, -n)
    }

    pub(super) fn gap(&mut self, d: NaiveDate, lo: i64, hi: i64) -> NaiveDate {
        let n = self.rng.range_i64(lo, hi);
        plus(d, n)
    }

    pub(super) fn stamp(&mut self, d: NaiveDate) -> String {
        let h = self.rng.range_i64(8, 17);
        let m = self.rng.range_i64(0, 59);
        let s = self.rng.range_i64(0, 59);
        format!("{} {h:02}:{m:02}:{s:02}", fmt(d))
    }

    pub(super) fn person_name(&mut self, female: bool) -> String {
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

    pub(super) fn given_name(&mut self, surname: &str, chars: &[&str]) -> String {
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

    pub(super) fn claim_name(&mut self, name: &str) -> bool {
        if names::BLOCKED_NAMES.contains(&name) || self.names.contains(name) {
            return false;
        }
        self.names.insert(name.to_string());
        true
    }

    pub(super) fn phone(&mut self) -> String {
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

    pub(super) fn term(&mut self) -> rusqlite::Result<()> {
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

    pub(super) fn stem(&mut self) -> &'static str {
        if self.stems.is_empty() {
            self.stems = names::COOP_STEMS.to_vec();
            self.rng.shuffle(&mut self.stems);
        }
        self.stems.pop().unwrap_or("新农")
    }

    pub(super) fn weighted(&mut self, items: &[(&'static str, u64)]) -> &'static str {
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

    pub(super) fn groups(&mut self) -> rusqlite::Result<()> {
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
    pub(super) fn slots(&mut self) -> Vec<(usize, &'static str, Arch, String)> {
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

    pub(super) fn deputies(&mut self) -> rusqlite::Result<()> {
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

pub(super) struct Attrs {
    pub(super) birth: String,
    pub(super) party: &'static str,
    pub(super) education: &'static str,
    pub(super) occupation: &'static str,
    pub(super) unit_title: String,
}

pub(super) struct PendingDep {
    pub(super) gender: &'static str,
    pub(super) ethnicity: &'static str,
    pub(super) birth: String,
    pub(super) party: &'static str,
    pub(super) education: &'static str,
    pub(super) occupation: &'static str,
    pub(super) unit_title: String,
    pub(super) district: String,
    pub(super) phone: String,
    pub(super) address: String,
}

impl Gen<'_, '_> {
    pub(super) fn attrs(&mut self, arch: Arch, home: &str, dead: bool) -> Attrs {
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

    pub(super) fn write_deputies(&mut self) -> rusqlite::Result<()> {
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

    pub(super) fn units(&mut self) -> rusqlite::Result<()> {
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
