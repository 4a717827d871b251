//! The metadata report: per-field agreement of an extractor's metadata with a set's
//! `metadata.jsonl` (one object per page: `id`, `title`, `byline`, `siteName`,
//! `publishedTime`, `lang`, as Mozilla Readability's test suite records them).
//!
//! A field counts on the pages whose truth gives it. Agreement is judged as follows:
//!
//! - **title**: equal after collapsing whitespace; **title (affixes removed)**: equal after
//!   removing a site-name prefix or suffix from both sides and comparing letters and digits
//!   only, case-folded;
//! - **byline**: the letters and digits of the two (without a leading "by") are equal, or one
//!   contains the other;
//! - **site name**: equal letters and digits, case-folded;
//! - **published**: the same instant when both carry an offset, else the same date and time
//!   to the minute (a date alone on either side compares the date);
//! - **lang**: the same primary language subtag.
//!
//! Readability's values are conventions, not truth; the disagreements are listed by kind so a
//! reader can tell a real miss from a different convention.

use super::{Dataset, EvalError, Source};
use crate::metadata::{collapse, date_key, normal_key, strip_site};
use crate::Article;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::fmt::Write as _;
use std::fs;

/// The file a set's metadata truth is read from.
pub const METADATA: &str = "metadata.jsonl";

/// One page's metadata truth.
#[derive(Debug, Clone, Default, Deserialize)]
struct Truth {
    id: String,
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    byline: Option<String>,
    #[serde(default, rename = "siteName")]
    site_name: Option<String>,
    #[serde(default, rename = "publishedTime")]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

/// What an extractor said about one page.
#[derive(Debug, Clone, Default, Deserialize)]
struct Said {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    byline: Option<String>,
    #[serde(default, alias = "siteName")]
    site_name: Option<String>,
    #[serde(default, alias = "publishedTime")]
    published: Option<String>,
    #[serde(default)]
    lang: Option<String>,
}

/// Agreement on one field.
#[derive(Debug, Clone, Serialize)]
pub struct FieldScore {
    /// The field's name.
    pub field: &'static str,
    /// Pages whose truth gives the field.
    pub given: usize,
    /// Of those, pages where the extractor agrees.
    pub agree: usize,
    /// Of those, pages where the extractor gives nothing.
    pub missing: usize,
    /// Of those, pages where the extractor gives something else.
    pub different: usize,
    /// Pages whose truth gives nothing but the extractor gives a value (not counted against it).
    pub extra: usize,
}

impl FieldScore {
    /// Agreement as a share of the pages that give the field (1.0 when none does).
    ///
    /// ```
    /// let s = copydesk::eval::metadata::FieldScore {
    ///     field: "title", given: 3, agree: 2, missing: 1, different: 0, extra: 0,
    /// };
    /// assert!((s.share() - 2.0 / 3.0).abs() < 1e-9);
    /// ```
    pub fn share(&self) -> f64 {
        if self.given == 0 {
            1.0
        } else {
            self.agree as f64 / self.given as f64
        }
    }
}

/// One disagreement, for the per-page listing.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct Disagreement {
    /// The page.
    pub id: String,
    /// The field.
    pub field: &'static str,
    /// `missing`, `different` or `extra`.
    pub kind: &'static str,
    /// The truth's value.
    pub truth: Option<String>,
    /// The extractor's value.
    pub ours: Option<String>,
}

/// The metadata report of one set.
#[derive(Debug, Clone, Serialize)]
#[non_exhaustive]
pub struct MetadataReport {
    /// The set's name.
    pub set: String,
    /// Pages in `metadata.jsonl`.
    pub pages: usize,
    /// Per-field agreement.
    pub fields: Vec<FieldScore>,
    /// Every disagreement, by field then page.
    pub disagreements: Vec<Disagreement>,
}

const FIELDS: &[&str] = &[
    "title",
    "title (affixes removed)",
    "byline",
    "site name",
    "published",
    "lang",
];

/// Scores the metadata of every page of `set` listed in its `metadata.jsonl` (of its half only,
/// for a set restricted to one); `None` when the set has none. With [`Source::Predictions`], `<id>.json` files give the values (keys `title`,
/// `byline`, `site_name` or `siteName`, `published` or `publishedTime`, `lang`).
///
/// ```
/// # let dir = std::env::temp_dir().join(format!("copydesk-doc-meta-{}", std::process::id()));
/// # std::fs::create_dir_all(dir.join("html"))?;
/// # std::fs::write(dir.join("manifest.jsonl"), "{\"id\": \"a\"}\n")?;
/// std::fs::write(dir.join("metadata.jsonl"), "{\"id\": \"a\", \"title\": \"Rain\", \"lang\": \"en\"}\n")?;
/// std::fs::write(dir.join("html/a.html"), "<html lang=en><title>Rain - Daily</title><h1>Rain</h1>")?;
/// let set = copydesk::eval::Dataset::load(&dir)?;
/// let source = copydesk::eval::Source::Copydesk(copydesk::Options::default());
/// let report = copydesk::eval::metadata::run(&set, &source)?.unwrap();
/// assert_eq!(report.fields[0].agree, 1);
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn run(set: &Dataset, source: &Source) -> Result<Option<MetadataReport>, EvalError> {
    let path = set.dir.join(METADATA);
    if !path.is_file() {
        return Ok(None);
    }
    let content = fs::read_to_string(&path).map_err(|source| EvalError::Io {
        path: path.clone(),
        source,
    })?;
    let mut truths = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let truth: Truth = serde_json::from_str(line).map_err(|e| EvalError::Manifest {
            path: path.clone(),
            line: i + 1,
            message: e.to_string(),
        })?;
        // A set restricted to one half (`Dataset::restrict`) is judged on that half's pages.
        if set
            .half
            .is_none_or(|half| super::Half::of(&truth.id) == half)
        {
            truths.push(truth);
        }
    }
    let said: Vec<Said> = truths
        .par_iter()
        .map(|truth| said_for(set, source, &truth.id))
        .collect();
    let mut fields: Vec<FieldScore> = FIELDS
        .iter()
        .map(|&field| FieldScore {
            field,
            given: 0,
            agree: 0,
            missing: 0,
            different: 0,
            extra: 0,
        })
        .collect();
    let mut disagreements = Vec::new();
    for (truth, said) in truths.iter().zip(&said) {
        let pairs = [
            (&truth.title, &said.title),
            (&truth.title, &said.title),
            (&truth.byline, &said.byline),
            (&truth.site_name, &said.site_name),
            (&truth.published, &said.published),
            (&truth.lang, &said.lang),
        ];
        for (index, (score, (want, got))) in fields.iter_mut().zip(pairs).enumerate() {
            let want = want.as_deref().map(str::trim).filter(|w| !w.is_empty());
            let got = got.as_deref().map(str::trim).filter(|g| !g.is_empty());
            let kind = match (want, got) {
                (None, None) => continue,
                (None, Some(_)) => {
                    score.extra += 1;
                    "extra"
                }
                (Some(_), None) => {
                    score.given += 1;
                    score.missing += 1;
                    "missing"
                }
                (Some(w), Some(g)) => {
                    score.given += 1;
                    if agrees(index, w, g, truth, said) {
                        score.agree += 1;
                        continue;
                    }
                    score.different += 1;
                    "different"
                }
            };
            disagreements.push(Disagreement {
                id: truth.id.clone(),
                field: score.field,
                kind,
                truth: want.map(str::to_string),
                ours: got.map(str::to_string),
            });
        }
    }
    disagreements.sort_by_key(|d| FIELDS.iter().position(|f| *f == d.field));
    Ok(Some(MetadataReport {
        set: set.label(),
        pages: truths.len(),
        fields,
        disagreements,
    }))
}

fn said_for(set: &Dataset, source: &Source, id: &str) -> Said {
    match source {
        Source::Copydesk(options) | Source::CopydeskWithCredits(options) => {
            let Some(page) = set.pages.iter().find(|p| p.id == id) else {
                return Said::default();
            };
            let Ok(html) = set.read_html(page) else {
                return Said::default();
            };
            let mut options = options.clone();
            options.url = page.url.clone().or(options.url);
            match crate::extract(&html, &options) {
                Ok(article) => from_article(article),
                Err(_) => Said::default(),
            }
        }
        Source::Predictions(dir) => {
            let nested = dir.join(&set.name);
            let dir = if nested.is_dir() { nested } else { dir.clone() };
            fs::read_to_string(dir.join(format!("{id}.json")))
                .ok()
                .and_then(|s| serde_json::from_str(&s).ok())
                .unwrap_or_default()
        }
    }
}

fn from_article(article: Article) -> Said {
    Said {
        title: article.title,
        byline: article.byline,
        site_name: article.site_name,
        published: article.published,
        lang: article.lang,
    }
}

/// Whether `got` agrees with `want` for the field at `index` of [`FIELDS`].
fn agrees(index: usize, want: &str, got: &str, truth: &Truth, said: &Said) -> bool {
    match index {
        0 => collapse(want) == collapse(got),
        1 => {
            let strip = |t: &str| {
                let mut t = t.to_string();
                for site in [truth.site_name.as_deref(), said.site_name.as_deref(), None] {
                    t = strip_site(&t, site);
                }
                normal_key(&t)
            };
            strip(want) == strip(got) || affixed(want, got) || affixed(got, want)
        }
        2 => {
            let key = |t: &str| {
                let k = normal_key(t);
                k.strip_prefix("by").map(str::to_string).unwrap_or(k)
            };
            let (w, g) = (key(want), key(got));
            !w.is_empty() && !g.is_empty() && (w == g || w.contains(&g) || g.contains(&w))
        }
        3 => normal_key(want) == normal_key(got),
        4 => match (date_key(want), date_key(got)) {
            (Some((wd, wt, wo)), Some((gd, gt, go))) => match (wt, gt) {
                (Some(wt), Some(gt)) => match (wo, go) {
                    (Some(wo), Some(go)) => minutes(&wd, &wt, wo) == minutes(&gd, &gt, go),
                    _ => wd == gd && wt == gt,
                },
                _ => wd == gd,
            },
            _ => false,
        },
        _ => {
            let primary = |t: &str| {
                t.split(['-', '_'])
                    .next()
                    .unwrap_or_default()
                    .to_ascii_lowercase()
            };
            primary(want) == primary(got)
        }
    }
}

/// Whether `longer` is `title` with an affix: a separator then anything ("Mozilla -
/// Wikipedia", "Title _栏目_网站", "Title @ blog :: site ::"), or a bracketed part ("Title
/// [LWN.net]", "Title（CNET Japan） - Yahoo!ニュース").
fn affixed(longer: &str, title: &str) -> bool {
    const SEPARATORS: &[&str] = &[
        " - ", " | ", " – ", " — ", " · ", " :: ", " @ ", " « ", " » ", " / ", "_", " _", "｜",
        " [", "（", " (", "【", "[",
    ];
    let (longer, title) = (collapse(longer), collapse(title));
    if title.chars().count() < 4 {
        return false;
    }
    let at_start = longer
        .strip_prefix(title.as_str())
        .is_some_and(|rest| SEPARATORS.iter().any(|s| rest.starts_with(s)));
    let at_end = longer.strip_suffix(title.as_str()).is_some_and(|rest| {
        let rest = rest.trim_end();
        SEPARATORS
            .iter()
            .any(|s| !s.trim().is_empty() && rest.ends_with(s.trim()))
    });
    at_start || at_end
}

/// Minutes since an arbitrary epoch of a local date and time at an offset, for comparing
/// instants.
fn minutes(date: &str, time: &str, offset: i32) -> i64 {
    let part = |s: &str, r: std::ops::Range<usize>| -> i64 {
        s.get(r).and_then(|p| p.parse().ok()).unwrap_or(0)
    };
    let (y, m, d) = (part(date, 0..4), part(date, 5..7), part(date, 8..10));
    // Days from civil (Howard Hinnant's algorithm).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe;
    days * 1440 + part(time, 0..2) * 60 + part(time, 3..5) - i64::from(offset)
}

/// The metadata reports as a table, one block per set.
///
/// ```
/// assert_eq!(copydesk::eval::metadata::table(&[]), "");
/// ```
pub fn table(reports: &[MetadataReport]) -> String {
    let mut out = String::new();
    for report in reports {
        let _ = writeln!(
            out,
            "metadata: {} ({} pages)\n{:<24} {:>6} {:>6} {:>7} {:>8} {:>10} {:>6}",
            report.set,
            report.pages,
            "field",
            "given",
            "agree",
            "share",
            "missing",
            "different",
            "extra"
        );
        for f in &report.fields {
            let _ = writeln!(
                out,
                "{:<24} {:>6} {:>6} {:>6.1}% {:>8} {:>10} {:>6}",
                f.field,
                f.given,
                f.agree,
                f.share() * 100.0,
                f.missing,
                f.different,
                f.extra
            );
        }
    }
    out
}

/// Every disagreement of a report, one per line.
///
/// ```
/// let report = copydesk::eval::metadata::MetadataReport::empty("set");
/// assert!(copydesk::eval::metadata::disagreements(&report).contains("set"));
/// ```
pub fn disagreements(report: &MetadataReport) -> String {
    let mut out = format!("metadata disagreements: {}\n", report.set);
    for d in &report.disagreements {
        let _ = writeln!(
            out,
            "  {:<24} {:<9} {:<32} truth {:?} / ours {:?}",
            d.field,
            d.kind,
            d.id,
            d.truth.as_deref().unwrap_or(""),
            d.ours.as_deref().unwrap_or("")
        );
    }
    out
}

impl MetadataReport {
    /// A report with no pages.
    ///
    /// ```
    /// assert_eq!(copydesk::eval::metadata::MetadataReport::empty("s").pages, 0);
    /// ```
    pub fn empty(set: &str) -> Self {
        MetadataReport {
            set: set.to_string(),
            pages: 0,
            fields: Vec::new(),
            disagreements: Vec::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t() -> Truth {
        Truth::default()
    }

    #[test]
    fn published_compares_instants_and_dates() {
        let (truth, said) = (t(), Said::default());
        assert!(agrees(
            4,
            "2015-07-10T09:53:00-04:00",
            "2015-07-10T13:53:00Z",
            &truth,
            &said
        ));
        assert!(agrees(
            4,
            "2018-04-05T06:00",
            "2018-04-05T06:00:00",
            &truth,
            &said
        ));
        assert!(agrees(
            4,
            "2024-06-25",
            "2024-06-25T10:00:00+09:00",
            &truth,
            &said
        ));
        assert!(!agrees(
            4,
            "2015-07-10T09:53:00-04:00",
            "2015-07-10T09:53:00Z",
            &truth,
            &said
        ));
    }

    #[test]
    fn titles_bylines_and_languages() {
        let mut truth = t();
        truth.site_name = Some("Daily".into());
        let said = Said::default();
        assert!(agrees(1, "Rain - Daily", "Rain", &truth, &said));
        assert!(agrees(1, "Mozilla - Wikipedia", "Mozilla", &t(), &said));
        assert!(agrees(
            1,
            "LWN.net Weekly Edition [LWN.net]",
            "LWN.net Weekly Edition",
            &t(),
            &said
        ));
        assert!(agrees(
            1,
            "Title here _栏目_网站",
            "Title here",
            &t(),
            &said
        ));
        assert!(!agrees(1, "Rain and snow", "Rain", &t(), &said));
        assert!(!agrees(0, "Rain - Daily", "Rain", &truth, &said));
        assert!(agrees(
            2,
            "Nicolas Perriault",
            "By Nicolas Perriault",
            &truth,
            &said
        ));
        assert!(agrees(5, "en-US", "en", &truth, &said));
        assert!(!agrees(5, "en", "fr", &truth, &said));
    }
}
