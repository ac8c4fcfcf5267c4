//! Command-line entry point: parses arguments, sets up language, keymap and
//! theme, and runs the TUI or one of the commands.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Parser, Subcommand, ValueEnum};

use crate::config::{self, Config};
use crate::storage::Db;
use crate::ui::errors::describe_open;
use crate::ui::keymap::Keymap;
use crate::ui::text::{self, Lang, Msg};
use crate::ui::theme::Theme;

#[derive(Parser, Debug)]
#[command(
    name = "chairdesk",
    version,
    about = "乡镇人大主席工作台 / a desk for the chair of a township people's congress"
)]
pub struct Cli {
    /// 数据文件 / database file (default: CHAIRDESK_DB, else the data folder)
    #[arg(long, global = true, value_name = "PATH")]
    pub db: Option<PathBuf>,
    /// 以这一天为“今天” / treat this day as today (YYYY-MM-DD; also CHAIRDESK_TODAY)
    #[arg(long, global = true, value_name = "YYYY-MM-DD")]
    pub today: Option<String>,
    /// 界面语言 / interface language: zh, en
    #[arg(long, global = true, value_name = "LANG")]
    pub lang: Option<String>,
    /// 自定义键位文件 / a keymap file that overrides single keys
    #[arg(long, global = true, value_name = "PATH")]
    pub keymap: Option<PathBuf>,
    /// 用 ASCII 字符画边框 / draw borders with plain ASCII
    #[arg(long, global = true)]
    pub ascii: bool,
    /// 配置文件 / config file (default: config.toml in the config folder)
    #[arg(long, global = true, value_name = "PATH")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// 写入演示乡镇 / write a demo township into a new file
    Demo {
        /// 随机种子，相同种子生成相同文件 / seed: the same seed gives the same file
        #[arg(long, default_value_t = 1)]
        seed: u64,
        /// 覆盖已有文件 / overwrite an existing file
        #[arg(long)]
        force: bool,
        /// 规模：一个乡镇，或全县（用于性能测试）/ one township, or a whole county (benchmarks)
        #[arg(long, value_enum, default_value_t = Scale::Township)]
        scale: Scale,
    },
    /// 检查数据文件是否完好 / check that the file is sound (exit 0) or not (exit 1)
    Check,
    /// 今日待办，不进入界面 / print today's review without the TUI
    Agenda {
        /// 以这一天为准（默认今天）/ the day to review (default: today)
        #[arg(long, value_name = "YYYY-MM-DD")]
        date: Option<String>,
        /// 输出格式 / output format
        #[arg(long, value_enum, default_value = "text")]
        format: crate::io::agenda::Format,
    },
    /// 不进入界面，把一个页面画成文本 / draw one pane as text, without the TUI
    Render {
        #[arg(long, value_enum)]
        view: View,
        /// 宽x高 / width x height
        #[arg(long, default_value = "80x24")]
        size: String,
    },
    /// 从表格导入花名册 / import a roster from .xlsx .xls .ods .csv
    Import {
        #[command(subcommand)]
        what: ImportWhat,
    },
    /// 导出名单到 .xlsx 或 .csv / export a list: roster activities attendance contacts spotchecks motions
    Export {
        /// roster | activities | attendance | contacts | spotchecks | motions
        list: String,
        /// 输出文件 .xlsx 或 .csv / output file
        file: PathBuf,
    },
    /// 写出报表（.xlsx 或 .html） / write a report: structure half-year annual motions record assign urge notice-deputies notice-receptions
    Report {
        /// structure | half-year | annual | motions | record | assign | urge | notice-deputies | notice-receptions
        name: String,
        /// 年份（默认今年） / year (default: this year)
        #[arg(long)]
        year: Option<i32>,
        /// 上半年 1 / 下半年 2 / half year
        #[arg(long, value_parser = clap::value_parser!(u8).range(1..=2))]
        half: Option<u8>,
        /// 议案建议编号，如 2026-建-001 / item number for record, assign, urge
        #[arg(long)]
        number: Option<String>,
        /// 公示名单的栏目，逗号分隔 / columns of the deputy list notice, comma separated
        #[arg(long, value_delimiter = ',')]
        columns: Option<Vec<String>>,
        /// 输出文件 .xlsx 或 .html / output file
        #[arg(long)]
        out: PathBuf,
    },
    /// 交接：把数据文件完整复制到U盘并校验，旁边写交接清单 / hand over: a verified copy plus a handover list
    Handover {
        /// 目标文件或文件夹（U盘上）/ destination file or folder (on the stick)
        #[arg(long, value_name = "PATH")]
        to: PathBuf,
        /// 覆盖已有文件 / overwrite an existing file
        #[arg(long)]
        force: bool,
        /// 交出人 / handed over by
        #[arg(long = "by", value_name = "NAME", default_value = "")]
        by: String,
        /// 接收人 / received by
        #[arg(long = "for", value_name = "NAME", default_value = "")]
        recipient: String,
        /// 备注 / note
        #[arg(long, default_value = "")]
        note: String,
    },
    /// 接收：从U盘接收数据文件（连同 -journal 等）到本机 / take over a file from a stick into the local data file
    Takeover {
        /// U盘上的数据文件 / the data file on the stick
        #[arg(long, value_name = "PATH")]
        from: PathBuf,
    },
    /// 列出备份 / list the backups
    Backups,
    /// 从备份恢复（先备份当前文件）/ restore a backup (after backing up the current file)
    Restore {
        /// 备份文件名（见 chairdesk backups）/ backup file name (see chairdesk backups)
        name: String,
    },
    /// (tests) scripted writes for the crash harness
    #[command(hide = true)]
    TortureWriter {
        #[arg(long, default_value_t = 0)]
        start: u64,
        #[arg(long, default_value_t = 1_000_000)]
        count: u64,
    },
}

/// What `import` reads.
#[derive(Subcommand, Debug)]
pub enum ImportWhat {
    /// 代表花名册 / the deputy roster
    Roster {
        /// .xlsx .xls .ods .csv
        file: PathBuf,
        /// 只显示将导入的内容，不写入 / show what would be imported, write nothing
        #[arg(long)]
        dry_run: bool,
        /// 跳过有误的行，导入其余 / import the good rows, skip the bad ones
        #[arg(long)]
        skip_bad: bool,
    },
}

/// How big a demo to write.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Scale {
    /// 6 groups, ~75 deputies, a year of records with cases to flag.
    Township,
    /// ~150 groups, ~2,000 deputies, five years of records.
    County,
}

/// The panes `render` can draw.
#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    Today,
    Roster,
    Calendar,
    Spotcheck,
    Docket,
}

/// Everything set up from arguments, environment and config files.
pub struct Setup {
    pub db_path: PathBuf,
    pub today: NaiveDate,
    pub keymap: Keymap,
    pub theme: Theme,
    /// Problems in config or keymap files, for the status bar and stderr.
    pub warnings: Vec<String>,
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}

/// Reads config and keymap files and resolves paths, date and language.
pub fn setup(cli: &Cli) -> Result<Setup, String> {
    let mut warnings = Vec::new();
    let config_path = cli
        .config
        .clone()
        .unwrap_or_else(|| config::config_dir().join("config.toml"));
    let (config, problem) = Config::load(&config_path);
    if let Some(n) = config.backups_keep {
        crate::storage::backup::set_keep(n);
    }
    let lang = match cli.lang.as_deref() {
        Some(s) => Lang::parse(s).ok_or_else(|| format!("--lang {s}: zh | en"))?,
        None => config.lang.unwrap_or_default(),
    };
    text::set_lang(lang);
    warnings.extend(problem);
    let today = config::resolve_today(cli.today.as_deref())?;
    let preset = config.keymap.as_deref().unwrap_or("default");
    let user_keymap_path = cli.keymap.clone().or_else(|| {
        let p = config::config_dir().join("keymap.toml");
        p.exists().then_some(p)
    });
    let user_keymap = match &user_keymap_path {
        Some(p) => match std::fs::read_to_string(p) {
            Ok(text) => Some((p.display().to_string(), text)),
            Err(e) => {
                warnings.push(Msg::KeymapUnreadable.fill(&[&p.display(), &e]));
                None
            }
        },
        None => None,
    };
    let (keymap, errors) = Keymap::load(
        preset,
        user_keymap.as_ref().map(|(n, t)| (n.as_str(), t.as_str())),
    );
    warnings.extend(errors.iter().map(|e| e.to_string()));
    let theme =
        Theme::default().with_ascii_borders(cli.ascii || config.ascii_borders.unwrap_or(false));
    Ok(Setup {
        db_path: config::resolve_db(cli.db.as_deref()),
        today,
        keymap,
        theme,
        warnings,
    })
}

fn run(cli: Cli) -> Result<ExitCode, String> {
    let setup = setup(&cli)?;
    match cli.command {
        None => run_tui(setup),
        Some(Command::Demo { seed, force, scale }) => {
            crate::io::demo::run(&setup.db_path, setup.today, seed, force, scale)
        }
        Some(Command::Check) => Ok(crate::io::check::run(&setup.db_path)),
        Some(Command::Agenda { date, format }) => {
            crate::io::agenda::run(&setup.db_path, setup.today, date.as_deref(), format)
        }
        Some(Command::Render { view, size }) => {
            let (w, h) = parse_size(&size)?;
            let db = Db::open_read_only(&setup.db_path).map_err(|e| describe_open(&e))?;
            let lines =
                crate::ui::render_view(db, setup.today, setup.keymap, setup.theme, view, w, h);
            // A closed pipe (`| head`) ends the output quietly.
            let mut out = std::io::stdout().lock();
            for line in lines {
                if writeln!(out, "{line}").is_err() {
                    break;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Some(Command::Import {
            what:
                ImportWhat::Roster {
                    file,
                    dry_run,
                    skip_bad,
                },
        }) => Ok(crate::io::excel::cli::run_import(
            &setup.db_path,
            &file,
            dry_run,
            skip_bad,
            setup.today,
        )),
        Some(Command::Export { list, file }) => Ok(crate::io::excel::cli::run_export(
            &setup.db_path,
            &list,
            &file,
        )),
        Some(Command::Report {
            name,
            year,
            half,
            number,
            columns,
            out,
        }) => {
            let params = crate::io::excel::reports::ReportParams {
                year: year.unwrap_or_else(|| chrono::Datelike::year(&setup.today)),
                half,
                number,
                columns,
                today: setup.today,
            };
            Ok(crate::io::excel::cli::run_report(
                &setup.db_path,
                &name,
                &params,
                &out,
            ))
        }
        Some(Command::Handover {
            to,
            force,
            by,
            recipient,
            note,
        }) => {
            let rec = crate::storage::backup::handover::HandoverRecord {
                from_chair: by,
                to_chair: recipient,
                note,
                dest: String::new(),
            };
            crate::io::handover::run(&setup.db_path, &to, force, rec, setup.today)
        }
        Some(Command::Takeover { from }) => {
            crate::io::handover::commands::run_takeover(&from, &setup.db_path)
        }
        Some(Command::Backups) => crate::io::handover::commands::run_backups(&setup.db_path),
        Some(Command::Restore { name }) => {
            crate::io::handover::commands::run_restore(&setup.db_path, &name)
        }
        Some(Command::TortureWriter { start, count }) => {
            crate::io::handover::torture::run(&setup.db_path, start, count)
        }
    }
}

/// "120x40" → (120, 40).
fn parse_size(s: &str) -> Result<(u16, u16), String> {
    let bad = || Msg::BadSize.fill(&[&s]);
    let (w, h) = s.split_once(['x', 'X', '×']).ok_or_else(bad)?;
    let w: u16 = w.trim().parse().map_err(|_| bad())?;
    let h: u16 = h.trim().parse().map_err(|_| bad())?;
    if !(10..=1000).contains(&w) || !(5..=1000).contains(&h) {
        return Err(bad());
    }
    Ok((w, h))
}

fn run_tui(setup: Setup) -> Result<ExitCode, String> {
    for w in &setup.warnings {
        eprintln!("{w}");
    }
    let (db, outcome) = match Db::open(&setup.db_path) {
        // Another chairdesk writes the file: look, but do not touch.
        Err(crate::storage::OpenError::InUse { pid, .. }) => {
            let mut db = Db::open_read_only(&setup.db_path).map_err(|e| describe_open(&e))?;
            db.set_in_use_by(pid);
            (db, crate::storage::OpenOutcome::Opened)
        }
        other => other.map_err(|e| describe_open(&e))?,
    };
    let backup_failed = match db.daily_backup() {
        Some(Err(e)) => Some(Msg::SafetyDailyBackupFailed.fill(&[e])),
        _ => None,
    };
    crate::ui::terminal::install_panic_hook(config::data_dir());
    let mut app = crate::ui::app::App::new(db, setup.today, setup.keymap, setup.theme);
    if let crate::storage::OpenOutcome::Upgraded { from, backup } = &outcome {
        app.notify(Msg::Upgraded.fill(&[from, &backup.display()]), false);
    }
    if app.db_is_read_only() {
        app.notify(crate::ui::app::read_only_banner(app.db()), true);
    }
    if let Some(text) = backup_failed {
        app.notify(text, true);
    }
    if let Some(first) = setup.warnings.first() {
        app.notify(
            Msg::StartupWarnings.fill(&[&setup.warnings.len(), first]),
            true,
        );
    }
    let mut term = crate::ui::terminal::enter().map_err(|e| Msg::TerminalFailed.fill(&[&e]))?;
    let result = crate::ui::app::run(&mut app, &mut term);
    crate::ui::terminal::restore();
    result.map_err(|e| Msg::TerminalFailed.fill(&[&e]))?;
    Ok(ExitCode::SUCCESS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_parse_and_refuse_nonsense() {
        assert_eq!(parse_size("120x40"), Ok((120, 40)));
        assert_eq!(parse_size("80×24"), Ok((80, 24)));
        assert!(parse_size("80").is_err());
        assert!(parse_size("0x0").is_err());
        assert!(parse_size("axb").is_err());
    }
}
