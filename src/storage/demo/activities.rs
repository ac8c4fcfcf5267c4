//! Demo activities and their attendance.

use super::*;

// ------------------------------------------------------------- activities

pub(super) type Presence = Vec<(usize, &'static str, &'static str, bool)>;

impl Gen<'_, '_> {
    pub(super) fn members_on(&self, group: usize, on: NaiveDate) -> Vec<usize> {
        (0..self.deps.len())
            .filter(|&d| self.deps[d].group_on(on) == Some(group))
            .collect()
    }

    pub(super) fn active_on(&self, on: NaiveDate, level: Option<&str>) -> Vec<usize> {
        (0..self.deps.len())
            .filter(|&d| self.deps[d].active_on(on))
            .filter(|&d| level.is_none_or(|l| self.deps[d].level == l))
            .collect()
    }

    pub(super) fn leader_of(&self, group: usize) -> String {
        self.deps
            .iter()
            .find(|d| d.group == group && d.role == "组长" && d.current())
            .map(|d| d.name.clone())
            .unwrap_or_else(|| self.chair_name.clone())
    }

    /// Who came: mostly present, some on leave with a reason, a few absent.
    pub(super) fn presence(&mut self, who: &[usize], spoke_p: f64) -> Presence {
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

    pub(super) fn add_act(&mut self, a: &Act) -> rusqlite::Result<i64> {
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

    pub(super) fn write_presence(&mut self, act: i64, rows: &Presence) -> rusqlite::Result<()> {
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
    pub(super) fn activity_with(
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

    pub(super) fn activities(&mut self) -> rusqlite::Result<()> {
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

    pub(super) fn group_activity(
        &mut self,
        gi: usize,
        on: NaiveDate,
        held: bool,
    ) -> rusqlite::Result<()> {
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

    pub(super) fn township_activities(&mut self) -> rusqlite::Result<()> {
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

pub(super) fn today_gap(on: NaiveDate, today: NaiveDate) -> i64 {
    (today - on).num_days()
}
