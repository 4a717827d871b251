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
    /// The input is not text: it starts with the signature of a binary format (PNG, PDF,
    /// ZIP...), or, without one, its bytes are binary (`format` is then `"binary"`): a share of
    /// control bytes no text holds, or mostly bytes its charset cannot map. Such input never
    /// becomes an article of garbage.
    ///
    /// ```
    /// use copydesk::{extract, Error, Options};
    /// // Bytes from a simple generator: about a tenth of them are control bytes.
    /// let bytes: Vec<u8> = (0..20_000u32).map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8).collect();
    /// assert_eq!(extract(&bytes, &Options::default()).err(), Some(Error::NotText { format: "binary" }));
    /// assert_eq!(extract(b"%PDF-1.7\n", &Options::default()).err(), Some(Error::NotText { format: "PDF" }));
    /// ```
    NotText {
        /// The format recognised (`"PNG"`, `"PDF"`...), or `"binary"`.
        format: &'static str,
    },
    /// Extraction took longer than [`Limits::time_budget`](crate::Limits::time_budget).
    TimeBudgetExceeded {
        /// The budget in force, in milliseconds.
        budget_ms: u64,
    },
}

impl Error {
    /// The error's kind as a kebab-case name, as `copydesk batch` writes it in error records
    /// and the Python package sets it on its exceptions.
    ///
    /// ```
    /// let e = copydesk::Error::NotText { format: "PDF" };
    /// assert_eq!(e.kind(), "not-text");
    /// ```
    pub fn kind(&self) -> &'static str {
        match self {
            Error::InputTooLarge { .. } => "input-too-large",
            Error::TooManyNodes { .. } => "too-many-nodes",
            Error::NotText { .. } => "not-text",
            Error::TimeBudgetExceeded { .. } => "time-budget-exceeded",
        }
    }
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
