//! Performance on county-scale data (`cargo bench`). Not a test: it
//! measures and prints a Markdown report (also written to
//! target/bench/report.md); BENCHMARKS.md keeps the figures with the method
//! and the machine.
//!
//! What it measures:
//! - start to first frame: `chairdesk render --view today` as a whole
//!   process, median of runs;
//! - per-key latency in each pane (handle the key, then draw the frame) on
//!   ratatui's TestBackend: median and p99;
//! - `chairdesk agenda` end to end, when the command exists;
//! - the sqlite3 shell running the same statements the Today pane runs,
//!   the floor under chairdesk's start;
//! - peak memory (VmHWM) of an interactive session in tmux that visits
//!   every pane;
//! - the size of the optimised binary.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use chairdesk::storage::Db;
use chairdesk::ui::app::App;
use chairdesk::ui::keymap::Keymap;
use chairdesk::ui::theme::Theme;
use chrono::NaiveDate;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

const TODAY: &str = "2026-11-22";
const BIN: &str = env!("CARGO_BIN_EXE_chairdesk");

fn out_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/bench");
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn run(args: &[&str]) -> std::process::Output {
    Command::new(BIN)
        .args(args)
        .env("CHAIRDESK_TODAY", TODAY)
        .output()
        .unwrap()
}

/// The county database, written once and reused.
fn county_db() -> PathBuf {
    let path = out_dir().join("county.db");
    if !path.exists() {
        let started = Instant::now();
        let out = run(&["demo", "--scale", "county", "--db", path.to_str().unwrap()]);
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        eprintln!(
            "county database written in {:.1} s",
            started.elapsed().as_secs_f64()
        );
    }
    path
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Median and p90 wall time of a whole process, over `n` runs.
fn time_process(n: usize, mut cmd: impl FnMut() -> Command) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..n)
        .map(|_| {
            let mut c = cmd();
            c.stdout(Stdio::null()).stderr(Stdio::null());
            let t = Instant::now();
            let status = c.status().unwrap();
            let took = t.elapsed();
            assert!(status.success());
            took
        })
        .collect();
    times.sort();
    (percentile(&times, 0.5), percentile(&times, 0.9))
}

fn key(code: KeyCode) -> KeyEvent {
    KeyEvent::new(code, KeyModifiers::NONE)
}

/// Per-key latency: each key is handled and a frame drawn, as the event
/// loop does.
fn key_latency(db_path: &Path) -> Vec<(String, Duration, Duration, usize)> {
    // A private copy: the session must not change the benchmark database.
    let copy = out_dir().join("county-keys.db");
    let _ = std::fs::remove_file(&copy);
    std::fs::copy(db_path, &copy).unwrap();
    let (db, _) = Db::open(&copy).unwrap();
    let today = NaiveDate::parse_from_str(TODAY, "%Y-%m-%d").unwrap();
    let mut app = App::new(
        db,
        today,
        Keymap::preset("default").unwrap(),
        Theme::default(),
    );
    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    term.draw(|f| app.draw(f)).unwrap();
    let scenarios: Vec<(&str, Vec<KeyEvent>)> = vec![
        ("move (↓)", vec![key(KeyCode::Down)]),
        ("page (PgDn)", vec![key(KeyCode::PageDown)]),
        (
            "open + close (Enter, Esc)",
            vec![key(KeyCode::Enter), key(KeyCode::Esc)],
        ),
        (
            "search keystroke (/ z s, Esc)",
            vec![
                key(KeyCode::Char('/')),
                key(KeyCode::Char('z')),
                key(KeyCode::Char('s')),
                key(KeyCode::Esc),
            ],
        ),
    ];
    let mut rows = Vec::new();
    for pane in 0..5 {
        let name = [
            "今日 today",
            "代表 roster",
            "活动 calendar",
            "抽查 spotcheck",
            "议案建议 docket",
        ][pane];
        // Switching to the pane is itself a measured key.
        let digit = char::from(b'1' + pane as u8);
        let mut switch = Vec::new();
        for _ in 0..20 {
            app.show_pane((pane + 1) % 5);
            term.draw(|f| app.draw(f)).unwrap();
            let t = Instant::now();
            app.handle_key(&key(KeyCode::Char(digit)));
            term.draw(|f| app.draw(f)).unwrap();
            switch.push(t.elapsed());
        }
        switch.sort();
        rows.push((
            format!("{name}: switch pane ({digit})"),
            percentile(&switch, 0.5),
            percentile(&switch, 0.99),
            switch.len(),
        ));
        for (label, keys) in &scenarios {
            let mut times = Vec::new();
            for _ in 0..200 {
                for k in keys {
                    let t = Instant::now();
                    app.handle_key(k);
                    term.draw(|f| app.draw(f)).unwrap();
                    times.push(t.elapsed());
                }
            }
            times.sort();
            rows.push((
                format!("{name}: {label}"),
                percentile(&times, 0.5),
                percentile(&times, 0.99),
                times.len(),
            ));
        }
    }
    rows
}

/// The statements the Today pane runs, replayed in the sqlite3 shell.
fn sqlite_floor(db: &Path) -> Option<(Duration, Duration, usize)> {
    Command::new("sqlite3")
        .arg("-version")
        .output()
        .ok()
        .filter(|o| o.status.success())?;
    let trace = out_dir().join("today-trace.txt");
    let _ = std::fs::remove_file(&trace);
    let out = Command::new(BIN)
        .args(["render", "--view", "today", "--db", db.to_str().unwrap()])
        .env("CHAIRDESK_TODAY", TODAY)
        .env("CHAIRDESK_SQL_TRACE", &trace)
        .output()
        .ok()?;
    assert!(out.status.success());
    let text = std::fs::read_to_string(&trace).ok()?;
    let statements: Vec<String> = text
        .lines()
        .filter_map(|l| l.split_once('\t').map(|(_, sql)| sql.to_owned()))
        .filter(|sql| !sql.starts_with("PRAGMA"))
        .collect();
    let script = out_dir().join("today.sql");
    std::fs::write(
        &script,
        statements
            .iter()
            .map(|s| format!("{s};\n"))
            .collect::<String>(),
    )
    .ok()?;
    let (median, p90) = time_process(15, || {
        let mut c = Command::new("sqlite3");
        c.arg("-readonly")
            .arg(db)
            .arg(format!(".read {}", script.display()));
        c
    });
    Some((median, p90, statements.len()))
}

/// Peak resident memory of an interactive session that visits every pane.
fn session_peak_rss(db: &Path) -> Option<u64> {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        return None;
    }
    let socket = format!("chairdesk-bench-{}", std::process::id());
    let tmux = |args: &[&str]| {
        Command::new("tmux")
            .args(["-u", "-L", &socket])
            .args(args)
            .output()
            .unwrap()
    };
    let cmd = format!(
        "CHAIRDESK_TODAY={TODAY} '{BIN}' --db '{}'; sleep 30",
        db.display()
    );
    tmux(&[
        "-f",
        "/dev/null",
        "new-session",
        "-d",
        "-s",
        "b",
        "-x",
        "120",
        "-y",
        "40",
        "bash",
        "--norc",
        "-c",
        &cmd,
    ]);
    std::thread::sleep(Duration::from_millis(800));
    for k in [
        "2", "Down", "PageDown", "3", "Right", "4", "5", "PageDown", "1", "/", "z", "s",
    ] {
        tmux(&["send-keys", "-t", "b", k]);
        std::thread::sleep(Duration::from_millis(150));
    }
    let pid =
        String::from_utf8_lossy(&tmux(&["display-message", "-p", "-t", "b", "#{pane_pid}"]).stdout)
            .trim()
            .to_owned();
    let child = Command::new("pgrep").args(["-P", &pid]).output().ok()?;
    let child = String::from_utf8_lossy(&child.stdout)
        .lines()
        .next()?
        .trim()
        .to_owned();
    let status = std::fs::read_to_string(format!("/proc/{child}/status")).ok()?;
    let kb = status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))?
        .split_whitespace()
        .nth(1)?
        .parse()
        .ok();
    tmux(&["kill-server"]);
    kb
}

fn main() {
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing: run
    // only when asked to benchmark.
    if !std::env::args().any(|a| a == "--bench") {
        return;
    }
    let db = county_db();
    let db_str = db.to_str().unwrap().to_owned();
    let mut report = String::new();
    let mut line = |s: String| {
        println!("{s}");
        report.push_str(&s);
        report.push('\n');
    };
    line("## County-scale figures".into());
    line(String::new());
    let counts = run(&["check", "--db", &db_str]);
    let counts = String::from_utf8_lossy(&counts.stdout);
    if let Some(c) = counts.lines().find(|l| l.contains("deputy=")) {
        line(format!("Data: `{}`", c.trim()));
        line(String::new());
    }
    line("| measure | median | p90 / p99 | budget |".into());
    line("| --- | --- | --- | --- |".into());
    let (m, p) = time_process(21, || {
        let mut c = Command::new(BIN);
        c.args(["render", "--view", "today", "--db", &db_str])
            .env("CHAIRDESK_TODAY", TODAY);
        c
    });
    line(format!(
        "| start → first frame (`render --view today`, whole process) | {} | {} (p90) | ≤ 100 ms |",
        ms(m),
        ms(p)
    ));
    let has_agenda = run(&["agenda", "--help"]).status.success();
    if has_agenda {
        let (m, p) = time_process(21, || {
            let mut c = Command::new(BIN);
            c.args(["agenda", "--db", &db_str])
                .env("CHAIRDESK_TODAY", TODAY);
            c
        });
        line(format!(
            "| `chairdesk agenda` end to end | {} | {} (p90) | ≤ 100 ms |",
            ms(m),
            ms(p)
        ));
    }
    if let Some((m, p, n)) = sqlite_floor(&db) {
        line(format!(
            "| sqlite3 shell, the Today pane's {n} statements (floor) | {} | {} (p90) | — |",
            ms(m),
            ms(p)
        ));
    }
    for (label, median, p99, n) in key_latency(&db) {
        line(format!(
            "| key: {label} (n={n}) | {} | {} (p99) | p99 ≤ 10 ms |",
            ms(median),
            ms(p99)
        ));
    }
    match session_peak_rss(&db) {
        Some(kb) => line(format!(
            "| peak RSS, interactive session visiting every pane | {:.1} MB | | ≤ 40 MB |",
            kb as f64 / 1024.0
        )),
        None => line("| peak RSS | (tmux or /proc not available) | | ≤ 40 MB |".into()),
    }
    let size = std::fs::metadata(BIN).map(|m| m.len()).unwrap_or(0);
    line(format!(
        "| optimised binary size | {:.1} MB | | ≤ 12 MB |",
        size as f64 / 1_048_576.0
    ));
    std::fs::write(out_dir().join("report.md"), report).unwrap();
}
