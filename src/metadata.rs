//! Page-level facts read before scoring: the headline, byline, dates, site name, language and
//! any article body a JSON-LD block carries. Sources, most trusted first: JSON-LD, OpenGraph
//! and `article:*` meta, other meta, then the visible page.

use crate::index::{Page, Tag};
use crate::options::Options;
use serde_json::Value;

/// What the page says about itself.
#[derive(Debug, Default, Clone)]
pub(crate) struct Meta {
    pub title: Option<String>,
    /// The arena index of the heading element that holds the title, if one does.
    pub title_node: Option<u32>,
    pub byline: Option<String>,
    pub published: Option<String>,
    pub lang: Option<String>,
    pub site_name: Option<String>,
    /// `articleBody` from JSON-LD, when present.
    pub ld_body: Option<String>,
}

#[derive(Default)]
struct LdFacts {
    headline: Option<String>,
    body: Option<String>,
    published: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
}

/// Reads the page's metadata.
pub(crate) fn read(page: &Page, options: &Options) -> Meta {
    let ld = read_json_ld(&page.head.json_ld);
    let meta = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            page.head
                .metas
                .iter()
                .find(|(key, v)| key == k && !v.trim().is_empty())
                .map(|(_, v)| collapse(v))
        })
    };
    let site_name =
        meta(&["og:site_name", "application-name", "twitter:site:name"]).or(ld.publisher.clone());
    let reference = ld
        .headline
        .clone()
        .or_else(|| meta(&["og:title", "twitter:title", "dc.title", "title"]))
        .or_else(|| page.head.title.as_deref().map(collapse));
    let (title, title_node) = choose_title(page, reference.as_deref(), site_name.as_deref());
    let byline = if ld.authors.is_empty() {
        meta(&[
            "author",
            "article:author",
            "byl",
            "dc.creator",
            "sailthru.author",
        ])
        .filter(|a| !a.starts_with("http"))
    } else {
        Some(ld.authors.join(", "))
    };
    let published = ld.published.clone().or_else(|| {
        meta(&[
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "pubdate",
            "publishdate",
            "date",
            "dc.date",
            "dc.date.issued",
        ])
    });
    let lang = page
        .head
        .lang
        .as_deref()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_string)
        .or_else(|| {
            meta(&["og:locale", "content-language", "language"]).map(|l| l.replace('_', "-"))
        })
        .or_else(|| options.lang.clone());
    Meta {
        title,
        title_node,
        byline,
        published,
        lang,
        site_name,
        ld_body: ld.body,
    }
}

/// Collapses whitespace and trims.
pub(crate) fn collapse(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    crate::index::push_collapsed(&mut out, s);
    out.trim_end().to_string()
}

/// Picks the headline: a visible `<h1>` (or `<h2>`) that the page's declared title contains,
/// else the declared title without its site-name affix, else the first `<h1>`.
fn choose_title(
    page: &Page,
    reference: Option<&str>,
    site: Option<&str>,
) -> (Option<String>, Option<u32>) {
    let mut headings: Vec<(u32, u8, String)> = Vec::new();
    for (i, node) in page.nodes.iter().enumerate() {
        if let Tag::H(level) = node.tag {
            if level <= 2 && node.all.chars > 0 && node.all.chars < 400 {
                headings.push((i as u32, level, page.subtree_text(i as u32)));
                if headings.len() >= 64 {
                    break;
                }
            }
        }
    }
    if let Some(reference) = reference {
        let key = normal_key(reference);
        if !key.is_empty() {
            // An exact match first, then the longest heading the reference contains.
            let mut best: Option<&(u32, u8, String)> = None;
            for h in &headings {
                let hk = normal_key(&h.2);
                if hk.chars().count() < 4 {
                    continue;
                }
                if hk == key {
                    return (Some(h.2.clone()), Some(h.0));
                }
                // A visible headline that extends the declared one (a headline and its
                // subtitle) is the fuller title.
                if h.1 == 1 && hk.starts_with(&key) && hk.len() <= key.len() * 4 {
                    return (Some(h.2.clone()), Some(h.0));
                }
                if key.contains(&hk) && best.is_none_or(|b| b.2.len() < h.2.len()) {
                    best = Some(h);
                }
            }
            if let Some(b) = best {
                let bk = normal_key(&b.2);
                let affix = key.starts_with(&bk) || key.ends_with(&bk);
                if affix || b.2.chars().count() * 2 >= strip_site(reference, site).chars().count() {
                    return (Some(b.2.clone()), Some(b.0));
                }
            }
            return (Some(strip_site(reference, site)), None);
        }
    }
    match headings.iter().find(|h| h.1 == 1) {
        Some(h) => (Some(h.2.clone()), Some(h.0)),
        None => (None, None),
    }
}

/// Lowercased alphanumerics only, for comparing titles.
fn normal_key(s: &str) -> String {
    s.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// Removes a site-name prefix or suffix (" - 연합뉴스", " | Reuters").
pub(crate) fn strip_site(title: &str, site: Option<&str>) -> String {
    let title = collapse(title);
    const SEPARATORS: &[&str] = &[
        " | ", " - ", " – ", " — ", " :: ", " · ", " « ", " » ", " : ", " ｜ ", "｜", " / ",
    ];
    for sep in SEPARATORS {
        let parts: Vec<&str> = title.split(sep).collect();
        if parts.len() < 2 {
            continue;
        }
        if let Some(site) = site {
            let sk = normal_key(site);
            let kept: Vec<&str> = parts
                .iter()
                .copied()
                .filter(|p| normal_key(p) != sk && !sk.is_empty())
                .collect();
            if kept.len() < parts.len() && !kept.is_empty() {
                return kept.join(sep);
            }
        }
        let first = parts.first().copied().unwrap_or_default();
        let last = parts.last().copied().unwrap_or_default();
        let (fc, lc) = (first.chars().count(), last.chars().count());
        let short = |p: &str, n: usize| n <= 40 && p.split_whitespace().count() <= 5;
        if *sep == " : " {
            continue;
        }
        // A short last part is the site's name ("Storm hits coast - Daily News").
        if lc <= fc && short(last, lc) {
            return parts
                .get(..parts.len() - 1)
                .map_or_else(|| title.clone(), |p| p.join(sep));
        }
        // A short first part is a prefix ("Reuters | Markets rally...").
        if fc * 2 <= lc && short(first, fc) {
            return parts
                .get(1..)
                .map_or_else(|| title.clone(), |p| p.join(sep));
        }
    }
    title
}

/// Facts from JSON-LD blocks (arrays, `@graph`, broken blocks skipped).
fn read_json_ld(blocks: &[String]) -> LdFacts {
    let mut facts = LdFacts::default();
    for block in blocks {
        let Ok(value) = serde_json::from_str::<Value>(block.trim()) else {
            continue;
        };
        let mut stack = vec![&value];
        let mut budget = 10_000usize;
        while let Some(v) = stack.pop() {
            budget = budget.saturating_sub(1);
            if budget == 0 {
                break;
            }
            match v {
                Value::Array(items) => stack.extend(items.iter()),
                Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if !is_article_type(map.get("@type")) {
                        continue;
                    }
                    let text = |k: &str| map.get(k).and_then(Value::as_str).map(collapse);
                    if facts.headline.is_none() {
                        facts.headline = text("headline").filter(|h| !h.is_empty());
                    }
                    if facts.body.is_none() {
                        facts.body = map
                            .get("articleBody")
                            .and_then(Value::as_str)
                            .map(str::to_string)
                            .filter(|b| !b.trim().is_empty());
                    }
                    if facts.published.is_none() {
                        facts.published = text("datePublished");
                    }
                    if facts.authors.is_empty() {
                        facts.authors = names(map.get("author"));
                    }
                    if facts.publisher.is_none() {
                        facts.publisher = names(map.get("publisher")).into_iter().next();
                    }
                }
                _ => {}
            }
        }
    }
    facts
}

fn is_article_type(t: Option<&Value>) -> bool {
    const TYPES: &[&str] = &[
        "NewsArticle",
        "Article",
        "ReportageNewsArticle",
        "AnalysisNewsArticle",
        "OpinionNewsArticle",
        "BlogPosting",
        "TechArticle",
        "ScholarlyArticle",
        "Report",
        "LiveBlogPosting",
        "BackgroundNewsArticle",
        "ReviewNewsArticle",
        "SocialMediaPosting",
    ];
    match t {
        Some(Value::String(s)) => TYPES.contains(&s.as_str()),
        Some(Value::Array(items)) => items
            .iter()
            .any(|i| i.as_str().is_some_and(|s| TYPES.contains(&s))),
        _ => false,
    }
}

fn names(v: Option<&Value>) -> Vec<String> {
    let mut out = Vec::new();
    let mut push = |v: &Value| match v {
        Value::String(s) if !s.trim().is_empty() => out.push(collapse(s)),
        Value::Object(m) => {
            if let Some(Value::String(s)) = m.get("name") {
                if !s.trim().is_empty() {
                    out.push(collapse(s));
                }
            }
        }
        _ => {}
    };
    match v {
        Some(Value::Array(items)) => items.iter().for_each(&mut push),
        Some(other) => push(other),
        None => {}
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_site_suffix_and_prefix() {
        assert_eq!(
            strip_site("Storm hits coast - Daily News", None),
            "Storm hits coast"
        );
        assert_eq!(
            strip_site("[속보] 대구시 세미나 개최 | 뉴스21", Some("뉴스21")),
            "[속보] 대구시 세미나 개최"
        );
        assert_eq!(
            strip_site("Reuters | Markets rally as rates fall sharply", None),
            "Markets rally as rates fall sharply"
        );
        assert_eq!(strip_site("No separator here", None), "No separator here");
    }

    #[test]
    fn json_ld_graph_and_arrays() {
        let ld = read_json_ld(&[r#"{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H","articleBody":"B","author":[{"name":"A"},{"name":"C"}],"publisher":{"name":"P"}}]}"#.into(), "{broken".into()]);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.body.as_deref(), Some("B"));
        assert_eq!(ld.authors, vec!["A", "C"]);
        assert_eq!(ld.publisher.as_deref(), Some("P"));
    }
}
