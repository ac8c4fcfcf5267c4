//! A simple duty score (履职积分) from the `score_weight` table, until the
//! program has score rules of its own: each event's points as the chair
//! set them, counted as documented in docs/excel.md. The lead may move
//! this into `domain::scores` when that exists.

use crate::storage::exchange::DutyFigures;

/// Score at or above which the grade is 优秀.
pub const EXCELLENT_FROM: f64 = 60.0;
/// Score at or above which the grade is 称职; below it 不称职.
pub const COMPETENT_FROM: f64 = 30.0;

/// Points of one deputy, per part, in the order of [`PARTS`].
#[derive(Clone, Debug, PartialEq)]
pub struct Score {
    pub parts: Vec<f64>,
    pub total: f64,
}

/// The parts of the score, named by the `score_weight` events they use.
pub const PARTS: [&[&str]; 8] = [
    &["出席人代会"],
    &["提出建议（满三件）", "建议每多或少一件"],
    &["小组审议发言", "每多一人发言"],
    &["列席主席团会议"],
    &["参加活动每天"],
    &["联系选民每十人次"],
    &["办实事"],
    &["向选民述职"],
];

fn weight(weights: &[(String, i64)], event: &str) -> f64 {
    weights
        .iter()
        .find(|(e, _)| e == event)
        .map_or(0.0, |(_, p)| *p as f64)
}

/// The score of one deputy's figures:
/// - 出席人代会: the points once if the deputy attended at least once;
/// - 提出建议: the base points for three items, plus or minus the step for
///   each item more or fewer, never below zero;
/// - 审议发言: the base points for the first speech, the step for each more;
/// - the others: points per event (per activity day, per ten voters reached).
pub fn score(f: &DutyFigures, weights: &[(String, i64)]) -> Score {
    let w = |e| weight(weights, e);
    let speeches = f.speeches as f64;
    let parts = vec![
        if f.congress > 0 {
            w("出席人代会")
        } else {
            0.0
        },
        (w("提出建议（满三件）") + (f.suggestions as f64 - 3.0) * w("建议每多或少一件")).max(0.0),
        if speeches >= 1.0 {
            w("小组审议发言") + (speeches - 1.0) * w("每多一人发言")
        } else {
            0.0
        },
        f.presidium as f64 * w("列席主席团会议"),
        (f.activity_days * w("参加活动每天") * 10.0).round() / 10.0,
        (f.voter_people / 10) as f64 * w("联系选民每十人次"),
        f.deeds as f64 * w("办实事"),
        f.reports as f64 * w("向选民述职"),
    ];
    let total = parts.iter().sum();
    Score { parts, total }
}

/// 优秀 / 称职 / 不称职 by the thresholds above.
pub fn grade(total: f64) -> &'static str {
    if total >= EXCELLENT_FROM {
        "优秀"
    } else if total >= COMPETENT_FROM {
        "称职"
    } else {
        "不称职"
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures() -> DutyFigures {
        DutyFigures {
            name: "张三".into(),
            group: "第一组".into(),
            activity_days: 5.0,
            present: 5,
            leave: 0,
            absent: 0,
            voter_people: 35,
            voter_contacts: 4,
            suggestions: 4,
            reports: 1,
            deeds: 2,
            congress: 1,
            presidium: 0,
            speeches: 2,
        }
    }

    #[test]
    fn the_seed_weights_score_as_documented() {
        let weights: Vec<(String, i64)> = [
            ("出席人代会", 10),
            ("提出建议（满三件）", 10),
            ("建议每多或少一件", 5),
            ("小组审议发言", 10),
            ("每多一人发言", 5),
            ("列席主席团会议", 5),
            ("参加活动每天", 2),
            ("联系选民每十人次", 1),
            ("办实事", 3),
            ("向选民述职", 5),
        ]
        .iter()
        .map(|(e, p)| (e.to_string(), *p))
        .collect();
        let s = score(&figures(), &weights);
        assert_eq!(s.parts, vec![10.0, 15.0, 15.0, 0.0, 10.0, 3.0, 6.0, 5.0]);
        assert_eq!(s.total, 64.0);
        assert_eq!(grade(s.total), "优秀");
        let mut none = figures();
        none.suggestions = 0;
        assert_eq!(score(&none, &weights).parts[1], 0.0);
    }
}
