//! Widgets every pane reuses. All text is measured in display cells, so
//! Chinese and ASCII line up; each text widget returns the caret position so
//! the caller can put the real terminal cursor there (for the IME).
//!
//! Key handling: widgets never read the keymap. The caller resolves a key
//! into `Option<Action>` and passes both the action and the raw `KeyEvent`
//! (Press and Repeat only); a focused text field takes typing keys first.

pub mod cells;
pub mod confirm;
pub mod form;
mod form_values;
mod form_view;
pub mod input;
pub mod table;

pub use cells::{Align, centered, pad, truncate, width, wrap};
pub use confirm::Confirm;
pub use form::{Field, FieldKind, Form, FormOutcome};
pub use form_values::FormValues;
pub use input::{TextInput, clean_paste, is_text_input};
pub use table::{ColWidth, Column, Table, TableState};

/// A border title with a space either side, in the theme's title style.
pub(crate) fn title_span<'a>(
    title: &str,
    theme: &crate::ui::theme::Theme,
) -> ratatui::text::Span<'a> {
    if title.is_empty() {
        ratatui::text::Span::raw("")
    } else {
        ratatui::text::Span::styled(format!(" {title} "), theme.title)
    }
}
