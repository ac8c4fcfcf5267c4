//! How review lines read: headings, the matter, who, by when and how late.
//! Shared by the pane and `chairdesk agenda`, so both say the same thing.

use chrono::NaiveDate;

use crate::domain::dates::Quarter;
use crate::domain::scores::duties::{Duty, Month, Shortfall};
use crate::domain::scores::review::{ReviewItem, ReviewKind, ReviewNote};
use crate::domain::scores::{Grade, ScoreItem};
use crate::ui::text::{Lang, Msg, lang};

/// The heading of a kind of line.
pub fn heading(kind: ReviewKind) -> Msg {
    match kind {
        ReviewKind::ReplyOverdue => Msg::TodayKindReplyOverdue,
        ReviewKind::AnnouncementDue => Msg::TodayKindAnnouncementDue,
        ReviewKind::CorrectionOverdue => Msg::TodayKindCorrectionOverdue,
        ReviewKind::ActivityToday => Msg::TodayKindActivityToday,
        ReviewKind::ActivityUnrecorded => Msg::TodayKindActivityUnrecorded,
        ReviewKind::ReplyDueSoon => Msg::TodayKindReplyDueSoon,
        ReviewKind::FeedbackPending => Msg::TodayKindFeedbackPending,
        ReviewKind::ActivityThisWeek => Msg::TodayKindActivityThisWeek,
        ReviewKind::CheckThisWeek => Msg::TodayKindCheckThisWeek,
        ReviewKind::ChairContact => Msg::TodayKindChairContact,
        ReviewKind::GroupIdle => Msg::TodayKindGroupIdle,
        ReviewKind::StationMissed => Msg::TodayKindStationMissed,
        ReviewKind::SilentItem => Msg::TodayKindSilentItem,
        ReviewKind::DutyBehind => Msg::TodayKindDutyBehind,
    }
}

/// "2026年第四季度" or "2026 Q4".
fn quarter_label(q: Quarter) -> String {
    match lang() {
        Lang::Zh => q.label_zh(),
        Lang::En => q.label_en(),
    }
}

/// A line as words: the matter, who, the day, and how far away it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineWords {
    pub matter: String,
    pub who: String,
    pub due: String,
    pub when: String,
}

/// Words for one line as of `today`.
pub fn words(item: &ReviewItem, today: NaiveDate) -> LineWords {
    LineWords {
        matter: matter(item),
        who: who(item),
        due: item.due.map(|d| d.to_string()).unwrap_or_default(),
        when: when(item, today),
    }
}

fn months(list: &[Month]) -> String {
    list.iter()
        .map(|(y, m)| format!("{y}-{m:02}"))
        .collect::<Vec<_>>()
        .join("、")
}

/// A figure without a needless ".0" (activity days may be halves).
fn figure(x: f64) -> String {
    if x.fract() == 0.0 {
        format!("{x:.0}")
    } else {
        format!("{x:.1}")
    }
}

/// One shortfall: the figure against the pro-rata mark and the year's.
pub fn shortfall(s: &Shortfall) -> String {
    let msg = match s.duty {
        Duty::VoterContacts => Msg::TodayDutyVoterContacts,
        Duty::DistrictVisits => Msg::TodayDutyDistrictVisits,
        Duty::ActivityDays => Msg::TodayDutyActivityDays,
        Duty::Suggestions => Msg::TodayDutySuggestions,
        Duty::ReportToVoters => Msg::TodayDutyReports,
    };
    msg.fill(&[&figure(s.figure), &s.expected, &s.threshold])
}

fn matter(item: &ReviewItem) -> String {
    match &item.note {
        ReviewNote::Plain => item.what.clone(),
        ReviewNote::Feedback { replied_on } => {
            Msg::TodayFeedbackMatter.fill(&[&item.what, replied_on])
        }
        ReviewNote::Silent {
            last_step_on,
            status,
        } => Msg::TodaySilentMatter.fill(&[&item.what, status, last_step_on]),
        ReviewNote::Announcement { starts_on } => {
            Msg::TodayAnnouncementMatter.fill(&[&item.what, starts_on])
        }
        ReviewNote::Check { method } if item.kind == ReviewKind::CorrectionOverdue => {
            Msg::TodayCorrectionMatter.fill(&[&item.what, method])
        }
        ReviewNote::Check { method } => Msg::TodayCheckMatter.fill(&[&item.what, method]),
        ReviewNote::GroupIdle {
            quarter,
            held,
            needed,
            planned,
            ..
        } => Msg::TodayGroupIdleMatter.fill(&[
            &item.what,
            &quarter_label(*quarter),
            held,
            needed,
            planned,
        ]),
        ReviewNote::StationMissed {
            months: list,
            every,
        } => Msg::TodayStationMatter.fill(&[&item.what, &months(list), every]),
        ReviewNote::ChairMonth { done, needed } => Msg::TodayChairMonthMatter.fill(&[done, needed]),
        ReviewNote::ChairYear {
            done,
            expected,
            threshold,
            short_months,
        } => {
            let mut text = Msg::TodayChairYearMatter.fill(&[done, expected, threshold]);
            if !short_months.is_empty() {
                let list: Vec<String> = short_months.iter().map(|(_, m)| m.to_string()).collect();
                text.push_str(&Msg::TodayChairShortMonths.fill(&[&list.join("、")]));
            }
            text
        }
        ReviewNote::DutyBehind(list) => {
            let parts: Vec<String> = list.iter().map(shortfall).collect();
            format!("{}：{}", item.what, parts.join("；"))
        }
    }
}

fn who(item: &ReviewItem) -> String {
    match item.kind {
        ReviewKind::ChairContact if !item.who.is_empty() => Msg::TodayChairNext.fill(&[&item.who]),
        ReviewKind::ActivityToday
        | ReviewKind::ActivityThisWeek
        | ReviewKind::ActivityUnrecorded
        | ReviewKind::AnnouncementDue
            if item.who.is_empty() =>
        {
            Msg::TodayTownship.t().to_owned()
        }
        _ => item.who.clone(),
    }
}

/// How far the day is: late, today, or days left; for silent items how
/// long they have been quiet.
fn when(item: &ReviewItem, today: NaiveDate) -> String {
    if let ReviewNote::Silent { last_step_on, .. } = &item.note {
        return Msg::TodaySilentDays.fill(&[&(today - *last_step_on).num_days()]);
    }
    match item.due {
        Some(due) if due < today => Msg::TodayLate.fill(&[&(today - due).num_days()]),
        Some(due) if due == today => Msg::TodayDueToday.t().to_owned(),
        Some(due) => Msg::TodayDaysLeft.fill(&[&(due - today).num_days()]),
        None => String::new(),
    }
}

/// The name of a grade (等次).
pub fn grade_label(g: Grade) -> Msg {
    match g {
        Grade::Excellent => Msg::TodayGradeExcellent,
        Grade::Competent => Msg::TodayGradeCompetent,
        Grade::Incompetent => Msg::TodayGradeIncompetent,
    }
}

/// The name of a part of the duty score.
pub fn item_label(item: ScoreItem) -> Msg {
    match item {
        ScoreItem::Base => Msg::TodayScoreBase,
        ScoreItem::Congress => Msg::TodayScoreCongress,
        ScoreItem::Suggestions => Msg::TodayScoreSuggestions,
        ScoreItem::Speeches => Msg::TodayScoreSpeeches,
        ScoreItem::Presidium => Msg::TodayScorePresidium,
        ScoreItem::ActivityDays => Msg::TodayScoreActivityDays,
        ScoreItem::VoterContacts => Msg::TodayScoreVoterContacts,
        ScoreItem::Deeds => Msg::TodayScoreDeeds,
        ScoreItem::Reports => Msg::TodayScoreReports,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::scores::review::RecordRef;

    fn day(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    #[test]
    fn lateness_reads_in_days() {
        crate::ui::text::set_lang(crate::ui::text::Lang::Zh);
        let line = |due| {
            ReviewItem::new(
                ReviewKind::ReplyOverdue,
                "x",
                "2026-建-001 修路".into(),
                "交通办".into(),
            )
            .due(Some(day(due)))
            .target(RecordRef::Motion(1))
        };
        let today = day("2026-11-22");
        assert_eq!(words(&line("2026-11-10"), today).when, "逾期12天");
        assert_eq!(words(&line("2026-11-22"), today).when, "今天");
        assert_eq!(words(&line("2026-11-25"), today).when, "还剩3天");
        assert_eq!(words(&line("2026-11-25"), today).matter, "2026-建-001 修路");
    }

    #[test]
    fn a_shortfall_shows_figure_mark_and_year() {
        crate::ui::text::set_lang(crate::ui::text::Lang::Zh);
        let s = Shortfall {
            duty: Duty::ActivityDays,
            figure: 2.5,
            expected: 9,
            threshold: 10,
        };
        assert_eq!(shortfall(&s), "参加活动2.5/9天（全年10）");
    }
}
