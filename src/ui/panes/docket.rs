//! 议案建议: the docket of motions, suggestions and opinions.

use chrono::{Datelike, Duration, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;
use ratatui::style::Style;

use super::{Detail, ListOutcome, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::storage::lists::MotionRow;
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

pub struct DocketPane {
    motions: Vec<MotionRow>,
    list: ListView,
    today: NaiveDate,
    due_soon_days: i64,
    theme: Theme,
}

/// Statuses in which a reply is still awaited, so the due date counts.
fn awaiting_reply(status: &str) -> bool {
    matches!(status, "已交办" | "办理中" | "退回")
}

impl DocketPane {
    pub fn new(theme: &Theme) -> DocketPane {
        let c = |m: Msg, w: ColWidth| Column {
            title: m.t().to_owned(),
            width: w,
            align: Align::Left,
        };
        DocketPane {
            motions: Vec::new(),
            list: ListView::new(vec![
                c(Msg::ColNumber, ColWidth::Fixed(12)),
                c(Msg::ColTitle, ColWidth::Min(16)),
                c(Msg::ColLead, ColWidth::Fixed(6)),
                c(Msg::ColUnit, ColWidth::Min(8)),
                c(Msg::ColStatus, ColWidth::Fixed(8)),
                c(Msg::ColReplyDue, ColWidth::Fixed(10)),
            ]),
            today: NaiveDate::default(),
            due_soon_days: 14,
            theme: theme.clone(),
        }
    }

    /// Overdue red, due within the warning window amber.
    fn row_style(&self, m: &MotionRow) -> Style {
        match m.reply_due {
            Some(due) if awaiting_reply(&m.status) && due < self.today => self.theme.error,
            Some(due)
                if awaiting_reply(&m.status)
                    && due <= self.today + Duration::days(self.due_soon_days) =>
            {
                self.theme.warn
            }
            _ => Style::default(),
        }
    }

    fn detail(&self, id: i64) -> Option<Detail> {
        let m = self.motions.iter().find(|m| m.id == id)?;
        let f = |k: Msg, v: String| (k.t().to_owned(), v);
        Some(Detail {
            title: format!("{} {}", m.number, m.title),
            fields: vec![
                f(Msg::ColKind, m.kind.clone()),
                f(Msg::ColLead, m.lead.clone().unwrap_or_default()),
                f(Msg::ColUnit, m.unit.clone().unwrap_or_default()),
                f(Msg::ColStatus, m.status.clone()),
                f(Msg::ColReceived, m.received_on.to_string()),
                f(
                    Msg::ColReplyDue,
                    m.reply_due.map(|d| d.to_string()).unwrap_or_default(),
                ),
                f(
                    Msg::ColKeyItem,
                    if m.key_item {
                        Msg::Yes.t()
                    } else {
                        Msg::No.t()
                    }
                    .to_owned(),
                ),
            ],
        })
    }
}

impl Pane for DocketPane {
    fn title(&self) -> Msg {
        Msg::PaneDocket
    }

    fn context(&self) -> Context {
        Context::Docket
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        self.today = today;
        self.due_soon_days = db.rule("due_soon_days")?;
        self.motions = db.docket(today.year())?;
        let rows = self
            .motions
            .iter()
            .map(|m| {
                let mut number = m.number.clone();
                if m.key_item {
                    number.insert(0, '★');
                }
                ListRow::new(
                    m.id,
                    vec![
                        number,
                        m.title.clone(),
                        m.lead.clone().unwrap_or_default(),
                        m.unit.clone().unwrap_or_default(),
                        m.status.clone(),
                        m.reply_due.map(|d| d.to_string()).unwrap_or_default(),
                    ],
                )
                .style(self.row_style(m))
            })
            .collect();
        self.list.set_rows(rows);
        Ok(())
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        let title = Msg::DocketTitle.fill(&[&self.motions.len()]);
        self.list.render(frame, area, &title, ctx.theme);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, _cx: &mut PaneCx) -> PaneOutcome {
        match self.list.handle(action, key) {
            ListOutcome::Ignored => PaneOutcome::Ignored,
            ListOutcome::Consumed => PaneOutcome::Consumed,
            ListOutcome::Open(id) => self
                .detail(id)
                .map_or(PaneOutcome::Consumed, PaneOutcome::Open),
        }
    }

    fn paste(&mut self, text: &str) {
        self.list.paste(text);
    }

    fn captures_text(&self) -> bool {
        self.list.is_searching()
    }

    fn focus_record(&mut self, _db: &Db, target: RecordRef) -> storage::Result<bool> {
        let RecordRef::Motion(id) = target else {
            return Ok(false);
        };
        Ok(self.list.select_id(id))
    }
}
