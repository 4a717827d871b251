//! What a caller can tell the extractor: hints about the page and resource limits.

use std::time::Duration;

/// Hints and limits for one extraction.
///
/// ```
/// use copydesk::Options;
/// let mut options = Options::default();
/// options.url = Some("https://news.example.kr/article/1".into());
/// options.charset = Some("euc-kr".into());
/// options.one_thread = true; // one extraction per core already: no second thread
/// assert_eq!(options.limits.max_depth, 512);
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
    /// Keep the whole extraction on the calling thread. By default, once the pre-parse scan
    /// has kept 64 KB of a page (markup and text, without scripts and styles), a second,
    /// scoped thread tokenizes it while the calling thread builds the tree, which cuts a large
    /// page's latency by a tenth to a third when a core is free; the result is the same. Where
    /// every core already runs an extraction of its own, the second thread only adds
    /// switching: set this.
    pub one_thread: bool,
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
