//! Stage 6, complete: the article from the labelled blocks, and the metadata that only the
//! visible page gives (the byline and dateline the classify stage removed, the language of the
//! body).

use crate::article::{Article, Block, Removal, Status};
use crate::classify::{Label, Labeled};
use crate::metadata::Meta;

/// The article: body blocks in order, removals with their positions, and the metadata
/// completed from what was removed.
pub(crate) fn article(labeled: Vec<Labeled>, meta: Meta) -> Article {
    let named_credits: Vec<String> = labeled
        .iter()
        .filter(|b| b.is_named_byline())
        .map(|b| b.text.clone())
        .collect();
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
    if !article.body.is_empty() {
        article.status = Status::Article;
    }
    crate::metadata::complete(&mut article, meta, &named_credits);
    article
}
