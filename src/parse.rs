//! Stage 2, parse: text to a DOM with html5ever. The DOM type stays inside this module and
//! `index`, which flattens it; nothing else sees `Rc` nodes.

use html5ever::tendril::TendrilSink;
pub(crate) use markup5ever_rcdom::RcDom;

/// Parses a whole HTML document the way a browser would.
pub(crate) fn parse(html: &str) -> RcDom {
    html5ever::parse_document(RcDom::default(), Default::default()).one(html)
}
