//! The article's language: the page's declaration, checked against the script of the body's
//! text, and a fallback from the script when nothing is declared or the declaration cannot be
//! right. Latin-script text, which the script alone cannot place, is identified by whatlang
//! (character trigrams, 37 Latin-script languages: Polish, Indonesian, Vietnamese, Czech,
//! Turkish...) when it is confident, else by the commonest function words of seven languages.

/// Counts of letters by script in a sample of the body's text.
#[derive(Debug, Default, Clone, Copy)]
struct Scripts {
    hangul: u32,
    kana: u32,
    han: u32,
    cyrillic: u32,
    latin: u32,
    arabic: u32,
    greek: u32,
    hebrew: u32,
    thai: u32,
}

impl Scripts {
    fn of(text: &str) -> Scripts {
        let mut s = Scripts::default();
        for c in text.chars().take(20_000) {
            match c {
                '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}' => {
                    s.hangul += 1
                }
                '\u{3040}'..='\u{30FF}' => s.kana += 1,
                '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' => s.han += 1,
                '\u{0400}'..='\u{04FF}' => s.cyrillic += 1,
                '\u{0600}'..='\u{06FF}' => s.arabic += 1,
                '\u{0370}'..='\u{03FF}' => s.greek += 1,
                '\u{0590}'..='\u{05FF}' => s.hebrew += 1,
                '\u{0E00}'..='\u{0E7F}' => s.thai += 1,
                // Latin-1 Supplement to Latin Extended-B, and Latin Extended Additional (the
                // stacked diacritics of Vietnamese: ạ, ế, ộ).
                c if c.is_alphabetic()
                    && (c.is_ascii()
                        || ('\u{00C0}'..='\u{024F}').contains(&c)
                        || ('\u{1E00}'..='\u{1EFF}').contains(&c)) =>
                {
                    s.latin += 1
                }
                _ => {}
            }
        }
        s
    }

    fn total(&self) -> u32 {
        self.hangul
            + self.kana
            + self.han
            + self.cyrillic
            + self.latin
            + self.arabic
            + self.greek
            + self.hebrew
            + self.thai
    }

    /// The language the script alone implies, where it implies one.
    fn implied(&self, text: &str) -> Option<String> {
        let total = self.total();
        if total < 20 {
            return None;
        }
        let share = |n: u32| n * 100 / total;
        let lang = if share(self.hangul) >= 30 {
            "ko"
        } else if share(self.kana) >= 5 && share(self.kana + self.han) >= 30 {
            "ja"
        } else if share(self.han) >= 30 {
            "zh"
        } else if share(self.cyrillic) >= 40 {
            "ru"
        } else if share(self.arabic) >= 40 {
            "ar"
        } else if share(self.greek) >= 40 {
            "el"
        } else if share(self.hebrew) >= 40 {
            "he"
        } else if share(self.thai) >= 40 {
            "th"
        } else if share(self.latin) >= 60 {
            return latin_language(text);
        } else {
            return None;
        };
        Some(lang.to_string())
    }

    /// Whether a declared language can be the language of this text.
    fn admits(&self, primary: &str) -> bool {
        let total = self.total();
        if total < 40 {
            return true;
        }
        let share = |n: u32| n * 100 / total;
        match primary {
            "ko" => share(self.hangul) >= 20,
            "ja" => share(self.kana + self.han) >= 20 && share(self.hangul) < 20,
            "zh" => share(self.han) >= 20 && share(self.hangul) < 20 && share(self.kana) < 5,
            "ru" | "uk" | "bg" | "sr" | "be" | "mk" | "kk" => share(self.cyrillic) >= 20,
            "ar" | "fa" | "ur" => share(self.arabic) >= 20,
            "el" => share(self.greek) >= 20,
            "he" | "iw" => share(self.hebrew) >= 20,
            "th" => share(self.thai) >= 20,
            // Latin-script languages: the text must be mostly Latin letters.
            _ => share(self.latin) >= 50,
        }
    }
}

/// The commonest function words of the Latin-script languages the corpus covers.
const FUNCTION_WORDS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "the", "and", "of", "to", "in", "is", "that", "for", "with", "was",
        ],
    ),
    (
        "de",
        &[
            "der", "die", "und", "das", "nicht", "mit", "ist", "von", "den", "sich",
        ],
    ),
    (
        "fr",
        &[
            "le", "la", "les", "et", "des", "est", "une", "dans", "pour", "qui",
        ],
    ),
    (
        "es",
        &[
            "el", "la", "los", "las", "y", "que", "del", "por", "una", "con",
        ],
    ),
    (
        "pt",
        &[
            "o", "os", "as", "que", "do", "da", "não", "uma", "com", "em",
        ],
    ),
    (
        "it",
        &[
            "il", "di", "che", "la", "della", "non", "per", "una", "sono", "gli",
        ],
    ),
    (
        "nl",
        &[
            "de", "het", "een", "en", "van", "niet", "dat", "zijn", "op", "met",
        ],
    ),
];

/// whatlang's Latin-script languages with their ISO 639-1 codes.
const LATIN: &[(whatlang::Lang, &str)] = {
    use whatlang::Lang::*;
    &[
        (Afr, "af"),
        (Aka, "ak"),
        (Aze, "az"),
        (Cat, "ca"),
        (Ces, "cs"),
        (Cym, "cy"),
        (Dan, "da"),
        (Deu, "de"),
        (Eng, "en"),
        (Epo, "eo"),
        (Est, "et"),
        (Fin, "fi"),
        (Fra, "fr"),
        (Hrv, "hr"),
        (Hun, "hu"),
        (Ind, "id"),
        (Ita, "it"),
        (Jav, "jv"),
        (Lat, "la"),
        (Lav, "lv"),
        (Lit, "lt"),
        (Nld, "nl"),
        (Nob, "nb"),
        (Pol, "pl"),
        (Por, "pt"),
        (Ron, "ro"),
        (Slk, "sk"),
        (Slv, "sl"),
        (Sna, "sn"),
        (Spa, "es"),
        (Swe, "sv"),
        (Tgl, "tl"),
        (Tuk, "tk"),
        (Tur, "tr"),
        (Uzb, "uz"),
        (Vie, "vi"),
        (Zul, "zu"),
    ]
};

/// How much text whatlang reads: plenty for a confident answer, and bounded time.
const IDENTIFY_BYTES: usize = 4096;

/// The Latin-script language of `text`: whatlang's answer when it is reliable, else the
/// function words'.
fn latin_language(text: &str) -> Option<String> {
    identified(text).or_else(|| by_function_words(text))
}

/// whatlang's Latin-script language for `text`, when it is confident (`is_reliable`).
fn identified(text: &str) -> Option<String> {
    let mut end = text.len().min(IDENTIFY_BYTES);
    while end > 0 && !text.is_char_boundary(end) {
        end -= 1;
    }
    let sample = text.get(..end)?;
    let detector =
        whatlang::Detector::with_allowlist(LATIN.iter().map(|(lang, _)| *lang).collect());
    let info = detector.detect(sample)?;
    if !info.is_reliable() {
        return None;
    }
    LATIN
        .iter()
        .find(|(lang, _)| *lang == info.lang())
        .map(|(_, code)| (*code).to_string())
}

/// The Latin-script language whose function words are the commonest in `text`.
fn by_function_words(text: &str) -> Option<String> {
    let mut scores = [0u32; FUNCTION_WORDS.len()];
    let mut words = 0u32;
    for word in text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(3000)
    {
        words += 1;
        let lower = word.to_lowercase();
        for (i, (_, list)) in FUNCTION_WORDS.iter().enumerate() {
            if list.contains(&lower.as_str()) {
                if let Some(s) = scores.get_mut(i) {
                    *s += 1;
                }
            }
        }
    }
    let (best, score) = scores.iter().enumerate().max_by_key(|(_, s)| **s)?;
    if words < 30 || *score * 100 < words * 8 {
        return None;
    }
    FUNCTION_WORDS.get(best).map(|(lang, _)| lang.to_string())
}

/// The article's language: the declaration when the body's script admits it, else what the
/// script implies (`None` when neither tells).
pub(crate) fn resolve(declared: Option<&str>, body: &str) -> Option<String> {
    let scripts = Scripts::of(body);
    let declared = declared.map(|d| d.trim().replace('_', "-")).filter(|d| {
        !d.is_empty() && d.len() <= 35 && d.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
    });
    if let Some(declared) = declared {
        let primary = declared
            .split('-')
            .next()
            .unwrap_or_default()
            .to_ascii_lowercase();
        if scripts.admits(&primary) {
            return Some(declared);
        }
    }
    scripts.implied(body)
}

#[cfg(test)]
mod tests {
    use super::*;

    const KO: &str = "대구시는 지난 15일 인공지능 지역확산을 주제로 세미나를 열고 지역 기업들의 의견을 들었다고 밝혔다.";
    const EN: &str = "The city said on Tuesday that the river would rise again by Friday, and that the schools in the valley were to stay open for the rest of the week while the water was pumped out of the streets.";

    #[test]
    fn a_declaration_the_script_admits_stands() {
        assert_eq!(resolve(Some("ko-KR"), KO).as_deref(), Some("ko-KR"));
        assert_eq!(resolve(Some("en_US"), EN).as_deref(), Some("en-US"));
    }

    #[test]
    fn a_wrong_declaration_yields_to_the_script() {
        assert_eq!(resolve(Some("en"), KO).as_deref(), Some("ko"));
        assert_eq!(resolve(Some("ko"), EN).as_deref(), Some("en"));
    }

    #[test]
    fn nothing_declared_falls_back_to_the_script() {
        assert_eq!(resolve(None, KO).as_deref(), Some("ko"));
        assert_eq!(resolve(None, EN).as_deref(), Some("en"));
        assert_eq!(
            resolve(
                None,
                "東京都は12日、新型の感染者が確認されたと発表した。都内の病院で治療を受けている。"
            )
            .as_deref(),
            Some("ja")
        );
        assert_eq!(resolve(None, "北京市政府12日发布消息称，全市各区将进一步加强防汛工作，确保人民群众生命财产安全。").as_deref(), Some("zh"));
        assert_eq!(resolve(None, "ok"), None);
    }

    // Our own sentences, written for these tests.
    const PL: &str = "Rada miasta zdecydowała w poniedziałek, że stary most na rzece zostanie zamknięty na całe lato. Prace remontowe rozpoczną się w czerwcu i potrwają do końca sierpnia, poinformowali urzędnicy.";
    const ID: &str = "Pemerintah kota mengumumkan pada hari Senin bahwa jembatan tua di atas sungai akan ditutup selama musim panas. Pekerjaan perbaikan akan dimulai pada bulan Juni dan berlangsung hingga akhir Agustus, kata para pejabat.";
    const VI: &str = "Hội đồng thành phố đã quyết định vào thứ Hai rằng cây cầu cũ bắc qua sông sẽ đóng cửa trong suốt mùa hè. Công việc sửa chữa sẽ bắt đầu vào tháng Sáu và kéo dài đến cuối tháng Tám, các quan chức cho biết.";

    #[test]
    fn latin_languages_beyond_the_function_word_lists() {
        assert_eq!(resolve(None, PL).as_deref(), Some("pl"));
        assert_eq!(resolve(None, ID).as_deref(), Some("id"));
        assert_eq!(resolve(None, VI).as_deref(), Some("vi"));
    }

    #[test]
    fn the_script_check_still_holds_for_them() {
        // A declaration the script admits stands; one it cannot (Korean for Polish text) yields.
        assert_eq!(resolve(Some("pl-PL"), PL).as_deref(), Some("pl-PL"));
        assert_eq!(resolve(Some("vi"), VI).as_deref(), Some("vi"));
        assert_eq!(resolve(Some("ko"), PL).as_deref(), Some("pl"));
        assert_eq!(resolve(Some("pl"), KO).as_deref(), Some("ko"));
    }
}
