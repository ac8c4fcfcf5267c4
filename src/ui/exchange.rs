//! The Excel screens over the shell: the export dialog for the active
//! pane's list, the roster import (file, then a preview of every row), and
//! the reports menu. The shell opens one with a global key and passes it
//! keys until it closes; it never touches SQL (that is `io::excel` and
//! `storage::exchange`).

mod dialogs;
mod preview;

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use ratatui::Frame;
use ratatui::crossterm::event::KeyEvent;

use crate::storage::Db;
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::ExportTable;
use crate::ui::theme::Theme;

pub use dialogs::{ExportDialog, ImportDialog, ReportsDialog};
pub use preview::ImportPreview;

/// One open Excel screen.
pub enum Exchange {
    Export(ExportDialog),
    Import(ImportDialog),
    Preview(Box<ImportPreview>),
    Reports(ReportsDialog),
}

/// What the shell should do after a key.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ExchangeOutcome {
    Stay,
    Close,
    /// Done: close and say so; `changed` when the database was written.
    Done {
        message: String,
        changed: bool,
    },
}

/// What a screen may use while handling a key.
pub struct ExchangeCx<'a> {
    pub db: &'a mut Db,
    pub today: NaiveDate,
    pub keymap: &'a Keymap,
}

impl Exchange {
    /// The export dialog for a pane's list, or for the lists of
    /// `chairdesk export` when the pane offers none.
    pub fn export(table: Option<ExportTable>, keymap: &Keymap, today: NaiveDate) -> Exchange {
        Exchange::Export(ExportDialog::new(table, keymap, today))
    }

    pub fn import(keymap: &Keymap, today: NaiveDate) -> Exchange {
        Exchange::Import(ImportDialog::new(keymap, today))
    }

    pub fn reports(keymap: &Keymap, today: NaiveDate) -> Exchange {
        Exchange::Reports(ReportsDialog::new(keymap, today))
    }

    /// Keymap contexts to resolve keys in.
    pub fn contexts(&self) -> Vec<Context> {
        match self {
            Exchange::Preview(_) => vec![Context::Dialog, Context::List],
            _ => vec![Context::Form],
        }
    }

    /// True while a text field has focus (letters type).
    pub fn captures_text(&self) -> bool {
        !matches!(self, Exchange::Preview(_))
    }

    pub fn paste(&mut self, text: &str) {
        match self {
            Exchange::Export(d) => d.form.paste(text),
            Exchange::Import(d) => d.form.paste(text),
            Exchange::Reports(d) => d.form.paste(text),
            Exchange::Preview(_) => {}
        }
    }

    /// Handles one key; may replace the screen (import dialog → preview).
    pub fn handle(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut ExchangeCx,
    ) -> ExchangeOutcome {
        let next = match self {
            Exchange::Export(d) => return d.handle(action, key, cx),
            Exchange::Reports(d) => return d.handle(action, key, cx),
            Exchange::Preview(p) => return p.handle(action, cx),
            Exchange::Import(d) => match d.handle(action, key, cx) {
                Ok(Some(preview)) => preview,
                Ok(None) => return ExchangeOutcome::Stay,
                Err(outcome) => return outcome,
            },
        };
        *self = Exchange::Preview(Box::new(next));
        ExchangeOutcome::Stay
    }

    pub fn render(&mut self, frame: &mut Frame, theme: &Theme, keymap: &Keymap) {
        let area = frame.area();
        let caret = match self {
            Exchange::Export(d) => d.form.render(area, frame.buffer_mut(), theme),
            Exchange::Import(d) => d.form.render(area, frame.buffer_mut(), theme),
            Exchange::Reports(d) => d.form.render(area, frame.buffer_mut(), theme),
            Exchange::Preview(p) => {
                p.render(area, frame.buffer_mut(), theme, keymap);
                None
            }
        };
        if let Some(pos) = caret {
            frame.set_cursor_position(pos);
        }
    }
}

/// The folder offered for new files: Documents, else home, else here.
pub fn default_folder() -> PathBuf {
    directories::UserDirs::new()
        .and_then(|u| {
            u.document_dir()
                .map(Path::to_path_buf)
                .or(Some(u.home_dir().to_path_buf()))
        })
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The path typed, with `~` for home; an empty text or a folder gets
/// `name` inside it.
pub fn resolve_path(typed: &str, name: &str) -> PathBuf {
    let typed = typed.trim();
    let path = match typed.strip_prefix('~') {
        Some(rest) => directories::UserDirs::new()
            .map(|u| u.home_dir().join(rest.trim_start_matches(['/', '\\'])))
            .unwrap_or_else(|| PathBuf::from(typed)),
        None => PathBuf::from(typed),
    };
    if typed.is_empty() || typed.ends_with(['/', '\\']) || path.is_dir() {
        path.join(name)
    } else {
        path
    }
}
