//! Words of the docket in the interface language, and the sentence for each
//! refusal (with the form field it is about).

use crate::domain::motion::rates::RateKind;
use crate::domain::motion::{Kind, Rating, Refusal, Routing, Status, Step};
use crate::ui::text::Msg;

pub fn kind(k: Kind) -> &'static str {
    match k {
        Kind::Motion => Msg::DocketKindMotion,
        Kind::Suggestion => Msg::DocketKindSuggestion,
        Kind::Criticism => Msg::DocketKindCriticism,
        Kind::Opinion => Msg::DocketKindOpinion,
        Kind::Letter => Msg::DocketKindLetter,
        Kind::VoterOpinion => Msg::DocketKindVoter,
    }
    .t()
}

/// A stored kind word in the interface language.
pub fn kind_word(stored: &str) -> String {
    Kind::from_label(stored).map_or_else(|| stored.to_owned(), |k| kind(k).to_owned())
}

pub fn status(s: Status) -> &'static str {
    match s {
        Status::Registered => Msg::DocketStatusRegistered,
        Status::Assigned => Msg::DocketStatusAssigned,
        Status::Handling => Msg::DocketStatusHandling,
        Status::Replied => Msg::DocketStatusReplied,
        Status::FedBack => Msg::DocketStatusFedBack,
        Status::Following => Msg::DocketStatusFollowing,
        Status::Closed => Msg::DocketStatusClosed,
        Status::Archived => Msg::DocketStatusArchived,
        Status::Refused => Msg::DocketStatusRefused,
        Status::Returned => Msg::DocketStatusReturned,
    }
    .t()
}

pub fn step(s: Step) -> &'static str {
    match s {
        Step::Assign => Msg::DocketStepAssign,
        Step::Refuse => Msg::DocketStepRefuse,
        Step::Forward => Msg::DocketStepForward,
        Step::Handle => Msg::DocketStepHandle,
        Step::Urge => Msg::DocketStepUrge,
        Step::Extend => Msg::DocketStepExtend,
        Step::SetDue => Msg::DocketStepSetDue,
        Step::Return => Msg::DocketStepReturn,
        Step::Reply => Msg::DocketStepReply,
        Step::Feedback => Msg::DocketStepFeedback,
        Step::Redo => Msg::DocketStepRedo,
        Step::Follow => Msg::DocketStepFollow,
        Step::Close => Msg::DocketStepClose,
        Step::Archive => Msg::DocketStepArchive,
        Step::Note => Msg::DocketStepNote,
    }
    .t()
}

/// A stored timeline step word in the interface language.
pub fn event_word(stored: &str) -> String {
    Step::ALL
        .into_iter()
        .find(|s| s.event_label() == stored)
        .map_or_else(|| stored.to_owned(), |s| step(s).to_owned())
}

pub fn rating(r: Rating) -> &'static str {
    match r {
        Rating::Satisfied => Msg::DocketRatingSatisfied,
        Rating::Basic => Msg::DocketRatingBasic,
        Rating::Unsatisfied => Msg::DocketRatingUnsatisfied,
    }
    .t()
}

pub fn routing(r: Routing) -> &'static str {
    match r {
        Routing::Township => Msg::DocketRoutingTownship,
        Routing::ToLetter => Msg::DocketRoutingLetter,
        Routing::ToHigherDeputy => Msg::DocketRoutingHigher,
        Routing::LegalRoute => Msg::DocketRoutingLegal,
    }
    .t()
}

/// Where an item came from: stored words and their labels.
pub const SOURCES: [&str; 4] = ["闭会期间", "会议期间", "接待日", "走访"];

pub fn source(stored: &str) -> &'static str {
    match stored {
        "会议期间" => Msg::DocketSourceSession,
        "接待日" => Msg::DocketSourceReception,
        "走访" => Msg::DocketSourceVisit,
        _ => Msg::DocketSourceBetween,
    }
    .t()
}

/// The rate's name and its definition, shown next to every figure.
pub fn rate(k: RateKind) -> (&'static str, &'static str) {
    let (name, def) = match k {
        RateKind::Met => (Msg::DocketRateMet, Msg::DocketRateMetDef),
        RateKind::RepliedInTime => (Msg::DocketRateReplied, Msg::DocketRateRepliedDef),
        RateKind::Closed => (Msg::DocketRateClosed, Msg::DocketRateClosedDef),
        RateKind::Solved => (Msg::DocketRateSolved, Msg::DocketRateSolvedDef),
        RateKind::Satisfied => (Msg::DocketRateSatisfied, Msg::DocketRateSatisfiedDef),
    };
    (name.t(), def.t())
}

/// The sentence for a refusal, and the form field it is about (None: the
/// whole form or the signer list).
pub fn refusal(r: &Refusal) -> (Option<&'static str>, String) {
    use Refusal::*;
    match r {
        StepNotAllowed {
            status: s,
            step: st,
        } => (None, Msg::DocketRefuseStep.fill(&[&status(*s), &step(*st)])),
        TooFewSigners { min, got } => (None, Msg::DocketRefuseSigners.fill(&[min, got])),
        NoLead => (None, Msg::DocketRefuseNoLead.t().to_owned()),
        DuplicateSigner => (None, Msg::DocketRefuseDuplicate.t().to_owned()),
        EmptyTitle => (Some("title"), Msg::WidgetRequired.t().to_owned()),
        RoutingNotForKind => (Some("routing"), Msg::DocketRefuseRouting.t().to_owned()),
        RoutingForbids {
            routing: ro,
            step: st,
        } => (
            None,
            Msg::DocketRefuseRoutingStep.fill(&[&routing(*ro), &step(*st)]),
        ),
        FutureDate => (Some("on"), Msg::DocketRefuseFuture.t().to_owned()),
        BeforeReceived { received } => (
            Some("on"),
            Msg::DocketRefuseBeforeReceived.fill(&[received]),
        ),
        BeforeLastStep { last } => (Some("on"), Msg::DocketRefuseBeforeLast.fill(&[last])),
        ReplyBeforeAssignment { assigned } => (
            Some("on"),
            Msg::DocketRefuseReplyBeforeAssign.fill(&[assigned]),
        ),
        FeedbackBeforeReply { replied } => (
            Some("on"),
            Msg::DocketRefuseFeedbackBeforeReply.fill(&[replied]),
        ),
        NoteRequired { step: st } => (Some("note"), Msg::DocketRefuseNote.fill(&[&step(*st)])),
        NoUnit => (Some("lead_unit"), Msg::DocketRefuseNoUnit.t().to_owned()),
        DueRequired => (Some("due"), Msg::WidgetRequired.t().to_owned()),
        ExtensionNotLater { current } => (Some("due"), Msg::DocketRefuseNotLater.fill(&[current])),
        ExtensionBeyondLimit { max } => (Some("due"), Msg::DocketRefuseBeyond.fill(&[max])),
        DueBeforeAssignment { assigned } => (
            Some("due"),
            Msg::DocketRefuseDueBeforeAssign.fill(&[assigned]),
        ),
        ReturnTooLate { days, last_day } => (
            Some("on"),
            Msg::DocketRefuseReturnLate.fill(&[days, last_day]),
        ),
        NoRating => (None, Msg::DocketRefuseNoRating.t().to_owned()),
        NeedsFollowUp => (None, Msg::DocketRefuseFollow.t().to_owned()),
        NotUnsatisfied => (None, Msg::DocketRefuseRedo.t().to_owned()),
    }
}
