//! Demo reception days, voter contacts, duty events and the chair's contacts.

use super::*;

// -------------------------------------------- receptions, contacts, duty

pub(super) struct RecPlan {
    pub(super) group: usize,
    pub(super) on: NaiveDate,
    pub(super) duty: Vec<usize>,
    pub(super) joint: bool,
    pub(super) extra: bool,
    pub(super) due_days: i64,
}

impl Gen<'_, '_> {
    pub(super) fn duty_for(
        &mut self,
        gi: usize,
        on: NaiveDate,
        joint: bool,
        rot: &mut [usize],
    ) -> Vec<usize> {
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

    pub(super) fn receptions(&mut self) -> rusqlite::Result<()> {
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
    pub(super) fn span_of(&self, d: usize) -> Option<(NaiveDate, NaiveDate)> {
        let to = match self.deps[d].ended {
            Some(e) => plus(e, -1).min(self.today),
            None => self.today,
        };
        (to >= self.ws).then_some((self.ws, to))
    }

    pub(super) fn voter_contacts(&mut self) -> rusqlite::Result<()> {
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

    pub(super) fn duty_events(&mut self) -> rusqlite::Result<()> {
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

    pub(super) fn chair_contacts(&mut self) -> rusqlite::Result<()> {
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
