//! A document as one self-contained HTML page that prints on A4 from any
//! browser (table headers repeat on each printed page).

use super::doc::{Block, Doc};

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\n' => out.push_str("<br>"),
            _ => out.push(c),
        }
    }
    out
}

pub fn to_html(doc: &Doc) -> String {
    let orientation = if doc.landscape {
        "landscape"
    } else {
        "portrait"
    };
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">\
         <title>{title}</title>\n<style>\
         @page {{ size: A4 {orientation}; margin: 15mm; }}\
         body {{ font-family: \"SimSun\", \"Songti SC\", \"Noto Serif CJK SC\", serif; font-size: 11pt; margin: 0 auto; max-width: 1100px; }}\
         h1 {{ text-align: center; font-size: 18pt; margin: 0 0 4pt; }}\
         .sub {{ text-align: center; margin: 0 0 8pt; }}\
         h2 {{ font-size: 13pt; margin: 12pt 0 4pt; }}\
         table {{ border-collapse: collapse; width: 100%; margin: 4pt 0; page-break-inside: auto; }}\
         thead {{ display: table-header-group; }}\
         tr {{ page-break-inside: avoid; }}\
         th, td {{ border: 1px solid #000; padding: 2pt 4pt; vertical-align: top; }}\
         th {{ background: #eee; }}\
         td.n {{ text-align: right; }}\
         th.k {{ width: 20%; text-align: left; }}\
         p {{ text-indent: 2em; line-height: 1.6; }}\
         .sign {{ text-align: right; margin-top: 16pt; line-height: 1.8; }}\
         </style></head><body>\n<h1>{title}</h1>\n",
        title = esc(&doc.title)
    );
    for s in &doc.subtitle {
        out.push_str(&format!("<div class=\"sub\">{}</div>\n", esc(s)));
    }
    for block in &doc.blocks {
        match block {
            Block::Heading(s) => out.push_str(&format!("<h2>{}</h2>\n", esc(s))),
            Block::Text(s) => out.push_str(&format!("<p>{}</p>\n", esc(s))),
            Block::Sign(lines) => {
                let body: Vec<String> = lines.iter().map(|l| esc(l)).collect();
                out.push_str(&format!(
                    "<div class=\"sign\">{}</div>\n",
                    body.join("<br>")
                ));
            }
            Block::Fields(fields) => {
                out.push_str("<table>\n");
                for (k, v) in fields {
                    out.push_str(&format!(
                        "<tr><th class=\"k\">{}</th><td>{}</td></tr>\n",
                        esc(k),
                        esc(v)
                    ));
                }
                out.push_str("</table>\n");
            }
            Block::Table(t) => {
                out.push_str("<table>\n<thead><tr>");
                for c in &t.columns {
                    out.push_str(&format!("<th>{}</th>", esc(c)));
                }
                out.push_str("</tr></thead>\n<tbody>\n");
                for row in &t.rows {
                    out.push_str("<tr>");
                    for (i, v) in row.iter().enumerate() {
                        let class = if t.numeric.get(i) == Some(&true) {
                            " class=\"n\""
                        } else {
                            ""
                        };
                        out.push_str(&format!("<td{class}>{}</td>", esc(v)));
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody></table>\n");
            }
        }
    }
    out.push_str("</body></html>\n");
    out
}
