//! Where things live and how the program is set up: database path, today's
//! date, the config file (language, borders, keymap).

use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use serde::Deserialize;

use crate::ui::text::{Lang, Msg};

/// The data and config folders of this user (`directories`), or the current
/// folder when the platform gives none.
pub fn project_dirs() -> Option<directories::ProjectDirs> {
    directories::ProjectDirs::from("", "", "chairdesk")
}

/// `.../chairdesk/` in the user's data folder.
pub fn data_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.data_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// `.../chairdesk/` in the user's config folder.
pub fn config_dir() -> PathBuf {
    project_dirs()
        .map(|d| d.config_dir().to_path_buf())
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The database file: `--db`, else `CHAIRDESK_DB`, else the data folder's
/// `chairdesk.db`.
pub fn resolve_db(cli: Option<&Path>) -> PathBuf {
    if let Some(p) = cli {
        return p.to_path_buf();
    }
    match std::env::var_os("CHAIRDESK_DB") {
        Some(p) if !p.is_empty() => PathBuf::from(p),
        _ => data_dir().join("chairdesk.db"),
    }
}

/// Today's date: `--today`, else `CHAIRDESK_TODAY`, else the clock. A bad
/// value is an error (a chair reviewing a past day must not silently get
/// today instead).
pub fn resolve_today(cli: Option<&str>) -> Result<NaiveDate, String> {
    let from_env = std::env::var("CHAIRDESK_TODAY")
        .ok()
        .filter(|s| !s.trim().is_empty());
    match cli.map(str::to_owned).or(from_env) {
        Some(s) => {
            NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").map_err(|_| Msg::BadToday.fill(&[&s]))
        }
        None => Ok(chrono::Local::now().date_naive()),
    }
}

/// The config file (`config.toml` in the config folder). Every key is
/// optional.
#[derive(Debug, Clone, Default, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// "zh" (default) or "en".
    pub lang: Option<Lang>,
    /// Plain ASCII borders for consoles that draw box characters two cells wide.
    pub ascii_borders: Option<bool>,
    /// "default" or "vim".
    pub keymap: Option<String>,
    /// How many backups rotation keeps (default 10).
    pub backups_keep: Option<usize>,
}

impl Config {
    /// Reads a config file. A missing file is the defaults; a bad file is
    /// the defaults plus a message saying what is wrong.
    pub fn load(path: &Path) -> (Config, Option<String>) {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (Config::default(), None),
            Err(e) => {
                return (
                    Config::default(),
                    Some(Msg::ConfigUnreadable.fill(&[&path.display(), &e])),
                );
            }
        };
        match toml::from_str::<Config>(&text) {
            Ok(c) => (c, None),
            Err(e) => {
                let line = error_line(&text, &e);
                let msg = Msg::ConfigInvalid.fill(&[&path.display(), &line, &e.message()]);
                (Config::default(), Some(msg))
            }
        }
    }
}

/// The 1-based line a TOML error is about. For an unknown key toml's span
/// covers the whole table, so the key's own line is looked up instead.
fn error_line(text: &str, e: &toml::de::Error) -> usize {
    let message = e.message();
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let key = rest.split('`').next().unwrap_or_default();
        if let Some(i) = text.lines().position(|l| l.trim_start().starts_with(key)) {
            return i + 1;
        }
    }
    let start = e.span().map_or(0, |s| s.start.min(text.len()));
    text[..start].matches('\n').count() + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn config_reads_known_keys_and_reports_bad_ones_with_line() {
        let dir = tempfile::tempdir().unwrap();
        let good = dir.path().join("good.toml");
        std::fs::write(
            &good,
            "lang = \"en\"\nascii_borders = true\nkeymap = \"vim\"\n",
        )
        .unwrap();
        let (c, err) = Config::load(&good);
        assert_eq!(err, None);
        assert_eq!(c.lang, Some(Lang::En));
        assert_eq!(c.ascii_borders, Some(true));
        let bad = dir.path().join("bad.toml");
        std::fs::write(&bad, "lang = \"zh\"\ncolour = 3\n").unwrap();
        let (c, err) = Config::load(&bad);
        assert_eq!(c, Config::default());
        let err = err.unwrap();
        assert!(err.contains("第 2 行"), "line number in message: {err}");
        let (c, err) = Config::load(&dir.path().join("missing.toml"));
        assert_eq!((c, err), (Config::default(), None));
    }
}
