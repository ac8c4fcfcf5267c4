//! Finding the header row of a roster and mapping its columns to fields by
//! their Chinese names and the synonyms real 花名册 use (and the English
//! titles chairdesk itself writes, so an English export reads back).

use super::cell::{Cell, squeeze};

/// A roster column chairdesk understands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Field {
    /// 序号: read only to recognise the column; never stored.
    Seq,
    Name,
    Gender,
    Ethnicity,
    Birth,
    Party,
    Education,
    Occupation,
    UnitTitle,
    District,
    Level,
    Phone,
    Address,
    Group,
    Role,
    Status,
    EndedOn,
    Note,
}

/// Header texts per field, compared after [`header_key`]. Longer, more
/// specific names come first within a field; across fields the whole text
/// must match, so 职务 (unit) and 小组职务 (role) do not collide.
const SYNONYMS: &[(Field, &[&str])] = &[
    (Field::Seq, &["序号", "编号", "序", "no", "no.", "#"]),
    (Field::Name, &["姓名", "代表姓名", "名字", "name"]),
    (Field::Gender, &["性别", "sex", "gender"]),
    (Field::Ethnicity, &["民族", "ethnicity"]),
    (
        Field::Birth,
        &[
            "出生年月",
            "出生日期",
            "出生年月日",
            "出生时间",
            "生日",
            "出生",
            "born",
            "birth",
        ],
    ),
    (
        Field::Party,
        &["政治面貌", "党派", "政治身份", "party", "党派团体"],
    ),
    (
        Field::Education,
        &[
            "文化程度",
            "学历",
            "文化",
            "最高学历",
            "学历学位",
            "全日制学历",
            "education",
        ],
    ),
    (
        Field::Occupation,
        &[
            "职业构成",
            "代表构成",
            "构成",
            "职业",
            "界别",
            "代表结构",
            "身份",
            "occupation",
        ],
    ),
    (
        Field::UnitTitle,
        &[
            "工作单位及职务",
            "工作单位及职务职称",
            "工作单位和职务",
            "单位及职务",
            "单位职务",
            "工作单位",
            "单位",
            "职务",
            "职务职称",
            "unitandtitle",
            "unit",
        ],
    ),
    (
        Field::District,
        &["选区", "所在选区", "选区名称", "选举单位", "district"],
    ),
    (
        Field::Level,
        &["代表层级", "层级", "代表级别", "级别", "代表类别", "level"],
    ),
    (
        Field::Phone,
        &[
            "联系电话",
            "电话",
            "手机",
            "手机号码",
            "手机号",
            "电话号码",
            "联系方式",
            "phone",
        ],
    ),
    (
        Field::Address,
        &[
            "住址",
            "家庭住址",
            "居住地址",
            "家庭地址",
            "地址",
            "通讯地址",
            "address",
        ],
    ),
    (
        Field::Group,
        &[
            "代表小组",
            "所在小组",
            "所在代表小组",
            "所属小组",
            "小组",
            "组别",
            "代表组",
            "group",
        ],
    ),
    (
        Field::Role,
        &[
            "小组职务",
            "组内职务",
            "小组内职务",
            "小组职位",
            "grouprole",
        ],
    ),
    (Field::Status, &["状态", "任职状态", "代表状态", "status"]),
    (
        Field::EndedOn,
        &["离任日期", "终止日期", "离任时间", "ended", "endedon"],
    ),
    (Field::Note, &["备注", "说明", "note", "notes"]),
];

/// A header cell reduced for comparison: no spaces or line breaks, no
/// bracketed hint such as （年.月） or (手机), ASCII lowercased.
pub fn header_key(text: &str) -> String {
    let mut out = String::new();
    let mut depth = 0u32;
    for c in squeeze(text).chars() {
        match c {
            '(' | '（' | '[' | '【' => depth += 1,
            ')' | '）' | ']' | '】' => depth = depth.saturating_sub(1),
            '*' | '：' | ':' | '_' | '-' | '/' => {}
            _ if depth == 0 => out.extend(c.to_lowercase()),
            _ => {}
        }
    }
    out
}

/// The field a header cell names, if any.
pub fn field_of(text: &str) -> Option<Field> {
    let key = header_key(text);
    if key.is_empty() {
        return None;
    }
    SYNONYMS
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(f, _)| *f)
}

/// How the columns of one sheet map to fields.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Header {
    /// 0-based row index of the header.
    pub row: usize,
    /// (column index, field, header text as written).
    pub columns: Vec<(usize, Field, String)>,
    /// Header texts chairdesk does not read (e.g. 身份证号).
    pub ignored: Vec<String>,
}

impl Header {
    /// Columns mapped to a field, in sheet order.
    pub fn columns_of(&self, field: Field) -> impl Iterator<Item = usize> + '_ {
        self.columns
            .iter()
            .filter(move |(_, f, _)| *f == field)
            .map(|(c, _, _)| *c)
    }

    pub fn has(&self, field: Field) -> bool {
        self.columns_of(field).next().is_some()
    }

    /// Distinct fields mapped.
    pub fn field_count(&self) -> usize {
        let mut fields: Vec<Field> = self.columns.iter().map(|c| c.1).collect();
        fields.sort();
        fields.dedup();
        fields.len()
    }
}

/// Rows looked at for a header: title and filled-in-by rows come first,
/// rarely more than a handful.
const HEADER_SEARCH_ROWS: usize = 30;
/// A header names the person and at least this many fields in all.
const MIN_HEADER_FIELDS: usize = 3;

/// Maps one row as if it were the header.
pub fn header_of_row(row: &[Cell], index: usize) -> Header {
    let mut header = Header {
        row: index,
        ..Header::default()
    };
    for (col, cell) in row.iter().enumerate() {
        let text = cell.text();
        if text.is_empty() {
            continue;
        }
        match field_of(&text) {
            Some(f) => header.columns.push((col, f, text)),
            None => header.ignored.push(text),
        }
    }
    header
}

/// Finds the header: the first row among the first rows that names the
/// person (姓名) and enough other fields; the one naming most fields wins.
pub fn find_header(rows: &[Vec<Cell>]) -> Option<Header> {
    let mut best: Option<Header> = None;
    for (i, row) in rows.iter().take(HEADER_SEARCH_ROWS).enumerate() {
        let h = header_of_row(row, i);
        if !h.has(Field::Name) || h.field_count() < MIN_HEADER_FIELDS {
            continue;
        }
        if best
            .as_ref()
            .is_none_or(|b| h.field_count() > b.field_count())
        {
            best = Some(h);
        }
    }
    best
}

/// True when a data row repeats the header (a header printed again on every
/// page, or sheets pasted together).
pub fn is_repeated_header(row: &[Cell], header: &Header) -> bool {
    let again = header_of_row(row, header.row);
    again.has(Field::Name) && again.field_count() * 2 >= header.field_count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Cell {
        Cell::Text(s.into())
    }

    #[test]
    fn synonyms_and_hints_map_to_fields() {
        assert_eq!(field_of(" 姓 名 "), Some(Field::Name));
        assert_eq!(field_of("出生年月\n（年.月）"), Some(Field::Birth));
        assert_eq!(field_of("联系电话(手机)"), Some(Field::Phone));
        assert_eq!(field_of("学历"), Some(Field::Education));
        assert_eq!(field_of("职务"), Some(Field::UnitTitle));
        assert_eq!(field_of("小组职务"), Some(Field::Role));
        assert_eq!(field_of("所在小组"), Some(Field::Group));
        assert_eq!(field_of("身份证号"), None);
        assert_eq!(field_of("Name"), Some(Field::Name));
    }

    #[test]
    fn header_is_found_below_title_rows() {
        let rows = vec![
            vec![t("某某镇第十届人大代表花名册")],
            vec![t("填报单位：镇人大"), Cell::Empty, t("2026年1月")],
            vec![
                t("序号"),
                t("姓名"),
                t("性别"),
                t("出生年月"),
                t("身份证号"),
            ],
            vec![t("1"), t("张三"), t("男"), t("1975.03")],
        ];
        let h = find_header(&rows).unwrap();
        assert_eq!(h.row, 2);
        assert_eq!(h.columns_of(Field::Name).collect::<Vec<_>>(), vec![1]);
        assert_eq!(h.ignored, vec!["身份证号".to_string()]);
        assert!(is_repeated_header(&rows[2], &h));
        assert!(!is_repeated_header(&rows[3], &h));
    }

    #[test]
    fn a_sheet_without_a_name_column_has_no_header() {
        let rows = vec![vec![t("性别"), t("民族"), t("学历")]];
        assert_eq!(find_header(&rows), None);
    }
}
