//! Structural removal rules: which subtrees are not the article, and why.
//!
//! A rule fires on an element and gives every block inside it a [`Decision`]: the kind, a
//! stable name (`tag.nav`, `class.comment`, `links.dense` ...) returned with the removal, and
//! the [`Source`] it rests on, which is what later steps read. Whether the decision removes a
//! block is settled by `decide`, with the block's own evidence.

use crate::article::RemovalKind;
use crate::index::{hint, Node, Tag};

/// A decision on a subtree: the kind of removal, the rule's name and the signal it rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Decision {
    pub kind: RemovalKind,
    pub rule: &'static str,
    pub by: Source,
    /// The element it was taken on holds several paragraphs (a region-sized box, not one
    /// caption or one teaser).
    pub wide: bool,
}

/// What an element's decision rests on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Source {
    /// Its tag (`<nav>`, `<aside>`, `<figcaption>`...).
    Tag(Tag),
    /// A class/id/role token hint (one of the `index::hint` bits).
    Hint(u32),
    /// Link density alone (weaker than a tag or a name).
    Links,
}

impl Decision {
    const fn new(kind: RemovalKind, rule: &'static str, by: Source) -> Self {
        Decision {
            kind,
            rule,
            by,
            wide: false,
        }
    }

    /// The same decision, taken on `node`.
    fn on(mut self, node: &Node) -> Self {
        self.wide = node.paragraphs >= 3 && node.all.words >= 120;
        self
    }

    /// Whether the name cannot be the box's: a share bar or a label named on a wide box
    /// (several paragraphs of text), as when a document's section ids are slugs of its
    /// headings ("sharing-with-a-team"). Such a name decides nothing.
    pub(crate) fn misnamed(&self) -> bool {
        const SMALL_WIDGETS: u32 = hint::SHARE | hint::LABEL;
        self.wide && matches!(self.by, Source::Hint(bit) if bit & SMALL_WIDGETS != 0)
    }

    /// Whether the decision is only evidence for a sentence-rich block inside the article's
    /// region, so that a second signal must agree before the block goes (`decide`): the name
    /// or layout tag of a wide box (several paragraphs: a misnamed container of the story
    /// rather than one caption, one teaser or one profile). Comments, navigation and footers
    /// (their text is sentences however many, or site text however long), a date, a caption's
    /// own tag and link density always decide alone.
    pub(crate) fn is_evidence_only(&self) -> bool {
        self.evidence_only_if(self.wide)
    }

    /// Favouring recall, any name or layout tag is only evidence for a paragraph of the region,
    /// however narrow its box, but for comments, navigation, footers and dates.
    pub(crate) fn is_evidence_only_for_recall(&self) -> bool {
        self.evidence_only_if(true)
    }

    fn evidence_only_if(&self, wide: bool) -> bool {
        const ALWAYS: u32 = hint::DATE | hint::COMMENT | hint::NAV | hint::FOOTER;
        match self.by {
            Source::Hint(bit) => bit & ALWAYS == 0 && wide,
            Source::Tag(tag) => {
                wide && matches!(
                    tag,
                    Tag::Aside | Tag::Header | Tag::Address | Tag::Form | Tag::Fieldset
                )
            }
            Source::Links => false,
        }
    }
}

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
    let (kind, rule) = match node.tag {
        Tag::Nav | Tag::Menu => (RemovalKind::Navigation, "tag.nav"),
        Tag::Aside => (RemovalKind::Sidebar, "tag.aside"),
        Tag::Footer => (RemovalKind::Navigation, "tag.footer"),
        Tag::Header => (RemovalKind::Navigation, "tag.header"),
        Tag::Form | Tag::Fieldset => (RemovalKind::Widget, "tag.form"),
        Tag::Figcaption => (RemovalKind::Caption, "tag.figcaption"),
        Tag::Address => (RemovalKind::Credit, "tag.address"),
        _ => return None,
    };
    Some(Decision::new(kind, rule, Source::Tag(node.tag)).on(node))
}

/// The decision for an element by its class/id/role/itemprop tokens.
pub(crate) fn by_hints(node: &Node) -> Option<Decision> {
    if node.hints & hint::ARTICLE_BODY != 0 {
        return None;
    }
    if node.hints & hint::DATE != 0 && node.all.words <= 12 {
        return Some(Decision::new(
            RemovalKind::Timestamp,
            "class.date",
            Source::Hint(hint::DATE),
        ));
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
        .map(|&(bit, kind, rule)| Decision::new(kind, rule, Source::Hint(bit)).on(node))
}

/// The decision for an inline element (`<span>`, `<time>`, `<em>`, `<a>`) that stands on its
/// own in a container: a date, a byline, a caption, a label.
pub(crate) fn inline_by_hints(node: &Node) -> Option<Decision> {
    if (node.tag == Tag::Time || node.has(crate::index::flag::TIME)) && node.all.words <= 12 {
        return Some(Decision::new(
            RemovalKind::Timestamp,
            "tag.time",
            Source::Tag(Tag::Time),
        ));
    }
    if node.hints == 0 || node.all.words > 60 {
        return None;
    }
    by_hints(node)
}

/// Whether a decision rests on link density alone (weaker than one from a tag or a name).
pub(crate) fn is_weak(decision: &Decision) -> bool {
    decision.by == Source::Links
}

/// The decision for another story's card inside the article: a headline link in a block of
/// its own over that story's summary (found by the walk, which sees the card's blocks).
pub(crate) const TEASER_CARD: Decision =
    Decision::new(RemovalKind::Teaser, "links.card", Source::Links);

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
            return Some(Decision::new(
                RemovalKind::Teaser,
                "links.headlines",
                Source::Links,
            ));
        }
        return Some(Decision::new(
            RemovalKind::LinkList,
            "links.dense",
            Source::Links,
        ));
    }
    None
}
