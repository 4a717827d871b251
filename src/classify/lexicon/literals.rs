//! The literals a rule's match must contain, read from the pattern's syntax tree, so that a
//! text holding none of them skips the rule: its regex is neither searched nor compiled.
//!
//! Every match of the pattern contains, up to ASCII case, at least one of the strings returned
//! (an over-approximation: a look-around is read as matching the empty string, a class of a
//! few characters as each of them, folded case as every case variant `regex` folds to, `ſ` and
//! the Kelvin sign included). A string with a letter of folded case is in ASCII lower case and
//! marked to be searched ignoring ASCII case, so a folded-case word is one string, not one per
//! case variant; the others are searched as written. A text without
//! any of them cannot match, so the skip never changes a result;
//! `required_literals_are_necessary` holds every rule's set to that on the test lines.

use regex_syntax::hir::{Class, Hir, HirKind};

/// The most strings a set may hold (a cross product of folded-case letters grows fast).
const MAX_SET: usize = 32;

/// The most characters a class may hold to be read as its characters.
const MAX_CLASS: usize = 8;

/// A literal, and whether it is searched ignoring ASCII case (it is then in lower case).
pub(crate) type Literal = (String, bool);

/// What a part of a pattern can match, as far as literals go.
#[derive(Debug, Default)]
struct Info {
    /// Every string the part can match (over-approximated), when there are few.
    exact: Option<Vec<Literal>>,
    /// A set of which every match contains one (no empty string in it).
    required: Option<Vec<Literal>>,
}

/// The literals one of which every match of `hir` contains; `None` when the pattern requires
/// none (or none the set can hold).
pub(crate) fn required(hir: &Hir) -> Option<Vec<Literal>> {
    let info = info(hir);
    better(usable(info.exact), info.required)
}

/// A set that can serve as a requirement: not empty, no empty string in it.
fn usable(set: Option<Vec<Literal>>) -> Option<Vec<Literal>> {
    set.filter(|s| !s.is_empty() && s.iter().all(|l| !l.0.is_empty()))
}

/// The more selective of two requirements: the longer shortest literal, then the fewer.
fn better(a: Option<Vec<Literal>>, b: Option<Vec<Literal>>) -> Option<Vec<Literal>> {
    let key = |s: &Vec<Literal>| {
        let shortest = s.iter().map(|l| l.0.len()).min().unwrap_or(0);
        (shortest, std::cmp::Reverse(s.len()))
    };
    match (a, b) {
        (Some(a), Some(b)) => Some(if key(&b) > key(&a) { b } else { a }),
        (a, b) => a.or(b),
    }
}

/// Every concatenation of a string of `a` with one of `b`, unless there would be too many.
fn cross(a: &[Literal], b: &[Literal]) -> Option<Vec<Literal>> {
    if a.len().saturating_mul(b.len()) > MAX_SET {
        return None;
    }
    let mut out: Vec<Literal> = Vec::with_capacity(a.len() * b.len());
    for x in a {
        for y in b {
            let mut s = String::with_capacity(x.0.len() + y.0.len());
            let folded = x.1 || y.1;
            if folded {
                s.push_str(&x.0.to_ascii_lowercase());
                s.push_str(&y.0.to_ascii_lowercase());
            } else {
                s.push_str(&x.0);
                s.push_str(&y.0);
            }
            out.push((s, folded));
        }
    }
    Some(dedup(out))
}

/// The set without repeats.
fn dedup(mut set: Vec<Literal>) -> Vec<Literal> {
    set.sort_unstable();
    set.dedup();
    set
}

fn info(hir: &Hir) -> Info {
    match hir.kind() {
        HirKind::Empty | HirKind::Look(_) => Info {
            exact: Some(vec![(String::new(), false)]),
            required: None,
        },
        HirKind::Literal(lit) => {
            let exact = std::str::from_utf8(&lit.0)
                .ok()
                .map(|s| vec![(s.to_string(), false)]);
            Info {
                required: usable(exact.clone()),
                exact,
            }
        }
        HirKind::Class(Class::Unicode(class)) => {
            let chars: Vec<char> = class
                .iter()
                .flat_map(|r| r.start()..=r.end())
                .take(MAX_CLASS + 1)
                .collect();
            // A class that holds both cases of an ASCII letter is folded case.
            let folded = chars
                .iter()
                .any(|c| c.is_ascii_lowercase() && chars.contains(&c.to_ascii_uppercase()));
            let exact = (chars.len() <= MAX_CLASS).then(|| {
                dedup(
                    chars
                        .iter()
                        .map(|c| {
                            let c = if folded { c.to_ascii_lowercase() } else { *c };
                            (c.to_string(), folded)
                        })
                        .collect(),
                )
            });
            Info {
                required: usable(exact.clone()),
                exact,
            }
        }
        HirKind::Class(Class::Bytes(_)) => Info::default(),
        HirKind::Capture(cap) => info(&cap.sub),
        HirKind::Repetition(rep) => {
            let sub = info(&rep.sub);
            match (rep.min, rep.max) {
                (1, Some(1)) => sub,
                (0, Some(1)) => Info {
                    exact: sub.exact.map(|mut e| {
                        if !e.iter().any(|l| l.0.is_empty()) {
                            e.push((String::new(), false));
                        }
                        e
                    }),
                    required: None,
                },
                (0, _) => Info::default(),
                _ => Info {
                    exact: None,
                    required: better(usable(sub.exact), sub.required),
                },
            }
        }
        HirKind::Concat(parts) => {
            // Runs of parts with few strings each are crossed into longer literals; every run
            // and every part is a candidate requirement, the most selective one wins.
            // `whole` stays true while the run covers every part so far: the run is then
            // every string the concatenation can match.
            let mut best: Option<Vec<Literal>> = None;
            let mut run: Option<Vec<Literal>> = Some(vec![(String::new(), false)]);
            let mut whole = true;
            for part in parts {
                let part = info(part);
                best = better(best, part.required);
                run = match (run, part.exact) {
                    (Some(r), Some(e)) => match cross(&r, &e) {
                        Some(next) => Some(next),
                        None => {
                            whole = false;
                            best = better(best, usable(Some(r)));
                            Some(e)
                        }
                    },
                    (Some(r), None) => {
                        whole = false;
                        best = better(best, usable(Some(r)));
                        None
                    }
                    (None, e) => {
                        whole = false;
                        e
                    }
                };
            }
            let exact = if whole { run.clone() } else { None };
            Info {
                required: better(best, usable(run)),
                exact,
            }
        }
        HirKind::Alternation(branches) => {
            let mut exact: Option<Vec<Literal>> = Some(Vec::new());
            let mut required: Option<Vec<Literal>> = Some(Vec::new());
            for branch in branches {
                let b = info(branch);
                let need = better(usable(b.exact.clone()), b.required);
                // Branches often require the same words (a list of agencies repeated): the
                // union is counted without its repeats.
                required = match (required, need) {
                    (Some(mut r), Some(n)) => {
                        r.extend(n);
                        Some(dedup(r)).filter(|r| r.len() <= MAX_SET)
                    }
                    _ => None,
                };
                exact = match (exact, b.exact) {
                    (Some(mut x), Some(e)) if x.len() + e.len() <= MAX_SET => {
                        x.extend(e);
                        Some(x)
                    }
                    _ => None,
                };
            }
            Info {
                exact: exact.map(dedup),
                required: required.map(dedup),
            }
        }
    }
}

/// A search for one pattern's required literals: a text with none of them cannot match the
/// pattern (for patterns outside the rule tables, such as the metadata's).
pub(crate) struct Finder {
    /// The literals searched as written, and those searched ignoring ASCII case.
    automata: Vec<aho_corasick::AhoCorasick>,
}

impl Finder {
    /// The finder for `pattern`; `None` when it requires no literal (or does not parse, or an
    /// automaton fails to build): then every text may match.
    pub(crate) fn of(pattern: &str) -> Option<Finder> {
        let set = required(&regex_syntax::parse(pattern).ok()?)?;
        let set: Vec<(&str, bool)> = set.iter().map(|(l, f)| (l.as_str(), *f)).collect();
        Finder::of_literals(&set)
    }

    /// The finder for a set of required literals (each with whether it is searched ignoring
    /// ASCII case), as [`required`] gives them; `None` if an automaton fails to build.
    pub(crate) fn of_literals(set: &[(&str, bool)]) -> Option<Finder> {
        let mut automata = Vec::new();
        for folded in [false, true] {
            let literals: Vec<&str> = set.iter().filter(|l| l.1 == folded).map(|l| l.0).collect();
            if literals.is_empty() {
                continue;
            }
            let ac = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .ascii_case_insensitive(folded)
                .build(&literals)
                .ok()?;
            automata.push(ac);
        }
        Some(Finder { automata })
    }

    /// Whether `text` holds one of the literals (else the pattern cannot match it).
    pub(crate) fn may_match(&self, text: &str) -> bool {
        self.automata.iter().any(|ac| ac.is_match(text))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn of(pattern: &str) -> Option<Vec<Literal>> {
        required(&regex_syntax::parse(pattern).ok()?)
    }

    fn lit(s: &str, folded: bool) -> Literal {
        (s.to_string(), folded)
    }

    #[test]
    fn literals_of_patterns() {
        assert_eq!(of(r"^foo\s+bar$"), Some(vec![lit("foo", false)]));
        assert_eq!(
            of(r"x(?:Reuters|AP)\)"),
            Some(vec![lit("xAP)", false), lit("xReuters)", false)])
        );
        // Folded case: one string searched ignoring ASCII case, the long s on its own.
        assert_eq!(of(r"^(?i:by)\s"), Some(vec![lit("by", true)]));
        let s = of(r"(?i:s)x").expect("a set");
        assert_eq!(s, vec![lit("sx", true), lit("ſx", true)]);
        // Nothing required.
        assert_eq!(of(r"^\d+$"), None);
        assert_eq!(of(r"a|\d"), None);
        assert_eq!(of(r"(?:abc)?\d"), None);
        assert_eq!(of(r"x*"), None);
        // An optional part still crosses: "re" or nothing before "published".
        let p = of(r"(?:re)?published").expect("a set");
        assert!(p.contains(&lit("published", false)));
    }

    #[test]
    fn finder_of_one_pattern() {
        let f = Finder::of(r"(?i)\b(jan|feb)[a-z]*\s+\d").expect("a finder");
        assert!(f.may_match("on 3 FEBRUARY"));
        assert!(!f.may_match("on 3 March"));
        assert!(Finder::of(r"\d+").is_none());
    }
}
