//! Clean HTML: the article alone as plain semantic elements, no classes for layout, no
//! scripts or styles, every text escaped.

use super::{cells, groups, is_header_row, spans_within, Group};
use crate::article::{Article, Block, BlockKind, Span, SpanKind};

/// Renders the article as an `<article>` fragment (see [`Article::to_html`]).
pub(crate) fn fragment(article: &Article) -> String {
    let mut out = String::new();
    out.push_str("<article");
    if let Some(lang) = &article.lang {
        out.push_str(" lang=\"");
        escape(&mut out, lang);
        out.push('"');
    }
    out.push_str(">\n");
    let has_header =
        article.title.is_some() || article.byline.is_some() || article.published.is_some();
    if has_header {
        out.push_str("<header>\n");
        if let Some(title) = &article.title {
            out.push_str("<h1>");
            escape(&mut out, &one_line(title));
            out.push_str("</h1>\n");
        }
        if let Some(byline) = &article.byline {
            out.push_str("<p class=\"byline\">");
            escape(&mut out, &one_line(byline));
            out.push_str("</p>\n");
        }
        if let Some(published) = &article.published {
            out.push_str("<p><time datetime=\"");
            escape(&mut out, published);
            out.push_str("\">");
            escape(&mut out, &one_line(published));
            out.push_str("</time></p>\n");
        }
        out.push_str("</header>\n");
    }
    for group in groups(&article.body) {
        match group {
            Group::Single(block) => single(&mut out, block),
            Group::List(items) => {
                out.push_str("<ul>\n");
                for item in items {
                    out.push_str("<li>");
                    marked(&mut out, &item.text, &item.spans);
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
            Group::Table(rows) => table(&mut out, rows),
        }
    }
    out.push_str("</article>\n");
    out
}

/// The fragment in a complete UTF-8 document titled with the headline (see
/// [`Article::to_html_document`]).
pub(crate) fn document(article: &Article) -> String {
    let mut out = String::from("<!DOCTYPE html>\n<html");
    if let Some(lang) = &article.lang {
        out.push_str(" lang=\"");
        escape(&mut out, lang);
        out.push('"');
    }
    out.push_str(">\n<head>\n<meta charset=\"utf-8\">\n<title>");
    escape(&mut out, article.title.as_deref().unwrap_or(""));
    out.push_str("</title>\n</head>\n<body>\n");
    out.push_str(&fragment(article));
    out.push_str("</body>\n</html>\n");
    out
}

/// Consecutive table rows as one table: the leading rows whose cells are all header cells in
/// `<thead>`, the rest in `<tbody>`.
fn table(out: &mut String, rows: &[Block]) {
    let head = rows.iter().take_while(|r| is_header_row(r)).count();
    out.push_str("<table>\n");
    for (i, row) in rows.iter().enumerate() {
        if i == 0 && head > 0 {
            out.push_str("<thead>\n");
        }
        if i == head {
            out.push_str("<tbody>\n");
        }
        out.push_str("<tr>");
        for (start, end, header) in cells(row) {
            let tag = if header { "th" } else { "td" };
            out.push_str(&format!("<{tag}>"));
            let cell = row.text.get(start..end).unwrap_or("");
            marked(out, cell, &spans_within(&row.text, &row.spans, start, end));
            out.push_str(&format!("</{tag}>"));
        }
        out.push_str("</tr>\n");
        if i + 1 == head {
            out.push_str("</thead>\n");
        }
    }
    if head < rows.len() {
        out.push_str("</tbody>\n");
    }
    out.push_str("</table>\n");
}

/// One block that is neither a list item nor a table row.
fn single(out: &mut String, block: &Block) {
    match block.kind {
        BlockKind::Heading => {
            let level = block.level.unwrap_or(2).clamp(2, 6);
            out.push_str(&format!("<h{level}>"));
            marked(out, &block.text, &block.spans);
            out.push_str(&format!("</h{level}>\n"));
        }
        BlockKind::Quote => {
            out.push_str("<blockquote><p>");
            marked(out, &block.text, &block.spans);
            out.push_str("</p></blockquote>\n");
        }
        BlockKind::Code => {
            // A newline right after <pre> is dropped by parsers: start the text on the same line.
            out.push_str("<pre><code>");
            escape(out, &block.text);
            out.push_str("</code></pre>\n");
        }
        BlockKind::Image => {
            out.push_str("<figure><img src=\"");
            let (src, alt) = block.image.as_ref().map_or(("", block.text.as_str()), |i| {
                (i.src.as_str(), i.alt.as_str())
            });
            escape(out, src);
            out.push_str("\" alt=\"");
            escape(out, &one_line(alt));
            out.push_str("\"></figure>\n");
        }
        // Paragraphs, and any kind added later, as a paragraph.
        _ => {
            out.push_str("<p>");
            marked(out, &block.text, &block.spans);
            out.push_str("</p>\n");
        }
    }
}

/// Text on one line, whitespace collapsed (the title and byline).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with its line breaks as `<br>` and its spans as `<a href>`, `<em>`, `<strong>` and
/// `<code>` (spans nest or stand apart, as [`Block::spans`] promises; one that crosses
/// another is left out).
fn marked(out: &mut String, text: &str, spans: &[Span]) {
    let mut open: Vec<&Span> = Vec::new();
    let mut kept: Vec<&Span> = Vec::new();
    for span in spans {
        open.retain(|o| o.end > span.start);
        let fits = text.get(span.start..span.end).is_some() && span.start < span.end;
        if fits && open.last().is_none_or(|o| span.end <= o.end) {
            open.push(span);
            kept.push(span);
        }
    }
    let mut stack: Vec<&Span> = Vec::new();
    let mut next = 0;
    let close = |out: &mut String, span: &Span| {
        out.push_str(match span.kind {
            SpanKind::Link { .. } => "</a>",
            SpanKind::Emphasis => "</em>",
            SpanKind::Strong => "</strong>",
            SpanKind::Code => "</code>",
        });
    };
    for (i, c) in text
        .char_indices()
        .chain(std::iter::once((text.len(), '\0')))
    {
        while stack.last().is_some_and(|s| s.end <= i) {
            if let Some(span) = stack.pop() {
                close(out, span);
            }
        }
        while let Some(span) = kept.get(next).filter(|s| s.start <= i) {
            next += 1;
            match &span.kind {
                SpanKind::Link { href } => {
                    out.push_str("<a href=\"");
                    escape(out, href);
                    out.push_str("\">");
                }
                SpanKind::Emphasis => out.push_str("<em>"),
                SpanKind::Strong => out.push_str("<strong>"),
                SpanKind::Code => out.push_str("<code>"),
            }
            stack.push(span);
        }
        if i == text.len() {
            break;
        }
        match c {
            '\n' => out.push_str("<br>"),
            _ => {
                let mut buf = [0u8; 4];
                escape(out, c.encode_utf8(&mut buf));
            }
        }
    }
    while let Some(span) = stack.pop() {
        close(out, span);
    }
}

/// Text or an attribute value escaped (the explain page uses it too).
pub(crate) fn escape(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            // Control characters other than whitespace are not allowed in HTML text.
            c if c.is_control() && !c.is_ascii_whitespace() => out.push('\u{FFFD}'),
            _ => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Status;

    #[test]
    fn every_text_is_escaped() {
        let mut a = Article::empty(Status::Article);
        a.title = Some("<script>alert(1)</script>".into());
        a.body
            .push(Block::new(BlockKind::Paragraph, "a < b & \"c\"\nd"));
        let html = fragment(&a);
        assert!(!html.contains("<script>"), "{html}");
        assert!(
            html.contains("<p>a &lt; b &amp; &quot;c&quot;<br>d</p>"),
            "{html}"
        );
    }

    #[test]
    fn consecutive_items_and_rows_are_grouped() {
        let mut a = Article::empty(Status::Article);
        a.body.push(Block::new(BlockKind::ListItem, "one"));
        a.body.push(Block::new(BlockKind::ListItem, "two"));
        a.body.push(Block::new(BlockKind::TableRow, "a | b"));
        a.body.push(Block::new(BlockKind::TableRow, "c | d"));
        let html = fragment(&a);
        assert_eq!(html.matches("<ul>").count(), 1, "{html}");
        assert_eq!(html.matches("<table>").count(), 1, "{html}");
        assert!(html.contains("<tr><td>c</td><td>d</td></tr>"), "{html}");
    }
}
