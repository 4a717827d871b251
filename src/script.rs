//! Script-aware text measures, shared by `index` (HTML) and `split` (text input).
//!
//! Word counts must mean the same thing in every language: Han and Kana characters count one
//! word each, a run of Hangul syllables (an eojeol) counts one word, and other scripts count
//! Unicode words (unicode-segmentation). ASCII `\w` is never used.

use unicode_segmentation::UnicodeSegmentation;

/// Measures of a piece of text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct TextStats {
    /// Characters that are not whitespace.
    pub chars: u32,
    /// Script-aware word count.
    pub words: u32,
    /// Commas of any script (`,` `，` `、` `،`).
    pub commas: u32,
    /// Characters of the Han, Kana and Hangul scripts.
    pub cjk: u32,
}

impl TextStats {
    /// Adds another measure to this one.
    pub fn add(&mut self, other: &TextStats) {
        self.chars = self.chars.saturating_add(other.chars);
        self.words = self.words.saturating_add(other.words);
        self.commas = self.commas.saturating_add(other.commas);
        self.cjk = self.cjk.saturating_add(other.cjk);
    }
}

/// Which script family a character belongs to, for counting.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Class {
    Space,
    HanKana,
    Hangul,
    Other,
}

fn class(c: char) -> Class {
    if c.is_whitespace() {
        return Class::Space;
    }
    match c as u32 {
        0x3040..=0x30FF
        | 0x31F0..=0x31FF
        | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF
        | 0xF900..=0xFAFF
        | 0xFF66..=0xFF9F
        | 0x20000..=0x3FFFF
        | 0x3005
        | 0x3007 => Class::HanKana,
        0x1100..=0x11FF | 0x3130..=0x318F | 0xA960..=0xA97F | 0xAC00..=0xD7FF => Class::Hangul,
        _ => Class::Other,
    }
}

/// Whether an ASCII byte is whitespace as `char::is_whitespace` has it (`u8::is_ascii_whitespace`
/// leaves out the vertical tab).
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ')
}

/// The character that starts at byte `i` of `text` (none when `i` is past the end or inside a
/// character): the byte-wise scans decode only where a non-ASCII byte begins.
pub(crate) fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..).and_then(|rest| rest.chars().next())
}

/// Measures a piece of text in one pass over its characters.
pub(crate) fn measure(text: &str) -> TextStats {
    if text.is_ascii() {
        return measure_ascii(text.as_bytes());
    }
    measure_mixed(text)
}

/// [`measure`] for ASCII text, byte by byte: the same counts (whitespace as `char::is_whitespace`
/// has it, words as runs of alphanumerics, no CJK), without classifying each character.
fn measure_ascii(bytes: &[u8]) -> TextStats {
    let mut stats = TextStats::default();
    let mut inside = false;
    for &b in bytes {
        if !is_ascii_space(b) {
            stats.chars += 1;
        }
        if b == b',' {
            stats.commas += 1;
        }
        let w = b.is_ascii_alphanumeric();
        if w && !inside {
            stats.words += 1;
        }
        inside = w;
    }
    stats
}

/// [`measure`] for text with some non-ASCII characters: ASCII bytes are counted as
/// [`measure_ascii`] counts them, and only the other characters are decoded and classified. A
/// run of non-space, non-CJK characters is one `Other` run: counted by its ASCII alphanumeric
/// runs when it is all ASCII, by Unicode words otherwise (as `measure_general`, the reference
/// the tests hold it to).
fn measure_mixed(text: &str) -> TextStats {
    let bytes = text.as_bytes();
    let mut stats = TextStats::default();
    // The current `Other` run: where it started, whether it is all ASCII, its ASCII words.
    let mut run: Option<(usize, bool)> = None;
    let mut run_words = 0u32;
    let mut in_word = false;
    let mut in_hangul = false;
    // Whether every character of the current run is an ASCII alphanumeric or a Latin letter
    // ([`is_latin_letter`]): such a run is one Unicode word, counted without segmenting it.
    let mut plain = false;
    let close = |run: &mut Option<(usize, bool)>, end: usize, run_words: u32, plain: bool| match run
        .take()
    {
        Some((_, true)) => run_words,
        Some((_, false)) if plain => 1,
        Some((start, false)) => {
            let words = text.get(start..end).unwrap_or_default().unicode_words();
            u32::try_from(words.count()).unwrap_or(u32::MAX)
        }
        None => 0,
    };
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        if b.is_ascii() {
            i += 1;
            if is_ascii_space(b) {
                stats.words += close(&mut run, i - 1, run_words, plain);
                in_hangul = false;
                continue;
            }
            stats.chars += 1;
            if b == b',' {
                stats.commas += 1;
            }
            if run.is_none() {
                run = Some((i - 1, true));
                run_words = 0;
                in_word = false;
                plain = true;
            }
            let w = b.is_ascii_alphanumeric();
            plain &= w;
            if w && !in_word {
                run_words += 1;
            }
            in_word = w;
            continue;
        }
        let Some(c) = char_at(text, i) else {
            break;
        };
        let start = i;
        i += c.len_utf8();
        let cls = class(c);
        if cls != Class::Space {
            stats.chars += 1;
        }
        if matches!(c, '，' | '、' | '،' | '﹐' | '､') {
            stats.commas += 1;
        }
        match cls {
            Class::Other => match &mut run {
                Some((_, ascii)) => {
                    *ascii = false;
                    plain &= is_latin_letter(c);
                }
                None => {
                    run = Some((start, false));
                    plain = is_latin_letter(c);
                }
            },
            Class::Space => {
                stats.words += close(&mut run, start, run_words, plain);
                in_hangul = false;
            }
            Class::HanKana => {
                stats.words += close(&mut run, start, run_words, plain);
                stats.cjk += 1;
                stats.words += 1;
                in_hangul = false;
            }
            Class::Hangul => {
                stats.words += close(&mut run, start, run_words, plain);
                stats.cjk += 1;
                if !in_hangul {
                    stats.words += 1;
                }
                in_hangul = true;
            }
        }
    }
    stats.words += close(&mut run, bytes.len(), run_words, plain);
    stats
}

/// A letter of Latin-1, Latin Extended-A or Latin Extended-B (U+00C0-U+024F but × and ÷): all
/// of Unicode's word-break class ALetter, so that a run of them and ASCII letters and digits
/// is one word (UAX #29 breaks no such run), as `unicode_words` counts it.
fn is_latin_letter(c: char) -> bool {
    matches!(c, '\u{c0}'..='\u{24f}') && c != '\u{d7}' && c != '\u{f7}'
}

/// The reference measure: every character decoded and classified.
#[cfg(test)]
fn measure_general(text: &str) -> TextStats {
    let mut stats = TextStats::default();
    let mut other_start: Option<usize> = None;
    let mut in_hangul = false;
    for (pos, c) in text.char_indices() {
        let cls = class(c);
        if cls != Class::Space {
            stats.chars += 1;
        }
        if matches!(c, ',' | '，' | '、' | '،' | '﹐' | '､') {
            stats.commas += 1;
        }
        if cls == Class::Other {
            other_start.get_or_insert(pos);
        } else if let Some(start) = other_start.take() {
            stats.words += other_words(text.get(start..pos).unwrap_or_default());
        }
        match cls {
            Class::HanKana => {
                stats.cjk += 1;
                stats.words += 1;
                in_hangul = false;
            }
            Class::Hangul => {
                stats.cjk += 1;
                if !in_hangul {
                    stats.words += 1;
                }
                in_hangul = true;
            }
            Class::Space => in_hangul = false,
            // Punctuation or digits glued to Hangul stay part of the eojeol.
            Class::Other => {}
        }
    }
    if let Some(start) = other_start {
        stats.words += other_words(text.get(start..).unwrap_or_default());
    }
    stats
}

#[cfg(test)]
fn other_words(run: &str) -> u32 {
    if run.is_ascii() {
        // Fast path: ASCII words are runs of alphanumerics.
        let mut n = 0;
        let mut inside = false;
        for b in run.bytes() {
            let w = b.is_ascii_alphanumeric();
            if w && !inside {
                n += 1;
            }
            inside = w;
        }
        return n;
    }
    u32::try_from(run.unicode_words().count()).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ascii_path_counts_as_the_general_one() {
        for text in [
            "",
            "   ",
            "Hello, world! It's 10:30 a.m., on 2026-12-01.",
            "tab\tsep\x0Bvt\x0Cff\r\nline  end,,",
            "a-b_c d.e f/g (h) [i] $3.50 #1 @user e-mail",
            "\x1F unit separator is not whitespace",
        ] {
            assert_eq!(
                measure_ascii(text.as_bytes()),
                measure_general(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn the_mixed_path_counts_as_the_general_one() {
        for text in [
            "Māori and English, side by side.",
            "It’s the “best” – really…",
            "대구시는 지난 세미나를 열었다. AI기술 with 日本",
            "東京都は、発表した。 Tokyo (AP) — 5,000人",
            "Привет, мир! Größe ändert sich. 2026-12-01\u{a0}end",
            "\u{3000}全角\u{3000}spaces, tabs\tand\u{85}next",
            "(연합)대구=김철수 기자 kim@yna.co.kr",
            "x\u{301}y ﹐ ､ ، done",
            "Straße, Größe3 3ème d'été Ǆemal ǃXóõ 2×3 a÷b ÿ\u{250}z ſt\u{301}",
            "",
            " ",
            "é",
        ] {
            assert_eq!(measure_mixed(text), measure_general(text), "{text:?}");
        }
        // Strings stitched from pieces of every class, in a fixed pseudo-random order.
        let pieces = [
            "a", "Z9", " ", "\t", ",", "'", "-", "é", "ñ", "’", "—", "\u{a0}", "\u{3000}", "가",
            "힣", "日", "カ", "，", "、", "٣", "ß", "x\u{301}", ".", "(", "\n", "Ǆ", "ǃ", "×", "÷",
            "ÿ", "\u{250}", "ſ", "7", "\u{24f}", "\u{bf}",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 12) {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
            }
            seed = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
            assert_eq!(measure_mixed(&text), measure_general(&text), "{text:?}");
        }
    }

    #[test]
    fn latin_letters_join_words_as_unicode_words_has_it() {
        for c in ('\u{c0}'..='\u{24f}').filter(|&c| is_latin_letter(c)) {
            for text in [
                format!("{c}"),
                format!("a{c}b"),
                format!("7{c}"),
                format!("{c}{c}9"),
            ] {
                assert_eq!(text.unicode_words().count(), 1, "{text:?}");
            }
        }
    }

    #[test]
    fn english_words() {
        let s = measure("The council voted, 7 to 2, on Monday.");
        assert_eq!(s.words, 8);
        assert_eq!(s.commas, 2);
        assert_eq!(s.cjk, 0);
    }

    #[test]
    fn korean_counts_eojeol() {
        let s = measure("대구시는 지난 세미나를 열었다.");
        assert_eq!(s.words, 4);
        assert_eq!(s.cjk, 13);
    }

    #[test]
    fn chinese_and_japanese_count_characters() {
        assert_eq!(measure("国家统计局").words, 5);
        assert_eq!(measure("東京都は、発表した").words, 8);
        assert_eq!(measure("東京都は、発表した").commas, 1);
    }

    #[test]
    fn other_scripts_use_unicode_words() {
        assert_eq!(measure("Привет, мир! Größe ändert sich.").words, 5);
    }

    #[test]
    fn mixed_runs() {
        // "AI" + 기술 (one eojeol) + "with" + 日本 (2)
        assert_eq!(measure("AI기술 with 日本").words, 5);
    }
}
