//! The published rates (见面率, 答复率, 办结率, 解决率, 满意率), each kept with
//! the items it counts and the items it counts over, so a reader can drill
//! from the figure down to the items behind it.

use super::Rating;

/// What the rates need to know about one item.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateFacts {
    pub id: i64,
    /// Assigned to a handling unit (the base of most rates).
    pub assigned: bool,
    /// The unit met the deputy (见面) in some reply.
    pub met: bool,
    pub replied: bool,
    /// The first reply came on or before the due date in force.
    pub replied_in_time: bool,
    /// 办结 or 归档.
    pub closed: bool,
    /// The latest reply's class counts as solved (A).
    pub solved: bool,
    /// The lead deputy's rating of the latest rated reply.
    pub lead_rating: Option<Rating>,
}

/// Which rate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RateKind {
    /// 见面率 = met the deputy / assigned
    Met,
    /// 答复率 = replied in time / assigned
    RepliedInTime,
    /// 办结率 = closed / assigned
    Closed,
    /// 解决率 = A replies / replied
    Solved,
    /// 满意率 = (满意 + 基本满意) / rated, by the lead deputy's rating
    Satisfied,
}

impl RateKind {
    pub const ALL: [RateKind; 5] = [
        RateKind::Met,
        RateKind::RepliedInTime,
        RateKind::Closed,
        RateKind::Solved,
        RateKind::Satisfied,
    ];
}

/// One rate: the items counted and the items it is counted over.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rate {
    pub kind: RateKind,
    /// Ids of the items in the numerator (a subset of `base`).
    pub counted: Vec<i64>,
    /// Ids of the items in the denominator.
    pub base: Vec<i64>,
    /// For 满意率: how many rated 满意, 基本满意, 不满意.
    pub split: Option<[usize; 3]>,
}

impl Rate {
    /// The rate in per cent, None when there is nothing to count over.
    pub fn percent(&self) -> Option<f64> {
        (!self.base.is_empty()).then(|| self.counted.len() as f64 * 100.0 / self.base.len() as f64)
    }

    /// "87.5%", or "—" when nothing is counted over.
    pub fn percent_text(&self) -> String {
        match self.percent() {
            Some(p) if (p - p.round()).abs() < 0.05 => format!("{p:.0}%"),
            Some(p) => format!("{p:.1}%"),
            None => "—".to_owned(),
        }
    }

    pub fn counts(&self, id: i64) -> bool {
        self.counted.contains(&id)
    }
}

fn rate(
    kind: RateKind,
    items: &[RateFacts],
    base: impl Fn(&RateFacts) -> bool,
    counted: impl Fn(&RateFacts) -> bool,
) -> Rate {
    let base_items: Vec<&RateFacts> = items.iter().filter(|f| base(f)).collect();
    Rate {
        kind,
        counted: base_items
            .iter()
            .filter(|f| counted(f))
            .map(|f| f.id)
            .collect(),
        base: base_items.iter().map(|f| f.id).collect(),
        split: None,
    }
}

/// Every rate over `items`, in [`RateKind::ALL`] order.
pub fn rates(items: &[RateFacts]) -> Vec<Rate> {
    let mut out = vec![
        rate(RateKind::Met, items, |f| f.assigned, |f| f.met),
        rate(
            RateKind::RepliedInTime,
            items,
            |f| f.assigned,
            |f| f.replied_in_time,
        ),
        rate(RateKind::Closed, items, |f| f.assigned, |f| f.closed),
        rate(RateKind::Solved, items, |f| f.replied, |f| f.solved),
        rate(
            RateKind::Satisfied,
            items,
            |f| f.lead_rating.is_some(),
            |f| matches!(f.lead_rating, Some(Rating::Satisfied | Rating::Basic)),
        ),
    ];
    let mut split = [0usize; 3];
    for r in items.iter().filter_map(|f| f.lead_rating) {
        split[Rating::ALL.iter().position(|&x| x == r).unwrap_or(0)] += 1;
    }
    out[4].split = Some(split);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(id: i64) -> RateFacts {
        RateFacts {
            id,
            assigned: true,
            met: false,
            replied: false,
            replied_in_time: false,
            closed: false,
            solved: false,
            lead_rating: None,
        }
    }

    /// A hand-made set: 5 assigned (+1 never assigned); 4 replied, 3 of them
    /// in time; 3 met; 2 closed; 2 A replies; ratings 满意, 基本满意, 不满意.
    fn set() -> Vec<RateFacts> {
        let mut v: Vec<RateFacts> = (1..=6).map(item).collect();
        v[5].assigned = false;
        for f in &mut v[..4] {
            f.replied = true;
        }
        for f in &mut v[..3] {
            f.replied_in_time = true;
            f.met = true;
        }
        v[0].closed = true;
        v[1].closed = true;
        v[0].solved = true;
        v[3].solved = true;
        v[0].lead_rating = Some(Rating::Satisfied);
        v[1].lead_rating = Some(Rating::Basic);
        v[2].lead_rating = Some(Rating::Unsatisfied);
        v
    }

    #[test]
    fn rates_on_a_hand_made_set_have_the_known_figures() {
        let r = rates(&set());
        let by = |k: RateKind| r.iter().find(|x| x.kind == k).unwrap().clone();
        let met = by(RateKind::Met);
        assert_eq!((met.counted.len(), met.base.len()), (3, 5));
        assert_eq!(met.percent_text(), "60%");
        let replied = by(RateKind::RepliedInTime);
        assert_eq!(
            (replied.counted.clone(), replied.base.len()),
            (vec![1, 2, 3], 5)
        );
        let closed = by(RateKind::Closed);
        assert_eq!(closed.percent_text(), "40%");
        let solved = by(RateKind::Solved);
        assert_eq!((solved.counted.clone(), solved.base.len()), (vec![1, 4], 4));
        assert_eq!(solved.percent_text(), "50%");
        let sat = by(RateKind::Satisfied);
        assert_eq!(
            (sat.counted.clone(), sat.base.clone()),
            (vec![1, 2], vec![1, 2, 3])
        );
        assert_eq!(sat.percent_text(), "66.7%");
        assert_eq!(sat.split, Some([1, 1, 1]));
        assert!(sat.counts(2) && !sat.counts(3));
    }

    #[test]
    fn an_empty_base_has_no_figure() {
        let r = rates(&[]);
        assert!(r.iter().all(|x| x.percent().is_none()));
        assert_eq!(r[0].percent_text(), "—");
    }
}
