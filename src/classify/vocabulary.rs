//! A story's vocabulary, to tell text that continues the story from other stories' teasers.
//!
//! Script-aware terms: for Hangul, the stem of each word of three or more syllables (its first
//! two syllables: particles and endings come last); for Han, character bigrams (Kana, being
//! mostly grammar, is left out); for other scripts, lower-cased words of five or more letters
//! that are not among the commonest function words. A block continues the story when a good
//! share of its distinct terms occur in the story before it.

use std::collections::HashSet;

/// The distinct terms of some text, hashed.
#[derive(Debug, Default, Clone)]
pub(crate) struct Vocabulary {
    terms: HashSet<u64>,
}

/// Share of a block's distinct terms found in the story above which the block continues it.
const CONTINUES: f32 = 0.3;

/// Share of a text's distinct terms found in the story under which the text is on another
/// topic.
const FOREIGN: f32 = 0.1;

/// Fewest distinct terms a block must have to be judged (a shorter one never continues).
const MIN_TERMS: usize = 4;

impl Vocabulary {
    /// The vocabulary of these texts.
    pub(crate) fn of<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut terms = HashSet::new();
        for text in texts {
            each_term(text, |t| {
                terms.insert(t);
            });
        }
        Vocabulary { terms }
    }

    /// The share of `text`'s distinct terms that occur in this vocabulary, and how many
    /// distinct terms it has.
    pub(crate) fn overlap(&self, text: &str) -> (f32, usize) {
        let mut own = HashSet::new();
        each_term(text, |t| {
            own.insert(t);
        });
        if own.is_empty() {
            return (0.0, 0);
        }
        let shared = own.iter().filter(|t| self.terms.contains(t)).count();
        (shared as f32 / own.len() as f32, own.len())
    }

    /// Whether `text` is plainly on another topic: it has enough terms to tell, and almost
    /// none of them occur in this vocabulary.
    pub(crate) fn is_foreign(&self, text: &str) -> bool {
        let (share, n) = self.overlap(text);
        n >= MIN_TERMS + 2 && share < FOREIGN
    }

    /// Whether `text` continues the story this vocabulary was taken from.
    pub(crate) fn continues(&self, text: &str) -> bool {
        let (share, n) = self.overlap(text);
        n >= MIN_TERMS && share >= CONTINUES
    }
}

/// The commonest function words of five letters or more (English, German, French, Spanish,
/// Portuguese, Italian), which say nothing of a story's topic.
const COMMON: &[&str] = &[
    "about",
    "after",
    "again",
    "being",
    "could",
    "every",
    "first",
    "other",
    "their",
    "there",
    "these",
    "those",
    "under",
    "where",
    "which",
    "while",
    "would",
    "still",
    "since",
    "before",
    "between",
    "through",
    "should",
    "another",
    "because",
    "during",
    "people",
    "years",
    "according",
    "weitere",
    "einem",
    "einen",
    "einer",
    "eines",
    "nicht",
    "werden",
    "wurde",
    "wurden",
    "sein",
    "seine",
    "haben",
    "hatte",
    "durch",
    "sowie",
    "schon",
    "diese",
    "dieser",
    "dieses",
    "unter",
    "nach",
    "aussi",
    "avait",
    "avoir",
    "cette",
    "comme",
    "depuis",
    "elles",
    "entre",
    "leurs",
    "selon",
    "votre",
    "encore",
    "toute",
    "toutes",
    "ainsi",
    "después",
    "desde",
    "entre",
    "están",
    "había",
    "hasta",
    "sobre",
    "todos",
    "también",
    "porque",
    "donde",
    "mientras",
    "ainda",
    "sobre",
    "foram",
    "quando",
    "pelos",
    "estão",
    "anche",
    "della",
    "delle",
    "degli",
    "sono",
    "questo",
    "questa",
    "dopo",
    "molto",
    "perché",
];

/// Whether `lower` is one of [`COMMON`]: a binary search of the list sorted once (a linear
/// scan of it, per word of every story, was a tenth of a long page's extraction).
fn is_common(lower: &str) -> bool {
    static SORTED: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
    SORTED
        .get_or_init(|| {
            let mut v = COMMON.to_vec();
            v.sort_unstable();
            v.dedup();
            v
        })
        .binary_search(&lower)
        .is_ok()
}

/// Whether a word whose [`hash_str`] is `h` may be one of [`COMMON`]: the common words' hashes,
/// sorted once. Equal words hash alike, so a hash not among them rules the word out, and
/// [`is_common`] compares the strings only for the rest.
fn may_be_common(h: u64) -> bool {
    static HASHES: std::sync::OnceLock<Vec<u64>> = std::sync::OnceLock::new();
    HASHES
        .get_or_init(|| {
            let mut v: Vec<u64> = COMMON.iter().map(|w| hash_str(w)).collect();
            v.sort_unstable();
            v.dedup();
            v
        })
        .binary_search(&h)
        .is_ok()
}

/// The stems of the commonest Korean news verbs and adverbs (said, explained, through, this
/// time, last, plan...), which say nothing of a story's topic.
const COMMON_KO: &[[char; 2]] = &[
    ['밝', '혔'],
    ['말', '했'],
    ['설', '명'],
    ['강', '조'],
    ['전', '했'],
    ['덧', '붙'],
    ['위', '해'],
    ['대', '해'],
    ['통', '해'],
    ['따', '라'],
    ['이', '번'],
    ['지', '난'],
    ['오', '는'],
    ['이', '날'],
    ['또', '한'],
    ['하', '지'],
    ['예', '정'],
    ['계', '획'],
    ['진', '행'],
    ['관', '련'],
    ['있', '다'],
    ['있', '는'],
    ['했', '다'],
    ['한', '다'],
    ['했', '고'],
    ['했', '으'],
    ['있', '을'],
    ['없', '다'],
    ['됐', '다'],
    ['된', '다'],
];

/// Calls `f` with the hash of each term of `text`.
fn each_term(text: &str, mut f: impl FnMut(u64)) {
    let mut ascii = String::new();
    let mut owned;
    for word in text.split(|c: char| !c.is_alphanumeric()) {
        if word.is_empty() {
            continue;
        }
        let first = word.chars().next().unwrap_or(' ');
        if is_hangul(first) {
            // The stem: the first two syllables of a word of three or more.
            let mut syllables = word.chars().filter(|&c| is_hangul(c));
            if word.chars().count() >= 3 {
                if let (Some(a), Some(b)) = (syllables.next(), syllables.next()) {
                    if !COMMON_KO.contains(&[a, b]) {
                        f(hash2(a, b));
                    }
                }
            }
            continue;
        }
        if is_han(first) || word.chars().any(is_han) {
            let mut prev: Option<char> = None;
            for c in word.chars() {
                if is_han(c) {
                    if let Some(p) = prev {
                        f(hash2(p, c));
                    }
                    prev = Some(c);
                } else {
                    prev = None;
                }
            }
            continue;
        }
        if word.chars().count() >= 5 && word.chars().all(char::is_alphabetic) {
            // An ASCII word lower-cases byte by byte (what `to_lowercase` gives it), in a
            // buffer reused from word to word.
            let lower: &str = if word.is_ascii() {
                ascii.clear();
                ascii.push_str(word);
                ascii.make_ascii_lowercase();
                &ascii
            } else {
                owned = word.to_lowercase();
                &owned
            };
            let h = hash_str(lower);
            if !(may_be_common(h) && is_common(lower)) {
                f(h);
            }
        }
    }
}

fn is_hangul(c: char) -> bool {
    ('\u{AC00}'..='\u{D7A3}').contains(&c)
}

fn is_han(c: char) -> bool {
    ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3400}'..='\u{4DBF}').contains(&c)
}

/// FNV-1a over the characters' code points.
fn hash2(a: char, b: char) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for c in [a, b] {
        h ^= u64::from(c);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn hash_str(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ 1;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_common_word_search_is_the_list() {
        for w in COMMON {
            assert!(is_common(w) && may_be_common(hash_str(w)), "{w}");
        }
        assert!(!may_be_common(hash_str("harbour")));
        for w in [
            "abou",
            "aboutt",
            "zzzzz",
            "according2",
            "",
            "Because",
            "perche",
        ] {
            assert_eq!(is_common(w), COMMON.contains(&w), "{w}");
        }
    }

    #[test]
    fn ascii_and_other_words_are_lower_cased_alike() {
        // "ABOUT" is a common word in any case; "ΣΟΦΙΑΣ" lower-cases with a final sigma.
        let mut terms = Vec::new();
        each_term("ABOUT Harbour HARBOUR ΣΟΦΙΑΣ σοφιας", |t| {
            terms.push(t)
        });
        assert_eq!(
            terms,
            [
                hash_str("harbour"),
                hash_str("harbour"),
                hash_str(&"ΣΟΦΙΑΣ".to_lowercase()),
                hash_str("σοφιας"),
            ]
        );
        assert_eq!("ΣΟΦΙΑΣ".to_lowercase(), "σοφιας");
    }

    #[test]
    fn a_paragraph_of_the_same_story_continues_it() {
        let story = Vocabulary::of([
            "The council voted on Monday to close the harbour bridge for repairs this summer.",
            "Engineers found cracks in two of the bridge's supports, the council's report said.",
        ]);
        assert!(story.continues(
            "Repairs to the bridge supports will cost the council about four million pounds, \
             engineers estimated."
        ));
        assert!(!story.continues(
            "A new bakery opened in the market square, selling bread and pastries from early \
             morning."
        ));
    }

    #[test]
    fn korean_and_chinese_terms() {
        let story = Vocabulary::of([
            "대구시는 인공지능 세미나를 열고 지역 기업들의 의견을 들었다고 밝혔다.",
            "세미나에서 대구시는 인공지능 지역확산 사업의 추진 방향을 소개했다.",
        ]);
        assert!(story.continues(
            "대구시는 세미나 결과를 바탕으로 인공지능 지역확산 사업을 추진할 계획이다."
        ));
        assert!(!story.continues("서울시는 한강버스가 오전 9시부터 운항을 재개했다고 밝혔다."));
        let story = Vocabulary::of(["海关总署发布数据显示，今年上半年新能源汽车出口增长。"]);
        assert!(story.continues("新能源汽车出口数据显示增长势头。"));
        assert!(!story.continues("北京市政府发布消息称全市将加强防汛工作。"));
    }
}
