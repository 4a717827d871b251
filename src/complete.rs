//! Stage 6, complete: the article from the labelled blocks, and the metadata that only the
//! visible page gives (the byline and dateline the classify stage removed, the language of the
//! body).

use crate::article::{Article, Block, BlockKind, Image, Removal, Status};
use crate::classify::{Label, Labeled};
use crate::metadata::Meta;

/// The article: body blocks in order, removals with their positions, and the metadata
/// completed from what was removed.
pub(crate) fn article(labeled: Vec<Labeled>, meta: Meta, listing: bool) -> Article {
    let named_credits: Vec<String> = labeled
        .iter()
        .filter(|b| b.is_named_byline())
        .map(|b| b.text.clone())
        .collect();
    let mut article = Article::empty(Status::NoArticle);
    // Images of the body wait for the next body block (a removed caption carries its figure's
    // image on to the story's next paragraph); those after the last one are not the story's.
    let mut images: Vec<Image> = Vec::new();
    for block in labeled {
        let extra = block.extra.map(|e| *e);
        if let Some(extra) = &extra {
            images.extend(extra.images.iter().cloned());
        }
        match block.label {
            Label::Body => {
                article.body.extend(images.drain(..).map(Block::image));
                let (mut spans, cells) = extra.map(|e| e.over(&block.text)).unwrap_or_default();
                if block.kind == BlockKind::Code {
                    // A code block is code throughout: it renders as its text alone.
                    spans.clear();
                }
                let mut body = Block::new(block.kind, block.text);
                body.level = block.level;
                body.spans = spans;
                body.cells = cells;
                article.body.push(body);
            }
            Label::Removed(kind, rule) => {
                let mut removal = Removal::new(kind, block.text, rule);
                removal.position = article.body.len();
                article.removed.push(removal);
            }
        }
    }
    if !article.body.is_empty() {
        article.status = if listing {
            Status::Listing
        } else {
            Status::Article
        };
    }
    crate::metadata::complete(&mut article, meta, &named_credits);
    article
}
