//! A rule's compiled form. A rule every match of which starts at the start of the text (`^`)
//! is searched by a forward lazy DFA alone, anchored there: the search gives the end of the
//! leftmost-first match, and its start is the text's start. regex-automata's meta regex also
//! compiles the pattern's reverse NFA (to find where a match starts) and a second lazy DFA
//! over it, about as much work again as the forward one; an anchored rule never needs them.
//! Any other rule, or one whose forward DFA does not build, is a meta regex (see
//! [`super::build`]).
//!
//! The forward DFA finds the same matches: the meta regex runs this same lazy DFA over the
//! same NFA for the match's end, leftmost-first (`every_engine_finds_what_regex_finds` holds
//! both to `regex` on our corpus). A search the DFA cannot finish (it quits only on a Unicode
//! word boundary, which such rules do not use: they are left to the meta regex) falls back to
//! the meta regex, built then.

use regex_automata::hybrid::dfa::{Cache, DFA};
use regex_automata::meta::Regex;
use regex_automata::nfa::thompson::{self, WhichCaptures};
use regex_automata::util::pool::Pool;
use regex_automata::{Anchored, Input};
use regex_syntax::hir::{Hir, Look};
use std::sync::OnceLock;

/// A function that makes a search cache for one thread.
type MakeCache = Box<dyn Fn() -> Cache + Send + Sync>;

/// An anchored rule's forward lazy DFA, its caches (one per thread searching at once), and the
/// pattern for the meta regex should a search fail.
pub(crate) struct Forward {
    dfa: DFA,
    caches: Pool<Cache, MakeCache>,
    hir: Hir,
    fallback: OnceLock<Option<Regex>>,
}

/// A compiled rule.
pub(crate) enum Engine {
    /// Every match starts at the text's start.
    Anchored(Box<Forward>),
    /// Any other rule.
    Meta(Regex),
}

impl Engine {
    /// `hir` compiled with the NFA and cache limits given (`None` if it does not compile).
    pub(crate) fn new(hir: Hir, nfa_limit: usize, cache: usize) -> Option<Engine> {
        let props = hir.properties();
        let anchored = props.look_set_prefix().contains(Look::Start)
            && !props.look_set().contains_word_unicode();
        if anchored {
            if let Some(dfa) = forward(&hir, nfa_limit, cache) {
                let make = dfa.clone();
                let caches: Pool<Cache, MakeCache> =
                    Pool::new(Box::new(move || make.create_cache()));
                return Some(Engine::Anchored(Box::new(Forward {
                    dfa,
                    caches,
                    hir,
                    fallback: OnceLock::new(),
                })));
            }
        }
        super::builder().build_from_hir(&hir).ok().map(Engine::Meta)
    }

    /// Whether the pattern matches somewhere in `text`.
    pub(crate) fn is_match(&self, text: &str) -> bool {
        match self {
            Engine::Meta(re) => re.is_match(text),
            Engine::Anchored(f) => match f.end(text, true) {
                Ok(end) => end.is_some(),
                Err(re) => re.is_some_and(|re| re.is_match(text)),
            },
        }
    }

    /// The first match's start and end in `text`.
    pub(crate) fn find(&self, text: &str) -> Option<(usize, usize)> {
        match self {
            Engine::Meta(re) => re.find(text).map(|m| (m.start(), m.end())),
            Engine::Anchored(f) => match f.end(text, false) {
                Ok(end) => end.map(|end| (0, end)),
                Err(re) => re?.find(text).map(|m| (m.start(), m.end())),
            },
        }
    }
}

impl Forward {
    /// The end of the leftmost-first match from the start of `text` (any match's, when
    /// `earliest`); `Err` with the meta regex when the DFA cannot say.
    fn end(&self, text: &str, earliest: bool) -> Result<Option<usize>, Option<&Regex>> {
        let input = Input::new(text).anchored(Anchored::Yes).earliest(earliest);
        let mut cache = self.caches.get();
        match self.dfa.try_search_fwd(&mut cache, &input) {
            Ok(m) => Ok(m.map(|m| m.offset())),
            Err(_) => Err(self
                .fallback
                .get_or_init(|| super::builder().build_from_hir(&self.hir).ok())
                .as_ref()),
        }
    }
}

/// The forward lazy DFA of `hir`, over an NFA without capture groups.
fn forward(hir: &Hir, nfa_limit: usize, cache: usize) -> Option<DFA> {
    let nfa = thompson::Compiler::new()
        .configure(
            thompson::Config::new()
                .nfa_size_limit(Some(nfa_limit))
                .which_captures(WhichCaptures::None),
        )
        .build_from_hir(hir)
        .ok()?;
    DFA::builder()
        .configure(DFA::config().cache_capacity(cache))
        .build_from_nfa(nfa)
        .ok()
}
