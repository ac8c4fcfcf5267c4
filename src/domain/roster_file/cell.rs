//! One spreadsheet cell as the importer sees it, whatever file it came
//! from, and the cleaning every text goes through.

use chrono::NaiveDate;

/// A cell's value. Readers turn Excel date cells into `Date`, so a birth
/// month typed as a date is not mistaken for a serial number.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    Number(f64),
    Date(NaiveDate),
    Bool(bool),
}

impl Cell {
    /// The cell as text, trimmed: numbers without a needless `.0`, dates
    /// as `YYYY-MM-DD`.
    pub fn text(&self) -> String {
        match self {
            Cell::Empty => String::new(),
            Cell::Text(s) => clean(s),
            Cell::Number(n) => number_text(*n),
            Cell::Date(d) => d.format("%Y-%m-%d").to_string(),
            Cell::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        }
    }

    pub fn is_blank(&self) -> bool {
        self.text().is_empty()
    }
}

/// A number as a person would write it: integral values without decimals
/// (13812345678, not 13812345678.0), others as Rust prints them.
pub fn number_text(n: f64) -> String {
    if n.is_finite() && n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// True for the spaces rosters are full of: ASCII, full-width (U+3000),
/// no-break and zero-width ones.
fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{200b}' | '\u{feff}' | '\u{a0}')
}

/// Trims, turns line breaks and runs of spaces into one space, and drops
/// control characters.
pub fn clean(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut pending_space = false;
    for c in s.chars() {
        if is_space(c) {
            pending_space = !out.is_empty();
        } else if !c.is_control() {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(c);
        }
    }
    out
}

/// Removes every space: for names (张 三 → 张三), group names and codes.
pub fn squeeze(s: &str) -> String {
    s.chars()
        .filter(|c| !is_space(*c) && !c.is_control())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_are_cleaned() {
        assert_eq!(clean("  张\u{3000}三 \n 村 "), "张 三 村");
        assert_eq!(squeeze(" 张\u{3000}三\u{a0}"), "张三");
        assert_eq!(Cell::Number(13812345678.0).text(), "13812345678");
        assert_eq!(Cell::Number(1975.03).text(), "1975.03");
        assert!(Cell::Text(" \u{3000} ".into()).is_blank());
    }
}
