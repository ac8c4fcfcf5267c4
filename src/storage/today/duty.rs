//! What each deputy did in a year, counted in SQL: the figures behind the
//! duty review and the duty scores (履职积分).

use chrono::NaiveDate;

use crate::domain::scores::{DutyCounts, Grade, Score, grade, ranks, score};
use crate::storage::Db;
use crate::storage::error::Result;

/// One deputy's year on the record.
#[derive(Debug, Clone, PartialEq)]
pub struct DeputyDuty {
    pub id: i64,
    pub name: String,
    pub group_id: Option<i64>,
    pub group: Option<String>,
    pub directly_elected: bool,
    pub in_office: bool,
    pub counts: DutyCounts,
}

impl Db {
    /// Every deputy in office at some point of `[from, to]`, with what the
    /// records hold for them in those days, in group order.
    pub fn duty_counts(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<DeputyDuty>> {
        // Each table is read once over the period and summed per deputy
        // (a correlated count per deputy took seconds at county scale).
        let mut stmt = self.conn.prepare_cached(
            "WITH ev AS (
                 SELECT deputy_id,
                        sum(kind = '出席人代会') AS congress,
                        sum(kind = '审议发言') AS speeches,
                        sum(kind = '列席主席团会议') AS presidium,
                        sum(kind = '办实事') AS deeds,
                        sum(kind = '向选民述职') AS reports
                   FROM duty_event WHERE happened_on BETWEEN ?1 AND ?2 GROUP BY deputy_id),
             sig AS (
                 SELECT s.deputy_id, count(*) AS n
                   FROM motion m JOIN motion_signer s ON s.motion_id = m.id
                  WHERE m.kind <> '选民意见' AND m.status <> '不予接收'
                    AND m.received_on BETWEEN ?1 AND ?2
                  GROUP BY s.deputy_id),
             att AS (
                 SELECT t.deputy_id, sum(a.days) AS days, sum(a.kind = '向选民述职') AS reports
                   FROM activity a JOIN attendance t ON t.activity_id = a.id
                  WHERE a.status = '已举行' AND a.starts_on BETWEEN ?1 AND ?2 AND t.status = '出席'
                  GROUP BY t.deputy_id),
             vc AS (
                 SELECT deputy_id, sum(people) AS people,
                        count(DISTINCT CASE WHEN in_district = 1 THEN contacted_on END) AS visits
                   FROM voter_contact WHERE contacted_on BETWEEN ?1 AND ?2 GROUP BY deputy_id)
             SELECT d.id, d.name, g.id, g.name, d.directly_elected, d.status = '在任',
                    COALESCE(ev.congress, 0), COALESCE(sig.n, 0), COALESCE(ev.speeches, 0),
                    COALESCE(ev.presidium, 0), COALESCE(att.days, 0), COALESCE(vc.people, 0),
                    COALESCE(vc.visits, 0), COALESCE(ev.deeds, 0),
                    COALESCE(ev.reports, 0) + COALESCE(att.reports, 0)
               FROM deputy d
               LEFT JOIN membership ms ON ms.deputy_id = d.id AND ms.left_on IS NULL
               LEFT JOIN deputy_group g ON g.id = ms.group_id
               LEFT JOIN ev ON ev.deputy_id = d.id
               LEFT JOIN sig ON sig.deputy_id = d.id
               LEFT JOIN att ON att.deputy_id = d.id
               LEFT JOIN vc ON vc.deputy_id = d.id
              WHERE d.status = '在任' OR d.ended_on >= ?1
              ORDER BY g.id IS NULL, g.sort_order, g.id, d.name, d.id",
        )?;
        let rows = stmt.query_map([from, to], |r| {
            Ok(DeputyDuty {
                id: r.get(0)?,
                name: r.get(1)?,
                group_id: r.get(2)?,
                group: r.get(3)?,
                directly_elected: r.get(4)?,
                in_office: r.get(5)?,
                counts: DutyCounts {
                    congress: r.get(6)?,
                    suggestions: r.get(7)?,
                    speeches: r.get(8)?,
                    presidium: r.get(9)?,
                    activity_days: r.get(10)?,
                    voter_people: r.get(11)?,
                    district_visits: r.get(12)?,
                    deeds: r.get(13)?,
                    reports: r.get(14)?,
                },
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    }
}

/// A deputy's duty score for a year, ranked in the township and the group.
#[derive(Debug, Clone, PartialEq)]
pub struct ScoredDeputy {
    pub deputy: DeputyDuty,
    pub score: Score,
    pub grade: Grade,
    pub rank: usize,
    pub group_rank: usize,
}

impl Db {
    /// Every deputy's duty score for `year` (counted up to `today` for the
    /// current year), best first; ties share a rank.
    pub fn duty_scores(&self, year: i32, today: NaiveDate) -> Result<Vec<ScoredDeputy>> {
        let (Some(from), Some(end)) = (
            NaiveDate::from_ymd_opt(year, 1, 1),
            NaiveDate::from_ymd_opt(year, 12, 31),
        ) else {
            return Ok(Vec::new());
        };
        let weights = self.weights()?;
        let excellent = self.rule("grade_excellent_min")?;
        let competent = self.rule("grade_competent_min")?;
        let deputies = self.duty_counts(from, end.min(today))?;
        let scores: Vec<Score> = deputies
            .iter()
            .map(|d| score(&d.counts, &weights))
            .collect();
        let totals: Vec<i64> = scores.iter().map(|s| s.total).collect();
        let township = ranks(&totals);
        let mut out: Vec<ScoredDeputy> = deputies
            .into_iter()
            .zip(scores)
            .enumerate()
            .map(|(i, (deputy, score))| ScoredDeputy {
                grade: grade(score.total, excellent, competent),
                rank: township[i],
                group_rank: 0,
                deputy,
                score,
            })
            .collect();
        // Rank within each group (deputies without a group rank alone).
        let groups: Vec<Option<i64>> = out.iter().map(|s| s.deputy.group_id).collect();
        for i in 0..out.len() {
            let better = (0..out.len())
                .filter(|&j| groups[j].is_some() && groups[j] == groups[i])
                .filter(|&j| totals[j] > totals[i])
                .count();
            out[i].group_rank = better + 1;
        }
        out.sort_by_key(|s| (s.rank, s.deputy.group_id.is_none(), s.deputy.id));
        Ok(out)
    }
}
