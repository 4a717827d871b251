//! `copydesk._native`: the Python bindings of copydesk (PyO3, abi3).
//!
//! Every extraction runs with the GIL released. An article becomes a dict through its serde
//! serialisation (pythonize), so its fields and their order are those of
//! `copydesk extract --format json`. Errors become exceptions named by kind, all subclasses of
//! `CopydeskError`; bad options raise `ValueError` or `TypeError`.

use std::collections::VecDeque;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use copydesk::{Article, Error, Favor, Options, RemovalKind};
use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyIterator, PyString};

create_exception!(
    _native,
    CopydeskError,
    PyException,
    "Base class of every copydesk error; `kind` holds the error's kebab-case kind."
);
create_exception!(
    _native,
    LimitError,
    CopydeskError,
    "The page exceeded one of the extraction limits."
);
create_exception!(
    _native,
    InputTooLargeError,
    LimitError,
    "The input is larger than max_input_bytes (`size`, `limit`)."
);
create_exception!(
    _native,
    TooManyNodesError,
    LimitError,
    "The document has more nodes than max_nodes (`limit`)."
);
create_exception!(
    _native,
    TimeBudgetError,
    LimitError,
    "The extraction took longer than its timeout (`budget_ms`)."
);
create_exception!(
    _native,
    NotTextError,
    CopydeskError,
    "The input is not text: a binary format (`format`: \"PNG\", \"PDF\"...) or binary bytes (\"binary\")."
);

/// The Python exception of an error, with its kind and fields as attributes.
fn to_pyerr(py: Python<'_>, e: &Error) -> PyErr {
    let message = e.to_string();
    let err = match e {
        Error::InputTooLarge { .. } => InputTooLargeError::new_err(message),
        Error::TooManyNodes { .. } => TooManyNodesError::new_err(message),
        Error::NotText { .. } => NotTextError::new_err(message),
        Error::TimeBudgetExceeded { .. } => TimeBudgetError::new_err(message),
        _ => CopydeskError::new_err(message),
    };
    let value = err.value(py);
    // Setting an attribute on a fresh exception instance does not fail; ignored if it did.
    let _ = value.setattr("kind", e.kind());
    let _ = match e {
        Error::InputTooLarge { size, limit } => value
            .setattr("size", size)
            .and_then(|()| value.setattr("limit", limit)),
        Error::TooManyNodes { limit } => value.setattr("limit", limit),
        Error::NotText { format } => value.setattr("format", format),
        Error::TimeBudgetExceeded { budget_ms } => value.setattr("budget_ms", budget_ms),
        _ => Ok(()),
    };
    err
}

/// A page's input, owned or borrowed from Python: bytes in any charset, or text (UTF-8).
enum Page {
    Bytes(Vec<u8>),
    Text(String),
}

impl Page {
    /// A page from `bytes`, `bytearray` (copied) or `str`; anything else (including
    /// `memoryview`) is a `TypeError`.
    fn from_py(obj: &Bound<'_, PyAny>, what: &str) -> PyResult<Page> {
        if let Ok(b) = obj.downcast::<PyBytes>() {
            Ok(Page::Bytes(b.as_bytes().to_vec()))
        } else if let Ok(b) = obj.downcast::<PyByteArray>() {
            Ok(Page::Bytes(b.to_vec()))
        } else if let Ok(s) = obj.downcast::<PyString>() {
            Ok(Page::Text(s.to_cow()?.into_owned()))
        } else {
            Err(PyTypeError::new_err(format!(
                "{what} must be bytes or str, not {}",
                obj.get_type().name()?
            )))
        }
    }
}

/// Options shared by every call of one extractor.
struct Inner {
    options: Options,
    keep: Vec<RemovalKind>,
    /// Whether the dicts hold `removed` (the default; `copydesk batch` leaves it out unless
    /// `--removed`).
    removed: bool,
}

impl Inner {
    /// Extracts a page: `url` and `charset` override the extractor's for this page. A `str`
    /// page is UTF-8 (its `<meta charset>` no longer applies) unless a charset is given.
    fn extract(
        &self,
        page: &Page,
        url: Option<&str>,
        charset: Option<&str>,
    ) -> Result<Article, Error> {
        let needs_own = url.is_some() || charset.is_some() || matches!(page, Page::Text(_));
        let own;
        let options = if needs_own {
            let mut o = self.options.clone();
            if let Some(url) = url {
                o.url = Some(url.to_owned());
            }
            if let Some(charset) = charset {
                o.charset = Some(charset.to_owned());
            } else if matches!(page, Page::Text(_)) && o.charset.is_none() {
                o.charset = Some("utf-8".to_owned());
            }
            own = o;
            &own
        } else {
            &self.options
        };
        let bytes = match page {
            Page::Bytes(b) => b.as_slice(),
            Page::Text(s) => s.as_bytes(),
        };
        copydesk::extract(bytes, options).map(|a| self.finish(a))
    }

    fn extract_text(&self, text: &str) -> Result<Article, Error> {
        copydesk::extract_text(text, &self.options).map(|a| self.finish(a))
    }

    fn finish(&self, article: Article) -> Article {
        let mut article = if self.keep.is_empty() {
            article
        } else {
            article.keeping(&self.keep)
        };
        if !self.removed {
            article.removed = Vec::new();
        }
        article
    }

    /// The article as a dict, without `removed` when the extractor leaves it out.
    fn to_dict<'py>(&self, py: Python<'py>, article: &Article) -> PyResult<Bound<'py, PyAny>> {
        let dict = to_dict(py, article)?;
        if !self.removed {
            dict.del_item("removed")?;
        }
        Ok(dict)
    }
}

/// The article as a dict, through its serde serialisation.
fn to_dict<'py>(py: Python<'py>, article: &Article) -> PyResult<Bound<'py, PyAny>> {
    pythonize::pythonize(py, article)
        .map_err(|e| CopydeskError::new_err(format!("serialising the article: {e}")))
}

fn check_charset(charset: Option<&str>) -> PyResult<()> {
    match charset {
        Some(label) if encoding_rs::Encoding::for_label(label.trim().as_bytes()).is_none() => Err(
            PyValueError::new_err(format!("charset: unknown label {label:?} (WHATWG labels, e.g. \"utf-8\", \"euc-kr\", \"shift_jis\")")),
        ),
        _ => Ok(()),
    }
}

fn seconds(value: f64, what: &str) -> PyResult<Duration> {
    Duration::try_from_secs_f64(value).map_err(|_| {
        PyValueError::new_err(format!(
            "{what} must be a non-negative number of seconds, not {value}"
        ))
    })
}

fn positive(value: Option<usize>, what: &str) -> PyResult<Option<usize>> {
    match value {
        Some(0) => Err(PyValueError::new_err(format!("{what} must be at least 1"))),
        v => Ok(v),
    }
}

/// A reusable extractor: build it once with its options and share it across threads.
///
/// Extractor(*, url=None, charset=None, lang=None, favor=None, keep=(), timeout=None,
///           max_input_bytes=None, max_nodes=None, max_depth=None, max_block_bytes=None,
///           removed=True)
///
/// `removed=False` leaves the labelled removals out of the dicts (as `copydesk batch` does
/// without `--removed`), which saves building them.
#[pyclass(frozen, module = "copydesk._native")]
struct Extractor {
    inner: Arc<Inner>,
}

#[pymethods]
impl Extractor {
    #[new]
    #[pyo3(signature = (*, url=None, charset=None, lang=None, favor=None, keep=None, timeout=None,
                        max_input_bytes=None, max_nodes=None, max_depth=None, max_block_bytes=None,
                        removed=true))]
    #[allow(clippy::too_many_arguments)]
    fn new(
        url: Option<String>,
        charset: Option<String>,
        lang: Option<String>,
        favor: Option<&Bound<'_, PyAny>>,
        keep: Option<&Bound<'_, PyAny>>,
        timeout: Option<f64>,
        max_input_bytes: Option<usize>,
        max_nodes: Option<usize>,
        max_depth: Option<usize>,
        max_block_bytes: Option<usize>,
        removed: bool,
    ) -> PyResult<Self> {
        check_charset(charset.as_deref())?;
        let mut builder = Options::builder();
        if let Some(url) = url {
            builder = builder.url(url);
        }
        if let Some(charset) = charset {
            builder = builder.charset(charset);
        }
        if let Some(lang) = lang {
            builder = builder.lang(lang);
        }
        if let Some(favor) = favor.filter(|f| !f.is_none()) {
            let name: String = favor.extract().map_err(|_| {
                PyTypeError::new_err(
                    "favor must be a str: \"balanced\", \"precision\" or \"recall\"",
                )
            })?;
            let preset = Favor::from_name(&name).ok_or_else(|| {
                PyValueError::new_err(format!(
                    "favor: unknown preset {name:?}; the presets are \"balanced\", \"precision\", \"recall\""
                ))
            })?;
            builder = builder.favor(preset);
        }
        if let Some(timeout) = timeout {
            builder = builder.time_budget(seconds(timeout, "timeout")?);
        }
        if let Some(n) = positive(max_input_bytes, "max_input_bytes")? {
            builder = builder.max_input_bytes(n);
        }
        if let Some(n) = positive(max_nodes, "max_nodes")? {
            builder = builder.max_nodes(n);
        }
        if let Some(n) = positive(max_depth, "max_depth")? {
            builder = builder.max_depth(n);
        }
        if let Some(n) = positive(max_block_bytes, "max_block_bytes")? {
            builder = builder.max_block_bytes(n);
        }
        let keep = match keep.filter(|k| !k.is_none()) {
            None => Vec::new(),
            Some(k) => removal_kinds(k)?,
        };
        Ok(Extractor {
            inner: Arc::new(Inner {
                options: builder.build(),
                keep,
                removed,
            }),
        })
    }

    /// Extracts the article from a page (bytes in any charset, or str): a dict with the fields
    /// of `copydesk extract --format json`. `url` and `charset` override the extractor's for
    /// this page.
    #[pyo3(signature = (html, *, url=None, charset=None))]
    fn extract<'py>(
        &self,
        py: Python<'py>,
        html: &Bound<'py, PyAny>,
        url: Option<String>,
        charset: Option<String>,
    ) -> PyResult<Bound<'py, PyAny>> {
        check_charset(charset.as_deref())?;
        let page = Page::from_py(html, "html")?;
        let inner = Arc::clone(&self.inner);
        let result = py.allow_threads(|| inner.extract(&page, url.as_deref(), charset.as_deref()));
        match result {
            Ok(article) => self.inner.to_dict(py, &article),
            Err(e) => Err(to_pyerr(py, &e)),
        }
    }

    /// Extracts the article from text already extracted from a page (one block per line).
    fn extract_text<'py>(
        &self,
        py: Python<'py>,
        text: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let text: String = if let Ok(s) = text.downcast::<PyString>() {
            s.to_cow()?.into_owned()
        } else {
            return Err(PyTypeError::new_err(format!(
                "text must be str, not {}",
                text.get_type().name()?
            )));
        };
        let inner = Arc::clone(&self.inner);
        match py.allow_threads(|| inner.extract_text(&text)) {
            Ok(article) => self.inner.to_dict(py, &article),
            Err(e) => Err(to_pyerr(py, &e)),
        }
    }

    /// Extracts many pages on `jobs` threads (default: one per core) and yields one dict per
    /// item, in input order. Items are str/bytes pages or dicts with "html" and optional "url"
    /// and "id". A page that fails yields an error record instead of raising.
    #[pyo3(signature = (items, *, jobs=None))]
    fn batch(&self, items: &Bound<'_, PyAny>, jobs: Option<usize>) -> PyResult<Batch> {
        let jobs = match positive(jobs, "jobs")? {
            Some(n) => n,
            None => std::thread::available_parallelism().map_or(1, |n| n.get()),
        };
        Ok(Batch {
            inner: Arc::clone(&self.inner),
            source: Some(PyIterator::from_object(items)?.unbind()),
            jobs,
            chunk: (jobs * 16).max(16),
            ready: VecDeque::new(),
            pending_error: None,
        })
    }

    fn __repr__(&self) -> String {
        let o = &self.inner.options;
        format!(
            "Extractor(url={:?}, charset={:?}, lang={:?}, favor={:?}, keep={:?})",
            o.url,
            o.charset,
            o.lang,
            o.favor.name(),
            self.inner.keep.iter().map(|k| k.name()).collect::<Vec<_>>()
        )
    }
}

/// The removal kinds named in `keep` (an iterable of names, or one comma-separated str).
fn removal_kinds(keep: &Bound<'_, PyAny>) -> PyResult<Vec<RemovalKind>> {
    let names: Vec<String> = if let Ok(s) = keep.downcast::<PyString>() {
        s.to_cow()?
            .split(',')
            .map(|n| n.trim().to_owned())
            .filter(|n| !n.is_empty())
            .collect()
    } else {
        let mut names = Vec::new();
        for item in keep
            .try_iter()
            .map_err(|_| PyTypeError::new_err("keep must be an iterable of str"))?
        {
            let item = item?;
            names.push(
                item.extract::<String>()
                    .map_err(|_| PyTypeError::new_err("keep must be an iterable of str"))?,
            );
        }
        names
    };
    names
        .iter()
        .map(|name| {
            RemovalKind::from_name(name).ok_or_else(|| {
                let valid: Vec<&str> = RemovalKind::ALL.iter().map(|k| k.name()).collect();
                PyValueError::new_err(format!(
                    "keep: unknown removal kind {name:?}; the kinds are {}",
                    valid.join(", ")
                ))
            })
        })
        .collect()
}

/// One batch item, read from Python.
struct Job {
    id: Option<String>,
    url: Option<String>,
    page: Result<Page, String>,
}

impl Job {
    fn from_py(obj: &Bound<'_, PyAny>) -> Job {
        if let Ok(dict) = obj.downcast::<PyDict>() {
            let text = |key: &str| -> Option<String> {
                dict.get_item(key)
                    .ok()
                    .flatten()
                    .filter(|v| !v.is_none())
                    .map(|v| v.extract::<String>().unwrap_or_else(|_| v.to_string()))
            };
            let page = match dict.get_item("html") {
                Ok(Some(html)) => Page::from_py(&html, "\"html\"").map_err(|e| e.to_string()),
                _ => Err("item has no \"html\" key".to_owned()),
            };
            Job {
                id: text("id"),
                url: text("url"),
                page,
            }
        } else {
            Job {
                id: None,
                url: None,
                page: Page::from_py(obj, "item").map_err(|e| e.to_string()),
            }
        }
    }
}

/// What a job gave.
enum Outcome {
    Article(Box<Article>),
    Failed(&'static str, String),
}

fn run_job(inner: &Inner, job: &Job) -> Outcome {
    match &job.page {
        Err(message) => Outcome::Failed("bad-input", message.clone()),
        Ok(page) => match inner.extract(page, job.url.as_deref(), None) {
            Ok(article) => Outcome::Article(Box::new(article)),
            Err(e) => Outcome::Failed(e.kind(), e.to_string()),
        },
    }
}

/// Runs a chunk of jobs on `workers` threads; results in input order.
fn run_chunk(inner: &Inner, jobs: &[Job], workers: usize) -> Vec<Outcome> {
    let slots: Vec<Mutex<Option<Outcome>>> = jobs.iter().map(|_| Mutex::new(None)).collect();
    let next = AtomicUsize::new(0);
    let work = || loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        let Some(job) = jobs.get(i) else { break };
        let outcome = run_job(inner, job);
        if let (Some(slot), outcome) = (slots.get(i), outcome) {
            if let Ok(mut slot) = slot.lock() {
                *slot = Some(outcome);
            }
        }
    };
    let threads = workers.min(jobs.len()).max(1);
    std::thread::scope(|s| {
        for _ in 1..threads {
            s.spawn(work);
        }
        work();
    });
    slots
        .into_iter()
        .map(|slot| {
            slot.into_inner()
                .ok()
                .flatten()
                .unwrap_or_else(|| Outcome::Failed("error", "worker thread failed".to_owned()))
        })
        .collect()
}

/// The iterator `Extractor.batch` returns: it reads its items a chunk at a time, extracts the
/// chunk on the thread pool with the GIL released, and yields the records in input order.
#[pyclass(module = "copydesk._native")]
struct Batch {
    inner: Arc<Inner>,
    source: Option<Py<PyIterator>>,
    jobs: usize,
    chunk: usize,
    ready: VecDeque<PyObject>,
    pending_error: Option<PyErr>,
}

#[pymethods]
impl Batch {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&mut self, py: Python<'_>) -> PyResult<Option<PyObject>> {
        if self.ready.is_empty() {
            self.fill(py)?;
        }
        if let Some(record) = self.ready.pop_front() {
            return Ok(Some(record));
        }
        match self.pending_error.take() {
            Some(e) => Err(e),
            None => Ok(None),
        }
    }
}

impl Batch {
    fn fill(&mut self, py: Python<'_>) -> PyResult<()> {
        let Some(source) = self.source.as_ref() else {
            return Ok(());
        };
        let mut jobs = Vec::with_capacity(self.chunk);
        let source = source.bind(py).clone();
        while jobs.len() < self.chunk {
            match source.call_method0("__next__") {
                Ok(item) => jobs.push(Job::from_py(&item)),
                Err(e) if e.is_instance_of::<pyo3::exceptions::PyStopIteration>(py) => {
                    self.source = None;
                    break;
                }
                Err(e) => {
                    // The items read so far are yielded first, then the iterable's error.
                    self.source = None;
                    self.pending_error = Some(e);
                    break;
                }
            }
        }
        if jobs.is_empty() {
            return Ok(());
        }
        let inner = Arc::clone(&self.inner);
        let workers = self.jobs;
        let outcomes = py.allow_threads(|| run_chunk(&inner, &jobs, workers));
        for (job, outcome) in jobs.iter().zip(outcomes) {
            let record = PyDict::new(py);
            if let Some(id) = &job.id {
                record.set_item("id", id)?;
            }
            if let Some(url) = &job.url {
                record.set_item("url", url)?;
            }
            match outcome {
                Outcome::Article(article) => {
                    let fields = self.inner.to_dict(py, &article)?;
                    record.update(fields.downcast::<pyo3::types::PyMapping>()?)?;
                }
                Outcome::Failed(kind, message) => {
                    record.set_item("status", "error")?;
                    record.set_item("error", kind)?;
                    record.set_item("message", message)?;
                }
            }
            self.ready.push_back(record.into_any().unbind());
        }
        Ok(())
    }
}

/// The removal kinds' names, for `keep`.
#[pyfunction]
fn removal_kinds_names() -> Vec<&'static str> {
    RemovalKind::ALL.iter().map(|k| k.name()).collect()
}

#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    let py = m.py();
    m.add_class::<Extractor>()?;
    m.add_class::<Batch>()?;
    m.add_function(wrap_pyfunction!(removal_kinds_names, m)?)?;
    m.add("CopydeskError", py.get_type::<CopydeskError>())?;
    m.add("LimitError", py.get_type::<LimitError>())?;
    m.add("InputTooLargeError", py.get_type::<InputTooLargeError>())?;
    m.add("TooManyNodesError", py.get_type::<TooManyNodesError>())?;
    m.add("TimeBudgetError", py.get_type::<TimeBudgetError>())?;
    m.add("NotTextError", py.get_type::<NotTextError>())?;
    Ok(())
}
