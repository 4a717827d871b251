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

/// Measures a piece of text in one pass over its characters.
pub(crate) fn measure(text: &str) -> TextStats {
    if text.is_ascii() {
        return measure_ascii(text.as_bytes());
    }
    measure_general(text)
}

/// [`measure`] for ASCII text, byte by byte: the same counts (whitespace as `char::is_whitespace`
/// has it, words as runs of alphanumerics, no CJK), without classifying each character.
fn measure_ascii(bytes: &[u8]) -> TextStats {
    let mut stats = TextStats::default();
    let mut inside = false;
    for &b in bytes {
        if !matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ') {
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
