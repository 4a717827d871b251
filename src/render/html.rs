//! Clean HTML: the article alone as plain semantic elements, no classes for layout, no
//! scripts or styles, every text escaped.

use super::{cells, groups, Group};
use crate::article::{Article, Block, BlockKind};

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
                    escape_text(&mut out, &item.text);
                    out.push_str("</li>\n");
                }
                out.push_str("</ul>\n");
            }
            Group::Table(rows) => {
                out.push_str("<table>\n<tbody>\n");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in cells(&row.text) {
                        out.push_str("<td>");
                        escape_text(&mut out, cell);
                        out.push_str("</td>");
                    }
                    out.push_str("</tr>\n");
                }
                out.push_str("</tbody>\n</table>\n");
            }
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

/// One block that is neither a list item nor a table row.
fn single(out: &mut String, block: &Block) {
    match block.kind {
        BlockKind::Heading => {
            let level = block.level.unwrap_or(2).clamp(2, 6);
            out.push_str(&format!("<h{level}>"));
            escape_text(out, &block.text);
            out.push_str(&format!("</h{level}>\n"));
        }
        BlockKind::Quote => {
            out.push_str("<blockquote><p>");
            escape_text(out, &block.text);
            out.push_str("</p></blockquote>\n");
        }
        BlockKind::Code => {
            // A newline right after <pre> is dropped by parsers: start the text on the same line.
            out.push_str("<pre><code>");
            escape(out, &block.text);
            out.push_str("</code></pre>\n");
        }
        // Paragraphs, and any kind added later, as a paragraph.
        _ => {
            out.push_str("<p>");
            escape_text(out, &block.text);
            out.push_str("</p>\n");
        }
    }
}

/// Text on one line, whitespace collapsed (the title and byline).
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Text with its line breaks as `<br>`.
fn escape_text(out: &mut String, text: &str) {
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push_str("<br>");
        }
        escape(out, line);
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
