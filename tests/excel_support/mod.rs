//! Hand-made messy rosters for the Excel tests, written the way real
//! 花名册 look: a merged title, a filled-in-by line, a header with stray
//! spaces and hints, a 序号 column, a group name merged down its members,
//! a date cell, numbers for phones, a blank row, a repeated header, a bad
//! row, a totals row and a signature line.

#![allow(dead_code)]

use std::path::Path;
use std::process::Output;

#[allow(unused_imports)]
pub use crate::support::chairdesk as run;

use chrono::NaiveDate;
use rust_xlsxwriter::{Format, Workbook};

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

const HEADER: [&str; 12] = [
    "序号",
    "姓  名",
    "性别",
    "民族",
    "出生年月\n（年.月）",
    "政治面貌",
    "学历",
    "工作单位及职务",
    "联系电话",
    "所在小组",
    "备注",
    "身份证号",
];

/// Writes the messy roster; row numbers as Excel shows them:
/// 1 title (merged), 2 filled-in-by, 3 header, 4-6 第一小组 (merged in
/// column J), 7 blank, 8 repeated header, 9 赵六, 10 钱七 without sex (bad),
/// 11 合计, 12 填表人.
pub fn messy_xlsx(path: &Path) {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet();
    let plain = Format::new();
    let date = Format::new().set_num_format("yyyy-mm-dd");
    ws.merge_range(0, 0, 0, 11, "某某镇第十届人民代表大会代表花名册", &plain)
        .unwrap();
    ws.write_string(1, 0, "填报单位：某某镇人大主席团　　填报日期：2026年1月")
        .unwrap();
    for (c, h) in HEADER.iter().enumerate() {
        ws.write_string(2, c as u16, *h).unwrap();
        ws.write_string(7, c as u16, *h).unwrap();
    }
    // Row 4: a date cell for the birth month, the phone as a number.
    ws.write_number(3, 0, 1.0).unwrap();
    ws.write_string(3, 1, " 张 三 ").unwrap();
    ws.write_string(3, 2, "男").unwrap();
    ws.write_string(3, 3, "汉").unwrap();
    ws.write_datetime_with_format(3, 4, NaiveDate::from_ymd_opt(1975, 3, 12).unwrap(), &date)
        .unwrap();
    ws.write_string(3, 5, "中共党员").unwrap();
    ws.write_string(3, 6, "大学本科").unwrap();
    ws.write_string(3, 7, "红旗村党支部书记").unwrap();
    ws.write_number(3, 8, 13812345678.0).unwrap();
    ws.merge_range(3, 9, 5, 9, "第一小组", &plain).unwrap();
    // Row 5: text birth month, a phone with spaces, resigned in the note.
    for (c, v) in [
        (0, "2"),
        (1, "李四\u{3000}"),
        (2, "女"),
        (3, "汉族"),
        (4, "1980.05"),
        (5, "群众"),
        (6, "高中"),
        (7, "某某镇卫生院护士"),
        (8, "139 0000 1111"),
        (10, "2026年1月辞职"),
        (11, "110101198005051234"),
    ] {
        ws.write_string(4, c, v).unwrap();
    }
    // Row 6: the birth month as a number, 回 for 回族.
    for (c, v) in [
        (1, "王五"),
        (2, "男"),
        (3, "回"),
        (5, "中共预备党员"),
        (6, "初中"),
        (7, "个体户"),
        (8, "0571-88886666"),
    ] {
        ws.write_string(5, c, v).unwrap();
    }
    ws.write_number(5, 0, 3.0).unwrap();
    ws.write_number(5, 4, 1968.11).unwrap();
    // Row 9: after a blank row and the header repeated on row 8.
    for (c, v) in [
        (0, "4"),
        (1, "赵六"),
        (2, "女"),
        (3, "汉族"),
        (4, "1990年7月"),
        (5, "共青团员"),
        (6, "硕士研究生"),
        (7, "某某中学教师"),
        (8, "13700001111"),
        (9, "第二小组"),
    ] {
        ws.write_string(8, c, v).unwrap();
    }
    // Row 10: no sex — a bad row.
    for (c, v) in [(0, "5"), (1, "钱七"), (4, "1971.09"), (9, "第二小组")] {
        ws.write_string(9, c, v).unwrap();
    }
    ws.merge_range(10, 0, 10, 11, "合计：5人", &plain).unwrap();
    ws.write_string(11, 0, "填表人：周主席").unwrap();
    wb.save(path).unwrap();
}

/// A roster as CSV in GBK, as Chinese Excel saves "CSV (逗号分隔)".
pub fn gbk_csv(path: &Path) {
    let text = "代表花名册\r\n序号,姓名,性别,出生年月,政治面貌,联系电话,代表小组,备注\r\n\
                1,孙 进峰,男,1964.12,中共党员,16623138705,第一组,\r\n\
                2,黄进保,男,1976/8,群众,18336517558,第一组,\r\n\
                ,,,,,,,\r\n\
                3,曾丽,女,1985-10-01,民盟盟员,13900000000,第二组,2025年11月3日调离\r\n\
                合计,3人,,,,,,\r\n";
    let (bytes, _, bad) = encoding_rs::GBK.encode(text);
    assert!(!bad);
    std::fs::write(path, bytes).unwrap();
}
