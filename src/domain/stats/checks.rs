//! Checks on a deputy's record before it is saved, and on a group's size:
//! what is refused outright and what only earns a warning.

use chrono::{Datelike, NaiveDate};

use crate::domain::dates::age_on;

/// The youngest a deputy can be (选举法: 年满十八周岁).
pub const MIN_AGE: i32 = 18;

/// Why a birth month cannot be right.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BirthProblem {
    /// Later than the current month.
    InFuture,
    /// Younger than [`MIN_AGE`] today; carries the age.
    TooYoung(i32),
}

/// The age today, or why the birth month is refused.
pub fn check_birth(birth: (i32, u32), today: NaiveDate) -> Result<i32, BirthProblem> {
    if birth > (today.year(), today.month()) {
        return Err(BirthProblem::InFuture);
    }
    let age = age_on(birth, today);
    if age < MIN_AGE {
        return Err(BirthProblem::TooYoung(age));
    }
    Ok(age)
}

/// True when a phone number looks like an 11-digit mobile (1[3-9]xxxxxxxxx)
/// or a landline with its area code (0xx-xxxxxxxx, 0xxx-xxxxxxx). Spaces,
/// hyphens, brackets and a leading +86 are ignored. An empty number is fine
/// (not every deputy gives one). A number that fails is kept, with a warning.
pub fn phone_is_plausible(phone: &str) -> bool {
    let digits: String = phone
        .chars()
        .filter(|c| !matches!(c, ' ' | '-' | '(' | ')' | '（' | '）' | '－'))
        .collect();
    if digits.is_empty() {
        return true;
    }
    let digits = digits.strip_prefix("+86").unwrap_or(&digits);
    if !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let b = digits.as_bytes();
    let mobile = b.len() == 11 && b[0] == b'1' && (b'3'..=b'9').contains(&b[1]);
    // 3- or 4-digit area code starting with 0, then 7 or 8 digits.
    let landline = b.first() == Some(&b'0') && (10..=12).contains(&b.len()) && b[1] != b'0';
    mobile || landline
}

/// Something about a group the chair should look at (not an error).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GroupWarning {
    /// Fewer active members than the group's minimum: (members, minimum).
    TooFew(usize, usize),
    /// More active members than the group's maximum: (members, maximum).
    TooMany(usize, usize),
    /// No 组长.
    NoLeader,
}

/// The warnings for a group with `members` deputies in office, bounds
/// `min..=max` (commonly 10-15) and whether it has a 组长. An empty group
/// (just created) only lacks a leader once it has members.
pub fn group_warnings(
    members: usize,
    min: usize,
    max: usize,
    has_leader: bool,
) -> Vec<GroupWarning> {
    let mut out = Vec::new();
    if members < min {
        out.push(GroupWarning::TooFew(members, min));
    }
    if members > max {
        out.push(GroupWarning::TooMany(members, max));
    }
    if members > 0 && !has_leader {
        out.push(GroupWarning::NoLeader);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn birth_in_future_or_under_18_is_refused() {
        let today = day(2026, 11, 22);
        assert_eq!(check_birth((2026, 12), today), Err(BirthProblem::InFuture));
        assert_eq!(check_birth((2027, 1), today), Err(BirthProblem::InFuture));
        assert_eq!(
            check_birth((2009, 1), today),
            Err(BirthProblem::TooYoung(17))
        );
        // 18 on the first of the birth month.
        assert_eq!(check_birth((2008, 11), today), Ok(18));
        assert_eq!(
            check_birth((2008, 12), today),
            Err(BirthProblem::TooYoung(17))
        );
        assert_eq!(check_birth((1975, 3), today), Ok(51));
    }

    #[test]
    fn phones() {
        for ok in [
            "13812345678",
            "138 1234 5678",
            "+86 139-1234-5678",
            "0571-88886666",
            "010-12345678",
            "0793-7654321",
            "(0571)88886666",
            "",
        ] {
            assert!(phone_is_plausible(ok), "{ok}");
        }
        for bad in [
            "1381234567",
            "23812345678",
            "12012345678",
            "88886666",
            "0571-888",
            "0012345678",
            "138-abcd-5678",
            "138123456789",
        ] {
            assert!(!phone_is_plausible(bad), "{bad}");
        }
    }

    #[test]
    fn group_size_and_leader_warnings() {
        assert_eq!(group_warnings(12, 10, 15, true), vec![]);
        assert_eq!(group_warnings(10, 10, 15, true), vec![]);
        assert_eq!(group_warnings(15, 10, 15, true), vec![]);
        assert_eq!(
            group_warnings(9, 10, 15, false),
            vec![GroupWarning::TooFew(9, 10), GroupWarning::NoLeader]
        );
        assert_eq!(
            group_warnings(16, 10, 15, true),
            vec![GroupWarning::TooMany(16, 15)]
        );
        assert_eq!(
            group_warnings(0, 10, 15, false),
            vec![GroupWarning::TooFew(0, 10)]
        );
    }
}
