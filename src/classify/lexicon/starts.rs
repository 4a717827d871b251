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
const MAX_LEN: usize = 16;

/// The most openings a rule keeps: past it, an opening stops where it stands.
#[cfg(test)]
const MAX_OPENINGS: usize = 128;

/// The largest class kept in an opening: a larger one (`\p{Lu}`, hundreds of ranges) ends it.
#[cfg(test)]
const MAX_RANGES: usize = 160;

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
    let mut openings: Vec<Built> = openings(hir)
        .into_iter()
        .map(|(mut o, _)| {
            o.truncate(MAX_LEN);
            o
        })
        .collect();
    openings.sort();
    openings.dedup();
    (!openings.is_empty() && openings.iter().all(|o| !o.is_empty())).then_some(openings)
}

/// The openings of `hir`'s matches, each with whether it is whole: all of the text some match
/// of its branch consumes, so what follows `hir` in a concatenation may be appended to it (a
/// partial one is only a prefix, and ends there). Recursion follows the pattern's nesting,
/// which our constant patterns keep shallow.
#[cfg(test)]
fn openings(hir: &Hir) -> Vec<(Built, bool)> {
    let one = |ranges: Option<Vec<(char, char)>>| match ranges {
        Some(r) if r.len() <= MAX_RANGES => vec![(vec![r], true)],
        // A class too large to keep, or bytes outside ASCII: the opening stops before it.
        _ => vec![(Vec::new(), false)],
    };
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => vec![(Vec::new(), true)],
        HirKind::Literal(literal) => match std::str::from_utf8(&literal.0) {
            Ok(s) => vec![(s.chars().map(|c| vec![(c, c)]).collect(), true)],
            Err(_) => vec![(Vec::new(), false)],
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
            // Once (or at most once) is the part itself; more rounds end the opening after
            // the first; none adds the empty opening, which the next part extends.
            let once = rep.max == Some(1) && rep.min <= 1;
            let mut sub: Vec<(Built, bool)> = openings(&rep.sub)
                .into_iter()
                .map(|(o, whole)| (o, whole && once))
                .collect();
            if rep.min == 0 {
                sub.push((Vec::new(), true));
            }
            sub
        }
        HirKind::Alternation(branches) => branches.iter().flat_map(openings).collect(),
        HirKind::Concat(parts) => {
            let mut acc: Vec<(Built, bool)> = vec![(Vec::new(), true)];
            for part in parts {
                let growing = acc
                    .iter()
                    .filter(|(o, whole)| *whole && o.len() < MAX_LEN)
                    .count();
                if growing == 0 {
                    break;
                }
                let mut next = openings(part);
                if (acc.len() - growing).saturating_add(growing.saturating_mul(next.len()))
                    > MAX_OPENINGS
                {
                    // Too many: the part's openings are read as one, the class of their
                    // first characters, after which every opening ends; without such a class
                    // (an empty opening), every opening ends where it stands.
                    match first_class(&next) {
                        Some(class) => next = vec![(vec![class], false)],
                        None => return acc.into_iter().map(|(o, _)| (o, false)).collect(),
                    }
                }
                acc = acc
                    .into_iter()
                    .flat_map(|(a, whole)| {
                        let extend = whole && a.len() < MAX_LEN;
                        let ended = (!extend).then(|| (a.clone(), false));
                        let grown: Vec<(Built, bool)> = if extend {
                            next.iter()
                                .map(|(n, w)| {
                                    let mut o = a.clone();
                                    o.extend(n.iter().cloned());
                                    (o, *w)
                                })
                                .collect()
                        } else {
                            Vec::new()
                        };
                        ended.into_iter().chain(grown)
                    })
                    .collect();
            }
            acc
        }
    }
}

/// The class of the first characters of `openings` (`None` when one is empty, or the class
/// would be too large).
#[cfg(test)]
fn first_class(openings: &[(Built, bool)]) -> Option<Vec<(char, char)>> {
    let mut ranges: Vec<(char, char)> = Vec::new();
    for (o, _) in openings {
        ranges.extend(o.first()?.iter().copied());
    }
    ranges.sort_unstable();
    let mut merged: Vec<(char, char)> = Vec::new();
    for (lo, hi) in ranges {
        match merged.last_mut() {
            Some(last) if u32::from(lo) <= u32::from(last.1).saturating_add(1) => {
                last.1 = last.1.max(hi);
            }
            _ => merged.push((lo, hi)),
        }
    }
    (merged.len() <= MAX_RANGES).then_some(merged)
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
        for text in ["Sport", "sha", "", "cop", " share"] {
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
        // Parts that may be absent open with what follows them too.
        let optional = of(r"^x*[\[(]?\s*(?:관련|y)").unwrap();
        for text in ["xx", "y", "[ 관련", "(y", " y", "관련"] {
            assert!(admits(optional, text), "{text}");
        }
        for text in ["z", "[z", "다온뉴스"] {
            assert!(!admits(optional, text), "{text}");
        }
        let advert = of(r"^(?:Advert|ADVERT)(?:\s+\p{Lu}.*)?$").unwrap();
        assert!(admits(advert, "Advertise") && !admits(advert, "About us"));
    }

    #[test]
    fn none_without_a_start_anchor_or_with_an_empty_opening() {
        assert!(of("By .+$").is_none());
        assert!(of("^By|Foto").is_none());
        assert!(of(r"^x*$").is_none());
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
