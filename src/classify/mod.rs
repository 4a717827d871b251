//! Stage 5, classify: the page (or the lines of a text) into blocks, each labelled body or a
//! kind of removal with the rule that made it.

mod blocks;
mod decide;
mod edges;
mod first_byte;
mod lexicon;
mod rules;
mod vocabulary;

use crate::article::{Article, Block, BlockKind, Removal, RemovalKind, Status};
use crate::index::Page;
use crate::metadata::Meta;
use crate::options::{Favor, Limits, Options};
use crate::score::Region;
use crate::split::Line;

pub(crate) use blocks::Labeled;
pub(crate) use decide::Label;
pub(crate) use lexicon::all_rules as rule_table;
use lexicon::Langs;

/// Builds the article from the indexed page and the chosen region; with `keep`, also returns
/// every labelled block in page order (for `explain`).
pub(crate) fn classify_page(
    page: &Page,
    region: &Region,
    mut meta: Meta,
    options: &Options,
    keep: bool,
) -> (Article, Vec<Labeled>) {
    let limits = &options.limits;
    let mut blocks = blocks::build(page, region, &meta, limits);
    set_favor(&mut blocks, options.favor);
    judge_named_boxes(&mut blocks);
    let langs = Langs::of(language(meta.lang.as_deref(), &blocks).as_deref());
    let mut labeled = edges::refine(blocks, langs, options.favor);
    if !region.found {
        for block in labeled.iter_mut().filter(|b| b.label == Label::Body) {
            block.update(|ev| ev.placed = Some((RemovalKind::Boilerplate, "page.no-article")));
        }
    }
    let trace = if keep { labeled.clone() } else { Vec::new() };
    let named_credits = named_credits(&labeled);
    let mut article = assemble(labeled);
    use_json_ld_body(&mut article, meta.ld_body.take(), limits);
    use_payload_body(&mut article, &page.head.json_data, limits);
    if !article.body.is_empty() {
        article.status = Status::Article;
    }
    crate::metadata::complete(&mut article, meta, &named_credits);
    (article, trace)
}

/// The texts of the removed credits that the page names a byline by class or id.
fn named_credits(labeled: &[Labeled]) -> Vec<String> {
    labeled
        .iter()
        .filter(|b| {
            b.ev.element.is_some_and(|d| {
                d.by == rules::Source::Hint(crate::index::hint::BYLINE)
                    && b.label == Label::Removed(RemovalKind::Credit, d.rule)
            })
        })
        .map(|b| b.text.clone())
        .collect()
}

/// The article from labelled blocks: body blocks in order, removals with their positions.
fn assemble(labeled: Vec<Labeled>) -> Article {
    let mut article = Article::empty(Status::NoArticle);
    for block in labeled {
        match block.label {
            Label::Body => article.body.push(Block {
                kind: block.kind,
                level: block.level,
                text: block.text,
            }),
            Label::Removed(kind, rule) => {
                let mut removal = Removal::new(kind, block.text, rule);
                removal.position = article.body.len();
                article.removed.push(removal);
            }
        }
    }
    article
}

/// When the page's JSON-LD `articleBody` holds far more text than the visible body (a page
/// whose article is rendered by script), the JSON-LD text becomes the body, one paragraph per
/// line; the visible blocks it replaces are kept as removals.
fn use_json_ld_body(article: &mut Article, ld_body: Option<String>, limits: &Limits) {
    let Some(ld_body) = ld_body.as_deref() else {
        return;
    };
    let ld_words = crate::script::measure(ld_body).words;
    let body_words: u32 = article
        .body
        .iter()
        .map(|b| crate::script::measure(&b.text).words)
        .sum();
    if ld_words < 50 || ld_words < body_words.saturating_mul(2) {
        return;
    }
    for block in article.body.drain(..) {
        article.removed.push(Removal::new(
            RemovalKind::Boilerplate,
            block.text,
            "jsonld.replaced",
        ));
    }
    for line in crate::split::split(ld_body, limits) {
        article
            .body
            .push(Block::new(BlockKind::Paragraph, line.text));
    }
}

/// When the visible page holds no article (fewer than 50 words of body) and the page's data
/// script holds one (100 words or more in 3+ HTML paragraphs), the payload's paragraphs become
/// the body; the visible blocks they replace are kept as removals.
fn use_payload_body(article: &mut Article, scripts: &[String], limits: &Limits) {
    if scripts.is_empty() {
        return;
    }
    let body_words: u32 = article
        .body
        .iter()
        .map(|b| crate::script::measure(&b.text).words)
        .sum();
    if body_words >= 50 {
        return;
    }
    // Read only now: a payload can be megabytes of JSON.
    let Some(payload) = crate::metadata::payload_body(scripts) else {
        return;
    };
    let payload = payload.as_str();
    if crate::script::measure(payload).words < 100 {
        return;
    }
    for block in article.body.drain(..) {
        article.removed.push(Removal::new(
            RemovalKind::Boilerplate,
            block.text,
            "payload.replaced",
        ));
    }
    for line in crate::split::split(payload, limits) {
        article
            .body
            .push(Block::new(BlockKind::Paragraph, line.text));
    }
}

/// Builds the article from already-extracted text, one block per line; with `keep`, also
/// returns every labelled block (for `explain`).
pub(crate) fn classify_lines(
    lines: Vec<Line>,
    options: &Options,
    keep: bool,
) -> (Article, Vec<Labeled>) {
    let mut labeled: Vec<Labeled> = lines
        .into_iter()
        .map(|line| Labeled::from_text(BlockKind::Paragraph, line.text))
        .collect();
    set_favor(&mut labeled, options.favor);
    let langs = Langs::of(language(options.lang.as_deref(), &labeled).as_deref());
    let labeled = edges::refine(labeled, langs, options.favor);
    let trace = if keep { labeled.clone() } else { Vec::new() };
    let mut article = assemble(labeled);
    if !article.body.is_empty() {
        article.status = Status::Article;
    }
    crate::metadata::complete(&mut article, crate::metadata::for_text(options), &[]);
    (article, trace)
}

/// Every block's evidence carries the caller's preset.
fn set_favor(blocks: &mut [Labeled], favor: Favor) {
    if favor != Favor::Balanced {
        for block in blocks.iter_mut() {
            block.update(|ev| ev.favor = favor);
        }
    }
}

/// The second signal a wide box's name needs before it removes a paragraph of the region:
/// whether the paragraph is off the topic of the story told outside the box. A name that
/// covers most of the region's text (some sites class every body paragraph "editor" or
/// "caption-text") counts as a wide box too; when the text outside it is too little to
/// compare with, the box is the story.
fn judge_named_boxes(blocks: &mut [Labeled]) {
    let in_region = |b: &Labeled| !b.ev.outside && !b.ev.title;
    let named = |b: &Labeled| {
        b.ev.element
            .filter(|d| matches!(d.by, rules::Source::Hint(_)))
    };
    let total: usize = blocks
        .iter()
        .filter(|b| in_region(b))
        .map(|b| b.text.len())
        .sum();
    // Each name's share of the region's text.
    let mut names: Vec<(&'static str, usize)> = Vec::new();
    for block in blocks.iter().filter(|b| in_region(b) && b.ev.prose) {
        if let Some(d) = named(block) {
            match names.iter_mut().find(|(rule, _)| *rule == d.rule) {
                Some((_, n)) => *n += block.text.len(),
                None => names.push((d.rule, block.text.len())),
            }
        }
    }
    for block in blocks.iter_mut().filter(|b| in_region(b) && b.ev.prose) {
        let Some(mut d) = block.ev.element else {
            continue;
        };
        let sweeping = names
            .iter()
            .any(|&(rule, n)| rule == d.rule && n * 2 > total && n >= 400);
        if sweeping && !d.wide {
            d.wide = true;
            block.update(|ev| ev.element = Some(d));
        }
    }
    let boxed: Vec<&'static str> = blocks
        .iter()
        .filter(|b| in_region(b) && b.ev.prose)
        .filter_map(|b| {
            b.ev.element
                .filter(|d| d.is_evidence_only())
                .map(|d| d.rule)
        })
        .fold(Vec::new(), |mut v, r| {
            if !v.contains(&r) {
                v.push(r);
            }
            v
        });
    for rule in boxed {
        let outside_box = || {
            blocks.iter().filter(|b| {
                in_region(b)
                    && b.label == Label::Body
                    && b.ev.element.is_none_or(|d| d.rule != rule)
            })
        };
        let chars: usize = outside_box().map(|b| b.text.len()).sum();
        let story = vocabulary::Vocabulary::of(outside_box().map(|b| b.text.as_str()));
        for block in blocks.iter_mut() {
            let in_box = block
                .ev
                .element
                .is_some_and(|d| d.rule == rule && d.is_evidence_only());
            if in_box && in_region(block) && block.ev.prose {
                let on_topic = chars < 300 || story.continues(&block.text);
                block.update(|ev| ev.on_topic = on_topic);
            }
        }
    }
}

/// The language whose rules judge the page's lines: the declared one when the text's script
/// admits it, else the one the text implies (from a sample of the blocks kept so far).
fn language(declared: Option<&str>, blocks: &[Labeled]) -> Option<String> {
    let mut sample = String::new();
    for block in blocks.iter().filter(|b| b.label == Label::Body) {
        if sample.len() > 8_000 {
            break;
        }
        sample.push_str(&block.text);
        sample.push('\n');
    }
    crate::metadata::language(declared, &sample)
}

/// Cuts a block's text to at most `max` bytes, at a character boundary.
pub(crate) fn truncate_block(text: &mut String, max: usize) {
    if text.len() > max {
        let mut cut = max;
        while cut > 0 && !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
}
