//! The two published metrics, as pure functions over strings.
//!
//! - **Shingle metric** (ScrapingHub article-extraction benchmark): multisets of 4-token
//!   shingles, per-page precision and recall, corpus scores as means of the per-page values and
//!   F1 of the two means.
//! - **Snippet metric** (trafilatura's evaluation): whitespace-normalized, case-sensitive
//!   substring tests of `with` / `without` snippets, counts summed over pages.
//!
//! Tokens and whitespace follow Python's `re` module exactly, so figures agree with the
//! published scorers: Python's `\w` is a character of general category `L*` or `N*`, or `_`
//! (Rust's `\w` also counts combining marks, which Python does not), and Python's `\s` is
//! Unicode `White_Space` plus the four separators U+001C..U+001F.

use std::collections::HashMap;
use std::ops::{Add, AddAssign};
use std::sync::OnceLock;

use regex::Regex;
use serde::Serialize;

/// How many tokens one shingle holds.
const SHINGLE: usize = 4;

/// Python's `\w`, as a regex class (Python 3.11: `L*`, `N*` and `_`, nothing else).
const WORD: &str = r"\p{L}\p{N}_";

/// The CJK characters that the CJK-aware tokenizer makes one token each: Hangul Jamo, CJK
/// radicals, ideographic marks, Hiragana, Katakana, Hangul compatibility Jamo, CJK ideographs
/// (with extension A, compatibility ideographs and the supplementary planes), Hangul
/// syllables and half-width Katakana.
const CJK: &str = r"\x{1100}-\x{11ff}\x{2e80}-\x{2fdf}\x{3005}\x{3007}\x{3021}-\x{3029}\x{3040}-\x{30ff}\x{3130}-\x{318f}\x{31f0}-\x{31ff}\x{3400}-\x{4dbf}\x{4e00}-\x{9fff}\x{a960}-\x{a97f}\x{ac00}-\x{d7ff}\x{f900}-\x{faff}\x{ff66}-\x{ff9f}\x{20000}-\x{3ffff}";

/// Which tokens a text is cut into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Tokenizer {
    /// The benchmark's own tokens: maximal runs of word characters (`\w+`). A run of CJK
    /// characters is a single token.
    #[default]
    Words,
    /// CJK-aware tokens: each CJK character is a token of its own; other text is cut into
    /// `\w+` runs as by [`Tokenizer::Words`].
    Cjk,
}

impl Tokenizer {
    fn regex(self) -> Option<&'static Regex> {
        static WORDS: OnceLock<Option<Regex>> = OnceLock::new();
        static CJK_WORDS: OnceLock<Option<Regex>> = OnceLock::new();
        match self {
            Tokenizer::Words => WORDS
                .get_or_init(|| Regex::new(&format!("[{WORD}]+")).ok())
                .as_ref(),
            Tokenizer::Cjk => CJK_WORDS
                .get_or_init(|| Regex::new(&format!("[{CJK}]|[[{WORD}]--[{CJK}]]+")).ok())
                .as_ref(),
        }
    }

    /// The byte ranges of the tokens of `text`.
    fn spans(self, text: &str) -> Vec<(usize, usize)> {
        match self.regex() {
            Some(re) => re.find_iter(text).map(|m| (m.start(), m.end())).collect(),
            None => Vec::new(),
        }
    }
}

/// The tokens of `text`, in order, case kept.
///
/// ```
/// use copydesk::eval::metrics::{tokens, Tokenizer};
/// assert_eq!(tokens("Don't panic, 42_x!", Tokenizer::Words), ["Don", "t", "panic", "42_x"]);
/// assert_eq!(tokens("東京は晴れ now", Tokenizer::Words), ["東京は晴れ", "now"]);
/// assert_eq!(tokens("東京は晴れ now", Tokenizer::Cjk), ["東", "京", "は", "晴", "れ", "now"]);
/// ```
pub fn tokens(text: &str, tokenizer: Tokenizer) -> Vec<&str> {
    tokenizer
        .spans(text)
        .into_iter()
        .filter_map(|(start, end)| text.get(start..end))
        .collect()
}

/// The shingles of a token list as a multiset: every contiguous window of four tokens with its
/// count. A list of one to three tokens is one shorter shingle; an empty list has none.
///
/// ```
/// use copydesk::eval::metrics::shingle_counts;
/// let tokens = ["a", "b", "c", "d", "a", "b", "c", "d"];
/// let counts = shingle_counts(&tokens);
/// assert_eq!(counts.len(), 4);
/// assert_eq!(counts[&tokens[0..4]], 2);
/// assert_eq!(shingle_counts(&["a", "b"])[&["a", "b"][..]], 1);
/// assert!(shingle_counts(&[]).is_empty());
/// ```
pub fn shingle_counts<'t, 's>(tokens: &'t [&'s str]) -> HashMap<&'t [&'s str], usize> {
    let mut counts = HashMap::new();
    for shingle in shingles(tokens) {
        *counts.entry(shingle).or_insert(0) += 1;
    }
    counts
}

/// The shingles of a token list in order (with repeats).
fn shingles<'t, 's>(tokens: &'t [&'s str]) -> impl Iterator<Item = &'t [&'s str]> {
    let short = (!tokens.is_empty() && tokens.len() < SHINGLE).then_some(tokens);
    tokens.windows(SHINGLE).chain(short)
}

/// The shingle comparison of one page: true positives, false positives and false negatives.
///
/// ```
/// use copydesk::eval::metrics::{ShingleCounts, Tokenizer};
/// let c = ShingleCounts::compare("one two three four five", "one two three four", Tokenizer::Words);
/// assert_eq!((c.tp, c.fp, c.fn_), (1, 0, 1));
/// assert_eq!((c.precision(), c.recall()), (1.0, 0.5));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct ShingleCounts {
    /// Shingles in both texts (the multiset intersection).
    pub tp: usize,
    /// Shingles of the prediction beyond those of the truth.
    pub fp: usize,
    /// Shingles of the truth missing from the prediction.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// Whether the two token lists are exactly equal (the benchmark's "accuracy").
    pub exact: bool,
}

impl ShingleCounts {
    /// Compares a prediction with the ground truth.
    ///
    /// ```
    /// use copydesk::eval::metrics::{ShingleCounts, Tokenizer};
    /// let c = ShingleCounts::compare("A b c d e", "A b c d e. Share!", Tokenizer::Words);
    /// assert_eq!((c.tp, c.fp, c.fn_, c.exact), (2, 1, 0, false));
    /// ```
    pub fn compare(truth: &str, prediction: &str, tokenizer: Tokenizer) -> Self {
        let truth_tokens = tokens(truth, tokenizer);
        let pred_tokens = tokens(prediction, tokenizer);
        let truth_counts = shingle_counts(&truth_tokens);
        let pred_counts = shingle_counts(&pred_tokens);
        let mut tp = 0;
        for (shingle, &t) in &truth_counts {
            if let Some(&p) = pred_counts.get(shingle) {
                tp += t.min(p);
            }
        }
        let truth_total: usize = truth_counts.values().sum();
        let pred_total: usize = pred_counts.values().sum();
        ShingleCounts {
            tp,
            fp: pred_total.saturating_sub(tp),
            fn_: truth_total.saturating_sub(tp),
            exact: truth_tokens == pred_tokens,
        }
    }

    /// Precision: 1 when there is neither a false positive nor a false negative, 0 when there is
    /// no shingle in the prediction, else tp / (tp + fp).
    ///
    /// ```
    /// use copydesk::eval::metrics::ShingleCounts;
    /// let c = ShingleCounts { tp: 3, fp: 1, fn_: 0, exact: false };
    /// assert_eq!(c.precision(), 0.75);
    /// ```
    pub fn precision(&self) -> f64 {
        if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else if self.tp == 0 && self.fp == 0 {
            0.0
        } else {
            ratio(self.tp, self.tp + self.fp)
        }
    }

    /// Recall: 1 when there is neither a false positive nor a false negative, 0 when there is
    /// no shingle in the truth, else tp / (tp + fn).
    ///
    /// ```
    /// use copydesk::eval::metrics::ShingleCounts;
    /// let c = ShingleCounts { tp: 1, fp: 0, fn_: 3, exact: false };
    /// assert_eq!(c.recall(), 0.25);
    /// ```
    pub fn recall(&self) -> f64 {
        if self.fp == 0 && self.fn_ == 0 {
            1.0
        } else if self.tp == 0 && self.fn_ == 0 {
            0.0
        } else {
            ratio(self.tp, self.tp + self.fn_)
        }
    }

    /// The page's own F1, the harmonic mean of its precision and recall (0 when both are 0).
    /// Used to rank pages; the corpus F1 is *not* a mean of these (see [`CorpusScore`]).
    ///
    /// ```
    /// use copydesk::eval::metrics::ShingleCounts;
    /// let c = ShingleCounts { tp: 1, fp: 1, fn_: 1, exact: false };
    /// assert_eq!(c.f1(), 0.5);
    /// ```
    pub fn f1(&self) -> f64 {
        harmonic(self.precision(), self.recall())
    }
}

/// Corpus scores of the shingle metric: precision is the mean of per-page precision over pages
/// whose prediction has a shingle (tp + fp > 0), recall the mean of per-page recall over pages
/// whose truth has one (tp + fn > 0), F1 the harmonic mean of those two means.
///
/// ```
/// use copydesk::eval::metrics::{CorpusScore, ShingleCounts};
/// let pages = [
///     ShingleCounts { tp: 3, fp: 1, fn_: 0, exact: false }, // P 0.75, R 1
///     ShingleCounts { tp: 0, fp: 0, fn_: 5, exact: false }, // empty prediction: R 0, no P
/// ];
/// let s = CorpusScore::from_pages(&pages);
/// assert_eq!((s.precision, s.recall), (0.75, 0.5));
/// assert!((s.f1 - 0.6).abs() < 1e-12);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Default, Serialize)]
pub struct CorpusScore {
    /// F1 = 2PR / (P + R) of the two means (0 when both are 0).
    pub f1: f64,
    /// Mean per-page precision over pages with tp + fp > 0 (0 if there is none).
    pub precision: f64,
    /// Mean per-page recall over pages with tp + fn > 0 (0 if there is none).
    pub recall: f64,
    /// Share of pages whose token lists are exactly equal.
    pub accuracy: f64,
    /// How many pages were compared.
    pub pages: usize,
}

impl CorpusScore {
    /// The corpus scores of a list of per-page counts.
    ///
    /// ```
    /// use copydesk::eval::metrics::CorpusScore;
    /// assert_eq!(CorpusScore::from_pages(&[]).f1, 0.0);
    /// ```
    pub fn from_pages(pages: &[ShingleCounts]) -> Self {
        let precisions: Vec<f64> = pages
            .iter()
            .filter(|c| c.tp + c.fp > 0)
            .map(ShingleCounts::precision)
            .collect();
        let recalls: Vec<f64> = pages
            .iter()
            .filter(|c| c.tp + c.fn_ > 0)
            .map(ShingleCounts::recall)
            .collect();
        let precision = mean(&precisions);
        let recall = mean(&recalls);
        CorpusScore {
            f1: harmonic(precision, recall),
            precision,
            recall,
            accuracy: ratio(pages.iter().filter(|c| c.exact).count(), pages.len()),
            pages: pages.len(),
        }
    }
}

/// Stretches of one text that the other text lacks, found from the shingle multisets: the
/// runs of tokens of `text` not covered by any shingle that the other text also has (shingles
/// matched left to right, each shingle of the other text used at most as often as it occurs).
/// Returned as excerpts of the original text (whitespace collapsed, cut to about `width`
/// characters), longest run first, at most `limit` of them.
///
/// ```
/// use copydesk::eval::metrics::{uncovered_runs, Tokenizer};
/// let truth = "The river rose two metres overnight. The lower streets were closed.";
/// let pred = "The river rose two metres overnight. Share this story on social media.";
/// let missed = uncovered_runs(truth, pred, Tokenizer::Words, 3, 80);
/// assert_eq!(missed, ["The lower streets were closed"]);
/// let leaked = uncovered_runs(pred, truth, Tokenizer::Words, 3, 80);
/// assert_eq!(leaked, ["Share this story on social media"]);
/// ```
pub fn uncovered_runs(
    text: &str,
    other: &str,
    tokenizer: Tokenizer,
    limit: usize,
    width: usize,
) -> Vec<String> {
    let spans = tokenizer.spans(text);
    let own: Vec<&str> = spans
        .iter()
        .filter_map(|&(start, end)| text.get(start..end))
        .collect();
    let other_tokens = tokens(other, tokenizer);
    let mut available = shingle_counts(&other_tokens);
    let mut covered = vec![false; own.len()];
    for (start, shingle) in shingles(&own).enumerate() {
        if let Some(count) = available.get_mut(shingle) {
            if *count > 0 {
                *count -= 1;
                for flag in covered.iter_mut().skip(start).take(shingle.len()) {
                    *flag = true;
                }
            }
        }
    }
    // Maximal runs of uncovered tokens, as (first, last) token indices.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<usize> = None;
    for (i, &is_covered) in covered.iter().enumerate() {
        match (is_covered, open) {
            (false, None) => open = Some(i),
            (true, Some(first)) => {
                runs.push((first, i - 1));
                open = None;
            }
            _ => {}
        }
    }
    if let Some(first) = open {
        runs.push((first, own.len().saturating_sub(1)));
    }
    runs.sort_by_key(|&(first, last)| (std::cmp::Reverse(last - first), first));
    runs.into_iter()
        .take(limit)
        .filter_map(|(first, last)| {
            let start = spans.get(first)?.0;
            let end = spans.get(last)?.1;
            Some(excerpt(text.get(start..end)?, width))
        })
        .collect()
}

/// `text` with whitespace collapsed, cut to at most `width` characters (an ellipsis marks a cut).
///
/// ```
/// use copydesk::eval::metrics::excerpt;
/// assert_eq!(excerpt("a\n\n b", 10), "a b");
/// assert_eq!(excerpt("abcdefgh", 5), "abcd…");
/// ```
pub fn excerpt(text: &str, width: usize) -> String {
    let flat = normalize_whitespace(text);
    if flat.chars().count() <= width {
        return flat;
    }
    let mut cut: String = flat.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// Whether `c` is whitespace for Python's `str.isspace()` and `re`'s `\s`: Unicode
/// `White_Space` and the separators U+001C..U+001F.
///
/// ```
/// use copydesk::eval::metrics::is_python_whitespace;
/// assert!(is_python_whitespace('\u{a0}') && is_python_whitespace('\u{3000}'));
/// assert!(is_python_whitespace('\u{1f}') && !is_python_whitespace('\u{200b}'));
/// ```
pub fn is_python_whitespace(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// Python's `re.sub(r"\s+", " ", text).strip()`: every run of whitespace (including no-break and
/// ideographic spaces) becomes one space, and none is left at either end.
///
/// ```
/// use copydesk::eval::metrics::normalize_whitespace;
/// assert_eq!(normalize_whitespace("\n a\u{a0}\u{a0}b \t\r\nc\u{3000}"), "a b c");
/// ```
pub fn normalize_whitespace(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for word in text.split(is_python_whitespace).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// Snippet counts (trafilatura's confusion matrix), for one page or summed over many.
///
/// ```
/// use copydesk::eval::metrics::SnippetCounts;
/// let with = ["Rain fell all day.".to_string()];
/// let without = ["Subscribe now".to_string()];
/// let c = SnippetCounts::count("Rain fell\nall day.\n\nSubscribe now", &with, &without);
/// assert_eq!((c.tp, c.fn_, c.fp, c.tn), (1, 0, 1, 0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct SnippetCounts {
    /// `with` snippets found in the output.
    pub tp: usize,
    /// `with` snippets missing from the output.
    #[serde(rename = "fn")]
    pub fn_: usize,
    /// `without` snippets found in the output.
    pub fp: usize,
    /// `without` snippets absent from the output.
    pub tn: usize,
}

impl SnippetCounts {
    /// Counts one page: the output and every snippet are whitespace-normalized
    /// ([`normalize_whitespace`]), then searched for case-sensitively.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// let c = SnippetCounts::count("the end", &["The end".into()], &["nav".into()]);
    /// assert_eq!((c.tp, c.fn_, c.fp, c.tn), (0, 1, 0, 1));
    /// ```
    pub fn count(output: &str, with: &[String], without: &[String]) -> Self {
        let output = normalize_whitespace(output);
        let found = |s: &String| output.contains(normalize_whitespace(s).as_str());
        let tp = with.iter().filter(|s| found(s)).count();
        let fp = without.iter().filter(|s| found(s)).count();
        SnippetCounts {
            tp,
            fn_: with.len() - tp,
            fp,
            tn: without.len() - fp,
        }
    }

    /// The counts of a page whose extraction failed: every `with` missed, every `without` absent.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// let c = SnippetCounts::failed(&["a".into(), "b".into()], &["c".into()]);
    /// assert_eq!((c.tp, c.fn_, c.fp, c.tn), (0, 2, 0, 1));
    /// ```
    pub fn failed(with: &[String], without: &[String]) -> Self {
        SnippetCounts {
            tp: 0,
            fn_: with.len(),
            fp: 0,
            tn: without.len(),
        }
    }

    /// All snippets counted.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// assert_eq!(SnippetCounts { tp: 1, fn_: 2, fp: 3, tn: 4 }.total(), 10);
    /// ```
    pub fn total(&self) -> usize {
        self.tp + self.fn_ + self.fp + self.tn
    }

    /// Precision tp / (tp + fp), 0 when nothing was found.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// assert_eq!(SnippetCounts { tp: 3, fn_: 0, fp: 1, tn: 0 }.precision(), 0.75);
    /// ```
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Recall tp / (tp + fn), 0 when there is no `with` snippet.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// assert_eq!(SnippetCounts { tp: 1, fn_: 3, fp: 0, tn: 0 }.recall(), 0.25);
    /// ```
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }

    /// Accuracy (tp + tn) / all, 0 when there is no snippet.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// assert_eq!(SnippetCounts { tp: 1, fn_: 1, fp: 1, tn: 1 }.accuracy(), 0.5);
    /// ```
    pub fn accuracy(&self) -> f64 {
        ratio(self.tp + self.tn, self.total())
    }

    /// The F-score 2tp / (2tp + fp + fn), 0 when its denominator is 0.
    ///
    /// ```
    /// use copydesk::eval::metrics::SnippetCounts;
    /// assert_eq!(SnippetCounts { tp: 3, fn_: 1, fp: 1, tn: 5 }.f_score(), 0.75);
    /// ```
    pub fn f_score(&self) -> f64 {
        ratio(2 * self.tp, 2 * self.tp + self.fp + self.fn_)
    }
}

impl Add for SnippetCounts {
    type Output = SnippetCounts;

    fn add(self, other: SnippetCounts) -> SnippetCounts {
        SnippetCounts {
            tp: self.tp + other.tp,
            fn_: self.fn_ + other.fn_,
            fp: self.fp + other.fp,
            tn: self.tn + other.tn,
        }
    }
}

impl AddAssign for SnippetCounts {
    fn add_assign(&mut self, other: SnippetCounts) {
        *self = *self + other;
    }
}

/// `num / den` as a float, 0 when `den` is 0.
fn ratio(num: usize, den: usize) -> f64 {
    if den == 0 {
        0.0
    } else {
        num as f64 / den as f64
    }
}

/// The mean of `values`, 0 for none.
fn mean(values: &[f64]) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().sum::<f64>() / values.len() as f64
    }
}

/// 2ab / (a + b), 0 when a + b is 0.
fn harmonic(a: f64, b: f64) -> f64 {
    if a + b > 0.0 {
        2.0 * a * b / (a + b)
    } else {
        0.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(truth: &str, pred: &str) -> (usize, usize, usize) {
        let c = ShingleCounts::compare(truth, pred, Tokenizer::Words);
        (c.tp, c.fp, c.fn_)
    }

    #[test]
    fn both_regexes_compile() {
        assert!(Tokenizer::Words.regex().is_some());
        assert!(Tokenizer::Cjk.regex().is_some());
    }

    #[test]
    fn word_tokens_follow_python() {
        // Python's \w has no combining marks: "é" written e + U+0301 splits the word.
        assert_eq!(tokens("cafe\u{301} ok", Tokenizer::Words), ["cafe", "ok"]);
        // ...but counts numbers of any kind, and the underscore.
        assert_eq!(tokens("x² ½ a_b", Tokenizer::Words), ["x²", "½", "a_b"]);
        assert_eq!(tokens("", Tokenizer::Words), Vec::<&str>::new());
        assert_eq!(tokens("  , ; ", Tokenizer::Words), Vec::<&str>::new());
    }

    #[test]
    fn shingles_of_one_to_five_tokens() {
        let toks = ["a", "b", "c", "d", "e"];
        for n in 1..=3 {
            let c = shingle_counts(&toks[..n]);
            assert_eq!(c.len(), 1, "{n} tokens");
            assert_eq!(c.get(&toks[..n]), Some(&1));
        }
        let four = shingle_counts(&toks[..4]);
        assert_eq!(four.len(), 1);
        assert_eq!(four.get(&toks[..4]), Some(&1));
        let five = shingle_counts(&toks);
        assert_eq!(five.len(), 2);
        assert_eq!(five.get(&toks[0..4]), Some(&1));
        assert_eq!(five.get(&toks[1..5]), Some(&1));
    }

    #[test]
    fn short_texts_compare_as_one_shingle() {
        assert_eq!(counts("one", "one"), (1, 0, 0));
        assert_eq!(counts("one two", "one"), (0, 1, 1));
        assert_eq!(counts("one two three", "one two three"), (1, 0, 0));
        // 5 tokens against 3: two truth shingles, one different prediction shingle.
        assert_eq!(counts("a b c d e", "a b c"), (0, 1, 2));
    }

    #[test]
    fn empty_prediction_is_skipped_for_precision_and_costs_recall() {
        let c = ShingleCounts::compare("a b c d e f", "", Tokenizer::Words);
        assert_eq!((c.tp, c.fp, c.fn_), (0, 0, 3));
        assert_eq!((c.precision(), c.recall()), (0.0, 0.0));
        let perfect = ShingleCounts::compare("x y z w", "x y z w", Tokenizer::Words);
        let s = CorpusScore::from_pages(&[c, perfect]);
        assert_eq!(s.precision, 1.0); // only the perfect page counts for P
        assert_eq!(s.recall, 0.5); // both count for R
        assert!((s.f1 - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(s.accuracy, 0.5);
    }

    #[test]
    fn empty_truth_is_skipped_for_recall() {
        let c = ShingleCounts::compare("", "junk words here now", Tokenizer::Words);
        assert_eq!((c.tp, c.fp, c.fn_), (0, 1, 0));
        assert_eq!((c.precision(), c.recall()), (0.0, 0.0));
        let s = CorpusScore::from_pages(&[c]);
        assert_eq!((s.precision, s.recall, s.f1), (0.0, 0.0, 0.0));
        // Both empty: perfect per page, but in neither mean.
        let both = ShingleCounts::compare("", " . ", Tokenizer::Words);
        assert_eq!(
            (both.precision(), both.recall(), both.exact),
            (1.0, 1.0, true)
        );
        let s = CorpusScore::from_pages(&[both]);
        assert_eq!((s.precision, s.recall), (0.0, 0.0));
    }

    #[test]
    fn duplicated_shingles_count_as_a_multiset() {
        let truth = "a b c d";
        // The prediction repeats the paragraph: 5 shingles, one matches once.
        let pred = "a b c d a b c d";
        assert_eq!(counts(truth, pred), (1, 4, 0));
        // The truth holds the repeated text twice, the prediction once.
        assert_eq!(counts("p q r s p q r s", "p q r s"), (1, 0, 4));
        assert_eq!(
            counts("p q r s p q r s p q r s", "p q r s p q r s"),
            (5, 0, 4)
        );
    }

    #[test]
    fn precision_recall_f1_of_a_page() {
        let c = ShingleCounts::compare(
            "one two three four five six",
            "one two three four five seven eight",
            Tokenizer::Words,
        );
        // truth shingles: 1234 2345 3456; prediction: 1234 2345 3457 4578
        assert_eq!((c.tp, c.fp, c.fn_), (2, 2, 1));
        assert_eq!(c.precision(), 0.5);
        assert!((c.recall() - 2.0 / 3.0).abs() < 1e-12);
        assert!((c.f1() - 4.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn case_is_kept() {
        assert_eq!(counts("Alpha beta", "alpha beta"), (0, 1, 1));
    }

    #[test]
    fn cjk_column_splits_characters() {
        let truth = "東京は晴れ。大阪は雨";
        let pred = "東京は晴れ。";
        // \w+: two tokens vs one token: no shingle in common.
        assert_eq!(counts(truth, pred), (0, 1, 1));
        // CJK: 東 京 は 晴 れ 大 阪 は 雨 (9 tokens, 6 shingles) vs 東 京 は 晴 れ (2 shingles).
        let c = ShingleCounts::compare(truth, pred, Tokenizer::Cjk);
        assert_eq!((c.tp, c.fp, c.fn_), (2, 0, 4));
        assert_eq!((c.precision(), c.recall()), (1.0, 1.0 / 3.0));
        // Hangul syllables are CJK tokens too; Latin runs next to them stay whole words.
        assert_eq!(
            tokens("서울KTX 2024년", Tokenizer::Cjk),
            ["서", "울", "KTX", "2024", "년"]
        );
        // Katakana middle dot is in the CJK ranges, although it is not a word character.
        assert_eq!(tokens("ア・イ", Tokenizer::Cjk), ["ア", "・", "イ"]);
        assert_eq!(tokens("ア・イ", Tokenizer::Words), ["ア", "イ"]);
    }

    #[test]
    fn uncovered_runs_report_longest_first() {
        let truth = "a b c d e f. g h i j k l m n o p.";
        let pred = "a b c d e f. x y";
        let missed = uncovered_runs(truth, pred, Tokenizer::Words, 5, 80);
        assert_eq!(missed, ["g h i j k l m n o p"]);
        let leaked = uncovered_runs(pred, truth, Tokenizer::Words, 5, 80);
        assert_eq!(leaked, ["x y"]);
        assert!(uncovered_runs("", "a", Tokenizer::Words, 5, 80).is_empty());
        assert_eq!(uncovered_runs("a b", "", Tokenizer::Words, 5, 80), ["a b"]);
        let long = uncovered_runs(&"word ".repeat(100), "", Tokenizer::Words, 1, 20);
        assert_eq!(long[0].chars().count(), 20);
    }

    #[test]
    fn snippet_normalization_handles_nbsp_and_newlines() {
        let with = vec![
            "The mayor\u{a0}said".to_string(),
            "  two\nlines ".to_string(),
            "Missing".to_string(),
        ];
        let without = vec!["Read more".to_string(), "Cookie\u{3000}policy".to_string()];
        let output = "The  mayor said:\r\n two \u{a0} lines.\n\nCookie policy";
        let c = SnippetCounts::count(output, &with, &without);
        assert_eq!((c.tp, c.fn_, c.fp, c.tn), (2, 1, 1, 1));
        // Case-sensitive.
        let c = SnippetCounts::count("read more", &[], &without);
        assert_eq!((c.fp, c.tn), (0, 2));
    }

    #[test]
    fn snippet_scores() {
        let c = SnippetCounts {
            tp: 6,
            fn_: 2,
            fp: 2,
            tn: 10,
        } + SnippetCounts {
            tp: 0,
            fn_: 2,
            fp: 0,
            tn: 0,
        };
        assert_eq!(c.total(), 22);
        assert_eq!(c.precision(), 0.75);
        assert_eq!(c.recall(), 0.6);
        assert!((c.accuracy() - 16.0 / 22.0).abs() < 1e-12);
        assert!((c.f_score() - 12.0 / 18.0).abs() < 1e-12);
        let zero = SnippetCounts::default();
        assert_eq!(
            (
                zero.precision(),
                zero.recall(),
                zero.accuracy(),
                zero.f_score()
            ),
            (0.0, 0.0, 0.0, 0.0)
        );
    }
}
