//! Authors' names from bylines and credit lines, in the conventions of each language:
//! "홍길동 기자 hong@example.kr", "(서울=연합뉴스) 홍길동 기자 =", "[뉴스21 통신=추현욱 ]",
//! "By Jane Doe and John Roe | Reuters", "（記者 山田太郎）", "记者 张三", "Von Max Muster".

use super::pattern::Pattern;

struct Patterns {
    /// Korean: a 2-4 syllable name before a newsroom title.
    korean: Pattern,
    /// "[매체=이름 ]" and "(서울=연합뉴스) 이름 기자 =" wire credits.
    wire: Pattern,
    /// Japanese and Chinese: 記者/记者 before or after the name.
    cjk: Pattern,
    /// Name before 記者 / 记者 ("山田太郎記者").
    cjk_before: Pattern,
    /// A name alone in brackets ("【山本陽介】", "（経済部 中村拓也）").
    bracketed: Pattern,
    /// Noise around Latin-script bylines: emails, URLs, "By", roles, agencies.
    email: Pattern,
    lead: Pattern,
    split: Pattern,
}

/// The patterns, each compiled on its first use (a Latin-script byline never builds the
/// Korean and CJK ones); always `Some`.
fn patterns() -> Option<&'static Patterns> {
    static P: Patterns = {
        let build = Pattern::new;
        Patterns {
            korean: build(
                r"((?:[가-힣]{2,4}\s*[·,ㆍ]\s*)*[가-힣]{2,4})\s*(?:선임기자|수석기자|인턴기자|객원기자|기자|특파원|논설위원|논설실장|편집위원|선임연구위원|전문위원|칼럼니스트|통신원|리포터|앵커|PD|기상캐스터|[가-힣]{0,4}평론가|교수|작가|변호사|연구원|소장)",
            ),
            wire: build(r"[\[【]\s*[^=\]】]{1,20}=\s*([가-힣]{2,4})\s*(?:기자)?\s*[\]】]"),
            cjk: build(
                r"(?:記者|记者|撰文|文／|文/|作者[：:])\s*([\p{Han}\p{Katakana}\p{Hiragana}]{2,5}(?:\s*(?:[ 、，,]|通讯员|通訊員|实习生|實習生)\s*[\p{Han}]{2,4})*)",
            ),
            cjk_before: build(r"([\p{Han}]{2,4})\s*(?:記者|记者|特派員|特派员)"),
            bracketed: build(
                r"^[（(【\[]\s*(?:[\p{Han}]{1,6}(?:部|局|支局|総局|総局長)\s*)?([\p{Han}]{2,5})\s*[）)】\]]$",
            ),
            email: build(r"\S+@\S+|https?://\S+|www\.\S+"),
            // Searched through [`Pattern::for_text`], which builds no literal prefilter (most
            // of a `regex` build of these two); a byline holds no literal they all require.
            lead: Pattern::with_required(
                r"(?i)^\s*(?:written\s+by|posted\s+by|reported\s+by|story\s+by|words\s+by|by|von|par|por|di|от|автор[:\s])\s+",
                None,
            ),
            split: Pattern::with_required(
                r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b|\be\b|\bи\b|·|、|/)\s*",
                None,
            ),
        }
    };
    Some(&P)
}

/// Words that end a Latin-script name list: roles, agencies, dates.
const STOP: &[&str] = &[
    "by",
    "von",
    "par",
    "por",
    "reuters",
    "associated press",
    "ap",
    "afp",
    "dpa",
    "staff",
    "correspondent",
    "reporter",
    "editor",
    "writer",
    "contributor",
    "updated",
    "published",
    "photo",
    "photos",
];

/// The authors a byline or credit names, in order, without titles, emails or agencies.
pub(crate) fn names(text: &str) -> Vec<String> {
    let Some(p) = patterns() else {
        return Vec::new();
    };
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 200 {
        return Vec::new();
    }
    let mut out: Vec<String> = Vec::new();
    let hangul = text.chars().any(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c));
    if hangul {
        // "[뉴스21 통신=추현욱 ]" names the writer; "[서울=뉴시스]" names the agency.
        const AGENCY_ENDINGS: &[&str] = &["뉴스", "통신", "일보", "신문", "시스", "방송", "경제"];
        for caps in p
            .wire
            .regex()
            .into_iter()
            .flat_map(|re| re.captures_iter(text))
        {
            if let Some(m) = caps.get(1) {
                if !AGENCY_ENDINGS.iter().any(|e| m.as_str().ends_with(e)) {
                    push(&mut out, m.as_str());
                }
            }
        }
        for caps in p
            .korean
            .regex()
            .into_iter()
            .flat_map(|re| re.captures_iter(text))
        {
            if let Some(m) = caps.get(1) {
                for name in m.as_str().split(['·', ',', 'ㆍ']) {
                    push(&mut out, name);
                }
            }
        }
        if out.is_empty() {
            // A bare name ("홍길동") as a byline element's whole text.
            let bare = without_links(&p.email, text, "");
            let bare = bare.trim();
            let syllables = bare.chars().count();
            if (2..=4).contains(&syllables)
                && bare.chars().all(|c| ('\u{AC00}'..='\u{D7A3}').contains(&c))
            {
                push(&mut out, bare);
            }
        }
        return out;
    }
    let cjk = text
        .chars()
        .any(|c| ('\u{4E00}'..='\u{9FFF}').contains(&c) || ('\u{3040}'..='\u{30FF}').contains(&c));
    if cjk {
        // A newsroom's name before 记者 ("天衡新闻记者 孙立平") is not a person.
        const NEWSROOM: &[&str] = &["新闻", "新聞", "日报", "日報", "报", "社", "台", "网", "網"];
        let (Some(cjk_before), Some(bracketed), Some(cjk)) =
            (p.cjk_before.regex(), p.bracketed.regex(), p.cjk.regex())
        else {
            return out;
        };
        let before = cjk_before
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .filter(|m| !NEWSROOM.iter().any(|n| m.as_str().ends_with(n)));
        let bracketed = bracketed.captures(text.trim()).and_then(|c| c.get(1));
        let found: Vec<regex::Match<'_>> = cjk
            .captures_iter(text)
            .filter_map(|c| c.get(1))
            .chain(before)
            .chain(bracketed)
            .collect();
        for m in found {
            {
                let names = m
                    .as_str()
                    .replace(['、', '，', ','], " ")
                    .replace("通讯员", " ")
                    .replace("通訊員", " ")
                    .replace("实习生", " ")
                    .replace("记者", " ")
                    .replace("記者", " ")
                    .replace("實習生", " ");
                for name in names.split_whitespace() {
                    push(&mut out, name);
                }
            }
        }
        return out;
    }
    // Latin and other alphabets: drop emails and links, the leading "By", and anything after a
    // separator that starts an agency, a role or a date.
    let cleaned = without_links(&p.email, text, " ");
    let mut cleaned = cleaned.trim().to_string();
    for sep in [" | ", " - ", " — ", " – ", "\n", " • "] {
        if let Some((first, _)) = cleaned.split_once(sep) {
            cleaned = first.to_string();
        }
    }
    let cleaned = match p.lead.captures(&cleaned).and_then(|c| c.get(0)) {
        Some(m) => format!(
            "{}{}",
            cleaned.get(..m.start()).unwrap_or_default(),
            cleaned.get(m.end()..).unwrap_or_default()
        ),
        None => cleaned,
    };
    // Parenthetical notes ("Tom Kelleher (now)") are not part of a name.
    let mut bare = String::with_capacity(cleaned.len());
    let mut depth = 0u32;
    for c in cleaned.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth = depth.saturating_sub(1),
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let cleaned = bare;
    let cleaned = cleaned.trim_matches(|c: char| !c.is_alphanumeric());
    if cleaned.is_empty() {
        return out;
    }
    for part in split(&p.split, cleaned) {
        // A date after the name ends it ("GILLIAN MOHNEY March 11, 2015 3:46 PM").
        let part = until_date(part);
        let part = part.trim_matches(|c: char| !c.is_alphanumeric() && c != '.');
        let lower = part.to_lowercase();
        if part.is_empty()
            || STOP
                .iter()
                .any(|s| lower == *s || lower.starts_with(&format!("{s} ")))
        {
            continue;
        }
        let words: Vec<&str> = part.split_whitespace().collect();
        let looks_like_name = (1..=5).contains(&words.len())
            && !part.chars().any(|c| c.is_ascii_digit())
            && words.iter().all(|w| {
                w.chars()
                    .next()
                    .is_some_and(|c| c.is_uppercase() || !c.is_alphabetic())
                    || matches!(
                        *w,
                        "de" | "van"
                            | "von"
                            | "der"
                            | "da"
                            | "di"
                            | "del"
                            | "la"
                            | "le"
                            | "bin"
                            | "al"
                    )
            });
        if looks_like_name {
            push(&mut out, part);
        }
    }
    out
}

/// `text` with every email address and link (`email`'s matches) replaced by `with`. Every
/// match holds "@", "http" or "www.": a text with none of them is returned as it is, and the
/// pattern is not built.
fn without_links<'t>(email: &Pattern, text: &'t str, with: &str) -> std::borrow::Cow<'t, str> {
    if !(text.contains('@') || text.contains("http") || text.contains("www.")) {
        return std::borrow::Cow::Borrowed(text);
    }
    match email.regex() {
        Some(re) => re.replace_all(text, with),
        None => std::borrow::Cow::Borrowed(text),
    }
}

/// The pieces of `text` between `separator`'s successive matches, as `regex`'s `split` gives
/// them (the last piece included, empty or not).
fn split<'t>(separator: &Pattern, text: &'t str) -> Vec<&'t str> {
    let mut pieces = Vec::new();
    let mut last = 0;
    if let Some(searcher) = separator.for_text(text) {
        for m in searcher.captures_iter(text).filter_map(|c| c.get(0)) {
            pieces.push(text.get(last..m.start()).unwrap_or_default());
            last = m.end();
        }
    }
    pieces.push(text.get(last..).unwrap_or_default());
    pieces
}

/// The text before the first word with a digit, without a month name just before it.
fn until_date(part: &str) -> &str {
    const MONTHS: &[&str] = &[
        "jan",
        "january",
        "feb",
        "february",
        "mar",
        "march",
        "apr",
        "april",
        "may",
        "jun",
        "june",
        "jul",
        "july",
        "aug",
        "august",
        "sep",
        "sept",
        "september",
        "oct",
        "october",
        "nov",
        "november",
        "dec",
        "december",
    ];
    let Some(digit) = part.find(|c: char| c.is_ascii_digit()) else {
        return part;
    };
    // Back to the start of the word holding the digit.
    let start = part
        .get(..digit)
        .and_then(|head| head.rfind(char::is_whitespace))
        .map_or(0, |at| at + 1);
    let mut head = part.get(..start).unwrap_or("").trim_end();
    if let Some((before, last)) = head.rsplit_once(char::is_whitespace) {
        let last = last.trim_end_matches('.').to_lowercase();
        if MONTHS.contains(&last.as_str()) {
            head = before.trim_end();
        }
    }
    head
}

/// Adds a name once.
fn push(out: &mut Vec<String>, name: &str) {
    let name = name.trim();
    if !name.is_empty() && !out.iter().any(|n| n == name) {
        out.push(name.to_string());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_compile() {
        let p = patterns().unwrap();
        for pattern in [
            &p.korean,
            &p.wire,
            &p.cjk,
            &p.cjk_before,
            &p.bracketed,
            &p.email,
            &p.lead,
            &p.split,
        ] {
            assert!(pattern.compiles());
        }
    }

    #[test]
    fn searched_forms_agree_with_regex() {
        // `lead` and `split` go through the searcher without a prefilter, `email` only on a
        // text with a marker: each gives what `regex` gives with the pattern as written.
        let p = patterns().unwrap();
        let (lead, split_re, email) = (
            p.lead.regex().unwrap(),
            p.split.regex().unwrap(),
            p.email.regex().unwrap(),
        );
        for text in [
            "By Jane Doe and John Roe | Reuters",
            "  written  by Ann Lee, Bo Kim; Cy & Di",
            "BY ſam Vance / Staff",
            "Von Max Muster und Erika Muster",
            "автор: Иван Петров и Пётр Иванов",
            "Par Jean Dupont et Marie Curie · AFP",
            "by",
            "",
            "Nobody here, none there y ya e eh",
            "Tom Kelleher (now) jane@example.com https://x.example www.y.example",
            "홍길동 기자 hong@example.kr",
        ] {
            let by_regex: Vec<&str> = split_re.split(text).collect();
            assert_eq!(split(&p.split, text), by_regex, "{text:?}");
            let found = p.lead.captures(text).and_then(|c| c.get(0));
            let want = lead.find(text);
            assert_eq!(
                found.map(|m| (m.start(), m.end())),
                want.map(|m| (m.start(), m.end())),
                "{text:?}"
            );
            assert_eq!(
                without_links(&p.email, text, " "),
                email.replace_all(text, " ")
            );
        }
    }

    #[test]
    fn korean_credits() {
        assert_eq!(names("최윤호 기자 uknow@donga.com"), vec!["최윤호"]);
        assert_eq!(names("(서울=연합뉴스) 홍길동 기자 ="), vec!["홍길동"]);
        assert_eq!(names("[뉴스21 통신=추현욱 ]"), vec!["추현욱"]);
        assert_eq!(names("김민수·이지은 기자"), vec!["김민수", "이지은"]);
        assert_eq!(names("워싱턴=박영수 특파원"), vec!["박영수"]);
        assert_eq!(names("홍길동"), vec!["홍길동"]);
        assert!(names("많이 본 뉴스").is_empty());
    }

    #[test]
    fn latin_bylines() {
        assert_eq!(
            names("By Jane Doe and John Roe | Reuters"),
            vec!["Jane Doe", "John Roe"]
        );
        assert_eq!(names("By JANE DOE, Associated Press"), vec!["JANE DOE"]);
        assert_eq!(names("Von Max Muster"), vec!["Max Muster"]);
        assert_eq!(
            names("Tom Kelleher (now) and Ruby Santos (earlier)"),
            vec!["Tom Kelleher", "Ruby Santos"]
        );
        assert_eq!(names("Nicolas Perriault"), vec!["Nicolas Perriault"]);
        assert_eq!(names("jane@example.com"), Vec::<String>::new());
        // A date after the name ends it.
        assert_eq!(
            names("By GILLIAN MOHNEY March 11, 2015 3:46 PM"),
            vec!["GILLIAN MOHNEY"]
        );
        assert_eq!(names("Joe Wee 2016-02-29"), vec!["Joe Wee"]);
        assert_eq!(names("CC7567"), Vec::<String>::new());
    }

    #[test]
    fn cjk_credits() {
        assert_eq!(names("（記者 山田太郎）"), vec!["山田太郎"]);
        assert_eq!(names("记者 张三"), vec!["张三"]);
        assert_eq!(
            names("本报讯（记者 刘洋 通讯员 张蕾）"),
            vec!["刘洋", "张蕾"]
        );
        assert!(names("（责任编辑：陈晓燕）").is_empty());
        assert_eq!(names("天衡新闻记者 孙立平"), vec!["孙立平"]);
        assert_eq!(names("【山本陽介】"), vec!["山本陽介"]);
        assert_eq!(names("（経済部 中村拓也）"), vec!["中村拓也"]);
        assert_eq!(names("강서연 출판평론가"), vec!["강서연"]);
    }
}
