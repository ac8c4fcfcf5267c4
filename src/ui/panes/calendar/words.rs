//! Sentences for the calendar's refusals and problems, from the catalog.

use crate::domain::calendar::{DraftProblem, Refusal};
use crate::domain::workdays::{HolidayCsvError, HolidayCsvErrorKind};
use crate::storage::calendar::CalError;
use crate::ui::errors::describe;
use crate::ui::text::Msg;

pub fn refusal(r: Refusal) -> String {
    match r {
        Refusal::NotFound => Msg::CalRefNotFound,
        Refusal::NotHeld => Msg::CalRefNotHeld,
        Refusal::LeaveWithoutReason => Msg::CalRefLeaveReason,
        Refusal::HasAttendance => Msg::CalRefHasAttendance,
        Refusal::HasDutyRota => Msg::CalRefHasDuty,
        Refusal::ReceptionNotPlanned => Msg::CalRefNotPlanned,
        Refusal::NotReception => Msg::CalRefNotReception,
        Refusal::NoticeAfterDay => Msg::CalRefNoticeAfterDay,
        Refusal::NotOnDuty => Msg::CalRefNotOnDuty,
        Refusal::AlreadyOnDuty => Msg::CalRefAlreadyOnDuty,
        Refusal::DuplicateDeputy => Msg::CalRefDuplicate,
        Refusal::NoStations => Msg::CalRefNoStations,
    }
    .t()
    .to_owned()
}

pub fn cal_error(e: &CalError) -> String {
    match e {
        CalError::Refused(r) => refusal(*r),
        CalError::Storage(e) => describe(e),
    }
}

pub fn problem(p: DraftProblem) -> String {
    match p {
        DraftProblem::EndBeforeStart => Msg::CalErrEndBeforeStart.t().to_owned(),
        DraftProblem::YearOutOfRange(y) => Msg::CalErrYear.fill(&[&y]),
        DraftProblem::DaysUnreadable => Msg::CalErrDaysUnreadable.t().to_owned(),
        DraftProblem::DaysOutOfRange => Msg::CalErrDaysRange.t().to_owned(),
        DraftProblem::DaysOverSpan { span } => Msg::CalErrDaysSpan.fill(&[&span]),
        DraftProblem::TimeUnreadable => Msg::CalErrTime.t().to_owned(),
        DraftProblem::HeldInFuture => Msg::CalErrHeldFuture.t().to_owned(),
        DraftProblem::ArchivedWhilePlanned => Msg::CalErrArchivedPlanned.t().to_owned(),
    }
}

/// A holiday CSV problem with its line number.
pub fn csv_error(e: &HolidayCsvError) -> String {
    match &e.kind {
        HolidayCsvErrorKind::BadHeader => Msg::CalCsvBadHeader.fill(&[&e.line]),
        HolidayCsvErrorKind::BadDate(s) => Msg::CalCsvBadDate.fill(&[&e.line, s]),
        HolidayCsvErrorKind::BadKind(s) => Msg::CalCsvBadKind.fill(&[&e.line, s]),
        HolidayCsvErrorKind::MissingField => Msg::CalCsvMissing.fill(&[&e.line]),
        HolidayCsvErrorKind::Duplicate(d) => Msg::CalCsvDuplicate.fill(&[&e.line, d]),
    }
}

/// One entry of a comma-separated catalog list (weekday names).
pub fn nth(list: Msg, i: usize) -> &'static str {
    list.t().split(',').nth(i).unwrap_or("")
}
