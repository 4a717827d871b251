//! Per-rule precision: for every removal rule (the `rule` of [`crate::Removal`]), how much of
//! the text it removed the ground truth keeps.
//!
//! A removal is judged against its page's ground truth:
//!
//! - a page with ground-truth `text` (a full body): the removal is cut into CJK-aware tokens
//!   ([`Tokenizer::Cjk`]); a token counts as **kept by the truth** when it lies in a run of at
//!   least four consecutive removal tokens that also occurs, contiguously, in the truth's tokens
//!   (a removal of one to three tokens: when its whole token run occurs contiguously in the
//!   truth). A removal without a token is not judged.
//! - a page with `with` / `without` snippets and no `text`: with whitespace normalised on both
//!   sides, the removal is **kept** (all its tokens) when a non-empty `with` snippet is a
//!   substring of it or it is a substring, of at least 15 characters, of a `with` snippet;
//!   **not kept** likewise for `without`; otherwise it is not judged. A `with` match wins.
//!
//! A rule's precision is 1 - kept tokens / judged tokens, over all its judged removals; a rule
//! with no judged token has none. Rules are listed worst precision first (ties: more removed
//! characters first, then by name); rules without a precision come last.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt::Write as _;

use serde::Serialize;

use super::dataset::{Dataset, Page};
use super::metrics::{excerpt, normalize_whitespace, tokens, Tokenizer};
use super::report::SetReport;

/// Rules under this precision get `alone? no`: they should not act on their own.
pub const ALONE_BELOW: f64 = 0.9;

/// How many consecutive tokens must match the truth for a token to count as kept.
const RUN: usize = 4;

/// How long a removal must be, in characters, to be judged as a piece of a snippet.
const MIN_PIECE: usize = 15;

/// How long an example's excerpt may be, in characters.
const EXAMPLE_WIDTH: usize = 100;

/// What the ground truth says about one removal.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// The truth cannot tell (no token, or no snippet matches).
    Unjudged,
    /// Judged: of the removal's `tokens`, the truth keeps `kept`.
    Judged {
        /// The removal's tokens.
        tokens: usize,
        /// How many of them the truth keeps.
        kept: usize,
    },
}

/// A page's full ground-truth text, indexed for judging removals against it.
///
/// ```
/// use copydesk::eval::rules::{TruthText, Verdict};
/// let truth = TruthText::new("The river rose two metres overnight. By Jane Doe");
/// // Four tokens in a row from the truth, then three that are not.
/// assert_eq!(truth.judge("The river rose two. Share this story"),
///            Verdict::Judged { tokens: 7, kept: 4 });
/// assert_eq!(truth.judge("Jane Doe"), Verdict::Judged { tokens: 2, kept: 2 });
/// assert_eq!(truth.judge("Doe Jane"), Verdict::Judged { tokens: 2, kept: 0 });
/// assert_eq!(truth.judge("— | —"), Verdict::Unjudged);
/// ```
#[derive(Debug)]
pub struct TruthText<'t> {
    /// Every contiguous run of 1 to [`RUN`] tokens of the truth.
    runs: HashSet<Vec<&'t str>>,
}

impl<'t> TruthText<'t> {
    /// Indexes a ground-truth text.
    pub fn new(truth: &'t str) -> Self {
        let toks = tokens(truth, Tokenizer::Cjk);
        let mut runs = HashSet::new();
        for n in 1..=RUN {
            for window in toks.windows(n) {
                runs.insert(window.to_vec());
            }
        }
        TruthText { runs }
    }

    /// Judges one removal's text (see the [module](self) documentation).
    pub fn judge(&self, removal: &str) -> Verdict {
        let own = tokens(removal, Tokenizer::Cjk);
        if own.is_empty() {
            return Verdict::Unjudged;
        }
        if own.len() < RUN {
            let kept = if self.runs.contains(&own) {
                own.len()
            } else {
                0
            };
            return Verdict::Judged {
                tokens: own.len(),
                kept,
            };
        }
        let mut covered = vec![false; own.len()];
        for (start, window) in own.windows(RUN).enumerate() {
            if self.runs.contains(window) {
                for flag in covered.iter_mut().skip(start).take(RUN) {
                    *flag = true;
                }
            }
        }
        Verdict::Judged {
            tokens: own.len(),
            kept: covered.iter().filter(|&&c| c).count(),
        }
    }
}

/// Judges a removal against a page's `with` / `without` snippets (see the [module](self)
/// documentation).
///
/// ```
/// use copydesk::eval::rules::{judge_snippets, Verdict};
/// let with = ["The river rose two metres overnight.".to_string()];
/// let without = ["Share this story".to_string()];
/// assert_eq!(judge_snippets("Share this story  on Facebook", &with, &without),
///            Verdict::Judged { tokens: 5, kept: 0 });
/// assert_eq!(judge_snippets("The river rose two metres", &with, &without),
///            Verdict::Judged { tokens: 5, kept: 5 });
/// assert_eq!(judge_snippets("The river", &with, &without), Verdict::Unjudged); // too short
/// assert_eq!(judge_snippets("Weather", &with, &without), Verdict::Unjudged);
/// ```
pub fn judge_snippets(removal: &str, with: &[String], without: &[String]) -> Verdict {
    let text = normalize_whitespace(removal);
    let count = tokens(&text, Tokenizer::Cjk).len();
    if count == 0 {
        return Verdict::Unjudged;
    }
    let long_enough = text.chars().count() >= MIN_PIECE;
    let matches = |snippets: &[String]| {
        snippets.iter().any(|s| {
            let s = normalize_whitespace(s);
            !s.is_empty() && (text.contains(&s) || (long_enough && s.contains(&text)))
        })
    };
    if matches(with) {
        Verdict::Judged {
            tokens: count,
            kept: count,
        }
    } else if matches(without) {
        Verdict::Judged {
            tokens: count,
            kept: 0,
        }
    } else {
        Verdict::Unjudged
    }
}

/// One removal the ground truth (partly) keeps, as an example of a rule's mistakes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Example {
    /// The set's label.
    pub set: String,
    /// The page's id.
    pub id: String,
    /// The removal's tokens.
    pub tokens: usize,
    /// How many of them the truth keeps.
    pub kept: usize,
    /// An excerpt of the removal (whitespace collapsed).
    pub text: String,
}

/// What one rule removed over the sets, and how much of it the ground truth keeps.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct RuleScore {
    /// The rule's name.
    pub rule: String,
    /// The kinds of the removals it made, by name.
    pub kinds: Vec<String>,
    /// Blocks removed.
    pub removed: usize,
    /// Their characters.
    pub chars: usize,
    /// Blocks the ground truth could judge.
    pub judged: usize,
    /// Tokens of the judged blocks.
    pub judged_tokens: usize,
    /// Of those, tokens the ground truth keeps.
    pub kept_tokens: usize,
    /// 1 - kept_tokens / judged_tokens; absent when nothing was judged.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub precision: Option<f64>,
    /// The worst examples (most kept tokens first), when asked for.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub examples: Vec<Example>,
}

impl RuleScore {
    /// Whether the rule may act alone: `Some(false)` under [`ALONE_BELOW`] precision, `None`
    /// without a precision.
    ///
    /// ```
    /// # use copydesk::eval::rules::RuleScore;
    /// let mut r = RuleScore { rule: "x".into(), kinds: vec![], removed: 1, chars: 9, judged: 1,
    ///     judged_tokens: 10, kept_tokens: 2, precision: Some(0.8), examples: vec![] };
    /// assert_eq!(r.alone(), Some(false));
    /// r.precision = None;
    /// assert_eq!(r.alone(), None);
    /// ```
    pub fn alone(&self) -> Option<bool> {
        self.precision.map(|p| p >= ALONE_BELOW)
    }
}

/// Judges every removal of every page: `runs` pairs each set (restricted to a half or not)
/// with its report from a copydesk run ([`super::Source::Copydesk`]; a predictions run has no
/// removals). Pages are matched by id. `examples` is how many mistakes to keep per rule.
///
/// ```
/// use copydesk::eval::{rules, run, Dataset, Source};
/// let dir = std::env::temp_dir().join(format!("copydesk-doc-rules-{}", std::process::id()));
/// std::fs::create_dir_all(dir.join("html"))?;
/// std::fs::write(dir.join("manifest.jsonl"),
///     "{\"id\": \"p\", \"with\": [\"The river rose two metres overnight, officials said.\"], \"without\": [\"Home\"]}\n")?;
/// std::fs::write(dir.join("html/p.html"),
///     "<nav><a href=/>Home</a></nav><article><p>The river rose two metres overnight, officials said.</p></article>")?;
/// let set = Dataset::load(&dir)?;
/// let report = run(&set, &Source::Copydesk(copydesk::Options::default()), &|| {})?;
/// let scores = rules::score(&[(&set, &report)], 0);
/// assert!(scores.iter().all(|r| r.judged <= r.removed));
/// assert!(rules::table(&scores).contains("precision"));
/// # std::fs::remove_dir_all(&dir)?;
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn score(runs: &[(&Dataset, &SetReport)], examples: usize) -> Vec<RuleScore> {
    struct Tally {
        kinds: BTreeSet<&'static str>,
        removed: usize,
        chars: usize,
        judged: usize,
        judged_tokens: usize,
        kept_tokens: usize,
        examples: Vec<Example>,
    }
    let mut tallies: BTreeMap<&'static str, Tally> = BTreeMap::new();
    for (set, report) in runs {
        let truths: HashMap<&str, &Page> = set.pages.iter().map(|p| (p.id.as_str(), p)).collect();
        for page in &report.pages {
            if page.removed.is_empty() {
                continue;
            }
            let truth = truths.get(page.id.as_str()).copied();
            let text = truth.and_then(|t| t.text.as_deref()).map(TruthText::new);
            for removal in &page.removed {
                let verdict = match (truth, &text) {
                    (_, Some(text)) => text.judge(&removal.text),
                    (Some(t), None) if t.has_snippets() => {
                        judge_snippets(&removal.text, &t.with, &t.without)
                    }
                    _ => Verdict::Unjudged,
                };
                let tally = tallies.entry(removal.rule).or_insert_with(|| Tally {
                    kinds: BTreeSet::new(),
                    removed: 0,
                    chars: 0,
                    judged: 0,
                    judged_tokens: 0,
                    kept_tokens: 0,
                    examples: Vec::new(),
                });
                tally.kinds.insert(removal.kind.name());
                tally.removed += 1;
                tally.chars += removal.text.chars().count();
                if let Verdict::Judged { tokens, kept } = verdict {
                    tally.judged += 1;
                    tally.judged_tokens += tokens;
                    tally.kept_tokens += kept;
                    if examples > 0 && kept > 0 {
                        tally.examples.push(Example {
                            set: report.label(),
                            id: page.id.clone(),
                            tokens,
                            kept,
                            text: excerpt(&removal.text, EXAMPLE_WIDTH),
                        });
                    }
                }
            }
        }
    }
    let mut scores: Vec<RuleScore> = tallies
        .into_iter()
        .map(|(rule, mut t)| {
            // Most kept tokens first; the rest of the key makes the order total.
            t.examples.sort_by(|a, b| {
                (b.kept, &a.set, &a.id, &a.text).cmp(&(a.kept, &b.set, &b.id, &b.text))
            });
            t.examples.truncate(examples);
            RuleScore {
                rule: rule.to_string(),
                kinds: t.kinds.iter().map(|k| k.to_string()).collect(),
                removed: t.removed,
                chars: t.chars,
                judged: t.judged,
                judged_tokens: t.judged_tokens,
                kept_tokens: t.kept_tokens,
                precision: precision(t.kept_tokens, t.judged_tokens),
                examples: t.examples,
            }
        })
        .collect();
    scores.sort_by(worst_first);
    scores
}

/// The order of the table: lowest precision first, rules without one last; ties by more
/// removed characters, then by name (names are unique, so the order is total).
fn worst_first(a: &RuleScore, b: &RuleScore) -> std::cmp::Ordering {
    use std::cmp::Ordering;
    let by_precision = match (a.precision, b.precision) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    by_precision
        .then(b.chars.cmp(&a.chars))
        .then_with(|| a.rule.cmp(&b.rule))
}

/// 1 - kept / judged, within [0, 1]; `None` when nothing was judged.
fn precision(kept: usize, judged: usize) -> Option<f64> {
    (judged > 0).then(|| (1.0 - kept.min(judged) as f64 / judged as f64).clamp(0.0, 1.0))
}

/// The rules as a fixed-width table, in the order given.
///
/// ```
/// assert!(copydesk::eval::rules::table(&[]).starts_with("rule"));
/// ```
pub fn table(scores: &[RuleScore]) -> String {
    let head = [
        "rule",
        "kinds",
        "removed",
        "chars",
        "judged",
        "kept/judged tok",
        "precision",
        "alone?",
    ];
    let mut rows: Vec<Vec<String>> = vec![head.iter().map(|h| h.to_string()).collect()];
    for r in scores {
        rows.push(vec![
            r.rule.clone(),
            r.kinds.join(","),
            r.removed.to_string(),
            r.chars.to_string(),
            r.judged.to_string(),
            format!("{}/{}", r.kept_tokens, r.judged_tokens),
            // Truncated, not rounded, so that 0.8996 reads 0.899 beside its `no`.
            r.precision.map_or_else(
                || "-".to_string(),
                |p| format!("{:.3}", (p * 1000.0).floor() / 1000.0),
            ),
            match r.alone() {
                Some(false) => "no".to_string(),
                _ => String::new(),
            },
        ]);
    }
    let mut out = super::report::columns(&rows, head.len(), 2);
    let _ = writeln!(
        out,
        "precision = 1 - share of the judged removed tokens the ground truth keeps \
         (text: runs of >= {RUN} CJK-aware tokens found in the truth; snippets: with/without \
         matches); alone? no = under {ALONE_BELOW}."
    );
    out
}

/// Each rule's examples (see [`score`]), in the order given; rules without one are left out.
///
/// ```
/// assert_eq!(copydesk::eval::rules::examples(&[]), "");
/// ```
pub fn examples(scores: &[RuleScore]) -> String {
    let mut out = String::new();
    for r in scores.iter().filter(|r| !r.examples.is_empty()) {
        let _ = writeln!(out, "{}: removals the ground truth keeps", r.rule);
        for e in &r.examples {
            let _ = writeln!(
                out,
                "  {} {}  kept {}/{} tok: {}",
                e.set, e.id, e.kept, e.tokens, e.text
            );
        }
    }
    out
}

/// The rules as JSON: `{"rules": [...]}`.
///
/// ```
/// let json = copydesk::eval::rules::to_json(&[]);
/// assert_eq!(json.replace(char::is_whitespace, ""), r#"{"rules":[]}"#);
/// ```
pub fn to_json(scores: &[RuleScore]) -> String {
    #[derive(Serialize)]
    struct Document<'a> {
        rules: &'a [RuleScore],
    }
    // Plain data with string keys: serialising it cannot fail.
    serde_json::to_string_pretty(&Document { rules: scores }).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_removals_must_occur_whole() {
        let truth = TruthText::new("Reporting by Jane Doe in Seoul");
        assert_eq!(
            truth.judge("Jane Doe in"),
            Verdict::Judged { tokens: 3, kept: 3 }
        );
        assert_eq!(
            truth.judge("Jane in Doe"),
            Verdict::Judged { tokens: 3, kept: 0 }
        );
    }

    #[test]
    fn cjk_characters_are_tokens() {
        let truth = TruthText::new("東京は晴れ。明日も晴れ");
        // Four characters in a row from the truth, then two that are not.
        assert_eq!(
            truth.judge("東京は晴雨雪"),
            Verdict::Judged { tokens: 6, kept: 4 }
        );
    }

    #[test]
    fn overlapping_runs_cover_without_double_counting() {
        let truth = TruthText::new("a b c d e f");
        assert_eq!(
            truth.judge("a b c d e f x"),
            Verdict::Judged { tokens: 7, kept: 6 }
        );
        // Every window of four spans the break.
        assert_eq!(
            truth.judge("a b x c d"),
            Verdict::Judged { tokens: 5, kept: 0 }
        );
    }

    #[test]
    fn with_wins_over_without_and_empty_snippets_match_nothing() {
        let with = ["Rain fell all day long".to_string(), String::new()];
        let without = ["Rain fell".to_string()];
        assert_eq!(
            judge_snippets("Rain fell all day long\n in the city", &with, &without),
            Verdict::Judged { tokens: 8, kept: 8 }
        );
        assert_eq!(
            judge_snippets("Rain fell, said the desk", &with, &without),
            Verdict::Judged { tokens: 5, kept: 0 }
        );
        assert_eq!(
            judge_snippets("Nothing else here", &[String::new()], &[]),
            Verdict::Unjudged
        );
    }

    #[test]
    fn precision_never_divides_by_zero() {
        assert_eq!(precision(0, 0), None);
        assert_eq!(precision(3, 4), Some(0.25));
        assert_eq!(precision(5, 4), Some(0.0));
    }

    #[test]
    fn rules_sort_worst_first_then_by_chars_then_name() {
        let rule = |name: &str, chars, precision| RuleScore {
            rule: name.into(),
            kinds: vec![],
            removed: 1,
            chars,
            judged: 1,
            judged_tokens: 1,
            kept_tokens: 0,
            precision,
            examples: vec![],
        };
        let mut v = [
            rule("none", 999, None),
            rule("good", 5, Some(1.0)),
            rule("bad-small", 5, Some(0.5)),
            rule("bad-big", 50, Some(0.5)),
            rule("bad-big-b", 50, Some(0.5)),
        ];
        v.sort_by(worst_first);
        let names: Vec<&str> = v.iter().map(|r| r.rule.as_str()).collect();
        assert_eq!(names, ["bad-big", "bad-big-b", "bad-small", "good", "none"]);
        let t = table(&v);
        assert!(t.lines().nth(1).is_some_and(|l| l.ends_with("no")));
        assert!(t.lines().nth(4).is_some_and(|l| l.ends_with("1.000")));
    }
}
