//! Excel in and out: roster import from real 花名册 files, exports of
//! every list, print-ready reports and forms, and public notices.
//!
//! Reading and writing files lives here; the rules of reading a roster
//! are in `domain::roster_file`, all SQL in `storage::exchange`.

pub mod cli;
pub mod doc;
pub mod html;
pub mod import;
pub mod lists;
pub mod preview;
pub mod read;
pub mod reports;
pub mod xlsx;

use std::path::{Path, PathBuf};

use crate::storage::StorageError;
use crate::ui::text::Msg;

/// Why an import, export or report did nothing. Every case leaves the
/// database and the output path as they were.
#[derive(Debug)]
pub enum ExcelError {
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    NotSpreadsheet(PathBuf),
    Encrypted(PathBuf),
    Corrupt {
        path: PathBuf,
        detail: String,
    },
    NoHeader(PathBuf),
    /// Bad rows without `--skip-bad`: nothing imported.
    BadRows(usize),
    Write {
        path: PathBuf,
        detail: String,
    },
    UnknownFormat(String),
    UnknownReport(String),
    UnknownList(String),
    NoSuchMotion(String),
    MotionNeeded,
    Storage(StorageError),
    /// The database could not be opened (already in words).
    Open(String),
}

impl From<StorageError> for ExcelError {
    fn from(e: StorageError) -> Self {
        ExcelError::Storage(e)
    }
}

impl ExcelError {
    /// One sentence for the chair.
    pub fn describe(&self) -> String {
        match self {
            ExcelError::Read { path, source } => {
                let why = match source.kind() {
                    std::io::ErrorKind::NotFound => Msg::ExcelNoSuchFile.t().to_owned(),
                    std::io::ErrorKind::PermissionDenied => {
                        Msg::ExcelNoReadPermission.t().to_owned()
                    }
                    std::io::ErrorKind::IsADirectory => Msg::ExcelIsFolder.t().to_owned(),
                    _ => source.to_string(),
                };
                Msg::ExcelReadFailed.fill(&[&path.display(), &why])
            }
            ExcelError::NotSpreadsheet(p) => Msg::ExcelNotSpreadsheet.fill(&[&p.display()]),
            ExcelError::Encrypted(p) => Msg::ExcelEncrypted.fill(&[&p.display()]),
            ExcelError::Corrupt { path, detail } => {
                Msg::ExcelCorrupt.fill(&[&path.display(), detail])
            }
            ExcelError::NoHeader(p) => Msg::ExcelNoHeader.fill(&[&p.display()]),
            ExcelError::BadRows(n) => Msg::ExcelBadRows.fill(&[n]),
            ExcelError::Write { path, detail } => {
                Msg::ExcelWriteFailed.fill(&[&path.display(), detail])
            }
            ExcelError::UnknownFormat(ext) => Msg::ExcelUnknownFormat.fill(&[ext]),
            ExcelError::UnknownReport(name) => {
                Msg::ExcelUnknownReport.fill(&[name, &reports::ReportKind::names()])
            }
            ExcelError::UnknownList(name) => Msg::ExcelUnknownList.fill(&[name]),
            ExcelError::NoSuchMotion(n) => Msg::ExcelNoSuchMotion.fill(&[n]),
            ExcelError::MotionNeeded => Msg::ExcelMotionNeeded.t().to_owned(),
            ExcelError::Storage(e) => crate::ui::errors::describe(e),
            ExcelError::Open(text) => text.clone(),
        }
    }
}

/// The kind of file an output path asks for, by its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutFormat {
    Xlsx,
    Csv,
    Html,
}

impl OutFormat {
    pub fn of(path: &Path) -> Result<OutFormat, ExcelError> {
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "xlsx" => Ok(OutFormat::Xlsx),
            "csv" => Ok(OutFormat::Csv),
            "html" | "htm" => Ok(OutFormat::Html),
            _ => Err(ExcelError::UnknownFormat(path.display().to_string())),
        }
    }
}

/// Writes `bytes` to `path` whole or not at all: into a temporary file
/// beside it, then renamed over. The folder must exist.
pub fn write_output(path: &Path, bytes: &[u8]) -> Result<(), ExcelError> {
    let fail = |e: &dyn std::fmt::Display| ExcelError::Write {
        path: path.to_path_buf(),
        detail: e.to_string(),
    };
    let name = path
        .file_name()
        .ok_or_else(|| fail(&Msg::ExcelNoFileName.t()))?;
    if path.is_dir() {
        return Err(fail(&Msg::ExcelIsFolder.t()));
    }
    let dir = path
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let tmp = dir.join(format!(
        ".{}.{}.tmp",
        name.to_string_lossy(),
        std::process::id()
    ));
    let result = std::fs::write(&tmp, bytes).and_then(|()| std::fs::rename(&tmp, path));
    if let Err(e) = result {
        let _ = std::fs::remove_file(&tmp);
        let why = match e.kind() {
            std::io::ErrorKind::NotFound => Msg::ExcelFolderMissing.fill(&[&dir.display()]),
            std::io::ErrorKind::PermissionDenied => Msg::ExcelNoPermission.t().to_owned(),
            _ => e.to_string(),
        };
        return Err(fail(&why));
    }
    Ok(())
}

/// A list as CSV in UTF-8 with a BOM, so Excel shows the Chinese.
pub fn list_to_csv(columns: &[String], rows: &[Vec<String>]) -> Vec<u8> {
    let mut out = b"\xEF\xBB\xBF".to_vec();
    {
        let mut w = csv::WriterBuilder::new().from_writer(&mut out);
        // Writing into memory cannot fail.
        let _ = w.write_record(columns);
        for r in rows {
            let _ = w.write_record(r);
        }
        let _ = w.flush();
    }
    out
}
