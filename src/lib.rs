//! copydesk takes a news web page and returns the article alone, as clean structured text:
//! title, byline, date and the body's headings, paragraphs, lists and quotes. What it leaves
//! out (navigation, ads, share buttons, comments, teasers for other stories, credits, captions)
//! it returns too, each piece labelled with its kind and the rule that removed it.
//!
//! ```
//! let html = "<html><body><nav><a href=/>Home</a></nav><article><h1>Floods</h1>\
//!     <p>The river rose two metres overnight, and the town's lower streets were closed.</p>\
//!     <p>Residents were told to stay indoors until the water fell again on Friday.</p>\
//!     </article></body></html>";
//! let article = copydesk::extract(html.as_bytes(), &copydesk::Options::default())?;
//! assert_eq!(article.title.as_deref(), Some("Floods"));
//! assert_eq!(article.body.len(), 2);
//! assert!(article.removed.iter().any(|r| r.text == "Home"));
//! # Ok::<(), copydesk::Error>(())
//! ```
//!
//! The pipeline runs one way, one module per stage, each a call in order in `Extractor::run`:
//! `decode` (bytes to text) → `parse` (html5ever) → `index` (a flat arena with every feature
//! computed in one pass) → `metadata` (every structured source) → `score` (the article's
//! container) → `classify` (blocks, each labelled body or a kind of removal: the final
//! decisions, which `explain` shows) → `complete` (the [`Article`], with the byline and
//! dateline read from what was removed). Text that was already extracted enters at `split`
//! and joins the same `classify` stage.
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod article;
#[cfg(feature = "batch")]
pub mod batch;
mod classify;
mod complete;
mod decode;
mod error;
#[cfg(feature = "eval")]
pub mod eval;
mod explain;
mod index;
mod metadata;
mod options;
mod parse;
mod render;
mod score;
mod script;
mod split;

pub use article::{
    Article, Block, BlockKind, Cell, Image, Removal, RemovalKind, Span, SpanKind, Status,
};
pub use error::Error;
pub use explain::{rules, Explanation, Judged, RuleInfo};
pub use options::{Favor, Limits, Options, OptionsBuilder, OutputOptions};

use std::time::Instant;

/// Extracts the article from a page's raw bytes (any charset).
///
/// ```
/// let article = copydesk::extract(b"", &copydesk::Options::default())?;
/// assert_eq!(article.status, copydesk::Status::NoArticle);
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn extract(html: &[u8], options: &Options) -> Result<Article, Error> {
    Extractor::new(options.clone()).extract(html)
}

/// Extracts the article from text that was already extracted from a page (one block per line),
/// with the same rules as [`extract`].
///
/// ```
/// let text = "The council voted on Monday to close the bridge for repairs this summer.\n\
///             Work will start in June and last until the end of August, officials said.";
/// let article = copydesk::extract_text(text, &copydesk::Options::default())?;
/// assert_eq!(article.body.len(), 2);
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn extract_text(text: &str, options: &Options) -> Result<Article, Error> {
    Extractor::new(options.clone()).extract_text(text)
}

/// Like [`extract`], and also returns every block of the page with its label, score and rule.
///
/// ```
/// let e = copydesk::explain(b"<p>hi</p>", &copydesk::Options::default())?;
/// assert_eq!(e.blocks.len(), 1);
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn explain(html: &[u8], options: &Options) -> Result<Explanation, Error> {
    Extractor::new(options.clone()).explain(html)
}

/// Like [`extract_text`], and also returns every block with its label, score and rule.
///
/// ```
/// let e = copydesk::explain_text("저작권자 © 뉴스21 무단전재 및 재배포 금지", &copydesk::Options::default())?;
/// assert_eq!(e.blocks[0].rule, "ko.copyright.no-redistribution");
/// # Ok::<(), copydesk::Error>(())
/// ```
pub fn explain_text(text: &str, options: &Options) -> Result<Explanation, Error> {
    Extractor::new(options.clone()).explain_text(text)
}

/// A reusable extractor: build it once with its [`Options`] and share it across threads.
///
/// ```
/// use std::sync::Arc;
/// let extractor = Arc::new(copydesk::Extractor::new(copydesk::Options::default()));
/// let worker = Arc::clone(&extractor);
/// let handle = std::thread::spawn(move || worker.extract(b"<p>hi</p>").map(|a| a.status));
/// assert!(handle.join().unwrap().is_ok());
/// ```
#[derive(Debug, Clone, Default)]
pub struct Extractor {
    options: Options,
}

impl Extractor {
    /// An extractor with these options.
    ///
    /// ```
    /// let e = copydesk::Extractor::new(copydesk::Options::default());
    /// assert!(e.options().url.is_none());
    /// ```
    pub fn new(options: Options) -> Self {
        Extractor { options }
    }

    /// The options this extractor runs with.
    ///
    /// ```
    /// let e = copydesk::Extractor::default();
    /// assert_eq!(e.options().limits.max_depth, 512);
    /// ```
    pub fn options(&self) -> &Options {
        &self.options
    }

    /// Extracts the article from a page's raw bytes; see [`extract`].
    ///
    /// ```
    /// let e = copydesk::Extractor::default();
    /// assert!(e.extract(b"<title>x</title>").is_ok());
    /// ```
    pub fn extract(&self, html: &[u8]) -> Result<Article, Error> {
        self.run(html, false).map(|(article, _)| article)
    }

    /// Like [`Extractor::extract`], with every block's label; see [`explain`].
    ///
    /// ```
    /// let e = copydesk::Extractor::default().explain(b"<p>hi</p>")?;
    /// assert_eq!(e.blocks[0].text, "hi");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn explain(&self, html: &[u8]) -> Result<Explanation, Error> {
        self.run(html, true)
            .map(|(article, trace)| Explanation::new(article, trace))
    }

    /// Like [`Extractor::extract_text`], with every block's label; see [`explain_text`].
    ///
    /// ```
    /// let e = copydesk::Extractor::default().explain_text("Share")?;
    /// assert_eq!(e.blocks[0].rule, "en.share.label");
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn explain_text(&self, text: &str) -> Result<Explanation, Error> {
        self.run_text(text, true)
            .map(|(article, trace)| Explanation::new(article, trace))
    }

    fn run(&self, html: &[u8], keep: bool) -> Result<(Article, Vec<classify::Labeled>), Error> {
        let limits = &self.options.limits;
        let clock = Clock::start(limits.time_budget);
        if html.len() > limits.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: html.len(),
                limit: limits.max_input_bytes,
            });
        }
        let text = decode::decode(html, self.options.charset.as_deref())?;
        clock.check()?;
        let output = self.options.output;
        let dom = parse::parse_keeping(&text, limits, output.links || output.images)?;
        clock.check()?;
        let page = index::Page::build_keeping(dom, limits, output)?;
        clock.check()?;
        let meta = metadata::read(&page, &self.options);
        let region = score::choose(&page, &meta);
        clock.check()?;
        let labeled = classify::classify_page(&page, &region, &meta, &self.options);
        clock.check()?;
        let trace = if keep { labeled.clone() } else { Vec::new() };
        Ok((complete::article(labeled, meta, region.listing), trace))
    }

    /// Extracts the article from already-extracted text; see [`extract_text`].
    ///
    /// ```
    /// let e = copydesk::Extractor::default();
    /// assert_eq!(e.extract_text("").unwrap().status, copydesk::Status::NoArticle);
    /// ```
    pub fn extract_text(&self, text: &str) -> Result<Article, Error> {
        self.run_text(text, false).map(|(article, _)| article)
    }

    fn run_text(&self, text: &str, keep: bool) -> Result<(Article, Vec<classify::Labeled>), Error> {
        let limits = &self.options.limits;
        if text.len() > limits.max_input_bytes {
            return Err(Error::InputTooLarge {
                size: text.len(),
                limit: limits.max_input_bytes,
            });
        }
        decode::check_text(text)?;
        let lines = split::split(text, limits);
        let labeled = classify::classify_lines(lines, &self.options);
        let trace = if keep { labeled.clone() } else { Vec::new() };
        Ok((
            complete::article(labeled, metadata::for_text(&self.options), false),
            trace,
        ))
    }
}

/// Each pipeline stage on its own, for the criterion benches (`benches/stages.rs`). Not part of
/// the stable API.
#[doc(hidden)]
pub mod stages {
    use super::*;

    /// Stage 1: bytes to text; returns the text's length.
    pub fn decode(html: &[u8]) -> usize {
        decode::decode(html, None).map_or(0, |t| t.len())
    }

    /// Stage 2 alone: the pre-parse scan and html5ever into the DOM, then the DOM is dropped.
    pub fn parse(text: &str) {
        drop(parse::parse(text, &Limits::default()));
    }

    /// Stages 2-3: parse and index; returns the number of arena nodes.
    pub fn parse_index(text: &str) -> usize {
        let limits = Limits::default();
        parse::parse(text, &limits)
            .and_then(|dom| index::Page::build(dom, &limits))
            .map_or(0, |p| p.nodes.len())
    }

    /// An indexed page, ready for the later stages.
    pub struct Indexed(index::Page, metadata::Meta);

    /// Stages 2-3 plus metadata, kept for timing the later stages alone.
    pub fn indexed(text: &str) -> Option<Indexed> {
        let limits = Limits::default();
        let page = index::Page::build(parse::parse(text, &limits).ok()?, &limits).ok()?;
        let meta = metadata::read(&page, &Options::default());
        Some(Indexed(page, meta))
    }

    /// Stage 4 alone: returns how many subtrees make the region.
    pub fn score(indexed: &Indexed) -> usize {
        score::choose(&indexed.0, &indexed.1).parts.len()
    }

    /// Stages 4-5: returns the number of body blocks.
    pub fn score_classify(indexed: &Indexed) -> usize {
        let region = score::choose(&indexed.0, &indexed.1);
        classify::classify_page(&indexed.0, &region, &indexed.1, &Options::default())
            .iter()
            .filter(|b| b.label == classify::Label::Body)
            .count()
    }
}

/// The README's library example (`docs/library-example.md`), compiled and run as a doctest;
/// `tests::readme_holds_the_library_example` keeps the README's copy identical.
#[cfg(doctest)]
#[doc = include_str!("../docs/library-example.md")]
pub struct ReadmeLibraryExample;

/// The time budget of one extraction, checked between stages.
struct Clock {
    start: Instant,
    budget: Option<std::time::Duration>,
}

impl Clock {
    fn start(budget: Option<std::time::Duration>) -> Self {
        Clock {
            start: Instant::now(),
            budget,
        }
    }

    fn check(&self) -> Result<(), Error> {
        match self.budget {
            Some(budget) if self.start.elapsed() > budget => Err(Error::TimeBudgetExceeded {
                budget_ms: u64::try_from(budget.as_millis()).unwrap_or(u64::MAX),
            }),
            _ => Ok(()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn readme_holds_the_library_example() {
        let readme = include_str!("../README.md");
        let example = include_str!("../docs/library-example.md");
        assert!(
            readme.contains(&format!("## Library\n\n{example}")),
            "README.md's Library section must start with docs/library-example.md verbatim"
        );
    }

    #[test]
    fn extractor_is_send_and_sync() {
        assert_send_sync::<Extractor>();
        assert_send_sync::<Article>();
        assert_send_sync::<Error>();
    }
}
