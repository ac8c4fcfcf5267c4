//! Motions, suggestions and opinions (议案建议): what they are, how they are
//! numbered, and the handling flow as a state machine that offers only the
//! steps allowed from where an item stands. Pure rules, no I/O.

pub mod deadline;
mod machine;
pub mod rates;

use chrono::NaiveDate;

pub use deadline::{DeadlineRules, DueState};
pub use machine::{Outcome, StepContext, StepInput, check_registration, offered, plan_step};

/// What kind of item (类别). Stored as the Chinese word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Kind {
    /// 议案: needs the rule's number of joint signers (5 by default).
    Motion,
    /// 建议
    Suggestion,
    /// 批评
    Criticism,
    /// 意见
    Opinion,
    /// 代表函: forwarded to the county congress.
    Letter,
    /// 选民意见: collected from voters, routed by who can act.
    VoterOpinion,
}

impl Kind {
    pub const ALL: [Kind; 6] = [
        Kind::Motion,
        Kind::Suggestion,
        Kind::Criticism,
        Kind::Opinion,
        Kind::Letter,
        Kind::VoterOpinion,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Kind::Motion => "议案",
            Kind::Suggestion => "建议",
            Kind::Criticism => "批评",
            Kind::Opinion => "意见",
            Kind::Letter => "代表函",
            Kind::VoterOpinion => "选民意见",
        }
    }

    pub fn from_label(s: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.label() == s)
    }
}

/// The item's number: year, the kind's first character, a 3-digit
/// sequence (2026-建-012), as the schema's CHECK spells it.
pub fn motion_number(year: i32, kind: Kind, seq: i64) -> String {
    let first = kind.label().chars().next().unwrap_or('建');
    format!("{year}-{first}-{seq:03}")
}

/// Where an item stands (状态). Stored as the Chinese word.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Status {
    /// 登记
    Registered,
    /// 已交办
    Assigned,
    /// 办理中
    Handling,
    /// 已答复
    Replied,
    /// 已反馈
    FedBack,
    /// 跟踪办理: a B/C reply followed until the promised work is done.
    Following,
    /// 办结
    Closed,
    /// 归档
    Archived,
    /// 不予接收
    Refused,
    /// 退回: a unit returned a misassigned item; waits for reassignment.
    Returned,
}

impl Status {
    pub const ALL: [Status; 10] = [
        Status::Registered,
        Status::Assigned,
        Status::Handling,
        Status::Replied,
        Status::FedBack,
        Status::Following,
        Status::Closed,
        Status::Archived,
        Status::Refused,
        Status::Returned,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Status::Registered => "登记",
            Status::Assigned => "已交办",
            Status::Handling => "办理中",
            Status::Replied => "已答复",
            Status::FedBack => "已反馈",
            Status::Following => "跟踪办理",
            Status::Closed => "办结",
            Status::Archived => "归档",
            Status::Refused => "不予接收",
            Status::Returned => "退回",
        }
    }

    pub fn from_label(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|k| k.label() == s)
    }

    /// Still needs work (not closed, archived or refused).
    pub fn is_open(self) -> bool {
        !matches!(self, Status::Closed | Status::Archived | Status::Refused)
    }

    /// A handling unit owes a reply, so the reply deadline runs.
    pub fn awaits_reply(self) -> bool {
        matches!(self, Status::Assigned | Status::Handling)
    }

    /// 办结 or 归档: the schema keeps `closed_on` exactly for these.
    pub fn is_closed(self) -> bool {
        matches!(self, Status::Closed | Status::Archived)
    }
}

/// One step of the handling flow, written to the timeline (办理过程).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    /// 交办: to one lead unit and any co-handling units (also reassigning).
    Assign,
    /// 不予接收, with the reason.
    Refuse,
    /// 转交: a voter opinion routed to the county (代表函) or a higher
    /// deputy is passed on, which closes it here.
    Forward,
    /// 办理: the unit reports progress or met the deputy.
    Handle,
    /// 督办: letter, phone, coordination meeting.
    Urge,
    /// 延期: extension with a reason and a new due date.
    Extend,
    /// 设定期限: a local hard date replaces the computed one.
    SetDue,
    /// 退回: the unit returns a misassigned item.
    Return,
    /// 答复
    Reply,
    /// 反馈: signing deputies rate the reply.
    Feedback,
    /// 重办: after 不满意, back to handling with a new due date.
    Redo,
    /// 跟踪: a B/C reply followed until done.
    Follow,
    /// 办结
    Close,
    /// 归档
    Archive,
    /// 备注: a dated note on the timeline.
    Note,
}

impl Step {
    pub const ALL: [Step; 15] = [
        Step::Assign,
        Step::Refuse,
        Step::Forward,
        Step::Handle,
        Step::Urge,
        Step::Extend,
        Step::SetDue,
        Step::Return,
        Step::Reply,
        Step::Feedback,
        Step::Redo,
        Step::Follow,
        Step::Close,
        Step::Archive,
        Step::Note,
    ];

    /// The word in the timeline (`motion_event.step`).
    pub fn event_label(self) -> &'static str {
        match self {
            Step::Assign => "交办",
            Step::Refuse => "不予接收",
            Step::Forward => "转交",
            Step::Handle => "办理",
            Step::Urge => "督办",
            Step::Extend => "延期",
            Step::SetDue => "定期限",
            Step::Return => "退回",
            Step::Reply => "答复",
            Step::Feedback => "反馈",
            Step::Redo => "重办",
            Step::Follow => "跟踪",
            Step::Close => "办结",
            Step::Archive => "归档",
            Step::Note => "备注",
        }
    }

    /// True for steps that move the item to another stage (the dates of
    /// these must not go backwards, so the timeline read by date tells the
    /// status); urging, notes and deadline changes only add to it.
    pub fn changes_stage(self) -> bool {
        !matches!(self, Step::Urge | Step::Note | Step::Extend | Step::SetDue)
    }
}

/// The status a timeline event leaves an item in, for checking that the
/// recorded status agrees with the timeline. None: the event does not
/// change the status. 反馈 leaves 已答复 until every signer has rated.
pub fn status_after_event(step: &str) -> Option<&'static [Status]> {
    Some(match step {
        "登记" => &[Status::Registered],
        "交办" => &[Status::Assigned],
        "办理" => &[Status::Handling],
        "重办" => &[Status::Handling],
        "退回" => &[Status::Returned],
        "答复" => &[Status::Replied],
        "反馈" => &[Status::Replied, Status::FedBack],
        "跟踪" => &[Status::Following],
        "办结" | "转交" => &[Status::Closed],
        "归档" => &[Status::Archived],
        "不予接收" => &[Status::Refused],
        _ => return None,
    })
}

/// How a voter opinion is routed (选民意见去向), by who can act on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Routing {
    /// 乡镇办理: the township handles it.
    Township,
    /// 转代表函: a county matter, sent on as a deputy letter.
    ToLetter,
    /// 转上级代表: passed to a higher-level deputy.
    ToHigherDeputy,
    /// 告知依法途径: court, arbitration, review, or a private matter.
    LegalRoute,
}

impl Routing {
    pub const ALL: [Routing; 4] = [
        Routing::Township,
        Routing::ToLetter,
        Routing::ToHigherDeputy,
        Routing::LegalRoute,
    ];

    pub fn label(self) -> &'static str {
        match self {
            Routing::Township => "乡镇办理",
            Routing::ToLetter => "转代表函",
            Routing::ToHigherDeputy => "转上级代表",
            Routing::LegalRoute => "告知依法途径",
        }
    }

    pub fn from_label(s: &str) -> Option<Routing> {
        Routing::ALL.into_iter().find(|r| r.label() == s)
    }
}

/// A deputy's rating of a reply (反馈).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rating {
    Satisfied,
    Basic,
    Unsatisfied,
}

impl Rating {
    pub const ALL: [Rating; 3] = [Rating::Satisfied, Rating::Basic, Rating::Unsatisfied];

    pub fn label(self) -> &'static str {
        match self {
            Rating::Satisfied => "满意",
            Rating::Basic => "基本满意",
            Rating::Unsatisfied => "不满意",
        }
    }

    pub fn from_label(s: &str) -> Option<Rating> {
        Rating::ALL.into_iter().find(|r| r.label() == s)
    }
}

/// One reply class of the scheme in use (答复分类).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReplyClass {
    pub scheme: String,
    pub code: String,
    pub label: String,
    /// Counts as solved for 解决率.
    pub solved: bool,
    /// Needs following (跟踪办理) until the promised work is done.
    pub follow: bool,
}

/// Why a step or a registration was refused. The UI turns each into a
/// Chinese sentence; nothing is written when one is returned.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Refusal {
    /// The state machine does not allow `step` from `status`.
    StepNotAllowed {
        status: Status,
        step: Step,
    },
    /// A 议案 needs at least `min` signers including the lead.
    TooFewSigners {
        min: i64,
        got: usize,
    },
    NoLead,
    DuplicateSigner,
    EmptyTitle,
    /// Only voter opinions carry a routing.
    RoutingNotForKind,
    /// This routing does not allow the step (e.g. 交办 of an item that
    /// belongs to a court).
    RoutingForbids {
        routing: Routing,
        step: Step,
    },
    FutureDate,
    BeforeReceived {
        received: NaiveDate,
    },
    /// Stage changes go forward in time.
    BeforeLastStep {
        last: NaiveDate,
    },
    ReplyBeforeAssignment {
        assigned: NaiveDate,
    },
    FeedbackBeforeReply {
        replied: NaiveDate,
    },
    /// A refusal, return, extension, follow-up, urging or note needs text.
    NoteRequired {
        step: Step,
    },
    NoUnit,
    /// A due date is needed and was not given.
    DueRequired,
    ExtensionNotLater {
        current: NaiveDate,
    },
    ExtensionBeyondLimit {
        max: NaiveDate,
    },
    DueBeforeAssignment {
        assigned: NaiveDate,
    },
    ReturnTooLate {
        days: i64,
        last_day: NaiveDate,
    },
    NoRating,
    /// A B/C reply is followed (跟踪) before the item can close.
    NeedsFollowUp,
    /// Re-handling is for an item a deputy rated 不满意.
    NotUnsatisfied,
}
