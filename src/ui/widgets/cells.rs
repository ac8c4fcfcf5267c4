//! Text measured in terminal cells. A Chinese character takes two cells, so
//! every width here is in display cells (unicode-width), never chars or bytes.
//!
//! Widths are summed per character so that measuring ([`width`]), cutting
//! ([`truncate`], [`pad`], [`wrap`]) and drawing ([`put`]) always agree.

use std::borrow::Cow;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthChar;

/// Marks text that was cut short.
pub const ELLIPSIS: char = '…';

/// How text sits in a column wider than itself.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Align {
    #[default]
    Left,
    Right,
    Center,
}

/// Display cells of one character: 2 for CJK, 0 for combining marks and
/// control characters.
pub fn char_width(c: char) -> usize {
    if c.is_control() {
        0
    } else {
        c.width().unwrap_or(0)
    }
}

/// Display cells of a string.
pub fn width(s: &str) -> usize {
    s.chars().map(char_width).sum()
}

/// Cuts `s` to at most `max` cells, ending with '…' when anything was cut.
/// Never splits a character: a wide character that does not fit is left out,
/// so the result may be one cell shorter than `max`.
pub fn truncate(s: &str, max: usize) -> Cow<'_, str> {
    if width(s) <= max {
        return Cow::Borrowed(s);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let budget = max - 1; // one cell for the ellipsis
    let mut used = 0;
    let mut out = String::new();
    for c in s.chars() {
        let w = char_width(c);
        if used + w > budget {
            break;
        }
        used += w;
        out.push(c);
    }
    out.push(ELLIPSIS);
    Cow::Owned(out)
}

/// `s` truncated to `w` cells, then padded with spaces to exactly `w` cells.
pub fn pad(s: &str, w: usize, align: Align) -> String {
    let t = truncate(s, w);
    let gap = w.saturating_sub(width(&t));
    let (left, right) = match align {
        Align::Left => (0, gap),
        Align::Right => (gap, 0),
        Align::Center => (gap / 2, gap - gap / 2),
    };
    let mut out = String::with_capacity(t.len() + gap);
    out.extend(std::iter::repeat_n(' ', left));
    out.push_str(&t);
    out.extend(std::iter::repeat_n(' ', right));
    out
}

/// A `width` x `height` rectangle centred in `area`, never larger than it.
pub fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let w = width.min(area.width);
    let h = height.min(area.height);
    Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    )
}

/// Wraps text into lines of at most `width` cells. Chinese text breaks
/// between any two characters; latin words break at spaces (a word longer
/// than a line is cut). `\n` starts a new line.
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    if width == 0 {
        return lines;
    }
    for para in text.split('\n') {
        wrap_paragraph(para.trim_end_matches('\r'), width, &mut lines);
    }
    lines
}

fn wrap_paragraph(para: &str, width: usize, lines: &mut Vec<String>) {
    let mut line = String::new();
    let mut line_w = 0;
    for token in tokens(para) {
        let tw = self::width(token);
        if token.chars().all(char::is_whitespace) {
            // Spaces never start a wrapped line and may hang past the edge.
            if line_w > 0 && line_w + tw <= width {
                line.push_str(token);
                line_w += tw;
            }
            continue;
        }
        if line_w + tw > width && line_w > 0 {
            lines.push(line.trim_end().to_string());
            line.clear();
            line_w = 0;
        }
        if tw <= width {
            line.push_str(token);
            line_w += tw;
            continue;
        }
        // A word longer than a whole line: cut it by characters.
        for c in token.chars() {
            let cw = char_width(c);
            if line_w + cw > width && line_w > 0 {
                lines.push(std::mem::take(&mut line));
                line_w = 0;
            }
            line.push(c);
            line_w += cw;
        }
    }
    lines.push(line.trim_end().to_string());
}

/// Splits into runs of spaces, runs of narrow non-space characters (latin
/// words) and single wide characters (which may break anywhere).
fn tokens(s: &str) -> Vec<&str> {
    #[derive(PartialEq, Clone, Copy)]
    enum Kind {
        Space,
        Word,
        Wide,
    }
    let kind = |c: char| {
        if c.is_whitespace() {
            Kind::Space
        } else if char_width(c) >= 2 {
            Kind::Wide
        } else {
            Kind::Word
        }
    };
    let mut out = Vec::new();
    let mut start = 0;
    let mut prev: Option<Kind> = None;
    for (i, c) in s.char_indices() {
        let k = kind(c);
        // Zero-width marks stay with the character before them.
        let joins = char_width(c) == 0 && !c.is_whitespace() && prev.is_some();
        let breaks = match prev {
            Some(p) => !joins && (k != p || k == Kind::Wide),
            None => false,
        };
        if breaks {
            out.push(&s[start..i]);
            start = i;
        }
        if !joins {
            prev = Some(k);
        }
    }
    if start < s.len() {
        out.push(&s[start..]);
    }
    out
}

/// Draws `s` at (x, y) in at most `max` cells, clipped to the buffer. Wide
/// characters take two cells; one that would straddle the edge is left out.
/// Control characters are skipped. Returns the number of cells used.
pub fn put(buf: &mut Buffer, x: u16, y: u16, s: &str, max: usize, style: Style) -> usize {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return 0;
    }
    let limit = max.min(usize::from(area.right() - x));
    let mut used = 0;
    let mut last: Option<u16> = None;
    for c in s.chars() {
        if c.is_control() {
            continue;
        }
        let w = char_width(c);
        if w == 0 {
            // Combining mark: join it to the character just drawn.
            if let Some(lx) = last {
                let cell = &mut buf[(lx, y)];
                let sym = format!("{}{c}", cell.symbol());
                cell.set_symbol(&sym);
            }
            continue;
        }
        if used + w > limit {
            break;
        }
        let cx = x + used as u16;
        buf[(cx, y)].set_char(c).set_style(style);
        for i in 1..w {
            let hidden = &mut buf[(cx + i as u16, y)];
            hidden.reset();
            hidden.set_style(style);
        }
        last = Some(cx);
        used += w;
    }
    used
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn width_counts_cells() {
        assert_eq!(width(""), 0);
        assert_eq!(width("abc"), 3);
        assert_eq!(width("张三"), 4);
        assert_eq!(width("张三 Li"), 7);
        assert_eq!(width("（无记录）"), 10);
        assert_eq!(width("a\u{0301}"), 1);
    }

    #[test]
    fn truncate_fits_untouched() {
        assert!(matches!(truncate("张三", 4), Cow::Borrowed("张三")));
        assert_eq!(truncate("abc", 5), "abc");
    }

    #[test]
    fn truncate_cuts_with_ellipsis() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("张三丰", 5), "张三…");
        assert_eq!(truncate("张a三丰", 5), "张a…");
        assert_eq!(truncate("abc", 1), "…");
        assert_eq!(truncate("abc", 0), "");
    }

    #[test]
    fn truncate_leaves_out_a_wide_char_that_does_not_fit() {
        // Three cells for text: 张 fits, 三 would need a fourth.
        assert_eq!(truncate("张三丰", 4), "张…");
        assert_eq!(width(&truncate("张三丰", 4)), 3);
        assert_eq!(truncate("张三", 2), "…");
        assert!(!truncate("张三丰", 4).contains(' '));
    }

    #[test]
    fn pad_aligns_to_exact_width() {
        assert_eq!(pad("张三", 6, Align::Left), "张三  ");
        assert_eq!(pad("张三", 6, Align::Right), "  张三");
        assert_eq!(pad("张三", 7, Align::Center), " 张三  ");
        assert_eq!(pad("张三丰", 4, Align::Left), "张… ");
        assert_eq!(width(&pad("张三丰abc", 5, Align::Right)), 5);
        assert_eq!(pad("x", 0, Align::Left), "");
    }

    #[test]
    fn centered_is_clamped() {
        let area = Rect::new(10, 5, 40, 10);
        assert_eq!(centered(area, 20, 4), Rect::new(20, 8, 20, 4));
        assert_eq!(centered(area, 100, 100), area);
        assert_eq!(centered(Rect::new(0, 0, 0, 0), 5, 5), Rect::new(0, 0, 0, 0));
    }

    #[test]
    fn wrap_breaks_chinese_anywhere() {
        assert_eq!(
            wrap("确定删除代表张三吗", 8),
            vec!["确定删除", "代表张三", "吗"]
        );
        assert_eq!(
            wrap("确定删除代表张三吗", 7),
            vec!["确定删", "除代表", "张三吗"]
        );
    }

    #[test]
    fn wrap_breaks_latin_at_spaces() {
        assert_eq!(
            wrap("delete the deputy now", 10),
            vec!["delete the", "deputy now"]
        );
        assert_eq!(wrap("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
    }

    #[test]
    fn wrap_mixed_and_newlines() {
        let lines = wrap("删除 Zhang San 的记录？\n不能撤销。", 12);
        assert_eq!(lines, vec!["删除 Zhang", "San 的记录？", "不能撤销。"]);
        for l in &lines {
            assert!(width(l) <= 12);
        }
        assert_eq!(wrap("", 5), vec![""]);
        assert!(wrap("abc", 0).is_empty());
    }

    #[test]
    fn put_draws_wide_chars_and_clips() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 5, 1));
        let used = put(&mut buf, 0, 0, "张三丰", 10, Style::default());
        assert_eq!(used, 4);
        assert_eq!(buf[(0, 0)].symbol(), "张");
        assert_eq!(buf[(2, 0)].symbol(), "三");
        assert_eq!(buf[(4, 0)].symbol(), " ");
        assert_eq!(put(&mut buf, 9, 0, "x", 1, Style::default()), 0);
        assert_eq!(put(&mut buf, 0, 3, "x", 1, Style::default()), 0);
    }
}
