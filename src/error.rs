//! Every error the library can return, in one place.

use std::fmt;

/// Why an extraction did not produce an [`Article`](crate::Article).
///
/// A page that parses but holds no article is *not* an error: it yields an
/// `Article` whose [`status`](crate::Article::status) is
/// [`Status::NoArticle`](crate::Status::NoArticle).
///
/// ```
/// use copydesk::{extract, Error, Options};
/// let mut options = Options::default();
/// options.limits.max_input_bytes = 4;
/// assert!(matches!(extract(b"<p>hello</p>", &options), Err(Error::InputTooLarge { .. })));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Error {
    /// The input is larger than [`Limits::max_input_bytes`](crate::Limits::max_input_bytes).
    InputTooLarge {
        /// Size of the input in bytes.
        size: usize,
        /// The limit in force.
        limit: usize,
    },
    /// The document has more nodes than [`Limits::max_nodes`](crate::Limits::max_nodes).
    TooManyNodes {
        /// The limit in force.
        limit: usize,
    },
    /// The input is not text: it starts with the signature of a binary format (PNG, PDF, ZIP...).
    NotText {
        /// The format recognised from the first bytes.
        format: &'static str,
    },
    /// Extraction took longer than [`Limits::time_budget`](crate::Limits::time_budget).
    TimeBudgetExceeded {
        /// The budget in force, in milliseconds.
        budget_ms: u64,
    },
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Error::InputTooLarge { size, limit } => {
                write!(
                    f,
                    "input of {size} bytes exceeds the limit of {limit} bytes"
                )
            }
            Error::TooManyNodes { limit } => {
                write!(f, "document has more than {limit} nodes")
            }
            Error::NotText { format } => write!(f, "input is not text but {format} data"),
            Error::TimeBudgetExceeded { budget_ms } => {
                write!(f, "extraction exceeded its time budget of {budget_ms} ms")
            }
        }
    }
}

impl std::error::Error for Error {}
