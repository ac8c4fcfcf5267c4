//! The five panes. Each is a component with its own state, drawing and key
//! handling; it reads the database only through typed storage functions.

mod list;

pub mod calendar;
pub mod docket;
pub mod roster;
pub mod spotcheck;
pub mod today;

pub use list::{ListOutcome, ListRow, ListView};

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;
use ratatui::layout::Rect;

use crate::storage::today::RecordRef;
use crate::storage::{self, Db};
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::text::Msg;
use crate::ui::theme::Theme;

/// What a pane needs to draw itself.
pub struct RenderCtx<'a> {
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
    pub today: NaiveDate,
}

/// A read-only view of one record: labelled fields in a popup.
#[derive(Debug, Clone, PartialEq)]
pub struct Detail {
    pub title: String,
    pub fields: Vec<(String, String)>,
}

/// What a pane may use while handling a key: the database to write to
/// (through typed storage functions, one transaction per action) and
/// today's date.
pub struct PaneCx<'a> {
    pub db: &'a mut Db,
    pub today: NaiveDate,
    pub keymap: &'a Keymap,
}

/// A list as the chair sees it, for export to a spreadsheet: the column
/// titles and every row that passes the current search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExportTable {
    /// Used for the sheet name and the suggested file name.
    pub title: String,
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// What a pane did with a key.
#[derive(Debug, Clone, PartialEq)]
pub enum PaneOutcome {
    /// Not for this pane: the shell may use it.
    Ignored,
    Consumed,
    /// Show a record's details.
    Open(Detail),
    /// Go to a record in another pane.
    Jump(RecordRef),
    /// The pane wrote to the database: every pane reads again. The text
    /// tells the chair what was saved.
    Changed(String),
    /// A message for the status bar.
    Status(String),
    /// An error for the status bar (nothing was written).
    Error(String),
}

/// One pane of the shell.
pub trait Pane {
    /// The tab title.
    fn title(&self) -> Msg;
    /// The keymap context of the pane's own keys.
    fn context(&self) -> Context;
    /// Reads what the pane shows.
    fn reload(&mut self, db: &Db, today: NaiveDate) -> storage::Result<()>;
    fn render(&mut self, frame: &mut Frame, area: Rect, ctx: &RenderCtx);
    /// Handles a key press, already resolved to an action through
    /// [`Pane::contexts`] (None when unbound, or when a focused text field
    /// takes the key as text).
    fn handle(&mut self, action: Option<Action>, key: &KeyEvent, cx: &mut PaneCx) -> PaneOutcome;
    /// The keymap contexts to resolve keys in, innermost first: a pane with
    /// a form open answers `[Form]`, with a question open `[Dialog]`.
    fn contexts(&self) -> Vec<Context> {
        vec![self.context(), Context::List, Context::Global]
    }
    /// Pasted text, for a focused text field.
    fn paste(&mut self, _text: &str) {}
    /// True while a text field has focus: letters type instead of acting.
    fn captures_text(&self) -> bool {
        false
    }
    /// True when quitting now would lose typed input.
    fn has_unsaved_input(&self) -> bool {
        false
    }
    /// The record under the cursor, as (table, id, label), so the shell can
    /// show its history; None when nothing is selected.
    fn selected_record(&self) -> Option<(&'static str, i64, String)> {
        None
    }
    /// The list the pane shows now, for export (None when it shows none).
    fn export_table(&self) -> Option<ExportTable> {
        None
    }
    /// True when the pane must read the database again before drawing
    /// (e.g. it moved to another quarter).
    fn needs_reload(&self) -> bool {
        false
    }
    /// Selects a record this pane shows, moving to where it is; false when
    /// the pane does not show that kind of record.
    fn focus_record(&mut self, _db: &Db, _target: RecordRef) -> storage::Result<bool> {
        Ok(false)
    }
}
