//! 议案建议: the docket of motions, suggestions and opinions, from receipt to
//! archive. Screens: the list (what is due first), one item with its whole
//! timeline, the rates with their definitions (drilling down to the items
//! behind each figure) and the handling units. Every write goes through a
//! typed storage function as one transaction.

mod forms;
mod keys;
mod labels;
mod modal;
mod picker;
mod views;

use chrono::{Datelike, NaiveDate};
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use self::modal::Modal;
use super::{ExportTable, ListOutcome, ListRow, ListView, Pane, PaneCx, PaneOutcome, RenderCtx};
use crate::domain::motion::rates::{Rate, RateKind, rates};
use crate::domain::motion::{DeadlineRules, DueState, ReplyClass};
use crate::storage::docket::{
    DeputyChoice, DocketFilter, DocketRow, HandlingUnit, MotionDetail, Signer, UnitSummary,
};
use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::Context;
use crate::ui::text::Msg;
use crate::ui::theme::Theme;
use crate::ui::widgets::{Align, ColWidth, Column};

/// Which screen of the docket is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum View {
    List,
    Item,
    Rates,
    Units,
    Drill,
}

pub struct DocketPane {
    theme: Theme,
    today: NaiveDate,
    rules: DeadlineRules,
    filter: DocketFilter,
    rows: Vec<DocketRow>,
    list: ListView,
    view: View,
    /// Screens to go back to with Back.
    back: Vec<View>,
    item_id: Option<i64>,
    item: Option<MotionDetail>,
    item_scroll: u16,
    unrated: Vec<Signer>,
    rates_year: i32,
    rates_unit: Option<i64>,
    rates: Vec<Rate>,
    /// Items of the rates' year, to list the ones behind a figure.
    rate_rows: Vec<DocketRow>,
    rate_selected: usize,
    units: Vec<UnitSummary>,
    unit_list: ListView,
    drill: Option<RateKind>,
    drill_list: ListView,
    deputies: Vec<DeputyChoice>,
    handling_units: Vec<HandlingUnit>,
    /// Units that take new assignments.
    active_units: Vec<HandlingUnit>,
    classes: (String, Vec<ReplyClass>),
    schemes: Vec<String>,
    modal: Option<Modal>,
    /// A modal to open once the item it is about has been read.
    pending: Option<Pending>,
    stale: bool,
    /// Only the open item must be read again (opening an item from the
    /// list reads that item, not the whole docket).
    item_stale: bool,
}

/// What to open on the item after the next read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pending {
    Steps,
    Edit,
}

fn col(title: Msg, width: ColWidth) -> Column {
    Column::new(title.t(), width, Align::Left)
}

impl DocketPane {
    pub fn new(theme: &Theme) -> DocketPane {
        let list = ListView::new(vec![
            col(Msg::ColNumber, ColWidth::Fixed(12)),
            col(Msg::ColTitle, ColWidth::Min(16)),
            col(Msg::ColLead, ColWidth::Fixed(6)),
            col(Msg::ColUnit, ColWidth::Min(8)),
            col(Msg::ColStatus, ColWidth::Fixed(8)),
            col(Msg::ColReplyDue, ColWidth::Fixed(10)),
        ]);
        let unit_list = ListView::new(vec![
            col(Msg::ColUnit, ColWidth::Min(14)),
            Column::new(Msg::DocketOpenCount.t(), ColWidth::Fixed(6), Align::Right),
            Column::new(
                Msg::DocketOverdueCount.t(),
                ColWidth::Fixed(4),
                Align::Right,
            ),
            Column::new(Msg::DocketClosedCount.t(), ColWidth::Fixed(8), Align::Right),
            col(Msg::DocketContact, ColWidth::Min(8)),
            col(Msg::ColPhone, ColWidth::Fixed(13)),
            col(Msg::ColStatus, ColWidth::Fixed(4)),
        ]);
        let drill_list = ListView::new(vec![
            col(Msg::DocketCounted, ColWidth::Fixed(4)),
            col(Msg::ColNumber, ColWidth::Fixed(12)),
            col(Msg::ColTitle, ColWidth::Min(16)),
            col(Msg::ColUnit, ColWidth::Min(8)),
            col(Msg::ColStatus, ColWidth::Fixed(8)),
        ]);
        DocketPane {
            theme: theme.clone(),
            today: NaiveDate::default(),
            rules: DeadlineRules::default(),
            filter: DocketFilter::default(),
            rows: Vec::new(),
            list,
            view: View::List,
            back: Vec::new(),
            item_id: None,
            item: None,
            item_scroll: 0,
            unrated: Vec::new(),
            rates_year: 0,
            rates_unit: None,
            rates: Vec::new(),
            rate_rows: Vec::new(),
            rate_selected: 0,
            units: Vec::new(),
            unit_list,
            drill: None,
            drill_list,
            deputies: Vec::new(),
            handling_units: Vec::new(),
            active_units: Vec::new(),
            classes: (String::new(), Vec::new()),
            schemes: Vec::new(),
            modal: None,
            pending: None,
            stale: false,
            item_stale: false,
        }
    }

    fn due_style(&self, r: &DocketRow) -> ratatui::style::Style {
        match self.rules.due_state(r.status, r.reply_due, self.today) {
            DueState::Overdue => self.theme.error,
            DueState::DueSoon => self.theme.warn,
            _ => ratatui::style::Style::default(),
        }
    }

    fn list_rows(&self) -> Vec<ListRow> {
        self.rows
            .iter()
            .map(|m| {
                let mut number = m.number.clone();
                if m.key_item {
                    number.insert(0, '★');
                }
                let lead = m.lead.clone().unwrap_or_default();
                ListRow::new(
                    m.id,
                    vec![
                        number,
                        m.title.clone(),
                        lead.clone(),
                        m.unit.clone().unwrap_or_default(),
                        labels::status(m.status).to_owned(),
                        m.reply_due.map(|d| d.to_string()).unwrap_or_default(),
                        // Not drawn (no column): searched, so any signer's
                        // name and the kind find the item.
                        format!("{} {}", m.signers, labels::kind_word(&m.kind)),
                    ],
                )
                .style(self.due_style(m))
                .name(&lead, &m.lead_pinyin)
            })
            .collect()
    }

    /// Reads the open item and opens the modal that waited for it.
    fn load_item(&mut self, db: &Db) -> storage::Result<()> {
        self.item = None;
        if let Some(id) = self.item_id {
            self.item = db.motion_detail(id)?;
            self.unrated = db.unrated_signers(id)?;
        }
        if let (Some(p), Some(item)) = (self.pending.take(), &self.item) {
            self.modal = Some(match p {
                Pending::Steps => Modal::menu(item.steps.clone()),
                Pending::Edit => Modal::Edit(forms::edit(item, self.today)),
            });
        }
        Ok(())
    }

    fn open_item(&mut self, id: i64) {
        self.back.push(self.view);
        self.view = View::Item;
        self.item_id = Some(id);
        self.item_scroll = 0;
        self.item_stale = true;
    }

    fn go_back(&mut self) -> bool {
        match self.back.pop() {
            Some(v) => {
                self.view = v;
                // The list and the item are as they were; the figures views
                // are read when shown.
                self.stale |= !matches!(v, View::List | View::Item);
                true
            }
            None => false,
        }
    }

    fn show(&mut self, view: View) {
        if self.view != view {
            self.back.push(self.view);
            self.view = view;
        }
        self.stale = true;
    }

    fn drill_rows(&self) -> Vec<ListRow> {
        let Some(rate) = self
            .drill
            .and_then(|k| self.rates.iter().find(|r| r.kind == k))
        else {
            return Vec::new();
        };
        let mut rows: Vec<&DocketRow> = self
            .rate_rows
            .iter()
            .filter(|r| rate.base.contains(&r.id))
            .collect();
        // What keeps the figure below 100% first.
        rows.sort_by_key(|r| (rate.counts(r.id), r.number.clone()));
        rows.into_iter()
            .map(|r| {
                let mark = if rate.counts(r.id) {
                    Msg::DocketCountedYes
                } else {
                    Msg::DocketCountedNo
                };
                ListRow::new(
                    r.id,
                    vec![
                        mark.t().to_owned(),
                        r.number.clone(),
                        r.title.clone(),
                        r.unit.clone().unwrap_or_default(),
                        labels::status(r.status).to_owned(),
                    ],
                )
            })
            .collect()
    }
}

impl Pane for DocketPane {
    fn selected_record(&self) -> Option<(&'static str, i64, String)> {
        let id = match self.view {
            View::Item => self.item_id?,
            _ => self.list.selected_id()?,
        };
        let row = self.rows.iter().find(|m| m.id == id)?;
        Some(("motion", id, row.number.clone()))
    }

    fn export_table(&self) -> Option<ExportTable> {
        Some(match self.view {
            View::Units => self.unit_list.export(Msg::DocketExportUnits.t()),
            View::Drill => self.drill_list.export(Msg::DocketExportDrill.t()),
            _ => self.list.export(Msg::DocketExportTitle.t()),
        })
    }

    fn title(&self) -> Msg {
        Msg::PaneDocket
    }

    fn context(&self) -> Context {
        Context::Docket
    }

    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()> {
        if self.item_stale && !self.stale && self.today == today {
            self.item_stale = false;
            return self.load_item(db);
        }
        self.stale = false;
        self.item_stale = false;
        self.today = today;
        if self.filter.year == 0 {
            self.filter.year = today.year();
        }
        if self.rates_year == 0 {
            self.rates_year = today.year();
        }
        self.rules = db.deadline_rules()?;
        self.rows = db.docket_rows(&self.filter, today)?;
        self.list.set_rows(self.list_rows());
        self.deputies = db.deputy_choices()?;
        self.handling_units = db.handling_units(true)?;
        self.active_units = self
            .handling_units
            .iter()
            .filter(|u| u.active)
            .cloned()
            .collect();
        self.classes = db.reply_classes()?;
        self.schemes = db.reply_schemes()?;
        if matches!(self.view, View::Rates | View::Drill | View::Units) {
            self.rates = rates(&db.rate_facts(self.rates_year, self.rates_unit)?);
            let year_filter = DocketFilter {
                year: self.rates_year,
                ..DocketFilter::default()
            };
            self.rate_rows = db.docket_rows(&year_filter, today)?;
            self.units = db.unit_summaries(self.rates_year, today)?;
            self.unit_list.set_rows(views::unit_rows(&self.units));
            self.drill_list.set_rows(self.drill_rows());
        }
        self.load_item(db)
    }

    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx) {
        views::render(self, frame, area, ctx);
    }

    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, cx: &mut PaneCx) -> PaneOutcome {
        if self.modal.is_some() {
            return self.handle_modal(action, key, cx);
        }
        match self.view {
            View::List => self.handle_list(action, key),
            View::Item => self.handle_item(action),
            View::Rates => self.handle_rates(action),
            View::Units => self.handle_units(action, key),
            View::Drill => match self.drill_list.handle(action, key) {
                ListOutcome::Open(id) => {
                    self.open_item(id);
                    PaneOutcome::Consumed
                }
                ListOutcome::Consumed => PaneOutcome::Consumed,
                ListOutcome::Ignored => self.handle_common(action),
            },
        }
    }

    fn contexts(&self) -> Vec<Context> {
        match &self.modal {
            Some(m) => m.contexts(),
            None => vec![Context::Docket, Context::List, Context::Global],
        }
    }

    fn paste(&mut self, text: &str) {
        match &mut self.modal {
            Some(m) => m.paste(text),
            None => match self.view {
                View::List => self.list.paste(text),
                View::Units => self.unit_list.paste(text),
                View::Drill => self.drill_list.paste(text),
                _ => {}
            },
        }
    }

    fn captures_text(&self) -> bool {
        match &self.modal {
            Some(m) => m.captures_text(),
            None => match self.view {
                View::List => self.list.is_searching(),
                View::Units => self.unit_list.is_searching(),
                View::Drill => self.drill_list.is_searching(),
                _ => false,
            },
        }
    }

    fn has_unsaved_input(&self) -> bool {
        self.modal.as_ref().is_some_and(Modal::is_dirty)
    }

    fn needs_reload(&self) -> bool {
        self.stale || self.item_stale
    }

    fn focus_record(&mut self, _db: &Db, target: RecordRef) -> storage::Result<bool> {
        let RecordRef::Motion(id) = target else {
            return Ok(false);
        };
        self.modal = None;
        self.view = View::List;
        self.back.clear();
        if !self.list.select_id(id) {
            // Not in the filtered list: show the item itself.
            self.open_item(id);
        }
        Ok(true)
    }
}
