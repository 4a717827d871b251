//! Running an evaluation over a data set, and its renderings: a summary table, a per-page
//! listing of the worst pages, JSON, and saved outputs.

use std::fmt::Write as _;
use std::fs;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::time::Instant;

use rayon::prelude::*;
use serde::Serialize;

use super::dataset::{label, Dataset, Half, Page};
use super::metrics::{
    excerpt, uncovered_runs, CorpusScore, ShingleCounts, SnippetCounts, Tokenizer,
};
use super::EvalError;
use crate::{Options, Removal};

/// How many missed or leaked stretches are kept per page.
const RUNS_PER_PAGE: usize = 3;
/// How long an excerpt of a missed or leaked stretch may be, in characters.
const EXCERPT_WIDTH: usize = 80;

/// Where the outputs to score come from.
///
/// ```
/// use copydesk::eval::Source;
/// let own = Source::Copydesk(copydesk::Options::default());
/// let peer = Source::Predictions("/tmp/peers/trafilatura".into());
/// assert_eq!(own.label(), "copydesk");
/// assert_eq!(peer.label(), "/tmp/peers/trafilatura");
/// ```
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum Source {
    /// Run copydesk's own extraction on every page, with these options (the page's URL from the
    /// manifest is set per page), timing each extraction.
    Copydesk(Options),
    /// Like [`Source::Copydesk`], but the output also keeps the reporter credits and datelines
    /// copydesk removes (`credit` removals, in place): for ground truths that keep them, as
    /// ScrapingHub's does.
    CopydeskWithCredits(Options),
    /// Read `<id>.txt` files from this directory (a missing file is an empty output). If the
    /// directory has a subdirectory named after the set, that is read instead, so one folder
    /// can hold the outputs of several sets (`DIR/<set>/<id>.txt`, as written by
    /// [`SetReport::save`]). A `timings.json` there (as written by the peers' runner) restricts
    /// the pages to those it times and supplies timings and errors.
    Predictions(PathBuf),
}

impl Source {
    /// A short name for the source: `copydesk`, or the predictions directory.
    ///
    /// ```
    /// assert_eq!(copydesk::eval::Source::Predictions("out".into()).label(), "out");
    /// ```
    pub fn label(&self) -> String {
        match self {
            Source::Copydesk(_) => "copydesk".to_string(),
            Source::CopydeskWithCredits(_) => "copydesk+credits".to_string(),
            Source::Predictions(dir) => dir.display().to_string(),
        }
    }
}

/// A page's shingle scores: the counts and the page's own precision, recall and F1.
///
/// ```
/// use copydesk::eval::{metrics::Tokenizer, PageShingles};
/// let s = PageShingles::compare("a b c d e", "a b c d", Tokenizer::Words);
/// assert_eq!((s.precision, s.recall), (1.0, 0.5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct PageShingles {
    /// The counts.
    #[serde(flatten)]
    pub counts: ShingleCounts,
    /// The page's precision.
    pub precision: f64,
    /// The page's recall.
    pub recall: f64,
    /// The page's F1.
    pub f1: f64,
}

impl PageShingles {
    /// Compares an output with the ground truth.
    ///
    /// ```
    /// use copydesk::eval::{metrics::Tokenizer, PageShingles};
    /// assert_eq!(PageShingles::compare("x", "x", Tokenizer::Cjk).f1, 1.0);
    /// ```
    pub fn compare(truth: &str, output: &str, tokenizer: Tokenizer) -> Self {
        let counts = ShingleCounts::compare(truth, output, tokenizer);
        PageShingles {
            counts,
            precision: counts.precision(),
            recall: counts.recall(),
            f1: counts.f1(),
        }
    }
}

/// The result of one page.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("copydesk-doc-page-{}", std::process::id()));
/// std::fs::create_dir_all(&dir)?;
/// std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"text\": \"a b c d e\"}\n")?;
/// std::fs::write(dir.join("p.txt"), "a b c d")?;
/// let set = copydesk::eval::Dataset::load(&dir)?;
/// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
/// let page = &report.pages[0];
/// assert_eq!(page.sh.map(|s| s.recall), Some(0.5));
/// assert_eq!(page.missed, ["e"]);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct PageResult {
    /// The page's id.
    pub id: String,
    /// The output's length in characters.
    pub chars: usize,
    /// Whether the output is empty or only whitespace.
    pub empty: bool,
    /// Why the page failed, if it did (extraction error, unreadable file, or an error recorded
    /// in the predictions' `timings.json`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The page's size in bytes (copydesk runs only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub bytes: Option<usize>,
    /// Extraction time in milliseconds, bytes in memory to text (when known).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ms: Option<f64>,
    /// Shingle scores with the benchmark's `\w+` tokens (pages with ground-truth text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sh: Option<PageShingles>,
    /// Shingle scores with CJK-aware tokens (pages with ground-truth text).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cjk: Option<PageShingles>,
    /// Snippet counts (pages with `with` / `without` snippets).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub snippets: Option<SnippetCounts>,
    /// What the output misses: the longest stretches of the truth it lacks, then the `with`
    /// snippets it lacks (excerpts).
    pub missed: Vec<String>,
    /// What the output should not have: the longest stretches absent from the truth, then the
    /// `without` snippets it holds (excerpts).
    pub leaked: Vec<String>,
    /// The output itself (not serialized; see [`SetReport::save`]).
    #[serde(skip)]
    pub output: String,
    /// What copydesk removed from the page, in page order (copydesk runs only; not
    /// serialized; see [`super::rules`]).
    #[serde(skip)]
    pub removed: Vec<Removal>,
}

impl PageResult {
    /// How good the page is, from 0 (worst) to 1, for ranking: the lower of its CJK-aware
    /// shingle F1 (equal to the `\w+` F1 on text without CJK characters) and its snippet
    /// accuracy; 1 for a page with no ground truth.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-quality-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"with\": [\"x\"], \"without\": [\"y\"]}\n")?;
    /// # std::fs::write(dir.join("p.txt"), "x y")?;
    /// # let set = copydesk::eval::Dataset::load(&dir)?;
    /// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
    /// assert_eq!(report.pages[0].quality(), 0.5); // one of two snippets right
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn quality(&self) -> f64 {
        let text = self.cjk.map_or(1.0, |s| s.f1);
        let snippets = self.snippets.map_or(1.0, |s| s.accuracy());
        text.min(snippets)
    }
}

/// Snippet scores of a set: the summed counts and the scores computed from them.
///
/// ```
/// use copydesk::eval::{metrics::SnippetCounts, SnippetSummary};
/// let s = SnippetSummary::from_counts(SnippetCounts { tp: 3, fn_: 1, fp: 1, tn: 3 });
/// assert_eq!((s.precision, s.recall, s.accuracy, s.f), (0.75, 0.75, 0.75, 0.75));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct SnippetSummary {
    /// The counts, summed over pages.
    #[serde(flatten)]
    pub counts: SnippetCounts,
    /// tp / (tp + fp).
    pub precision: f64,
    /// tp / (tp + fn).
    pub recall: f64,
    /// (tp + tn) / all.
    pub accuracy: f64,
    /// 2tp / (2tp + fp + fn).
    pub f: f64,
}

impl SnippetSummary {
    /// The scores of summed counts.
    ///
    /// ```
    /// use copydesk::eval::{metrics::SnippetCounts, SnippetSummary};
    /// assert_eq!(SnippetSummary::from_counts(SnippetCounts::default()).f, 0.0);
    /// ```
    pub fn from_counts(counts: SnippetCounts) -> Self {
        SnippetSummary {
            counts,
            precision: counts.precision(),
            recall: counts.recall(),
            accuracy: counts.accuracy(),
            f: counts.f_score(),
        }
    }
}

/// Extraction speed over a set.
///
/// ```
/// let t = copydesk::eval::Timing::from_times(&[("a".into(), 1.0), ("b".into(), 3.0), ("c".into(), 2.0)], Some(6_000_000));
/// let t = t.unwrap();
/// assert_eq!((t.median_ms, t.p95_ms, t.max_ms, t.slowest.as_str()), (2.0, 3.0, 3.0, "b"));
/// assert_eq!(t.mb_per_s, Some(1000.0)); // 6 MB in 6 ms
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Timing {
    /// Median time per page, in milliseconds.
    pub median_ms: f64,
    /// 95th percentile (the page at rank ⌊0.95 n⌋ by time), in milliseconds.
    pub p95_ms: f64,
    /// The longest time, in milliseconds.
    pub max_ms: f64,
    /// The id of the slowest page.
    pub slowest: String,
    /// The sum of the per-page times, in milliseconds.
    pub total_ms: f64,
    /// Megabytes (10^6 bytes) of input per second of extraction time, when sizes are known.
    pub mb_per_s: Option<f64>,
    /// How many threads ran the extractions (timings under parallel load are noisier).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub threads: Option<usize>,
    /// How many times each page was extracted, when more than once: each page's time is then
    /// the median of its runs (see [`run_repeated`]).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repeat: Option<usize>,
}

impl Timing {
    /// Statistics of per-page times (`(id, milliseconds)`), with the total input size in bytes
    /// if known; `None` for no page.
    ///
    /// ```
    /// assert!(copydesk::eval::Timing::from_times(&[], None).is_none());
    /// ```
    pub fn from_times(times: &[(String, f64)], bytes: Option<usize>) -> Option<Self> {
        let mut sorted: Vec<f64> = times.iter().map(|(_, ms)| *ms).collect();
        let n = sorted.len();
        if n == 0 {
            return None;
        }
        let median_ms = median(&mut sorted);
        let p95_ms = *sorted.get((n * 95 / 100).min(n - 1))?;
        let (slowest, max_ms) = times
            .iter()
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(id, ms)| (id.clone(), *ms))?;
        let total_ms: f64 = sorted.iter().sum();
        let mb_per_s = bytes
            .filter(|_| total_ms > 0.0)
            .map(|b| b as f64 / 1e6 / (total_ms / 1000.0));
        Some(Timing {
            median_ms,
            p95_ms,
            max_ms,
            slowest,
            total_ms,
            mb_per_s,
            threads: None,
            repeat: None,
        })
    }
}

/// The summary of one set.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("copydesk-doc-summary-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir)?;
/// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"text\": \"a b c d\"}\n{\"id\": \"q\", \"text\": \"e f\"}\n")?;
/// # std::fs::write(dir.join("p.txt"), "a b c d")?;
/// # let set = copydesk::eval::Dataset::load(&dir)?;
/// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
/// let s = &report.summary;
/// assert_eq!((s.pages, s.text_pages, s.empty), (2, 2, 0.5));
/// assert_eq!(s.sh.map(|x| (x.precision, x.recall)), Some((1.0, 0.5)));
/// assert!(s.snippets.is_none() && s.timing.is_none());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Summary {
    /// Pages scored.
    pub pages: usize,
    /// Pages with ground-truth text.
    pub text_pages: usize,
    /// Pages with snippets.
    pub snippet_pages: usize,
    /// Shingle scores, `\w+` tokens (when the set has text pages).
    pub sh: Option<CorpusScore>,
    /// Shingle scores, CJK-aware tokens (when the set has text pages).
    pub cjk: Option<CorpusScore>,
    /// Snippet scores (when the set has snippet pages).
    pub snippets: Option<SnippetSummary>,
    /// Share of pages whose output is empty or only whitespace.
    pub empty: f64,
    /// Pages that failed.
    pub errors: usize,
    /// Speed (copydesk runs, or predictions with a `timings.json`).
    pub timing: Option<Timing>,
}

/// The evaluation of one set: its summary and every page's result, in manifest order.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("copydesk-doc-report-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir)?;
/// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"text\": \"a b\"}\n")?;
/// # let set = copydesk::eval::Dataset::load(&dir)?;
/// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
/// assert_eq!(report.pages.len(), 1);
/// assert!(report.to_string().contains("SH F1"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct SetReport {
    /// The set's name.
    pub name: String,
    /// The half of the set's pages scored ([`Dataset::restrict`], [`SetReport::restrict`]);
    /// absent for all pages.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub half: Option<Half>,
    /// What was scored: `copydesk` or the predictions directory.
    pub source: String,
    /// The summary.
    pub summary: Summary,
    /// Every page's result.
    pub pages: Vec<PageResult>,
}

/// Evaluates a data set. Pages are processed in parallel on the current rayon thread pool (run
/// it inside `ThreadPool::install` to choose the number of threads; one thread gives the
/// cleanest timings). `progress` is called once after each page, from any thread.
///
/// Only set-up problems are errors (a predictions directory that does not exist, an unreadable
/// `timings.json`); a page that cannot be read or extracted is counted as failed: its output
/// is empty, every `with` snippet missed and every `without` snippet absent.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("copydesk-doc-run-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("html"))?;
/// std::fs::write(dir.join("manifest.jsonl"),
///     "{\"id\": \"p\", \"url\": \"https://example.com/a\", \"with\": [\"The river rose.\"], \"without\": [\"Home\"]}\n")?;
/// std::fs::write(dir.join("html/p.html"), "<nav><a href=/>Home</a></nav><article><p>The river rose.</p></article>")?;
/// let set = copydesk::eval::Dataset::load(&dir)?;
/// let options = copydesk::Options::default();
/// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Copydesk(options), &|| {})?;
/// let snippets = report.summary.snippets.unwrap().counts;
/// assert_eq!(snippets.tp + snippets.fn_, 1);
/// assert!(report.summary.timing.is_some());
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run(
    dataset: &Dataset,
    source: &Source,
    progress: &(dyn Fn() + Sync),
) -> Result<SetReport, EvalError> {
    run_repeated(dataset, source, 1, progress)
}

/// [`run`], over the set `repeat` times (at least once), timing each page by the median of its
/// runs; the scores are those of the first pass's outputs (an extraction is deterministic).
/// On a shared or virtual machine one run can stall for reasons outside the page; the median
/// of a few runs is the page's own cost. The passes are whole, so each run of a page is as
/// cold as a single pass's. Predictions are read once, with their own timings.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("copydesk-doc-repeat-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("html"))?;
/// std::fs::write(dir.join("manifest.jsonl"),
///     "{\"id\": \"p\", \"url\": \"https://example.com/a\", \"with\": [\"The river rose.\"], \"without\": [\"Home\"]}\n")?;
/// std::fs::write(dir.join("html/p.html"), "<nav><a href=/>Home</a></nav><article><p>The river rose.</p></article>")?;
/// let set = copydesk::eval::Dataset::load(&dir)?;
/// let source = copydesk::eval::Source::Copydesk(copydesk::Options::default());
/// let report = copydesk::eval::run_repeated(&set, &source, 3, &|| {})?;
/// assert_eq!(report.summary.timing.unwrap().repeat, Some(3));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run_repeated(
    dataset: &Dataset,
    source: &Source,
    repeat: usize,
    progress: &(dyn Fn() + Sync),
) -> Result<SetReport, EvalError> {
    let repeat = repeat.max(1);
    let (pages, timing) = match source {
        Source::Copydesk(options) => run_copydesk(dataset, options, false, repeat, progress),
        Source::CopydeskWithCredits(options) => {
            run_copydesk(dataset, options, true, repeat, progress)
        }
        Source::Predictions(dir) => read_predictions(dataset, dir, progress)?,
    };
    let summary = summarize(&pages, timing);
    Ok(SetReport {
        name: dataset.name.clone(),
        half: dataset.half,
        source: source.label(),
        summary,
        pages,
    })
}

/// A small page that runs every stage (class names, a found article, short blocks).
const WARM_UP: &str =
    "<div class=article-body><p>The council voted on Monday, after a long debate, to \
    close the old bridge for repairs this summer, officials said.</p><p>Work will start in June \
    and last until the end of August, the council said in a statement.</p><p>By Jane Doe</p></div>";

fn run_copydesk(
    dataset: &Dataset,
    options: &Options,
    credits: bool,
    repeat: usize,
    progress: &(dyn Fn() + Sync),
) -> (Vec<PageResult>, Option<Timing>) {
    // Warm up untimed on every worker thread (the rule tables compile once, on first use), as
    // the peers' runner does, so the first timed page does not pay for it.
    rayon::broadcast(|_| {
        let _ = crate::extract(WARM_UP.as_bytes(), options);
    });
    // One timed extraction: the output (or the error or panic message) and the milliseconds.
    let extract = |page: &Page, html: &[u8]| {
        let mut options = options.clone();
        options.url = page.url.clone();
        let start = Instant::now();
        let outcome = catch_unwind(AssertUnwindSafe(|| {
            crate::extract(html, &options).map(|article| {
                let text = if credits {
                    article.text_keeping(&[crate::RemovalKind::Credit])
                } else {
                    article.text()
                };
                (text, article.removed)
            })
        }));
        let ms = start.elapsed().as_secs_f64() * 1000.0;
        let outcome = match outcome {
            Ok(Ok(done)) => Ok(done),
            Ok(Err(e)) => Err(e.to_string()),
            Err(panic) => Err(panic_message(panic.as_ref())),
        };
        (outcome, ms)
    };
    let mut pages: Vec<PageResult> = dataset
        .pages
        .par_iter()
        .map(|page| {
            let result = match dataset.read_html(page) {
                Ok(html) => {
                    let (outcome, ms) = extract(page, &html);
                    let mut r = match outcome {
                        Ok((text, removed)) => {
                            let mut r = score_page(page, text, None);
                            r.removed = removed;
                            r
                        }
                        Err(e) => score_page(page, String::new(), Some(e)),
                    };
                    r.ms = Some(ms);
                    r.bytes = Some(html.len());
                    r
                }
                Err(e) => score_page(page, String::new(), Some(e.to_string())),
            };
            progress();
            result
        })
        .collect();
    if repeat > 1 {
        // Whole passes over the set, so that each run of a page is as cold as the first (the
        // same page twice in a row finds its bytes and memory in the caches).
        let mut runs: Vec<Vec<f64>> = pages.iter().map(|p| p.ms.into_iter().collect()).collect();
        for _ in 1..repeat {
            let pass: Vec<Option<f64>> = dataset
                .pages
                .par_iter()
                .map(|page| Some(extract(page, &dataset.read_html(page).ok()?).1))
                .collect();
            for (times, ms) in runs.iter_mut().zip(pass) {
                times.extend(ms);
            }
        }
        for (page, times) in pages.iter_mut().zip(&mut runs) {
            page.ms = page.ms.map(|_| median(times));
        }
    }
    let times: Vec<(String, f64)> = pages
        .iter()
        .filter_map(|p| Some((p.id.clone(), p.ms?)))
        .collect();
    let bytes = pages.iter().filter_map(|p| p.bytes).sum();
    let timing = Timing::from_times(&times, Some(bytes)).map(|mut t| {
        t.threads = Some(rayon::current_num_threads());
        t.repeat = (repeat > 1).then_some(repeat);
        t
    });
    (pages, timing)
}

/// The median of some times (the mean of the middle two for an even count); 0 for none.
fn median(times: &mut [f64]) -> f64 {
    times.sort_by(f64::total_cmp);
    let n = times.len();
    match (times.get(n / 2), n % 2) {
        (Some(&mid), 1) => mid,
        (Some(&mid), _) => times.get(n / 2 - 1).map_or(mid, |&low| (low + mid) / 2.0),
        (None, _) => 0.0,
    }
}

fn panic_message(panic: &(dyn std::any::Any + Send)) -> String {
    let message = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_default();
    format!("panic: {message}")
}

/// What a peers' `timings.json` says: per-page seconds, per-page errors, throughput.
#[derive(Default)]
struct Timings {
    times: Option<serde_json::Map<String, serde_json::Value>>,
    errors: serde_json::Map<String, serde_json::Value>,
    mb_per_s: Option<f64>,
}

fn read_timings(dir: &Path) -> Result<Timings, EvalError> {
    let path = dir.join("timings.json");
    if !path.is_file() {
        return Ok(Timings::default());
    }
    let content = fs::read_to_string(&path).map_err(|source| EvalError::Io {
        path: path.clone(),
        source,
    })?;
    let value: serde_json::Value =
        serde_json::from_str(&content).map_err(|e| EvalError::Invalid {
            path: path.clone(),
            message: e.to_string(),
        })?;
    let object = |key: &str| value.get(key).and_then(|v| v.as_object()).cloned();
    Ok(Timings {
        times: object("times").filter(|t| !t.is_empty()),
        errors: object("errors").unwrap_or_default(),
        mb_per_s: value.get("MB/s").and_then(serde_json::Value::as_f64),
    })
}

fn read_predictions(
    dataset: &Dataset,
    dir: &Path,
    progress: &(dyn Fn() + Sync),
) -> Result<(Vec<PageResult>, Option<Timing>), EvalError> {
    let nested = dir.join(&dataset.name);
    let dir = if nested.is_dir() {
        nested
    } else {
        dir.to_path_buf()
    };
    if !dir.is_dir() {
        return Err(EvalError::Io {
            source: std::io::Error::new(std::io::ErrorKind::NotFound, "no such directory"),
            path: dir,
        });
    }
    let timings = read_timings(&dir)?;
    let selected: Vec<&Page> = dataset
        .pages
        .iter()
        .filter(|p| timings.times.as_ref().is_none_or(|t| t.contains_key(&p.id)))
        .collect();
    let pages: Vec<PageResult> = selected
        .par_iter()
        .map(|page| {
            let path = dir.join(format!("{}.txt", page.id));
            let (output, read_error) = match fs::read(&path) {
                Ok(bytes) => (String::from_utf8_lossy(&bytes).into_owned(), None),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => (String::new(), None),
                Err(e) => (String::new(), Some(format!("{}: {e}", path.display()))),
            };
            // A recorded error is reported, but the output file is still what is scored.
            let recorded = timings.errors.get(&page.id).map(|e| match e.as_str() {
                Some(s) => s.to_string(),
                None => e.to_string(),
            });
            let mut result = score_page(page, output, read_error.clone());
            if read_error.is_none() {
                result.error = recorded;
            }
            result.ms = timings
                .times
                .as_ref()
                .and_then(|t| t.get(&page.id))
                .and_then(serde_json::Value::as_f64)
                .map(|s| s * 1000.0);
            progress();
            result
        })
        .collect();
    let times: Vec<(String, f64)> = pages
        .iter()
        .filter_map(|p| Some((p.id.clone(), p.ms?)))
        .collect();
    let timing = Timing::from_times(&times, None).map(|mut t| {
        t.mb_per_s = timings.mb_per_s;
        t
    });
    Ok((pages, timing))
}

/// Scores one page's output; `error` marks a failed page.
fn score_page(page: &Page, output: String, error: Option<String>) -> PageResult {
    let mut missed = Vec::new();
    let mut leaked = Vec::new();
    let (sh, cjk) = match &page.text {
        Some(truth) => {
            missed = uncovered_runs(truth, &output, Tokenizer::Cjk, RUNS_PER_PAGE, EXCERPT_WIDTH);
            leaked = uncovered_runs(&output, truth, Tokenizer::Cjk, RUNS_PER_PAGE, EXCERPT_WIDTH);
            (
                Some(PageShingles::compare(truth, &output, Tokenizer::Words)),
                Some(PageShingles::compare(truth, &output, Tokenizer::Cjk)),
            )
        }
        None => (None, None),
    };
    let snippets = page.has_snippets().then(|| {
        if error.is_some() {
            SnippetCounts::failed(&page.with, &page.without)
        } else {
            let norm = super::metrics::normalize_whitespace(&output);
            let found =
                |s: &String| norm.contains(super::metrics::normalize_whitespace(s).as_str());
            missed.extend(
                page.with
                    .iter()
                    .filter(|s| !found(s))
                    .map(|s| excerpt(s, EXCERPT_WIDTH)),
            );
            leaked.extend(
                page.without
                    .iter()
                    .filter(|s| found(s))
                    .map(|s| excerpt(s, EXCERPT_WIDTH)),
            );
            SnippetCounts::count(&output, &page.with, &page.without)
        }
    });
    if error.is_some() && snippets.is_some() {
        missed.extend(page.with.iter().map(|s| excerpt(s, EXCERPT_WIDTH)));
    }
    PageResult {
        id: page.id.clone(),
        chars: output.chars().count(),
        empty: output.chars().all(super::metrics::is_python_whitespace),
        error,
        bytes: None,
        ms: None,
        sh,
        cjk,
        snippets,
        missed,
        leaked,
        output,
        removed: Vec::new(),
    }
}

fn summarize(pages: &[PageResult], timing: Option<Timing>) -> Summary {
    let sh: Vec<ShingleCounts> = pages
        .iter()
        .filter_map(|p| p.sh.map(|s| s.counts))
        .collect();
    let cjk: Vec<ShingleCounts> = pages
        .iter()
        .filter_map(|p| p.cjk.map(|s| s.counts))
        .collect();
    let snippet_pages = pages.iter().filter(|p| p.snippets.is_some()).count();
    let counts = pages
        .iter()
        .filter_map(|p| p.snippets)
        .fold(SnippetCounts::default(), |a, b| a + b);
    Summary {
        pages: pages.len(),
        text_pages: sh.len(),
        snippet_pages,
        sh: (!sh.is_empty()).then(|| CorpusScore::from_pages(&sh)),
        cjk: (!cjk.is_empty()).then(|| CorpusScore::from_pages(&cjk)),
        snippets: (snippet_pages > 0).then(|| SnippetSummary::from_counts(counts)),
        empty: share(pages.iter().filter(|p| p.empty).count(), pages.len()),
        errors: pages.iter().filter(|p| p.error.is_some()).count(),
        timing,
    }
}

fn share(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

impl SetReport {
    /// The set's label in tables: its name, followed by `/tune` or `/check` for a half.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-rlabel-{}", std::process::id()));
    /// # std::fs::create_dir_all(dir.join("news"))?;
    /// # std::fs::write(dir.join("news/manifest.jsonl"), "{\"id\": \"a\", \"text\": \"x\"}\n")?;
    /// # let set = copydesk::eval::Dataset::load(dir.join("news"))?;
    /// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
    /// assert_eq!(report.label(), "news");
    /// assert_eq!(report.restrict(copydesk::eval::Half::Tune).label(), "news/tune");
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn label(&self) -> String {
        label(&self.name, self.half)
    }

    /// The report of one half of its pages (see [`Half::of`]), without running anything again:
    /// the pages of that half, in the same order, and a summary recomputed from them (timing
    /// included, from the pages' own times; a predictions folder's recorded throughput, which
    /// covers all its pages, is left out). A half of a half that differs is empty.
    ///
    /// ```
    /// use copydesk::eval::Half;
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-rhalf-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// // "a" is in the tune half, "b" in the check half.
    /// std::fs::write(dir.join("manifest.jsonl"),
    ///     "{\"id\": \"a\", \"text\": \"one two\"}\n{\"id\": \"b\", \"text\": \"three four\"}\n")?;
    /// std::fs::write(dir.join("a.txt"), "one two")?;
    /// let set = copydesk::eval::Dataset::load(&dir)?;
    /// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
    /// let tune = report.restrict(Half::Tune);
    /// let check = report.restrict(Half::Check);
    /// assert_eq!((tune.summary.pages, check.summary.pages), (1, 1));
    /// assert_eq!(tune.summary.sh.map(|s| s.recall), Some(1.0));
    /// assert_eq!(check.summary.sh.map(|s| s.recall), Some(0.0));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn restrict(&self, half: Half) -> SetReport {
        let pages: Vec<PageResult> = match self.half {
            Some(own) if own != half => Vec::new(),
            _ => self
                .pages
                .iter()
                .filter(|p| Half::of(&p.id) == half)
                .cloned()
                .collect(),
        };
        let times: Vec<(String, f64)> = pages
            .iter()
            .filter_map(|p| Some((p.id.clone(), p.ms?)))
            .collect();
        let bytes = pages
            .iter()
            .any(|p| p.bytes.is_some())
            .then(|| pages.iter().filter_map(|p| p.bytes).sum());
        let timing = self.summary.timing.as_ref().and_then(|whole| {
            Timing::from_times(&times, bytes).map(|mut t| {
                t.threads = whole.threads;
                t.repeat = whole.repeat;
                t
            })
        });
        SetReport {
            name: self.name.clone(),
            half: Some(half),
            source: self.source.clone(),
            summary: summarize(&pages, timing),
            pages,
        }
    }

    /// The pages ranked worst first by [`PageResult::quality`] (ties in manifest order), at most `n`.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-worst-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"good\", \"text\": \"a\"}\n{\"id\": \"bad\", \"text\": \"b\"}\n")?;
    /// # std::fs::write(dir.join("good.txt"), "a")?;
    /// # let set = copydesk::eval::Dataset::load(&dir)?;
    /// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
    /// assert_eq!(report.worst(1)[0].id, "bad");
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn worst(&self, n: usize) -> Vec<&PageResult> {
        let mut pages: Vec<&PageResult> = self.pages.iter().collect();
        pages.sort_by(|a, b| a.quality().total_cmp(&b.quality()));
        pages.truncate(n);
        pages
    }

    /// Writes every page's output to `dir/<set>/<id>.txt`, and for timed runs a `timings.json`
    /// in the peers' runner format (per-page seconds, median, p95, MB/s, errors), so that the
    /// folder can be scored by other tools too.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-save-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"text\": \"a\"}\n")?;
    /// # std::fs::write(dir.join("p.txt"), "a")?;
    /// # let set = copydesk::eval::Dataset::load(&dir)?;
    /// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
    /// report.save(dir.join("out"))?;
    /// assert_eq!(std::fs::read_to_string(dir.join("out").join(&set.name).join("p.txt"))?, "a");
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn save(&self, dir: impl AsRef<Path>) -> Result<(), EvalError> {
        let dir = dir.as_ref().join(&self.name);
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |source| EvalError::Io { path, source }
        };
        fs::create_dir_all(&dir).map_err(io(&dir))?;
        for page in &self.pages {
            let path = dir.join(format!("{}.txt", page.id));
            fs::write(&path, &page.output).map_err(io(&path))?;
        }
        let path = dir.join("timings.json");
        if let Some(t) = &self.summary.timing {
            let times: serde_json::Map<String, serde_json::Value> = self
                .pages
                .iter()
                .filter_map(|p| Some((p.id.clone(), serde_json::json!(p.ms? / 1000.0))))
                .collect();
            let errors: serde_json::Map<String, serde_json::Value> = self
                .pages
                .iter()
                .filter_map(|p| Some((p.id.clone(), serde_json::json!(p.error.clone()?))))
                .collect();
            let bytes: usize = self.pages.iter().filter_map(|p| p.bytes).sum();
            let doc = serde_json::json!({
                "peer": self.source,
                "pages": times.len(),
                "total_s": t.total_ms / 1000.0,
                "median_ms": t.median_ms,
                "p95_ms": t.p95_ms,
                "bytes": bytes,
                "MB/s": t.mb_per_s,
                "threads": t.threads,
                "repeat": t.repeat,
                "times": times,
                "errors": errors,
            });
            let text = serde_json::to_string_pretty(&doc).map_err(|e| EvalError::Invalid {
                path: path.clone(),
                message: e.to_string(),
            })?;
            fs::write(&path, text).map_err(io(&path))?;
        } else if path.is_file() {
            // A stale timings.json would restrict and mislabel the pages just written.
            fs::remove_file(&path).map_err(io(&path))?;
        }
        Ok(())
    }

    /// The `n` worst pages as text: scores, time, error, and excerpts of what each page missed
    /// and leaked.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-perpage-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"text\": \"The river rose.\"}\n")?;
    /// # std::fs::write(dir.join("p.txt"), "Subscribe now")?;
    /// # let set = copydesk::eval::Dataset::load(&dir)?;
    /// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
    /// let listing = report.per_page(15);
    /// assert!(listing.contains("missed: The river rose"));
    /// assert!(listing.contains("leaked: Subscribe now"));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn per_page(&self, n: usize) -> String {
        let worst = self.worst(n);
        let mut out = format!(
            "{}: {} worst of {} pages\n",
            self.label(),
            worst.len(),
            self.pages.len()
        );
        for page in worst {
            let mut line = format!("  {}", page.id);
            if let Some(s) = page.sh {
                let _ = write!(
                    line,
                    "  SH F1 {:.3} P {:.3} R {:.3}",
                    s.f1, s.precision, s.recall
                );
            }
            if let (Some(s), Some(c)) = (page.sh, page.cjk) {
                if c.counts != s.counts {
                    let _ = write!(line, "  CJK F1 {:.3}", c.f1);
                }
            }
            if let Some(c) = page.snippets {
                let _ = write!(line, "  TP/FN/FP/TN {}/{}/{}/{}", c.tp, c.fn_, c.fp, c.tn);
            }
            let _ = write!(line, "  {} chars", page.chars);
            if let Some(ms) = page.ms {
                let _ = write!(line, "  {ms:.1} ms");
            }
            out.push_str(&line);
            out.push('\n');
            if let Some(e) = &page.error {
                let _ = writeln!(out, "      error: {}", excerpt(e, 2 * EXCERPT_WIDTH));
            }
            for m in &page.missed {
                let _ = writeln!(out, "      missed: {m}");
            }
            for l in &page.leaked {
                let _ = writeln!(out, "      leaked: {l}");
            }
        }
        out
    }
}

impl std::fmt::Display for SetReport {
    /// The one-row summary table of this set (see [`table`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&table(std::slice::from_ref(self)))
    }
}

fn fixed(x: Option<f64>, places: usize) -> String {
    match x {
        Some(v) => format!("{v:.places$}"),
        None => "-".to_string(),
    }
}

/// The summary table of several sets, one row per set, in fixed-width columns like the
/// reference scorer's: shingle columns only when some set has text pages, snippet columns
/// only when some set has snippets, timing columns only when some set was timed.
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("copydesk-doc-table-{}", std::process::id()));
/// # std::fs::create_dir_all(&dir)?;
/// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"p\", \"with\": [\"x\"], \"without\": []}\n")?;
/// # let set = copydesk::eval::Dataset::load(&dir)?;
/// let report = copydesk::eval::run(&set, &copydesk::eval::Source::Predictions(dir.clone()), &|| {})?;
/// let table = copydesk::eval::table(&[report]);
/// assert!(table.contains("snip F") && table.contains("0/1/0/0") && !table.contains("SH F1"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn table(reports: &[SetReport]) -> String {
    let has_sh = reports.iter().any(|r| r.summary.sh.is_some());
    let has_snip = reports.iter().any(|r| r.summary.snippets.is_some());
    let has_time = reports.iter().any(|r| r.summary.timing.is_some());
    let mut head: Vec<&str> = vec!["set", "pages"];
    if has_sh {
        head.extend(["SH F1", "SH P", "SH R", "CJK F1", "CJK P", "CJK R"]);
    }
    if has_snip {
        head.extend(["snip P", "snip R", "snip Acc", "snip F", "TP/FN/FP/TN"]);
    }
    head.extend(["empty", "errors"]);
    if has_time {
        head.extend(["med ms", "p95 ms", "max ms", "MB/s"]);
    }
    let mut rows: Vec<Vec<String>> = vec![head.iter().map(|h| h.to_string()).collect()];
    for r in reports {
        let s = &r.summary;
        let mut row = vec![r.label(), s.pages.to_string()];
        if has_sh {
            for score in [s.sh, s.cjk] {
                row.push(fixed(score.map(|x| x.f1), 3));
                row.push(fixed(score.map(|x| x.precision), 3));
                row.push(fixed(score.map(|x| x.recall), 3));
            }
        }
        if has_snip {
            let sn = s.snippets;
            row.push(fixed(sn.map(|x| x.precision), 3));
            row.push(fixed(sn.map(|x| x.recall), 3));
            row.push(fixed(sn.map(|x| x.accuracy), 3));
            row.push(fixed(sn.map(|x| x.f), 3));
            row.push(match sn {
                Some(x) => format!(
                    "{}/{}/{}/{}",
                    x.counts.tp, x.counts.fn_, x.counts.fp, x.counts.tn
                ),
                None => "-".to_string(),
            });
        }
        row.push(format!("{:.1}%", 100.0 * s.empty));
        row.push(s.errors.to_string());
        if has_time {
            let t = s.timing.as_ref();
            row.push(fixed(t.map(|t| t.median_ms), 2));
            row.push(fixed(t.map(|t| t.p95_ms), 2));
            row.push(fixed(t.map(|t| t.max_ms), 1));
            row.push(fixed(t.and_then(|t| t.mb_per_s), 2));
        }
        rows.push(row);
    }
    let mut out = columns(&rows, head.len(), 1);
    if has_sh {
        out.push_str(
            "SH = ScrapingHub shingle metric (\\w+ tokens; F1 of mean P and mean R); \
             CJK = the same with each CJK character a token.\n",
        );
    }
    if has_snip {
        out.push_str("snip = trafilatura's with/without snippet counts, summed over pages.\n");
    }
    for r in reports {
        if let Some(t) = &r.summary.timing {
            // How the times were taken: threads, and runs per page.
            let mut how = t
                .threads
                .map(|n| format!(", {n} thread{}", if n == 1 { "" } else { "s" }))
                .unwrap_or_default();
            if let Some(n) = t.repeat {
                how.push_str(&format!(", each page's median of {n} runs"));
            }
            let _ = writeln!(
                out,
                "{}: slowest page {} ({:.1} ms){how}",
                r.label(),
                t.slowest,
                t.max_ms
            );
        }
    }
    out
}

/// Every report as one JSON document: `{"sets": [{"name", "source", "summary", "pages"}],
/// "metadata": [{"set", "pages", "fields", "disagreements"}]}` (`metadata` only when a set
/// has a `metadata.jsonl`).
///
/// ```
/// let json = copydesk::eval::to_json(&[], &[]);
/// assert_eq!(json.replace(char::is_whitespace, ""), r#"{"sets":[]}"#);
/// ```
pub fn to_json(reports: &[SetReport], metadata: &[super::metadata::MetadataReport]) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        sets: &'a [SetReport],
        #[serde(skip_serializing_if = "<[_]>::is_empty")]
        metadata: &'a [super::metadata::MetadataReport],
    }
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_string_pretty(&Document {
        sets: reports,
        metadata,
    })
    .unwrap_or_default()
}

/// Rows laid out in columns two spaces apart, as wide as their widest cell: the first `left`
/// columns aligned left, the others right (numbers).
pub(crate) fn columns(rows: &[Vec<String>], count: usize, left: usize) -> String {
    let widths: Vec<usize> = (0..count)
        .map(|i| {
            rows.iter()
                .filter_map(|r| r.get(i))
                .map(|c| c.chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for row in rows {
        let cells: Vec<String> = row
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, &w))| {
                if i < left {
                    format!("{cell:<w$}")
                } else {
                    format!("{cell:>w$}")
                }
            })
            .collect();
        out.push_str(cells.join("  ").trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(json: &str) -> Page {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn failed_page_misses_every_with_and_avoids_every_without() {
        let p = page(r#"{"id": "x", "with": ["a", ""], "without": ["b"]}"#);
        let r = score_page(&p, String::new(), Some("boom".into()));
        let c = r.snippets.unwrap();
        assert_eq!((c.tp, c.fn_, c.fp, c.tn), (0, 2, 0, 1));
        // Not failed, an empty "with" snippet is found in any output (as in Python).
        let r = score_page(&p, String::new(), None);
        let c = r.snippets.unwrap();
        assert_eq!((c.tp, c.fn_), (1, 1));
        assert!(r.empty);
    }

    #[test]
    fn timing_statistics_match_the_peers_runner() {
        let times: Vec<(String, f64)> = (1..=20).map(|i| (format!("p{i}"), i as f64)).collect();
        let t = Timing::from_times(&times, None).unwrap();
        assert_eq!(t.median_ms, 10.5);
        assert_eq!(t.p95_ms, 20.0); // sorted[min(19, int(0.95 * 20))]
        assert_eq!((t.max_ms, t.slowest.as_str()), (20.0, "p20"));
        assert_eq!(t.mb_per_s, None);
    }

    #[test]
    fn median_of_runs() {
        assert_eq!(median(&mut [3.0, 1.0, 2.0]), 2.0);
        assert_eq!(median(&mut [4.0, 1.0, 2.0, 3.0]), 2.5);
        assert_eq!(median(&mut [7.0]), 7.0);
        assert_eq!(median(&mut []), 0.0);
    }

    #[test]
    fn repeated_runs_score_as_one_run_and_say_so() {
        let dir = std::env::temp_dir().join(format!("copydesk-repeat-{}", std::process::id()));
        fs::create_dir_all(dir.join("html")).unwrap();
        fs::write(
            dir.join("manifest.jsonl"),
            "{\"id\": \"p\", \"with\": [\"The river rose.\"], \"without\": [\"Home\"]}\n\
             {\"id\": \"gone\", \"with\": [\"x\"], \"without\": []}\n",
        )
        .unwrap();
        fs::write(
            dir.join("html/p.html"),
            "<nav><a href=/>Home</a></nav><article><p>The river rose.</p></article>",
        )
        .unwrap();
        let set = Dataset::load(&dir).unwrap();
        let source = Source::Copydesk(Options::default());
        let once = run(&set, &source, &|| {}).unwrap();
        let thrice = run_repeated(&set, &source, 3, &|| {}).unwrap();
        fs::remove_dir_all(&dir).unwrap();
        assert_eq!(once.summary.snippets, thrice.summary.snippets);
        assert_eq!(once.summary.timing.unwrap().repeat, None);
        assert_eq!(thrice.summary.timing.as_ref().unwrap().repeat, Some(3));
        // The page with no HTML file has no time in any pass.
        assert!(thrice
            .pages
            .iter()
            .any(|p| p.id == "gone" && p.ms.is_none()));
        assert!(table(&[thrice]).contains("each page's median of 3 runs"));
    }

    #[test]
    fn whitespace_only_output_is_empty() {
        let p = page(r#"{"id": "x", "text": "a"}"#);
        assert!(score_page(&p, "\u{a0}\n\u{3000}".into(), None).empty);
        assert!(!score_page(&p, "\u{200b}".into(), None).empty);
    }
}
