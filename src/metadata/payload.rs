//! The article in a framework's page data: some pages render their story from a JSON payload
//! (`<script type="application/json">`, such as Next.js's `__NEXT_DATA__`) and ship little or
//! none of it as HTML. The payload's string that holds the most HTML paragraphs is the body;
//! it is turned into plain paragraphs, one per line.

use serde_json::Value;

/// Fewest `<p>` elements the chosen string must hold.
const MIN_PARAGRAPHS: usize = 3;

/// How deep the walk goes into the JSON.
const MAX_DEPTH: usize = 64;

/// The body held by the pages' data scripts, as paragraphs one per line, if one holds one.
pub(crate) fn body(scripts: &[String]) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    for script in scripts {
        let Ok(value) = serde_json::from_str::<Value>(script.trim()) else {
            continue;
        };
        visit(&value, 0, &mut |s: &str| {
            let paragraphs = count_paragraphs(s);
            if paragraphs >= MIN_PARAGRAPHS && best.as_ref().is_none_or(|(n, _)| paragraphs > *n) {
                best = Some((paragraphs, s.to_string()));
            }
        });
    }
    best.map(|(_, html)| to_lines(&html))
}

fn visit(value: &Value, depth: usize, f: &mut impl FnMut(&str)) {
    if depth > MAX_DEPTH {
        return;
    }
    match value {
        Value::String(s) => f(s),
        Value::Array(items) => items.iter().for_each(|v| visit(v, depth + 1, f)),
        Value::Object(map) => map.values().for_each(|v| visit(v, depth + 1, f)),
        _ => {}
    }
}

fn count_paragraphs(s: &str) -> usize {
    s.match_indices("<p")
        .filter(|(i, _)| {
            s.as_bytes()
                .get(i + 2)
                .is_some_and(|&b| b == b'>' || b == b' ')
        })
        .count()
}

/// HTML to paragraphs: block ends and `<br>` end a line, other tags go, the common entities
/// are decoded, whitespace is collapsed.
fn to_lines(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(open) = rest.find('<') {
        out.push_str(rest.get(..open).unwrap_or_default());
        let after = rest.get(open..).unwrap_or_default();
        let close = after.find('>').map_or(after.len(), |c| c + 1);
        let tag = after.get(..close).unwrap_or_default().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches(['<', '/'])
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let breaks = matches!(
            name.as_str(),
            "p" | "br"
                | "div"
                | "li"
                | "h1"
                | "h2"
                | "h3"
                | "h4"
                | "h5"
                | "h6"
                | "blockquote"
                | "tr"
                | "figure"
                | "section"
        );
        out.push(if breaks { '\n' } else { ' ' });
        rest = after.get(close..).unwrap_or_default();
    }
    out.push_str(rest);
    let decoded = decode_entities(&out);
    decoded
        .lines()
        .map(|l| l.split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_string();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(rest.get(..amp).unwrap_or_default());
        let after = rest.get(amp..).unwrap_or_default();
        let window = after.char_indices().nth(12).map_or(after.len(), |(i, _)| i);
        let end = after.get(..window).and_then(|w| w.find(';'));
        let decoded = end.and_then(|e| {
            let name = after.get(1..e)?;
            let c = match name {
                "amp" => '&',
                "lt" => '<',
                "gt" => '>',
                "quot" => '"',
                "apos" | "#39" => '\'',
                "nbsp" => ' ',
                _ => {
                    let num = name.strip_prefix('#')?;
                    let code = match num.strip_prefix(['x', 'X']) {
                        Some(hex) => u32::from_str_radix(hex, 16).ok()?,
                        None => num.parse().ok()?,
                    };
                    char::from_u32(code)?
                }
            };
            Some((c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = after.get(len..).unwrap_or_default();
            }
            None => {
                out.push('&');
                rest = after.get(1..).unwrap_or_default();
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_string_with_the_most_paragraphs_is_the_body() {
        let data = r#"{"props":{"pageProps":{"teaser":"<p>One</p>","story":{"title":"T",
            "content":"<p>The council voted on Monday.</p><p>Work starts in June &amp; ends in August.</p><p>Residents were told on Friday.</p>"}}}}"#;
        let body = body(&[data.to_string()]).unwrap();
        assert_eq!(
            body,
            "The council voted on Monday.\nWork starts in June & ends in August.\nResidents were told on Friday."
        );
        assert!(super::body(&["{\"a\":\"<p>x</p>\"}".to_string()]).is_none());
        assert!(super::body(&["not json".to_string()]).is_none());
    }

    #[test]
    fn entities_and_breaks() {
        assert_eq!(to_lines("a&#44; b&#x21;<br>c &lt;d&gt;"), "a, b!\nc <d>");
        assert_eq!(
            to_lines("broken &amp and <b>bold</b>"),
            "broken &amp and bold"
        );
    }

    #[test]
    fn a_page_rendered_from_its_data_gets_the_payload_as_body() {
        let para = "The harbour bridge will close for repairs from June, the council said on \
                    Monday after engineers found cracks in two of its supports.";
        let content: String = (0..5).map(|_| format!("<p>{para}</p>")).collect();
        let data = serde_json::json!({"props": {"pageProps": {"article": {"body": content}}}});
        let html = format!(
            "<html><head><title>Bridge</title></head><body><div id=__next>Loading...</div>\
             <script id=__NEXT_DATA__ type=\"application/json\">{data}</script></body></html>"
        );
        let article = crate::extract(html.as_bytes(), &crate::Options::default()).unwrap();
        assert_eq!(article.status, crate::Status::Article);
        assert_eq!(article.body.len(), 5);
        assert_eq!(
            article.body[0].text,
            para.split_whitespace().collect::<Vec<_>>().join(" ")
        );
        // A page whose visible text is the article keeps it.
        let visible = format!("<html><body><article>{content}</article>\
             <script type=\"application/json\">{{\"x\": \"<p>a</p><p>b</p><p>c</p>\"}}</script></body></html>");
        let article = crate::extract(visible.as_bytes(), &crate::Options::default()).unwrap();
        assert!(article.removed.iter().all(|r| r.rule != "payload.replaced"));
        assert_eq!(article.body.len(), 5);
    }
}
