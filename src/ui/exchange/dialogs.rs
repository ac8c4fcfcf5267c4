//! The three forms: export a list, choose a roster file, write a report.
//! Each checks its input when the chair saves and shows what went wrong
//! inside the form, which stays open.

use std::path::PathBuf;

use chrono::{Datelike, NaiveDate};
use ratatui::crossterm::event::KeyEvent;

use super::{ExchangeCx, ExchangeOutcome, ImportPreview, default_folder, resolve_path};
use crate::io::excel::reports::{self, ReportKind, ReportParams};
use crate::io::excel::{ExcelError, import, lists};
use crate::storage::exchange::ListKind;
use crate::ui::action::Action;
use crate::ui::keymap::{Context, Keymap};
use crate::ui::panes::ExportTable;
use crate::ui::text::Msg;
use crate::ui::widgets::{Field, Form, FormOutcome, FormValues};

/// The bottom line of each form, naming the real keys.
fn hint(keymap: &Keymap) -> String {
    Msg::ExcelFormHint.fill(&[
        &keymap.hint(Context::Form, Action::Save).unwrap_or_default(),
        &keymap
            .hint(Context::Form, Action::Cancel)
            .unwrap_or_default(),
    ])
}

fn folder_text() -> String {
    let mut s = default_folder().display().to_string();
    if !s.ends_with(std::path::MAIN_SEPARATOR) {
        s.push(std::path::MAIN_SEPARATOR);
    }
    s
}

/// Adds `ext` to a typed path without an extension.
fn with_extension(path: PathBuf, ext: &str) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(ext)
    }
}

/// Runs the form on a key: the values once saved; otherwise what the
/// screen should do (stay while editing, close on cancel).
fn saved(
    form: &mut Form,
    action: Option<Action>,
    key: &KeyEvent,
) -> Result<FormValues, ExchangeOutcome> {
    form_key(form, action, key)?.ok_or(ExchangeOutcome::Stay)
}

/// Closes with the message when the file was written; otherwise shows
/// why inside the form, which stays open.
fn finish(form: &mut Form, written: Result<String, ExcelError>) -> ExchangeOutcome {
    match written {
        Ok(message) => ExchangeOutcome::Done {
            message,
            changed: false,
        },
        Err(e) => {
            form.set_message(e.describe());
            ExchangeOutcome::Stay
        }
    }
}

/// Runs the form on a key: Some(values) when saved; `Close` on cancel.
fn form_key(
    form: &mut Form,
    action: Option<Action>,
    key: &KeyEvent,
) -> Result<Option<FormValues>, ExchangeOutcome> {
    match form.handle(action, key) {
        FormOutcome::Continue => Ok(None),
        FormOutcome::Cancel => Err(ExchangeOutcome::Close),
        FormOutcome::Save(values) => {
            form.clear_message();
            Ok(Some(values))
        }
    }
}

pub struct ExportDialog {
    pub form: Form,
    table: Option<ExportTable>,
}

impl ExportDialog {
    pub fn new(table: Option<ExportTable>, keymap: &Keymap, today: NaiveDate) -> ExportDialog {
        let mut fields = Vec::new();
        let title = match &table {
            Some(t) => Msg::ExcelExportTitle.fill(&[&t.title, &t.rows.len()]),
            None => {
                let names = ListKind::ALL
                    .iter()
                    .map(|k| lists::titles(*k).0.t().to_owned())
                    .collect();
                fields.push(Field::choice("list", Msg::ExcelFieldList.t(), names, 0));
                Msg::ExcelExportChoose.t().to_owned()
            }
        };
        let formats = vec!["Excel (.xlsx)".to_owned(), "CSV (.csv)".to_owned()];
        fields.push(Field::choice(
            "format",
            Msg::ExcelFieldFormat.t(),
            formats,
            0,
        ));
        fields.push(Field::text("file", Msg::ExcelFieldFile.t()).value(folder_text()));
        let form = Form::new(title, today, fields).with_hint(hint(keymap));
        ExportDialog { form, table }
    }

    pub fn handle(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut ExchangeCx,
    ) -> ExchangeOutcome {
        let values = match saved(&mut self.form, action, key) {
            Ok(v) => v,
            Err(outcome) => return outcome,
        };
        let table = match &self.table {
            Some(t) => Ok(t.clone()),
            None => lists::list_table(cx.db, ListKind::ALL[values.choice("list")]),
        };
        let ext = ["xlsx", "csv"][values.choice("format").min(1)];
        let result = table.and_then(|t| {
            let name = format!("{}-{}.{ext}", t.title, cx.today);
            let path = with_extension(resolve_path(values.text("file"), &name), ext);
            lists::write_table(&t, &path)
                .map(|()| Msg::ExcelExported.fill(&[&t.rows.len(), &path.display()]))
        });
        finish(&mut self.form, result)
    }
}

pub struct ImportDialog {
    pub form: Form,
}

impl ImportDialog {
    pub fn new(keymap: &Keymap, today: NaiveDate) -> ImportDialog {
        let skip = vec![
            Msg::ExcelSkipNone.t().to_owned(),
            Msg::ExcelSkipBad.t().to_owned(),
        ];
        let fields = vec![
            Field::text("file", Msg::ExcelFieldRoster.t())
                .value(folder_text())
                .required(),
            Field::choice("skip", Msg::ExcelFieldBadRows.t(), skip, 0),
        ];
        let form = Form::new(Msg::ExcelImportTitle.t(), today, fields)
            .with_hint(Msg::ExcelImportHint.fill(&[&hint(keymap)]));
        ImportDialog { form }
    }

    /// Ok(Some(preview)) once the file is read and planned.
    pub fn handle(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut ExchangeCx,
    ) -> Result<Option<ImportPreview>, ExchangeOutcome> {
        let Some(values) = form_key(&mut self.form, action, key)? else {
            return Ok(None);
        };
        let path = resolve_path(values.text("file"), "");
        match import::prepare(cx.db, &path) {
            Ok(plan) => Ok(Some(ImportPreview::new(
                plan,
                path,
                values.choice("skip") == 1,
            ))),
            Err(e) => {
                self.form.set_message(e.describe());
                Ok(None)
            }
        }
    }
}

pub struct ReportsDialog {
    pub form: Form,
}

impl ReportsDialog {
    pub fn new(keymap: &Keymap, today: NaiveDate) -> ReportsDialog {
        let names = ReportKind::ALL
            .iter()
            .map(|k| k.title().t().to_owned())
            .collect();
        let halves = vec![
            Msg::ExcelHalfNone.t().to_owned(),
            Msg::ExcelHalfFirst.t().to_owned(),
            Msg::ExcelHalfSecond.t().to_owned(),
        ];
        let formats = vec![
            "Excel (.xlsx)".to_owned(),
            Msg::ExcelHtmlFormat.t().to_owned(),
        ];
        let fields = vec![
            Field::choice("report", Msg::ExcelFieldReport.t(), names, 0),
            Field::number("year", Msg::ExcelFieldYear.t(), 2000, 2100)
                .number_value(Some(i64::from(today.year())))
                .required(),
            Field::choice("half", Msg::ExcelFieldHalf.t(), halves, 0),
            Field::text("number", Msg::ExcelFieldNumber.t()),
            Field::choice("format", Msg::ExcelFieldFormat.t(), formats, 0),
            Field::text("file", Msg::ExcelFieldFile.t()).value(folder_text()),
        ];
        let form = Form::new(Msg::ExcelReportsTitle.t(), today, fields).with_hint(hint(keymap));
        ReportsDialog { form }
    }

    pub fn handle(
        &mut self,
        action: Option<Action>,
        key: &KeyEvent,
        cx: &mut ExchangeCx,
    ) -> ExchangeOutcome {
        let values = match saved(&mut self.form, action, key) {
            Ok(v) => v,
            Err(outcome) => return outcome,
        };
        let kind = ReportKind::ALL[values.choice("report").min(ReportKind::ALL.len() - 1)];
        let params = ReportParams {
            year: values.number("year").unwrap_or(i64::from(cx.today.year())) as i32,
            half: match values.choice("half") {
                1 => Some(1),
                2 => Some(2),
                _ => None,
            },
            number: values.opt_text("number"),
            columns: None,
            today: cx.today,
        };
        let ext = ["xlsx", "html"][values.choice("format").min(1)];
        let result = reports::build(cx.db, kind, &params).and_then(|doc| {
            let name = format!("{}-{}.{ext}", doc.title, file_stem_of(&params, kind));
            let path = with_extension(resolve_path(values.text("file"), &name), ext);
            reports::write_doc(&doc, &path)
                .map(|()| Msg::ExcelReportWritten.fill(&[&doc.title, &path.display()]))
        });
        finish(&mut self.form, result)
    }
}

/// The part of a report's file name after its title: the item number for
/// one item, else the period.
fn file_stem_of(p: &ReportParams, kind: ReportKind) -> String {
    match (&p.number, kind.needs_number()) {
        (Some(n), true) => n.replace(['/', '\\'], "-"),
        _ => p.period_label(),
    }
}
