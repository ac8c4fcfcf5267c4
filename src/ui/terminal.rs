//! Entering and leaving the full-screen terminal. The terminal is restored
//! on quit, on error and on panic; restoring twice is harmless.

use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::OnceLock;
use std::sync::atomic::{AtomicBool, Ordering};

use ratatui::Terminal;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::crossterm::{cursor, execute};
use ratatui::prelude::CrosstermBackend;

pub type Term = Terminal<CrosstermBackend<io::Stdout>>;

static ACTIVE: AtomicBool = AtomicBool::new(false);
static CRASH_DIR: OnceLock<PathBuf> = OnceLock::new();

/// Switches to the alternate screen in raw mode with bracketed paste.
pub fn enter() -> io::Result<Term> {
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    if let Err(e) = execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        cursor::Hide
    ) {
        restore();
        return Err(e);
    }
    Terminal::new(CrosstermBackend::new(out)).inspect_err(|_| restore())
}

/// Leaves the alternate screen and shows the cursor again. Safe to call
/// more than once, and from the panic hook.
pub fn restore() {
    if ACTIVE.swap(false, Ordering::SeqCst) {
        let mut out = io::stdout();
        let _ = execute!(
            out,
            DisableBracketedPaste,
            LeaveAlternateScreen,
            cursor::Show
        );
        let _ = disable_raw_mode();
        let _ = out.flush();
    }
}

/// Installs a panic hook that restores the terminal, writes a crash report
/// into `crash_dir`, then runs the previous hook (which prints the message).
pub fn install_panic_hook(crash_dir: PathBuf) {
    let _ = CRASH_DIR.set(crash_dir);
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        if let Some(dir) = CRASH_DIR.get() {
            if let Some(path) = write_crash_report(dir, &info.to_string()) {
                eprintln!(
                    "{}",
                    crate::ui::text::Msg::CrashReport.fill(&[&path.display()])
                );
            }
        }
        previous(info);
    }));
}

fn write_crash_report(dir: &std::path::Path, message: &str) -> Option<PathBuf> {
    std::fs::create_dir_all(dir).ok()?;
    let stamp = chrono::Local::now().format("%Y%m%d-%H%M%S");
    let path = dir.join(format!("crash-{stamp}-{}.txt", std::process::id()));
    let backtrace = std::backtrace::Backtrace::force_capture();
    let body = format!(
        "chairdesk {}\n{}\n\n{message}\n\n{backtrace}\n",
        env!("CARGO_PKG_VERSION"),
        chrono::Local::now().to_rfc3339()
    );
    std::fs::write(&path, body).ok()?;
    Some(path)
}
