//! A metadata pattern compiled on its first use, in one of two forms: as written, and with every
//! `\d` (Unicode decimal digits, some 70 ranges that compile into a large automaton for each
//! use) read as `[0-9]`. The `[0-9]` form serves every text with no non-ASCII digit, where the
//! two match exactly alike; a text with one (`２０２６`, `٢٠٢٦`) gets the pattern as written.
//! A process then builds only the patterns its pages reach, mostly in their small form; and a
//! text that holds none of the literals every match of the pattern contains (read from its
//! syntax tree, see `classify::lexicon::literals`) is not searched, so a pattern no text of
//! the page could match stays uncompiled.

use crate::classify::lexicon::literals::Finder;
use regex::Regex;
use std::sync::OnceLock;

/// One pattern and its two compiled forms, each built on first use.
pub(crate) struct Pattern {
    source: &'static str,
    written: OnceLock<Option<Regex>>,
    ascii: OnceLock<Option<Regex>>,
    /// The search for the literals every match contains (`None`: it requires none).
    required: OnceLock<Option<Finder>>,
}

impl Pattern {
    /// A pattern, not yet compiled.
    pub(crate) const fn new(source: &'static str) -> Pattern {
        Pattern {
            source,
            written: OnceLock::new(),
            ascii: OnceLock::new(),
            required: OnceLock::new(),
        }
    }

    /// The compiled form that matches `text` exactly as the pattern as written does (`None`
    /// if the pattern does not compile, which the tests rule out: it then matches nothing; and
    /// `None` when `text` holds none of the pattern's required literals, so cannot match).
    pub(crate) fn for_text(&self, text: &str) -> Option<&Regex> {
        let required = self.required.get_or_init(|| Finder::of(self.source));
        if required.as_ref().is_some_and(|f| !f.may_match(text)) {
            return None;
        }
        let ascii_digits = self.source.contains(r"\d") && !has_non_ascii_digit(text);
        if ascii_digits {
            self.ascii
                .get_or_init(|| Regex::new(&self.source.replace(r"\d", "[0-9]")).ok())
                .as_ref()
        } else {
            self.regex()
        }
    }

    /// The pattern as written, compiled (`None` as for [`Pattern::for_text`]).
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
    pub(crate) fn captures<'t>(&self, text: &'t str) -> Option<regex::Captures<'t>> {
        self.for_text(text)?.captures(text)
    }

    /// Whether the literal filter leaves every match of the pattern on `text` in place: the
    /// pattern as written matches `text` only if [`Pattern::for_text`] gives a regex (tests).
    #[cfg(test)]
    pub(crate) fn filter_keeps_match(&self, text: &str) -> bool {
        let matches = self.regex().is_some_and(|re| re.is_match(text));
        !matches || self.for_text(text).is_some()
    }

    /// Both forms compile (for the tests).
    #[cfg(test)]
    pub(crate) fn compiles(&self) -> bool {
        Regex::new(self.source).is_ok() && Regex::new(&self.source.replace(r"\d", "[0-9]")).is_ok()
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
                .map(|c| c[1].to_string())
                .as_deref(),
            Some("2026")
        );
        // Fullwidth digits are `\d` too: the pattern as written serves such a text.
        assert_eq!(
            p.captures("on ２０２６-07")
                .map(|c| c[1].to_string())
                .as_deref(),
            Some("２０２６")
        );
        assert!(!p.is_match("on 20x6-07"));
        assert!(p.compiles());
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
