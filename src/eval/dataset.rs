//! Reading a data set: `SET/manifest.jsonl` (one JSON object per page) and `SET/html/<id>.html`.

use std::fs;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Deserializer, Serialize};

use super::EvalError;

/// The name of the file that makes a directory a data set.
pub const MANIFEST: &str = "manifest.jsonl";

/// One page of a data set, as described by its manifest line.
///
/// ```
/// let page: copydesk::eval::Page = serde_json::from_str(
///     r#"{"id": "a1", "file": "html/a1.html", "url": null, "text": "Body.", "with": null}"#,
/// )?;
/// assert_eq!(page.text.as_deref(), Some("Body."));
/// assert!(page.with.is_empty() && page.without.is_empty());
/// # Ok::<(), serde_json::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[non_exhaustive]
pub struct Page {
    /// The page's identifier, unique in its set; also the name of its prediction file.
    pub id: String,
    /// The page's HTML file, relative to the set's directory (default `html/<id>.html`).
    #[serde(default)]
    pub file: Option<String>,
    /// The page's URL, if known.
    #[serde(default)]
    pub url: Option<String>,
    /// The page's language, if annotated.
    #[serde(default)]
    pub lang: Option<String>,
    /// The page's headline, if annotated.
    #[serde(default)]
    pub title: Option<String>,
    /// The full ground-truth text of the body, for the shingle metric.
    #[serde(default)]
    pub text: Option<String>,
    /// Snippets that must appear in the output.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub with: Vec<String>,
    /// Snippets that must not appear in the output.
    #[serde(default, deserialize_with = "null_as_empty")]
    pub without: Vec<String>,
}

impl Page {
    /// Whether the page is scored by snippets (it has a `with` or a `without` snippet).
    ///
    /// ```
    /// let page: copydesk::eval::Page =
    ///     serde_json::from_str(r#"{"id": "a", "with": [], "without": ["Menu"]}"#)?;
    /// assert!(page.has_snippets());
    /// # Ok::<(), serde_json::Error>(())
    /// ```
    pub fn has_snippets(&self) -> bool {
        !self.with.is_empty() || !self.without.is_empty()
    }
}

fn null_as_empty<'de, D: Deserializer<'de>>(de: D) -> Result<Vec<String>, D::Error> {
    Ok(Option::<Vec<String>>::deserialize(de)?.unwrap_or_default())
}

/// Which half of a set a page belongs to: the **tune** half, on which rules may be developed
/// and tuned, or the **check** half, kept for checking that a change generalises.
///
/// The split is a fixed function of the page id alone (see [`Half::of`]), so it is stable
/// across runs, machines and manifest orders, and a page never changes half.
///
/// ```
/// use copydesk::eval::Half;
/// assert_eq!(Half::of("a"), Half::Tune);
/// assert_eq!(Half::of("b"), Half::Check);
/// assert_eq!(Half::Check.name(), "check");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Half {
    /// Pages whose id hashes to an even number.
    Tune,
    /// Pages whose id hashes to an odd number.
    Check,
}

impl Half {
    /// Both halves, tune first.
    pub const BOTH: [Half; 2] = [Half::Tune, Half::Check];

    /// The half of the page with this id. The rule: the **FNV-1a 64-bit** hash of the id's
    /// UTF-8 bytes (offset basis `0xcbf29ce484222325`, prime `0x100000001b3`; for each byte,
    /// xor it in, then multiply, wrapping), then **splitmix64's finalizer** (`z ^= z >> 30;
    /// z *= 0xbf58476d1ce4e5b9; z ^= z >> 27; z *= 0x94d049bb133111eb; z ^= z >> 31`, wrapping),
    /// which mixes every bit of the hash into the lowest (FNV's own lowest bit is only the
    /// parity of the odd bytes); an even result is [`Half::Tune`], an odd one [`Half::Check`].
    ///
    /// ```
    /// use copydesk::eval::Half;
    /// assert_eq!(Half::of(""), Half::Check);
    /// ```
    pub fn of(id: &str) -> Half {
        if mix64(fnv1a64(id.as_bytes())).is_multiple_of(2) {
            Half::Tune
        } else {
            Half::Check
        }
    }

    /// The half's name: `tune` or `check`.
    ///
    /// ```
    /// assert_eq!(copydesk::eval::Half::Tune.name(), "tune");
    /// ```
    pub fn name(self) -> &'static str {
        match self {
            Half::Tune => "tune",
            Half::Check => "check",
        }
    }
}

impl std::fmt::Display for Half {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// splitmix64's finalizer.
fn mix64(mut z: u64) -> u64 {
    z ^= z >> 30;
    z = z.wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z ^= z >> 27;
    z = z.wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// FNV-1a, 64 bits.
fn fnv1a64(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in bytes {
        hash = (hash ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    hash
}

/// A data set: its name (the directory's name), its directory and its pages in manifest order.
///
/// ```
/// let dir = std::env::temp_dir().join(format!("copydesk-doc-dataset-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("news/html"))?;
/// std::fs::write(dir.join("news/manifest.jsonl"),
///     "{\"id\": \"p1\", \"file\": \"html/p1.html\", \"text\": \"Hello world.\"}\n")?;
/// std::fs::write(dir.join("news/html/p1.html"), "<p>Hello world.</p>")?;
/// let set = copydesk::eval::Dataset::load(dir.join("news"))?;
/// assert_eq!((set.name.as_str(), set.pages.len()), ("news", 1));
/// assert_eq!(set.read_html(&set.pages[0])?, b"<p>Hello world.</p>");
/// // A parent directory holds every set below it.
/// assert_eq!(copydesk::eval::Dataset::discover(&dir)?.len(), 1);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct Dataset {
    /// The set's name: its directory's last component.
    pub name: String,
    /// The set's directory.
    pub dir: PathBuf,
    /// The pages, in manifest order.
    pub pages: Vec<Page>,
    /// The half of the manifest's pages this holds ([`Dataset::restrict`]); `None` for all.
    pub half: Option<Half>,
}

impl Dataset {
    /// Reads `dir/manifest.jsonl`. Blank lines are skipped; a line that is not a page, an id
    /// that cannot be a file name, or an id seen twice is an error naming the line.
    ///
    /// ```
    /// let err = copydesk::eval::Dataset::load("/nonexistent/set").unwrap_err();
    /// assert!(err.to_string().contains("manifest.jsonl"));
    /// ```
    pub fn load(dir: impl AsRef<Path>) -> Result<Self, EvalError> {
        let dir = dir.as_ref();
        let path = dir.join(MANIFEST);
        let content = fs::read_to_string(&path).map_err(|source| EvalError::Io {
            path: path.clone(),
            source,
        })?;
        let mut pages: Vec<Page> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        for (n, line) in content.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let bad = |message: String| EvalError::Manifest {
                path: path.clone(),
                line: n + 1,
                message,
            };
            let page: Page = serde_json::from_str(line).map_err(|e| bad(e.to_string()))?;
            if !is_file_name(&page.id) {
                return Err(bad(format!("id {:?} cannot be a file name", page.id)));
            }
            if !seen.insert(page.id.clone()) {
                return Err(bad(format!("id {:?} appears twice", page.id)));
            }
            pages.push(page);
        }
        let name = dir
            .canonicalize()
            .ok()
            .as_deref()
            .unwrap_or(dir)
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "data".to_string());
        Ok(Dataset {
            name,
            dir: dir.to_path_buf(),
            pages,
            half: None,
        })
    }

    /// The data sets in `dir`: `dir` itself when it has a manifest, else every subdirectory that
    /// has one, in name order. No set at all is an error.
    ///
    /// ```
    /// let err = copydesk::eval::Dataset::discover(std::env::temp_dir().join("no-such-dir-xyz"));
    /// assert!(err.is_err());
    /// ```
    pub fn discover(dir: impl AsRef<Path>) -> Result<Vec<Self>, EvalError> {
        let dir = dir.as_ref();
        if dir.join(MANIFEST).is_file() {
            return Ok(vec![Dataset::load(dir)?]);
        }
        let entries = fs::read_dir(dir).map_err(|source| EvalError::Io {
            path: dir.to_path_buf(),
            source,
        })?;
        let mut dirs: Vec<PathBuf> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.join(MANIFEST).is_file())
            .collect();
        dirs.sort();
        if dirs.is_empty() {
            return Err(EvalError::NoDataSet {
                path: dir.to_path_buf(),
            });
        }
        dirs.iter().map(Dataset::load).collect()
    }

    /// The same set with only the pages of one half (see [`Half::of`]), in manifest order.
    ///
    /// ```
    /// use copydesk::eval::{Dataset, Half};
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-restrict-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"a\"}\n{\"id\": \"b\"}\n")?;
    /// let set = Dataset::load(&dir)?;
    /// let tune = set.restrict(Half::Tune);
    /// assert_eq!(tune.pages.len(), 1);
    /// assert_eq!((tune.pages[0].id.as_str(), tune.half), ("a", Some(Half::Tune)));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn restrict(&self, half: Half) -> Dataset {
        Dataset {
            name: self.name.clone(),
            dir: self.dir.clone(),
            pages: self
                .pages
                .iter()
                .filter(|p| Half::of(&p.id) == half)
                .cloned()
                .collect(),
            half: Some(half),
        }
    }

    /// The set's label in tables: its name, followed by `/tune` or `/check` for a half.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-label-{}", std::process::id()));
    /// # std::fs::create_dir_all(dir.join("news"))?;
    /// # std::fs::write(dir.join("news/manifest.jsonl"), "")?;
    /// let set = copydesk::eval::Dataset::load(dir.join("news"))?;
    /// assert_eq!(set.label(), "news");
    /// assert_eq!(set.restrict(copydesk::eval::Half::Check).label(), "news/check");
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn label(&self) -> String {
        label(&self.name, self.half)
    }

    /// The path of a page's HTML file.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-html-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"x\"}\n")?;
    /// let set = copydesk::eval::Dataset::load(&dir)?;
    /// assert!(set.html_path(&set.pages[0]).ends_with("html/x.html"));
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn html_path(&self, page: &Page) -> PathBuf {
        match &page.file {
            Some(file) => self.dir.join(file),
            None => self.dir.join("html").join(format!("{}.html", page.id)),
        }
    }

    /// A page's raw HTML bytes.
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-read-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"gone\"}\n")?;
    /// let set = copydesk::eval::Dataset::load(&dir)?;
    /// assert!(set.read_html(&set.pages[0]).is_err()); // no html/gone.html
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn read_html(&self, page: &Page) -> Result<Vec<u8>, EvalError> {
        let path = self.html_path(page);
        fs::read(&path).map_err(|source| EvalError::Io { path, source })
    }

    /// How many pages have ground-truth text (scored by shingles).
    ///
    /// ```
    /// # let dir = std::env::temp_dir().join(format!("copydesk-doc-count-{}", std::process::id()));
    /// # std::fs::create_dir_all(&dir)?;
    /// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"a\", \"text\": \"\"}\n{\"id\": \"b\"}\n")?;
    /// let set = copydesk::eval::Dataset::load(&dir)?;
    /// assert_eq!(set.text_pages(), 1); // an empty text is still ground truth
    /// # std::fs::remove_dir_all(&dir)?;
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn text_pages(&self) -> usize {
        self.pages.iter().filter(|p| p.text.is_some()).count()
    }
}

/// `name`, or `name/tune`, `name/check`.
pub(crate) fn label(name: &str, half: Option<Half>) -> String {
    match half {
        Some(h) => format!("{name}/{h}"),
        None => name.to_string(),
    }
}

/// Whether an id can name a file in a directory: not empty, no path separator, not `.`/`..`.
fn is_file_name(id: &str) -> bool {
    !id.is_empty() && id != "." && id != ".." && !id.contains(['/', '\\', '\0'])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp_set(name: &str, manifest: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!(
            "copydesk-dataset-test-{}-{name}",
            std::process::id()
        ));
        fs::create_dir_all(&dir).unwrap();
        fs::write(dir.join(MANIFEST), manifest).unwrap();
        dir
    }

    #[test]
    fn bad_lines_are_errors_with_line_numbers() {
        let dir = temp_set("bad", "{\"id\": \"a\"}\n\n{\"id\": 3}\n");
        let err = Dataset::load(&dir).unwrap_err().to_string();
        assert!(err.contains(":3:"), "{err}");
        let dir2 = temp_set("dup", "{\"id\": \"a\"}\n{\"id\": \"a\"}\n");
        assert!(Dataset::load(&dir2)
            .unwrap_err()
            .to_string()
            .contains("twice"));
        let dir3 = temp_set("slash", "{\"id\": \"../x\"}\n");
        assert!(Dataset::load(&dir3).is_err());
        for d in [dir, dir2, dir3] {
            fs::remove_dir_all(d).unwrap();
        }
    }

    #[test]
    fn halves_follow_the_mixed_fnv1a_hash() {
        assert_eq!(fnv1a64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64(b"b"), 0xaf63_df4c_8601_f1a5);
        assert_eq!(Half::of("a"), Half::Tune);
        assert_eq!(Half::of("b"), Half::Check);
        assert_eq!(mix64(0), 0);
        // Two ids of the shape the sets use, fixed so the split can never move silently.
        assert_eq!(Half::of("page-0001"), Half::Tune);
        assert_eq!(Half::of("page-0002"), Half::Tune);
    }

    #[test]
    fn null_fields_are_empty() {
        let dir = temp_set(
            "nulls",
            "{\"id\": \"a\", \"file\": \"html/a.html\", \"url\": null, \"text\": null, \"with\": null, \"without\": [\"x\"], \"source\": \"s\"}\n",
        );
        let set = Dataset::load(&dir).unwrap();
        let page = &set.pages[0];
        assert!(page.text.is_none() && page.with.is_empty());
        assert_eq!(page.without, ["x"]);
        assert!(page.has_snippets());
        fs::remove_dir_all(dir).unwrap();
    }
}
