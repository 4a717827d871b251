//! What a block carries beyond its text for the output options: inline spans (links,
//! emphasis, strong, code), table cells and the images that stand before it. The walk records
//! them as byte offsets into the text it gathers; [`Extra::finish`] maps them onto the block's
//! tidied text, and [`Extra::to_block`] onto the text the later steps left (a prefix or suffix
//! split off).

use crate::article::{Cell, Image, Span, SpanKind};

/// A block's structure beyond its text.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Extra {
    /// The block's text when the walk made it: offsets below are into it.
    pub source: String,
    pub spans: Vec<Span>,
    pub cells: Vec<Cell>,
    /// Images of the body that stand before the block (or inside it), in document order.
    pub images: Vec<Image>,
}

impl Extra {
    /// Whether there is nothing to carry.
    pub(crate) fn is_empty(&self) -> bool {
        self.spans.is_empty() && self.cells.is_empty() && self.images.is_empty()
    }

    /// Maps offsets into `raw` (the walk's buffer) onto `text`, which is `raw` with some
    /// whitespace deleted and perhaps cut short, and keeps `text` as the source.
    pub(crate) fn finish(&mut self, raw: &str, text: &str) {
        if !self.spans.is_empty() || !self.cells.is_empty() {
            let map = offset_map(raw, text);
            let at = |o: usize| map.get(o).copied().unwrap_or(text.len()).min(text.len());
            for span in &mut self.spans {
                span.start = at(span.start);
                span.end = at(span.end);
            }
            for cell in &mut self.cells {
                cell.start = at(cell.start);
                cell.end = at(cell.end);
            }
        }
        self.source = text.to_string();
        tidy_spans(&mut self.spans, text);
        for cell in &mut self.cells {
            let inner = text.get(cell.start..cell.end).unwrap_or("");
            let lead = inner.len() - inner.trim_start().len();
            cell.start = (cell.start + lead).min(text.len());
            cell.end = (cell.start + inner.trim().len()).min(text.len());
        }
    }

    /// The spans and cells over `text`, the block's final text: the source itself, or a part
    /// of it (a prefix or suffix split off by a later step). Structure that falls outside is
    /// dropped.
    pub(crate) fn over(&self, text: &str) -> (Vec<Span>, Vec<Cell>) {
        let Some(shift) = self.source.find(text) else {
            return (Vec::new(), Vec::new());
        };
        let end = shift + text.len();
        let spans = self
            .spans
            .iter()
            .filter(|s| s.start >= shift && s.end <= end)
            .map(|s| Span::new(s.start - shift, s.end - shift, s.kind.clone()))
            .collect();
        let cells = if shift == 0 && end == self.source.len() {
            self.cells.clone()
        } else {
            Vec::new()
        };
        (spans, cells)
    }
}

/// For every byte offset of `raw` (and its end), the offset in `text` it lands on, where
/// `text` is `raw` with some characters deleted (whitespace, a cut tail): characters are
/// matched greedily in order.
fn offset_map(raw: &str, text: &str) -> Vec<usize> {
    let mut map = vec![0usize; raw.len() + 1];
    let mut kept = text.char_indices().peekable();
    let mut j = 0;
    for (i, c) in raw.char_indices() {
        if let Some(slot) = map.get_mut(i..i + c.len_utf8()) {
            slot.fill(j);
        }
        if let Some(&(at, k)) = kept.peek() {
            if k == c {
                j = at + k.len_utf8();
                kept.next();
            }
        }
    }
    if let Some(last) = map.last_mut() {
        *last = j;
    }
    map
}

/// Spans trimmed of whitespace at their edges, empty ones dropped, runs of the same kind that
/// touch merged, sorted by start (outer before inner).
fn tidy_spans(spans: &mut Vec<Span>, text: &str) {
    for span in spans.iter_mut() {
        let inner = text.get(span.start..span.end).unwrap_or("");
        let lead = inner.len() - inner.trim_start().len();
        let trimmed = inner.trim();
        span.start += lead;
        span.end = span.start + trimmed.len();
    }
    spans.retain(|s| s.start < s.end && text.get(s.start..s.end).is_some());
    spans.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for span in spans.drain(..) {
        // The same kind continued right after itself (`<em>a</em><em>b</em>`), or repeated
        // over the same range (`<b><strong>x</strong></b>`): one span.
        let joined = out.iter_mut().rev().take(4).find(|o| {
            o.kind == span.kind
                && (o.end == span.start || (o.start <= span.start && span.end <= o.end))
        });
        match joined {
            Some(o) => o.end = o.end.max(span.end),
            None => out.push(span),
        }
    }
    // Spans that cross (a link that ends inside an emphasis after starting before it) cannot
    // nest in the output: the later one goes.
    let mut kept: Vec<Span> = Vec::with_capacity(out.len());
    let mut open: Vec<usize> = Vec::new();
    for span in out {
        open.retain(|&end| end > span.start);
        if open.last().is_some_and(|&end| span.end > end) {
            continue;
        }
        open.push(span.end);
        kept.push(span);
    }
    *spans = kept;
}

/// A link or image URL as the output gives it: joined with the page's URL when one is known,
/// `None` for links that go nowhere (`javascript:`, an empty target, a fragment of this page).
pub(crate) fn resolve(raw: &str, base: Option<&url::Url>, link: bool) -> Option<String> {
    let raw = raw.trim();
    if raw.is_empty() || (link && raw.starts_with('#')) {
        return None;
    }
    let scheme_end = raw.find(':').unwrap_or(0);
    let scheme = raw.get(..scheme_end).unwrap_or("");
    if scheme.eq_ignore_ascii_case("javascript")
        || scheme.eq_ignore_ascii_case("vbscript")
        || (scheme.eq_ignore_ascii_case("data") && link)
    {
        return None;
    }
    let joined = match url::Url::parse(raw) {
        Ok(url) => url,
        Err(_) => match base {
            Some(base) => base.join(raw).ok()?,
            None if raw.starts_with("//") => url::Url::parse(&format!("https:{raw}")).ok()?,
            None => return Some(raw.to_string()),
        },
    };
    // A link to a fragment of this very page is no link in the article.
    if link && joined.fragment().is_some() {
        if let Some(base) = base {
            let mut a = joined.clone();
            a.set_fragment(None);
            let mut b = base.clone();
            b.set_fragment(None);
            if a == b {
                return None;
            }
        }
    }
    Some(joined.into())
}

/// The span kind of a link, if its target goes somewhere.
pub(crate) fn link_kind(raw: &str, base: Option<&url::Url>) -> Option<SpanKind> {
    resolve(raw, base, true).map(|href| SpanKind::Link { href })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_follow_deleted_whitespace() {
        let raw = " a \n b  c";
        let text = "a\nb  c";
        let map = offset_map(raw, text);
        assert_eq!(map[1], 0);
        assert_eq!(map[5], 2);
        assert_eq!(map[raw.len()], text.len());
        let mut extra = Extra {
            spans: vec![Span::new(4, 6, SpanKind::Strong)],
            ..Extra::default()
        };
        extra.finish(raw, text);
        assert_eq!(extra.spans, [Span::new(2, 3, SpanKind::Strong)]);
    }

    #[test]
    fn spans_are_trimmed_merged_and_nested() {
        let text = "one two three four";
        let mut spans = vec![
            Span::new(3, 8, SpanKind::Emphasis),
            Span::new(8, 13, SpanKind::Emphasis),
            Span::new(0, 0, SpanKind::Code),
            Span::new(10, 18, SpanKind::Strong),
        ];
        tidy_spans(&mut spans, text);
        // " two " trimmed to "two"; the strong that crosses "three" goes.
        assert_eq!(
            spans,
            [
                Span::new(4, 7, SpanKind::Emphasis),
                Span::new(8, 13, SpanKind::Emphasis)
            ]
        );
        let mut spans = vec![
            Span::new(3, 6, SpanKind::Emphasis),
            Span::new(0, 3, SpanKind::Emphasis),
            Span::new(0, 6, SpanKind::Link { href: "/x".into() }),
        ];
        tidy_spans(&mut spans, "onetwo");
        assert_eq!(
            spans,
            [
                Span::new(0, 6, SpanKind::Link { href: "/x".into() }),
                Span::new(0, 6, SpanKind::Emphasis)
            ]
        );
    }

    #[test]
    fn structure_follows_a_split_off_prefix() {
        let extra = Extra {
            source: "By Ann. The storm hit.".into(),
            spans: vec![
                Span::new(0, 6, SpanKind::Strong),
                Span::new(12, 17, SpanKind::Emphasis),
            ],
            ..Extra::default()
        };
        let (spans, _) = extra.over("The storm hit.");
        assert_eq!(spans, [Span::new(4, 9, SpanKind::Emphasis)]);
        assert_eq!(extra.over("elsewhere").0, []);
    }

    #[test]
    fn urls_are_joined_and_dead_links_dropped() {
        let base = url::Url::parse("https://news.example.com/a/b.html?x=1").ok();
        let base = base.as_ref();
        assert_eq!(
            resolve("../img/c.jpg", base, false).as_deref(),
            Some("https://news.example.com/img/c.jpg")
        );
        assert_eq!(
            resolve("//cdn.example.com/d.png", None, false).as_deref(),
            Some("https://cdn.example.com/d.png")
        );
        assert_eq!(resolve("/x", None, true).as_deref(), Some("/x"));
        assert_eq!(resolve("JavaScript:void(0)", base, true), None);
        assert_eq!(resolve("#top", base, true), None);
        assert_eq!(resolve("b.html?x=1#part", base, true), None);
        assert_eq!(
            resolve("c.html#part", base, true).as_deref(),
            Some("https://news.example.com/a/c.html#part")
        );
        assert_eq!(
            resolve("mailto:desk@example.com", base, true).as_deref(),
            Some("mailto:desk@example.com")
        );
        assert_eq!(resolve("  ", base, true), None);
    }
}
