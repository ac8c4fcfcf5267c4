//! A printable document (report, form or public notice) independent of its
//! file format: the xlsx and HTML writers lay out the same blocks.

/// One block of a document, top to bottom.
#[derive(Clone, Debug, PartialEq)]
pub enum Block {
    Heading(String),
    Table(DocTable),
    /// Labelled values, as on a form (交办单).
    Fields(Vec<(String, String)>),
    /// A paragraph.
    Text(String),
    /// Right-aligned lines: issuer and date under a letter.
    Sign(Vec<String>),
}

/// A table; `numeric[i]` marks columns written as numbers in xlsx (counts,
/// days, rates) — every other column is text, so phone numbers and IDs
/// keep every digit.
#[derive(Clone, Debug, PartialEq, Default)]
pub struct DocTable {
    pub columns: Vec<String>,
    pub rows: Vec<Vec<String>>,
    pub numeric: Vec<bool>,
}

impl DocTable {
    pub fn new(columns: Vec<String>) -> DocTable {
        let numeric = vec![false; columns.len()];
        DocTable {
            columns,
            rows: Vec::new(),
            numeric,
        }
    }

    /// Marks the columns from `from` on as numbers.
    pub fn numeric_from(mut self, from: usize) -> DocTable {
        for (i, n) in self.numeric.iter_mut().enumerate() {
            *n = i >= from;
        }
        self
    }
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Doc {
    pub title: String,
    pub subtitle: Vec<String>,
    pub blocks: Vec<Block>,
    pub landscape: bool,
    /// Sheet name in xlsx.
    pub sheet: String,
}

impl Doc {
    pub fn new(title: impl Into<String>) -> Doc {
        let title = title.into();
        Doc {
            sheet: title.clone(),
            title,
            ..Doc::default()
        }
    }

    pub fn push(&mut self, block: Block) -> &mut Doc {
        self.blocks.push(block);
        self
    }

    /// Every text of the document, for tests that look for a word.
    pub fn all_text(&self) -> String {
        let mut out = format!("{}\n{}\n", self.title, self.subtitle.join("\n"));
        for b in &self.blocks {
            match b {
                Block::Heading(s) | Block::Text(s) => out.push_str(s),
                Block::Table(t) => {
                    out.push_str(&t.columns.join("\t"));
                    for r in &t.rows {
                        out.push('\n');
                        out.push_str(&r.join("\t"));
                    }
                }
                Block::Fields(f) => {
                    for (k, v) in f {
                        out.push_str(&format!("{k}\t{v}\n"));
                    }
                }
                Block::Sign(lines) => out.push_str(&lines.join("\n")),
            }
            out.push('\n');
        }
        out
    }
}
