//! Plain-language names of the rules (规则) for the settings screen.

use crate::ui::text::Msg;

/// The catalog entry naming a rule; None for a rule this version does not know.
pub fn rule_label(key: &str) -> Option<Msg> {
    Some(match key {
        "group_activities_per_quarter" => Msg::TodayRuleGroupActivitiesPerQuarter,
        "group_activities_per_year" => Msg::TodayRuleGroupActivitiesPerYear,
        "deputy_activity_days_per_year" => Msg::TodayRuleDeputyActivityDaysPerYear,
        "deputy_voter_contacts_per_year" => Msg::TodayRuleDeputyVoterContactsPerYear,
        "deputy_district_visits_per_year" => Msg::TodayRuleDeputyDistrictVisitsPerYear,
        "deputy_deeds_per_year" => Msg::TodayRuleDeputyDeedsPerYear,
        "deputy_suggestions_per_year" => Msg::TodayRuleDeputySuggestionsPerYear,
        "deputy_household_visits_per_quarter" => Msg::TodayRuleDeputyHouseholdVisitsPerQuarter,
        "reception_every_months_township" => Msg::TodayRuleReceptionEveryMonthsTownship,
        "reception_every_months_county" => Msg::TodayRuleReceptionEveryMonthsCounty,
        "reception_every_months_city" => Msg::TodayRuleReceptionEveryMonthsCity,
        "reception_every_months_province" => Msg::TodayRuleReceptionEveryMonthsProvince,
        "reception_min_deputies" => Msg::TodayRuleReceptionMinDeputies,
        "announce_working_days_before" => Msg::TodayRuleAnnounceWorkingDaysBefore,
        "reply_due_months" => Msg::TodayRuleReplyDueMonths,
        "extended_reply_due_months" => Msg::TodayRuleExtendedReplyDueMonths,
        "rereply_due_months" => Msg::TodayRuleRereplyDueMonths,
        "cohandler_opinion_months" => Msg::TodayRuleCohandlerOpinionMonths,
        "return_within_days" => Msg::TodayRuleReturnWithinDays,
        "station_assign_within_days" => Msg::TodayRuleStationAssignWithinDays,
        "due_soon_days" => Msg::TodayRuleDueSoonDays,
        "silent_item_days" => Msg::TodayRuleSilentItemDays,
        "chair_contacts_per_year" => Msg::TodayRuleChairContactsPerYear,
        "chair_contacts_per_month" => Msg::TodayRuleChairContactsPerMonth,
        "motion_min_signers" => Msg::TodayRuleMotionMinSigners,
        "spotcheck_exclude_months" => Msg::TodayRuleSpotcheckExcludeMonths,
        "feedback_due_days" => Msg::TodayRuleFeedbackDueDays,
        "deputy_reports_per_year" => Msg::TodayRuleDeputyReportsPerYear,
        "deputy_behind_percent" => Msg::TodayRuleDeputyBehindPercent,
        "station_lookback_months" => Msg::TodayRuleStationLookbackMonths,
        "score_suggestion_quota" => Msg::TodayRuleScoreSuggestionQuota,
        "grade_excellent_min" => Msg::TodayRuleGradeExcellentMin,
        "grade_competent_min" => Msg::TodayRuleGradeCompetentMin,
        _ => return None,
    })
}
