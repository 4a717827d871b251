//! Many pages at once: directories, globs, path lists, JSON Lines and WARC files, extracted by
//! a pool of worker threads into JSON Lines (feature `batch`; the `copydesk batch` command).
//!
//! One reader thread streams pages from the inputs into a bounded queue (twice the number of
//! workers); each worker extracts one page at a time on its own thread; the calling thread
//! writes the records,
//! in input order unless [`Config::ordered`] is off. The reader waits while the pages read but
//! not yet written reach a bound (the reorder window), so memory stays bounded whatever the
//! input size. A page that fails, exceeds a limit or cannot be read becomes an error record;
//! the batch goes on.
//!
//! ```
//! use copydesk::batch::{self, Config, Input};
//! let dir = std::env::temp_dir().join(format!("copydesk-batch-doc-{}", std::process::id()));
//! std::fs::create_dir_all(&dir)?;
//! std::fs::write(dir.join("a.html"), "<article><h1>A</h1><p>The first page, with one \
//!     paragraph of text that is long enough to keep.</p></article>")?;
//! let mut out = Vec::new();
//! let summary = batch::run(vec![Input::Dir(dir.clone())], &Config::default(), &mut out, &|_| {})?;
//! assert_eq!(summary.pages, 1);
//! assert!(String::from_utf8_lossy(&out).contains("\"title\":\"A\""));
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), std::io::Error>(())
//! ```

mod input;
mod output;
mod warc;

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::io::{self, Write};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{mpsc, Arc, Condvar, Mutex, PoisonError};
use std::time::{Duration, Instant};

pub use input::{Input, Pages};
pub use output::Rendering;

use crate::{Extractor, Options};

/// One page read from an input.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Page {
    /// The page's id: a JSON Lines record's `id`, a WARC record's `WARC-Record-ID`, a file's
    /// path.
    pub id: Option<String>,
    /// The page's URL: a JSON Lines record's `url`, a WARC record's `WARC-Target-URI`.
    pub url: Option<String>,
    /// A charset label from outside the page (a WARC response's HTTP `Content-Type`).
    pub charset: Option<String>,
    /// The page's bytes.
    pub html: Vec<u8>,
}

/// Why a page or an input yielded no article.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Failure {
    /// What failed: the page's id or URL, a file's path, or `FILE:LINE` / `FILE#RECORD`.
    pub id: String,
    /// The kind of failure: `read`, `bad-record`, `truncated-record`, `unsupported-encoding`,
    /// `bad-input`, an extraction error's kind (`input-too-large`, `too-many-nodes`,
    /// `not-text`, `time-budget-exceeded`) or `panic`.
    pub kind: &'static str,
    /// A message for people.
    pub message: String,
}

impl Page {
    /// A page of these bytes, with no id, URL or charset hint.
    ///
    /// ```
    /// let page = copydesk::batch::Page::new(b"<p>hi</p>".to_vec());
    /// assert!(page.url.is_none());
    /// ```
    pub fn new(html: Vec<u8>) -> Self {
        Page {
            id: None,
            url: None,
            charset: None,
            html,
        }
    }
}

impl Failure {
    fn new(id: impl Into<String>, kind: &'static str, message: impl Into<String>) -> Self {
        Failure {
            id: id.into(),
            kind,
            message: message.into(),
        }
    }
}

/// What the reader yields: a page, or a failure to read one.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Item {
    /// A page to extract.
    Page(Page),
    /// An input or record that could not be read.
    Failed(Failure),
}

/// How a batch runs.
///
/// ```
/// let mut config = copydesk::batch::Config::default();
/// config.jobs = 2;
/// config.rendering = Some(copydesk::batch::Rendering::Text);
/// assert!(config.ordered);
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Config {
    /// Worker threads; `0` (the default) is one per core.
    pub jobs: usize,
    /// Records in input order (the default); `false` writes each as soon as it is done.
    pub ordered: bool,
    /// Keep each page's labelled removals in its record.
    pub removed: bool,
    /// A rendering to add to each record (`text` or `markdown` field).
    pub rendering: Option<Rendering>,
    /// The extraction options of every page (the page's URL and charset hint are added).
    pub options: Options,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            jobs: 0,
            ordered: true,
            removed: false,
            rendering: None,
            options: Options::default(),
        }
    }
}

impl Config {
    /// The number of workers: [`Config::jobs`], or the cores available when it is `0`.
    ///
    /// ```
    /// assert!(copydesk::batch::Config::default().workers() >= 1);
    /// ```
    pub fn workers(&self) -> usize {
        if self.jobs > 0 {
            self.jobs
        } else {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        }
    }
}

/// Where a batch stands, after each record written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub struct Progress {
    /// Records written (pages and errors).
    pub records: u64,
    /// Error records among them.
    pub errors: u64,
    /// Page bytes extracted so far.
    pub bytes: u64,
    /// Time since the batch started.
    pub elapsed: Duration,
}

/// What a finished batch did.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Summary {
    /// Records written (pages and errors).
    pub pages: u64,
    /// Error records, by kind.
    pub errors: BTreeMap<&'static str, u64>,
    /// Page bytes extracted.
    pub bytes: u64,
    /// Wall time of the whole batch.
    pub wall: Duration,
}

impl fmt::Display for Summary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let errors: u64 = self.errors.values().sum();
        let secs = self.wall.as_secs_f64();
        #[allow(clippy::cast_precision_loss)]
        let (pages, mb) = (self.pages as f64, self.bytes as f64 / 1e6);
        let plural = if errors == 1 { "" } else { "s" };
        write!(f, "{} pages, {errors} error{plural}", self.pages)?;
        if errors > 0 {
            let kinds: Vec<String> = self
                .errors
                .iter()
                .map(|(k, n)| format!("{k} {n}"))
                .collect();
            write!(f, " ({})", kinds.join(", "))?;
        }
        write!(f, "; {mb:.1} MB in {secs:.2} s")?;
        if secs > 0.0 {
            write!(f, " ({:.1} pages/s, {:.2} MB/s)", pages / secs, mb / secs)?;
        }
        Ok(())
    }
}

/// A finished record on its way to the writer.
struct Done {
    seq: u64,
    line: Vec<u8>,
    error: Option<&'static str>,
    bytes: u64,
}

/// The reader's brake: it may run at most `window` records ahead of the writer.
struct Gate {
    written: Mutex<u64>,
    moved: Condvar,
    cancelled: AtomicBool,
    window: u64,
}

impl Gate {
    /// Waits until record `seq` may be read; `false` when the batch was cancelled.
    fn admit(&self, seq: u64) -> bool {
        let mut written = self.written.lock().unwrap_or_else(PoisonError::into_inner);
        while seq >= written.saturating_add(self.window) && !self.cancelled.load(Ordering::Acquire)
        {
            written = self
                .moved
                .wait(written)
                .unwrap_or_else(PoisonError::into_inner);
        }
        !self.cancelled.load(Ordering::Acquire)
    }

    fn advance(&self, written: u64) {
        *self.written.lock().unwrap_or_else(PoisonError::into_inner) = written;
        self.moved.notify_all();
    }

    fn cancel(&self) {
        self.cancelled.store(true, Ordering::Release);
        let _guard = self.written.lock().unwrap_or_else(PoisonError::into_inner);
        self.moved.notify_all();
    }
}

/// Runs a batch: reads `inputs`, extracts every page on [`Config::workers`] threads and writes
/// one JSON line per page (or error) to `out`; `progress` is called after each record.
///
/// Only an error writing `out` stops the batch (returned as is; a closed pipe is
/// [`io::ErrorKind::BrokenPipe`]).
pub fn run(
    inputs: Vec<Input>,
    config: &Config,
    out: &mut dyn Write,
    progress: &(dyn Fn(&Progress) + Sync),
) -> io::Result<Summary> {
    let pages = Pages::new(inputs, config.options.limits.max_input_bytes);
    run_items(pages, config, out, progress)
}

/// Like [`run`], for pages from another source: `items` is pulled on a thread of its own, one
/// item at a time, never more than the reorder window (4 × workers + 16) ahead of the records
/// written.
///
/// ```
/// use copydesk::batch::{run_items, Config, Item, Page};
/// let pages = (0..3).map(|i| {
///     let mut page = Page::new(format!("<p>Page {i}</p>").into_bytes());
///     page.id = Some(i.to_string());
///     Item::Page(page)
/// });
/// let mut out = Vec::new();
/// let summary = run_items(pages, &Config::default(), &mut out, &|_| {})?;
/// assert_eq!(summary.pages, 3);
/// assert!(String::from_utf8_lossy(&out).starts_with("{\"id\":\"0\""));
/// # Ok::<(), std::io::Error>(())
/// ```
pub fn run_items(
    items: impl Iterator<Item = Item> + Send,
    config: &Config,
    out: &mut dyn Write,
    progress: &(dyn Fn(&Progress) + Sync),
) -> io::Result<Summary> {
    let start = Instant::now();
    let jobs = config.workers();
    let (page_tx, page_rx) = mpsc::sync_channel::<(u64, Item)>(2 * jobs);
    // Shared by the workers alone: when the last one stops, the queue closes and the reader
    // stops too (even when it is blocked on a full queue).
    let page_rx = Arc::new(Mutex::new(page_rx));
    let (done_tx, done_rx) = mpsc::channel::<Done>();
    let gate = Gate {
        written: Mutex::new(0),
        moved: Condvar::new(),
        cancelled: AtomicBool::new(false),
        window: u64::try_from(4 * jobs + 16).unwrap_or(64),
    };
    std::thread::scope(|scope| {
        let gate = &gate;
        scope.spawn(move || {
            let mut items = items;
            for seq in 0u64.. {
                // Admitted first: a page waiting for room is not read yet.
                if !gate.admit(seq) {
                    break;
                }
                let Some(item) = items.next() else { break };
                if page_tx.send((seq, item)).is_err() {
                    break;
                }
            }
        });
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let page_rx = Arc::clone(&page_rx);
            scope.spawn(move || loop {
                let next = page_rx
                    .lock()
                    .unwrap_or_else(PoisonError::into_inner)
                    .recv();
                let Ok((seq, item)) = next else { break };
                if done_tx.send(process(seq, item, config)).is_err() {
                    break;
                }
            });
        }
        drop(done_tx);
        drop(page_rx);
        let result = write_all(done_rx, config.ordered, out, gate, start, progress);
        if result.is_err() {
            gate.cancel();
        }
        result
    })
}

/// The writer: records in order (or as they come), each followed by a progress call.
fn write_all(
    done_rx: mpsc::Receiver<Done>,
    ordered: bool,
    out: &mut dyn Write,
    gate: &Gate,
    start: Instant,
    progress: &(dyn Fn(&Progress) + Sync),
) -> io::Result<Summary> {
    let mut summary = Summary {
        pages: 0,
        errors: BTreeMap::new(),
        bytes: 0,
        wall: Duration::ZERO,
    };
    let mut errors = 0u64;
    let mut waiting: HashMap<u64, Done> = HashMap::new();
    let mut next_seq = 0u64;
    let mut emit = |done: Done| -> io::Result<()> {
        out.write_all(&done.line)?;
        summary.pages += 1;
        summary.bytes += done.bytes;
        if let Some(kind) = done.error {
            *summary.errors.entry(kind).or_insert(0) += 1;
            errors += 1;
        }
        gate.advance(summary.pages);
        progress(&Progress {
            records: summary.pages,
            errors,
            bytes: summary.bytes,
            elapsed: start.elapsed(),
        });
        Ok(())
    };
    for done in done_rx {
        if !ordered {
            emit(done)?;
            continue;
        }
        waiting.insert(done.seq, done);
        while let Some(done) = waiting.remove(&next_seq) {
            emit(done)?;
            next_seq += 1;
        }
    }
    // Every record was sent before the channel closed, so nothing is left waiting; should a
    // worker have died, what it left behind is written in order still.
    let mut rest: Vec<Done> = waiting.into_values().collect();
    rest.sort_unstable_by_key(|d| d.seq);
    for done in rest {
        emit(done)?;
    }
    out.flush()?;
    summary.wall = start.elapsed();
    Ok(summary)
}

/// Extracts one page (or passes a reader's failure on) into its record.
fn process(seq: u64, item: Item, config: &Config) -> Done {
    let page = match item {
        Item::Failed(f) => {
            return Done {
                seq,
                line: output::error_line(Some(&f.id), None, f.kind, &f.message),
                error: Some(f.kind),
                bytes: 0,
            }
        }
        Item::Page(page) => page,
    };
    let mut options = config.options.clone();
    options.url.clone_from(&page.url);
    if page.charset.is_some() {
        options.charset.clone_from(&page.charset);
    }
    let bytes = u64::try_from(page.html.len()).unwrap_or(u64::MAX);
    let extractor = Extractor::new(options);
    let result = catch_unwind(AssertUnwindSafe(|| extractor.extract(&page.html)));
    let (id, url) = (page.id.as_deref(), page.url.as_deref());
    let (line, error) = match result {
        Ok(Ok(article)) => (
            output::page_line(id, url, article, config.removed, config.rendering),
            None,
        ),
        Ok(Err(e)) => {
            let kind = e.kind();
            (
                output::error_line(id, url, kind, &e.to_string()),
                Some(kind),
            )
        }
        Err(_) => (
            output::error_line(id, url, "panic", "the extraction panicked"),
            Some("panic"),
        ),
    };
    Done {
        seq,
        line,
        error,
        bytes,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn jsonl(dir: &std::path::Path, lines: &[String]) -> std::path::PathBuf {
        let path = dir.join("pages.jsonl");
        let _ = std::fs::write(&path, lines.join("\n"));
        path
    }

    fn temp(name: &str) -> std::path::PathBuf {
        let dir =
            std::env::temp_dir().join(format!("copydesk-batch-{name}-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        dir
    }

    fn page(i: usize) -> String {
        format!(
            r#"{{"id":"p{i}","html":"<article><h1>Page {i}</h1><p>Paragraph of page {i}, long enough to be kept as the body of the article.</p></article>"}}"#
        )
    }

    #[test]
    fn order_is_kept_with_many_workers_and_a_small_window() {
        let dir = temp("order");
        let lines: Vec<String> = (0..60).map(page).collect();
        let path = jsonl(&dir, &lines);
        let config = Config {
            jobs: 3,
            ..Config::default()
        };
        let mut out = Vec::new();
        let summary = run(vec![Input::Jsonl(path)], &config, &mut out, &|_| {});
        assert_eq!(summary.map(|s| s.pages).ok(), Some(60));
        let ids: Vec<String> = String::from_utf8_lossy(&out)
            .lines()
            .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
            .map(|v| v["id"].as_str().unwrap_or_default().to_string())
            .collect();
        let expected: Vec<String> = (0..60).map(|i| format!("p{i}")).collect();
        assert_eq!(ids, expected);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn unordered_writes_every_record() {
        let dir = temp("unordered");
        let lines: Vec<String> = (0..20).map(page).collect();
        let path = jsonl(&dir, &lines);
        let config = Config {
            jobs: 2,
            ordered: false,
            ..Config::default()
        };
        let mut out = Vec::new();
        let summary = run(vec![Input::Jsonl(path)], &config, &mut out, &|_| {});
        assert_eq!(summary.map(|s| s.pages).ok(), Some(20));
        assert_eq!(String::from_utf8_lossy(&out).lines().count(), 20);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn failures_become_records_and_the_batch_goes_on() {
        let dir = temp("failures");
        let lines = vec![
            page(0),
            "not json".into(),
            r#"{"id":"big","html":"0123456789012345678901234567890123456789"}"#.into(),
            page(1),
        ];
        let path = jsonl(&dir, &lines);
        let config = Config {
            jobs: 2,
            options: Options::builder().max_input_bytes(200).build(),
            ..Config::default()
        };
        let missing = Input::Html(dir.join("missing.html"));
        let mut out = Vec::new();
        let summary = run(
            vec![missing, Input::Jsonl(path)],
            &config,
            &mut out,
            &|_| {},
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(summary.pages, 5);
        assert_eq!(summary.errors.get("read"), Some(&1));
        assert_eq!(summary.errors.get("bad-record"), Some(&1));
        let text = String::from_utf8_lossy(&out);
        let lines: Vec<&str> = text.lines().collect();
        assert!(lines[0].contains("\"kind\":\"read\""), "{}", lines[0]);
        assert!(lines[2].contains("pages.jsonl:2"), "{}", lines[2]);
        assert!(lines[4].contains("\"id\":\"p1\""), "{}", lines[4]);
        let _ = std::fs::remove_dir_all(dir);
    }

    #[test]
    fn the_reader_never_runs_more_than_the_window_ahead() {
        use std::sync::atomic::AtomicU64;
        /// Counts the records written and checks, at each, how far the reader has gone.
        struct Slow<'a> {
            read: &'a AtomicU64,
            written: u64,
            worst: u64,
        }
        impl Write for Slow<'_> {
            fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
                self.written += 1;
                std::thread::sleep(Duration::from_millis(1));
                let ahead = self.read.load(Ordering::SeqCst) - self.written;
                self.worst = self.worst.max(ahead);
                Ok(buf.len())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let read = AtomicU64::new(0);
        let items = (0..300).map(|i| {
            read.fetch_add(1, Ordering::SeqCst);
            Item::Page(Page::new(format!("<p>{i}</p>").into_bytes()))
        });
        let config = Config {
            jobs: 2,
            ..Config::default()
        };
        let mut out = Slow {
            read: &read,
            written: 0,
            worst: 0,
        };
        let summary = run_items(items, &config, &mut out, &|_| {});
        assert_eq!(summary.map(|s| s.pages).ok(), Some(300));
        // The window for 2 workers is 4 x 2 + 16 = 24 records.
        assert!(
            out.worst <= 24,
            "the reader ran {} records ahead",
            out.worst
        );
        assert!(out.worst >= 4, "the reader never ran ahead: {}", out.worst);
    }

    #[test]
    fn a_failed_writer_stops_the_batch_without_hanging() {
        struct Closed;
        impl Write for Closed {
            fn write(&mut self, _: &[u8]) -> io::Result<usize> {
                Err(io::ErrorKind::BrokenPipe.into())
            }
            fn flush(&mut self) -> io::Result<()> {
                Ok(())
            }
        }
        let dir = temp("closed");
        let lines: Vec<String> = (0..200).map(page).collect();
        let path = jsonl(&dir, &lines);
        let config = Config {
            jobs: 2,
            ..Config::default()
        };
        let result = run(vec![Input::Jsonl(path)], &config, &mut Closed, &|_| {});
        assert_eq!(
            result.err().map(|e| e.kind()),
            Some(io::ErrorKind::BrokenPipe)
        );
        let _ = std::fs::remove_dir_all(dir);
    }
}
