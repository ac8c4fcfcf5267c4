//! The history overlay: the latest changes to any record, newest first
//! ("what changed, when"), with undo. Built on `Db::recent_changes`; a pane
//! can show one record's history with `Db::record_history` and the same
//! line format ([`entry_lines`]).

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use crate::storage::audit::AuditEntry;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::cells::{centered, truncate};

/// A table's name for people (the raw name for tables added later).
pub fn table_label(table: &str) -> String {
    let msg = match table {
        "deputy_group" => Msg::SafetyTblDeputyGroup,
        "station" => Msg::SafetyTblStation,
        "deputy" => Msg::SafetyTblDeputy,
        "membership" => Msg::SafetyTblMembership,
        "activity" => Msg::SafetyTblActivity,
        "attendance" => Msg::SafetyTblAttendance,
        "reception_duty" => Msg::SafetyTblReceptionDuty,
        "voter_contact" => Msg::SafetyTblVoterContact,
        "duty_event" => Msg::SafetyTblDutyEvent,
        "chair_contact" => Msg::SafetyTblChairContact,
        "spot_round" => Msg::SafetyTblSpotRound,
        "spot_check" => Msg::SafetyTblSpotCheck,
        "spot_followup" => Msg::SafetyTblSpotFollowup,
        "handling_unit" => Msg::SafetyTblHandlingUnit,
        "motion" => Msg::SafetyTblMotion,
        "motion_signer" => Msg::SafetyTblMotionSigner,
        "motion_unit" => Msg::SafetyTblMotionUnit,
        "motion_event" => Msg::SafetyTblMotionEvent,
        "motion_reply" => Msg::SafetyTblMotionReply,
        "motion_feedback" => Msg::SafetyTblMotionFeedback,
        "rule" => Msg::SafetyTblRule,
        "term" => Msg::SafetyTblTerm,
        "score_weight" => Msg::SafetyTblScoreWeight,
        "reply_class" => Msg::SafetyTblReplyClass,
        "holiday" => Msg::SafetyTblHoliday,
        "handover" => Msg::SafetyTblHandover,
        _ => return table.to_owned(),
    };
    msg.t().to_owned()
}

fn op_label(op: &str) -> &'static str {
    match op {
        "新增" => Msg::SafetyOpInsert.t(),
        "删除" => Msg::SafetyOpDelete.t(),
        _ => Msg::SafetyOpUpdate.t(),
    }
}

/// One change as text lines: a heading, then "column: old → new".
pub fn entry_lines(e: &AuditEntry) -> Vec<String> {
    let mut head = format!(
        "{}  {} {} #{}",
        e.at,
        op_label(&e.op),
        table_label(&e.table),
        e.row_key
    );
    if e.by_undo {
        head.push_str(&format!(" ({})", Msg::SafetyByUndo.t()));
    }
    if e.undone {
        head.push_str(Msg::SafetyUndoneMark.t());
    }
    let mut lines = vec![head];
    for (col, old, new) in e.fields.iter().take(6) {
        let line = match e.op.as_str() {
            "新增" => format!("    {col}: {new}"),
            "删除" => format!("    {col}: {old}"),
            _ => format!("    {col}: {old} → {new}"),
        };
        lines.push(line);
    }
    lines
}

/// The overlay's state: the entries and the scroll position.
#[derive(Debug, Clone, PartialEq)]
pub struct HistoryView {
    pub entries: Vec<AuditEntry>,
    pub scroll: u16,
    /// The record whose history this is; None for the latest changes of
    /// every record.
    pub record: Option<String>,
}

impl HistoryView {
    pub fn new(entries: Vec<AuditEntry>) -> HistoryView {
        HistoryView {
            entries,
            scroll: 0,
            record: None,
        }
    }

    /// The history of one record ("what changed, when").
    pub fn of_record(label: String, entries: Vec<AuditEntry>) -> HistoryView {
        HistoryView {
            entries,
            scroll: 0,
            record: Some(label),
        }
    }

    pub fn lines(&self) -> Vec<String> {
        if self.entries.is_empty() {
            return vec![Msg::SafetyHistoryEmpty.t().to_owned()];
        }
        self.entries.iter().flat_map(entry_lines).collect()
    }

    pub fn render(&self, area: Rect, buf: &mut Buffer, theme: &Theme, hint: &str) {
        let w = 90.min(area.width);
        let h = area.height.saturating_sub(2).max(5);
        let rect = centered(area, w, h);
        Clear.render(rect, buf);
        // A wide character just left of the popup would spill over its
        // border: blank it.
        if rect.x > buf.area.x {
            for y in rect.top()..rect.bottom() {
                let cell = &mut buf[(rect.x - 1, y)];
                if unicode_width::UnicodeWidthStr::width(cell.symbol()) > 1 {
                    cell.set_symbol(" ");
                }
            }
        }
        let title = match &self.record {
            Some(label) => Msg::SafetyRecordHistoryTitle.fill(&[label]),
            None => Msg::SafetyHistoryTitle.t().to_owned(),
        };
        let title = Line::from(Span::styled(format!(" {title} "), theme.title));
        let block = theme.block(title);
        let inner = block.inner(rect);
        block.render(rect, buf);
        let room = usize::from(inner.width.max(1));
        let mut body: Vec<Line> = self
            .lines()
            .into_iter()
            .skip(usize::from(self.scroll))
            .take(usize::from(inner.height.saturating_sub(1)))
            .map(|l| Line::from(truncate(&l, room).into_owned()))
            .collect();
        while body.len() < usize::from(inner.height.saturating_sub(1)) {
            body.push(Line::default());
        }
        body.push(Line::from(Span::styled(
            truncate(hint, room).into_owned(),
            theme.dim,
        )));
        Paragraph::new(body).render(inner, buf);
    }
}
