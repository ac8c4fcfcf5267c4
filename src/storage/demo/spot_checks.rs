//! Demo spot-check rounds and checks in every state.

use super::*;

impl Gen<'_, '_> {
    pub(super) fn motions(&mut self) -> rusqlite::Result<()> {
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

    pub(super) fn round(
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

    pub(super) fn check(&mut self, c: &Check) -> rusqlite::Result<i64> {
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

    pub(super) fn spot_checks(&mut self) -> rusqlite::Result<()> {
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
    pub(super) fn fresh_target(&mut self, on: NaiveDate, taken: &[usize]) -> usize {
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

pub(super) struct Check {
    pub(super) round: Option<i64>,
    pub(super) deputy: Option<usize>,
    pub(super) motion: Option<i64>,
    pub(super) planned: NaiveDate,
    pub(super) done: Option<NaiveDate>,
    pub(super) method: &'static str,
    pub(super) checker: String,
    pub(super) status: &'static str,
    pub(super) finding: String,
    pub(super) due: Option<NaiveDate>,
    pub(super) closed: Option<NaiveDate>,
    pub(super) followups: Vec<(NaiveDate, String)>,
}
