//! Facts from JSON-LD blocks: NewsArticle, Article, ReportageNewsArticle and kin, found at the
//! top level, in arrays or in `@graph`; a block that does not parse is skipped (a trailing
//! comma or a stray control character is repaired first).

use super::collapse;
use serde_json::Value;

/// What the page's JSON-LD says about its article.
#[derive(Debug, Default)]
pub(crate) struct LdFacts {
    pub headline: Option<String>,
    pub body: Option<String>,
    pub published: Option<String>,
    pub modified: Option<String>,
    pub authors: Vec<String>,
    /// Authors given as organisations.
    pub org_authors: Vec<String>,
    pub publisher: Option<String>,
    pub description: Option<String>,
    pub url: Option<String>,
    pub image: Option<String>,
    pub section: Option<String>,
    pub keywords: Vec<String>,
    pub lang: Option<String>,
}

/// Reads every block, the first article object's facts winning.
pub(crate) fn read(blocks: &[String]) -> LdFacts {
    let mut facts = LdFacts::default();
    for block in blocks {
        let Some(value) = parse_lenient(block) else {
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
                Value::Array(items) => stack.extend(items.iter().rev()),
                Value::Object(map) => {
                    if let Some(graph) = map.get("@graph") {
                        stack.push(graph);
                    }
                    if !is_article_type(map.get("@type")) {
                        continue;
                    }
                    let text = |k: &str| {
                        map.get(k)
                            .and_then(Value::as_str)
                            .map(collapse)
                            .filter(|s| !s.is_empty())
                    };
                    fill(&mut facts.headline, || {
                        text("headline").or_else(|| text("name"))
                    });
                    fill(&mut facts.body, || {
                        map.get("articleBody")
                            .and_then(Value::as_str)
                            .map(str::to_string)
                            .filter(|b| !b.trim().is_empty())
                    });
                    fill(&mut facts.published, || {
                        text("datePublished")
                            .or_else(|| text("dateCreated"))
                            .or_else(|| text("coverageStartTime"))
                    });
                    fill(&mut facts.modified, || text("dateModified"));
                    if facts.authors.is_empty() {
                        // Organisations credited as author are not people: they stay only a
                        // fallback byline.
                        let value = map.get("author").or_else(|| map.get("creator"));
                        facts.authors = names(value.map(people_only).as_ref());
                        if facts.authors.is_empty() {
                            facts.org_authors = names(value);
                        }
                    }
                    fill(&mut facts.publisher, || {
                        names(map.get("publisher")).into_iter().next()
                    });
                    fill(&mut facts.description, || text("description"));
                    fill(&mut facts.url, || {
                        text("url").or_else(|| match map.get("mainEntityOfPage") {
                            Some(Value::String(s)) => Some(collapse(s)),
                            Some(Value::Object(m)) => {
                                m.get("@id").and_then(Value::as_str).map(collapse)
                            }
                            _ => None,
                        })
                    });
                    fill(&mut facts.image, || first_url(map.get("image")));
                    fill(&mut facts.section, || match map.get("articleSection") {
                        Some(Value::String(s)) => Some(collapse(s)),
                        Some(Value::Array(items)) => {
                            items.iter().find_map(Value::as_str).map(collapse)
                        }
                        _ => None,
                    });
                    if facts.keywords.is_empty() {
                        facts.keywords = match map.get("keywords") {
                            Some(Value::String(s)) => super::split_list(s),
                            Some(Value::Array(items)) => items
                                .iter()
                                .filter_map(Value::as_str)
                                .map(collapse)
                                .filter(|s| !s.is_empty())
                                .collect(),
                            _ => Vec::new(),
                        };
                    }
                    fill(&mut facts.lang, || text("inLanguage"));
                }
                _ => {}
            }
        }
    }
    facts
}

fn fill(slot: &mut Option<String>, value: impl FnOnce() -> Option<String>) {
    if slot.is_none() {
        *slot = value();
    }
}

/// Parses a block, repairing the two breakages seen most (raw newlines or tabs inside strings,
/// trailing commas) when it does not parse as it is.
fn parse_lenient(block: &str) -> Option<Value> {
    let block = block.trim();
    let block = block
        .strip_prefix("<!--")
        .and_then(|b| b.strip_suffix("-->"))
        .unwrap_or(block)
        .trim();
    // XHTML-style wrappers: `<![CDATA[ ... ]]>`, also behind `//` or `/* */`.
    let block = block
        .trim_start_matches("//")
        .trim_start_matches("/*")
        .trim_start();
    let block = match block.strip_prefix("<![CDATA[") {
        Some(inner) => inner
            .trim_end()
            .trim_end_matches("*/")
            .trim_end()
            .trim_end_matches("]]>")
            .trim_end()
            .trim_end_matches("//")
            .trim_end_matches("/*")
            .trim(),
        None => block,
    };
    if let Ok(v) = serde_json::from_str::<Value>(block) {
        return Some(v);
    }
    let mut repaired = String::with_capacity(block.len());
    let mut in_string = false;
    let mut escaped = false;
    for c in block.chars() {
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                '\n' | '\r' | '\t' => {
                    repaired.push(' ');
                    continue;
                }
                _ => {}
            }
        } else if c == '"' {
            in_string = true;
        } else if c == '}' || c == ']' {
            // Drop a trailing comma before a closing bracket.
            let trimmed = repaired.trim_end().len();
            if repaired.get(..trimmed).is_some_and(|r| r.ends_with(',')) {
                repaired.truncate(trimmed - 1);
            }
        }
        repaired.push(c);
    }
    serde_json::from_str::<Value>(&repaired).ok()
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
    let known = |s: &str| {
        TYPES.contains(
            &s.trim_start_matches("http://schema.org/")
                .trim_start_matches("https://schema.org/"),
        )
    };
    match t {
        Some(Value::String(s)) => known(s),
        Some(Value::Array(items)) => items.iter().any(|i| i.as_str().is_some_and(known)),
        _ => false,
    }
}

/// Names of a person or organisation value: a string, an object with `name`, or an array.
fn names(v: Option<&Value>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut push = |v: &Value| {
        let name = match v {
            Value::String(s) => Some(collapse(s)),
            Value::Object(m) => m.get("name").and_then(Value::as_str).map(collapse),
            _ => None,
        };
        if let Some(name) = name.filter(|n| !n.is_empty() && !n.starts_with("http")) {
            if !out.contains(&name) {
                out.push(name);
            }
        }
    };
    match v {
        Some(Value::Array(items)) => items.iter().for_each(&mut push),
        Some(other) => push(other),
        None => {}
    }
    out
}

/// An author value without its `Organization` entries.
fn people_only(v: &Value) -> Value {
    let is_org = |v: &Value| {
        v.get("@type")
            .and_then(Value::as_str)
            .is_some_and(|t| t.contains("Organization") || t == "NewsMediaOrganization")
    };
    match v {
        Value::Array(items) => Value::Array(items.iter().filter(|i| !is_org(i)).cloned().collect()),
        other if is_org(other) => Value::Null,
        other => other.clone(),
    }
}

/// The first URL of an image value: a string, an ImageObject, or an array of either.
fn first_url(v: Option<&Value>) -> Option<String> {
    match v? {
        Value::String(s) => Some(collapse(s)).filter(|s| !s.is_empty()),
        Value::Object(m) => m
            .get("url")
            .or_else(|| m.get("contentUrl"))
            .and_then(Value::as_str)
            .map(collapse),
        Value::Array(items) => items.iter().find_map(|i| first_url(Some(i))),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn graph_arrays_and_broken_blocks() {
        let ld = read(&[
            r#"{"@graph":[{"@type":"WebPage"},{"@type":["NewsArticle"],"headline":"H","articleBody":"B","author":[{"name":"A"},{"name":"C"}],"publisher":{"name":"P"},"image":[{"url":"https://i/1.jpg"}],"keywords":"a, b","articleSection":["S"],"dateModified":"2026-07-13"}]}"#.into(),
            "{broken".into(),
        ]);
        assert_eq!(ld.headline.as_deref(), Some("H"));
        assert_eq!(ld.body.as_deref(), Some("B"));
        assert_eq!(ld.authors, vec!["A", "C"]);
        assert_eq!(ld.publisher.as_deref(), Some("P"));
        assert_eq!(ld.image.as_deref(), Some("https://i/1.jpg"));
        assert_eq!(ld.keywords, vec!["a", "b"]);
        assert_eq!(ld.section.as_deref(), Some("S"));
        assert_eq!(ld.modified.as_deref(), Some("2026-07-13"));
    }

    #[test]
    fn cdata_wrappers() {
        let ld = read(&[
            "\n <![CDATA[\n {\"@type\":\"Article\",\"datePublished\":\"2018-04-05T06:00\"}\n ]]>\n"
                .into(),
        ]);
        assert_eq!(ld.published.as_deref(), Some("2018-04-05T06:00"));
    }

    #[test]
    fn repairs_newlines_and_trailing_commas() {
        let ld = read(&["{\"@type\":\"NewsArticle\",\"headline\":\"line\none\",}".into()]);
        assert_eq!(ld.headline.as_deref(), Some("line one"));
    }
}
