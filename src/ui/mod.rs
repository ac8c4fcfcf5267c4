//! The terminal user interface.

pub mod action;
pub mod app;
pub mod errors;
pub mod exchange;
pub mod history;
pub mod keymap;
pub mod overlays;
pub mod panes;
pub mod shell;
pub mod terminal;
pub mod text;
pub mod theme;
pub mod widgets;

use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use unicode_width::UnicodeWidthStr;

use crate::cli::View;
use crate::storage::Db;
use crate::ui::keymap::Keymap;
use crate::ui::theme::Theme;

/// Draws one frame of a pane off-screen and returns it as text lines
/// (`chairdesk render`, tests, docs, benchmarks).
pub fn render_view(
    db: Db,
    today: NaiveDate,
    keymap: Keymap,
    theme: Theme,
    view: View,
    w: u16,
    h: u16,
) -> Vec<String> {
    let mut app = app::App::new(db, today, keymap, theme);
    app.show_pane(match view {
        View::Today => app::TODAY,
        View::Roster => app::ROSTER,
        View::Calendar => app::CALENDAR,
        View::Spotcheck => app::SPOTCHECK,
        View::Docket => app::DOCKET,
    });
    let mut term = Terminal::new(TestBackend::new(w, h)).expect("a test backend cannot fail");
    let frame = term
        .draw(|f| app.draw(f))
        .expect("a test backend cannot fail");
    buffer_lines(frame.buffer)
}

/// The text of a buffer, one string per row, with the blank cell that
/// follows each wide (CJK) character left out so the text reads naturally.
pub fn buffer_lines(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    (area.top()..area.bottom())
        .map(|y| {
            let mut line = String::new();
            let mut skip = 0;
            for x in area.left()..area.right() {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buf[(x, y)].symbol();
                line.push_str(symbol);
                skip = symbol.width().saturating_sub(1);
            }
            line.trim_end().to_owned()
        })
        .collect()
}
