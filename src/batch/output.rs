//! One JSON Lines record per page: the article, or the error that stopped it.

use serde::Serialize;

use crate::Article;

/// A rendering of the article added to each record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Rendering {
    /// The body as plain text ([`Article::text`]), in the record's `text` field.
    Text,
    /// The article as Markdown ([`Article::to_markdown`]), in the record's `markdown` field.
    Markdown,
}

/// A page's record: its names, the article's own JSON fields (as [`Article::to_json`] writes
/// them), and the rendering asked for.
#[derive(Serialize)]
struct PageRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(flatten)]
    article: serde_json::Map<String, serde_json::Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    text: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    markdown: Option<String>,
}

/// An error's record.
#[derive(Serialize)]
struct ErrorRecord<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    error: ErrorBody<'a>,
}

#[derive(Serialize)]
struct ErrorBody<'a> {
    kind: &'a str,
    message: &'a str,
}

/// The JSON line (newline included) of an extracted page; `removed` keeps the labelled
/// removals. The article is taken by value: without `removed`, its removals are dropped before
/// the article becomes a JSON value, rather than turned into one and thrown away.
pub(crate) fn page_line(
    id: Option<&str>,
    url: Option<&str>,
    mut article: Article,
    removed: bool,
    rendering: Option<Rendering>,
) -> Vec<u8> {
    if !removed {
        article.removed = Vec::new();
    }
    let mut fields = match serde_json::to_value(&article) {
        Ok(serde_json::Value::Object(fields)) => fields,
        _ => serde_json::Map::new(),
    };
    if !removed {
        fields.remove("removed");
    }
    let record = PageRecord {
        id,
        url,
        article: fields,
        text: (rendering == Some(Rendering::Text)).then(|| article.text()),
        markdown: (rendering == Some(Rendering::Markdown)).then(|| article.to_markdown()),
    };
    finish(serde_json::to_vec(&record))
}

/// The JSON line (newline included) of a page or input that failed.
pub(crate) fn error_line(
    id: Option<&str>,
    url: Option<&str>,
    kind: &str,
    message: &str,
) -> Vec<u8> {
    finish(serde_json::to_vec(&ErrorRecord {
        id,
        url,
        error: ErrorBody { kind, message },
    }))
}

fn finish(json: serde_json::Result<Vec<u8>>) -> Vec<u8> {
    // Serialising owned strings and JSON values cannot fail; an empty object stands in if it did.
    let mut line = json.unwrap_or_else(|_| b"{}".to_vec());
    line.push(b'\n');
    line
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Block, BlockKind, Removal, RemovalKind, Status};

    fn article() -> Article {
        let mut a = Article::empty(Status::Article);
        a.title = Some("Title".into());
        a.body.push(Block::new(BlockKind::Paragraph, "One."));
        a.removed
            .push(Removal::new(RemovalKind::Share, "Share", "class.share"));
        a
    }

    #[test]
    fn removals_only_when_asked() {
        let without = String::from_utf8(page_line(Some("a"), None, article(), false, None));
        let with = String::from_utf8(page_line(Some("a"), None, article(), true, None));
        let (without, with) = (without.unwrap_or_default(), with.unwrap_or_default());
        assert!(without.starts_with(r#"{"id":"a","#), "{without}");
        assert!(!without.contains("removed"), "{without}");
        assert!(with.contains(r#""removed":[{"kind":"share""#), "{with}");
        assert!(with.ends_with("}\n") && !with.trim_end().contains('\n'));
    }

    #[test]
    fn rendering_goes_in_its_field() {
        let text = page_line(None, Some("u"), article(), false, Some(Rendering::Text));
        let v: serde_json::Value = serde_json::from_slice(&text).unwrap_or_default();
        assert_eq!(v["text"], "One.");
        assert_eq!(v["url"], "u");
        assert!(v.get("markdown").is_none());
        let md = page_line(None, None, article(), false, Some(Rendering::Markdown));
        let v: serde_json::Value = serde_json::from_slice(&md).unwrap_or_default();
        assert_eq!(v["markdown"], "# Title\n\nOne.\n");
    }

    #[test]
    fn error_record_shape() {
        let line = error_line(Some("x.html"), None, "read", "gone");
        assert_eq!(
            line,
            b"{\"id\":\"x.html\",\"error\":{\"kind\":\"read\",\"message\":\"gone\"}}\n"
        );
    }
}
