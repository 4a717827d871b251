//! The bytes a rule's match can start with, read from the pattern's syntax tree, so a line
//! whose first byte no match can start with skips the rule's regex search.
//!
//! A block is judged by some eighty line rules, most anchored at the start (`^By ...`,
//! `^Поделиться$`); each regex search costs a few hundred instructions even when the pattern
//! fails at the first byte. The set is exact where it matters (literals, classes, folded case)
//! and over-approximates elsewhere (a Unicode range admits every lead byte between its ends), so
//! a skip never changes a result.

use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// A set of bytes.
#[derive(Clone, Copy, Default, PartialEq, Eq, Debug)]
pub(crate) struct ByteSet([u64; 4]);

impl ByteSet {
    fn insert_range(&mut self, from: u8, to: u8) {
        for b in from..=to {
            self.0[usize::from(b >> 6)] |= 1 << (b & 63);
        }
    }

    fn union(&mut self, other: &ByteSet) {
        for (a, b) in self.0.iter_mut().zip(other.0) {
            *a |= b;
        }
    }

    /// The set of the bytes whose bits `words` holds (byte `b` is bit `b % 64` of word
    /// `b / 64`), as [`ByteSet::words`] gives them.
    pub(crate) const fn from_words(words: [u64; 4]) -> ByteSet {
        ByteSet(words)
    }

    /// The set's bits (see [`ByteSet::from_words`]).
    #[cfg(test)]
    pub(crate) fn words(&self) -> [u64; 4] {
        self.0
    }

    /// Whether `b` is in the set.
    pub(crate) fn contains(&self, b: u8) -> bool {
        self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0
    }
}

/// The bytes that every match of `pattern` starts with, when every match starts at the start
/// of the text (`^`) and none is empty; `None` when the pattern says less or does not parse.
#[cfg(test)]
pub(crate) fn of(pattern: &str) -> Option<ByteSet> {
    of_hir(&regex_syntax::parse(pattern).ok()?)
}

/// [`of`] for a pattern already parsed.
pub(crate) fn of_hir(hir: &Hir) -> Option<ByteSet> {
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let (set, nullable) = first(hir);
    (!nullable).then_some(set)
}

/// The bytes a match of `hir` can start with, and whether it can match the empty string.
/// Recursion follows the pattern's nesting, which our constant patterns keep shallow.
fn first(hir: &Hir) -> (ByteSet, bool) {
    let mut set = ByteSet::default();
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (set, true),
        HirKind::Literal(literal) => match literal.0.first() {
            Some(&b) => {
                set.insert_range(b, b);
                (set, false)
            }
            None => (set, true),
        },
        HirKind::Class(Class::Unicode(class)) => {
            // UTF-8 lead bytes grow with the code point: every lead byte between the range's
            // ends' (a superset of the range's).
            for range in class.iter() {
                set.insert_range(lead_byte(range.start()), lead_byte(range.end()));
            }
            (set, false)
        }
        HirKind::Class(Class::Bytes(class)) => {
            for range in class.iter() {
                set.insert_range(range.start(), range.end());
            }
            (set, false)
        }
        HirKind::Repetition(repetition) => {
            let (set, nullable) = first(&repetition.sub);
            (set, nullable || repetition.min == 0)
        }
        HirKind::Capture(capture) => first(&capture.sub),
        HirKind::Concat(parts) => {
            for part in parts {
                let (part_set, nullable) = first(part);
                set.union(&part_set);
                if !nullable {
                    return (set, false);
                }
            }
            (set, true)
        }
        HirKind::Alternation(branches) => {
            let mut any_nullable = false;
            for branch in branches {
                let (branch_set, nullable) = first(branch);
                set.union(&branch_set);
                any_nullable |= nullable;
            }
            (set, any_nullable)
        }
    }
}

fn lead_byte(c: char) -> u8 {
    let mut buf = [0u8; 4];
    c.encode_utf8(&mut buf);
    buf[0]
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bytes(set: &ByteSet) -> Vec<u8> {
        (0..=255u8).filter(|&b| set.contains(b)).collect()
    }

    #[test]
    fn literals_classes_and_case() {
        assert_eq!(bytes(&of("^By .+$").unwrap()), b"B");
        assert_eq!(bytes(&of("(?i)^by ").unwrap()), b"Bb");
        // `\d` is Unicode: ASCII digits and the lead bytes of other scripts' digits.
        let digits = of(r"^[\[(]?\d").unwrap();
        assert!(b"(0123456789[".iter().all(|&b| digits.contains(b)));
        assert!(!digits.contains(b'a') && !digits.contains(b' '));
        assert_eq!(bytes(&of("^(?:Foto|Bild):").unwrap()), b"BF");
        assert_eq!(bytes(&of("^Поделиться$").unwrap()), [0xD0]);
        // Optional parts add the next part's bytes.
        let optional = of(r"^\s*-?x").unwrap();
        assert!(b" \t\n-x".iter().all(|&b| optional.contains(b)));
        assert!(!optional.contains(b'y'));
    }

    #[test]
    fn no_set_without_a_start_anchor_or_for_empty_matches() {
        assert_eq!(of("By .+$"), None);
        assert_eq!(of("^By|Foto"), None);
        assert_eq!(of("^x*$"), None);
        assert_eq!(of("(?m)^x"), None);
        assert_eq!(of("("), None);
    }

    #[test]
    fn a_skipped_line_never_matches() {
        // Every byte outside the set fails the pattern; a byte inside it may match.
        for pattern in [
            r"^\p{Lu}[\p{Ll}]+ \(dpa\)",
            "(?i)^advert",
            r"^[가-힣]{2,4} 기자$",
            r"^©\s*\d{4}",
        ] {
            let set = of(pattern).unwrap();
            let re = regex::Regex::new(pattern).unwrap();
            for text in [
                "Berlin (dpa)",
                "advert",
                "ADVERT",
                "김철수 기자",
                "© 2024",
                "x",
                "é",
            ] {
                if re.is_match(text) {
                    assert!(set.contains(text.as_bytes()[0]), "{pattern} {text}");
                }
            }
        }
    }
}
