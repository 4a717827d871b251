//! CommonMark Markdown with GFM tables.
//!
//! Every piece of text is escaped so that a CommonMark parser reads it back as the same text:
//! the characters that open inline syntax (emphasis, code, links, HTML, entities, tables) are
//! backslash-escaped wherever they stand, and the characters that open a block (`#`, `>`, `-`,
//! `+`, `=`, `1.`) at the start of a line. A line break inside a block is a hard break (`\`
//! before the newline).

use super::{cells, groups, spans_within, Group};
use crate::article::{Article, Block, BlockKind, Span, SpanKind};

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
                    out.push_str(&marked_lines(item, "  "));
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
            if block.text.contains('\n') {
                out.push_str(&escape_line(&one_line(&block.text)));
            } else {
                out.push_str(&marked_line(&block.text, &block.spans, false));
            }
        }
        BlockKind::Quote => {
            out.push_str("> ");
            out.push_str(&marked_lines(block, "> "));
        }
        BlockKind::Image => {
            let (alt, src) = match &block.image {
                Some(image) => (image.alt.as_str(), image.src.as_str()),
                None => (block.text.as_str(), ""),
            };
            out.push_str("![");
            out.push_str(&escape_inline(&one_line(alt)));
            out.push_str("](");
            out.push_str(&destination(src, false));
            out.push(')');
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
        _ => out.push_str(&marked_lines(block, "")),
    }
    out.push('\n');
}

/// Consecutive table rows as one GFM table: the first row is the header (GFM has no table
/// without one), then the delimiter row; every row is padded to the widest row's cells.
fn table(out: &mut String, rows: &[Block]) {
    let rendered: Vec<Vec<String>> = rows
        .iter()
        .map(|row| {
            cells(row)
                .into_iter()
                .map(|(start, end, _)| {
                    let cell = row.text.get(start..end).unwrap_or("");
                    if cell.contains('\n') {
                        escape_line(&one_line(cell))
                    } else {
                        let spans = spans_within(&row.text, &row.spans, start, end);
                        marked_line(cell, &spans, true)
                    }
                })
                .collect()
        })
        .collect();
    let width = rendered.iter().map(Vec::len).max().unwrap_or(1).max(1);
    for (i, row) in rendered.iter().enumerate() {
        out.push('|');
        for column in 0..width {
            let cell = row.get(column).map_or("", String::as_str);
            out.push(' ');
            out.push_str(cell);
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

/// A block's text with its spans, its lines joined by hard breaks, every line after the first
/// prefixed with `prefix` (the list item's indent or the quote's marker). Empty lines are left
/// out: a blank line would end the block. A span that crosses a line break is left out.
fn marked_lines(block: &Block, prefix: &str) -> String {
    let mut out = String::new();
    let mut at = 0;
    let mut first = true;
    for raw in block.text.split('\n') {
        let start = at + (raw.len() - raw.trim_start().len());
        at += raw.len() + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        if !first {
            out.push_str("\\\n");
            out.push_str(prefix);
        }
        first = false;
        let spans = spans_within(&block.text, &block.spans, start, start + line.len());
        out.push_str(&marked_line(line, &spans, false));
    }
    out
}

/// One line of text escaped: inline syntax everywhere, block syntax at the line's start.
fn escape_line(line: &str) -> String {
    marked_line(line.trim(), &[], false)
}

/// Text escaped for inline content that starts no line (an image's alt text).
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        if INLINE_SPECIAL.contains(&c) || (c == '&' && entity_like(text.get(i + 1..).unwrap_or("")))
        {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// One line escaped (inline syntax everywhere, block syntax at the line's start), with its
/// spans as Markdown: `[text](url)`, `*emphasis*`, `**strong**`, `` `code` ``. A span that
/// a CommonMark parser would not read back as one (emphasis that could not open or close
/// where it stands) is left as plain text. In a table cell (`in_table`) a pipe in a link's
/// target is percent-encoded, and code holding a pipe stays plain text.
fn marked_line(line: &str, spans: &[Span], in_table: bool) -> String {
    let shift = line.len() - line.trim_start().len();
    let line = line.trim();
    let spans = usable_spans(line, spans, shift, in_table);
    // Markup to insert before the character at each position: closings, then openings.
    let mut inserts: Vec<(usize, u8, String)> = Vec::new();
    let mut literal: Vec<(usize, usize)> = Vec::new();
    for span in &spans {
        let (open, close) = match &span.kind {
            SpanKind::Link { href } => (
                "[".to_string(),
                format!("]({})", destination(href, in_table)),
            ),
            SpanKind::Emphasis => ("*".into(), "*".into()),
            SpanKind::Strong => ("**".into(), "**".into()),
            SpanKind::Code => {
                let code = line.get(span.start..span.end).unwrap_or("");
                let fence = "`".repeat(longest_run(code, '`') + 1);
                // A parser strips one space from each end when both ends have one (and the code
                // is not all spaces): pad with one then, and when a backtick is at an end.
                let spaced =
                    code.starts_with(' ') && code.ends_with(' ') && !code.chars().all(|c| c == ' ');
                let pad = if spaced || code.starts_with('`') || code.ends_with('`') {
                    " "
                } else {
                    ""
                };
                literal.push((span.start, span.end));
                (format!("{fence}{pad}"), format!("{pad}{fence}"))
            }
        };
        // Order at one position: closings (inner first) before openings (outer first).
        inserts.push((span.end, 0, close));
        inserts.push((span.start, 1, open));
    }
    // Stable sort keeps the spans' order for openings; closings at one position go in the
    // reverse order of their openings.
    let mut closings: Vec<(usize, u8, String)> = Vec::new();
    let mut openings: Vec<(usize, u8, String)> = Vec::new();
    for insert in inserts {
        if insert.1 == 0 {
            closings.push(insert);
        } else {
            openings.push(insert);
        }
    }
    closings.reverse();
    closings.sort_by_key(|c| c.0);
    openings.sort_by_key(|o| o.0);
    let mut out = String::with_capacity(line.len() + 8);
    // At the start: a list, heading, quote, thematic break or setext underline marker; "1. "
    // or "1) " opens an ordered list (the '.' or ')' after the digits is escaped).
    let mut escape_at = usize::MAX;
    if let Some(first) = line.chars().next() {
        if matches!(first, '-' | '+' | '=' | '#' | '>') {
            escape_at = 0;
        } else if first.is_ascii_digit() {
            let digits = line.bytes().take_while(u8::is_ascii_digit).count();
            if matches!(line.as_bytes().get(digits), Some(b'.' | b')')) {
                escape_at = digits;
            }
        }
    }
    // A heading's closing sequence: '#'s at the end after a space would be dropped.
    let closing_from = line.trim_end_matches('#').len().max(1);
    let (mut c_i, mut o_i) = (0, 0);
    let mut emit = |out: &mut String, at: usize| {
        while let Some((p, _, text)) = closings.get(c_i) {
            if *p != at {
                break;
            }
            out.push_str(text);
            c_i += 1;
        }
        while let Some((p, _, text)) = openings.get(o_i) {
            if *p != at {
                break;
            }
            out.push_str(text);
            o_i += 1;
        }
    };
    for (i, c) in line.char_indices() {
        emit(&mut out, i);
        let in_code = literal.iter().any(|&(s, e)| s <= i && i < e);
        // A `!` right before a link's `[` would make it an image.
        let bang = c == '!'
            && openings
                .iter()
                .any(|(p, _, text)| *p == i + 1 && text.starts_with('['));
        let escape = !in_code
            && (i == escape_at
                || bang
                || INLINE_SPECIAL.contains(&c)
                || (c == '&' && entity_like(line.get(i + 1..).unwrap_or("")))
                || (c == '#' && i >= closing_from));
        if escape {
            out.push('\\');
        }
        out.push(c);
    }
    emit(&mut out, line.len());
    out
}

/// The spans of a line (shifted by `shift`, the whitespace trimmed off its start) that render
/// as themselves: nothing nested in code, no code holding a pipe in a table cell, and
/// emphasis only where a CommonMark parser lets its delimiters open and close.
fn usable_spans(line: &str, spans: &[Span], shift: usize, in_table: bool) -> Vec<Span> {
    let mut kept: Vec<Span> = spans
        .iter()
        .filter(|s| s.start >= shift)
        .map(|s| Span::new(s.start - shift, s.end - shift, s.kind.clone()))
        .filter(|s| s.start < s.end && line.get(s.start..s.end).is_some())
        .collect();
    kept.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let codes: Vec<(usize, usize)> = kept
        .iter()
        .filter(|s| s.kind == SpanKind::Code)
        .map(|s| (s.start, s.end))
        .collect();
    kept.retain(|s| {
        let inside_code = codes
            .iter()
            .any(|&(a, b)| a <= s.start && s.end <= b && (a, b) != (s.start, s.end));
        let piped = in_table
            && s.kind == SpanKind::Code
            && line.get(s.start..s.end).is_some_and(|t| t.contains('|'));
        // Two code spans that touch would make one run of backticks.
        let touching = s.kind == SpanKind::Code && codes.iter().any(|&(_, b)| b == s.start);
        !inside_code && !piped && !touching
    });
    // Two emphasis spans whose delimiters would touch (`*a**b*`, `**a***b**`) make one
    // delimiter run, which CommonMark may pair otherwise: the later goes (`***a***`, the same
    // range in both kinds, is read as written).
    let emphasis = |s: &Span| matches!(s.kind, SpanKind::Emphasis | SpanKind::Strong);
    let mut placed: Vec<Span> = Vec::with_capacity(kept.len());
    for span in kept {
        let touches = emphasis(&span)
            && placed.iter().filter(|p| emphasis(p)).any(|p| {
                let same_range = (p.start, p.end) == (span.start, span.end);
                if same_range {
                    return p.kind == span.kind;
                }
                [p.start, p.end]
                    .iter()
                    .any(|b| *b == span.start || *b == span.end)
            });
        if !touches {
            placed.push(span);
        }
    }
    let mut kept = placed;
    // Emphasis delimiters must flank their text as CommonMark defines it (a left-flanking run
    // opens, a right-flanking one closes); markup of another span next to them counts as
    // punctuation. Dropping one span can change its neighbours': repeat until stable.
    for _ in 0..4 {
        let before = kept.len();
        let snapshot = kept.clone();
        let mut k = 0;
        kept.retain(|s| {
            let me = k;
            k += 1;
            if !matches!(s.kind, SpanKind::Emphasis | SpanKind::Strong) {
                return true;
            }
            // Markup written right before or after this span's delimiters: at its start,
            // closings and the openings of outer spans come before, the openings of inner
            // spans after; at its end, the closings of inner spans come before, those of
            // outer spans and all openings after.
            let others = || snapshot.iter().enumerate().filter(|(j, _)| *j != me);
            let open_before =
                others().any(|(j, o)| o.end == s.start || (o.start == s.start && j < me));
            let open_after = others().any(|(j, o)| o.start == s.start && j > me);
            let close_before = others().any(|(j, o)| o.end == s.end && j > me);
            let close_after = others().any(|(j, o)| o.start == s.end || (o.end == s.end && j < me));
            let text_before =
                |at: usize| Class::of(line.get(..at).and_then(|t| t.chars().next_back()));
            let text_after = |at: usize| Class::of(line.get(at..).and_then(|t| t.chars().next()));
            let markup_or = |markup: bool, class: Class| if markup { Class::Punct } else { class };
            let prev = markup_or(open_before, text_before(s.start));
            let first = markup_or(open_after, text_after(s.start));
            let last = markup_or(close_before, text_before(s.end));
            let next = markup_or(close_after, text_after(s.end));
            // Each delimiter run must be able to do its job only: an opening one that could
            // also close (or a closing one that could also open) may pair with another span's.
            // Inside a word (letters or digits on both sides) a run both opens and closes:
            // an opening one then pairs with any emphasis still open before it, so it may
            // stand only where none encloses it; a closing one pairs with its own opening
            // (the innermost still open: spans nest, and every other `*` is escaped).
            let enclosed = others().any(|(_, o)| {
                emphasis(o)
                    && o.start <= s.start
                    && s.end <= o.end
                    && (o.start, o.end) != (s.start, s.end)
            });
            let opens = match prev {
                Class::Space => first != Class::Space,
                Class::Punct => first == Class::Word,
                Class::Word => first == Class::Word && !enclosed,
                Class::Other => false,
            };
            let closes = match next {
                Class::Space => last != Class::Space,
                Class::Punct | Class::Word => last == Class::Word,
                Class::Other => false,
            };
            opens && closes
        });
        if kept.len() == before {
            break;
        }
    }
    kept
}

/// How a character next to an emphasis delimiter counts for CommonMark's flanking rules.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    /// Whitespace, or the line's edge.
    Space,
    /// ASCII punctuation (or markup).
    Punct,
    /// A letter or digit: never punctuation.
    Word,
    /// Anything else (symbols, marks): not known to be either.
    Other,
}

impl Class {
    fn of(c: Option<char>) -> Class {
        match c {
            None => Class::Space,
            Some(c) if c.is_whitespace() => Class::Space,
            Some(c) if c.is_ascii_punctuation() => Class::Punct,
            Some(c) if c.is_alphanumeric() => Class::Word,
            Some(_) => Class::Other,
        }
    }
}

/// A link or image target as a Markdown destination: as it is, or in pointy brackets when it
/// holds a space, parenthesis, angle bracket or backslash. In a table a pipe is
/// percent-encoded (GFM splits cells on pipes first).
fn destination(url: &str, in_table: bool) -> String {
    let url = if in_table {
        url.replace('|', "%7C")
    } else {
        url.to_string()
    };
    let plain = !url
        .chars()
        .any(|c| matches!(c, ' ' | '(' | ')' | '<' | '>' | '\\') || c.is_control());
    if plain && !url.is_empty() {
        return url;
    }
    let mut out = String::from("<");
    for c in url.chars() {
        if matches!(c, '<' | '>' | '\\') {
            out.push('\\');
        }
        if c.is_control() {
            out.push_str(&format!("%{:02X}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.push('>');
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

    fn span(start: usize, end: usize, kind: SpanKind) -> Span {
        Span::new(start, end, kind)
    }

    fn link(href: &str) -> SpanKind {
        SpanKind::Link { href: href.into() }
    }

    #[test]
    fn spans_become_markdown() {
        let text = "See the map, *now* and the code x|y.";
        let spans = [
            span(4, 11, link("https://a.example/m")),
            span(8, 11, SpanKind::Strong),
            span(13, 18, SpanKind::Emphasis),
            span(32, 35, SpanKind::Code),
        ];
        assert_eq!(
            marked_line(text, &spans, false),
            "See [the **map**](https://a.example/m), *\\*now\\** and the code `x|y`."
        );
        // In a table cell: no pipe in a code span, none raw in a link's target.
        assert_eq!(
            marked_line(
                "a|b c",
                &[span(0, 3, SpanKind::Code), span(4, 5, link("/p|q"))],
                true
            ),
            "a\\|b [c](/p%7Cq)"
        );
        // Targets with spaces or parentheses go in pointy brackets.
        assert_eq!(destination("/a b(c)", false), "</a b(c)>");
        assert_eq!(destination("/<x>\\", false), "</\\<x\\>\\\\>");
        // A `!` before a link stays text.
        assert_eq!(
            marked_line("!x", &[span(1, 2, link("/u"))], false),
            "\\![x](/u)"
        );
        // Code holding backticks, or spaces at both ends.
        assert_eq!(
            marked_line("a`b", &[span(0, 3, SpanKind::Code)], false),
            "``a`b``"
        );
        assert_eq!(
            marked_line("`a", &[span(0, 2, SpanKind::Code)], false),
            "`` `a ``"
        );
    }

    #[test]
    fn emphasis_only_where_it_pairs_back() {
        // Inside a word, in Korean and English: a run both opens and closes, which is fine
        // where no other emphasis is open.
        assert_eq!(
            marked_line("보합세를 보였다", &[span(0, 9, SpanKind::Strong)], false),
            "**보합세**를 보였다"
        );
        assert_eq!(
            marked_line("unbelievable", &[span(2, 8, SpanKind::Emphasis)], false),
            "un*believ*able"
        );
        // Before punctuation after a letter, the run cannot open: left as text.
        assert_eq!(
            marked_line("a(b)", &[span(1, 4, SpanKind::Emphasis)], false),
            "a(b)"
        );
        // Touching runs of the same kind would merge: the later goes.
        assert_eq!(
            marked_line(
                "ab",
                &[
                    span(0, 1, SpanKind::Emphasis),
                    span(1, 2, SpanKind::Emphasis)
                ],
                false
            ),
            "*a*b"
        );
        // The same range in both kinds is read as written.
        assert_eq!(
            marked_line(
                "a",
                &[span(0, 1, SpanKind::Emphasis), span(0, 1, SpanKind::Strong)],
                false
            ),
            "***a***"
        );
        // A symbol next to a delimiter is not known to be punctuation or not: left as text.
        assert_eq!(
            marked_line("a€b", &[span(1, 5, SpanKind::Strong)], false),
            "a€b"
        );
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
