//! County-scale demo data (`chairdesk demo --scale county`): ~20 townships'
//! worth of groups in one file, five years of records, for benchmarks and
//! for checking that every screen stays fast when a county office keeps all
//! townships together. Deterministic for a seed.
//!
//! The township demo (demo.rs) tells a story with deliberate cases to flag;
//! this one is about volume, so its records are plainer and written in bulk
//! with prepared statements inside the caller's transaction.

use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::{Transaction, params};

use super::demo_names::{
    CONTACT_SUMMARIES, COUNTIES, FEMALE_CHARS, GROUP_TOPICS, MALE_CHARS, SPOT_BAD_FINDINGS,
    SPOT_OK_FINDINGS, SUGGESTION_TOPICS, SURNAMES, TOWNSHIPS, UNITS, VILLAGES,
};
use crate::domain::dates::add_months;
use crate::domain::rng::Rng;

/// How much a county-scale demo wrote.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScaleSummary {
    pub townships: usize,
    pub groups: usize,
    pub deputies: usize,
    pub activities: usize,
    pub attendance: usize,
    pub voter_contacts: usize,
    pub motions: usize,
    pub motion_events: usize,
    pub spot_checks: usize,
}

const TOWNSHIP_COUNT: usize = 20;
const YEARS: i32 = 5;
const MOTIONS_PER_YEAR: usize = 4000;
const SPOT_CHECKS_PER_YEAR: usize = 2000;
const PARTIES: &[&str] = &[
    "中共党员",
    "中共党员",
    "中共党员",
    "群众",
    "群众",
    "民主党派",
    "共青团员",
    "无党派人士",
];
const EDUCATION: &[&str] = &[
    "初中",
    "高中",
    "中专",
    "大专",
    "大专",
    "本科",
    "本科",
    "研究生",
];
const OCCUPATIONS: &[&str] = &[
    "党政干部",
    "工人",
    "农民",
    "农民",
    "专业技术人员",
    "企业负责人",
    "其他",
];
const GROUP_KINDS: &[&str] = &[
    "视察",
    "调研",
    "座谈",
    "学习培训",
    "走访选民",
    "工作评议",
    "执法检查",
];
const CONTACT_MODES: &[&str] = &["走访", "接访", "约访", "回访", "电话"];
const METHODS: &[&str] = &["电话", "上门", "村民会议", "座谈", "查阅台账"];
const KINDS: &[(&str, u32)] = &[
    ("建议", 80),
    ("议案", 3),
    ("意见", 7),
    ("批评", 3),
    ("选民意见", 7),
];

fn iso(d: NaiveDate) -> String {
    d.format("%Y-%m-%d").to_string()
}

fn township_name(i: usize) -> String {
    match TOWNSHIPS.get(i) {
        Some(t) => format!("{t}镇"),
        None => format!("{}乡", COUNTIES[(i - TOWNSHIPS.len()) % COUNTIES.len()]),
    }
}

fn person_name(rng: &mut Rng, female: bool) -> String {
    let chars = if female { FEMALE_CHARS } else { MALE_CHARS };
    let surname = rng.pick(SURNAMES).copied().unwrap_or("王");
    let first = rng.pick(chars).copied().unwrap_or("明");
    if rng.chance(0.3) {
        format!("{surname}{first}")
    } else {
        format!(
            "{surname}{first}{}",
            rng.pick(chars).copied().unwrap_or("华")
        )
    }
}

fn pick<'a>(rng: &mut Rng, items: &[&'a str]) -> &'a str {
    rng.pick(items).copied().unwrap_or_default()
}

/// A deputy in office, as the generator keeps it for later records.
struct Member {
    id: i64,
}

/// Writes a county-sized record into an empty database.
pub fn write_county(
    tx: &Transaction,
    today: NaiveDate,
    seed: u64,
) -> rusqlite::Result<ScaleSummary> {
    let mut rng = Rng::new(seed);
    let mut sum = ScaleSummary {
        townships: TOWNSHIP_COUNT,
        ..ScaleSummary::default()
    };
    let start = add_months(today, -12 * YEARS);
    let stamp = format!("{} 08:00:00", iso(start));
    tx.execute(
        "INSERT INTO term (number, starts_on) VALUES (18, ?1)",
        [iso(start)],
    )?;

    // Groups, stations and deputies.
    let mut groups: Vec<(i64, Vec<i64>)> = Vec::new();
    let mut members: Vec<Member> = Vec::new();
    {
        let mut group_stmt =
            tx.prepare("INSERT INTO deputy_group (name, place, sort_order) VALUES (?1, ?2, ?3)")?;
        let mut station_stmt = tx
            .prepare("INSERT INTO station (name, place, group_id, head) VALUES (?1, ?2, ?3, ?4)")?;
        let mut deputy_stmt = tx.prepare(
            "INSERT INTO deputy (name, gender, ethnicity, birth_month, party, education, occupation, unit_title,
                                 district, level, phone, address, term_id, status, ended_on, end_reason,
                                 created_at, updated_at)
             VALUES (?1, ?2, '汉族', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, ?12, ?13, ?14, ?15, ?15)",
        )?;
        let mut member_stmt =
            tx.prepare("INSERT INTO membership (deputy_id, group_id, role, joined_on, left_on) VALUES (?1, ?2, ?3, ?4, ?5)")?;
        for t in 0..TOWNSHIP_COUNT {
            let township = township_name(t);
            for g in 0..(7 + t % 2) {
                let village = format!("{}村", VILLAGES[(t * 7 + g) % VILLAGES.len()]);
                let name = format!("{township}第{}代表小组（{village}）", g + 1);
                group_stmt.execute(params![name, village, groups.len() as i64])?;
                let group_id = tx.last_insert_rowid();
                station_stmt.execute(params![
                    format!("{township}{village}代表联络站"),
                    village,
                    group_id,
                    "站长"
                ])?;
                let mut ids = Vec::new();
                for k in 0..(13 + rng.below(2) as usize) {
                    let female = rng.chance(0.35);
                    let ended = k > 2 && rng.chance(0.02);
                    let birth = format!("{}-{:02}", 1960 + rng.below(40), 1 + rng.below(12));
                    let phone = format!("13{:09}", rng.below(1_000_000_000));
                    let level = if rng.chance(0.15) { "县" } else { "镇" };
                    let (status, ended_on, reason) = if ended {
                        (
                            "辞职",
                            Some(iso(add_months(today, -(rng.below(40) as i32) - 1))),
                            "工作调动",
                        )
                    } else {
                        ("在任", None, "")
                    };
                    deputy_stmt.execute(params![
                        person_name(&mut rng, female),
                        if female { "女" } else { "男" },
                        birth,
                        pick(&mut rng, PARTIES),
                        pick(&mut rng, EDUCATION),
                        pick(&mut rng, OCCUPATIONS),
                        format!("{village}村民"),
                        format!("第{}选区", g + 1),
                        level,
                        phone,
                        format!("{township}{village}"),
                        status,
                        ended_on,
                        reason,
                        stamp,
                    ])?;
                    let id = tx.last_insert_rowid();
                    let role = match k {
                        0 => "组长",
                        1 => "副组长",
                        _ => "组员",
                    };
                    member_stmt.execute(params![id, group_id, role, iso(start), ended_on])?;
                    if !ended {
                        ids.push(id);
                        members.push(Member { id });
                    }
                    sum.deputies += 1;
                }
                groups.push((group_id, ids));
            }
        }
    }
    sum.groups = groups.len();

    // Activities: per group each month a reception day and two group
    // activities; per township each month one township-wide activity.
    {
        let mut act = tx.prepare(
            "INSERT INTO activity (kind, topic, starts_on, ends_on, days, place, group_id, station_id, status,
                                   record, archived, announce_due, announced_on, created_at)
             VALUES (?1, ?2, ?3, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
        )?;
        let mut att = tx.prepare(
            "INSERT INTO attendance (activity_id, deputy_id, status, reason, spoke) VALUES (?1, ?2, ?3, ?4, ?5)",
        )?;
        let mut duty =
            tx.prepare("INSERT INTO reception_duty (activity_id, deputy_id) VALUES (?1, ?2)")?;
        let months = 12 * YEARS + 2;
        for m in 0..months {
            let month_start = add_months(start, m).with_day(1).unwrap_or(start);
            for (group_id, ids) in &groups {
                for slot in 0..3 {
                    let day = month_start + Duration::days(rng.below(27) as i64 + 1);
                    let past = day < today;
                    let status = if !past {
                        "计划"
                    } else if rng.chance(0.02) {
                        "取消"
                    } else {
                        "已举行"
                    };
                    let reception = slot == 0;
                    let (kind, topic) = if reception {
                        ("接待选民", "代表接待选民日".to_owned())
                    } else {
                        let (k, t) = GROUP_TOPICS[rng.below(GROUP_TOPICS.len() as u64) as usize];
                        (
                            if rng.chance(0.5) {
                                k
                            } else {
                                pick(&mut rng, GROUP_KINDS)
                            },
                            t.to_owned(),
                        )
                    };
                    let announce = reception.then(|| iso(day - Duration::days(4)));
                    act.execute(params![
                        kind,
                        topic,
                        iso(day),
                        if rng.chance(0.2) { 0.5 } else { 1.0 },
                        "村委会议室",
                        group_id,
                        reception.then_some(*group_id),
                        status,
                        if status == "已举行" {
                            "按计划开展，记录存档。"
                        } else {
                            ""
                        },
                        i64::from(status == "已举行" && day < today - Duration::days(30)),
                        announce,
                        if reception && past {
                            announce.clone()
                        } else {
                            None
                        },
                        stamp,
                    ])?;
                    let activity_id = tx.last_insert_rowid();
                    sum.activities += 1;
                    let attendees: Vec<i64> = if reception {
                        let size = 2 + rng.below(2) as usize;
                        let picks = rng.sample_indices(ids.len(), size);
                        let chosen: Vec<i64> = picks.iter().map(|&i| ids[i]).collect();
                        for id in &chosen {
                            duty.execute(params![activity_id, id])?;
                        }
                        chosen
                    } else {
                        ids.clone()
                    };
                    if status != "已举行" {
                        continue;
                    }
                    for id in attendees {
                        let roll = rng.below(100);
                        let (st, reason) = match roll {
                            0..=84 => ("出席", ""),
                            85..=94 => ("请假", "外出务工"),
                            _ => ("缺席", ""),
                        };
                        let spoke = i64::from(st == "出席" && rng.chance(0.3));
                        att.execute(params![activity_id, id, st, reason, spoke])?;
                        sum.attendance += 1;
                    }
                }
            }
            // Township-wide: a training or inspection with a sample of deputies.
            for t in 0..TOWNSHIP_COUNT {
                let day = month_start + Duration::days(rng.below(27) as i64 + 1);
                let status = if day < today { "已举行" } else { "计划" };
                act.execute(params![
                    if m % 2 == 0 { "学习培训" } else { "视察" },
                    format!("{}代表集中活动", township_name(t)),
                    iso(day),
                    1.0,
                    "镇政府会议室",
                    Option::<i64>::None,
                    Option::<i64>::None,
                    status,
                    "",
                    0,
                    Option::<String>::None,
                    Option::<String>::None,
                    stamp,
                ])?;
                let activity_id = tx.last_insert_rowid();
                sum.activities += 1;
                if status == "已举行" {
                    for i in rng.sample_indices(members.len(), 25) {
                        att.execute(params![activity_id, members[i].id, "出席", "", 0])?;
                        sum.attendance += 1;
                    }
                }
            }
        }
    }

    // Voter contacts: about fifty per deputy over five years.
    {
        let mut stmt = tx.prepare(
            "INSERT INTO voter_contact (deputy_id, contacted_on, mode, people, in_district, summary)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        )?;
        let span = (today - start).num_days().max(1) as u64;
        for member in &members {
            for _ in 0..(30 + rng.below(40)) {
                let day = start + Duration::days(rng.below(span) as i64);
                stmt.execute(params![
                    member.id,
                    iso(day),
                    pick(&mut rng, CONTACT_MODES),
                    1 + rng.below(12) as i64,
                    i64::from(rng.chance(0.8)),
                    pick(&mut rng, CONTACT_SUMMARIES),
                ])?;
                sum.voter_contacts += 1;
            }
        }
    }

    write_motions(tx, &mut rng, today, &members, &mut sum)?;
    write_spot_checks(tx, &mut rng, today, &members, &mut sum)?;
    Ok(sum)
}

/// Motions with signers, units, timelines, replies and feedback.
fn write_motions(
    tx: &Transaction,
    rng: &mut Rng,
    today: NaiveDate,
    members: &[Member],
    sum: &mut ScaleSummary,
) -> rusqlite::Result<()> {
    let mut unit_ids = Vec::new();
    {
        let mut stmt = tx.prepare("INSERT INTO handling_unit (name, active) VALUES (?1, ?2)")?;
        for (name, active) in UNITS {
            stmt.execute(params![name, i64::from(*active)])?;
            unit_ids.push(tx.last_insert_rowid());
        }
    }
    let mut motion = tx.prepare(
        "INSERT INTO motion (year, kind, seq, number, title, content, received_on, source, category, key_item,
                             routing, status, assigned_on, reply_due, closed_on, last_step_on)
         VALUES (?1, ?2, ?3, printf('%d-%s-%03d', ?1, substr(?2, 1, 1), ?3), ?4, ?5, ?6, '闭会期间', ?7, ?8,
                 ?9, ?10, ?11, ?12, ?13, ?14)",
    )?;
    let mut signer =
        tx.prepare("INSERT INTO motion_signer (motion_id, deputy_id, role) VALUES (?1, ?2, ?3)")?;
    let mut unit = tx.prepare(
        "INSERT INTO motion_unit (motion_id, unit_id, role, assigned_on) VALUES (?1, ?2, '主办', ?3)",
    )?;
    let mut event = tx.prepare(
        "INSERT INTO motion_event (motion_id, happened_on, step, unit_id, note, recorded_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?2 || ' 09:00:00')",
    )?;
    let mut reply = tx.prepare(
        "INSERT INTO motion_reply (motion_id, unit_id, replied_on, scheme, class, text, met_deputy)
         VALUES (?1, ?2, ?3, '四类', ?4, '已按建议办理并答复代表。', ?5)",
    )?;
    let mut feedback = tx.prepare(
        "INSERT INTO motion_feedback (reply_id, deputy_id, rated_on, rating) VALUES (?1, ?2, ?3, ?4)",
    )?;
    let total_weight: u32 = KINDS.iter().map(|k| k.1).sum();
    for year_back in (0..YEARS).rev() {
        let year = today.year() - year_back;
        let mut seq = [0i64; 5];
        let year_start = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(today);
        let days_in_year = if year == today.year() {
            today.ordinal0() as u64 + 1
        } else {
            365
        };
        let count = MOTIONS_PER_YEAR * days_in_year as usize / 365;
        for _ in 0..count {
            let mut roll = rng.below(u64::from(total_weight)) as u32;
            let k = KINDS
                .iter()
                .position(|(_, w)| {
                    if roll < *w {
                        true
                    } else {
                        roll -= w;
                        false
                    }
                })
                .unwrap_or(0);
            let kind = KINDS[k].0;
            seq[k] += 1;
            let received = year_start + Duration::days(rng.below(days_in_year) as i64);
            let topic = &SUGGESTION_TOPICS[rng.below(SUGGESTION_TOPICS.len() as u64) as usize];
            let title = topic.title.replace("{v}", "村");
            let age = (today - received).num_days();
            let assigned = received + Duration::days(3 + rng.below(7) as i64);
            let reply_due = add_months(assigned, 3);
            let replied = assigned + Duration::days(20 + rng.below(90) as i64);
            // Older items have run the whole course; recent ones are in flight.
            let (status, closed) = if age > 200 {
                ("归档", Some(replied + Duration::days(30)))
            } else if age > 150 {
                ("办结", Some(replied + Duration::days(20)))
            } else if age > 100 && replied < today {
                ("已答复", None)
            } else if age > 10 {
                ("办理中", None)
            } else {
                ("登记", None)
            };
            let assigned_on = (status != "登记").then_some(assigned);
            let last = closed
                .or(if status == "已答复" {
                    Some(replied)
                } else {
                    assigned_on
                })
                .unwrap_or(received);
            motion.execute(params![
                year,
                kind,
                seq[k],
                title,
                topic.content.replace("{v}", "村"),
                iso(received),
                topic.category,
                i64::from(rng.chance(0.05)),
                (kind == "选民意见").then_some("乡镇办理"),
                status,
                assigned_on.map(iso),
                assigned_on.map(|_| iso(reply_due)),
                closed.map(iso),
                iso(last),
            ])?;
            let id = tx.last_insert_rowid();
            sum.motions += 1;
            let lead = members[rng.below(members.len() as u64) as usize].id;
            signer.execute(params![id, lead, "领衔"])?;
            if kind == "议案" {
                let mut co = 0;
                for i in rng.sample_indices(members.len(), 6) {
                    if members[i].id != lead && co < 4 {
                        signer.execute(params![id, members[i].id, "附议"])?;
                        co += 1;
                    }
                }
            }
            event.execute(params![id, iso(received), "登记", Option::<i64>::None, ""])?;
            sum.motion_events += 1;
            let Some(assigned_on) = assigned_on else {
                continue;
            };
            let unit_id = unit_ids[rng.below(unit_ids.len() as u64 - 1) as usize];
            unit.execute(params![id, unit_id, iso(assigned_on)])?;
            event.execute(params![id, iso(assigned_on), "交办", unit_id, ""])?;
            sum.motion_events += 1;
            if status == "办理中" {
                continue;
            }
            let class = match rng.below(10) {
                0..=6 => "A",
                7 | 8 => "B",
                _ => "C",
            };
            reply.execute(params![id, unit_id, iso(replied), class, 1])?;
            let reply_id = tx.last_insert_rowid();
            event.execute(params![id, iso(replied), "答复", unit_id, ""])?;
            sum.motion_events += 1;
            let Some(closed) = closed else { continue };
            let rating = if rng.chance(0.9) {
                "满意"
            } else {
                "基本满意"
            };
            feedback.execute(params![
                reply_id,
                lead,
                iso(replied + Duration::days(10)),
                rating
            ])?;
            event.execute(params![
                id,
                iso(replied + Duration::days(10)),
                "反馈",
                Option::<i64>::None,
                rating
            ])?;
            event.execute(params![id, iso(closed), "办结", Option::<i64>::None, ""])?;
            sum.motion_events += 2;
            if status == "归档" {
                event.execute(params![id, iso(closed), "归档", Option::<i64>::None, ""])?;
                sum.motion_events += 1;
            }
        }
    }
    Ok(())
}

/// Spot-checks across the five years, with rounds of twenty.
fn write_spot_checks(
    tx: &Transaction,
    rng: &mut Rng,
    today: NaiveDate,
    members: &[Member],
    sum: &mut ScaleSummary,
) -> rusqlite::Result<()> {
    let mut round = tx.prepare(
        "INSERT INTO spot_round (drawn_on, target_kind, seed, params, sample_size, confirmed)
         VALUES (?1, '代表', ?2, '{\"size\":20,\"scope\":\"全县\"}', 20, 1)",
    )?;
    let mut check = tx.prepare(
        "INSERT INTO spot_check (round_id, target_kind, deputy_id, planned_on, done_on, method, checker, status,
                                 finding, correction_due, closed_on)
         VALUES (?1, '代表', ?2, ?3, ?4, ?5, '主席', ?6, ?7, ?8, ?9)",
    )?;
    let mut followup =
        tx.prepare("INSERT INTO spot_followup (check_id, noted_on, note) VALUES (?1, ?2, ?3)")?;
    let total = SPOT_CHECKS_PER_YEAR * YEARS as usize;
    let start = add_months(today, -12 * YEARS);
    let span = (today - start).num_days().max(1) as u64 + 30;
    let mut round_id = 0;
    // Each round checks twenty different deputies.
    let mut round_members = Vec::new();
    for n in 0..total {
        let planned = start + Duration::days(rng.below(span) as i64);
        if n % 20 == 0 {
            round.execute(params![iso(planned.min(today)), rng.next_u64() as i64 >> 1])?;
            round_id = tx.last_insert_rowid();
            round_members = rng.sample_indices(members.len(), 20);
        }
        let member = &members[round_members[n % 20]];
        let method = pick(rng, METHODS);
        let done = planned + Duration::days(rng.below(5) as i64);
        let (status, done_on, finding, due, closed) = if planned >= today {
            ("待查", None, String::new(), None, None)
        } else if rng.chance(0.85) {
            (
                "已查-合格",
                Some(done),
                pick(rng, SPOT_OK_FINDINGS).to_owned(),
                None,
                None,
            )
        } else if done + Duration::days(60) < today {
            let due = done + Duration::days(30);
            (
                "已整改",
                Some(done),
                pick(rng, SPOT_BAD_FINDINGS).to_owned(),
                Some(due),
                Some(due),
            )
        } else {
            (
                "已查-需整改",
                Some(done),
                pick(rng, SPOT_BAD_FINDINGS).to_owned(),
                Some(done + Duration::days(30)),
                None,
            )
        };
        check.execute(params![
            round_id,
            member.id,
            iso(planned),
            done_on.map(iso),
            method,
            status,
            finding,
            due.map(iso),
            closed.map(iso),
        ])?;
        if let Some(closed) = closed {
            followup.execute(params![
                tx.last_insert_rowid(),
                iso(closed),
                "代表已补齐联系选民记录，整改完成。"
            ])?;
        }
        sum.spot_checks += 1;
    }
    Ok(())
}
