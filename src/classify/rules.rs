//! Structural removal rules: which subtrees are not the article, and why.
//!
//! A rule fires on an element and labels every block inside it. Each rule has a stable name
//! (`tag.nav`, `class.comment`, `links.dense` ...) that is returned with the removal.

use crate::article::RemovalKind;
use crate::index::{hint, Node, Tag};

/// A decision on a subtree: the kind of removal and the rule's name.
pub(crate) type Decision = (RemovalKind, &'static str);

/// Class/id token hints, in the order they are tried, with the kind and rule they give.
const HINT_RULES: &[(u32, RemovalKind, &str)] = &[
    (hint::COMMENT, RemovalKind::Comment, "class.comment"),
    (hint::SHARE, RemovalKind::Share, "class.share"),
    (hint::AD, RemovalKind::Ad, "class.ad"),
    (hint::RELATED, RemovalKind::Teaser, "class.related"),
    (hint::PROMO, RemovalKind::Promo, "class.promo"),
    (hint::CAPTION, RemovalKind::Caption, "class.caption"),
    (hint::BYLINE, RemovalKind::Credit, "class.byline"),
    (hint::COPYRIGHT, RemovalKind::Copyright, "class.copyright"),
    (hint::TAGS, RemovalKind::LinkList, "class.tags"),
    (hint::NAV, RemovalKind::Navigation, "class.nav"),
    (hint::SIDEBAR, RemovalKind::Sidebar, "class.sidebar"),
    (hint::FOOTER, RemovalKind::Navigation, "class.footer"),
    (hint::HIDDEN, RemovalKind::Widget, "class.hidden"),
    (hint::LABEL, RemovalKind::Widget, "class.label"),
];

/// The decision for an element by its tag alone.
pub(crate) fn by_tag(node: &Node) -> Option<Decision> {
    match node.tag {
        Tag::Nav | Tag::Menu => Some((RemovalKind::Navigation, "tag.nav")),
        Tag::Aside => Some((RemovalKind::Sidebar, "tag.aside")),
        Tag::Footer => Some((RemovalKind::Navigation, "tag.footer")),
        Tag::Header => Some((RemovalKind::Navigation, "tag.header")),
        Tag::Form | Tag::Fieldset => Some((RemovalKind::Widget, "tag.form")),
        Tag::Figcaption => Some((RemovalKind::Caption, "tag.figcaption")),
        Tag::Address => Some((RemovalKind::Credit, "tag.address")),
        _ => None,
    }
}

/// The decision for an element by its class/id/role/itemprop tokens.
pub(crate) fn by_hints(node: &Node) -> Option<Decision> {
    if node.hints & hint::ARTICLE_BODY != 0 {
        return None;
    }
    if node.hints & hint::DATE != 0 && node.all.words <= 12 {
        return Some((RemovalKind::Timestamp, "class.date"));
    }
    // Labels, counters and hidden helper text are short; a long subtree with such a name is
    // something else.
    let small_only = hint::LABEL | hint::HIDDEN | hint::DATE;
    let hints = if node.all.words > 12 {
        node.hints & !small_only
    } else {
        node.hints
    };
    HINT_RULES
        .iter()
        .find(|(bit, _, _)| hints & bit != 0)
        .map(|&(_, kind, rule)| (kind, rule))
}

/// The decision for an inline element (`<span>`, `<time>`, `<em>`, `<a>`) that stands on its
/// own in a container: a date, a byline, a caption, a label.
pub(crate) fn inline_by_hints(node: &Node) -> Option<Decision> {
    if (node.tag == Tag::Time || node.has(crate::index::flag::TIME)) && node.all.words <= 12 {
        return Some((RemovalKind::Timestamp, "tag.time"));
    }
    if node.hints == 0 || node.all.words > 60 {
        return None;
    }
    by_hints(node)
}

/// Whether a decision rests on link density alone (weaker than one from a tag or a name).
pub(crate) fn is_weak(decision: &Decision) -> bool {
    decision.1.starts_with("links.")
}

/// The decision for a container that is mostly links.
pub(crate) fn by_links(node: &Node) -> Option<Decision> {
    let listy = matches!(
        node.tag,
        Tag::Ul | Tag::Ol | Tag::Dl | Tag::Menu | Tag::Div | Tag::Section | Tag::Table | Tag::Td
    );
    if !listy || node.all.chars == 0 {
        return None;
    }
    let min_links = if matches!(node.tag, Tag::Ul | Tag::Ol) {
        2
    } else {
        3
    };
    if node.links >= min_links && node.link_density() > 0.5 {
        // Links as long as headlines are other stories' teasers; short ones are menus.
        if node.link_chars >= node.links * 16 {
            return Some((RemovalKind::Teaser, "links.headlines"));
        }
        return Some((RemovalKind::LinkList, "links.dense"));
    }
    None
}
