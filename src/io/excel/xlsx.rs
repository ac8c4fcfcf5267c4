//! Writing xlsx: a plain list (header on row 1, frozen, filterable) and a
//! styled printable document (title rows, bordered tables, column widths
//! measured in display cells, A4 print setup). Every cell is text unless
//! its column is marked numeric, so an ID or phone number keeps its digits.

use rust_xlsxwriter::{Color, Format, FormatAlign, FormatBorder, Workbook, Worksheet, XlsxError};

use super::doc::{Block, Doc, DocTable};
use crate::ui::widgets::cells::width;

/// Paper size code of A4 in Excel's page setup.
const A4: u8 = 9;

/// Excel column width for text of `cells` display cells.
fn col_width(cells: usize) -> f64 {
    (cells as f64 + 2.0).clamp(6.0, 50.0)
}

/// A sheet name Excel accepts: at most 31 characters, none of []:*?/\.
pub fn sheet_name(title: &str) -> String {
    let name: String = title
        .chars()
        .filter(|c| !"[]:*?/\\".contains(*c))
        .take(31)
        .collect();
    if name.trim().is_empty() {
        "Sheet1".into()
    } else {
        name
    }
}

fn write_cell(
    ws: &mut Worksheet,
    row: u32,
    col: u16,
    value: &str,
    numeric: bool,
    format: &Format,
) -> Result<(), XlsxError> {
    match value.parse::<f64>() {
        Ok(n) if numeric && n.is_finite() => ws.write_number_with_format(row, col, n, format)?,
        _ => ws.write_string_with_format(row, col, value, format)?,
    };
    Ok(())
}

/// A list as a workbook of one sheet: header on row 1.
pub fn list_to_xlsx(
    title: &str,
    columns: &[String],
    rows: &[Vec<String>],
) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(title))?;
    let head = Format::new()
        .set_bold()
        .set_background_color(Color::RGB(0xDDDDDD))
        .set_border(FormatBorder::Thin);
    let text = Format::new();
    for (c, title) in columns.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, title, &head)?;
    }
    for (r, row) in rows.iter().enumerate() {
        for (c, v) in row.iter().enumerate() {
            write_cell(ws, r as u32 + 1, c as u16, v, false, &text)?;
        }
    }
    for (c, title) in columns.iter().enumerate() {
        let widest = std::iter::once(title)
            .chain(rows.iter().filter_map(|r| r.get(c)))
            .map(|s| width(s))
            .max()
            .unwrap_or(0);
        ws.set_column_width(c as u16, col_width(widest))?;
    }
    ws.set_freeze_panes(1, 0)?;
    if !columns.is_empty() {
        ws.autofilter(0, 0, rows.len() as u32, columns.len() as u16 - 1)?;
    }
    ws.set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
    ws.set_repeat_rows(0, 0)?;
    wb.save_to_buffer()
}

struct Styles {
    title: Format,
    subtitle: Format,
    heading: Format,
    head: Format,
    cell: Format,
    label: Format,
    text: Format,
    sign: Format,
}

fn styles() -> Styles {
    let base = Format::new().set_font_name("宋体").set_font_size(11);
    let boxed = base
        .clone()
        .set_border(FormatBorder::Thin)
        .set_text_wrap()
        .set_align(FormatAlign::VerticalCenter);
    Styles {
        title: base
            .clone()
            .set_bold()
            .set_font_size(16)
            .set_align(FormatAlign::Center)
            .set_align(FormatAlign::VerticalCenter),
        subtitle: base.clone().set_align(FormatAlign::Center),
        heading: base.clone().set_bold().set_font_size(12),
        head: boxed
            .clone()
            .set_bold()
            .set_background_color(Color::RGB(0xEEEEEE))
            .set_align(FormatAlign::Center),
        cell: boxed.clone(),
        label: boxed.clone().set_bold(),
        text: base.clone().set_text_wrap().set_align(FormatAlign::Top),
        sign: base.set_align(FormatAlign::Right),
    }
}

/// A document as a styled, printable workbook of one sheet.
pub fn doc_to_xlsx(doc: &Doc) -> Result<Vec<u8>, XlsxError> {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(&doc.sheet))?;
    let s = styles();
    let widths = column_widths(doc);
    let ncols = widths.len() as u16;
    let last = ncols - 1;
    for (c, w) in widths.iter().enumerate() {
        ws.set_column_width(c as u16, *w)?;
    }
    let total_width: f64 = widths.iter().sum();
    let mut row: u32 = 0;
    let merged = |ws: &mut Worksheet, row: u32, text: &str, f: &Format| {
        if last == 0 {
            ws.write_string_with_format(row, 0, text, f).map(|_| ())
        } else {
            ws.merge_range(row, 0, row, last, text, f).map(|_| ())
        }
    };
    merged(ws, row, &doc.title, &s.title)?;
    ws.set_row_height(row, 30)?;
    row += 1;
    for sub in &doc.subtitle {
        merged(ws, row, sub, &s.subtitle)?;
        row += 1;
    }
    let mut repeat_set = false;
    for block in &doc.blocks {
        match block {
            Block::Heading(h) => {
                row += 1;
                merged(ws, row, h, &s.heading)?;
                row += 1;
            }
            Block::Text(t) => {
                merged(ws, row, t, &s.text)?;
                ws.set_row_height(row, text_height(t, total_width))?;
                row += 1;
            }
            Block::Sign(lines) => {
                row += 1;
                for l in lines {
                    merged(ws, row, l, &s.sign)?;
                    row += 1;
                }
            }
            Block::Fields(fields) => {
                let value_width: f64 = widths.iter().skip(1).sum();
                for (k, v) in fields {
                    ws.write_string_with_format(row, 0, k, &s.label)?;
                    if last >= 1 {
                        if last == 1 {
                            ws.write_string_with_format(row, 1, v, &s.cell)?;
                        } else {
                            ws.merge_range(row, 1, row, last, v, &s.cell)?;
                        }
                    }
                    ws.set_row_height(row, text_height(v, value_width).max(20.0))?;
                    row += 1;
                }
            }
            Block::Table(t) => {
                for (c, title) in t.columns.iter().enumerate() {
                    ws.write_string_with_format(row, c as u16, title, &s.head)?;
                }
                if !repeat_set {
                    ws.set_repeat_rows(row, row)?;
                    repeat_set = true;
                }
                row += 1;
                for r in &t.rows {
                    for (c, v) in r.iter().enumerate() {
                        let numeric = t.numeric.get(c) == Some(&true);
                        write_cell(ws, row, c as u16, v, numeric, &s.cell)?;
                    }
                    row += 1;
                }
            }
        }
    }
    ws.set_paper_size(A4).set_print_fit_to_pages(1, 0);
    if doc.landscape {
        ws.set_landscape();
    } else {
        ws.set_portrait();
    }
    ws.set_print_center_horizontally(true);
    ws.set_margins(0.6, 0.6, 0.8, 0.8, 0.3, 0.3);
    ws.set_footer("&C第 &P 页 / 共 &N 页");
    wb.save_to_buffer()
}

/// Widths of the columns: the widest cell of each table column, at least
/// enough for a form's labels; one wide column for a document of text.
fn column_widths(doc: &Doc) -> Vec<f64> {
    let mut widths: Vec<usize> = Vec::new();
    let mut grow = |c: usize, w: usize| {
        if widths.len() <= c {
            widths.resize(c + 1, 0);
        }
        widths[c] = widths[c].max(w);
    };
    for b in &doc.blocks {
        match b {
            Block::Table(DocTable { columns, rows, .. }) => {
                for (c, t) in columns.iter().enumerate() {
                    grow(c, width(t));
                }
                for r in rows {
                    for (c, v) in r.iter().enumerate() {
                        grow(c, width(v).min(40));
                    }
                }
            }
            Block::Fields(f) => {
                for (k, _) in f {
                    grow(0, width(k));
                }
                grow(1, 30);
            }
            _ => {}
        }
    }
    if widths.len() < 2 {
        widths.resize(2, 0);
        widths[1] = widths[1].max(60);
    }
    widths.into_iter().map(col_width).collect()
}

/// Row height (points) for wrapped text in a cell `cell_width` wide.
fn text_height(text: &str, cell_width: f64) -> f64 {
    let per_line = (cell_width - 1.0).max(4.0);
    let lines: f64 = text
        .split('\n')
        .map(|l| (width(l) as f64 / per_line).ceil().max(1.0))
        .sum();
    (lines * 15.0).clamp(15.0, 400.0)
}
