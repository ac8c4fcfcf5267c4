//! Duty scores (履职积分): a yearly score per deputy from recorded events,
//! by a weight table kept in the database (the seed scheme of domain.md by
//! default), with a breakdown line per kind of event and a grade
//! (优秀 / 称职 / 不称职) by configurable cut-offs.
//!
//! Submodules hold the other pure rules of the daily review: pro-rata yearly
//! duties (`duties`) and the review's kinds and urgency order (`review`).

pub mod duties;
pub mod review;

use std::collections::HashMap;

/// Names of the weights in the `score_weight` table (the seed scheme).
pub mod weight {
    pub const BASE: &str = "基础分";
    pub const CONGRESS: &str = "出席人代会";
    pub const SUGGESTIONS_FULL: &str = "提出建议（满三件）";
    pub const SUGGESTION_STEP: &str = "建议每多或少一件";
    pub const SPEECH: &str = "小组审议发言";
    pub const SPEECH_EXTRA: &str = "每多一人发言";
    pub const PRESIDIUM: &str = "列席主席团会议";
    pub const ACTIVITY_DAY: &str = "参加活动每天";
    pub const CONTACTS_PER_TEN: &str = "联系选民每十人次";
    pub const DEED: &str = "办实事";
    pub const REPORT: &str = "向选民述职";
}

/// The points of each event, read from the weight table. A weight missing
/// from the table counts 0, so a township can drop an item by deleting it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Weights {
    pub base: i64,
    pub congress: i64,
    /// Points for reaching the suggestion quota.
    pub suggestions_full: i64,
    /// Points added or taken for each suggestion above or below the quota.
    pub suggestion_step: i64,
    /// How many suggestions make the quota (rule `score_suggestion_quota`).
    pub suggestion_quota: i64,
    /// Points for the first speech of the year in group deliberation.
    pub speech: i64,
    /// Points for each further speech.
    pub speech_extra: i64,
    pub presidium: i64,
    pub activity_day: i64,
    pub contacts_per_ten: i64,
    pub deed: i64,
    pub report: i64,
}

impl Weights {
    /// Weights from `(event, points)` rows; unknown events are ignored.
    pub fn from_rows(rows: &[(String, i64)], suggestion_quota: i64) -> Weights {
        let map: HashMap<&str, i64> = rows.iter().map(|(k, v)| (k.as_str(), *v)).collect();
        let w = |k: &str| map.get(k).copied().unwrap_or(0);
        Weights {
            base: w(weight::BASE),
            congress: w(weight::CONGRESS),
            suggestions_full: w(weight::SUGGESTIONS_FULL),
            suggestion_step: w(weight::SUGGESTION_STEP),
            suggestion_quota,
            speech: w(weight::SPEECH),
            speech_extra: w(weight::SPEECH_EXTRA),
            presidium: w(weight::PRESIDIUM),
            activity_day: w(weight::ACTIVITY_DAY),
            contacts_per_ten: w(weight::CONTACTS_PER_TEN),
            deed: w(weight::DEED),
            report: w(weight::REPORT),
        }
    }
}

/// What one deputy did in a year, as counted from the records.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct DutyCounts {
    /// Congress sessions attended (duty_event 出席人代会).
    pub congress: i64,
    /// Motions and suggestions signed (lead or co-signer), refused ones left out.
    pub suggestions: i64,
    /// Speeches in group deliberation (duty_event 审议发言).
    pub speeches: i64,
    /// Presidium meetings attended as a non-member (列席主席团会议).
    pub presidium: i64,
    /// Days credited for held activities attended (出席).
    pub activity_days: f64,
    /// Voters contacted (人次, the sum of `people`).
    pub voter_people: i64,
    /// Days with contact inside the deputy's own district.
    pub district_visits: i64,
    /// Practical deeds (办实事).
    pub deeds: i64,
    /// Reports to voters (向选民述职): recorded events, and attendance at a
    /// held reporting activity.
    pub reports: i64,
}

/// A kind of line in a score breakdown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ScoreItem {
    Base,
    Congress,
    Suggestions,
    Speeches,
    Presidium,
    ActivityDays,
    VoterContacts,
    Deeds,
    Reports,
}

/// One line of a breakdown: what was counted and the points it gives.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoreLine {
    pub item: ScoreItem,
    /// The count behind the points (days may be fractional).
    pub count: f64,
    pub points: i64,
}

/// A deputy's score: every line, and the total (always their sum).
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub lines: Vec<ScoreLine>,
    pub total: i64,
}

/// Computes the breakdown. Suggestions: the quota gives the full points,
/// each one more or fewer adds or takes a step, never below 0. Speeches: the
/// first gives the speech points, each further one the extra points.
/// Activity days count half days (rounded to whole points). Contacts give
/// points per full ten voters.
pub fn score(c: &DutyCounts, w: &Weights) -> Score {
    let suggestions =
        (w.suggestions_full + (c.suggestions - w.suggestion_quota) * w.suggestion_step).max(0);
    let speeches = if c.speeches > 0 {
        w.speech + (c.speeches - 1) * w.speech_extra
    } else {
        0
    };
    let line = |item, count: f64, points| ScoreLine {
        item,
        count,
        points,
    };
    let lines = vec![
        line(ScoreItem::Base, 1.0, w.base),
        line(
            ScoreItem::Congress,
            c.congress as f64,
            c.congress * w.congress,
        ),
        line(ScoreItem::Suggestions, c.suggestions as f64, suggestions),
        line(ScoreItem::Speeches, c.speeches as f64, speeches),
        line(
            ScoreItem::Presidium,
            c.presidium as f64,
            c.presidium * w.presidium,
        ),
        line(
            ScoreItem::ActivityDays,
            c.activity_days,
            (c.activity_days * w.activity_day as f64).round() as i64,
        ),
        line(
            ScoreItem::VoterContacts,
            c.voter_people as f64,
            c.voter_people / 10 * w.contacts_per_ten,
        ),
        line(ScoreItem::Deeds, c.deeds as f64, c.deeds * w.deed),
        line(ScoreItem::Reports, c.reports as f64, c.reports * w.report),
    ];
    let total = lines.iter().map(|l| l.points).sum();
    Score { lines, total }
}

/// A year-end grade (年终考核等次).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Grade {
    Excellent,
    Competent,
    Incompetent,
}

impl Grade {
    /// The word used on the appraisal form.
    pub fn label(self) -> &'static str {
        match self {
            Grade::Excellent => "优秀",
            Grade::Competent => "称职",
            Grade::Incompetent => "不称职",
        }
    }
}

/// The grade of a total: at least `excellent_min` is 优秀, at least
/// `competent_min` 称职, below it 不称职.
pub fn grade(total: i64, excellent_min: i64, competent_min: i64) -> Grade {
    if total >= excellent_min {
        Grade::Excellent
    } else if total >= competent_min {
        Grade::Competent
    } else {
        Grade::Incompetent
    }
}

/// Ranks by descending total, ties sharing a rank (1, 2, 2, 4).
pub fn ranks(totals: &[i64]) -> Vec<usize> {
    totals
        .iter()
        .map(|t| 1 + totals.iter().filter(|o| *o > t).count())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn seed() -> Weights {
        let rows: Vec<(String, i64)> = [
            (weight::CONGRESS, 10),
            (weight::SUGGESTIONS_FULL, 10),
            (weight::SUGGESTION_STEP, 5),
            (weight::SPEECH, 10),
            (weight::SPEECH_EXTRA, 5),
            (weight::PRESIDIUM, 5),
            (weight::ACTIVITY_DAY, 2),
            (weight::CONTACTS_PER_TEN, 1),
            (weight::DEED, 3),
            (weight::REPORT, 5),
            ("某地自定", 99),
        ]
        .iter()
        .map(|(k, v)| (k.to_string(), *v))
        .collect();
        Weights::from_rows(&rows, 3)
    }

    fn points(s: &Score, item: ScoreItem) -> i64 {
        s.lines.iter().find(|l| l.item == item).unwrap().points
    }

    #[test]
    fn the_seed_scheme_scores_as_written() {
        let c = DutyCounts {
            congress: 1,
            suggestions: 4,
            speeches: 3,
            presidium: 2,
            activity_days: 10.5,
            voter_people: 37,
            district_visits: 4,
            deeds: 2,
            reports: 1,
        };
        let s = score(&c, &seed());
        assert_eq!(points(&s, ScoreItem::Congress), 10);
        assert_eq!(
            points(&s, ScoreItem::Suggestions),
            15,
            "3 give 10, one more +5"
        );
        assert_eq!(points(&s, ScoreItem::Speeches), 20, "10 + 2 × 5");
        assert_eq!(points(&s, ScoreItem::Presidium), 10);
        assert_eq!(points(&s, ScoreItem::ActivityDays), 21);
        assert_eq!(points(&s, ScoreItem::VoterContacts), 3, "per full ten");
        assert_eq!(points(&s, ScoreItem::Deeds), 6);
        assert_eq!(points(&s, ScoreItem::Reports), 5);
        assert_eq!(s.total, 90);
        assert_eq!(s.total, s.lines.iter().map(|l| l.points).sum::<i64>());
    }

    #[test]
    fn fewer_suggestions_take_points_but_never_below_zero() {
        let w = seed();
        let with = |n| {
            points(
                &score(
                    &DutyCounts {
                        suggestions: n,
                        ..Default::default()
                    },
                    &w,
                ),
                ScoreItem::Suggestions,
            )
        };
        assert_eq!(with(2), 5);
        assert_eq!(with(1), 0);
        assert_eq!(with(0), 0);
        assert_eq!(with(5), 20);
    }

    #[test]
    fn a_base_is_added_when_the_township_sets_one() {
        let mut w = seed();
        w.base = 60;
        let s = score(&DutyCounts::default(), &w);
        assert_eq!(s.total, 60);
    }

    #[test]
    fn grades_follow_the_cut_offs() {
        assert_eq!(grade(80, 80, 40), Grade::Excellent);
        assert_eq!(grade(79, 80, 40), Grade::Competent);
        assert_eq!(grade(40, 80, 40), Grade::Competent);
        assert_eq!(grade(39, 80, 40), Grade::Incompetent);
        assert_eq!(Grade::Incompetent.label(), "不称职");
    }

    #[test]
    fn ties_share_a_rank() {
        assert_eq!(ranks(&[50, 70, 50, 10]), vec![2, 1, 2, 4]);
        assert!(ranks(&[]).is_empty());
    }
}
