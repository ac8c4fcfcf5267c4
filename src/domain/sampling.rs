//! The spot-check draw (抽签) and the life of a check (抽查). Pure rules: the
//! eligible pool, the exclusion window, stratification by group with
//! quotas, weighting toward deputies with little voter contact, and the
//! status transitions of one check.
//!
//! A draw is a function of its candidates, its [`DrawParams`] and its seed:
//! the pool is sorted by id before any random number is taken, and every
//! random number comes from [`Rng`], so a stored round can be drawn again
//! and gives the same names. Changing the algorithm breaks stored rounds:
//! bump [`ALGORITHM`] instead.

use chrono::{Duration, NaiveDate};
use serde::{Deserialize, Serialize};

use super::dates::add_months;
use super::rng::Rng;

/// Version of the draw algorithm written into every round's parameters.
pub const ALGORITHM: u32 = 1;

/// A deputy with zero voter contact is this many times as likely to be
/// drawn as one who met the yearly target, when weighting is on.
pub const MAX_WEIGHT: f64 = 4.0;

/// What a round draws.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TargetKind {
    /// 代表联系选民情况
    Deputy,
    /// 回头看: a motion whose reply said it was solved.
    LookBack,
}

impl TargetKind {
    /// The word stored in the database.
    pub fn as_db(self) -> &'static str {
        match self {
            TargetKind::Deputy => "代表",
            TargetKind::LookBack => "回头看",
        }
    }

    pub fn from_db(s: &str) -> Option<TargetKind> {
        match s {
            "代表" => Some(TargetKind::Deputy),
            "回头看" => Some(TargetKind::LookBack),
            _ => None,
        }
    }
}

/// How many to draw: a number, or a share of the eligible pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum SampleSize {
    Count(u32),
    Percent(u32),
}

impl SampleSize {
    /// Reads "5", "20%", "２０％" or "20％".
    pub fn parse(s: &str) -> Option<SampleSize> {
        let ascii: String = s
            .trim()
            .chars()
            .map(|c| match c {
                '０'..='９' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
                '％' => '%',
                _ => c,
            })
            .collect();
        let (digits, percent) = match ascii.strip_suffix('%') {
            Some(d) => (d.trim(), true),
            None => (ascii.as_str(), false),
        };
        let n: u32 = digits.parse().ok()?;
        match (percent, n) {
            (_, 0) => None,
            (true, 1..=100) => Some(SampleSize::Percent(n)),
            (true, _) => None,
            (false, _) => Some(SampleSize::Count(n)),
        }
    }

    /// How many to draw from a pool of `pool`: a share is rounded up, so
    /// 10% of 11 is 2 and any share of a non-empty pool is at least 1.
    pub fn wanted(self, pool: usize) -> usize {
        match self {
            SampleSize::Count(n) => n as usize,
            SampleSize::Percent(p) => (pool * p as usize).div_ceil(100),
        }
    }

    /// As the chair typed it: "5" or "20%".
    pub fn label(self) -> String {
        match self {
            SampleSize::Count(n) => n.to_string(),
            SampleSize::Percent(p) => format!("{p}%"),
        }
    }
}

/// Everything that decides a draw besides the data and the seed. Stored as
/// JSON with the round.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DrawParams {
    pub algorithm: u32,
    pub target: TargetKind,
    /// The day the draw looks at: office, group, contacts, past checks.
    #[serde(with = "iso_date")]
    pub as_of: NaiveDate,
    pub size: SampleSize,
    /// Groups in scope; empty for the whole township.
    pub groups: Vec<i64>,
    /// Give each group its share of the sample (分层).
    pub stratify: bool,
    /// Leave out targets checked within this many months (0: none).
    pub exclude_months: u32,
    /// Favour deputies with little recorded voter contact.
    pub weight_low_contact: bool,
    /// Voter-visits in the last 12 months counted as enough (the rule
    /// `deputy_voter_contacts_per_year` when drawn).
    pub contact_target: u32,
    /// Planned dates fall at random within this many days after the draw
    /// (不打招呼、不定期).
    pub spread_days: u32,
}

/// One target that could be drawn: a deputy, or a motion for a look-back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Candidate {
    pub id: i64,
    /// The deputy's group on the draw day.
    pub group: Option<i64>,
    /// Voter-visits (人次) recorded in the 12 months before the draw.
    pub contacts: i64,
    /// The latest earlier check of this target (done, or planned if not done).
    pub last_checked: Option<NaiveDate>,
}

/// Why candidates were left out of the pool.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Excluded {
    /// Not in one of the chosen groups.
    pub out_of_scope: usize,
    /// Checked within the exclusion window.
    pub recently_checked: usize,
}

/// One group's part of a stratified draw.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stratum {
    pub group: Option<i64>,
    pub pool: usize,
    pub quota: usize,
}

/// A finished draw: who, in draw order, and when each is planned.
#[derive(Clone, Debug, PartialEq)]
pub struct Draw {
    pub picked: Vec<i64>,
    pub planned: Vec<NaiveDate>,
    pub eligible: usize,
    pub excluded: Excluded,
    /// Empty when the draw was not stratified.
    pub strata: Vec<Stratum>,
}

/// Why a draw cannot be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DrawError {
    /// Nobody is eligible.
    EmptyPool(Excluded),
    /// More wanted than eligible.
    TooLarge {
        wanted: usize,
        eligible: usize,
        excluded: Excluded,
    },
}

/// The first day whose checks still count as recent for a draw on `as_of`.
pub fn exclusion_start(as_of: NaiveDate, months: u32) -> Option<NaiveDate> {
    (months > 0).then(|| add_months(as_of, -(months as i32)))
}

/// The candidates that may be drawn, sorted by id, and the count of those
/// left out and why.
pub fn eligible_pool(mut candidates: Vec<Candidate>, p: &DrawParams) -> (Vec<Candidate>, Excluded) {
    candidates.sort_by_key(|c| c.id);
    candidates.dedup_by_key(|c| c.id);
    let since = exclusion_start(p.as_of, p.exclude_months);
    let mut excluded = Excluded::default();
    let pool = candidates
        .into_iter()
        .filter(|c| {
            if !p.groups.is_empty() && !c.group.is_some_and(|g| p.groups.contains(&g)) {
                excluded.out_of_scope += 1;
                return false;
            }
            if since.is_some_and(|s| c.last_checked.is_some_and(|d| d >= s)) {
                excluded.recently_checked += 1;
                return false;
            }
            true
        })
        .collect();
    (pool, excluded)
}

/// Splits `k` over strata of the given sizes in proportion (largest
/// remainder): each quota is the exact share rounded down or up. Ties in
/// the remainder go to the larger stratum, then the earlier one.
pub fn quotas(sizes: &[usize], k: usize) -> Vec<usize> {
    let total: usize = sizes.iter().sum();
    if total == 0 {
        return vec![0; sizes.len()];
    }
    let k = k.min(total);
    let mut out: Vec<usize> = sizes.iter().map(|&n| n * k / total).collect();
    let given: usize = out.iter().sum();
    let mut order: Vec<usize> = (0..sizes.len()).collect();
    // Remainders compared as whole numbers: (n * k) mod total.
    order.sort_by_key(|&i| {
        (
            std::cmp::Reverse(sizes[i] * k % total),
            std::cmp::Reverse(sizes[i]),
            i,
        )
    });
    for &i in order.iter().take(k - given) {
        out[i] += 1;
    }
    out
}

/// How strongly a deputy is favoured: 1 at or above the target, rising in
/// a straight line to [`MAX_WEIGHT`] at zero contact.
pub fn contact_weight(contacts: i64, target: u32) -> f64 {
    if target == 0 {
        return 1.0;
    }
    let target = f64::from(target);
    let short = (target - contacts.max(0) as f64).max(0.0) / target;
    1.0 + (MAX_WEIGHT - 1.0) * short
}

/// Draws `k` of `pool` (indexes into it), uniformly or by weight.
fn pick(rng: &mut Rng, pool: &[&Candidate], k: usize, p: &DrawParams) -> Vec<usize> {
    if p.weight_low_contact && p.target == TargetKind::Deputy {
        let weights: Vec<f64> = pool
            .iter()
            .map(|c| contact_weight(c.contacts, p.contact_target))
            .collect();
        rng.weighted_sample(&weights, k)
    } else {
        rng.sample_indices(pool.len(), k)
    }
}

/// Makes the draw. The same candidates, parameters and seed always give the
/// same names in the same order.
pub fn draw(candidates: Vec<Candidate>, p: &DrawParams, seed: u64) -> Result<Draw, DrawError> {
    let (pool, excluded) = eligible_pool(candidates, p);
    if pool.is_empty() {
        return Err(DrawError::EmptyPool(excluded));
    }
    let wanted = p.size.wanted(pool.len());
    if wanted > pool.len() {
        return Err(DrawError::TooLarge {
            wanted,
            eligible: pool.len(),
            excluded,
        });
    }
    let mut rng = Rng::new(seed);
    let mut picked = Vec::with_capacity(wanted);
    let mut strata = Vec::new();
    if p.stratify && p.target == TargetKind::Deputy {
        // Groups by id, deputies without a group last.
        let mut keys: Vec<Option<i64>> = pool.iter().map(|c| c.group).collect();
        keys.sort_by_key(|g| (g.is_none(), *g));
        keys.dedup();
        let members: Vec<Vec<&Candidate>> = keys
            .iter()
            .map(|g| pool.iter().filter(|c| c.group == *g).collect())
            .collect();
        let sizes: Vec<usize> = members.iter().map(Vec::len).collect();
        let quota = quotas(&sizes, wanted);
        for ((g, m), q) in keys.iter().zip(&members).zip(&quota) {
            picked.extend(pick(&mut rng, m, *q, p).into_iter().map(|i| m[i].id));
            strata.push(Stratum {
                group: *g,
                pool: m.len(),
                quota: *q,
            });
        }
    } else {
        let all: Vec<&Candidate> = pool.iter().collect();
        picked.extend(
            pick(&mut rng, &all, wanted, p)
                .into_iter()
                .map(|i| all[i].id),
        );
    }
    // Dates from a stream of their own, so the spread never changes names.
    let mut dates = Rng::new(seed ^ 0x5EED_DA7E_5EED_DA7E);
    let spread = i64::from(p.spread_days.max(1));
    let planned = picked
        .iter()
        .map(|_| p.as_of + Duration::days(dates.range_i64(1, spread)))
        .collect();
    Ok(Draw {
        picked,
        planned,
        eligible: pool.len(),
        excluded,
        strata,
    })
}

/// Where a check stands (the words stored in the database).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CheckStatus {
    /// 待查
    Pending,
    /// 已查-合格
    Passed,
    /// 已查-需整改
    NeedsCorrection,
    /// 已整改
    Corrected,
    /// 撤销
    Withdrawn,
}

impl CheckStatus {
    pub const ALL: [CheckStatus; 5] = [
        CheckStatus::Pending,
        CheckStatus::Passed,
        CheckStatus::NeedsCorrection,
        CheckStatus::Corrected,
        CheckStatus::Withdrawn,
    ];

    pub fn as_db(self) -> &'static str {
        match self {
            CheckStatus::Pending => "待查",
            CheckStatus::Passed => "已查-合格",
            CheckStatus::NeedsCorrection => "已查-需整改",
            CheckStatus::Corrected => "已整改",
            CheckStatus::Withdrawn => "撤销",
        }
    }

    pub fn from_db(s: &str) -> Option<CheckStatus> {
        CheckStatus::ALL.into_iter().find(|c| c.as_db() == s)
    }

    /// Whether the chair may move a check from `self` to `to`. A result may
    /// be amended until a correction is closed; closed and withdrawn checks
    /// stay as they are.
    pub fn can_become(self, to: CheckStatus) -> bool {
        use CheckStatus::*;
        matches!(
            (self, to),
            (Pending, Passed | NeedsCorrection | Withdrawn)
                | (Passed | NeedsCorrection, Passed | NeedsCorrection)
                | (NeedsCorrection, Corrected)
        )
    }
}

/// What a check found.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    NeedsCorrection,
}

/// The result of a check as the chair records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CheckResult {
    pub done_on: NaiveDate,
    pub outcome: Outcome,
    pub finding: String,
    pub correction_due: Option<NaiveDate>,
}

/// Why a step on a check is refused.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The step does not apply to a check in this status.
    NotAllowed(CheckStatus),
    /// A date after today.
    InFuture,
    /// A correction due before the check was done.
    DueBeforeCheck(NaiveDate),
    /// A correction without a due date.
    DueMissing,
    /// A correction without saying what was found.
    FindingMissing,
    /// A follow-up, close or withdrawal without a note.
    NoteMissing,
    /// A follow-up or close dated before the check.
    BeforeCheck(NaiveDate),
}

impl CheckResult {
    /// Checks a result against the check's current status and today.
    pub fn validate(&self, status: CheckStatus, today: NaiveDate) -> Result<(), Refusal> {
        let to = match self.outcome {
            Outcome::Passed => CheckStatus::Passed,
            Outcome::NeedsCorrection => CheckStatus::NeedsCorrection,
        };
        if !status.can_become(to) {
            return Err(Refusal::NotAllowed(status));
        }
        if self.done_on > today {
            return Err(Refusal::InFuture);
        }
        if self.outcome == Outcome::NeedsCorrection {
            if self.finding.trim().is_empty() {
                return Err(Refusal::FindingMissing);
            }
            match self.correction_due {
                None => return Err(Refusal::DueMissing),
                Some(due) if due < self.done_on => {
                    return Err(Refusal::DueBeforeCheck(self.done_on));
                }
                Some(_) => {}
            }
        }
        Ok(())
    }
}

/// Checks a follow-up note (or, with `closing`, the note that closes a
/// correction) on a check done on `done_on`.
pub fn validate_note(
    status: CheckStatus,
    done_on: Option<NaiveDate>,
    on: NaiveDate,
    note: &str,
    closing: bool,
    today: NaiveDate,
) -> Result<(), Refusal> {
    let allowed = if closing {
        status.can_become(CheckStatus::Corrected)
    } else {
        status == CheckStatus::NeedsCorrection
    };
    if !allowed {
        return Err(Refusal::NotAllowed(status));
    }
    if note.trim().is_empty() {
        return Err(Refusal::NoteMissing);
    }
    if on > today {
        return Err(Refusal::InFuture);
    }
    match done_on {
        Some(done) if on < done => Err(Refusal::BeforeCheck(done)),
        _ => Ok(()),
    }
}

/// Checks a withdrawal (撤销) with its reason.
pub fn validate_withdrawal(status: CheckStatus, reason: &str) -> Result<(), Refusal> {
    if !status.can_become(CheckStatus::Withdrawn) {
        return Err(Refusal::NotAllowed(status));
    }
    if reason.trim().is_empty() {
        return Err(Refusal::NoteMissing);
    }
    Ok(())
}

/// Dates in the stored parameters as "2026-11-22" (chrono is built
/// without serde).
mod iso_date {
    use chrono::NaiveDate;
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(d: &NaiveDate, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&d.format("%Y-%m-%d").to_string())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
        let text = String::deserialize(d)?;
        NaiveDate::parse_from_str(&text, "%Y-%m-%d").map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
#[path = "sampling_tests.rs"]
mod tests;
