//! classify (stub)
use crate::{Article, Status, options::{Limits, Options}, index::Page, score::Region, metadata::Meta, split::Line};
pub(crate) fn classify_page(_p: &Page, _r: &Region, _m: Meta, _l: &Limits) -> Article { Article::empty(Status::NoArticle) }
pub(crate) fn classify_lines(_l: Vec<Line>, _o: &Options) -> Article { Article::empty(Status::NoArticle) }
