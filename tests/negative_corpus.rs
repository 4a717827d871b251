//! The negative corpus (issue #11, "How we keep it honest"): proof that no text rule and no
//! story-end cut removes running text that merely uses a word boilerplate rules key on.
//!
//! `tests/negative/sentences.tsv` holds sentences of ordinary article body text we wrote, each
//! using a trigger word or shape ("Photographs taken by the drone show...", "Por la tarde, el
//! ministro...", "사진 속 인물은..."). `negative_corpus_sentences_survive` builds a story for each
//! one from the neutral paragraphs of `tests/negative/filler.tsv` (same language), places the
//! sentence as the 3rd paragraph and as the last one, and runs both placements through
//! `copydesk::extract_text` and through `copydesk::extract` on an HTML page. The sentence and
//! every neutral paragraph must come out in the body unchanged. On failure it lists every case
//! (language, placement, input kind, sentence, the removal that took it) and the rules that
//! removed most, then fails with the count.
//!
//! `ground_truth_lines_survive` runs every ground-truth body line of the `../shared/eval` sets
//! through `copydesk::extract_text` on its own and reports, per set and per removal rule, the
//! lines that do not come out whole, split into sentence-like lines and other lines. Examples are
//! printed to the test output only.
//!
//! Both are ignored until the rules are evidence-gated (issue 11); run them with
//! `cargo test --test negative_corpus -- --include-ignored --nocapture`.
//! `negative_corpus_is_well_formed` and `filler_paragraphs_survive_alone` always run.

use copydesk::{Article, Options};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

/// The languages of the corpus, each with at least [`MIN_PER_LANG`] sentences.
const LANGS: [&str; 10] = ["ko", "en", "ja", "zh", "de", "fr", "es", "pt", "ru", "it"];
/// Sentences the corpus must hold in all.
const MIN_SENTENCES: usize = 260;
/// Sentences the corpus must hold in each language.
const MIN_PER_LANG: usize = 24;
/// Neutral paragraphs per language in `filler.tsv`; a story uses all but one of them.
const FILLERS_PER_LANG: usize = 6;

/// One sentence of the corpus.
struct Sentence {
    lang: String,
    trigger: String,
    text: String,
    line: usize,
}

fn data_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/negative")
}

/// Reads a `#`-commented TSV file of `fields` columns: (line number, columns).
fn read_tsv(name: &str, fields: usize) -> Vec<(usize, Vec<String>)> {
    let path = data_dir().join(name);
    let text =
        fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let mut rows = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let cols: Vec<String> = line.split('\t').map(str::to_owned).collect();
        assert_eq!(
            cols.len(),
            fields,
            "{name}:{}: expected {fields} tab-separated fields, got {}",
            i + 1,
            cols.len()
        );
        assert!(
            cols.iter().all(|c| !c.trim().is_empty() && c.trim() == c),
            "{name}:{}: empty field or stray whitespace",
            i + 1
        );
        rows.push((i + 1, cols));
    }
    rows
}

fn sentences() -> Vec<Sentence> {
    read_tsv("sentences.tsv", 3)
        .into_iter()
        .map(|(line, mut cols)| {
            let text = cols.pop().unwrap_or_default();
            let trigger = cols.pop().unwrap_or_default();
            let lang = cols.pop().unwrap_or_default();
            Sentence {
                lang,
                trigger,
                text,
                line,
            }
        })
        .collect()
}

/// The neutral paragraphs of each language.
fn fillers() -> BTreeMap<String, Vec<String>> {
    let mut map: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for (_, mut cols) in read_tsv("filler.tsv", 2) {
        let text = cols.pop().unwrap_or_default();
        let lang = cols.pop().unwrap_or_default();
        map.entry(lang).or_default().push(text);
    }
    map
}

/// Whitespace runs to one space, trimmed.
fn normalise(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

/// Page furniture of each language: headline, navigation links, footer line.
fn furniture(lang: &str) -> (&'static str, &'static [&'static str], &'static str) {
    match lang {
        "ko" => (
            "강변 공원, 1년 반 만에 다시 문 열어",
            &["홈", "정치", "경제", "사회", "스포츠"],
            "회사소개 | 이용약관 | 개인정보처리방침",
        ),
        "ja" => (
            "川沿いの公園、改修終え再開",
            &["ホーム", "政治", "経済", "社会", "スポーツ"],
            "会社概要 | 利用規約 | プライバシーポリシー",
        ),
        "zh" => (
            "滨河公园改造完成重新开放",
            &["首页", "时政", "财经", "社会", "体育"],
            "关于我们 | 联系我们 | 隐私政策",
        ),
        "de" => (
            "Uferpark nach Umbau wieder geöffnet",
            &["Startseite", "Politik", "Wirtschaft", "Lokales", "Sport"],
            "Impressum | Datenschutz | Kontakt",
        ),
        "fr" => (
            "Le parc des berges rouvre après travaux",
            &["Accueil", "Politique", "Économie", "Société", "Sport"],
            "Mentions légales | Confidentialité | Contact",
        ),
        "es" => (
            "El parque de la ribera reabre tras las obras",
            &["Portada", "Política", "Economía", "Sociedad", "Deportes"],
            "Aviso legal | Privacidad | Contacto",
        ),
        "pt" => (
            "Parque da orla é reaberto depois das obras",
            &["Início", "Política", "Economia", "Cidades", "Esportes"],
            "Expediente | Privacidade | Contato",
        ),
        "ru" => (
            "Парк на набережной открылся после ремонта",
            &["Главная", "Политика", "Экономика", "Общество", "Спорт"],
            "О нас | Контакты | Политика конфиденциальности",
        ),
        "it" => (
            "Riapre il parco lungo il fiume dopo i lavori",
            &["Home", "Politica", "Economia", "Cronaca", "Sport"],
            "Chi siamo | Privacy | Contatti",
        ),
        _ => (
            "Riverside park reopens after renovation",
            &["Home", "Politics", "Business", "Local", "Sport"],
            "About us | Privacy | Contact",
        ),
    }
}

fn story_html(lang: &str, paragraphs: &[String]) -> String {
    let (headline, nav, footer) = furniture(lang);
    let mut html = String::new();
    let _ = write!(
        html,
        "<!DOCTYPE html><html lang={lang}><head><meta charset=\"utf-8\"><title>{headline}</title></head><body><nav><ul>"
    );
    for (i, item) in nav.iter().enumerate() {
        let _ = write!(html, "<li><a href=\"/section/{i}\">{item}</a></li>");
    }
    let _ = write!(html, "</ul></nav>\n<article><h1>{headline}</h1>\n");
    for p in paragraphs {
        let _ = writeln!(html, "<p>{}</p>", escape(p));
    }
    let _ = write!(
        html,
        "</article>\n<footer><p>{footer}</p></footer></body></html>"
    );
    html
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Placement {
    Middle,
    Last,
}

#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Debug)]
enum Input {
    Text,
    Html,
}

/// The story's paragraphs: five of the language's neutral paragraphs (which one is left out
/// rotates with the sentence) and the sentence, 3rd or last.
fn story(fillers: &[String], seed: usize, sentence: &str, placement: Placement) -> Vec<String> {
    let skip = seed % fillers.len().max(1);
    let mut paragraphs: Vec<String> = fillers
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != skip)
        .map(|(_, p)| p.clone())
        .collect();
    match placement {
        Placement::Middle => paragraphs.insert(2.min(paragraphs.len()), sentence.to_owned()),
        Placement::Last => paragraphs.push(sentence.to_owned()),
    }
    paragraphs
}

/// Why `paragraph` is not a body block of `article` (None when it is one, unchanged).
fn lost(article: &Article, paragraph: &str) -> Option<String> {
    let want = normalise(paragraph);
    if article.body.iter().any(|b| normalise(&b.text) == want) {
        return None;
    }
    let mut why = Vec::new();
    for r in &article.removed {
        let got = normalise(&r.text);
        if !got.is_empty() && (got.contains(&want) || want.contains(&got)) {
            why.push(format!(
                "removed by {} ({}): {}",
                r.rule,
                r.kind.name(),
                clip(&got, 160)
            ));
        }
    }
    if why.is_empty() {
        if let Some(b) = article
            .body
            .iter()
            .find(|b| normalise(&b.text).contains(&want))
        {
            why.push(format!("merged or changed in body: {}", clip(&b.text, 160)));
        } else if let Some(b) = article.body.iter().find(|b| {
            let got = normalise(&b.text);
            !got.is_empty() && want.contains(&got)
        }) {
            why.push(format!("cut short in body: {}", clip(&b.text, 160)));
        } else {
            why.push(format!(
                "missing, no removal names it (status {:?}, {} body blocks)",
                article.status,
                article.body.len()
            ));
        }
    }
    Some(why.join("; "))
}

/// The rules named by a [`lost`] reason, for the tally.
fn rules_of(why: &str) -> Vec<String> {
    let mut rules = Vec::new();
    for part in why.split("; ") {
        if let Some(rest) = part.strip_prefix("removed by ") {
            rules.push(rest.split(' ').next().unwrap_or("?").to_owned());
        } else {
            rules.push(format!("({})", part.split(':').next().unwrap_or("?")));
        }
    }
    rules
}

fn clip(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_owned()
    } else {
        let mut out: String = s.chars().take(max).collect();
        out.push('…');
        out
    }
}

#[test]
fn negative_corpus_is_well_formed() {
    let sentences = sentences();
    let fillers = fillers();
    assert!(
        sentences.len() >= MIN_SENTENCES,
        "{} sentences, want at least {MIN_SENTENCES}",
        sentences.len()
    );
    let mut seen = BTreeSet::new();
    for s in &sentences {
        assert!(
            LANGS.contains(&s.lang.as_str()),
            "sentences.tsv:{}: unknown language {:?}",
            s.line,
            s.lang
        );
        assert!(
            seen.insert(s.text.clone()),
            "sentences.tsv:{}: duplicate sentence",
            s.line
        );
        assert!(
            !s.trigger.is_empty(),
            "sentences.tsv:{}: no trigger",
            s.line
        );
    }
    for lang in LANGS {
        let n = sentences.iter().filter(|s| s.lang == lang).count();
        assert!(
            n >= MIN_PER_LANG,
            "{lang}: {n} sentences, want {MIN_PER_LANG}"
        );
        let f = fillers.get(lang).map_or(0, Vec::len);
        assert_eq!(f, FILLERS_PER_LANG, "{lang}: {f} filler paragraphs");
    }
    assert_eq!(
        fillers.keys().map(String::as_str).collect::<BTreeSet<_>>(),
        LANGS.into_iter().collect::<BTreeSet<_>>(),
        "filler.tsv languages"
    );
}

/// The neutral stories alone come out whole: without this, a failure of the corpus test could
/// be the filler's fault rather than the sentence's.
#[test]
fn filler_paragraphs_survive_alone() {
    let mut failures = Vec::new();
    for (lang, paragraphs) in &fillers() {
        let text = extract_text(&paragraphs.join("\n"));
        let html = extract_html(lang, paragraphs);
        for (kind, article) in [("text", text), ("html", html)] {
            for p in paragraphs {
                if let Some(why) = lost(&article, p) {
                    failures.push(format!("{lang} {kind}: {}\n    {why}", clip(p, 80)));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} neutral paragraphs lost:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn extract_text(text: &str) -> Article {
    copydesk::extract_text(text, &Options::default())
        .unwrap_or_else(|e| panic!("extract_text failed: {e}"))
}

fn extract_html(lang: &str, paragraphs: &[String]) -> Article {
    copydesk::extract(story_html(lang, paragraphs).as_bytes(), &Options::default())
        .unwrap_or_else(|e| panic!("extract failed: {e}"))
}

#[test]
fn negative_corpus_sentences_survive() {
    let sentences = sentences();
    let fillers = fillers();
    let mut report = String::new();
    let mut sentence_losses = 0usize;
    let mut filler_losses = 0usize;
    let mut by_rule: BTreeMap<String, usize> = BTreeMap::new();
    let mut by_lang: BTreeMap<&str, usize> = BTreeMap::new();
    let mut lost_sentences = BTreeSet::new();
    for (seed, s) in sentences.iter().enumerate() {
        let Some(neutral) = fillers.get(&s.lang) else {
            panic!("sentences.tsv:{}: no filler for {}", s.line, s.lang);
        };
        for placement in [Placement::Middle, Placement::Last] {
            let paragraphs = story(neutral, seed, &s.text, placement);
            for input in [Input::Text, Input::Html] {
                let article = match input {
                    Input::Text => extract_text(&paragraphs.join("\n")),
                    Input::Html => extract_html(&s.lang, &paragraphs),
                };
                for p in &paragraphs {
                    let Some(why) = lost(&article, p) else {
                        continue;
                    };
                    let is_sentence = *p == s.text;
                    for rule in rules_of(&why) {
                        *by_rule.entry(rule).or_default() += 1;
                    }
                    if is_sentence {
                        sentence_losses += 1;
                        *by_lang.entry(s.lang.as_str()).or_default() += 1;
                        lost_sentences.insert(s.line);
                        let _ = writeln!(
                            report,
                            "- {} {:?} {:?} [{}] line {}: {}\n    {}",
                            s.lang, placement, input, s.trigger, s.line, s.text, why
                        );
                    } else {
                        filler_losses += 1;
                        let _ = writeln!(
                            report,
                            "- {} {:?} {:?} [{}] line {}: NEUTRAL paragraph lost: {}\n    {}",
                            s.lang,
                            placement,
                            input,
                            s.trigger,
                            s.line,
                            clip(p, 80),
                            why
                        );
                    }
                }
            }
        }
    }
    let mut rules: Vec<(String, usize)> = by_rule.into_iter().collect();
    rules.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    eprintln!("{report}");
    eprintln!("removals by rule (sentences and neutral paragraphs):");
    for (rule, n) in &rules {
        eprintln!("  {n:5}  {rule}");
    }
    eprintln!("sentences lost by language: {by_lang:?}");
    eprintln!(
        "negative corpus: {} sentences x 4 placements, {sentence_losses} removed \
         ({} distinct sentences); {filler_losses} neutral paragraphs lost with them",
        sentences.len(),
        lost_sentences.len()
    );
    let failures = sentence_losses + filler_losses;
    assert!(
        failures == 0,
        "{failures} failures: {sentence_losses} sentence placements and {filler_losses} neutral \
         paragraphs removed (list above)"
    );
}

/// Ground-truth lines of one set: (line, from `with`).
fn truth_lines(record: &serde_json::Value) -> Vec<String> {
    let mut lines = Vec::new();
    if let Some(text) = record.get("text").and_then(|t| t.as_str()) {
        lines.extend(
            text.lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        );
    }
    if let Some(with) = record.get("with").and_then(|w| w.as_array()) {
        lines.extend(
            with.iter()
                .filter_map(|s| s.as_str())
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(str::to_owned),
        );
    }
    lines
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32,
        0x1100..=0x11FF | 0x3040..=0x30FF | 0x3130..=0x318F | 0x3400..=0x4DBF
        | 0x4E00..=0x9FFF | 0xAC00..=0xD7AF | 0xF900..=0xFAFF)
}

/// A line that reads like a sentence: 8 words or more (or 20 CJK characters or more), ending in
/// sentence punctuation (closing quotes and brackets after it allowed).
fn sentence_like(line: &str) -> bool {
    // A line opened by a notice or bracket mark ("© 2019 ...", "【...】") is a notice, not prose.
    if line.trim_start().starts_with(['©', 'ⓒ', '【', '[']) {
        return false;
    }
    let long =
        line.split_whitespace().count() >= 8 || line.chars().filter(|&c| is_cjk(c)).count() >= 20;
    let end = line
        .trim_end_matches(|c: char| c.is_whitespace() || "\"'”’»)]）」』】›".contains(c))
        .chars()
        .last();
    long && matches!(end, Some('.' | '!' | '?' | '。' | '！' | '？' | '…' | '．'))
}

#[derive(Default)]
struct SetTally {
    checked: usize,
    checked_sentences: usize,
    removed: usize,
    removed_sentences: usize,
    /// Lines of which some text was kept (a prefix or suffix stripped, e.g. a dateline).
    shortened: usize,
    /// Sentence-like lines of which nothing was kept.
    lost_sentences: usize,
    /// rule -> (sentence-like lines, other lines, examples)
    rules: BTreeMap<String, (usize, usize, Vec<String>)>,
}

#[test]
fn ground_truth_lines_survive() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    if !root.is_dir() {
        eprintln!("skipped: ../shared/eval not found");
        return;
    }
    let entries = fs::read_dir(&root)
        .unwrap_or_else(|e| panic!("../shared/eval is present but unreadable: {e}"));
    let mut sets: Vec<PathBuf> = entries
        .map(|e| {
            e.unwrap_or_else(|e| panic!("../shared/eval unreadable: {e}"))
                .path()
        })
        .filter(|p| p.join("manifest.jsonl").exists())
        .collect();
    sets.sort();
    assert!(
        !sets.is_empty(),
        "../shared/eval is present but holds no manifest.jsonl"
    );
    let options = Options::default();
    let mut tallies: Vec<(String, SetTally)> = Vec::new();
    let mut total_rules: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for dir in &sets {
        let name = dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let manifest = dir.join("manifest.jsonl");
        let text = fs::read_to_string(&manifest)
            .unwrap_or_else(|e| panic!("{} unreadable: {e}", manifest.display()));
        let mut tally = SetTally::default();
        for (i, row) in text.lines().enumerate() {
            if row.trim().is_empty() {
                continue;
            }
            let record: serde_json::Value = serde_json::from_str(row)
                .unwrap_or_else(|e| panic!("{}:{}: bad JSON: {e}", manifest.display(), i + 1));
            let id = record
                .get("id")
                .and_then(|v| v.as_str())
                .unwrap_or("?")
                .to_owned();
            for line in truth_lines(&record) {
                let sentence = sentence_like(&line);
                tally.checked += 1;
                tally.checked_sentences += usize::from(sentence);
                let want = normalise(&line);
                let (kept, partial, rules) = match copydesk::extract_text(&line, &options) {
                    Ok(article) => {
                        let body = normalise(
                            &article
                                .body
                                .iter()
                                .map(|b| b.text.as_str())
                                .collect::<Vec<_>>()
                                .join(" "),
                        );
                        let mut rules: Vec<String> =
                            article.removed.iter().map(|r| r.rule.to_owned()).collect();
                        rules.sort();
                        rules.dedup();
                        if rules.is_empty() {
                            rules.push(format!("(not in body, status {:?})", article.status));
                        }
                        (body.contains(&want), !body.is_empty(), rules)
                    }
                    Err(e) => (false, false, vec![format!("(error: {e})")]),
                };
                if kept {
                    continue;
                }
                tally.removed += 1;
                tally.removed_sentences += usize::from(sentence);
                tally.shortened += usize::from(partial);
                tally.lost_sentences += usize::from(sentence && !partial);
                for rule in rules {
                    let total = total_rules.entry(rule.clone()).or_default();
                    let entry = tally.rules.entry(rule).or_default();
                    if sentence {
                        entry.0 += 1;
                        total.0 += 1;
                    } else {
                        entry.1 += 1;
                        total.1 += 1;
                    }
                    if entry.2.len() < 3 {
                        entry.2.push(format!(
                            "{id}{}{}: {}",
                            if sentence { " [sentence]" } else { "" },
                            if partial { " [shortened]" } else { "" },
                            clip(&want, 120)
                        ));
                    }
                }
            }
        }
        tallies.push((name, tally));
    }
    eprintln!("ground-truth lines through extract_text, one at a time:");
    eprintln!(
        "{:<20} {:>8} {:>8} {:>9} {:>9} {:>8} {:>8} {:>10}",
        "set", "checked", "removed", "sent.chk", "sent.rem", "other", "oth.rem", "shortened"
    );
    for (name, t) in &tallies {
        eprintln!(
            "{:<20} {:>8} {:>8} {:>9} {:>9} {:>8} {:>8} {:>10}",
            name,
            t.checked,
            t.removed,
            t.checked_sentences,
            t.removed_sentences,
            t.checked - t.checked_sentences,
            t.removed - t.removed_sentences,
            t.shortened
        );
    }
    for (name, t) in &tallies {
        eprintln!("\n{name}: removals by rule (sentence-like / other), with examples");
        let mut rules: Vec<_> = t.rules.iter().collect();
        rules.sort_by(|a, b| (b.1 .0 + b.1 .1).cmp(&(a.1 .0 + a.1 .1)).then(a.0.cmp(b.0)));
        for (rule, (s, o, examples)) in rules {
            eprintln!("  {:5} / {:5}  {rule}", s, o);
            for ex in examples {
                eprintln!("          {ex}");
            }
        }
    }
    let mut top: Vec<_> = total_rules.into_iter().collect();
    top.sort_by(|a, b| {
        (b.1 .0 + b.1 .1)
            .cmp(&(a.1 .0 + a.1 .1))
            .then(a.0.cmp(&b.0))
    });
    eprintln!("\ntop rules over all sets (total = sentence-like + other):");
    for (rule, (s, o)) in top.iter().take(15) {
        eprintln!("  {:5} = {:5} + {:5}  {rule}", s + o, s, o);
    }
    let removed: usize = tallies.iter().map(|(_, t)| t.removed).sum();
    let lost: usize = tallies.iter().map(|(_, t)| t.lost_sentences).sum();
    // A shortened line had a wire dateline or a credit split off (our convention; the
    // published truths keep them); a sentence-like line must never be dropped whole.
    assert!(
        lost == 0,
        "{lost} sentence-like ground-truth lines dropped whole ({removed} lines touched in all; table above)"
    );
}
