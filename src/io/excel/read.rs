//! Reading a roster file into sheets of cells: .xlsx, .xls, .ods through
//! calamine (merged cells filled in from their top-left cell), and .csv in
//! UTF-8 (with or without BOM), UTF-16 or GBK/GB18030 as Chinese Excel
//! saves it. Row numbers stay those of the spreadsheet.

use std::io::Cursor;
use std::path::Path;

use calamine::{Data, Dimensions, Range, Reader, Sheets};

use super::ExcelError;
use crate::domain::roster_file::{Cell, Sheet};

/// Rows and columns read at most: a roster is a few hundred rows; a sheet
/// claiming a million rows must not exhaust an old laptop's memory.
const MAX_ROWS: usize = 20_000;
const MAX_COLS: usize = 100;

const ZIP: &[u8] = b"PK\x03\x04";
const OLE: &[u8] = &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

/// Reads the file at `path`.
pub fn read_file(path: &Path) -> Result<Vec<Sheet>, ExcelError> {
    let bytes = std::fs::read(path).map_err(|source| ExcelError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    read_bytes(&bytes).map_err(|kind| kind.at(path))
}

/// What was wrong with the bytes, before the caller names the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReadProblem {
    NotSpreadsheet,
    Encrypted,
    Corrupt(String),
}

impl ReadProblem {
    fn at(self, path: &Path) -> ExcelError {
        let path = path.to_path_buf();
        match self {
            ReadProblem::NotSpreadsheet => ExcelError::NotSpreadsheet(path),
            ReadProblem::Encrypted => ExcelError::Encrypted(path),
            ReadProblem::Corrupt(detail) => ExcelError::Corrupt { path, detail },
        }
    }
}

/// Reads a workbook or CSV from its bytes; the content decides, not the
/// file name (a CSV saved as .xls is common).
pub fn read_bytes(bytes: &[u8]) -> Result<Vec<Sheet>, ReadProblem> {
    if bytes.starts_with(OLE) {
        // An encrypted .xlsx is an OLE file holding an EncryptedPackage.
        if contains_utf16(bytes, "EncryptedPackage") {
            return Err(ReadProblem::Encrypted);
        }
        return read_workbook(bytes);
    }
    if bytes.starts_with(ZIP) {
        return read_workbook(bytes);
    }
    let text = decode_text(bytes).ok_or(ReadProblem::NotSpreadsheet)?;
    Ok(vec![read_csv(&text)])
}

fn contains_utf16(bytes: &[u8], needle: &str) -> bool {
    let pattern: Vec<u8> = needle.encode_utf16().flat_map(u16::to_le_bytes).collect();
    bytes.windows(pattern.len()).any(|w| w == pattern)
}

fn read_workbook(bytes: &[u8]) -> Result<Vec<Sheet>, ReadProblem> {
    let mut book = calamine::open_workbook_auto_from_rs(Cursor::new(bytes))
        .map_err(|e| workbook_problem(&e))?;
    let mut merges: Vec<Vec<Dimensions>> = Vec::new();
    let names = book.sheet_names();
    for name in &names {
        let regions = match &mut book {
            Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
            Sheets::Xls(x) => x.merge_cells_by_sheet_name(name).unwrap_or_default(),
            _ => Vec::new(),
        };
        merges.push(regions);
    }
    let mut sheets = Vec::new();
    let mut last_error = None;
    for (i, name) in names.iter().enumerate() {
        match book.worksheet_range(name) {
            Ok(range) => {
                let mut rows = grid(&range);
                fill_merges(&mut rows, merges.get(i).map_or(&[][..], Vec::as_slice));
                sheets.push(Sheet {
                    name: name.clone(),
                    rows,
                });
            }
            Err(e) => last_error = Some(workbook_problem(&e)),
        }
    }
    match (sheets.is_empty(), last_error) {
        (true, Some(e)) => Err(e),
        _ => Ok(sheets),
    }
}

fn workbook_problem(e: &calamine::Error) -> ReadProblem {
    match e {
        calamine::Error::Xls(calamine::XlsError::Password) => ReadProblem::Encrypted,
        other => ReadProblem::Corrupt(other.to_string()),
    }
}

/// The range as rows from the sheet's first row, so index + 1 is the row
/// number Excel shows.
fn grid(range: &Range<Data>) -> Vec<Vec<Cell>> {
    let Some((r0, c0)) = range.start() else {
        return Vec::new();
    };
    let (r0, c0) = (r0 as usize, c0 as usize);
    if r0 >= MAX_ROWS || c0 >= MAX_COLS {
        return Vec::new();
    }
    let mut rows = vec![Vec::new(); r0];
    for row in range.rows().take(MAX_ROWS - r0) {
        let mut cells = vec![Cell::Empty; c0];
        cells.extend(row.iter().take(MAX_COLS - c0).map(cell));
        while cells.last() == Some(&Cell::Empty) {
            cells.pop();
        }
        rows.push(cells);
    }
    rows
}

fn cell(d: &Data) -> Cell {
    match d {
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::String(s) => Cell::Text(s.clone()),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => match dt.as_datetime() {
            Some(t) => Cell::Date(t.date()),
            None => Cell::Number(dt.as_f64()),
        },
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => s
            .get(..10)
            .and_then(crate::domain::dates::parse_iso)
            .map_or_else(|| Cell::Text(s.clone()), Cell::Date),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(_) | Data::Empty => Cell::Empty,
    }
}

/// Copies each merged region's value into its empty cells: a group name
/// merged down its members belongs to every member.
fn fill_merges(rows: &mut [Vec<Cell>], merges: &[Dimensions]) {
    for m in merges {
        let (r1, c1) = (m.start.0 as usize, m.start.1 as usize);
        let (r2, c2) = (m.end.0 as usize, m.end.1 as usize);
        let Some(value) = rows.get(r1).and_then(|r| r.get(c1)).cloned() else {
            continue;
        };
        if value == Cell::Empty {
            continue;
        }
        for row in rows.iter_mut().take(r2.saturating_add(1)).skip(r1) {
            let last = c2.min(MAX_COLS - 1);
            if row.len() <= last {
                row.resize(last + 1, Cell::Empty);
            }
            for c in row.iter_mut().take(last + 1).skip(c1) {
                if *c == Cell::Empty {
                    *c = value.clone();
                }
            }
        }
    }
}

/// Text in the encodings Chinese spreadsheets save CSV in; None for
/// bytes that are no text at all.
fn decode_text(bytes: &[u8]) -> Option<String> {
    let text = if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        String::from_utf8_lossy(rest).into_owned()
    } else if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") {
        let (text, _, bad) = encoding_rs::UTF_16LE.decode(bytes);
        if bad {
            return None;
        }
        text.into_owned()
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        s.to_owned()
    } else {
        let (text, bad) = encoding_rs::GB18030.decode_without_bom_handling(bytes);
        if bad {
            return None;
        }
        text.into_owned()
    };
    let controls = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\t' | '\r' | '\n'))
        .count();
    (controls * 100 <= text.chars().count()).then_some(text)
}

/// One sheet from CSV (or tab-separated text): every cell as text, so a
/// phone number or 1975.10 stays as written.
fn read_csv(text: &str) -> Sheet {
    let first_lines: String = text.lines().take(20).collect::<Vec<_>>().join("\n");
    let delimiter = [b',', b'\t', b';']
        .into_iter()
        .max_by_key(|d| first_lines.bytes().filter(|b| b == d).count())
        .unwrap_or(b',');
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let mut rows = Vec::new();
    for record in reader.records().take(MAX_ROWS) {
        let Ok(record) = record else { break };
        rows.push(
            record
                .iter()
                .take(MAX_COLS)
                .map(|s| {
                    if s.trim().is_empty() {
                        Cell::Empty
                    } else {
                        Cell::Text(s.to_owned())
                    }
                })
                .collect(),
        );
    }
    Sheet {
        name: "CSV".into(),
        rows,
    }
}
