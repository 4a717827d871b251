//! The openings every match of an anchored rule starts with, read from the pattern's syntax
//! tree: a few sequences of character classes, one of which the text's first characters must
//! match (`^(?i:share|email)$` opens with `[Ssſ][Hh][Aa][Rr][Ee]` or `[Ee][Mm][Aa][Ii][Ll]`).
//!
//! It is a stronger form of the first byte ([`super::super::first_byte`]): a line "Sport"
//! starts with a byte `^(?i:share...)` can start with, and holds a literal of some rule of its
//! table, but does not open with any of its openings, so the rule is neither searched nor
//! compiled. Each class is taken from the syntax tree as it is (folded case is already a
//! class there, `ſ` and the Kelvin sign included), so an opening admits every text a match
//! can start with: a skip never changes a result.

#[cfg(test)]
use regex_syntax::hir::{Class, Hir, HirKind, Look};

/// One position of an opening: the characters it admits, as inclusive ranges.
pub(crate) type Position = &'static [(char, char)];

/// The openings of a rule: one of them begins every match.
pub(crate) type Openings = &'static [&'static [Position]];

/// Positions an opening is followed to (a longer one rejects more texts but costs more).
#[cfg(test)]
const MAX_LEN: usize = 8;

/// The most openings a rule keeps: past it, an opening stops where it stands.
#[cfg(test)]
const MAX_OPENINGS: usize = 32;

/// The largest class kept in an opening: a larger one (`\p{Lu}`, hundreds of ranges) ends it.
#[cfg(test)]
const MAX_RANGES: usize = 80;

/// Whether `text` opens with one of `openings`.
pub(crate) fn admits(openings: Openings, text: &str) -> bool {
    openings.iter().any(|opening| {
        let mut chars = text.chars();
        opening.iter().all(|ranges| {
            chars
                .next()
                .is_some_and(|c| ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi))
        })
    })
}

/// An opening under construction: its positions' ranges.
#[cfg(test)]
type Built = Vec<Vec<(char, char)>>;

/// The openings every match of `hir` starts with, when every match starts at the start of the
/// text (`^`) and each opening admits fewer texts than any (none is empty); `None` otherwise.
#[cfg(test)]
pub(crate) fn of_hir(hir: &Hir) -> Option<Vec<Built>> {
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let (openings, _) = openings(hir);
    let mut openings: Vec<Built> = openings
        .into_iter()
        .map(|mut o| {
            o.truncate(MAX_LEN);
            o
        })
        .collect();
    openings.sort();
    openings.dedup();
    (!openings.is_empty() && openings.iter().all(|o| !o.is_empty())).then_some(openings)
}

/// The openings of `hir`'s matches, and whether they are whole (each is all of some match of
/// its branch, so what follows `hir` in a concatenation may be appended). Recursion follows
/// the pattern's nesting, which our constant patterns keep shallow.
#[cfg(test)]
fn openings(hir: &Hir) -> (Vec<Built>, bool) {
    let one = |ranges: Option<Vec<(char, char)>>| match ranges {
        Some(r) if r.len() <= MAX_RANGES => (vec![vec![r]], true),
        // A class too large to keep, or bytes outside ASCII: the opening stops before it.
        _ => (vec![Vec::new()], false),
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => (vec![Vec::new()], true),
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            Ok(s) => (vec![s.chars().map(|c| vec![(c, c)]).collect()], true),
            Err(_) => (vec![Vec::new()], false),
        },
        HirKind::Class(Class::Unicode(class)) => {
            one(Some(class.iter().map(|r| (r.start(), r.end())).collect()))
        }
        HirKind::Class(Class::Bytes(class)) => one(class
            .iter()
            .map(|r| (r.end() < 0x80).then_some((char::from(r.start()), char::from(r.end()))))
            .collect()),
        HirKind::Capture(capture) => openings(&capture.sub),
        HirKind::Repetition(rep) => {
            let (mut sub, whole) = openings(&rep.sub);
            let exact = match (rep.min, rep.max) {
                (1, Some(1)) => whole,
                (0, Some(1)) => whole,
                _ => false,
            };
            if rep.min == 0 {
                sub.push(Vec::new());
            }
            (sub, exact)
        }
        HirKind::Alternation(branches) => {
            let mut all = Vec::new();
            let mut whole = true;
            for branch in branches {
                let (b, w) = openings(branch);
                all.extend(b);
                whole &= w;
            }
            (all, whole)
        }
        HirKind::Concat(parts) => {
            let mut acc: Vec<Built> = vec![Vec::new()];
            for part in parts {
                let (next, whole) = openings(part);
                if acc.len().saturating_mul(next.len()) > MAX_OPENINGS
                    || acc.iter().all(|o| o.len() >= MAX_LEN)
                {
                    return (acc, false);
                }
                acc = acc
                    .iter()
                    .flat_map(|a| {
                        next.iter().map(move |n| {
                            let mut o = a.clone();
                            o.extend(n.iter().cloned());
                            o
                        })
                    })
                    .collect();
                if !whole {
                    return (acc, false);
                }
            }
            (acc, true)
        }
    }
}

/// `openings` leaked to the `'static` shape the constants have (tests).
#[cfg(test)]
pub(crate) fn leak(openings: Vec<Built>) -> Openings {
    let leaked: Vec<&'static [Position]> = openings
        .into_iter()
        .map(|o| {
            let positions: Vec<Position> = o
                .into_iter()
                .map(|r| &*Box::leak(r.into_boxed_slice()))
                .collect();
            &*Box::leak(positions.into_boxed_slice())
        })
        .collect();
    Box::leak(leaked.into_boxed_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The openings of `pattern`.
    fn of(pattern: &str) -> Option<Openings> {
        of_hir(&regex_syntax::parse(pattern).ok()?).map(leak)
    }

    #[test]
    fn folded_words_and_their_odd_letters() {
        let share = of(r"^(?i:share|share this(?: article)?|email|copy link)$").unwrap();
        for text in ["share", "SHARE THIS", "ſhare", "Email", "copy link"] {
            assert!(admits(share, text), "{text}");
        }
        for text in ["Sport", "sha", "", "copy", " share"] {
            assert!(!admits(share, text), "{text}");
        }
        let kelvin = of(r"(?i)^kb$").unwrap();
        assert!(admits(kelvin, "\u{212A}B") && admits(kelvin, "kb") && !admits(kelvin, "xb"));
    }

    #[test]
    fn optional_parts_classes_and_repetitions() {
        let stamp = of(r"^[\[(]?\d{1,4}[./]").unwrap();
        for text in ["[2026", "(1.", "2026.", "٢٠٢٦", "7/"] {
            assert!(admits(stamp, text), "{text}");
        }
        for text in ["경제", "x1", "[x"] {
            assert!(!admits(stamp, text), "{text}");
        }
        // A repetition's first round opens the rest; the rest is not followed.
        let by = of(r"^(?i:by)\s+\p{Lu}").unwrap();
        assert!(admits(by, "By\tX") && admits(by, "by ") && !admits(by, "Bye"));
        let advert = of(r"^(?:Advert|ADVERT)(?:\s+\p{Lu}.*)?$").unwrap();
        assert!(admits(advert, "Advertise") && !admits(advert, "About us"));
    }

    #[test]
    fn none_without_a_start_anchor_or_with_an_empty_opening() {
        assert!(of("By .+$").is_none());
        assert!(of("^By|Foto").is_none());
        assert!(of(r"^x*y").is_none());
        assert!(of(r"^\p{Lu}").is_none());
        assert!(of("(?m)^x").is_none());
        assert!(of("(").is_none());
    }

    #[test]
    fn a_text_left_out_never_matches() {
        for pattern in [
            r"^\p{Lu}[\p{Ll}]+ \(dpa\)",
            "(?i)^advert",
            r"^[가-힣]{2,4} 기자$",
            r"^©\s*\d{4}",
            r"^(?i:read more|related|see also)\s*:\s*\S",
            r"^(?:(?:This|The) (?:video|map)|You (?:need to|must)) ",
        ] {
            let Some(openings) = of(pattern) else {
                continue;
            };
            let re = regex::Regex::new(pattern).unwrap();
            for text in [
                "Berlin (dpa)",
                "advert",
                "ADVERT",
                "김철수 기자",
                "© 2024",
                "x",
                "é",
                "Read more: x",
                "SEE ALSO : y",
                "The map ",
                "You must ",
                "You may ",
            ] {
                if re.is_match(text) {
                    assert!(admits(openings, text), "{pattern} {text}");
                }
            }
        }
    }
}
