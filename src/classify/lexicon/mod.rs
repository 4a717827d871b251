//! Newsroom conventions as data: one table of typed rules per language (`ko.rs`, `en.rs`...,
//! `any.rs` for rules of every language).
//!
//! A [`Rule`] is data: its id (returned with the removal), the kind of removal it gives, its
//! language, where in a block it looks ([`Scope`]), whether the line it removes marks the end
//! of the story, and its origin: the convention it encodes, seen on more than one site.
//! Behaviour reads these fields, never the id. A language's rules run on pages of that
//! language (declared or detected) plus the `any` rules; a page whose language is unknown
//! runs every table. Each rule is compiled on the first text of a page of its language that
//! can start a match, into one regex per form it needs (the pattern cut to the text's script,
//! see [`build_cut`], or as written); the rules are tried in table order.

mod any;
mod de;
mod derived;
mod en;
mod engine;
mod es;
mod fr;
mod it;
mod ja;
mod ko;
pub(crate) mod literals;
mod pt;
mod ru;
mod starts;
mod zh;

use super::first_byte::{self, ByteSet};
use crate::article::RemovalKind;
use engine::Engine;
#[cfg(test)]
use regex_automata::meta::Regex;
use std::sync::OnceLock;

/// Where in a block a rule looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// The whole (short) block must match.
    Line,
    /// The start of a paragraph: the match is split off and the rest stays in the body
    /// (a wire dateline, a glued caption). The pattern starts with `^`.
    Prefix,
    /// A photo credit glued to the paragraph's first word ("▲ 사진=대구광역시대구시는 ..."):
    /// the pattern matches the label, and the credit runs to the end of an institution's name.
    Glued,
    /// The end of a paragraph, after a finished sentence (a glued reporter signature). The
    /// pattern ends with `$`.
    Suffix,
}

/// One typed rule.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Rule {
    /// Stable id, returned with the removal (`ko.credit.reporter`).
    pub id: &'static str,
    /// The kind of removal it gives.
    pub kind: RemovalKind,
    /// The language whose pages it runs on (`"any"` for all).
    pub lang: &'static str,
    /// Where in a block it looks.
    pub scope: Scope,
    /// Whether a line it removes marks the end of the story (a signature, a copyright notice,
    /// an end mark, a related-box header, a subscription call).
    pub ends_story: bool,
    /// Whether the convention is itself a sentence (a reprint notice, an imperative
    /// subscription call), so the rule may remove a line that reads as one when its match
    /// opens the line.
    pub sentence: bool,
    /// Whether a line it removes is a photo credit, so a short line just before it is the
    /// photo's caption.
    pub photo_credit: bool,
    /// The convention it encodes, seen on more than one site.
    pub origin: &'static str,
    /// The regular expression.
    pub pattern: &'static str,
}

impl Rule {
    const fn new(
        lang: &'static str,
        id: &'static str,
        kind: RemovalKind,
        scope: Scope,
        pattern: &'static str,
        origin: &'static str,
    ) -> Rule {
        Rule {
            id,
            kind,
            lang,
            scope,
            ends_story: false,
            sentence: false,
            photo_credit: false,
            origin,
            pattern,
        }
    }

    /// A rule that judges a whole short block.
    pub(crate) const fn line(
        lang: &'static str,
        id: &'static str,
        kind: RemovalKind,
        pattern: &'static str,
        origin: &'static str,
    ) -> Rule {
        Rule::new(lang, id, kind, Scope::Line, pattern, origin)
    }

    /// A rule that splits a match off the start of a paragraph.
    pub(crate) const fn prefix(
        lang: &'static str,
        id: &'static str,
        kind: RemovalKind,
        pattern: &'static str,
        origin: &'static str,
    ) -> Rule {
        Rule::new(lang, id, kind, Scope::Prefix, pattern, origin)
    }

    /// A rule that splits a credit glued to a paragraph's first word.
    pub(crate) const fn glued(
        lang: &'static str,
        id: &'static str,
        kind: RemovalKind,
        pattern: &'static str,
        origin: &'static str,
    ) -> Rule {
        Rule::new(lang, id, kind, Scope::Glued, pattern, origin)
    }

    /// A rule that splits a match off the end of a paragraph.
    pub(crate) const fn suffix(
        lang: &'static str,
        id: &'static str,
        kind: RemovalKind,
        pattern: &'static str,
        origin: &'static str,
    ) -> Rule {
        Rule::new(lang, id, kind, Scope::Suffix, pattern, origin)
    }

    /// The scope's name, for the rule table.
    pub(crate) fn scope_name(&self) -> &'static str {
        match self.scope {
            Scope::Line => "line",
            Scope::Prefix => "prefix",
            Scope::Glued => "glued",
            Scope::Suffix => "suffix",
        }
    }

    /// The same rule, marking the story's end.
    pub(crate) const fn ends_story(mut self) -> Rule {
        self.ends_story = true;
        self
    }

    /// The same rule, allowed to remove a line that reads as a sentence.
    pub(crate) const fn sentence(mut self) -> Rule {
        self.sentence = true;
        self
    }

    /// The same rule, naming a photo credit.
    pub(crate) const fn photo_credit(mut self) -> Rule {
        self.photo_credit = true;
        self
    }
}

/// Every table, Korean first; the `any` table last.
const TABLES: &[(&str, &[Rule])] = &[
    ("ko", ko::RULES),
    ("en", en::RULES),
    ("ja", ja::RULES),
    ("zh", zh::RULES),
    ("de", de::RULES),
    ("fr", fr::RULES),
    ("es", es::RULES),
    ("pt", pt::RULES),
    ("ru", ru::RULES),
    ("it", it::RULES),
    ("any", any::RULES),
];

/// Which tables run on a page: a bit per entry of [`TABLES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Langs(u32);

impl Langs {
    /// Every table (a page whose language is unknown).
    pub(crate) const ALL: Langs = Langs(u32::MAX);

    /// The tables for a page in `lang` (a BCP 47 tag such as `ko-KR`), plus the `any` table;
    /// every table when the language is unknown or has no table of its own.
    pub(crate) fn of(lang: Option<&str>) -> Langs {
        let Some(lang) = lang else {
            return Langs::ALL;
        };
        let primary = lang
            .split(['-', '_'])
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        let index = |code: &str| TABLES.iter().position(|(l, _)| *l == code);
        match (index(&primary), index("any")) {
            (Some(own), Some(any)) => Langs((1 << own) | (1 << any)),
            _ => Langs::ALL,
        }
    }

    fn has(self, table: usize) -> bool {
        table < 32 && self.0 & (1 << table) != 0
    }
}

/// Blocks longer than this (in characters) are never judged by `Line` rules.
pub(crate) const LINE_MAX_CHARS: usize = 160;

/// The longest block that a copyright rule judges when it opens with "©".
const NOTICE_MAX_CHARS: usize = 400;

/// One table's rules compiled, by scope, in table order.
struct Compiled {
    lines: Vec<(&'static Rule, Matcher)>,
    prefixes: Vec<(&'static Rule, Matcher)>,
    suffixes: Vec<(&'static Rule, Matcher)>,
    /// The literals each scope's rules require (`Line`, then `Prefix` and `Glued`, then
    /// `Suffix`), searched at most once per text and scope. One filter per scope: a long
    /// paragraph, which only the few prefix and suffix rules judge, is searched for their few
    /// literals (a packed search) rather than for every line rule's.
    filters: [Filter; 3],
}

impl Compiled {
    /// The rules of every scope that can match `text` (the three filters' union).
    #[cfg(test)]
    fn candidates(&self, text: &str) -> Rules {
        let [a, b, c] = self.filters.each_ref().map(|f| f.candidates(text).0);
        Rules(a | b | c)
    }
}

/// `rules` (one table's, of one scope) in order, each with whether `filter` passes it on
/// `text`: the rules whose matches cannot start with the text's first byte are left out first,
/// and the filter's literal search runs only when a rule is left to ask about (then once);
/// last, a rule the text does not open as its matches do ([`starts`]) is left out.
/// Neither step changes which rule matches first; both only skip work.
fn passing<'r>(
    rules: &'r [(&'static Rule, Matcher)],
    filter: &'r Filter,
    text: &'r str,
) -> impl Iterator<Item = &'r (&'static Rule, Matcher)> + 'r {
    let mut can: Option<Rules> = None;
    rules.iter().filter(move |(_, m)| {
        m.may_start(text)
            && can
                .get_or_insert_with(|| filter.candidates(text))
                .has(m.index)
            && m.opens(text)
    })
}

/// The most rules a table may hold (the bits of [`Rules`]).
const MAX_RULES: usize = 128;

/// A set of a table's rules, by their index in the table.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct Rules(u128);

impl Rules {
    const ALL: Rules = Rules(u128::MAX);

    fn one(index: usize) -> Rules {
        Rules(
            1u128
                .checked_shl(u32::try_from(index).unwrap_or(u32::MAX))
                .unwrap_or(0),
        )
    }

    /// Whether the set holds rule `index` (a rule past [`MAX_RULES`] is always held: the
    /// filter does not track it, so it always runs).
    fn has(self, index: usize) -> bool {
        index >= MAX_RULES || self.0 & Rules::one(index).0 != 0
    }
}

/// Which rules of a table a text can match, by the literals they require: a rule one of whose
/// required literals the text holds, or that requires none. A rule left out cannot match
/// (see [`literals`]), so skipping it changes no result; it also stays uncompiled.
struct Filter {
    /// The table's required literals searched as written, then those searched ignoring ASCII
    /// case, each automaton with the rules that require each of its literals. Empty when the
    /// filter passes every rule (`always` is then [`Rules::ALL`]).
    automata: Vec<(aho_corasick::AhoCorasick, Vec<Rules>)>,
    /// The rules that require no literal.
    always: Rules,
}

impl Filter {
    /// The filter for the rules of a table that `keep` selects (by index), given the literals
    /// each requires (`None` for a rule that requires none, or whose pattern does not parse: it
    /// always runs). A rule `keep` leaves out is never asked about.
    fn new(required: &[Option<Vec<literals::Literal>>], keep: impl Fn(usize) -> bool) -> Filter {
        let mut always = Rules::default();
        // [as written, ignoring ASCII case]: the literals and, for each, its rules.
        let mut sets: [(Vec<&str>, Vec<Rules>); 2] = Default::default();
        let mut seen: std::collections::HashMap<(&str, bool), usize> =
            std::collections::HashMap::new();
        for (i, set) in required.iter().enumerate().filter(|&(i, _)| keep(i)) {
            let bit = Rules::one(i);
            match set {
                Some(set) if i < MAX_RULES => {
                    for (literal, folded) in set {
                        let Some((literals, rules)) = sets.get_mut(usize::from(*folded)) else {
                            continue;
                        };
                        match seen.get(&(literal.as_str(), *folded)) {
                            Some(&k) => {
                                if let Some(r) = rules.get_mut(k) {
                                    r.0 |= bit.0;
                                }
                            }
                            None => {
                                seen.insert((literal, *folded), literals.len());
                                literals.push(literal);
                                rules.push(bit);
                            }
                        }
                    }
                }
                _ => always.0 |= bit.0,
            }
        }
        let mut automata = Vec::new();
        for (folded, (literals, rules)) in sets.into_iter().enumerate() {
            if literals.is_empty() {
                continue;
            }
            let built = aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .ascii_case_insensitive(folded == 1)
                .build(&literals);
            match built {
                Ok(ac) => automata.push((ac, rules)),
                Err(_) => {
                    return Filter {
                        automata: Vec::new(),
                        always: Rules::ALL,
                    }
                }
            }
        }
        Filter { automata, always }
    }

    /// The rules that can match `text`.
    fn candidates(&self, text: &str) -> Rules {
        let mut set = self.always;
        for (ac, rules) in &self.automata {
            for m in ac.find_overlapping_iter(text) {
                set.0 |= rules.get(m.pattern().as_usize()).map_or(u128::MAX, |r| r.0);
            }
        }
        set
    }
}

/// A rule's regex, compiled on the first text that reaches it, and the bytes its matches can
/// start with when the pattern says (a line that starts with another byte skips the search,
/// and a rule no line of the page can start stays uncompiled).
struct Matcher {
    pattern: &'static str,
    regex: OnceLock<Option<Engine>>,
    /// The pattern's [`build_cut`] forms, one per set of [`CUTS`]; each serves the texts
    /// [`cut_of`] gives it.
    cuts: [OnceLock<Option<Engine>>; CUTS.len()],
    first: Option<ByteSet>,
    /// The openings every match starts with (see [`starts`]), when the pattern says.
    starts: Option<starts::Openings>,
    /// The rule's index in its table (its bit in the table's [`Filter`]).
    index: usize,
}

impl Matcher {
    #[cfg(test)]
    fn new(pattern: &'static str) -> Matcher {
        let hir = regex_syntax::parse(pattern).ok();
        Matcher::parsed(pattern, hir.as_ref())
    }

    /// The matcher of a pattern already parsed (`None` if it does not parse).
    #[cfg(test)]
    fn parsed(pattern: &'static str, hir: Option<&regex_syntax::hir::Hir>) -> Matcher {
        let mut m = Matcher::with_first(pattern, hir.and_then(first_byte::of_hir));
        m.starts = hir.and_then(starts::of_hir).map(starts::leak);
        m
    }

    /// The matcher of a pattern whose matches start with a byte of `first` (any byte when
    /// `None`).
    fn with_first(pattern: &'static str, first: Option<ByteSet>) -> Matcher {
        Matcher {
            pattern,
            regex: OnceLock::new(),
            cuts: [const { OnceLock::new() }; CUTS.len()],
            first,
            starts: None,
            index: 0,
        }
    }

    /// The compiled regex (`None` if the pattern does not compile, which the tests rule out:
    /// such a rule matches nothing).
    fn regex(&self) -> Option<&Engine> {
        self.regex
            .get_or_init(|| engine(self.pattern, None))
            .as_ref()
    }

    /// The compiled form that matches `text` exactly as the pattern does: the smaller
    /// [`build_cut`] form for the first set of [`CUTS`] that holds every character of `text`,
    /// else the pattern as written (`None` as for [`Matcher::regex`]).
    fn regex_for(&self, text: &str) -> Option<&Engine> {
        match cut_of(text).and_then(|i| Some((i, self.cuts.get(i)?))) {
            Some((i, cell)) => cell.get_or_init(|| engine(self.pattern, Some(i))).as_ref(),
            None => self.regex(),
        }
    }

    fn is_match(&self, text: &str) -> bool {
        self.may_start(text) && self.regex_for(text).is_some_and(|re| re.is_match(text))
    }

    fn find<'t>(&self, text: &'t str) -> Option<Found<'t>> {
        if !self.may_start(text) {
            return None;
        }
        let (start, end) = self.regex_for(text)?.find(text)?;
        Some(Found { text, start, end })
    }

    /// Whether a match can start with `text`'s first byte.
    fn may_start(&self, text: &str) -> bool {
        match (&self.first, text.as_bytes().first()) {
            (None, _) => true,
            (Some(set), Some(&b)) => set.contains(b),
            (Some(_), None) => false,
        }
    }

    /// Whether `text` opens with one of the rule's openings (true when it has none).
    fn opens(&self, text: &str) -> bool {
        self.starts.is_none_or(|o| starts::admits(o, text))
    }
}

/// A rule's match in a text.
struct Found<'t> {
    text: &'t str,
    start: usize,
    end: usize,
}

impl<'t> Found<'t> {
    fn start(&self) -> usize {
        self.start
    }

    fn end(&self) -> usize {
        self.end
    }

    /// The matched text (empty if the bounds fall outside `text`, which a match's do not).
    fn as_str(&self) -> &'t str {
        self.text.get(self.start..self.end).unwrap_or_default()
    }
}

/// The most heap a rule's compiled automata (its NFAs) may take: the largest rule needs about
/// a tenth of it (`cargo run --release --example regex_memory`). A limit only refuses to
/// compile, it never changes what a pattern matches, and `every_pattern_compiles` fails on a
/// pattern that grows past it.
const NFA_SIZE_LIMIT: usize = 2 << 20;

/// The most heap each rule's lazy DFA may fill per thread before it starts over (regex's
/// default is 2 MB). Rules judge lines of at most a few hundred characters, which visit few
/// states; the cache grows only as states are visited, so this bounds the worst case. The
/// largest rule needs 256 KB for the lazy DFA to be used at all (below that regex falls back
/// to a slower engine, with the same matches): `rule_automata_stay_small` checks the room.
const DFA_SIZE_LIMIT: usize = 512 << 10;

/// A rule's pattern compiled with the limits above (`None` if it does not compile, which the
/// tests rule out).
///
/// regex-automata's meta regex as `regex` builds it (leftmost-first, Unicode, UTF-8), less
/// what our use does not need: only the whole match is read (no capture groups, so no one-pass
/// DFA or backtracker for them), and the rule's own literal filter runs before it (no literal
/// prefilter of its own). Building those parts was most of the literal extraction a cold
/// `extract` spent; none of them changes a match.
#[cfg(test)]
pub(crate) fn build(pattern: &str) -> Option<Regex> {
    builder().build(pattern).ok()
}

/// A rule's pattern compiled into its [`Engine`] with the limits above, as written or (with
/// `cut`) in the [`build_cut`] form (`None` if it does not compile, which the tests rule out).
fn engine(pattern: &str, cut: Option<usize>) -> Option<Engine> {
    let hir = regex_syntax::parse(pattern).ok()?;
    let hir = match cut {
        Some(cut) => restrict(hir, CUTS.get(cut)?),
        None => hir,
    };
    Engine::new(hir, NFA_SIZE_LIMIT, DFA_SIZE_LIMIT)
}

/// The builder [`build`] and [`build_cut`] compile with.
fn builder() -> regex_automata::meta::Builder {
    use regex_automata::{meta, nfa::thompson::WhichCaptures};
    let mut builder = meta::Regex::builder();
    builder.configure(
        meta::Config::new()
            .nfa_size_limit(Some(NFA_SIZE_LIMIT))
            .hybrid_cache_capacity(DFA_SIZE_LIMIT)
            .which_captures(WhichCaptures::Implicit)
            .auto_prefilter(false)
            .onepass(false)
            .backtrack(false),
    );
    builder
}

/// The characters of Latin-script text: Latin-1 and Latin Extended-A and -B (U+0000 to
/// U+024F), the General Punctuation, super- and subscript and currency blocks (U+2000 to
/// U+20CF: curly quotes, dashes, the euro sign), and the Kelvin and Ångström signs (which
/// `(?i)` adds to `k` and `å`: with them a case-folded letter's class is left whole).
const LATIN: [(char, char); 3] = [
    ('\0', '\u{24F}'),
    ('\u{2000}', '\u{20CF}'),
    ('\u{212A}', '\u{212B}'),
];

/// Korean, Chinese and Japanese text: [`LATIN`] and the Hangul Jamo (U+1100 to U+11FF),
/// the symbol blocks from letterlike symbols to miscellaneous symbols and arrows (U+2100 to
/// U+2BFF: `▲`, `■`, `☞`, `→`), CJK symbols and punctuation, kana, Hangul compatibility jamo and
/// enclosed CJK (U+3000 to U+33FF), the CJK unified ideographs (U+4E00 to U+9FFF), the Hangul
/// syllables (U+AC00 to U+D7AF) and the half- and full-width forms (U+FF00 to U+FFEF).
const EAST_ASIAN: [(char, char); 8] = [
    ('\0', '\u{24F}'),
    ('\u{1100}', '\u{11FF}'),
    ('\u{2000}', '\u{20CF}'),
    ('\u{2100}', '\u{2BFF}'),
    ('\u{3000}', '\u{33FF}'),
    ('\u{4E00}', '\u{9FFF}'),
    ('\u{AC00}', '\u{D7AF}'),
    ('\u{FF00}', '\u{FFEF}'),
];

/// The character sets a rule is cut to ([`build_cut`]), smallest first.
const CUTS: [&[(char, char)]; 2] = [&LATIN, &EAST_ASIAN];

/// The first set of [`CUTS`] that holds every character of `text` (`None`: none does).
pub(crate) fn cut_of(text: &str) -> Option<usize> {
    if text.is_ascii() {
        return Some(0);
    }
    let within = |set: &[(char, char)], c: char| set.iter().any(|&(lo, hi)| lo <= c && c <= hi);
    let mut cut = 0;
    for c in text.chars() {
        while !within(CUTS.get(cut)?, c) {
            cut += 1;
        }
    }
    Some(cut)
}

/// A rule's pattern compiled as [`build`] does, with every character class cut to the
/// characters of set `cut` of [`CUTS`] (`None` if it does not compile, or there is no such
/// set).
///
/// On a text all of whose characters lie in the set it finds exactly the matches of the
/// pattern as written: a match consumes only the text's characters, and a cut class holds
/// each of them exactly when the whole class does (literals and assertions are unchanged).
/// Its automata are a fraction of the size: `\p{L}` and `\p{Lu}` are hundreds of ranges
/// across every script, compiled into UTF-8 automata, and most of a cold start's rule
/// compiles (callgrind, the English and `any` rules all compiled: 90 M instructions as
/// written, 38 M cut to [`LATIN`]).
#[cfg(test)]
pub(crate) fn build_cut(pattern: &str, cut: usize) -> Option<Regex> {
    let set = CUTS.get(cut)?;
    let hir = regex_syntax::parse(pattern).ok()?;
    builder().build_from_hir(&restrict(hir, set)).ok()
}

/// `hir` with every Unicode class cut to `set`.
fn restrict(hir: regex_syntax::hir::Hir, set: &[(char, char)]) -> regex_syntax::hir::Hir {
    cut(&hir, set).unwrap_or(hir)
}

/// `hir` with every Unicode class cut to `set`, or `None` when no class reaches past it (the
/// part stays as parsed). One walk over the tree: a part is rebuilt only when something in it
/// is cut, and its other parts are copied.
fn cut(hir: &regex_syntax::hir::Hir, set: &[(char, char)]) -> Option<regex_syntax::hir::Hir> {
    use regex_syntax::hir::{
        Capture, Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Repetition,
    };
    let within = |lo: char, hi: char| set.iter().any(|&(a, b)| a <= lo && hi <= b);
    // The parts of `subs` cut, or `None` when none is.
    let parts = |subs: &[Hir]| -> Option<Vec<Hir>> {
        let cuts: Vec<Option<Hir>> = subs.iter().map(|h| cut(h, set)).collect();
        if cuts.iter().all(Option::is_none) {
            return None;
        }
        Some(
            cuts.into_iter()
                .zip(subs)
                .map(|(c, h)| c.unwrap_or_else(|| h.clone()))
                .collect(),
        )
    };
    match hir.kind() {
        HirKind::Class(Class::Unicode(class)) => {
            if class.iter().all(|r| within(r.start(), r.end())) {
                return None;
            }
            let mut ranges = Vec::new();
            for r in class.iter() {
                for &(lo, hi) in set {
                    let (start, end) = (r.start().max(lo), r.end().min(hi));
                    if start <= end {
                        ranges.push(ClassUnicodeRange::new(start, end));
                    }
                }
            }
            Some(Hir::class(Class::Unicode(ClassUnicode::new(ranges))))
        }
        HirKind::Repetition(rep) => {
            let sub = cut(&rep.sub, set)?;
            Some(Hir::repetition(Repetition {
                min: rep.min,
                max: rep.max,
                greedy: rep.greedy,
                sub: Box::new(sub),
            }))
        }
        HirKind::Capture(cap) => {
            let sub = cut(&cap.sub, set)?;
            Some(Hir::capture(Capture {
                index: cap.index,
                name: cap.name.clone(),
                sub: Box::new(sub),
            }))
        }
        HirKind::Concat(subs) => parts(subs).map(Hir::concat),
        HirKind::Alternation(subs) => parts(subs).map(Hir::alternation),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) | HirKind::Look(_) => None,
    }
}

/// The rules of table `t` of [`TABLES`], set up on the first page that runs that table (a
/// Korean page never pays for the German rules' automata), each rule's regex compiled on the
/// first text that can start a match of it. One regex per rule, tried
/// in table order: the first match wins, and each search runs on the lazy DFA (a RegexSet's
/// overlapping search falls back to a slower engine).
fn compiled(t: usize) -> Option<&'static Compiled> {
    static COMPILED: [OnceLock<Compiled>; TABLES.len()] = [const { OnceLock::new() }; TABLES.len()];
    let (_, rules) = TABLES.get(t)?;
    let cell = COMPILED.get(t)?;
    Some(cell.get_or_init(|| {
        // Every pattern is a constant; `every_pattern_compiles` fails on one that does not.
        // The bytes each rule's matches start with and the literals they contain are the
        // constants of `derived` (a test holds them to the patterns); a rule that has none
        // there (which that test rules out) is parsed for them. A rule's index in the table
        // is its bit in the filter.
        let table = derived::DERIVED
            .get(t)
            .filter(|table| table.len() == rules.len());
        // (A rule missing there goes without openings: they only save work.)
        type Facts = (
            Option<Vec<literals::Literal>>,
            Option<ByteSet>,
            Option<starts::Openings>,
        );
        let derived: Vec<Facts> = rules
            .iter()
            .enumerate()
            .map(|(i, r)| match table.and_then(|table| table.get(i)) {
                Some(d) => (
                    d.literals
                        .map(|set| set.iter().map(|&(l, f)| (l.to_string(), f)).collect()),
                    d.first.map(ByteSet::from_words),
                    d.starts,
                ),
                _ => {
                    let hir = regex_syntax::parse(r.pattern).ok();
                    (
                        hir.as_ref().and_then(literals::required),
                        hir.as_ref().and_then(first_byte::of_hir),
                        None,
                    )
                }
            })
            .collect();
        let required: Vec<Option<Vec<literals::Literal>>> =
            derived.iter().map(|(l, _, _)| l.clone()).collect();
        let of = |scopes: &[Scope]| -> Vec<(&'static Rule, Matcher)> {
            rules
                .iter()
                .zip(&derived)
                .enumerate()
                .filter(|(_, (r, _))| scopes.contains(&r.scope))
                .map(|(i, (r, (_, first, starts)))| {
                    let mut m = Matcher::with_first(r.pattern, *first);
                    m.starts = *starts;
                    m.index = i;
                    (r, m)
                })
                .collect()
        };
        let filter = |scopes: &[Scope]| {
            Filter::new(&required, |i| {
                rules.get(i).is_some_and(|r| scopes.contains(&r.scope))
            })
        };
        Compiled {
            lines: of(&[Scope::Line]),
            prefixes: of(&[Scope::Prefix, Scope::Glued]),
            suffixes: of(&[Scope::Suffix]),
            filters: [
                filter(&[Scope::Line]),
                filter(&[Scope::Prefix, Scope::Glued]),
                filter(&[Scope::Suffix]),
            ],
        }
    }))
}

/// The compiled tables a page runs, in table order (each compiled on first use).
fn tables(langs: Langs) -> impl Iterator<Item = &'static Compiled> {
    (0..TABLES.len())
        .filter(move |&t| langs.has(t))
        .filter_map(compiled)
}

/// Every rule of every table, in table order (for the docs and the rule report).
pub(crate) fn all_rules() -> impl Iterator<Item = &'static Rule> {
    TABLES.iter().flat_map(|(_, rules)| rules.iter())
}

/// A `Line` rule's match on a block.
#[derive(Debug, Clone, Copy)]
pub(crate) struct LineMatch {
    /// The rule.
    pub rule: &'static Rule,
    /// Whether the match opens the block.
    pub opens: bool,
}

/// The first `Line` rule (in table order, of the page's languages) that judges this whole
/// block.
#[cfg(test)]
pub(crate) fn judge_line(text: &str, langs: Langs) -> Option<&'static Rule> {
    judge_line_at(text, langs).map(|m| m.rule)
}

/// Like [`judge_line`], with where the match starts.
pub(crate) fn judge_line_at(text: &str, langs: Langs) -> Option<LineMatch> {
    let chars = text.chars().count();
    // A notice that opens with "©" is one however many sentences it runs to ("© 2022, Site.
    // All rights reserved. This article may not be reproduced ...").
    let notice = chars <= NOTICE_MAX_CHARS && text.trim_start().starts_with('©');
    if chars > LINE_MAX_CHARS && !notice {
        return None;
    }
    tables(langs)
        .flat_map(|table| {
            let [lines, _, _] = &table.filters;
            passing(&table.lines, lines, text)
        })
        .filter(|(rule, _)| chars <= LINE_MAX_CHARS || rule.kind == RemovalKind::Copyright)
        .find(|(_, re)| re.is_match(text))
        .map(|(rule, re)| {
            let lead = text.len() - text.trim_start().len();
            let opens = re.find(text).is_some_and(|m| m.start() <= lead);
            LineMatch { rule, opens }
        })
}

/// A piece split off the start or the end of a paragraph.
#[derive(Debug, Clone)]
pub(crate) struct Split {
    /// The rule that matched.
    pub rule: &'static Rule,
    /// The text returned as the removal.
    pub removed: String,
    /// What stays in the body.
    pub rest: String,
}

/// The first prefix rule that splits something off the start of a paragraph.
pub(crate) fn judge_prefix(text: &str, langs: Langs) -> Option<Split> {
    let rules = tables(langs).flat_map(|table| {
        let [_, prefixes, _] = &table.filters;
        passing(&table.prefixes, prefixes, text)
    });
    for (rule, re) in rules {
        let Some(m) = re.find(text) else {
            continue;
        };
        let matched = m.as_str();
        let after = text.get(m.end()..).unwrap_or_default();
        if rule.scope == Scope::Glued {
            if let Some(split) = split_glued_credit(rule, matched, after) {
                return Some(split);
            }
            continue;
        }
        let rest = after.trim_start();
        if rest.chars().count() < 2 {
            continue;
        }
        let removed = if rule.kind == RemovalKind::Caption {
            clean_caption(matched)
        } else {
            matched.trim().to_string()
        };
        return Some(Split {
            rule,
            removed,
            rest: rest.to_string(),
        });
    }
    None
}

/// "▲ 사진=대구광역시대구시는 ...": the credit runs to the end of an institution's name.
fn split_glued_credit(rule: &'static Rule, label: &str, after: &str) -> Option<Split> {
    let token_end = after.find(char::is_whitespace).unwrap_or(after.len());
    let token = after.get(..token_end).unwrap_or_default();
    let cut = glued_credit_end(token, token_end < after.len())?;
    let credit = after.get(..cut).unwrap_or_default();
    let rest = after.get(cut..).unwrap_or_default().trim_start();
    if rest.is_empty() {
        return None;
    }
    let label: String = label
        .trim_start_matches('▲')
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    Some(Split {
        rule,
        removed: format!("{label}{credit}"),
        rest: rest.to_string(),
    })
}

/// The first suffix rule that splits something off the end of a paragraph; the paragraph
/// must end a sentence before the suffix.
pub(crate) fn judge_suffix(text: &str, langs: Langs) -> Option<Split> {
    let rules = tables(langs).flat_map(|table| {
        let [_, _, suffixes] = &table.filters;
        passing(&table.suffixes, suffixes, text)
    });
    for (rule, re) in rules {
        let Some(m) = re.find(text) else {
            continue;
        };
        let rest = text.get(..m.start()).unwrap_or_default().trim_end();
        let finished = rest.ends_with(['.', '!', '?', '"', '”', '’', '\'', '。', ')', '）']);
        if !finished || rest.chars().count() < 10 {
            continue;
        }
        let removed = if rule.kind == RemovalKind::Caption {
            clean_caption(m.as_str())
        } else {
            m.as_str().trim().to_string()
        };
        return Some(Split {
            rule,
            removed,
            rest: rest.to_string(),
        });
    }
    None
}

/// "(사진=연합뉴스)" → "사진=연합뉴스".
fn clean_caption(s: &str) -> String {
    s.trim()
        .trim_start_matches(['▲', ' '])
        .trim_matches(|c| matches!(c, '(' | ')' | '[' | ']' | ' '))
        .replace(" = ", "=")
}

/// Where the name of an institution or agency ends in a glued run such as "대구광역시대구시는":
/// the split whose left part ends with the longest known suffix (광역시 beats 시). When the
/// token is followed by a space, the whole token is a candidate too ("사진=대구광역시 대구시는").
fn glued_credit_end(token: &str, spaced: bool) -> Option<usize> {
    const SUFFIXES: &[&str] = &[
        "특별자치도",
        "특별자치시",
        "특별시",
        "광역시",
        "교육청",
        "경찰청",
        "소방본부",
        "연합뉴스",
        "뉴시스",
        "뉴스1",
        "뉴스핌",
        "시청",
        "군청",
        "구청",
        "도청",
        "제공",
        "통신",
        "일보",
        "신문",
        "뉴스",
        "방송",
        "기자",
        "공사",
        "공단",
        "재단",
        "협회",
        "위원회",
        "연구원",
        "대학교",
        "병원",
        "센터",
        "본부",
        "DB",
        "시",
        "군",
        "구",
        "도",
        "청",
        "부",
        "처",
        "원",
    ];
    let mut best: Option<(usize, usize)> = None;
    // Only the first 16 characters can end a name (linear in the token, not quadratic).
    let total = token.chars().count();
    let whole = (spaced && total <= 15).then_some((token.len(), total));
    let cuts = token
        .char_indices()
        .enumerate()
        .skip(2)
        .take(14)
        .map(|(n, (i, _))| (i, n))
        .chain(whole);
    for (cut, left_chars) in cuts {
        let left = token.get(..cut)?;
        let right_chars = total - left_chars;
        if right_chars < 2 && cut != token.len() {
            continue;
        }
        let score = SUFFIXES
            .iter()
            .filter(|s| left.ends_with(*s))
            .map(|s| s.chars().count())
            .max()
            .unwrap_or(0);
        if score > 0 && best.is_none_or(|(s, _)| score > s) {
            best = Some((score, cut));
        }
    }
    best.map(|(_, cut)| cut)
}

#[cfg(test)]
mod tests;
