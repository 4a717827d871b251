//! A metadata pattern compiled on its first use, in one of two forms: as written, and with every
//! `\d` (Unicode decimal digits, some 70 ranges that compile into a large automaton for each
//! use) read as `[0-9]`. The `[0-9]` form serves every text with no non-ASCII digit, where the
//! two match exactly alike; a text with one (`２０２６`, `٢٠٢٦`) gets the pattern as written.
//! A process then builds only the patterns its pages reach, mostly in their small form; and a
//! text that holds none of the literals every match of the pattern contains (read from its
//! syntax tree, see `classify::lexicon::literals`) is not searched, so a pattern no text of
//! the page could match stays uncompiled.
//!
//! Both forms are searched through regex-automata's meta regex, built as `regex` builds it
//! but without a literal prefilter of its own: the literal filter above runs first, and
//! extracting and compiling the prefilter of patterns such as the month names was more than
//! half of their build (callgrind, the 14 date patterns in their `[0-9]` form: 32.8 M
//! instructions with it, 13.2 M without). Matches and capture groups are the same: `regex`
//! searches with the same engine (a test holds every date pattern to `regex` on our corpus).

use crate::classify::lexicon::literals::Finder;
use regex::Regex;
use std::sync::OnceLock;

/// One pattern and its compiled forms, each built on first use.
pub(crate) struct Pattern {
    source: &'static str,
    /// The pattern as written, as a `regex` (for callers that replace or split with it).
    written: OnceLock<Option<Regex>>,
    /// The pattern as written, for [`Pattern::for_text`].
    searcher: OnceLock<Option<Searcher>>,
    /// The `[0-9]` form, for [`Pattern::for_text`].
    ascii: OnceLock<Option<Searcher>>,
    /// The literals every match contains, when written out with the pattern (see
    /// [`Pattern::with_required`]); else they are read from the pattern on first use.
    given: Option<Required>,
    /// The search for the literals every match contains (`None`: it requires none).
    required: OnceLock<Option<Finder>>,
}

/// The literals every match of a pattern contains, each with whether it is searched ignoring
/// ASCII case (`None`: the pattern requires none), as [`literals::required`] reads them.
///
/// [`literals::required`]: crate::classify::lexicon::literals::required
pub(crate) type Required = Option<&'static [(&'static str, bool)]>;

impl Pattern {
    /// A pattern, not yet compiled.
    pub(crate) const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            written: OnceLock::new(),
            searcher: OnceLock::new(),
            ascii: OnceLock::new(),
            given: None,
            required: OnceLock::new(),
        }
    }

    /// A pattern with the literals its matches contain written out, not read from the
    /// pattern at first use (which cost a cold start 1.8 M instructions for the date
    /// patterns); a test holds them to the pattern.
    pub(crate) const fn with_required(source: &'static str, required: Required) -> Pattern {
        let mut p = Pattern::new(source);
        p.given = Some(required);
        p
    }

    /// The compiled form that matches `text` exactly as the pattern as written does (`None`
    /// if the pattern does not compile, which the tests rule out: it then matches nothing; and
    /// `None` when `text` holds none of the pattern's required literals, so cannot match).
    pub(crate) fn for_text(&self, text: &str) -> Option<&Searcher> {
        let required = self.required.get_or_init(|| match self.given {
            Some(given) => given.and_then(Finder::of_literals),
            None => Finder::of(self.source),
        });
        if required.as_ref().is_some_and(|f| !f.may_match(text)) {
            return None;
        }
        let ascii_digits = self.source.contains(r"\d") && !has_non_ascii_digit(text);
        if ascii_digits {
            self.ascii
                .get_or_init(|| Searcher::new(&self.source.replace(r"\d", "[0-9]")))
                .as_ref()
        } else {
            self.searcher
                .get_or_init(|| Searcher::new(self.source))
                .as_ref()
        }
    }

    /// The pattern as written, compiled as a `regex` (`None` as for [`Pattern::for_text`]).
    pub(crate) fn regex(&self) -> Option<&Regex> {
        self.written
            .get_or_init(|| Regex::new(self.source).ok())
            .as_ref()
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.for_text(text).is_some_and(|re| re.is_match(text))
    }

    /// The first match's capture groups in `text`.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        self.for_text(text)?.captures(text)
    }

    /// Whether the literal filter leaves every match of the pattern on `text` in place: the
    /// pattern as written matches `text` only if [`Pattern::for_text`] gives a regex (tests).
    #[cfg(test)]
    pub(crate) fn filter_keeps_match(&self, text: &str) -> bool {
        let matches = self.regex().is_some_and(|re| re.is_match(text));
        !matches || self.for_text(text).is_some()
    }

    /// Whether [`Pattern::for_text`] finds on `text` every match and capture group that
    /// `regex` finds with the pattern as written, span for span (tests).
    #[cfg(test)]
    pub(crate) fn agrees_with_regex(&self, text: &str) -> bool {
        let Some(re) = self.regex() else {
            return false;
        };
        let want: Vec<Vec<Option<(usize, usize)>>> = re
            .captures_iter(text)
            .map(|c| c.iter().map(|m| m.map(|m| (m.start(), m.end()))).collect())
            .collect();
        let groups = re.captures_len();
        let got: Vec<Vec<Option<(usize, usize)>>> = self
            .for_text(text)
            .into_iter()
            .flat_map(|s| s.captures_iter(text))
            .map(|c| {
                (0..groups)
                    .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                    .collect()
            })
            .collect();
        let first = self
            .captures(text)
            .and_then(|c| c.get(0))
            .map(|m| m.as_str());
        got == want && first == re.find(text).map(|m| m.as_str())
    }

    /// The literals written out with the pattern, and those read from it (tests).
    #[cfg(test)]
    pub(crate) fn required_given_and_read(
        &self,
    ) -> (Option<Required>, Option<Vec<(String, bool)>>) {
        let read = regex_syntax::parse(self.source)
            .ok()
            .and_then(|hir| crate::classify::lexicon::literals::required(&hir));
        (self.given, read)
    }

    /// Both forms compile (for the tests).
    #[cfg(test)]
    pub(crate) fn compiles(&self) -> bool {
        Regex::new(self.source).is_ok() && Regex::new(&self.source.replace(r"\d", "[0-9]")).is_ok()
    }
}

/// A compiled form of a pattern: a meta regex built as `regex` builds one, without its own
/// literal prefilter (see the module's note).
pub(crate) struct Searcher(regex_automata::meta::Regex);

impl Searcher {
    /// `pattern` compiled (`None` if it does not compile).
    fn new(pattern: &str) -> Option<Searcher> {
        regex_automata::meta::Regex::builder()
            .configure(regex_automata::meta::Config::new().auto_prefilter(false))
            .build(pattern)
            .ok()
            .map(Searcher)
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// The first match's capture groups in `text`.
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<Captures<'t>> {
        let mut caps = self.0.create_captures();
        self.0.captures(text, &mut caps);
        caps.is_match().then_some(Captures { text, caps })
    }

    /// The capture groups of every successive non-overlapping match in `text`, as
    /// `regex::Regex::captures_iter` gives them.
    pub(crate) fn captures_iter<'s, 't>(
        &'s self,
        text: &'t str,
    ) -> impl Iterator<Item = Captures<'t>> + 's
    where
        't: 's,
    {
        self.0
            .captures_iter(text)
            .map(move |caps| Captures { text, caps })
    }
}

/// One match's capture groups.
pub(crate) struct Captures<'t> {
    text: &'t str,
    caps: regex_automata::util::captures::Captures,
}

impl<'t> Captures<'t> {
    /// Group `i` (0: the whole match), if it took part in the match.
    pub(crate) fn get(&self, i: usize) -> Option<Found<'t>> {
        let span = self.caps.get_group(i)?;
        let text = self.text.get(span.range())?;
        Some(Found {
            text,
            start: span.start,
            end: span.end,
        })
    }
}

/// A matched group: its text and byte range.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Found<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Found<'t> {
    /// The matched text.
    pub(crate) fn as_str(&self) -> &'t str {
        self.text
    }

    /// Where the match starts in the text searched.
    pub(crate) fn start(&self) -> usize {
        self.start
    }

    /// Where the match ends in the text searched.
    pub(crate) fn end(&self) -> usize {
        self.end
    }
}

/// Whether `text` holds a numeric character outside ASCII: a superset of the non-ASCII
/// characters `\d` matches (decimal digits), so without one `\d` and `[0-9]` agree.
fn has_non_ascii_digit(text: &str) -> bool {
    !text.is_ascii() && text.chars().any(|c| !c.is_ascii() && c.is_numeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_form_only_without_other_digits() {
        let p = Pattern::new(r"(\d{4})-(\d{2})");
        assert_eq!(
            p.captures("on 2026-07")
                .and_then(|c| c.get(1).map(|m| m.as_str().to_string()))
                .as_deref(),
            Some("2026")
        );
        // Fullwidth digits are `\d` too: the pattern as written serves such a text.
        assert_eq!(
            p.captures("on ２０２６-07")
                .and_then(|c| c.get(1).map(|m| m.as_str().to_string()))
                .as_deref(),
            Some("２０２６")
        );
        assert!(!p.is_match("on 20x6-07"));
        assert!(p.compiles());
        for text in ["on 2026-07 and 1999-12, ２０２６-07", "2026-7", "", "x"] {
            assert!(p.agrees_with_regex(text), "{text:?}");
        }
    }

    #[test]
    fn a_text_without_the_literals_is_not_searched() {
        let p = Pattern::new(r"(?i)updated:\s*(\d{4})");
        assert!(p.for_text("published 2026").is_none());
        assert!(p.ascii.get().is_none() && p.written.get().is_none());
        assert!(p.is_match("UPDATED: 2026"));
        assert!(p.filter_keeps_match("UPDATED: 2026") && p.filter_keeps_match("2026"));
    }
}
