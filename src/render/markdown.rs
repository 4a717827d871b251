//! CommonMark Markdown with GFM tables.
//!
//! Every piece of text is escaped so that a CommonMark parser reads it back as the same text:
//! the characters that open inline syntax (emphasis, code, links, HTML, entities, tables) are
//! backslash-escaped wherever they stand, and the characters that open a block (`#`, `>`, `-`,
//! `+`, `=`, `1.`) at the start of a line. A line break inside a block is a hard break (`\`
//! before the newline).

use super::{cells, groups, Group};
use crate::article::{Article, Block, BlockKind};

/// Characters escaped wherever they stand: `\` itself and everything that can open inline
/// syntax (emphasis, code spans, links, raw HTML, autolinks) or end a GFM table cell. `&` is
/// escaped only where it could start an entity reference ([`entity_like`]).
const INLINE_SPECIAL: &[char] = &['\\', '`', '*', '_', '[', ']', '<', '|', '~'];

/// Renders the article (see [`Article::to_markdown`]).
pub(crate) fn render(article: &Article) -> String {
    let mut out = String::new();
    if let Some(title) = &article.title {
        out.push_str("# ");
        out.push_str(&escape_line(&one_line(title)));
        out.push_str("\n\n");
    }
    // The byline and date as shown under a headline, when the page gives them.
    let dateline: Vec<&str> = [article.byline.as_deref(), article.published.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    if !dateline.is_empty() {
        out.push('_');
        out.push_str(&escape_line(&one_line(&dateline.join(" · "))));
        out.push_str("_\n\n");
    }
    for (i, group) in groups(&article.body).into_iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        match group {
            Group::Single(block) => single(&mut out, block),
            Group::List(items) => {
                for item in items {
                    out.push_str("- ");
                    out.push_str(&escape_lines(&item.text, "  "));
                    out.push('\n');
                }
            }
            Group::Table(rows) => table(&mut out, rows),
        }
    }
    out
}

/// One block that is neither a list item nor a table row.
fn single(out: &mut String, block: &Block) {
    match block.kind {
        BlockKind::Heading => {
            let level = usize::from(block.level.unwrap_or(2).clamp(1, 6));
            out.push_str(&"#".repeat(level));
            out.push(' ');
            out.push_str(&escape_line(&one_line(&block.text)));
        }
        BlockKind::Quote => {
            out.push_str("> ");
            out.push_str(&escape_lines(&block.text, "> "));
        }
        BlockKind::Code => {
            let fence = "`".repeat(longest_run(&block.text, '`').max(2) + 1);
            out.push_str(&fence);
            out.push('\n');
            for line in block.text.lines() {
                out.push_str(line);
                out.push('\n');
            }
            out.push_str(&fence);
        }
        // Paragraphs, and any kind added later, as a paragraph.
        _ => out.push_str(&escape_lines(&block.text, "")),
    }
    out.push('\n');
}

/// Consecutive table rows as one GFM table: the first row is the header (GFM has no table
/// without one), then the delimiter row; every row is padded to the widest row's cells.
fn table(out: &mut String, rows: &[Block]) {
    let rows: Vec<Vec<&str>> = rows.iter().map(|r| cells(&r.text)).collect();
    let width = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for (i, row) in rows.iter().enumerate() {
        out.push('|');
        for column in 0..width {
            let cell = row.get(column).copied().unwrap_or("");
            out.push(' ');
            out.push_str(&escape_line(&one_line(cell)));
            out.push_str(" |");
        }
        out.push('\n');
        if i == 0 {
            out.push('|');
            out.push_str(&" --- |".repeat(width));
            out.push('\n');
        }
    }
}

/// The text on one line: line breaks become spaces (headings and table cells are one line).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The longest run of `c` in `text`.
fn longest_run(text: &str, c: char) -> usize {
    let (mut best, mut run) = (0, 0);
    for ch in text.chars() {
        if ch == c {
            run += 1;
            best = best.max(run);
        } else {
            run = 0;
        }
    }
    best
}

/// A block's text, its lines joined by hard breaks, every line after the first prefixed with
/// `prefix` (the list item's indent or the quote's marker). Empty lines are left out: a blank
/// line would end the block.
fn escape_lines(text: &str, prefix: &str) -> String {
    let mut out = String::new();
    let lines = text.split('\n').map(str::trim).filter(|l| !l.is_empty());
    for (i, line) in lines.enumerate() {
        if i > 0 {
            out.push_str("\\\n");
            out.push_str(prefix);
        }
        out.push_str(&escape_line(line));
    }
    out
}

/// One line of text escaped: inline syntax everywhere, block syntax at the line's start.
fn escape_line(line: &str) -> String {
    let line = line.trim();
    let mut out = String::with_capacity(line.len() + 8);
    let mut rest = line;
    // At the start: a list, heading, quote, thematic break or setext underline marker.
    if let Some(first) = line.chars().next() {
        if matches!(first, '-' | '+' | '=' | '#' | '>') {
            out.push('\\');
            out.push(first);
            rest = line.get(first.len_utf8()..).unwrap_or("");
        } else if first.is_ascii_digit() {
            // "1. " or "1) " opens an ordered list: escape the '.' or ')' after the digits.
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            if matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
                out.push_str(line.get(..digits).unwrap_or(""));
                out.push('\\');
                rest = line.get(digits..).unwrap_or("");
            }
        }
    }
    // A heading's closing sequence: '#'s at the end after a space would be dropped.
    let closing = rest.len() - rest.trim_end_matches('#').len();
    let closing_from = if closing > 0 {
        rest.len() - closing
    } else {
        usize::MAX
    };
    for (i, c) in rest.char_indices() {
        let escape = INLINE_SPECIAL.contains(&c)
            || (c == '&' && entity_like(rest.get(i + 1..).unwrap_or("")))
            || (c == '#' && i >= closing_from);
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// Whether the text after a `&` could make it an entity or numeric character reference
/// (`&amp;`, `&#169;`, `&#x1F600;`): a name of letters, digits or `#` closed by `;`.
fn entity_like(after: &str) -> bool {
    let name = after
        .bytes()
        .take(33)
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name > 0 && after.as_bytes().get(name) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_markers_at_line_start_are_escaped() {
        assert_eq!(escape_line("# of votes"), "\\# of votes");
        assert_eq!(escape_line("1. This line"), "1\\. This line");
        assert_eq!(escape_line("2026) was"), "2026\\) was");
        assert_eq!(escape_line("- dash"), "\\- dash");
        assert_eq!(escape_line("+ plus"), "\\+ plus");
        assert_eq!(escape_line("> quoted"), "\\> quoted");
        assert_eq!(escape_line("==="), "\\===");
        assert_eq!(escape_line("2026 was"), "2026 was");
        assert_eq!(escape_line("a - b"), "a - b");
    }

    #[test]
    fn inline_syntax_is_escaped() {
        assert_eq!(escape_line("*full* _x_"), "\\*full\\* \\_x\\_");
        assert_eq!(
            escape_line("`a` [b](c) <d> &amp; AT&T"),
            "\\`a\\` \\[b\\](c) \\<d> \\&amp; AT&T"
        );
        assert_eq!(escape_line("## Item #"), "\\## Item \\#");
        assert_eq!(escape_line("C# and F#x"), "C# and F#x");
        assert_eq!(escape_line("###"), "\\#\\#\\#");
        assert_eq!(escape_line("| a | b"), "\\| a \\| b");
        assert_eq!(escape_line("C:\\dir"), "C:\\\\dir");
    }

    #[test]
    fn code_fence_outruns_backticks() {
        assert_eq!(longest_run("a ```` b", '`'), 4);
        let mut out = String::new();
        single(&mut out, &Block::new(BlockKind::Code, "x ```` y"));
        assert!(out.starts_with("`````\n"), "{out}");
    }

    #[test]
    fn table_has_header_delimiter_and_padding() {
        let mut out = String::new();
        let rows = [
            Block::new(BlockKind::TableRow, "Team | Wins"),
            Block::new(BlockKind::TableRow, "A|B | 3 | extra"),
            Block::new(BlockKind::TableRow, "C"),
        ];
        table(&mut out, &rows);
        assert_eq!(
            out,
            "| Team | Wins |  |\n| --- | --- | --- |\n| A\\|B | 3 | extra |\n| C |  |  |\n"
        );
    }
}
