//! The result of an extraction and its renderings (plain text and JSON here; Markdown and
//! HTML in `crate::render`).

use serde::Serialize;

/// What kind of body block a piece of text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum BlockKind {
    /// A heading inside the body (the headline itself is [`Article::title`]).
    Heading,
    /// A paragraph of running text.
    Paragraph,
    /// One item of a list.
    ListItem,
    /// A block quote (or one paragraph of it).
    Quote,
    /// One row of a data table, cells separated by `" | "`.
    TableRow,
    /// Preformatted text or code, line breaks kept.
    Code,
    /// An image ([`Block::image`]); its text is the alt text. Only with
    /// [`OutputOptions::images`](crate::OutputOptions::images); plain text output leaves it out.
    Image,
}

impl BlockKind {
    /// Every block kind, in the order of the enum.
    ///
    /// ```
    /// assert!(copydesk::BlockKind::ALL.contains(&copydesk::BlockKind::Code));
    /// ```
    pub const ALL: [BlockKind; 7] = [
        BlockKind::Heading,
        BlockKind::Paragraph,
        BlockKind::ListItem,
        BlockKind::Quote,
        BlockKind::TableRow,
        BlockKind::Code,
        BlockKind::Image,
    ];

    /// The kebab-case name used in JSON, `--explain` and the corpus files.
    ///
    /// ```
    /// assert_eq!(copydesk::BlockKind::ListItem.name(), "list-item");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            BlockKind::Heading => "heading",
            BlockKind::Paragraph => "paragraph",
            BlockKind::ListItem => "list-item",
            BlockKind::Quote => "quote",
            BlockKind::TableRow => "table-row",
            BlockKind::Code => "code",
            BlockKind::Image => "image",
        }
    }
}

/// One block of the article body.
///
/// ```
/// use copydesk::{Block, BlockKind};
/// let block = Block::new(BlockKind::Paragraph, "Hello.");
/// assert_eq!(block.text, "Hello.");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// Heading level 1-6 for headings; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub level: Option<u8>,
    /// The text, whitespace collapsed (line breaks kept only in code and at `<br>`).
    pub text: String,
    /// Inline structure over [`Block::text`]: links, emphasis, strong text and code, as asked
    /// by [`OutputOptions`](crate::OutputOptions); empty otherwise. Sorted by start; two spans
    /// either nest or do not overlap.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<Span>,
    /// A table row's cells, in order, each a range of [`Block::text`] (which joins them with
    /// `" | "`); empty for other blocks.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cells: Vec<Cell>,
    /// An image block's source and alt text.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<Image>,
}

/// A range of a block's text with a meaning ([`Block::spans`]). `start` and `end` are byte
/// offsets into [`Block::text`], on character boundaries, `start < end`.
///
/// ```
/// use copydesk::{Span, SpanKind};
/// let span = Span::new(4, 9, SpanKind::Strong);
/// assert_eq!(&"The storm hit."[span.start..span.end], "storm");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Span {
    /// Where the span starts (a byte offset into the text).
    pub start: usize,
    /// Where it ends (exclusive).
    pub end: usize,
    /// What the range is.
    #[serde(flatten)]
    pub kind: SpanKind,
}

impl Span {
    /// A span over `start..end` of the given kind.
    ///
    /// ```
    /// let s = copydesk::Span::new(0, 3, copydesk::SpanKind::Code);
    /// assert_eq!(s.end, 3);
    /// ```
    pub fn new(start: usize, end: usize, kind: SpanKind) -> Self {
        Span { start, end, kind }
    }
}

/// What a [`Span`] is.
///
/// ```
/// let link = copydesk::SpanKind::Link { href: "https://example.com/".into() };
/// assert_eq!(link.name(), "link");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[non_exhaustive]
pub enum SpanKind {
    /// A link, its target absolute when the page's URL is known.
    Link {
        /// The link's target.
        href: String,
    },
    /// Emphasis (`<em>`, `<i>`).
    Emphasis,
    /// Strong importance (`<strong>`, `<b>`).
    Strong,
    /// Code (`<code>`, `<kbd>`, `<samp>`, `<tt>`).
    Code,
}

impl SpanKind {
    /// The kebab-case name used in JSON.
    ///
    /// ```
    /// assert_eq!(copydesk::SpanKind::Emphasis.name(), "emphasis");
    /// ```
    pub fn name(&self) -> &'static str {
        match self {
            SpanKind::Link { .. } => "link",
            SpanKind::Emphasis => "emphasis",
            SpanKind::Strong => "strong",
            SpanKind::Code => "code",
        }
    }
}

/// One cell of a table row ([`Block::cells`]): a range of the row's text.
///
/// ```
/// let row = copydesk::Block::new(copydesk::BlockKind::TableRow, "Team | Wins");
/// let cell = copydesk::Cell::new(7, 11, false);
/// assert_eq!(&row.text[cell.start..cell.end], "Wins");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Cell {
    /// Where the cell's text starts (a byte offset into the row's text).
    pub start: usize,
    /// Where it ends (exclusive); an empty cell has `start == end`.
    pub end: usize,
    /// A header cell (`<th>`, or any cell of a `<thead>` row).
    pub header: bool,
}

impl Cell {
    /// A cell over `start..end` of its row's text.
    ///
    /// ```
    /// assert!(copydesk::Cell::new(0, 4, true).header);
    /// ```
    pub fn new(start: usize, end: usize, header: bool) -> Self {
        Cell { start, end, header }
    }
}

/// An image of the body ([`Block::image`]).
///
/// ```
/// let image = copydesk::Image::new("https://example.com/a.jpg", "A harbour at dawn");
/// assert_eq!(image.alt, "A harbour at dawn");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
#[non_exhaustive]
pub struct Image {
    /// The image's URL, absolute when the page's URL is known.
    pub src: String,
    /// Its alt text (empty when the page gives none); never its caption.
    pub alt: String,
}

impl Image {
    /// An image with this source and alt text.
    ///
    /// ```
    /// assert_eq!(copydesk::Image::new("a.png", "").src, "a.png");
    /// ```
    pub fn new(src: impl Into<String>, alt: impl Into<String>) -> Self {
        Image {
            src: src.into(),
            alt: alt.into(),
        }
    }
}

impl Block {
    /// A block of the given kind and text, with no heading level.
    ///
    /// ```
    /// let b = copydesk::Block::new(copydesk::BlockKind::Quote, "To be.");
    /// assert_eq!(b.level, None);
    /// ```
    pub fn new(kind: BlockKind, text: impl Into<String>) -> Self {
        Block {
            kind,
            level: None,
            text: text.into(),
            spans: Vec::new(),
            cells: Vec::new(),
            image: None,
        }
    }

    /// An image block: its text is the alt text.
    ///
    /// ```
    /// let b = copydesk::Block::image(copydesk::Image::new("a.jpg", "A dog"));
    /// assert_eq!(b.kind, copydesk::BlockKind::Image);
    /// assert_eq!(b.text, "A dog");
    /// ```
    pub fn image(image: Image) -> Self {
        Block {
            text: image.alt.clone(),
            image: Some(image),
            ..Block::new(BlockKind::Image, "")
        }
    }
}

/// Why a piece of the page is not part of the body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum RemovalKind {
    /// Site navigation, menus, breadcrumbs, header and footer links.
    Navigation,
    /// Advertising and sponsored content.
    Ad,
    /// Reader comments.
    Comment,
    /// Share, like, print, font-size and similar buttons.
    Share,
    /// A block that is mostly links (tag clouds, link lists).
    LinkList,
    /// Teasers for other stories: related, popular, latest, recommended.
    Teaser,
    /// Reporter credits, bylines and wire datelines.
    Credit,
    /// Photo captions and photo credits.
    Caption,
    /// Copyright and no-redistribution notices.
    Copyright,
    /// Subscription, newsletter and app promotions.
    Promo,
    /// Publication and update times shown on the page.
    Timestamp,
    /// Other interface text: image-widget labels, buttons, forms.
    Widget,
    /// The headline, which is returned as [`Article::title`] rather than in the body.
    Title,
    /// Sidebars and asides.
    Sidebar,
    /// Anything else outside the article's container.
    Boilerplate,
}

impl RemovalKind {
    /// Every removal kind, in the order of the enum.
    ///
    /// ```
    /// assert_eq!(copydesk::RemovalKind::ALL.len(), 15);
    /// ```
    pub const ALL: [RemovalKind; 15] = [
        RemovalKind::Navigation,
        RemovalKind::Ad,
        RemovalKind::Comment,
        RemovalKind::Share,
        RemovalKind::LinkList,
        RemovalKind::Teaser,
        RemovalKind::Credit,
        RemovalKind::Caption,
        RemovalKind::Copyright,
        RemovalKind::Promo,
        RemovalKind::Timestamp,
        RemovalKind::Widget,
        RemovalKind::Title,
        RemovalKind::Sidebar,
        RemovalKind::Boilerplate,
    ];

    /// The kind with the given kebab-case [`name`](RemovalKind::name), if there is one.
    ///
    /// ```
    /// use copydesk::RemovalKind;
    /// assert_eq!(RemovalKind::from_name("link-list"), Some(RemovalKind::LinkList));
    /// assert_eq!(RemovalKind::from_name("captions"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<RemovalKind> {
        RemovalKind::ALL.into_iter().find(|k| k.name() == name)
    }

    /// The kebab-case name used in JSON, `--explain` and the corpus files.
    ///
    /// ```
    /// assert_eq!(copydesk::RemovalKind::LinkList.name(), "link-list");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            RemovalKind::Navigation => "navigation",
            RemovalKind::Ad => "ad",
            RemovalKind::Comment => "comment",
            RemovalKind::Share => "share",
            RemovalKind::LinkList => "link-list",
            RemovalKind::Teaser => "teaser",
            RemovalKind::Credit => "credit",
            RemovalKind::Caption => "caption",
            RemovalKind::Copyright => "copyright",
            RemovalKind::Promo => "promo",
            RemovalKind::Timestamp => "timestamp",
            RemovalKind::Widget => "widget",
            RemovalKind::Title => "title",
            RemovalKind::Sidebar => "sidebar",
            RemovalKind::Boilerplate => "boilerplate",
        }
    }
}

/// A piece of the page left out of the body, with the kind and the name of the rule that
/// removed it.
///
/// ```
/// use copydesk::{Removal, RemovalKind};
/// let r = Removal::new(RemovalKind::Caption, "사진=대구광역시", "ko.caption.triangle");
/// assert_eq!(r.rule, "ko.caption.triangle");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Removal {
    /// What the removed text was judged to be.
    pub kind: RemovalKind,
    /// The removed text.
    pub text: String,
    /// The name of the rule that removed it.
    pub rule: &'static str,
    /// Where it stood: the number of body blocks before it on the page.
    pub position: usize,
}

impl Removal {
    /// A removal of the given kind, text and rule name.
    ///
    /// ```
    /// let r = copydesk::Removal::new(copydesk::RemovalKind::Share, "Share", "class.share");
    /// assert_eq!(r.text, "Share");
    /// ```
    pub fn new(kind: RemovalKind, text: impl Into<String>, rule: &'static str) -> Self {
        Removal {
            kind,
            text: text.into(),
            rule,
            position: 0,
        }
    }
}

/// Whether an article was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
#[non_exhaustive]
pub enum Status {
    /// The body holds the article.
    Article,
    /// The page holds no article (an error page, a page of navigation, an empty document):
    /// the body is empty and everything visible is in [`Article::removed`].
    NoArticle,
    /// The page lists other pages' stories (a section front, a tag or search page): no
    /// article of its own, so the body holds what the listing says (the stories' summaries
    /// and labels; the linked headlines are removed as teasers). A caller that wants
    /// articles only skips it; one that wants the page's text keeps it.
    Listing,
}

/// The article extracted from a page.
///
/// ```
/// let html = b"<html><head><title>Rain - Daily</title></head><body><article>\
///     <h1>Rain</h1><p>It rained all day in the city, and the rivers rose to their banks.</p>\
///     <p>Officials said the water would fall again by Friday, and schools stayed open.</p>\
///     </article></body></html>";
/// let article = copydesk::extract(html, &copydesk::Options::default()).unwrap();
/// assert_eq!(article.title.as_deref(), Some("Rain"));
/// assert_eq!(article.body.len(), 2);
/// assert!(article.text().starts_with("It rained"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[non_exhaustive]
pub struct Article {
    /// Whether an article was found.
    pub status: Status,
    /// The headline.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// The byline as shown on the page ("홍길동 기자", "By Jane Doe"), without emails.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub byline: Option<String>,
    /// The authors' names, without titles ("기자"), "By" or agencies.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub authors: Vec<String>,
    /// First publication time, RFC 3339: `2026-07-12T22:09:00+09:00` with an offset when the
    /// page gives a zone or is Korean (KST), `2026-07-12T22:09:00` when it gives none,
    /// `2026-07-12` when it gives only a date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub published: Option<String>,
    /// Last modification time, in the same form as `published`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// The article's language (BCP 47): the page's declaration when the body's script admits
    /// it, else the caller's hint, else what the script implies.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<String>,
    /// The publication's name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site_name: Option<String>,
    /// The page's summary (`og:description`, `description`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// The canonical URL (`rel=canonical`, `og:url`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub canonical_url: Option<String>,
    /// The lead image's URL (`og:image`, JSON-LD `image`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub image: Option<String>,
    /// The section the article ran in (`article:section`, JSON-LD `articleSection`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub section: Option<String>,
    /// Tags and keywords (`article:tag`, JSON-LD `keywords`, meta keywords).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// The body, in reading order.
    pub body: Vec<Block>,
    /// Everything visible that was left out, in page order, each with its kind and rule.
    pub removed: Vec<Removal>,
}

impl Article {
    /// An article with no content and the given status.
    ///
    /// ```
    /// let a = copydesk::Article::empty(copydesk::Status::NoArticle);
    /// assert!(a.body.is_empty());
    /// ```
    pub fn empty(status: Status) -> Self {
        Article {
            status,
            title: None,
            byline: None,
            authors: Vec::new(),
            published: None,
            modified: None,
            lang: None,
            site_name: None,
            description: None,
            canonical_url: None,
            image: None,
            section: None,
            tags: Vec::new(),
            body: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// The body as plain text: one block per paragraph, blocks separated by a blank line
    /// (image blocks left out).
    ///
    /// ```
    /// use copydesk::{Article, Block, BlockKind, Status};
    /// let mut a = Article::empty(Status::Article);
    /// a.body.push(Block::new(BlockKind::Paragraph, "One."));
    /// a.body.push(Block::new(BlockKind::Paragraph, "Two."));
    /// assert_eq!(a.text(), "One.\n\nTwo.");
    /// ```
    pub fn text(&self) -> String {
        let mut out = String::new();
        let texts = self.body.iter().filter(|b| b.kind != BlockKind::Image);
        for (i, block) in texts.enumerate() {
            if i > 0 {
                out.push_str("\n\n");
            }
            out.push_str(&block.text);
        }
        out
    }

    /// The body as plain text with the removals of the given kinds put back where they stood
    /// (for comparing with ground truths that keep, say, reporter credits).
    ///
    /// ```
    /// use copydesk::{Article, Block, BlockKind, Removal, RemovalKind, Status};
    /// let mut a = Article::empty(Status::Article);
    /// a.body.push(Block::new(BlockKind::Paragraph, "Story."));
    /// let mut credit = Removal::new(RemovalKind::Credit, "By Jane Doe", "rule");
    /// credit.position = 0;
    /// a.removed.push(credit);
    /// assert_eq!(a.text_keeping(&[RemovalKind::Credit]), "By Jane Doe\n\nStory.");
    /// ```
    pub fn text_keeping(&self, kinds: &[RemovalKind]) -> String {
        let mut parts: Vec<&str> = Vec::with_capacity(self.body.len());
        let mut kept = self
            .removed
            .iter()
            .filter(|r| kinds.contains(&r.kind))
            .peekable();
        for (i, block) in self.body.iter().enumerate() {
            while let Some(r) = kept.next_if(|r| r.position <= i) {
                parts.push(&r.text);
            }
            if block.kind != BlockKind::Image {
                parts.push(&block.text);
            }
        }
        parts.extend(kept.map(|r| r.text.as_str()));
        parts.join("\n\n")
    }

    /// A copy of the article with the removals of the given kinds put back into the body where
    /// they stood, each as a paragraph, for callers who want, say, photo captions or reporter
    /// credits kept (`copydesk extract --keep caption,credit`). The removals kept leave
    /// [`Article::removed`]; the others stay there, their [`Removal::position`] counted in the
    /// new body. `a.keeping(kinds).text()` is `a.text_keeping(kinds)`.
    ///
    /// ```
    /// use copydesk::{Article, Block, BlockKind, Removal, RemovalKind, Status};
    /// let mut a = Article::empty(Status::Article);
    /// a.body.push(Block::new(BlockKind::Paragraph, "First."));
    /// a.body.push(Block::new(BlockKind::Paragraph, "Second."));
    /// let mut caption = Removal::new(RemovalKind::Caption, "The bridge at dawn.", "rule");
    /// caption.position = 1;
    /// let mut share = Removal::new(RemovalKind::Share, "Share", "rule");
    /// share.position = 2;
    /// a.removed = vec![caption, share];
    ///
    /// let kept = a.keeping(&[RemovalKind::Caption]);
    /// let texts: Vec<&str> = kept.body.iter().map(|b| b.text.as_str()).collect();
    /// assert_eq!(texts, ["First.", "The bridge at dawn.", "Second."]);
    /// assert_eq!(kept.body[1].kind, BlockKind::Paragraph);
    /// assert_eq!(kept.removed.len(), 1);
    /// assert_eq!(kept.removed[0].position, 3);
    /// assert_eq!(kept.text(), a.text_keeping(&[RemovalKind::Caption]));
    /// ```
    pub fn keeping(&self, kinds: &[RemovalKind]) -> Article {
        let mut body = Vec::with_capacity(self.body.len());
        let mut removed = Vec::with_capacity(self.removed.len());
        let mut removals = self.removed.iter().peekable();
        let place = |r: &Removal, body: &mut Vec<Block>, removed: &mut Vec<Removal>| {
            if kinds.contains(&r.kind) {
                body.push(Block::new(BlockKind::Paragraph, r.text.clone()));
            } else {
                let mut r = r.clone();
                r.position = body.len();
                removed.push(r);
            }
        };
        for (i, block) in self.body.iter().enumerate() {
            while let Some(r) = removals.next_if(|r| r.position <= i) {
                place(r, &mut body, &mut removed);
            }
            body.push(block.clone());
        }
        for r in removals {
            place(r, &mut body, &mut removed);
        }
        Article {
            body,
            removed,
            ..self.clone()
        }
    }

    /// The article as Markdown (CommonMark, with a GFM table for table rows): the title as a
    /// level-1 heading, the byline and publication time in italics when known, then the body.
    ///
    /// Every text is escaped so that a CommonMark parser reads back the same text: a paragraph
    /// that begins with `# ` or `1. `, or holds `*stars*`, stays one plain paragraph. Headings
    /// keep their level, consecutive list items form one list, quotes are block quotes, code is
    /// fenced (with a fence longer than any run of backticks inside), and consecutive table
    /// rows form one table whose first row is the header, cells split on `" | "` and padded
    /// to the widest row. A line break inside a block is a hard break (`\` at the line's end).
    ///
    /// ```
    /// use copydesk::{Article, Block, BlockKind, Status};
    /// let mut a = Article::empty(Status::Article);
    /// a.title = Some("Title".into());
    /// a.body.push(Block::new(BlockKind::ListItem, "item"));
    /// assert_eq!(a.to_markdown(), "# Title\n\n- item\n");
    /// a.byline = Some("By Jane Doe".into());
    /// assert_eq!(a.to_markdown(), "# Title\n\n_By Jane Doe_\n\n- item\n");
    /// a.body = vec![Block::new(BlockKind::Paragraph, "1. Not a *list*")];
    /// assert!(a.to_markdown().ends_with("1\\. Not a \\*list\\*\n"));
    /// ```
    pub fn to_markdown(&self) -> String {
        crate::render::markdown::render(self)
    }

    /// The article as clean HTML, for readers and Readability users: one `<article>` element
    /// (with `lang` when known) holding a `<header>` with the title as `<h1>`, the byline
    /// (`<p class="byline">`) and the publication time (`<time>`), then the body: `<p>`,
    /// `<h2>`-`<h6>`, one `<ul>` per run of list items, `<blockquote>`, `<pre><code>`, and one
    /// `<table>` per run of table rows (`<td>` cells; the page's header row is not known).
    /// Every text is escaped; a line break inside a block is a `<br>`. No styles, scripts or
    /// classes beyond `byline`. This is the article, not the `--explain` page
    /// ([`crate::Explanation::to_html`]).
    ///
    /// ```
    /// use copydesk::{Article, Block, BlockKind, Status};
    /// let mut a = Article::empty(Status::Article);
    /// a.title = Some("Rain & wind".into());
    /// a.body.push(Block::new(BlockKind::Paragraph, "It <rained>."));
    /// assert_eq!(
    ///     a.to_html(),
    ///     "<article>\n<header>\n<h1>Rain &amp; wind</h1>\n</header>\n<p>It &lt;rained&gt;.</p>\n</article>\n"
    /// );
    /// ```
    pub fn to_html(&self) -> String {
        crate::render::html::fragment(self)
    }

    /// [`Article::to_html`] as a complete UTF-8 HTML document (`<!DOCTYPE html>`, `lang`,
    /// `<meta charset="utf-8">`, the title in `<title>`), as `copydesk extract --format html`
    /// prints it.
    ///
    /// ```
    /// let a = copydesk::Article::empty(copydesk::Status::NoArticle);
    /// let html = a.to_html_document();
    /// assert!(html.starts_with("<!DOCTYPE html>"));
    /// assert!(html.contains(&a.to_html()));
    /// ```
    pub fn to_html_document(&self) -> String {
        crate::render::html::document(self)
    }

    /// The article as pretty-printed JSON; absent fields are left out, not empty. The shape is
    /// described by `docs/article.schema.json` (JSON Schema draft 2020-12), which the tests
    /// check every corpus page's JSON against.
    ///
    /// ```
    /// let a = copydesk::Article::empty(copydesk::Status::NoArticle);
    /// assert!(a.to_json().contains("\"status\": \"no-article\""));
    /// ```
    pub fn to_json(&self) -> String {
        // Serialising plain owned data into a String cannot fail.
        serde_json::to_string_pretty(self).unwrap_or_default()
    }
}
