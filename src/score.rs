//! Stage 4, score: choose the article's container(s).
//!
//! Paragraph evidence flows upwards (each block's own text scores its container and, more
//! weakly, a few ancestors), adjusted by tag, by class/id/role/itemprop tokens, by structured
//! hints (`itemprop=articleBody`, known article-body class names) and by link density. The best
//! container is then refined (a common ancestor of several strong candidates; a parent that
//! scores better) and joined by the sibling containers that hold the rest of a split article.

use crate::index::{hint, Node, Page, Tag};
use crate::metadata::Meta;

/// The chosen part of the page: the subtrees that hold the article, in document order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Region {
    /// Roots of the chosen subtrees, sorted, non-overlapping.
    pub parts: Vec<u32>,
    /// Whether an article was found at all.
    pub found: bool,
    /// No article, but the region lists other pages' stories (a section front, a tag page):
    /// headlines with their summaries, which the body keeps under [`crate::Status::Listing`].
    pub listing: bool,
    /// Words of the region (outside links), for the guards of the classify stage.
    pub words: u32,
    /// The region was found by the page's own description, not by its running text: a post
    /// made of links (a link roundup), whose links are its content.
    pub links_are_text: bool,
}

impl Region {
    /// Whether node `i` lies inside one of the chosen subtrees.
    pub(crate) fn contains(&self, page: &Page, i: u32) -> bool {
        self.part_holding(page, i).is_some()
    }

    /// The part of the region whose subtree holds node `i`.
    pub(crate) fn part_holding<'p>(&self, page: &'p Page, i: u32) -> Option<&'p Node> {
        let pos = self.parts.partition_point(|&p| p <= i);
        pos.checked_sub(1)
            .and_then(|k| self.parts.get(k))
            .and_then(|&root| page.nodes.get(root as usize))
            .filter(|root| i < root.end)
    }
}

/// Hints that mark a subtree as not the article.
pub(crate) const BOILERPLATE_HINTS: u32 = hint::COMMENT
    | hint::SHARE
    | hint::AD
    | hint::RELATED
    | hint::NAV
    | hint::SIDEBAR
    | hint::FOOTER
    | hint::PROMO
    | hint::TAGS;

/// How much of a paragraph's own text counts: 1 + commas + up to 3 for length.
fn paragraph_score(node: &Node) -> f32 {
    let own = &node.own;
    let cjk_heavy = own.cjk * 2 > own.chars;
    let per_unit = if cjk_heavy { 50.0 } else { 100.0 };
    1.0 + own.commas.min(30) as f32 + (own.chars as f32 / per_unit).min(3.0)
}

fn tag_init(tag: Tag) -> f32 {
    match tag {
        Tag::Div | Tag::Article | Tag::Main | Tag::Section => 5.0,
        Tag::Pre | Tag::Td | Tag::Blockquote => 3.0,
        Tag::Address | Tag::Ol | Tag::Ul | Tag::Dl | Tag::Dd | Tag::Dt | Tag::Li | Tag::Form => {
            -3.0
        }
        Tag::H(_) | Tag::Th => -5.0,
        Tag::Nav | Tag::Aside | Tag::Footer | Tag::Header => -25.0,
        _ => 0.0,
    }
}

fn class_weight(node: &Node) -> f32 {
    let mut w = 0.0;
    if node.hints & hint::POSITIVE != 0 {
        // A name like "content" or "text" vouches for a container of text, not for a
        // twelve-word box: the bonus grows with the words the node holds, up to 25.
        w += node.all.words.min(25) as f32;
    }
    if node.hints & hint::NEGATIVE != 0 {
        w -= 25.0;
    }
    if node.hints & hint::ARTICLE_BODY != 0 {
        w += 30.0;
    }
    if node.has(crate::index::flag::ITEMPROP_BODY) {
        w += 40.0;
    }
    if node.hints & (hint::COMMENT | hint::RELATED) != 0 {
        w -= 30.0;
    }
    w
}

/// Whether a block's own text is a paragraph inside its parent (rather than loose text that
/// makes its own node a container).
fn scores_parent(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::P | Tag::Pre | Tag::Li | Tag::Blockquote | Tag::Dd | Tag::Dt
    )
}

/// Chooses the region that holds the article: by the page's running text, else (no region
/// reads as an article or a listing) by the page's own description.
pub(crate) fn choose(page: &Page, meta: &Meta) -> Region {
    let error_page = says_not_found_in(page, meta);
    let region = by_text(page, meta, error_page);
    if region.found || region.listing || error_page {
        return region;
    }
    match meta.description.as_deref().and_then(|d| described(page, d)) {
        Some(post) => Region {
            parts: vec![post],
            found: true,
            listing: false,
            words: page.nodes.get(post as usize).map_or(0, |n| n.all.words),
            links_are_text: true,
        },
        None => region,
    }
}

/// Whether the page's title says it was not found.
fn says_not_found_in(page: &Page, meta: &Meta) -> bool {
    [meta.title.as_deref(), page.head.title.as_deref()]
        .into_iter()
        .flatten()
        .any(says_not_found)
}

/// The region chosen by the page's running text (`error_page`: the title says not found).
fn by_text(page: &Page, meta: &Meta, error_page: bool) -> Region {
    let (score, scored, candidates) = candidate_scores(page);
    let Some(mut top) = candidates
        .iter()
        .copied()
        .max_by(|&a, &b| score[a as usize].total_cmp(&score[b as usize]))
    else {
        return short_page(page);
    };
    // A page that dates itself is a story; one that does not (a product or landing page) holds
    // its content in several comparable boxes, which its common ancestor gathers.
    let dated = meta.published.is_some();
    top = refine(page, &score, &scored, &candidates, top, dated);
    let prose = ProseText::of(page);
    let mut parts = merge_siblings(page, &score, &scored, &prose, top);
    // The recall safety net: a region that holds far less running text than another part of
    // the page is reconsidered, once.
    if let Some(alt) = richer_alternative(page, &score, &candidates, &parts, &prose) {
        let alt = refine(page, &score, &scored, &candidates, alt, dated);
        parts = merge_siblings(page, &score, &scored, &prose, alt);
    }
    let words: u32 = parts
        .iter()
        .map(|&p| non_link_words(&page.nodes[p as usize]))
        .sum();
    let verdict = judge(page, &parts, words);
    let found = !(error_page && words < 150)
        && (verdict == Verdict::Article || is_whole_page_text(page, &parts, words));
    Region {
        parts,
        found,
        listing: !found && !error_page && verdict == Verdict::Listing,
        words,
        links_are_text: false,
    }
}

/// A page with no paragraph long enough to be a candidate (a few headings and images, a
/// line or two): when the whole page is short and not links, its content is what it holds,
/// taken from its `<article>` or `<main>` element when it has one, else from `<body>`.
fn short_page(page: &Page) -> Region {
    let root = page
        .nodes
        .iter()
        .position(|n| matches!(n.tag, Tag::Article | Tag::Main))
        .or_else(|| page.nodes.iter().position(|n| n.tag == Tag::Body))
        .and_then(|i| u32::try_from(i).ok());
    let Some(root) = root else {
        return Region::default();
    };
    // Stray bytes (a binary file read as text) are no page's content.
    if !reads_as_text(&page.subtree_text(root)) {
        return Region::default();
    }
    let words = page.nodes.get(root as usize).map_or(0, non_link_words);
    let parts = vec![root];
    Region {
        found: is_whole_page_text(page, &parts, words),
        listing: false,
        parts,
        words,
        links_are_text: false,
    }
}

/// Whether a short text reads as text rather than stray bytes: no control characters (random
/// or binary bytes decoded as text hold some within a few dozen bytes; longer such input is
/// refused as binary by `decode`).
fn reads_as_text(text: &str) -> bool {
    !text.chars().any(|c| c.is_control() && !c.is_whitespace())
}

/// Characters of running text in every subtree, in linear time: a prefix sum, in document
/// order, of each block's own text when it reads as a paragraph (15 words or more, under a
/// fifth of it in links).
struct ProseText(Vec<u64>);

impl ProseText {
    fn of(page: &Page) -> Self {
        let mut sums = Vec::with_capacity(page.nodes.len() + 1);
        let mut total = 0u64;
        sums.push(0);
        for node in &page.nodes {
            let own = &node.own;
            let paragraph = node.tag.is_block()
                && (own.words >= 15 || (own.cjk * 2 > own.chars && own.chars >= 40))
                && node.own_link_chars * 5 < own.chars;
            if paragraph {
                total += u64::from(own.chars);
            }
            sums.push(total);
        }
        ProseText(sums)
    }

    /// Running text in the subtree of node `i`.
    fn under(&self, page: &Page, i: u32) -> u64 {
        let end = page.nodes.get(i as usize).map_or(i, |n| n.end) as usize;
        let at = |k: usize| self.0.get(k).copied().unwrap_or(0);
        at(end).saturating_sub(at(i as usize))
    }
}

/// A candidate outside the region (neither inside it nor holding it) with at least three
/// times its running text, and at least 400 characters of it: the best-scored such one.
fn richer_alternative(
    page: &Page,
    score: &[f32],
    candidates: &[u32],
    parts: &[u32],
    prose: &ProseText,
) -> Option<u32> {
    let held: u64 = parts.iter().map(|&p| prose.under(page, p)).sum();
    let overlaps = |c: u32| {
        let end = page.nodes.get(c as usize).map_or(c, |n| n.end);
        parts.iter().any(|&p| {
            let p_end = page.nodes.get(p as usize).map_or(p, |n| n.end);
            (c >= p && c < p_end) || (p >= c && p < end)
        })
    };
    candidates
        .iter()
        .copied()
        .filter(|&c| {
            let rich = prose.under(page, c);
            rich >= 400 && rich >= held.saturating_mul(3) && !overlaps(c)
        })
        .filter(|&c| {
            page.nodes
                .get(c as usize)
                .is_some_and(|n| n.hints & BOILERPLATE_HINTS == 0)
        })
        .max_by(|&a, &b| score[a as usize].total_cmp(&score[b as usize]))
}

/// A page whose only text is the region: a short document with no navigation around it (a
/// note, a one-paragraph page). What it holds is its content.
fn is_whole_page_text(page: &Page, parts: &[u32], words: u32) -> bool {
    let Some(doc) = page.nodes.first() else {
        return false;
    };
    let page_words = doc.all.words;
    words > 0
        && page_words < crate::index::SHORT_PAGE_WORDS
        && words * 10 >= page_words * 8
        && doc.link_density() < 0.3
        && !parts.is_empty()
}

/// Every candidate container's score (indexed by node), whether it was scored, and the
/// candidates in the order they were first scored.
fn candidate_scores(page: &Page) -> (Vec<f32>, Vec<bool>, Vec<u32>) {
    let n = page.nodes.len();
    let mut score = vec![0.0f32; n];
    let mut scored = vec![false; n];
    let mut candidates: Vec<u32> = Vec::new();
    let in_form = small_forms(page);
    for (i, node) in page.nodes.iter().enumerate() {
        if !node.tag.is_block() || node.own.chars < 25 {
            continue;
        }
        // Text of a login, newsletter or comment form (consent wording, error messages) and
        // text hidden by its class is no paragraph evidence.
        if in_form.get(i).copied().unwrap_or(false) || node.hints & hint::HIDDEN != 0 {
            continue;
        }
        if matches!(
            node.tag,
            Tag::H(_) | Tag::Figcaption | Tag::TableCaption | Tag::Address | Tag::Nav | Tag::Menu
        ) {
            continue;
        }
        if node.tag == Tag::Li && node.own.words < 20 {
            continue;
        }
        if node.own_link_chars * 2 > node.own.chars {
            continue;
        }
        let content = paragraph_score(node);
        let mut target = if scores_parent(node.tag) {
            node.parent
        } else {
            i as u32
        };
        for level in 0..5u32 {
            let Some(t) = page.nodes.get(target as usize) else {
                break;
            };
            if t.tag == Tag::Document {
                break;
            }
            if !scored[target as usize] {
                scored[target as usize] = true;
                score[target as usize] = tag_init(t.tag) + class_weight(t);
                candidates.push(target);
            }
            let divider = match level {
                0 => 1.0,
                1 => 2.0,
                l => l as f32 * 3.0,
            };
            score[target as usize] += content / divider;
            target = t.parent;
        }
    }
    // Structured hints are candidates even when their text sits deeper than five levels.
    for (i, node) in page.nodes.iter().enumerate() {
        let hinted =
            node.has(crate::index::flag::ITEMPROP_BODY) || node.hints & hint::ARTICLE_BODY != 0;
        if hinted && !scored[i] && node.all.words >= 20 {
            scored[i] = true;
            score[i] = tag_init(node.tag) + class_weight(node) + node.paragraphs as f32;
            candidates.push(i as u32);
        }
    }
    for &c in &candidates {
        let node = &page.nodes[c as usize];
        score[c as usize] *= 1.0 - node.link_density();
    }
    (score, scored, candidates)
}

/// Which nodes stand inside a small `<form>`: one of fewer than 400 words and under half the
/// page's (a whole page wrapped in one form, as ASP.NET writes them, is not a form here).
/// Linear: a difference array over the forms' subtree ranges.
fn small_forms(page: &Page) -> Vec<bool> {
    let n = page.nodes.len();
    let page_words = page.nodes.first().map_or(0, |d| d.all.words);
    let mut depth = vec![0i32; n + 1];
    let mut any = false;
    for (i, node) in page.nodes.iter().enumerate() {
        if node.tag == Tag::Form && node.all.words < 400 && node.all.words * 2 < page_words {
            let end = (node.end as usize).clamp(i, n);
            depth[i] += 1;
            depth[end] -= 1;
            any = true;
        }
    }
    if !any {
        return Vec::new();
    }
    let mut inside = Vec::with_capacity(n);
    let mut level = 0i32;
    for d in depth.iter().take(n) {
        level += d;
        inside.push(level > 0);
    }
    inside
}

/// Words outside links, estimated from the link share of characters.
pub(crate) fn non_link_words(node: &Node) -> u32 {
    let ld = node.link_density().clamp(0.0, 1.0);
    (node.all.words as f32 * (1.0 - ld)) as u32
}

/// Moves the top candidate to a better container: the common ancestor of several strong
/// candidates, a parent that scores better, or the parent of an only child.
fn refine(
    page: &Page,
    score: &[f32],
    scored: &[bool],
    candidates: &[u32],
    mut top: u32,
    dated: bool,
) -> u32 {
    let top_score = score[top as usize];
    // Strong alternatives: if three or more share an ancestor with the top, take it (at three
    // quarters of the top score, or half on an undated page).
    let (share, needed) = if dated { (0.75, 3) } else { (0.5, 3) };
    let mut alternatives: Vec<u32> = candidates
        .iter()
        .copied()
        .filter(|&c| c != top && score[c as usize] >= top_score * share)
        .collect();
    alternatives.sort_by(|&a, &b| score[b as usize].total_cmp(&score[a as usize]));
    alternatives.truncate(5);
    if alternatives.len() >= needed {
        let mut ancestor = page.nodes[top as usize].parent;
        while page.nodes[ancestor as usize].tag != Tag::Document
            && page.nodes[ancestor as usize].tag != Tag::Body
        {
            let end = page.nodes[ancestor as usize].end;
            let inside = alternatives
                .iter()
                .filter(|&&a| a > ancestor && a < end)
                .count();
            if inside >= needed {
                // Not a common ancestor that is mostly links (the page's navigation with it).
                let top_ld = page.nodes[top as usize].link_density();
                if page.nodes[ancestor as usize].link_density() <= (top_ld + 0.2).max(0.3) {
                    top = ancestor;
                }
                break;
            }
            ancestor = page.nodes[ancestor as usize].parent;
        }
    }
    // A parent that scores better than the candidate wins.
    let mut last = score[top as usize];
    let threshold = last / 3.0;
    let mut parent = page.nodes[top as usize].parent;
    while page.nodes[parent as usize].tag != Tag::Document
        && page.nodes[parent as usize].tag != Tag::Body
    {
        if !scored[parent as usize] {
            parent = page.nodes[parent as usize].parent;
            continue;
        }
        let s = score[parent as usize];
        if s < threshold {
            break;
        }
        if s > last {
            top = parent;
            break;
        }
        last = s;
        parent = page.nodes[parent as usize].parent;
    }
    // An only child stands for its parent.
    loop {
        let parent = page.nodes[top as usize].parent;
        let pnode = &page.nodes[parent as usize];
        if matches!(pnode.tag, Tag::Document | Tag::Body) {
            break;
        }
        let element_children = page
            .children(parent)
            .filter(|&c| {
                let n = &page.nodes[c as usize];
                n.tag != Tag::Text || n.all.chars > 0
            })
            .count();
        if element_children != 1 {
            break;
        }
        top = parent;
    }
    top
}

/// The top candidate plus those siblings that hold more of the article.
fn merge_siblings(
    page: &Page,
    score: &[f32],
    scored: &[bool],
    prose: &ProseText,
    top: u32,
) -> Vec<u32> {
    let top_node = &page.nodes[top as usize];
    if matches!(top_node.tag, Tag::Body | Tag::Document) {
        return vec![top];
    }
    let top_score = score[top as usize];
    // A fifth of the top's score, and at least 10, or half the top's when that is lower: a
    // short story's second part (cut off by an advertisement row, a column of its own) scores
    // under the absolute floor.
    let threshold = (top_score * 0.2).max(10.0f32.min(top_score * 0.5));
    let mut parts = Vec::new();
    for c in page.children(top_node.parent) {
        if c == top {
            parts.push(c);
            continue;
        }
        let node = &page.nodes[c as usize];
        let not_body = BOILERPLATE_HINTS
            | hint::COPYRIGHT
            | hint::BYLINE
            | hint::CAPTION
            | hint::LABEL
            | hint::HIDDEN;
        if node.tag == Tag::Text || node.hints & not_body != 0 {
            continue;
        }
        if matches!(
            node.tag,
            Tag::Nav | Tag::Aside | Tag::Footer | Tag::Header | Tag::Form
        ) {
            continue;
        }
        let ld = node.link_density();
        // A sibling built like the top (same tag, same names) that holds a paragraph of
        // running text (scored: not a form's) is the next part of the story, however short:
        // a CMS's repeated paragraph group ("subhead + paragraph" items).
        let twin = scored[c as usize]
            && node.tag == top_node.tag
            && node.hints == top_node.hints
            && ld < 0.2
            && prose.under(page, c) >= 80;
        let append = if twin || (scored[c as usize] && score[c as usize] >= threshold) {
            true
        } else if matches!(node.tag, Tag::Ul | Tag::Ol | Tag::Dl | Tag::Table) {
            node.all.words >= 10 && ld < 0.2
        } else if matches!(node.tag, Tag::P | Tag::Blockquote | Tag::Pre)
            || (node.tag.is_block() && node.all.words > 0 && node.own.chars == node.all.chars)
        {
            let long = node.all.chars >= 80 && ld < 0.25;
            let short_sentence = node.all.chars > 0 && ld == 0.0 && ends_sentence(page, c);
            long || short_sentence
        } else {
            false
        };
        if append {
            parts.push(c);
        }
    }
    parts
}

/// Whether a node's text ends like a sentence.
fn ends_sentence(page: &Page, i: u32) -> bool {
    let text = page.subtree_text(i);
    text.ends_with(['.', '!', '?', '。', '다', '"', '”', '」'])
}

/// The container of a post that the page's own description opens: when no region reads as an
/// article, a description of 15 words or more (CMSs write it from the post's first words:
/// WordPress and Blogger excerpts, `og:description`) whose first five words open a text of
/// the page points at the post, even one made of links. The container is the nearest
/// ancestor of that text that holds at least the description's characters, short of
/// `<body>` and not named as boilerplate. Linear in the page's text nodes.
fn described(page: &Page, description: &str) -> Option<u32> {
    let words: Vec<&str> = description.split_whitespace().collect();
    if words.len() < 15 {
        return None;
    }
    let needle = words.get(..5)?.join(" ");
    let wanted = crate::script::measure(description).chars;
    let mut collapsed = String::new();
    let start = page.nodes.iter().enumerate().find_map(|(i, node)| {
        if node.tag != Tag::Text || node.all.words == 0 {
            return None;
        }
        collapsed.clear();
        crate::index::push_collapsed(&mut collapsed, page.text_of(node));
        collapsed
            .trim_start()
            .starts_with(&needle)
            .then_some(i as u32)
    })?;
    let mut at = page.nodes.get(start as usize)?.parent;
    loop {
        let node = page.nodes.get(at as usize)?;
        if matches!(node.tag, Tag::Body | Tag::Document) || node.hints & BOILERPLATE_HINTS != 0 {
            return None;
        }
        let container = matches!(
            node.tag,
            Tag::Div | Tag::Article | Tag::Section | Tag::Main | Tag::Td
        );
        if container && node.all.chars >= wanted {
            return Some(at);
        }
        at = node.parent;
    }
}

/// Whether a title says the page was not found (an error page served with content around it).
fn says_not_found(title: &str) -> bool {
    static NOT_FOUND: std::sync::OnceLock<Option<regex::Regex>> = std::sync::OnceLock::new();
    NOT_FOUND
        .get_or_init(|| {
            regex::Regex::new(
                r"(?i)\b404\b|not found|page (?:does not|doesn't|no longer) exist|不存在|找不到|見つかりません|찾을 수 없|존재하지 않|nicht gefunden|introuvable|no encontrada|não encontrada|не найдена|non trovata",
            )
            .ok()
        })
        .as_ref()
        .is_some_and(|re| re.is_match(title))
}

/// What a region holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Verdict {
    /// Running text: an article.
    Article,
    /// Linked headlines, each with a short summary: other pages' stories.
    Listing,
    /// Too little running text to be either (navigation, an error page, a form).
    Neither,
}

/// Whether the region holds an article, a list of teasers, or neither.
fn judge(page: &Page, parts: &[u32], words: u32) -> Verdict {
    let (cjk, chars) = parts
        .iter()
        .map(|&p| &page.nodes[p as usize].all)
        .fold((0u32, 0u32), |(c, a), s| (c + s.cjk, a + s.chars));
    let cjk_heavy = cjk * 2 > chars;
    // Hangul counts an eojeol a word, Han and Kana a character each: 20 is a one-sentence
    // brief in either.
    let min_words = if cjk_heavy { 20 } else { 25 };
    if words < min_words {
        return Verdict::Neither;
    }
    // A teaser list: many linked headings, each with a short snippet, and no long paragraph.
    let mut linked_headings = 0u32;
    let mut heading_count = 0u32;
    let mut longest = 0u32;
    for &p in parts {
        let end = page.nodes[p as usize].end;
        for node in page.nodes.get(p as usize..end as usize).unwrap_or_default() {
            if node.tag.is_block() && node.own_link_chars * 2 < node.own.chars {
                // Han/Kana count a word a character, Hangul an eojeol: half the CJK characters
                // is a fair common unit.
                let own = &node.own;
                let units = if own.cjk * 2 > own.chars {
                    own.chars / 2
                } else {
                    own.words
                };
                longest = longest.max(units);
            }
            if let Tag::H(_) = node.tag {
                heading_count += 1;
                if node.all.chars > 0 && node.link_chars * 10 >= node.all.chars * 7 {
                    linked_headings += 1;
                }
            }
        }
    }
    // Some paragraph must be long enough to be running text (an error page's lines are not).
    if longest < 10 {
        return Verdict::Neither;
    }
    let long_paragraph = 60;
    let teaser_list = linked_headings >= 4
        && linked_headings * 2 >= heading_count
        && longest < long_paragraph
        && words < linked_headings * 40;
    if teaser_list {
        Verdict::Listing
    } else {
        Verdict::Article
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::options::{Limits, Options};

    fn region(html: &str) -> (Page, Region) {
        let page = Page::build(
            crate::parse::parse(html, &Limits::default()).unwrap(),
            &Limits::default(),
        )
        .unwrap();
        let meta = crate::metadata::read(&page, &Options::default());
        let region = choose(&page, &meta);
        (page, region)
    }

    const PARA: &str = "The council voted on Monday, after a long debate, to close the old bridge for repairs this summer.";

    #[test]
    fn picks_the_container_with_paragraphs() {
        let html = format!(
            "<body><div class=nav><a href=1>Home</a> <a href=2>World</a></div><div id=main><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div><div class=footer>About us</div></body>"
        );
        let (page, r) = region(&html);
        assert!(r.found);
        assert_eq!(r.parts.len(), 1);
        assert_eq!(page.subtree_text(r.parts[0]).matches("council").count(), 3);
    }

    #[test]
    fn split_article_keeps_siblings() {
        let html = format!(
            "<body><div><div class=article-text><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p></div><div class=ad-slot>Ad</div><div class=article-text><p>{PARA}</p><p>{PARA}</p></div></div></body>"
        );
        let (page, r) = region(&html);
        let total: usize = r
            .parts
            .iter()
            .map(|&p| page.subtree_text(p).matches("council").count())
            .sum();
        assert_eq!(total, 5);
    }

    #[test]
    fn a_story_split_across_table_rows_keeps_its_second_row() {
        // A 2000s portal story in table rows, cut in two by an advertisement row; its short
        // second part scores under the absolute floor but is a fair share of the first.
        let first = "<p>市交通局昨日宣布，从下月起，市区十二条公交线路将延长运营时间，末班车推迟到晚上十一点。</p>\
                     <p>交通局负责人介绍，调整后的线路主要经过火车站、大学城和三个大型居住区，夜间客流较大。</p>\
                     <p>今年春天，交通局在网上征求市民意见，共收到建议两千多条，其中多数希望延长末班车时间。</p>";
        let second = "<p>据了解，延长运营所需的车辆和司机，将从白天客流较少的线路调配，不新增财政补贴。</p>\
                      <p>不少市民表示欢迎，一位在大学城工作的教师说，晚上加班后终于不用再打车回家了。</p>";
        let html = format!(
            "<body><table><tr><td><h1>公交末班车延长</h1></td></tr>\
             <tr><td class=text>{first}</td></tr>\
             <tr><td class=inner_ad><a href=/ad><img src=/ad.gif></a> 广告</td></tr>\
             <tr><td class=text>{second}</td></tr>\
             <tr><td><a href=/1>首页</a> | <a href=/2>关于我们</a></td></tr></table></body>"
        );
        let (page, r) = region(&html);
        let text: String = r.parts.iter().map(|&p| page.subtree_text(p)).collect();
        assert!(text.contains("末班车推迟"), "{text}");
        assert!(text.contains("不用再打车"), "{text}");
        assert!(!text.contains("关于我们"), "{text}");
    }

    /// A blog post made only of links, each with its source, and a sidebar of more links.
    fn link_roundup(description: &str) -> String {
        let items: String = [
            "Harbour fees rise again for small boats",
            "Library opens a repair café on Saturdays",
            "Night trains return to the coast line",
            "Farmers test a new kind of drip watering",
            "Museum lends its river maps to schools",
        ]
        .iter()
        .map(|t| format!("<p><a href=/r>{t}</a><br>via <a href=/s>Coast Herald</a></p>"))
        .collect();
        let sidebar = "<li><a href=/a>An older post from the archive</a></li>".repeat(12);
        format!(
            "<html><head><title>Links of the day</title>\
             <meta name=description content=\"{description}\"></head><body>\
             <div class=post><h1>Links of the day</h1><div class=entry>{items}</div></div>\
             <aside class=sidebar><ul>{sidebar}</ul></aside></body></html>"
        )
    }

    #[test]
    fn a_short_part_built_like_the_top_joins_it() {
        // A CMS's repeated paragraph groups: the closing group holds one short paragraph under
        // a subhead, too little to score, but it is built like the story's main group.
        let close = "The police are asking witnesses who saw the branches dragged onto the paths \
                     to call the station on the harbour road.";
        let group = |subhead: &str, paragraphs: &str| {
            format!("<div class=item><h2>{subhead}</h2>{paragraphs}</div>")
        };
        let html = format!(
            "<body><div class=items>{}{}</div><div class=footer><p>Who runs the town's \
             pages, and how to write to the volunteers who keep them going every week.</p>\
             </div></body>",
            group(
                "",
                &format!("<p>{PARA}</p><p>{PARA}</p><p>{PARA}</p><p>{PARA}</p>")
            ),
            group("Witnesses sought", &format!("<p>{close}</p>")),
        );
        let (page, r) = region(&html);
        let text: String = r.parts.iter().map(|&p| page.subtree_text(p)).collect();
        assert!(text.contains("harbour road"), "{text}");
        assert!(!text.contains("Who runs the town"), "{text}");
        // A sibling of another build (a box of other text) is not joined by its shape.
        let html = html
            .replace("<div class=item><h2>Witnesses", "<section><h2>Witnesses")
            .replace(
                "</div></div><div class=footer",
                "</section></div><div class=footer",
            );
        let (page, r) = region(&html);
        let text: String = r.parts.iter().map(|&p| page.subtree_text(p)).collect();
        assert!(!text.contains("harbour road"), "{text}");
    }

    #[test]
    fn a_post_of_links_is_found_by_its_description() {
        // The description opens with the post's first words: the post is the article, its
        // links are its content.
        let opening = "Harbour fees rise again for small boats via Coast Herald Library opens a \
                       repair café on Saturdays via Coast Herald Night trains return";
        let (page, r) = region(&link_roundup(opening));
        assert!(r.found && r.links_are_text, "{r:?}");
        let text = page.subtree_text(r.parts[0]);
        assert!(
            text.contains("Museum lends") && !text.contains("archive"),
            "{text}"
        );
        // A description that opens no text of the page (or is short) finds nothing.
        let other = "A daily selection of links about the coast, its towns, its farms and its \
                     people, chosen by the editors of this small blog every morning";
        let (_, r) = region(&link_roundup(other));
        assert!(!r.found && !r.links_are_text);
        let (_, r) = region(&link_roundup("Harbour fees rise again for small boats"));
        assert!(!r.found);
    }

    #[test]
    fn a_description_found_in_a_named_box_is_no_post() {
        let html = link_roundup(
            "An older post from the archive An older post from the archive An older post \
             from the archive An older post from the archive",
        );
        let (_, r) = region(&html);
        assert!(!r.found);
    }

    #[test]
    fn a_small_form_is_no_article() {
        let consent = "I agree that the association may send me news about its work, by e-mail, \
                       weekly, and I may withdraw this consent at any time, without giving reasons.";
        let article = format!("<div><p>{PARA}</p><p>{PARA}</p></div>");
        let form = format!(
            "<div class=box><form><div><p>{consent}</p><p>{consent}</p><p>{consent}</p>\
             <p>{consent}</p></div><input type=email></form></div>"
        );
        let filler = format!(
            "<div class=links>{}</div>",
            "<a href=/x>More news</a> ".repeat(200)
        );
        let html = format!("<body>{article}{form}{filler}</body>");
        let (page, r) = region(&html);
        assert!(r
            .parts
            .iter()
            .any(|&p| page.subtree_text(p).contains("council")));
        assert!(!r
            .parts
            .iter()
            .any(|&p| page.subtree_text(p).contains("consent")));
        // A page wrapped in one form (ASP.NET) keeps its article.
        let html = format!("<body><form id=aspnetForm>{article}</form></body>");
        let (page, r) = region(&html);
        assert!(r
            .parts
            .iter()
            .any(|&p| page.subtree_text(p).contains("council")));
    }

    #[test]
    fn an_undated_page_gathers_its_comparable_boxes() {
        // Boxes in sections of their own, too deep for paragraph evidence to reach the wrapper.
        let boxed = |paragraphs: usize| {
            format!(
                "<section><h2>Box</h2><div><div><div><div class=box>{}</div></div></div></div>\
                 </section>",
                format!("<p>{PARA}</p>").repeat(paragraphs)
            )
        };
        let boxes = format!(
            "<div id=wrap>{}{}{}{}</div>",
            boxed(4),
            boxed(2),
            boxed(2),
            boxed(2)
        );
        let count = |html: &str| {
            let (page, r) = region(html);
            r.parts
                .iter()
                .map(|&p| page.subtree_text(p).matches("council").count())
                .sum::<usize>()
        };
        assert_eq!(count(&format!("<body>{boxes}</body>")), 10);
        // A dated page is a story: its top box stands alone.
        let dated = r#"<head><meta property="article:published_time" content="2026-03-02"></head>"#;
        assert_eq!(count(&format!("{dated}<body>{boxes}</body>")), 4);
    }

    #[test]
    fn short_page_without_paragraphs_is_its_own_content() {
        // Headings and images only: no block is long enough to be a candidate.
        let (page, r) = region(
            "<body><div class=top>Menu</div><article><h2>Harbour photos, part one</h2><img src=a.jpg alt=harbour><h2>Harbour photos, part two</h2><img src=b.jpg alt=boats></article></body>",
        );
        assert!(r.found);
        assert_eq!(r.parts.len(), 1);
        let text = page.subtree_text(r.parts[0]);
        assert!(text.contains("part one") && text.contains("part two"));
        assert!(!text.contains("Menu"));
        // Stray bytes read as text stay without an article.
        let (_, r) = region("\u{1b}\u{9d}³Á¦†ð?E¼");
        assert!(!r.found);
        // Loose text that reads as words is the page's content.
        let (_, r) = region("Notes from the harbour meeting &amp; the vote");
        assert!(r.found);
        // A page that is mostly links stays without an article.
        let (_, r) =
            region("<body><a href=/a>Harbour</a> <a href=/b>Boats</a> <a href=/c>Quay</a></body>");
        assert!(!r.found);
    }

    #[test]
    fn empty_page_has_no_article() {
        let (_, r) = region("<body><a href=/>Home</a></body>");
        assert!(!r.found);
    }
}
#[cfg(test)]
mod debug_tests {
    #[test]
    fn dbg_region() {
        let Ok(path) = std::env::var("DBG_PAGE") else {
            return;
        };
        let bytes = std::fs::read(path).unwrap_or_default();
        let html = crate::decode::decode(&bytes, None).unwrap().into_owned();
        let page = crate::index::Page::build(
            crate::parse::parse(&html, &crate::options::Limits::default()).unwrap(),
            &crate::options::Limits::default(),
        )
        .unwrap();
        let meta = crate::metadata::read(&page, &crate::options::Options::default());
        let r = super::choose(&page, &meta);
        let (score, _, mut candidates) = super::candidate_scores(&page);
        candidates.sort_by(|&a, &b| score[b as usize].total_cmp(&score[a as usize]));
        for &c in candidates.iter().take(12) {
            let node = &page.nodes[c as usize];
            let text = page.subtree_text(c);
            eprintln!(
                "cand {c} {:?} score {:.1} words {} hints {:#x} ld {:.2} | {}",
                node.tag,
                score[c as usize],
                node.all.words,
                node.hints,
                node.link_density(),
                text.chars().take(90).collect::<String>()
            );
        }
        for &p in &r.parts {
            eprintln!(
                "part {p} {:?} end {} words {} found {}",
                page.nodes[p as usize].tag, page.nodes[p as usize].end, r.words, r.found
            );
        }
    }
}
