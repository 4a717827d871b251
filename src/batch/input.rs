//! The inputs of a batch and the stream of pages read from them, one at a time.

use std::collections::VecDeque;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use flate2::read::MultiGzDecoder;
use serde::Deserialize;

use super::warc::WarcReader;
use super::{Failure, Item, Page};

/// One input of a batch, as named on the command line.
///
/// [`Input::classify`] decides the kind from the argument: `-` is JSON Lines on standard
/// input; an existing directory is walked; `.warc`/`.warc.gz` is WARC; `.jsonl`/`.jsonl.gz`
/// /`.ndjson` is JSON Lines; `.txt`/`.lst` is a list of paths; an argument with `*`, `?` or
/// `[` that is not an existing file is a glob; anything else is one HTML page.
///
/// ```
/// use copydesk::batch::Input;
/// assert_eq!(Input::classify("-", false), Input::Stdin);
/// assert!(matches!(Input::classify("crawl/*.warc.gz", false), Input::Glob(_)));
/// assert!(matches!(Input::classify("pages.lst", false), Input::List(_)));
/// assert!(matches!(Input::classify("CC-MAIN-1.warc.gz", false), Input::Warc(_)));
/// assert!(matches!(Input::classify("dump.jsonl", false), Input::Jsonl(_)));
/// assert!(matches!(Input::classify("page.html", true), Input::List(_)));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Input {
    /// One HTML page.
    Html(PathBuf),
    /// A directory, walked recursively in name order for `*.html` and `*.htm` files (symbolic
    /// links to files are followed, links to directories are not).
    Dir(PathBuf),
    /// A glob pattern (`*`, `?`, `[...]`, `**`); each match is read as the input it names.
    Glob(String),
    /// A file listing paths, one per line (blank lines and lines starting with `#` skipped);
    /// each path is read as the input it names (a page, a directory, a WARC or JSON Lines
    /// file), relative paths from the current directory.
    List(PathBuf),
    /// JSON Lines of `{"url", "html"}` records, `id` optional (gzip if the name ends `.gz`).
    Jsonl(PathBuf),
    /// A WARC file, plain or with gzip members (`.warc.gz`).
    Warc(PathBuf),
    /// JSON Lines on standard input.
    Stdin,
}

impl Input {
    /// The kind of input an argument names; `list` (the `--list` flag) makes every file argument
    /// that is not a directory, WARC or JSON Lines file a list of paths.
    pub fn classify(arg: &str, list: bool) -> Input {
        if arg == "-" {
            return Input::Stdin;
        }
        let path = Path::new(arg);
        if path.is_dir() {
            return Input::Dir(path.to_path_buf());
        }
        if arg.contains(['*', '?', '[']) && !path.exists() {
            return Input::Glob(arg.to_string());
        }
        match Kind::of(path) {
            Kind::Warc => Input::Warc(path.to_path_buf()),
            Kind::Jsonl => Input::Jsonl(path.to_path_buf()),
            Kind::List => Input::List(path.to_path_buf()),
            Kind::Html if list => Input::List(path.to_path_buf()),
            Kind::Html => Input::Html(path.to_path_buf()),
        }
    }
}

/// A file's kind by its name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Html,
    Warc,
    Jsonl,
    List,
}

impl Kind {
    fn of(path: &Path) -> Kind {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        let name = name.strip_suffix(".gz").unwrap_or(&name);
        if name.ends_with(".warc") {
            Kind::Warc
        } else if name.ends_with(".jsonl") || name.ends_with(".ndjson") {
            Kind::Jsonl
        } else if name.ends_with(".txt") || name.ends_with(".lst") {
            Kind::List
        } else {
            Kind::Html
        }
    }
}

fn is_gzip(path: &Path) -> bool {
    path.extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("gz"))
}

/// A boxed reader that the reader thread owns.
type Reader = Box<dyn BufRead + Send>;

/// Opens a file, through a gzip decoder (every member) when its name ends `.gz`.
fn open(path: &Path) -> io::Result<Reader> {
    let file = File::open(path)?;
    Ok(if is_gzip(path) {
        Box::new(BufReader::with_capacity(
            256 * 1024,
            MultiGzDecoder::new(BufReader::with_capacity(256 * 1024, file)),
        ))
    } else {
        Box::new(BufReader::with_capacity(256 * 1024, file))
    })
}

/// A source being read: a stream of paths, JSON Lines or WARC records.
enum Source {
    /// Paths still to read (a directory walk, a glob's matches, a list's lines).
    Paths(Box<dyn Iterator<Item = Result<PathBuf, Failure>> + Send>),
    /// JSON Lines: the reader, the input's name and the number of the last line read.
    Jsonl(Reader, String, u64),
    /// WARC records.
    Warc(WarcReader<Reader>),
}

/// The pages of a list of inputs, read one at a time in input order: never more than one page
/// (and one directory listing per level of a walk) in memory.
///
/// Every item is a page or a [`Failure`] (an unreadable file, a malformed record, a page over
/// the size limit): reading goes on after a failure.
pub struct Pages {
    inputs: VecDeque<Input>,
    stack: Vec<Source>,
    max_bytes: usize,
}

impl Pages {
    /// The pages of these inputs; pages over `max_bytes` bytes are failures, never read whole.
    pub fn new(inputs: Vec<Input>, max_bytes: usize) -> Self {
        Pages {
            inputs: inputs.into(),
            stack: Vec::new(),
            max_bytes,
        }
    }

    /// Starts reading an input: a page is returned at once, anything else becomes a source.
    fn start(&mut self, input: Input) -> Option<Item> {
        match input {
            Input::Html(path) => return Some(self.read_page(&path)),
            Input::Dir(path) => self.stack.push(Source::Paths(Box::new(walk(path)))),
            Input::Glob(pattern) => match glob::glob(&pattern) {
                Ok(paths) => self.stack.push(Source::Paths(Box::new(paths.map(|p| {
                    p.map_err(|e| {
                        Failure::new(e.path().display().to_string(), "read", e.to_string())
                    })
                })))),
                Err(e) => return Some(Item::Failed(Failure::new(pattern, "bad-input", e.msg))),
            },
            Input::List(path) => match File::open(&path) {
                Ok(file) => self.stack.push(Source::Paths(Box::new(list(path, file)))),
                Err(e) => return Some(read_failure(&path, &e)),
            },
            Input::Jsonl(path) => match open(&path) {
                Ok(reader) => {
                    let name = path.display().to_string();
                    self.stack.push(Source::Jsonl(reader, name, 0));
                }
                Err(e) => return Some(read_failure(&path, &e)),
            },
            Input::Warc(path) => match open(&path) {
                Ok(reader) => self.stack.push(Source::Warc(WarcReader::new(
                    reader,
                    path.display().to_string(),
                    self.max_bytes,
                ))),
                Err(e) => return Some(read_failure(&path, &e)),
            },
            Input::Stdin => {
                let reader: Reader = Box::new(BufReader::new(io::stdin()));
                self.stack.push(Source::Jsonl(reader, "stdin".into(), 0));
            }
        }
        None
    }

    /// Reads one HTML file, unless it is over the limit.
    fn read_page(&self, path: &Path) -> Item {
        let id = path.display().to_string();
        let file = match File::open(path) {
            Ok(file) => file,
            Err(e) => return read_failure(path, &e),
        };
        let limit = u64::try_from(self.max_bytes).unwrap_or(u64::MAX);
        // Sized from the file's length: `Take` hides it, and growing the buffer from nothing
        // read each page in a dozen small reads and copied it as often.
        let expected = file
            .metadata()
            .map_or(0, |m| m.len())
            .min(limit)
            .saturating_add(1);
        let mut html = Vec::with_capacity(usize::try_from(expected).unwrap_or(0));
        // One byte past the limit tells an oversized file without reading it whole.
        if let Err(e) = file.take(limit.saturating_add(1)).read_to_end(&mut html) {
            return read_failure(path, &e);
        }
        if html.len() > self.max_bytes {
            return Item::Failed(too_large(id, self.max_bytes));
        }
        Item::Page(Page {
            id: Some(id),
            url: None,
            charset: None,
            html,
        })
    }
}

impl Iterator for Pages {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        loop {
            let Some(source) = self.stack.last_mut() else {
                let input = self.inputs.pop_front()?;
                if let Some(item) = self.start(input) {
                    return Some(item);
                }
                continue;
            };
            match source {
                Source::Paths(paths) => match paths.next() {
                    None => {
                        self.stack.pop();
                    }
                    Some(Err(failure)) => return Some(Item::Failed(failure)),
                    Some(Ok(path)) => {
                        let input = match Input::classify(&path.to_string_lossy(), false) {
                            // a path that looks like a pattern or list is still a path here
                            Input::Glob(_) | Input::List(_) | Input::Stdin => Input::Html(path),
                            input => input,
                        };
                        if let Some(item) = self.start(input) {
                            return Some(item);
                        }
                    }
                },
                Source::Jsonl(reader, name, line) => {
                    match next_json_line(reader, name, line, self.max_bytes) {
                        None => {
                            self.stack.pop();
                        }
                        Some(item) => return Some(item),
                    }
                }
                Source::Warc(warc) => match warc.next() {
                    None => {
                        self.stack.pop();
                    }
                    Some(item) => return Some(item),
                },
            }
        }
    }
}

fn read_failure(path: &Path, e: &io::Error) -> Item {
    Item::Failed(Failure::new(
        path.display().to_string(),
        "read",
        e.to_string(),
    ))
}

fn too_large(id: String, limit: usize) -> Failure {
    Failure::new(
        id,
        "input-too-large",
        format!("page exceeds the limit of {limit} bytes"),
    )
}

/// The `*.html` and `*.htm` files under `root`, in name order, depth first.
fn walk(root: PathBuf) -> impl Iterator<Item = Result<PathBuf, Failure>> + Send {
    // Each entry of the stack is a directory's remaining entries, reversed (next at the end).
    let mut stack: Vec<Vec<PathBuf>> = Vec::new();
    let mut pending_root = Some(root);
    std::iter::from_fn(move || loop {
        if let Some(root) = pending_root.take() {
            match list_dir(&root) {
                Ok(entries) => stack.push(entries),
                Err(e) => {
                    return Some(Err(Failure::new(
                        root.display().to_string(),
                        "read",
                        e.to_string(),
                    )))
                }
            }
        }
        let top = stack.last_mut()?;
        let Some(path) = top.pop() else {
            stack.pop();
            continue;
        };
        let Ok(kind) = std::fs::symlink_metadata(&path).map(|m| m.file_type()) else {
            continue;
        };
        if kind.is_dir() {
            pending_root = Some(path);
        } else if (kind.is_file() || (kind.is_symlink() && path.is_file()))
            && path
                .extension()
                .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
        {
            return Some(Ok(path));
        }
    })
}

/// A directory's entries, sorted by name in reverse (to pop in order).
fn list_dir(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    entries.sort_unstable_by(|a, b| b.cmp(a));
    Ok(entries)
}

/// The paths listed in a file, one per line.
fn list(path: PathBuf, file: File) -> impl Iterator<Item = Result<PathBuf, Failure>> + Send {
    let mut lines = BufReader::new(file).lines();
    let mut failed = false;
    std::iter::from_fn(move || loop {
        if failed {
            return None;
        }
        match lines.next()? {
            // Invalid UTF-8 is one line's fault; reading goes on after it.
            Err(e) if e.kind() == io::ErrorKind::InvalidData => {
                return Some(Err(Failure::new(
                    path.display().to_string(),
                    "bad-record",
                    e.to_string(),
                )))
            }
            Err(e) => {
                // A file that fails to read is not read further.
                failed = true;
                return Some(Err(Failure::new(
                    path.display().to_string(),
                    "read",
                    e.to_string(),
                )));
            }
            Ok(line) => {
                let line = line.trim();
                if !line.is_empty() && !line.starts_with('#') {
                    return Some(Ok(PathBuf::from(line)));
                }
            }
        }
    })
}

/// One JSON Lines record.
#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    id: Option<serde_json::Value>,
    #[serde(default)]
    url: Option<String>,
    html: String,
}

/// The next page (or failure) of a JSON Lines stream; blank lines are skipped.
fn next_json_line(
    reader: &mut Reader,
    name: &str,
    line_no: &mut u64,
    max_bytes: usize,
) -> Option<Item> {
    // A record's JSON may escape its HTML: allow the line twice the page limit, plus slack.
    let max_line = max_bytes.saturating_mul(2).saturating_add(64 * 1024);
    let mut line = Vec::new();
    loop {
        line.clear();
        *line_no += 1;
        let here = format!("{name}:{line_no}");
        match read_line(reader, &mut line, max_line) {
            Err(e) => {
                let kind = if e.kind() == io::ErrorKind::UnexpectedEof {
                    "truncated-record"
                } else {
                    "read"
                };
                // A stream that fails is not read further (a decoder may fail again and again).
                *reader = Box::new(io::empty());
                return Some(Item::Failed(Failure::new(here, kind, e.to_string())));
            }
            Ok(Line::Eof) => return None,
            Ok(Line::TooLong) => return Some(Item::Failed(too_large(here, max_bytes))),
            Ok(Line::Read) => {}
        }
        if line.iter().all(u8::is_ascii_whitespace) {
            continue;
        }
        return Some(match serde_json::from_slice::<Record>(&line) {
            Err(e) => Item::Failed(Failure::new(here, "bad-record", e.to_string())),
            Ok(record) => {
                let id = match record.id {
                    Some(serde_json::Value::String(s)) => Some(s),
                    Some(serde_json::Value::Null) | None => None,
                    Some(other) => Some(other.to_string()),
                };
                let id = if id.is_none() && record.url.is_none() {
                    Some(here)
                } else {
                    id
                };
                if record.html.len() > max_bytes {
                    let label = id.or(record.url).unwrap_or_default();
                    Item::Failed(too_large(label, max_bytes))
                } else {
                    Item::Page(Page {
                        id,
                        url: record.url,
                        charset: None,
                        html: record.html.into_bytes(),
                    })
                }
            }
        });
    }
}

/// What [`read_line`] found.
pub(crate) enum Line {
    /// A line (its newline dropped), or the last line of the stream without one.
    Read,
    /// A line longer than the limit, skipped up to its newline.
    TooLong,
    /// The end of the stream.
    Eof,
}

/// Reads one line into `buf` (newline dropped), never holding more than `max` bytes of it.
pub(crate) fn read_line(
    reader: &mut impl BufRead,
    buf: &mut Vec<u8>,
    max: usize,
) -> io::Result<Line> {
    let mut seen = false;
    let mut too_long = false;
    loop {
        let chunk = reader.fill_buf()?;
        if chunk.is_empty() {
            return Ok(match (seen, too_long) {
                (false, _) => Line::Eof,
                (true, true) => Line::TooLong,
                (true, false) => Line::Read,
            });
        }
        seen = true;
        let (part, used, done) = match memchr::memchr(b'\n', chunk) {
            Some(i) => (chunk.get(..i).unwrap_or_default(), i + 1, true),
            None => (chunk, chunk.len(), false),
        };
        if !too_long {
            if buf.len() + part.len() > max {
                too_long = true;
                buf.clear();
            } else {
                buf.extend_from_slice(part);
            }
        }
        reader.consume(used);
        if done {
            if buf.last() == Some(&b'\r') {
                buf.pop();
            }
            return Ok(if too_long { Line::TooLong } else { Line::Read });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Write;

    #[test]
    fn a_cut_gzip_stream_is_one_failure_not_an_endless_one() {
        let dir = std::env::temp_dir().join(format!("copydesk-input-cut-{}", std::process::id()));
        let _ = std::fs::create_dir_all(&dir);
        let path = dir.join("cut.jsonl.gz");
        let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
        for i in 0..3 {
            let _ = writeln!(gz, r#"{{"id":"{i}","html":"<p>page {i}</p>"}}"#);
        }
        let mut bytes = gz.finish().unwrap_or_default();
        bytes.truncate(bytes.len().saturating_sub(12));
        let _ = std::fs::write(&path, &bytes);
        let items: Vec<Item> = Pages::new(vec![Input::Jsonl(path)], 1024)
            .take(10)
            .collect();
        let _ = std::fs::remove_dir_all(&dir);
        let failures: Vec<&Failure> = items
            .iter()
            .filter_map(|i| match i {
                Item::Failed(f) => Some(f),
                Item::Page(_) => None,
            })
            .collect();
        assert_eq!(failures.len(), 1, "{items:?}");
        assert_eq!(failures[0].kind, "truncated-record");
        assert!(items.len() <= 4, "{items:?}");
    }

    #[test]
    fn too_long_lines_are_skipped_whole() {
        let mut reader: &[u8] = b"short\nxxxxxxxxxxxxxxxxxxxx\nnext";
        let mut buf = Vec::new();
        assert!(matches!(
            read_line(&mut reader, &mut buf, 8),
            Ok(Line::Read)
        ));
        assert_eq!(buf, b"short");
        buf.clear();
        assert!(matches!(
            read_line(&mut reader, &mut buf, 8),
            Ok(Line::TooLong)
        ));
        buf.clear();
        assert!(matches!(
            read_line(&mut reader, &mut buf, 8),
            Ok(Line::Read)
        ));
        assert_eq!(buf, b"next");
        buf.clear();
        assert!(matches!(read_line(&mut reader, &mut buf, 8), Ok(Line::Eof)));
    }
}
