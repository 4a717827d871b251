//! Stage 5, classify: the page (or the lines of a text) into blocks, each labelled body or a
//! kind of removal with the rule that made it. The labelled blocks are the stage's output;
//! `complete` assembles the article from them.

mod blocks;
mod decide;
mod edges;
mod first_byte;
mod inline;
pub(crate) mod lexicon;
mod rules;
mod vocabulary;

use crate::article::{BlockKind, RemovalKind};
use crate::index::Page;
use crate::metadata::Meta;
use crate::options::{Favor, Limits, Options};
use crate::score::Region;
use crate::split::Line;

pub(crate) use blocks::Labeled;
pub(crate) use decide::Label;
pub(crate) use lexicon::all_rules as rule_table;
use lexicon::Langs;

/// Labels every block of the indexed page within the chosen region, in page order: the
/// final decisions, from which the article is assembled (`complete`) and `explain` reads.
pub(crate) fn classify_page(
    page: &Page,
    region: &Region,
    meta: &Meta,
    options: &Options,
) -> Vec<Labeled> {
    let limits = &options.limits;
    let mut blocks = blocks::build(page, region, meta, options);
    set_favor(&mut blocks, options.favor);
    judge_named_boxes(&mut blocks);
    let langs = Langs::of(language(meta.lang.as_deref(), &blocks).as_deref());
    let mut labeled = edges::refine(blocks, langs, options.favor);
    if region.listing {
        keep_summaries(&mut labeled);
    } else if !region.found {
        for block in labeled.iter_mut().filter(|b| b.label == Label::Body) {
            block.update(|ev| ev.placed = Some((RemovalKind::Boilerplate, "page.no-article")));
        }
    }
    use_json_ld_body(&mut labeled, meta.ld_body.as_deref(), limits);
    use_payload_body(&mut labeled, &page.head.json_data, limits);
    labeled
}

/// A listing of other pages' stories keeps what it says of them: the summaries, the blocks
/// inside the region that read as sentences (linked or not: some listings link the whole
/// summary), even where a teaser run took them. Headlines, labels and dates, and every other
/// block of the body, go as `page.listing`.
fn keep_summaries(labeled: &mut [Labeled]) {
    for block in labeled.iter_mut() {
        let ev = &block.ev;
        let summary = !ev.outside
            && !ev.title
            && matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
            && (ev.prose || ev.sentence);
        if summary {
            block.update(|ev| {
                ev.placed = None;
                ev.linked = None;
            });
        } else if block.label == Label::Body {
            block.update(|ev| ev.placed = Some((RemovalKind::Boilerplate, "page.listing")));
        }
    }
}

/// When the page's JSON-LD `articleBody` holds far more text than the visible body (a page
/// whose article is rendered by script), the JSON-LD text becomes the body, one paragraph per
/// line; the visible blocks it replaces are kept as removals.
fn use_json_ld_body(labeled: &mut Vec<Labeled>, ld_body: Option<&str>, limits: &Limits) {
    let Some(ld_body) = ld_body else {
        return;
    };
    let ld_words = crate::script::measure(ld_body).words;
    if ld_words < 50 || ld_words < body_words(labeled).saturating_mul(2) {
        return;
    }
    replace_body(labeled, ld_body, "jsonld.replaced", limits);
}

/// The words of the body blocks.
fn body_words(labeled: &[Labeled]) -> u32 {
    labeled
        .iter()
        .filter(|b| b.label == Label::Body)
        .map(|b| crate::script::measure(&b.text).words)
        .sum()
}

/// The body blocks become removals by `rule`, and `text`'s lines the body.
fn replace_body(labeled: &mut Vec<Labeled>, text: &str, rule: &'static str, limits: &Limits) {
    for block in labeled.iter_mut().filter(|b| b.label == Label::Body) {
        block.update(|ev| ev.placed = Some((RemovalKind::Boilerplate, rule)));
    }
    labeled.extend(
        crate::split::split(text, limits)
            .into_iter()
            .map(|line| Labeled::from_text(BlockKind::Paragraph, line.text)),
    );
}

/// When the visible page holds no article (fewer than 50 words of body) and the page's data
/// script holds one (100 words or more in 3+ HTML paragraphs), the payload's paragraphs become
/// the body; the visible blocks they replace are kept as removals.
fn use_payload_body(labeled: &mut Vec<Labeled>, scripts: &[String], limits: &Limits) {
    if scripts.is_empty() || body_words(labeled) >= 50 {
        return;
    }
    // Read only now: a payload can be megabytes of JSON.
    let Some(payload) = crate::metadata::payload_body(scripts) else {
        return;
    };
    if crate::script::measure(&payload).words < 100 {
        return;
    }
    replace_body(labeled, &payload, "payload.replaced", limits);
}

/// Labels the lines of already-extracted text, one block per line.
pub(crate) fn classify_lines(lines: Vec<Line>, options: &Options) -> Vec<Labeled> {
    let mut labeled: Vec<Labeled> = lines
        .into_iter()
        .map(|line| Labeled::from_text(BlockKind::Paragraph, line.text))
        .collect();
    set_favor(&mut labeled, options.favor);
    let langs = Langs::of(language(options.lang.as_deref(), &labeled).as_deref());
    edges::refine(labeled, langs, options.favor)
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
