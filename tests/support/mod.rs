//! Helpers shared by the end-to-end tests: a real terminal (tmux) running
//! the real binary.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

pub const TODAY: &str = "2026-11-22";

/// Runs the binary with a private home, a fixed date and no inherited
/// database path.
pub fn chairdesk(args: &[&str], home: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_chairdesk"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env_remove("CHAIRDESK_DB")
        .env("CHAIRDESK_TODAY", TODAY)
        .output()
        .expect("run chairdesk")
}

/// Writes the demo township into `demo.db` in `dir` and returns its path,
/// the start of every end-to-end test.
pub fn demo_file(dir: &Path) -> String {
    let db = dir.join("demo.db");
    let out = chairdesk(&["demo", "--db", db.to_str().unwrap()], dir);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    db.to_str().unwrap().to_owned()
}

/// True when tmux is installed. CI installs it; elsewhere a missing tmux
/// skips the test with a message rather than failing it.
pub fn have_tmux() -> bool {
    let ok = Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        assert!(std::env::var_os("CI").is_none(), "tmux is required in CI");
        eprintln!("tmux not installed: end-to-end test skipped");
    }
    ok
}

/// A tmux server of its own (so tests never touch the user's sessions)
/// with one window running a shell command.
pub struct Tmux {
    socket: String,
    pub home: PathBuf,
}

impl Tmux {
    /// Starts `chairdesk ARGS` in a `width`x`height` terminal. The command
    /// runs under a shell that prints a marker and waits after the program
    /// ends, so the restored screen can be read.
    pub fn start(name: &str, home: &Path, args: &[&str], width: u16, height: u16) -> Tmux {
        let socket = format!("chairdesk-test-{name}-{}", std::process::id());
        let bin = env!("CARGO_BIN_EXE_chairdesk");
        let quoted: Vec<String> = args.iter().map(|a| format!("'{a}'")).collect();
        let script = format!(
            "HOME='{h}' XDG_DATA_HOME='{h}/data' XDG_CONFIG_HOME='{h}/config' CHAIRDESK_TODAY={TODAY} \
             '{bin}' {args}; echo \"EXITED:$?\"; sleep 60",
            h = home.display(),
            args = quoted.join(" ")
        );
        let status = Command::new("tmux")
            .args([
                "-u",
                "-L",
                &socket,
                "-f",
                "/dev/null",
                "new-session",
                "-d",
                "-s",
                "main",
            ])
            .env("LANG", "C.UTF-8")
            .args(["-x", &width.to_string(), "-y", &height.to_string()])
            .args([
                "env",
                "TERM=xterm-256color",
                "LANG=C.UTF-8",
                "bash",
                "--norc",
                "-c",
                &script,
            ])
            .status()
            .expect("start tmux");
        assert!(status.success());
        Tmux {
            socket,
            home: home.to_path_buf(),
        }
    }

    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-u", "-L", &self.socket])
            .args(args)
            .env("LANG", "C.UTF-8")
            .output()
            .expect("tmux")
    }

    /// Sends keys by tmux name (Enter, Escape, Tab, BTab, Up, ...).
    pub fn keys(&self, keys: &[&str]) {
        for k in keys {
            self.tmux(&["send-keys", "-t", "main", k]);
            // Escape followed at once by a character reads as Alt+char.
            std::thread::sleep(Duration::from_millis(if *k == "Escape" { 150 } else { 40 }));
        }
    }

    /// Types text literally (Chinese included).
    pub fn type_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", "main", "-l", text]);
        std::thread::sleep(Duration::from_millis(60));
    }

    pub fn screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", "main"]).stdout)
            .into_owned()
    }

    /// A tmux format value of the pane, e.g. `#{alternate_on}`.
    pub fn pane_flag(&self, format: &str) -> String {
        let out = self.tmux(&["display-message", "-p", "-t", "main", format]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }

    /// Waits until the screen contains `text` and has stopped changing (a
    /// capture can land in the middle of a redraw on a busy machine), then
    /// returns it; panics with the screen if the text never shows.
    pub fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return self.settled(screen);
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!("screen never showed {text:?}:\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The screen once two captures in a row agree (at most two seconds).
    fn settled(&self, mut screen: String) -> String {
        let start = Instant::now();
        while start.elapsed() < Duration::from_secs(2) {
            std::thread::sleep(Duration::from_millis(80));
            let again = self.screen();
            if again == screen {
                break;
            }
            screen = again;
        }
        screen
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
    }
}
