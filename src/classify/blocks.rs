//! One walk over the page in document order, turning its visible text into blocks and giving
//! each a label.

use super::decide::{self, decide, Evidence, Label};
use super::inline::{self, Extra};
use super::rules::{self, Decision};
use crate::article::{BlockKind, Cell, Image, RemovalKind, Span, SpanKind};
use crate::index::{flag, hint, Mark, Node, Page, Tag};
use crate::metadata::Meta;
use crate::options::{Limits, Options};
use crate::score::{non_link_words, Region};

/// A block of the page with its label.
#[derive(Debug, Clone)]
pub(crate) struct Labeled {
    pub kind: BlockKind,
    pub level: Option<u8>,
    pub text: String,
    pub label: Label,
    /// How much the block looks like running text, 0 to 1: its share of text outside links,
    /// scaled down for blocks under 100 characters (shown by `--explain`).
    pub score: f32,
    /// Every signal about the block; `label` is `decide(&ev)`.
    pub ev: Evidence,
    /// Spans, cells and the images before the block, for the output options (`None` when
    /// there are none).
    pub extra: Option<Box<Extra>>,
}

impl Labeled {
    /// A block of text input (or a paragraph built in a test): its own evidence read from its
    /// text, no structural signal.
    pub(crate) fn from_text(kind: BlockKind, text: String) -> Self {
        let stats = crate::script::measure(&text);
        let ev = Evidence {
            prose: decide::is_prose(&text, stats.chars, 0, stats.cjk),
            sentence: decide::reads_as_sentence(&text),
            short: stats.chars <= 80,
            ..Evidence::default()
        };
        Labeled {
            kind,
            level: None,
            text,
            label: decide(&ev),
            score: 1.0,
            ev,
            extra: None,
        }
    }

    /// A piece split off a block, removed by a later step.
    pub(crate) fn placed(
        kind: BlockKind,
        text: String,
        removal: (RemovalKind, &'static str),
    ) -> Self {
        let ev = Evidence {
            placed: Some(removal),
            ..Evidence::default()
        };
        Labeled {
            kind,
            level: None,
            text,
            label: decide(&ev),
            score: 0.0,
            ev,
            extra: None,
        }
    }

    /// Whether the block is a credit removed by the name the page gives it (a byline class),
    /// which may be a desk credit naming no person.
    pub(crate) fn is_named_byline(&self) -> bool {
        self.ev.element.is_some_and(|d| {
            d.by == rules::Source::Hint(crate::index::hint::BYLINE)
                && self.label == Label::Removed(RemovalKind::Credit, d.rule)
        })
    }

    /// Sets a signal and decides the label again.
    pub(crate) fn update(&mut self, set: impl FnOnce(&mut Evidence)) {
        set(&mut self.ev);
        self.label = decide(&self.ev);
    }
}

/// An element whose end closes something: a block to flush, a removal context, a table.
struct Open {
    end: u32,
    block: bool,
    decision: Option<Decision>,
    data_table: bool,
    row: bool,
}

struct Walk<'a> {
    page: &'a Page,
    region: &'a Region,
    meta: &'a Meta,
    limits: &'a Limits,
    title_key: String,
    out: Vec<Labeled>,
    open: Vec<Open>,
    buf: String,
    owner: Option<u32>,
    /// Measures of the running block's text, summed from its text nodes' index measures.
    running: Running,
    /// Depth of data tables open (rows become table-row blocks).
    data_tables: u32,
    rows: u32,
    /// The running block's structure beyond its text (offsets into `buf`).
    extra: Extra,
    /// The page's URL, to join links and image sources with.
    base: Option<url::Url>,
    /// The next of the page's marks to visit.
    next_mark: usize,
    /// Spans open: the end of their element, where they start in `buf`, their kind.
    spans_open: Vec<(u32, usize, SpanKind)>,
    /// The running row's open cell: where it starts in `buf`, whether it is a header cell.
    cell: Option<(usize, bool)>,
    /// The end of the `<thead>` last entered.
    thead_end: u32,
    /// An `<img>` was met since the last block was written.
    image_since: bool,
}

/// Builds the labelled blocks of the whole page.
pub(crate) fn build(page: &Page, region: &Region, meta: &Meta, options: &Options) -> Vec<Labeled> {
    let base = options
        .url
        .as_deref()
        .and_then(|u| url::Url::parse(u.trim()).ok())
        .filter(|u| !u.cannot_be_a_base());
    let mut walk = Walk {
        page,
        region,
        meta,
        limits: &options.limits,
        title_key: meta.title.as_deref().map(title_key).unwrap_or_default(),
        out: Vec::new(),
        open: Vec::new(),
        buf: String::new(),
        owner: None,
        running: Running::default(),
        data_tables: 0,
        rows: 0,
        extra: Extra::default(),
        base,
        next_mark: 0,
        spans_open: Vec::new(),
        cell: None,
        thead_end: 0,
        image_since: false,
    };
    let start = page.body();
    let end = page.nodes.get(start as usize).map_or(0, |n| n.end);
    for i in start..end {
        walk.close_until(i);
        if let Some(node) = page.nodes.get(i as usize) {
            walk.visit(i, node);
        }
    }
    walk.close_until(u32::MAX);
    walk.flush();
    walk.out
}

fn title_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

impl Walk<'_> {
    fn close_until(&mut self, i: u32) {
        while let Some(&(end, start, _)) = self.spans_open.last() {
            if end > i {
                break;
            }
            if let Some((_, _, kind)) = self.spans_open.pop() {
                self.extra
                    .spans
                    .push(Span::new(start, self.buf.len(), kind));
            }
        }
        while let Some(open) = self.open.last() {
            if open.end > i {
                break;
            }
            // Flush while the closing element is still open, so its decision applies.
            let (row, block, data_table) = (open.row, open.block, open.data_table);
            if row || (block && self.rows == 0) {
                self.flush();
            }
            if row {
                self.rows = self.rows.saturating_sub(1);
            }
            if data_table {
                self.data_tables = self.data_tables.saturating_sub(1);
            }
            self.open.pop();
        }
    }

    fn visit(&mut self, i: u32, node: &Node) {
        if node.tag == Tag::Img {
            self.image_since = true;
        }
        match node.tag {
            Tag::Text => self.text(node),
            Tag::Br => self.line_break(node),
            Tag::Document => {}
            tag if tag.is_block() => self.block(i, node),
            _ => self.inline(i, node),
        }
        if self.page.marks.get(self.next_mark).is_some() {
            self.mark(i, node);
        }
    }

    /// What the page's marks say of node `i`, for the output options.
    fn mark(&mut self, i: u32, node: &Node) {
        let marks = &self.page.marks;
        let skipped = marks
            .get(self.next_mark..)
            .unwrap_or_default()
            .iter()
            .take_while(|(at, _)| *at < i)
            .count();
        self.next_mark += skipped;
        let Some((at, mark)) = marks.get(self.next_mark) else {
            return;
        };
        if *at != i {
            return;
        }
        self.next_mark += 1;
        let kind = match mark {
            Mark::TableHead => {
                self.thead_end = node.end;
                return;
            }
            Mark::Image { src, alt } => {
                let kept = self.rows == 0
                    && self.region.contains(self.page, i)
                    && !self.open.iter().any(|o| o.decision.is_some());
                if let Some(src) = inline::resolve(src, self.base.as_ref(), false).filter(|_| kept)
                {
                    self.extra.images.push(Image::new(src, alt.as_str()));
                }
                return;
            }
            Mark::Link(href) => inline::link_kind(href, self.base.as_ref()),
            Mark::Emphasis => Some(SpanKind::Emphasis),
            Mark::Strong => Some(SpanKind::Strong),
            Mark::Code => Some(SpanKind::Code),
        };
        if let Some(kind) = kind {
            self.spans_open.push((node.end, self.buf.len(), kind));
        }
    }

    /// An inline element that stands on its own in a container (not inside a paragraph) and
    /// carries a removal hint becomes a block of its own, so its text is judged apart.
    fn inline(&mut self, i: u32, node: &Node) {
        if self.rows > 0 || (node.hints == 0 && !node.has(flag::TIME)) {
            return;
        }
        let owner_tag = self
            .page
            .nodes
            .get(node.block as usize)
            .map_or(Tag::Div, |n| n.tag);
        if owner_tag.is_paragraph_like() {
            return;
        }
        let Some(decision) = self.decide(i, node, true) else {
            return;
        };
        self.flush();
        self.open.push(Open {
            end: node.end,
            block: true,
            decision: Some(decision),
            data_table: false,
            row: false,
        });
    }

    fn text(&mut self, node: &Node) {
        let text = self.page.text_of(node);
        if node.has(flag::BLANK) && !node.has(flag::IN_PRE) {
            if !self.buf.is_empty() && !self.buf.ends_with([' ', '\n']) {
                self.buf.push(' ');
            }
            return;
        }
        if self.owner.is_none() {
            self.owner = Some(node.block);
        }
        if node.has(flag::IN_PRE) {
            self.buf.push_str(text);
        } else {
            crate::index::push_collapsed(&mut self.buf, text);
        }
        self.running.chars += node.all.chars;
        self.running.link_chars += node.link_chars;
        self.running.words += node.all.words;
        self.running.cjk += node.all.cjk;
    }

    fn line_break(&mut self, node: &Node) {
        if node.has(flag::IN_PRE) {
            self.buf.push('\n');
            return;
        }
        if self.rows > 0 {
            self.buf.push(' ');
            return;
        }
        let owner_tag = self
            .page
            .nodes
            .get(node.block as usize)
            .map_or(Tag::Div, |n| n.tag);
        let inline_break = matches!(
            owner_tag,
            Tag::P
                | Tag::Li
                | Tag::H(_)
                | Tag::Blockquote
                | Tag::Dd
                | Tag::Dt
                | Tag::Figcaption
                | Tag::Address
                | Tag::TableCaption
        );
        if inline_break {
            let trimmed = self.buf.trim_end_matches(' ').len();
            self.buf.truncate(trimmed);
            if self.buf.ends_with('\n') {
                // A second break with nothing but spaces since the first ends a paragraph, as
                // in a `<dd>` or `<p>` whose paragraphs are set apart by `<br><br>`.
                self.flush();
            } else if !self.buf.is_empty() {
                self.buf.push('\n');
            }
        } else {
            self.flush();
        }
    }

    fn block(&mut self, i: u32, node: &Node) {
        let in_row = self.rows > 0;
        if in_row {
            // Inside a data table's row: cells are separated, other blocks run inline.
            if matches!(node.tag, Tag::Td | Tag::Th) {
                let t = self.buf.trim_end().len();
                self.buf.truncate(t);
                if let Some((start, header)) = self.cell.take() {
                    self.extra.cells.push(Cell::new(start, t, header));
                }
                if !self.buf.is_empty() {
                    self.buf.push_str(" | ");
                }
                self.cell = Some((self.buf.len(), node.tag == Tag::Th || i < self.thead_end));
            } else if !self.buf.is_empty() && !self.buf.ends_with(' ') {
                self.buf.push(' ');
            }
            self.open.push(Open {
                end: node.end,
                block: false,
                decision: None,
                data_table: false,
                row: false,
            });
            return;
        }
        self.flush();
        let decision = self.decide(i, node, false);
        let data_table = node.tag == Tag::Table && is_data_table(node);
        if data_table {
            self.data_tables += 1;
        }
        let row = node.tag == Tag::Tr && self.data_tables > 0;
        if row {
            self.rows += 1;
        }
        self.open.push(Open {
            end: node.end,
            block: true,
            decision,
            data_table,
            row,
        });
    }

    /// The removal decision for a block element, if any rule fires.
    fn decide(&self, i: u32, node: &Node, inline: bool) -> Option<Decision> {
        let region = self.region;
        let holds_region = region.parts.iter().any(|&p| p >= i && p < node.end);
        if holds_region {
            return None;
        }
        if region.contains(self.page, i) {
            // A wrapper that holds most of the article is never removed by its name; a box
            // named for comments is, while the story outside it keeps 30% of the region (a
            // long comment thread the region took in with the story).
            let words = non_link_words(node);
            let thread = node.hints & hint::COMMENT != 0 && words * 10 <= region.words * 7;
            if words * 2 >= region.words.max(1) && !thread {
                return None;
            }
            if Some(i) == self.meta.title_node {
                return None;
            }
            // Inside the article a <header> holds the headline, byline and often the lead:
            // its parts are judged one by one.
            if inline {
                return rules::inline_by_hints(node);
            }
            let by_tag = rules::by_tag(node).filter(|_| node.tag != Tag::Header);
            by_tag
                .or_else(|| rules::by_hints(node))
                .or_else(|| rules::by_links(node).filter(|_| !region.links_are_text))
                .or_else(|| self.teaser_card(i, node))
        } else if inline {
            rules::inline_by_hints(node)
        } else {
            rules::by_tag(node)
                .or_else(|| rules::by_hints(node))
                .or_else(|| rules::by_links(node))
        }
    }

    /// Another story's card set inside the article: a small box (80 words at most, a
    /// quarter or more of its text in links) that opens with a block holding a headline link
    /// alone (16+ characters, nothing but the link), followed by that story's summary. The
    /// summary is another page's text, however well it reads.
    fn teaser_card(&self, i: u32, node: &Node) -> Option<Decision> {
        // A listing's region is made of such cards: its summaries are what it gives.
        if self.region.links_are_text
            || !self.region.found
            || !matches!(node.tag, Tag::Div | Tag::Section)
            || node.all.words > 80
            || node.links == 0
            || node.link_chars < 16
            || node.link_density() < 0.25
            || node.link_density() > 0.9
        {
            return None;
        }
        let end = node.end as usize;
        let first = self
            .page
            .nodes
            .get(i as usize..end)?
            .iter()
            .find(|n| n.tag == Tag::Text && n.all.chars > 0)?;
        let headline = self.page.nodes.get(first.block as usize)?;
        let alone = first.has(flag::IN_LINK)
            && first.block > i
            && headline.own.chars >= 16
            && headline.own_link_chars >= headline.own.chars;
        alone.then_some(rules::TEASER_CARD)
    }

    fn flush(&mut self) {
        let owner = self.owner.take();
        let running = std::mem::take(&mut self.running);
        let (chars, link_chars) = (running.chars, running.link_chars);
        // Spans and the cell still open end here; the spans go on in the next block.
        for (_, start, kind) in &mut self.spans_open {
            self.extra
                .spans
                .push(Span::new(*start, self.buf.len(), kind.clone()));
            *start = 0;
        }
        if let Some((start, header)) = self.cell.take() {
            self.extra
                .cells
                .push(Cell::new(start, self.buf.len(), header));
        }
        let raw = std::mem::take(&mut self.buf);
        let Some(owner) = owner else {
            self.extra.spans.clear();
            self.extra.cells.clear();
            return;
        };
        let node = self.page.nodes.get(owner as usize);
        let in_pre = node.is_some_and(|n| n.has(flag::IN_PRE) || n.tag == Tag::Pre);
        let mut text = if in_pre {
            raw.trim_matches('\n').trim_end().to_string()
        } else {
            tidy(&raw)
        };
        if text.is_empty() {
            self.extra.spans.clear();
            self.extra.cells.clear();
            return;
        }
        crate::split::truncate_block(&mut text, self.limits.max_block_bytes);
        let extra = if self.extra.is_empty() {
            None
        } else {
            let mut extra = std::mem::take(&mut self.extra);
            extra.finish(&raw, &text);
            Some(Box::new(extra))
        };
        let (kind, level) = match node {
            _ if in_pre => (BlockKind::Code, None),
            Some(n) if matches!(n.tag, Tag::H(_)) => match n.tag {
                Tag::H(l) => (BlockKind::Heading, Some(l)),
                _ => (BlockKind::Paragraph, None),
            },
            _ if self.rows > 0 => (BlockKind::TableRow, None),
            Some(n) if n.tag == Tag::Li || n.has(flag::IN_LI) => (BlockKind::ListItem, None),
            Some(n) if self.quoted(owner, n) => (BlockKind::Quote, None),
            _ => (BlockKind::Paragraph, None),
        };
        let mut ev = self.evidence(owner, kind, &text, running);
        ev.after_image = std::mem::take(&mut self.image_since);
        let outside = 1.0 - link_chars as f32 / chars.max(1) as f32;
        let score = outside.clamp(0.0, 1.0) * (chars as f32 / 100.0).min(1.0);
        self.out.push(Labeled {
            kind,
            level,
            text,
            label: decide(&ev),
            score,
            ev,
            extra,
        });
    }

    /// Whether a block is a quotation: inside a `<blockquote>`, unless the block is in the
    /// article's region and its innermost `<blockquote>` holds most of the region's part
    /// (bulletin boards set each post in one): that one is the text itself, not a quote.
    fn quoted(&self, owner: u32, node: &Node) -> bool {
        if !node.has(flag::IN_QUOTE) && node.tag != Tag::Blockquote {
            return false;
        }
        if !self.region.contains(self.page, owner) {
            return true;
        }
        let mut i = owner;
        while let Some(n) = self.page.nodes.get(i as usize) {
            if n.tag == Tag::Blockquote {
                // The part of the region that holds it: a quote when it holds under four
                // fifths of that part's text.
                return self
                    .region
                    .part_holding(self.page, i)
                    .is_some_and(|part| (n.all.chars as u64) * 5 < (part.all.chars as u64) * 4);
            }
            if n.tag == Tag::Document || n.parent == i {
                break;
            }
            i = n.parent;
        }
        false
    }

    /// What the page's structure says about a block.
    fn evidence(&self, owner: u32, kind: BlockKind, text: &str, running: Running) -> Evidence {
        let Running {
            chars,
            link_chars,
            cjk,
            ..
        } = running;
        let title = Some(owner) == self.meta.title_node
            || (kind == BlockKind::Heading
                && !self.title_key.is_empty()
                && title_key(text) == self.title_key);
        // The innermost decision is the most specific (a copyright line inside a footer), but a
        // decision from link density alone yields to one from a name (a related box's list).
        let named = self
            .open
            .iter()
            .rev()
            .find_map(|o| o.decision.filter(|d| !rules::is_weak(d)));
        let any = || self.open.iter().rev().find_map(|o| o.decision);
        let outside = !self.region.contains(self.page, owner);
        // A link as long as a headline is another story's teaser.
        let linked =
            (!outside && !self.region.links_are_text && chars > 0 && link_chars * 10 > chars * 6)
                .then_some(if link_chars >= 16 {
                    (RemovalKind::Teaser, "block.headline-link")
                } else {
                    (RemovalKind::LinkList, "block.links")
                });
        let prose = kind != BlockKind::Heading && decide::is_prose(text, chars, link_chars, cjk);
        Evidence {
            title,
            element: named.or_else(any),
            outside,
            lead: outside && self.is_lead(owner, kind, text, running),
            linked,
            prose,
            sentence: decide::reads_as_sentence_measured(text, running.words, cjk),
            short: chars <= 80,
            ..Evidence::default()
        }
    }

    /// The lead (standfirst) and other text between the headline and the article's container:
    /// a paragraph of at least 12 words that ends a sentence, with few links, after the
    /// headline element and before the region's first part (within 2,000 elements of the
    /// headline), that no rule removed.
    fn is_lead(&self, owner: u32, kind: BlockKind, text: &str, running: Running) -> bool {
        let (Some(title), Some(&first)) = (self.meta.title_node, self.region.parts.first()) else {
            return false;
        };
        let title_end = self.page.nodes.get(title as usize).map_or(title, |n| n.end);
        kind == BlockKind::Paragraph
            && owner >= title_end
            && owner < first
            && first.saturating_sub(title) < 2000
            && running.link_chars * 5 < running.chars
            && running.words >= 12
            && text
                .trim_end()
                .ends_with(['.', '!', '?', '"', '”', '。', '…'])
    }
}

/// Measures of a block's text as the walk gathers it.
#[derive(Debug, Clone, Copy, Default)]
struct Running {
    chars: u32,
    link_chars: u32,
    words: u32,
    cjk: u32,
}

/// A data table (rows of short cells) rather than a layout table.
fn is_data_table(node: &Node) -> bool {
    !node.has(flag::HAS_TABLE)
        && node.rows >= 2
        && node.cells * 2 >= node.rows * 3
        && node.all.words <= 40 * node.rows
}

/// Trims the block and the spaces around its line breaks.
fn tidy(raw: &str) -> String {
    if !raw.contains('\n') {
        return raw.trim().to_string();
    }
    raw.split('\n')
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    const PARA: &str = "The council voted on Monday, after a long debate, to close the old bridge \
                        for repairs this summer.";

    fn body(html: &str) -> Vec<String> {
        crate::extract(html.as_bytes(), &crate::Options::default())
            .map(|a| a.body.into_iter().map(|b| b.text).collect())
            .unwrap_or_default()
    }

    #[test]
    fn the_lead_between_headline_and_container_is_kept() {
        let lead = "Engineers found cracks in two of the bridge's supports last spring, and the \
                    repair will take at least three months.";
        let html = format!(
            "<body><div class=top><h1>Old bridge to close</h1><div class=dek><p>{lead}</p></div>\
             <div class=share><a href=/s>Share</a></div></div><div class=story><p>{PARA}</p>\
             <p>{PARA}</p><p>{PARA}</p></div><div class=footer><p>Contact us about this page \
             or any other page of the site at any time.</p></div></body>"
        );
        let body = body(&html);
        assert_eq!(body.first().map(String::as_str), Some(lead), "{body:?}");
        assert_eq!(body.len(), 4, "{body:?}");
        // A short line there is not a lead.
        let html = html.replace(lead, "Updated today");
        assert!(!body_has(&html, "Updated today"));
    }

    #[test]
    fn a_double_break_inside_a_paragraph_element_ends_a_paragraph() {
        // Paragraphs set apart by two breaks (whitespace between them, as a template writes
        // them) inside one `<p>` or `<dd>`; a single break stays a line break.
        let html = format!(
            "<body><div class=story><p>{PARA} <br> <br> {PARA} The vote was close.<br>\n\
             <br>{PARA} It passed.<br>A line of its own.</p></div></body>"
        );
        let blocks = body(&html);
        assert_eq!(blocks.len(), 3, "{blocks:?}");
        assert!(
            blocks[2].ends_with("It passed.\nA line of its own."),
            "{blocks:?}"
        );
        let html = format!("<body><dl><dt>1</dt><dd>{PARA} <br> <br> {PARA}</dd></dl></body>");
        let paragraphs = body(&html).iter().filter(|b| b.contains("council")).count();
        assert_eq!(paragraphs, 2);
    }

    #[test]
    fn a_region_set_in_a_blockquote_is_text_and_a_quote_in_it_is_a_quote() {
        let quoted = "Nobody locks their door here, the old ferryman told me, and nobody ever has.";
        let html = format!(
            "<body><table><tr><td class=post><blockquote><p>{PARA}</p><p>{PARA}</p>\
             <blockquote><p>{quoted}</p></blockquote><p>{PARA}</p></blockquote></td></tr></table>\
             <div class=footer><p>Powered by a bulletin board</p></div></body>"
        );
        let blocks = crate::extract(html.as_bytes(), &crate::Options::default())
            .map(|a| a.body)
            .unwrap_or_default();
        let kinds: Vec<_> = blocks.iter().map(|b| b.kind).collect();
        use crate::article::BlockKind::{Paragraph, Quote};
        assert_eq!(
            kinds,
            [Paragraph, Paragraph, Quote, Paragraph],
            "{blocks:?}"
        );
    }

    #[test]
    fn a_long_comment_thread_in_the_region_is_removed() {
        // One container holds the story and a thread as long as it: the thread's box, though
        // it holds half the region, is still the comments.
        let comment = "What a lovely walk, thanks for sharing the photos of the valley with us.";
        let thread: String = (0..12)
            .map(|k| format!("<li class=post-text><p>{comment} ({k})</p></li>"))
            .collect();
        let html = format!(
            "<body><div class=blog-post><div class=article-content><p>{PARA}</p><p>{PARA}</p>\
             <p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div><div id=comment-box>\
             <ul class=single-post>{thread}</ul></div></div></body>"
        );
        let body = body(&html);
        assert!(!body.iter().any(|b| b.contains("lovely walk")), "{body:?}");
        assert_eq!(body.len(), 6, "{body:?}");
        // A story told inside a box named for comments (a "comment" column) stays whole.
        let html = format!(
            "<body><div class=comment-column><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div></body>"
        );
        assert_eq!(super::tests::body(&html).len(), 3);
    }

    #[test]
    fn another_storys_card_inside_the_article_is_a_teaser() {
        let summary = "Ferry crews walked out on Friday over a pay offer, leaving the island \
                       without a crossing for the weekend.";
        let card = format!(
            "<div class=enhancement><div class=headline><a href=/ferry>Ferry strike strands \
             island visitors</a></div><div class=dek>{summary}</div></div>"
        );
        let html = format!(
            "<body><div class=story><p>{PARA}</p><p>{PARA}</p>{card}<p>{PARA}</p><p>{PARA}</p>\
             </div></body>"
        );
        let body = body(&html);
        assert!(!body.iter().any(|b| b.contains("Ferry")), "{body:?}");
        assert_eq!(body.len(), 4, "{body:?}");
        // A paragraph that opens with a link is the story's own, in a box or not.
        let own = "<div class=para><a href=/mayor>Mayor Lena Ortiz of the harbour town</a> said \
                   on Monday that the council would pay for the repairs from its reserves.</div>";
        let html = format!(
            "<body><div class=story><p>{PARA}</p><p>{PARA}</p>{own}<p>{PARA}</p></div></body>"
        );
        assert!(body_has(&html, "Mayor Lena Ortiz"));
        // A listing's cards (a headline link over a summary each) are its content.
        let cards: String = (0..6)
            .map(|k| {
                format!(
                    "<div class=card><div class=t><a href=/s{k}>Harbour story number {k} of the \
                     week</a></div><div class=s>{summary}</div></div>"
                )
            })
            .collect();
        let html = format!("<body><div class=list>{cards}</div></body>");
        assert!(
            body_has(&html, "Ferry crews"),
            "{:?}",
            super::tests::body(&html)
        );
    }

    fn body_has(html: &str, text: &str) -> bool {
        body(html).iter().any(|b| b.contains(text))
    }
}
