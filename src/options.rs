//! What a caller can tell the extractor: hints about the page and resource limits.

use std::time::Duration;

/// Hints and limits for one extraction.
///
/// The struct is `#[non_exhaustive]` (fields may be added in a minor release), so outside this
/// crate it is built with [`Options::builder`], with the `with_*` methods on a default value, or
/// by setting the public fields of `Options::default()`:
///
/// ```
/// use copydesk::Options;
/// use std::time::Duration;
///
/// let options = Options::builder()
///     .url("https://news.example.kr/article/1")
///     .charset("euc-kr")
///     .lang("ko")
///     .time_budget(Duration::from_secs(2))
///     .build();
/// assert_eq!(options.url.as_deref(), Some("https://news.example.kr/article/1"));
/// assert_eq!(options.limits.time_budget, Some(Duration::from_secs(2)));
///
/// let same = Options::default()
///     .with_url("https://news.example.kr/article/1")
///     .with_charset("euc-kr")
///     .with_lang("ko")
///     .with_time_budget(Duration::from_secs(2));
/// assert_eq!(options, same);
///
/// let mut fields = Options::default();
/// fields.url = Some("https://news.example.kr/article/1".into());
/// assert_eq!(fields.limits.max_depth, 512);
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct Options {
    /// The page's URL, if known: used for the site's domain (Korean domains imply KST) and dates.
    pub url: Option<String>,
    /// A charset label from outside the page (an HTTP `Content-Type` header, say). It wins over
    /// the page's own declaration, but not over a byte order mark or valid UTF-8.
    pub charset: Option<String>,
    /// A BCP 47 language hint (`"ko"`, `"en-GB"`) used when the page declares none.
    pub lang: Option<String>,
    /// Resource limits.
    pub limits: Limits,
    /// Which errors to prefer when the evidence is split: [`Favor::Balanced`] (the default),
    /// [`Favor::Precision`] (less boilerplate, at the risk of a lost paragraph) or
    /// [`Favor::Recall`] (every paragraph that may be the story's, at the risk of a teaser).
    pub favor: Favor,
    /// What the body blocks carry beyond their text: links, images, inline formatting (all
    /// off by default; the body's text is the same either way).
    pub output: OutputOptions,
}

/// What the body blocks carry beyond their text ([`Options::output`]). Off by default: the
/// page's link targets and image sources are then never read, which keeps the parse lean.
///
/// ```
/// use copydesk::Options;
/// let html = br#"<article><h1>Harbour</h1>
///     <p>The <a href="/ferries">ferry</a> runs <em>every</em> twenty minutes from the pier.</p>
///     <img src="pier.jpg" alt="The pier at dawn">
///     <p>Tickets cost two euros, and children under twelve travel free all year round.</p>
///     </article>"#;
/// let options = Options::builder()
///     .url("https://news.example.com/local/harbour.html")
///     .links(true)
///     .images(true)
///     .formatting(true)
///     .build();
/// let article = copydesk::extract(html, &options)?;
/// let markdown = article.to_markdown();
/// assert!(markdown.contains("[ferry](https://news.example.com/ferries)"));
/// assert!(markdown.contains("*every*"));
/// assert!(markdown.contains("![The pier at dawn](https://news.example.com/local/pier.jpg)"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub struct OutputOptions {
    /// Links in the body become [`Span`](crate::Span)s with their target (absolute when
    /// [`Options::url`] is given; `javascript:` links and links to a fragment of the same page
    /// stay plain text).
    pub links: bool,
    /// Images in the body become [`BlockKind::Image`](crate::BlockKind::Image) blocks, with
    /// their source (`src`, else a lazy `data-src`, else the first `srcset` candidate) and alt
    /// text, in document order.
    pub images: bool,
    /// Emphasis (`<em>`, `<i>`), strong text (`<strong>`, `<b>`) and code (`<code>`, `<kbd>`,
    /// `<samp>`, `<tt>`) become [`Span`](crate::Span)s.
    pub formatting: bool,
}

/// What to prefer when a block's evidence is split ([`Options::favor`]).
///
/// ```
/// use copydesk::{Favor, Options};
/// let html = b"<article><h1>Bridge</h1>\
///     <p>The council voted on Monday to close the harbour bridge for repairs this summer.</p>\
///     <p>Work starts in June, and the bridge reopens to traffic at the end of August.</p>\
///     <p>Copyright 2026 Valley Gazette. All rights reserved. This article may not be reproduced.</p>\
///     <p>Ferry services will run every twenty minutes while the bridge is closed.</p></article>";
/// let balanced = copydesk::extract(html, &Options::default())?;
/// let recall = copydesk::extract(html, &Options::builder().favor(Favor::Recall).build())?;
/// assert_eq!(balanced.body.len(), 2); // cut after the copyright notice
/// assert_eq!(recall.body.len(), 3); // no cut after the story's end
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Favor {
    /// The default: a name alone does not remove a paragraph that continues the story, a text
    /// rule alone does not remove a line that reads as a sentence.
    #[default]
    Balanced,
    /// Names and text rules decide alone, as on a page where every signal is trusted.
    Precision,
    /// No cut after the story's end and no appended-teaser cut; any box's name (but comments,
    /// navigation and footers) is only evidence for a paragraph of the region.
    Recall,
}

impl Favor {
    /// The preset's name: `balanced`, `precision` or `recall`.
    ///
    /// ```
    /// assert_eq!(copydesk::Favor::Recall.name(), "recall");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Favor::Balanced => "balanced",
            Favor::Precision => "precision",
            Favor::Recall => "recall",
        }
    }

    /// The preset of this name, if any.
    ///
    /// ```
    /// assert_eq!(copydesk::Favor::from_name("precision"), Some(copydesk::Favor::Precision));
    /// assert_eq!(copydesk::Favor::from_name("fast"), None);
    /// ```
    pub fn from_name(name: &str) -> Option<Favor> {
        [Favor::Balanced, Favor::Precision, Favor::Recall]
            .into_iter()
            .find(|f| f.name() == name)
    }
}

impl Options {
    /// A builder starting from the defaults; see [`OptionsBuilder`].
    ///
    /// ```
    /// let options = copydesk::Options::builder().lang("de").build();
    /// assert_eq!(options.lang.as_deref(), Some("de"));
    /// ```
    pub fn builder() -> OptionsBuilder {
        OptionsBuilder::default()
    }

    /// These options with the page's URL (relative links and images are joined with it; its
    /// domain helps with dates).
    ///
    /// ```
    /// let options = copydesk::Options::default().with_url("https://example.com/a.html");
    /// assert_eq!(options.url.as_deref(), Some("https://example.com/a.html"));
    /// ```
    #[must_use]
    pub fn with_url(mut self, url: impl Into<String>) -> Self {
        self.url = Some(url.into());
        self
    }

    /// These options with a charset label from outside the page (an HTTP header, say).
    ///
    /// ```
    /// let options = copydesk::Options::default().with_charset("shift_jis");
    /// assert_eq!(options.charset.as_deref(), Some("shift_jis"));
    /// ```
    #[must_use]
    pub fn with_charset(mut self, charset: impl Into<String>) -> Self {
        self.charset = Some(charset.into());
        self
    }

    /// These options with a language hint (BCP 47) for pages that declare none.
    ///
    /// ```
    /// let options = copydesk::Options::default().with_lang("ko");
    /// assert_eq!(options.lang.as_deref(), Some("ko"));
    /// ```
    #[must_use]
    pub fn with_lang(mut self, lang: impl Into<String>) -> Self {
        self.lang = Some(lang.into());
        self
    }

    /// These options with other resource limits.
    ///
    /// ```
    /// let mut limits = copydesk::Limits::default();
    /// limits.max_nodes = 10_000;
    /// let options = copydesk::Options::default().with_limits(limits);
    /// assert_eq!(options.limits.max_nodes, 10_000);
    /// ```
    #[must_use]
    pub fn with_limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// These options with a wall-clock budget per page
    /// ([`Limits::time_budget`]).
    ///
    /// ```
    /// use std::time::Duration;
    /// let options = copydesk::Options::default().with_time_budget(Duration::from_millis(500));
    /// assert_eq!(options.limits.time_budget, Some(Duration::from_millis(500)));
    /// ```
    #[must_use]
    pub fn with_time_budget(mut self, budget: Duration) -> Self {
        self.limits.time_budget = Some(budget);
        self
    }
}

/// Builds [`Options`] step by step, from the defaults.
///
/// ```
/// use copydesk::Options;
/// let options = Options::builder()
///     .url("https://example.com/news/a.html")
///     .max_input_bytes(8 * 1024 * 1024)
///     .build();
/// assert_eq!(options.limits.max_input_bytes, 8 * 1024 * 1024);
/// let html = b"<article><h1>Museum reopens</h1>\
///     <p>The museum reopens on Saturday after two years of repairs to its roof and halls.</p>\
///     <p>Entry is free for the first week, and the new wing opens to visitors in May.</p></article>";
/// let article = copydesk::extract(html, &options)?;
/// assert_eq!(article.body.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[must_use]
pub struct OptionsBuilder {
    options: Options,
}

impl OptionsBuilder {
    /// The page's URL ([`Options::url`]).
    pub fn url(mut self, url: impl Into<String>) -> Self {
        self.options.url = Some(url.into());
        self
    }

    /// A charset label from outside the page ([`Options::charset`]).
    pub fn charset(mut self, charset: impl Into<String>) -> Self {
        self.options.charset = Some(charset.into());
        self
    }

    /// A language hint for pages that declare none ([`Options::lang`]).
    pub fn lang(mut self, lang: impl Into<String>) -> Self {
        self.options.lang = Some(lang.into());
        self
    }

    /// All the resource limits at once ([`Options::limits`]).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.options.limits = limits;
        self
    }

    /// Largest input accepted, in bytes ([`Limits::max_input_bytes`]).
    pub fn max_input_bytes(mut self, bytes: usize) -> Self {
        self.options.limits.max_input_bytes = bytes;
        self
    }

    /// Most DOM nodes accepted ([`Limits::max_nodes`]).
    pub fn max_nodes(mut self, nodes: usize) -> Self {
        self.options.limits.max_nodes = nodes;
        self
    }

    /// Deepest element kept as its own node ([`Limits::max_depth`]).
    pub fn max_depth(mut self, depth: usize) -> Self {
        self.options.limits.max_depth = depth;
        self
    }

    /// Longest text kept in one block, in bytes ([`Limits::max_block_bytes`]).
    pub fn max_block_bytes(mut self, bytes: usize) -> Self {
        self.options.limits.max_block_bytes = bytes;
        self
    }

    /// Wall-clock budget for one page ([`Limits::time_budget`]).
    pub fn time_budget(mut self, budget: Duration) -> Self {
        self.options.limits.time_budget = Some(budget);
        self
    }

    /// What to prefer when the evidence is split ([`Options::favor`]).
    pub fn favor(mut self, favor: Favor) -> Self {
        self.options.favor = favor;
        self
    }

    /// Links in the body as spans with their target ([`OutputOptions::links`]).
    pub fn links(mut self, on: bool) -> Self {
        self.options.output.links = on;
        self
    }

    /// Images in the body as image blocks ([`OutputOptions::images`]).
    pub fn images(mut self, on: bool) -> Self {
        self.options.output.images = on;
        self
    }

    /// Emphasis, strong text and code as spans ([`OutputOptions::formatting`]).
    pub fn formatting(mut self, on: bool) -> Self {
        self.options.output.formatting = on;
        self
    }

    /// The options built.
    pub fn build(self) -> Options {
        self.options
    }
}

/// Explicit bounds on the resources one extraction may use.
///
/// Each limit that is exceeded fails with its own [`Error`](crate::Error), except `max_depth`:
/// elements deeper than it are kept, flattened into their ancestor at that depth, because deep
/// nesting is common in generated pages and their text is still wanted.
///
/// Memory: the peak heap of one extraction stays within 100 × the input's bytes + 64 MiB
/// (measured at most 71×, for a page of nothing but unclosed `<table><tr><td>` tags; a page of
/// paragraphs takes about 10×). `max_input_bytes` thus bounds memory too; `max_nodes` also
/// stops the parse early. See `docs/SECURITY.md`.
///
/// ```
/// use copydesk::Limits;
/// let limits = Limits::default();
/// assert_eq!(limits.max_input_bytes, 64 * 1024 * 1024);
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Limits {
    /// Largest input accepted, in bytes ([`Error::InputTooLarge`](crate::Error::InputTooLarge)).
    pub max_input_bytes: usize,
    /// Most DOM nodes accepted ([`Error::TooManyNodes`](crate::Error::TooManyNodes)).
    pub max_nodes: usize,
    /// Deepest element kept as its own node; deeper elements are flattened into their ancestor.
    pub max_depth: usize,
    /// Longest text kept in one block, in bytes; longer blocks are cut at a character boundary.
    pub max_block_bytes: usize,
    /// Wall-clock budget for one page, checked between stages
    /// ([`Error::TimeBudgetExceeded`](crate::Error::TimeBudgetExceeded)); `None` for no budget.
    pub time_budget: Option<Duration>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_input_bytes: 64 * 1024 * 1024,
            max_nodes: 4_000_000,
            max_depth: 512,
            max_block_bytes: 1024 * 1024,
            time_budget: None,
        }
    }
}
