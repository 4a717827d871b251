//! Evaluation against data sets with ground truth, with the metrics of the published
//! benchmarks, computed exactly as their reference scorers do.
//!
//! A data set is a directory with a `manifest.jsonl` (one page per line: `id`, `file`, `url`,
//! `text`, `with`, `without`...) and the pages' raw HTML. [`run`] scores either copydesk's own
//! extraction of every page (timed) or a folder of `<id>.txt` outputs of any extractor:
//!
//! - pages with ground-truth `text` by the ScrapingHub **shingle** metric
//!   ([`metrics::ShingleCounts`], [`metrics::CorpusScore`]), once with the benchmark's `\w+`
//!   tokens and once with each CJK character a token;
//! - pages with `with` / `without` snippets by trafilatura's **snippet** metric
//!   ([`metrics::SnippetCounts`]).
//!
//! ```
//! use copydesk::eval::{run, table, Dataset, Source};
//! let dir = std::env::temp_dir().join(format!("copydesk-doc-eval-{}", std::process::id()));
//! std::fs::create_dir_all(&dir)?;
//! std::fs::write(dir.join("manifest.jsonl"),
//!     "{\"id\": \"p1\", \"text\": \"The river rose two metres overnight.\"}\n")?;
//! std::fs::write(dir.join("p1.txt"), "The river rose two metres overnight. Share this!")?;
//! let set = Dataset::load(&dir)?;
//! let report = run(&set, &Source::Predictions(dir.clone()), &|| {})?;
//! let sh = report.summary.sh.unwrap();
//! assert_eq!((sh.precision, sh.recall), (0.6, 1.0));
//! assert!(table(&[report]).contains("SH F1"));
//! # std::fs::remove_dir_all(&dir)?;
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::fmt;
use std::path::PathBuf;

mod dataset;
pub mod metadata;
pub mod metrics;
mod report;
pub mod rules;

pub use dataset::{Dataset, Half, Page};
pub use report::{
    run, run_repeated, table, to_json, PageResult, PageShingles, SetReport, SnippetSummary, Source,
    Summary, Timing,
};

/// Why an evaluation could not run.
///
/// ```
/// let err = copydesk::eval::Dataset::load("/nonexistent").unwrap_err();
/// assert!(matches!(err, copydesk::eval::EvalError::Io { .. }));
/// ```
#[derive(Debug)]
#[non_exhaustive]
pub enum EvalError {
    /// A file or directory could not be read or written.
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What went wrong.
        source: std::io::Error,
    },
    /// A manifest line is not a valid page.
    Manifest {
        /// The manifest.
        path: PathBuf,
        /// The line number, from 1.
        line: usize,
        /// What is wrong with it.
        message: String,
    },
    /// A file holds something other than what was expected (a malformed `timings.json`).
    Invalid {
        /// The file.
        path: PathBuf,
        /// What is wrong with it.
        message: String,
    },
    /// A directory is neither a data set nor a parent of data sets.
    NoDataSet {
        /// The directory.
        path: PathBuf,
    },
}

impl fmt::Display for EvalError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            EvalError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            EvalError::Manifest {
                path,
                line,
                message,
            } => write!(f, "{}:{line}: {message}", path.display()),
            EvalError::Invalid { path, message } => write!(f, "{}: {message}", path.display()),
            EvalError::NoDataSet { path } => write!(
                f,
                "{}: no {} here nor in any subdirectory",
                path.display(),
                dataset::MANIFEST
            ),
        }
    }
}

impl std::error::Error for EvalError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            EvalError::Io { source, .. } => Some(source),
            _ => None,
        }
    }
}
