//! The corpus test: every `corpus/<case-id>/` holds a page (`page.html`, or `page.txt` for
//! already-extracted text) and `expected.txt`, the result the extractor must produce. The format
//! is described in the corpus brief; in short:
//!
//! ```text
//! title: 헤드라인
//! status: article
//! lang: ko
//! url: https://www.example-news.kr/news/articleView.html?idxno=123
//! ---
//! paragraph: 첫 문단.
//! heading: 소제목
//! list-item: 항목\n둘째 줄
//! removed:
//! caption: 사진=대구광역시
//! ```
//!
//! Optional metadata keys in the header are checked against the article's JSON rendering:
//! `byline`, `authors` (`; `-separated), `published`, `modified` (RFC 3339), `site`,
//! `description`, `canonical`, `image`, `section`, `tags` (`; `-separated). The value `-` says
//! the field must be absent; a key left out is not checked.
//!
//! `corpus_cases` runs every case, prints a line diff for each case that fails and then fails
//! with the list of failing ids. Set `CORPUS_CASE=<substring>` to run only the matching cases.
//! `corpus_coverage` checks the corpus itself: size, languages, well-formed files.

use copydesk::{Article, Options, Status};
use std::collections::BTreeSet;
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// Body block kinds allowed in `expected.txt`.
const BODY_KINDS: &[&str] = &[
    "heading",
    "paragraph",
    "list-item",
    "quote",
    "table-row",
    "code",
];

/// Removal kinds allowed in the `removed:` section of `expected.txt`.
const REMOVAL_KINDS: &[&str] = &[
    "navigation",
    "ad",
    "comment",
    "share",
    "link-list",
    "teaser",
    "credit",
    "caption",
    "copyright",
    "promo",
    "timestamp",
    "widget",
    "title",
    "sidebar",
    "boilerplate",
];

/// Minimum size of the corpus checked by `corpus_coverage`.
const MIN_CASES: usize = 40;
const MIN_LANGUAGES: usize = 8;
const MIN_KOREAN_CASES: usize = 12;

/// One `kind: text` line, the text already in canonical form (see [`canonical`]).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Line {
    kind: String,
    text: String,
}

impl Line {
    fn render(&self) -> String {
        format!("{}: {}", self.kind, self.text)
    }
}

/// A parsed `expected.txt`.
#[derive(Debug, Clone)]
struct Expected {
    title: Option<String>,
    status: String,
    lang: Option<String>,
    url: Option<String>,
    /// Expected metadata: (JSON field, expected value; `None` when it must be absent).
    meta: Vec<(&'static str, Option<serde_json::Value>)>,
    body: Vec<Line>,
    removed: Vec<Line>,
}

/// Metadata header keys: (key, JSON field, whether the value is a `; `-separated list).
const META_KEYS: &[(&str, &str, bool)] = &[
    ("byline", "byline", false),
    ("authors", "authors", true),
    ("published", "published", false),
    ("modified", "modified", false),
    ("site", "site_name", false),
    ("description", "description", false),
    ("canonical", "canonical_url", false),
    ("image", "image", false),
    ("section", "section", false),
    ("tags", "tags", true),
];

/// One corpus case on disk.
#[derive(Debug)]
struct Case {
    id: String,
    dir: PathBuf,
}

/// The input of a case: an HTML page or already-extracted text.
enum Input {
    Html(Vec<u8>),
    Text(String),
}

fn corpus_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus")
}

/// Every case directory under `corpus/`, sorted by id.
fn cases() -> Vec<Case> {
    let root = corpus_root();
    let entries = match fs::read_dir(&root) {
        Ok(entries) => entries,
        Err(err) => panic!("cannot read {}: {err}", root.display()),
    };
    let mut cases: Vec<Case> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.path().is_dir())
        .map(|entry| Case {
            id: entry.file_name().to_string_lossy().into_owned(),
            dir: entry.path(),
        })
        .collect();
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    cases
}

/// Whitespace-collapses a block's text the way the corpus writes it: every run of whitespace
/// other than a line break becomes one space, each line is trimmed, empty lines are dropped, and
/// the line breaks that remain (a `<br>` inside a block, the lines of `<pre>`) are written as the
/// two characters `\n`.
fn canonical(text: &str) -> String {
    text.split('\n')
        .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|line| !line.is_empty())
        .collect::<Vec<_>>()
        .join("\\n")
}

/// Turns the text of an `expected.txt` line (with `\n` escapes) into canonical form.
fn canonical_escaped(text: &str) -> String {
    canonical(&text.replace("\\n", "\n"))
}

/// Splits `kind: text` at the first colon; one space after the colon is dropped.
fn split_line(line: &str) -> Option<(&str, &str)> {
    let (kind, text) = line.split_once(':')?;
    let text = text.strip_prefix(' ').unwrap_or(text);
    Some((kind.trim(), text))
}

/// Parses `expected.txt`; the error names the line at fault.
fn parse_expected(source: &str) -> Result<Expected, String> {
    let mut expected = Expected {
        title: None,
        status: String::new(),
        lang: None,
        url: None,
        meta: Vec::new(),
        body: Vec::new(),
        removed: Vec::new(),
    };
    #[derive(PartialEq)]
    enum Section {
        Header,
        Body,
        Removed,
    }
    let mut section = Section::Header;
    for (index, raw) in source.lines().enumerate() {
        let number = index + 1;
        let line = raw.trim_end_matches('\r');
        match section {
            Section::Header => {
                if line.trim().is_empty() {
                    continue;
                }
                if line == "---" {
                    section = Section::Body;
                    continue;
                }
                let (key, value) =
                    split_line(line).ok_or(format!("line {number}: expected `key: value`"))?;
                let value = value.trim().to_string();
                if let Some(&(_, field, list)) = META_KEYS.iter().find(|(k, _, _)| *k == key) {
                    if expected.meta.iter().any(|(f, _)| *f == field) {
                        return Err(format!("line {number}: `{key}` given twice"));
                    }
                    let want = if value == "-" {
                        None
                    } else if list {
                        Some(serde_json::Value::from(
                            value
                                .split(';')
                                .map(|item| item.trim().to_string())
                                .filter(|item| !item.is_empty())
                                .collect::<Vec<_>>(),
                        ))
                    } else {
                        Some(serde_json::Value::from(canonical(&value)))
                    };
                    expected.meta.push((field, want));
                    continue;
                }
                let slot = match key {
                    "title" => &mut expected.title,
                    "lang" => &mut expected.lang,
                    "url" => &mut expected.url,
                    "status" => {
                        if !expected.status.is_empty() {
                            return Err(format!("line {number}: status given twice"));
                        }
                        if !matches!(value.as_str(), "article" | "no-article" | "listing") {
                            return Err(format!(
                                "line {number}: status must be `article`, `no-article` or `listing`, not `{value}`"
                            ));
                        }
                        expected.status = value;
                        continue;
                    }
                    other => return Err(format!("line {number}: unknown header key `{other}`")),
                };
                if slot.is_some() {
                    return Err(format!("line {number}: `{key}` given twice"));
                }
                if value.is_empty() {
                    return Err(format!("line {number}: `{key}` is empty"));
                }
                *slot = Some(value);
            }
            Section::Body | Section::Removed => {
                if line.trim().is_empty() {
                    continue;
                }
                if line == "removed:" {
                    if section == Section::Removed {
                        return Err(format!("line {number}: second `removed:` line"));
                    }
                    section = Section::Removed;
                    continue;
                }
                let (kind, text) =
                    split_line(line).ok_or(format!("line {number}: expected `kind: text`"))?;
                let known = if section == Section::Body {
                    BODY_KINDS
                } else {
                    REMOVAL_KINDS
                };
                if !known.contains(&kind) {
                    return Err(format!("line {number}: unknown kind `{kind}`"));
                }
                let text = canonical_escaped(text);
                if text.is_empty() {
                    return Err(format!("line {number}: empty text"));
                }
                let entry = Line {
                    kind: kind.to_string(),
                    text,
                };
                if section == Section::Body {
                    expected.body.push(entry);
                } else {
                    expected.removed.push(entry);
                }
            }
        }
    }
    if section == Section::Header {
        return Err("no `---` line".to_string());
    }
    if expected.status.is_empty() {
        return Err("no `status:` line".to_string());
    }
    if expected.status == "no-article" && !expected.body.is_empty() {
        return Err("a `no-article` case must have an empty body".to_string());
    }
    if expected.status == "article" && expected.body.is_empty() {
        return Err("an `article` case must have a body".to_string());
    }
    Ok(expected)
}

fn read_expected(case: &Case) -> Result<Expected, String> {
    let path = case.dir.join("expected.txt");
    let source =
        fs::read_to_string(&path).map_err(|err| format!("cannot read expected.txt: {err}"))?;
    parse_expected(&source).map_err(|err| format!("expected.txt: {err}"))
}

fn read_input(case: &Case) -> Result<Input, String> {
    let html = case.dir.join("page.html");
    let text = case.dir.join("page.txt");
    match (html.is_file(), text.is_file()) {
        (true, false) => fs::read(&html)
            .map(Input::Html)
            .map_err(|err| format!("cannot read page.html: {err}")),
        (false, true) => fs::read_to_string(&text)
            .map(Input::Text)
            .map_err(|err| format!("cannot read page.txt: {err}")),
        (true, true) => Err("both page.html and page.txt present".to_string()),
        (false, false) => Err("no page.html or page.txt".to_string()),
    }
}

fn status_name(status: Status) -> &'static str {
    match status {
        Status::Article => "article",
        Status::NoArticle => "no-article",
        Status::Listing => "listing",
        _ => "unknown",
    }
}

/// The actual body in the corpus line format.
fn actual_body(article: &Article) -> Vec<Line> {
    article
        .body
        .iter()
        .map(|block| Line {
            kind: block.kind.name().to_string(),
            text: canonical(&block.text),
        })
        .collect()
}

/// One line of a diff.
#[derive(Debug, PartialEq, Eq)]
enum Edit<'a> {
    Same(&'a str),
    Removed(&'a str),
    Added(&'a str),
}

/// A line diff of `old` against `new` by longest common subsequence.
fn diff<'a>(old: &'a [String], new: &'a [String]) -> Vec<Edit<'a>> {
    let (n, m) = (old.len(), new.len());
    // lcs[i][j] = length of the LCS of old[i..] and new[j..].
    let mut lcs = vec![vec![0usize; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if old[i] == new[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut edits = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (0, 0);
    while i < n && j < m {
        if old[i] == new[j] {
            edits.push(Edit::Same(&old[i]));
            i += 1;
            j += 1;
        } else if lcs[i + 1][j] >= lcs[i][j + 1] {
            edits.push(Edit::Removed(&old[i]));
            i += 1;
        } else {
            edits.push(Edit::Added(&new[j]));
            j += 1;
        }
    }
    edits.extend(old[i..].iter().map(|line| Edit::Removed(line)));
    edits.extend(new[j..].iter().map(|line| Edit::Added(line)));
    edits
}

/// Lines of unchanged context shown around each change.
const CONTEXT: usize = 2;

/// Renders a diff with `-` for expected-only lines, `+` for actual-only lines and a few
/// unchanged lines of context; longer unchanged runs are elided.
fn render_diff(edits: &[Edit<'_>]) -> String {
    let near_change = |index: usize| {
        let from = index.saturating_sub(CONTEXT);
        let to = (index + CONTEXT + 1).min(edits.len());
        edits[from..to]
            .iter()
            .any(|edit| !matches!(edit, Edit::Same(_)))
    };
    let mut out = String::new();
    let mut elided = 0usize;
    for (index, edit) in edits.iter().enumerate() {
        let line = match edit {
            Edit::Same(_) if !near_change(index) => {
                elided += 1;
                continue;
            }
            Edit::Same(line) => format!("    {line}"),
            Edit::Removed(line) => format!("  - {line}"),
            Edit::Added(line) => format!("  + {line}"),
        };
        if elided > 0 {
            let _ = writeln!(out, "    ... {elided} unchanged line(s)");
            elided = 0;
        }
        let _ = writeln!(out, "{line}");
    }
    if elided > 0 {
        let _ = writeln!(out, "    ... {elided} unchanged line(s)");
    }
    out
}

/// Runs one case; `Err` holds the report of what is wrong.
fn run_case(case: &Case) -> Result<(), String> {
    let expected = read_expected(case)?;
    let input = read_input(case)?;
    let mut options = Options::default();
    options.url = expected.url.clone();
    let result = match &input {
        Input::Html(bytes) => copydesk::extract(bytes, &options),
        Input::Text(text) => copydesk::extract_text(text, &options),
    };
    let article = result.map_err(|err| format!("  extraction failed: {err}"))?;

    let mut report = String::new();
    if let Some(title) = &expected.title {
        let want = canonical(title);
        let got = article.title.as_deref().map(canonical);
        if got.as_deref() != Some(want.as_str()) {
            let _ = writeln!(report, "  title: expected {want:?}, got {got:?}");
        }
    }
    if !expected.meta.is_empty() {
        let json: serde_json::Value = serde_json::from_str(&article.to_json())
            .map_err(|err| format!("  the JSON rendering does not parse: {err}"))?;
        for (field, want) in &expected.meta {
            let got = json.get(*field).map(|value| match value {
                serde_json::Value::String(s) => serde_json::Value::from(canonical(s)),
                other => other.clone(),
            });
            if got.as_ref() != want.as_ref() {
                let show = |v: Option<&serde_json::Value>| {
                    v.map_or_else(|| "absent".to_string(), |v| v.to_string())
                };
                let _ = writeln!(
                    report,
                    "  {field}: expected {}, got {}",
                    show(want.as_ref()),
                    show(got.as_ref())
                );
            }
        }
    }
    let status = status_name(article.status);
    if status != expected.status {
        let _ = writeln!(
            report,
            "  status: expected {}, got {status}",
            expected.status
        );
    }
    let want: Vec<String> = expected.body.iter().map(Line::render).collect();
    let got: Vec<String> = actual_body(&article).iter().map(Line::render).collect();
    if want != got {
        let edits = diff(&want, &got);
        let missing = edits
            .iter()
            .filter(|e| matches!(e, Edit::Removed(_)))
            .count();
        let extra = edits.iter().filter(|e| matches!(e, Edit::Added(_))).count();
        let _ = writeln!(
            report,
            "  body: {} expected / {} actual blocks; {missing} missing (-), {extra} unexpected (+)",
            want.len(),
            got.len()
        );
        report.push_str(&render_diff(&edits));
    }
    let actual_removed: Vec<Line> = article
        .removed
        .iter()
        .map(|removal| Line {
            kind: removal.kind.name().to_string(),
            text: canonical(&removal.text),
        })
        .collect();
    for removal in &expected.removed {
        if actual_removed.contains(removal) {
            continue;
        }
        let elsewhere: Vec<&str> = actual_removed
            .iter()
            .filter(|r| r.text == removal.text)
            .map(|r| r.kind.as_str())
            .collect();
        let _ = if elsewhere.is_empty() {
            writeln!(report, "  removed: missing {}", removal.render())
        } else {
            writeln!(
                report,
                "  removed: missing {} (removed as {} instead)",
                removal.render(),
                elsewhere.join(", ")
            )
        };
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(report)
    }
}

#[test]
fn corpus_cases() {
    let filter = std::env::var("CORPUS_CASE").ok();
    let cases: Vec<Case> = cases()
        .into_iter()
        .filter(|case| filter.as_deref().is_none_or(|f| case.id.contains(f)))
        .collect();
    assert!(!cases.is_empty(), "no corpus cases found");
    let known = known_failures();
    let mut failed = Vec::new();
    let mut known_failed = Vec::new();
    let mut now_passing = Vec::new();
    for case in &cases {
        let why = known
            .iter()
            .find(|(id, _)| *id == case.id)
            .map(|(_, why)| why);
        match (run_case(case), why) {
            (Err(report), Some(why)) => {
                eprintln!("KNOWN FAILURE {} ({why})\n{report}", case.id);
                known_failed.push(case.id.as_str());
            }
            (Err(report), None) => {
                eprintln!("FAIL {}\n{report}", case.id);
                failed.push(case.id.as_str());
            }
            (Ok(()), Some(_)) => now_passing.push(case.id.as_str()),
            (Ok(()), None) => {}
        }
    }
    if !known_failed.is_empty() {
        eprintln!(
            "{} known failures (corpus/known-failures.txt): {}",
            known_failed.len(),
            known_failed.join(", ")
        );
    }
    assert!(
        now_passing.is_empty(),
        "listed in corpus/known-failures.txt but passing now, take them off the list: {}",
        now_passing.join(", ")
    );
    if !failed.is_empty() {
        panic!(
            "{} of {} corpus cases failed: {}",
            failed.len(),
            cases.len(),
            failed.join(", ")
        );
    }
}

/// The cases listed in `corpus/known-failures.txt` with what fails in each: run and reported,
/// not failed on. Every listed id must be a case of the corpus.
fn known_failures() -> Vec<(String, String)> {
    let path = corpus_root().join("known-failures.txt");
    let Ok(text) = fs::read_to_string(&path) else {
        return Vec::new();
    };
    let ids: BTreeSet<String> = cases().into_iter().map(|c| c.id).collect();
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (id, why) = line.split_once(':').unwrap_or((line, ""));
            let id = id.trim().to_string();
            assert!(ids.contains(&id), "{}: no corpus case {id}", path.display());
            assert!(
                !why.trim().is_empty(),
                "{}: {id} says nothing of what fails",
                path.display()
            );
            (id, why.trim().to_string())
        })
        .collect()
}

#[test]
fn corpus_coverage() {
    let cases = cases();
    let mut problems = Vec::new();
    let mut languages = BTreeSet::new();
    let mut korean = 0usize;
    for case in &cases {
        if let Err(err) = read_input(case) {
            problems.push(format!("{}: {err}", case.id));
        }
        let expected = match read_expected(case) {
            Ok(expected) => expected,
            Err(err) => {
                problems.push(format!("{}: {err}", case.id));
                continue;
            }
        };
        let Some(lang) = expected.lang.as_deref() else {
            problems.push(format!("{}: expected.txt has no `lang:`", case.id));
            continue;
        };
        let lang = lang.to_ascii_lowercase();
        if !case
            .id
            .to_ascii_lowercase()
            .starts_with(&format!("{lang}-"))
        {
            problems.push(format!(
                "{}: the case id does not start with its language `{lang}-`",
                case.id
            ));
        }
        let primary = lang.split('-').next().unwrap_or_default().to_string();
        if primary == "ko" {
            korean += 1;
        }
        languages.insert(primary);
    }
    if cases.len() < MIN_CASES {
        problems.push(format!(
            "{} cases, at least {MIN_CASES} wanted",
            cases.len()
        ));
    }
    if languages.len() < MIN_LANGUAGES {
        problems.push(format!(
            "{} languages ({}), at least {MIN_LANGUAGES} wanted",
            languages.len(),
            languages.iter().cloned().collect::<Vec<_>>().join(", ")
        ));
    }
    if korean < MIN_KOREAN_CASES {
        problems.push(format!(
            "{korean} Korean cases, at least {MIN_KOREAN_CASES} wanted"
        ));
    }
    assert!(
        problems.is_empty(),
        "the corpus is not well-formed:\n  {}",
        problems.join("\n  ")
    );
}

#[test]
fn expected_format_parses() {
    let source = "title: 제목\nstatus: article\nlang: ko\nurl: https://news.example.kr/1\n---\n\
                  paragraph: 첫  문단.\nlist-item: 하나 \\n 둘\ntable-row: 구분 | 2025년\n\
                  removed:\ncaption: 사진=연합뉴스\n";
    let expected = parse_expected(source).unwrap();
    assert_eq!(expected.title.as_deref(), Some("제목"));
    assert_eq!(expected.url.as_deref(), Some("https://news.example.kr/1"));
    assert_eq!(expected.body.len(), 3);
    assert_eq!(expected.body[0].text, "첫 문단.");
    assert_eq!(expected.body[1].text, "하나\\n둘");
    assert_eq!(expected.removed[0].render(), "caption: 사진=연합뉴스");
    assert!(parse_expected("status: maybe\n---\n").is_err());
    assert!(parse_expected("status: article\n---\nsidebar: x\n").is_err());
    assert!(parse_expected("status: no-article\n---\nparagraph: x\n").is_err());
}

#[test]
fn canonical_collapses_whitespace_and_escapes_breaks() {
    assert_eq!(canonical("  a \u{a0}\t b  "), "a b");
    assert_eq!(canonical("line one \n  line two\n"), "line one\\nline two");
    assert_eq!(canonical("a\n \nb"), "a\\nb");
    assert_eq!(canonical("\u{3000}전각 공백"), "전각 공백");
}

#[test]
fn diff_marks_missing_and_extra_lines() {
    let old: Vec<String> = ["a", "b", "c"].iter().map(|s| s.to_string()).collect();
    let new: Vec<String> = ["a", "x", "c"].iter().map(|s| s.to_string()).collect();
    let edits = diff(&old, &new);
    assert_eq!(
        edits,
        vec![
            Edit::Same("a"),
            Edit::Removed("b"),
            Edit::Added("x"),
            Edit::Same("c")
        ]
    );
}

#[test]
fn render_diff_elides_long_unchanged_runs() {
    let old: Vec<String> = (1..=9).map(|i| format!("paragraph: {i}")).collect();
    let mut new = old.clone();
    new[7] = "paragraph: eight".to_string();
    let rendered = render_diff(&diff(&old, &new));
    assert_eq!(
        rendered,
        "    ... 5 unchanged line(s)\n    paragraph: 6\n    paragraph: 7\n  - paragraph: 8\n  \
         + paragraph: eight\n    paragraph: 9\n"
    );
}
