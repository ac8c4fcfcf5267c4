//! Demo motions, suggestions and opinions with their whole timelines.

use super::*;

// ---------------------------------------------------------------- motions

pub(super) fn unit_index(name: &str) -> usize {
    names::UNITS.iter().position(|u| u.0 == name).unwrap_or(0)
}

impl Gen<'_, '_> {
    /// A deputy who raises items: in office, township level, not the chair,
    /// not one of those far behind.
    pub(super) fn raiser(&mut self, level: &str) -> usize {
        let list: Vec<usize> = (0..self.deps.len())
            .filter(|&d| {
                let p = &self.deps[d];
                p.current() && p.level == level && !p.behind && d != self.chair
            })
            .collect();
        pick(&mut self.rng, &list)
    }

    pub(super) fn cosigners(&mut self, lead: usize, n: usize, same_group: bool) -> Vec<usize> {
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

    pub(super) fn village_for(&mut self, lead: usize) -> String {
        let home = self.deps[lead].home.clone();
        if home.ends_with('村') && self.rng.chance(0.6) {
            home
        } else {
            self.groups[self.deps[lead].group].village.clone()
        }
    }

    pub(super) fn new_plan(
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
    pub(super) fn suggestion(
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
    pub(super) fn voter_opinion(
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
    pub(super) fn motion(
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

    pub(super) fn lead_unit(p: &MPlan) -> Option<usize> {
        p.units
            .iter()
            .rev()
            .find(|u| u.role == "主办" && u.returned.is_none())
            .map(|u| u.unit)
    }

    pub(super) fn assign_to(
        &mut self,
        p: &mut MPlan,
        on: NaiveDate,
        unit: &str,
        co: &str,
        again: bool,
    ) {
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

    pub(super) fn assign(&mut self, p: &mut MPlan, on: NaiveDate, topic: &MotionTopic) {
        self.assign_to(p, on, topic.unit, topic.co_unit, false);
    }

    pub(super) fn step(p: &mut MPlan, on: NaiveDate, step: &'static str, note: &str) {
        let unit = Self::lead_unit(p);
        p.events.push(Ev {
            on,
            step,
            unit,
            note: note.to_string(),
        });
    }

    pub(super) fn handle(&mut self, p: &mut MPlan, on: NaiveDate) {
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

    pub(super) fn reply(&mut self, p: &mut MPlan, on: NaiveDate, class: &'static str) -> usize {
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
    pub(super) fn feedback(&mut self, p: &mut MPlan, on: NaiveDate, lead: &'static str) {
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

    pub(super) fn close(p: &mut MPlan, on: NaiveDate) {
        Self::step(p, on, "办结", "经人大主席团审核，同意办结");
        p.closed = Some(on);
    }

    pub(super) fn archive(p: &mut MPlan, on: NaiveDate) {
        p.events.push(Ev {
            on,
            step: "归档",
            unit: None,
            note: "办理材料整理归档".to_string(),
        });
    }

    /// Keeps every date of a plan on or before today and within the term.
    pub(super) fn fit(&self, p: &mut MPlan) {
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
    pub(super) fn plans(&mut self) -> Vec<MPlan> {
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

    pub(super) fn wrong_unit(&mut self, right: &str) -> &'static str {
        let list: Vec<&'static str> = names::UNITS
            .iter()
            .filter(|u| u.1 && u.0 != right && u.0.starts_with('镇'))
            .map(|u| u.0)
            .collect();
        pick(&mut self.rng, &list)
    }

    pub(super) fn ret(p: &mut MPlan, on: NaiveDate, wrong: &str, right: &str) {
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
