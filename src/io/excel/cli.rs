//! The commands: `import roster`, `export LIST`, `report NAME`. Each says
//! what it did in one line, or why it did nothing in one sentence with a
//! non-zero exit.

use std::path::Path;
use std::process::ExitCode;

use chrono::NaiveDate;

use super::reports::{ReportKind, ReportParams};
use super::{ExcelError, import, lists, preview, reports};
use crate::storage::Db;
use crate::ui::errors::describe_open;
use crate::ui::text::Msg;
use crate::ui::widgets::cells::{Align, pad, width};

fn fail(e: &ExcelError) -> ExitCode {
    eprintln!("{}", e.describe());
    ExitCode::FAILURE
}

/// Prints the preview: columns read, every row, the summary.
pub fn print_preview(plan: &crate::domain::roster_file::ImportPlan) {
    for line in preview::columns_line(plan) {
        println!("{line}");
    }
    let lines = preview::lines(plan);
    let row_w = lines.iter().map(|l| width(&l.row)).max().unwrap_or(0);
    let name_w = lines.iter().map(|l| width(&l.name)).max().unwrap_or(0);
    for l in &lines {
        println!(
            "{}  {}  {}  {}",
            pad(&l.row, row_w, Align::Left),
            pad(&l.name, name_w, Align::Left),
            l.outcome,
            l.detail
        );
    }
    println!("{}", preview::summary_line(plan));
}

/// `chairdesk import roster FILE [--dry-run] [--skip-bad]`.
pub fn run_import(
    db_path: &Path,
    file: &Path,
    dry_run: bool,
    skip_bad: bool,
    today: NaiveDate,
) -> ExitCode {
    let result = super::read::read_file(file).and_then(|sheets| {
        // A file without a header is refused before any database is opened
        // (or created).
        crate::domain::roster_file::plan_import(&sheets, &Default::default())
            .map_err(|_| ExcelError::NoHeader(file.to_path_buf()))?;
        if dry_run {
            // A dry run never creates or changes the database file.
            let db = if db_path.exists() {
                Db::open_read_only(db_path).map_err(|e| ExcelError::Open(describe_open(&e)))?
            } else {
                Db::open_in_memory()?
            };
            let plan = import::plan_sheets(&db, &sheets, file)?;
            print_preview(&plan);
            println!("{}", Msg::ExcelDryRun.t());
            return Ok(());
        }
        let (mut db, _) = Db::open(db_path).map_err(|e| ExcelError::Open(describe_open(&e)))?;
        let plan = import::plan_sheets(&db, &sheets, file)?;
        print_preview(&plan);
        let done = import::apply(&mut db, &plan, skip_bad, today)?;
        let backup = done
            .backup
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        println!(
            "{}",
            Msg::ExcelImported.fill(&[&done.deputies, &done.groups, &backup])
        );
        Ok(())
    });
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(&e),
    }
}

/// `chairdesk export LIST FILE`.
pub fn run_export(db_path: &Path, list: &str, file: &Path) -> ExitCode {
    let result = (|| {
        let kind =
            lists::parse_list(list).ok_or_else(|| ExcelError::UnknownList(list.to_owned()))?;
        let db = Db::open_read_only(db_path).map_err(|e| ExcelError::Open(describe_open(&e)))?;
        let table = lists::list_table(&db, kind)?;
        lists::write_table(&table, file)?;
        Ok::<_, ExcelError>(table.rows.len())
    })();
    match result {
        Ok(n) => {
            println!("{}", Msg::ExcelExported.fill(&[&n, &file.display()]));
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}

/// `chairdesk report NAME --year Y [--half 1|2] [--number N] --out FILE`.
pub fn run_report(db_path: &Path, name: &str, params: &ReportParams, out: &Path) -> ExitCode {
    let result = (|| {
        let kind =
            ReportKind::parse(name).ok_or_else(|| ExcelError::UnknownReport(name.to_owned()))?;
        // Refuse a bad output name before reading anything.
        super::OutFormat::of(out)?;
        let db = Db::open_read_only(db_path).map_err(|e| ExcelError::Open(describe_open(&e)))?;
        let doc = reports::build(&db, kind, params)?;
        reports::write_doc(&doc, out)?;
        Ok::<_, ExcelError>(doc.title)
    })();
    match result {
        Ok(title) => {
            println!(
                "{}",
                Msg::ExcelReportWritten.fill(&[&title, &out.display()])
            );
            ExitCode::SUCCESS
        }
        Err(e) => fail(&e),
    }
}
