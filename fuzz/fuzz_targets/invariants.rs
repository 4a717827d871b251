//! Output invariants on HTML input (read as UTF-8, lossily, so the decoder takes the UTF-8 path
//! and the visible text below is computed from the same string):
//!
//! - every body block's text (each cell of a table row) is a substring of the page's visible
//!   text with all whitespace removed, or of the JSON-LD strings when the JSON-LD
//!   `articleBody` replaced the body;
//! - no removal's text equals a body block's text, unless that text occurs at least twice in
//!   the visible text (a table row counts once as its cells and once as literal text);
//! - `text()`, `to_markdown()` and `to_json()` never fail, and `to_json()` parses back.
//!
//! The visible text is computed here independently of copydesk's index: html5ever and
//! markup5ever_rcdom, every text node outside `script`, `style`, `template`, `noscript`, the
//! other elements copydesk never shows (form controls, `svg`, `iframe`...) and hidden ones.
#![no_main]

use copydesk::Options;
use html5ever::tendril::TendrilSink;
use libfuzzer_sys::fuzz_target;
use markup5ever_rcdom::{Handle, NodeData, RcDom};

fn strip(s: &str) -> String {
    s.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The visible text (whitespace-stripped) and the JSON-LD strings (whitespace-stripped).
fn page_text(html: &str) -> (String, String) {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(html);
    let mut visible = String::new();
    let mut json = String::new();
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        match &node.data {
            NodeData::Text { contents } => visible.push_str(&strip(&contents.borrow())),
            NodeData::Element { name, attrs, .. } => {
                let local: &str = &name.local;
                if local == "script" {
                    let is_ld = attrs.borrow().iter().any(|a| {
                        &*a.name.local == "type" && a.value.to_ascii_lowercase().contains("ld+json")
                    });
                    if is_ld {
                        let mut s = String::new();
                        for child in node.children.borrow().iter() {
                            if let NodeData::Text { contents } = &child.data {
                                s.push_str(&contents.borrow());
                            }
                        }
                        if let Ok(v) = serde_json::from_str::<serde_json::Value>(s.trim()) {
                            json_strings(&v, &mut json);
                        }
                    }
                    continue;
                }
                // Elements whose text is never shown, and hidden ones (the same rules as
                // `is_ignored` and the hidden check in src/index.rs): text skipped in the middle
                // of a paragraph would otherwise break the substring test.
                if SKIPPED.contains(&local) || is_hidden(&attrs.borrow()) {
                    continue;
                }
                for child in node.children.borrow().iter().rev() {
                    stack.push(child.clone());
                }
            }
            _ => {
                for child in node.children.borrow().iter().rev() {
                    stack.push(child.clone());
                }
            }
        }
    }
    (visible, json)
}

const SKIPPED: &[&str] = &[
    "style", "noscript", "template", "svg", "math", "iframe", "object", "embed", "canvas",
    "select", "option", "textarea", "button", "input", "video", "audio", "map", "frameset",
    "frame", "param", "source", "track", "rt", "rp",
];

fn is_hidden(attrs: &[html5ever::Attribute]) -> bool {
    attrs.iter().any(|a| match &*a.name.local {
        "hidden" => true,
        "style" => {
            let compact: String = a
                .value
                .to_ascii_lowercase()
                .chars()
                .filter(|c| !c.is_whitespace())
                .collect();
            compact.contains("display:none") || compact.contains("visibility:hidden")
        }
        _ => false,
    })
}

fn json_strings(v: &serde_json::Value, out: &mut String) {
    let mut stack = vec![v];
    while let Some(v) = stack.pop() {
        match v {
            serde_json::Value::String(s) => {
                out.push_str(&strip(s));
                out.push('\u{1}');
            }
            serde_json::Value::Array(items) => stack.extend(items.iter()),
            serde_json::Value::Object(map) => stack.extend(map.values()),
            _ => {}
        }
    }
}

fn occurrences(haystack: &str, needle: &str) -> usize {
    if needle.is_empty() {
        return usize::MAX;
    }
    let mut count = 0;
    let mut from = 0;
    while let Some(pos) = haystack.get(from..).and_then(|h| h.find(needle)) {
        count += 1;
        if count >= 2 {
            break;
        }
        // Overlapping occurrences count too.
        from += pos + needle.chars().next().map_or(1, char::len_utf8);
    }
    count
}

fuzz_target!(|data: &[u8]| {
    let html = String::from_utf8_lossy(data);
    let Ok(article) = copydesk::extract(html.as_bytes(), &Options::default()) else {
        return;
    };
    let _ = article.text();
    let _ = article.to_markdown();
    let json = article.to_json();
    serde_json::from_str::<serde_json::Value>(&json).expect("to_json parses back");

    let (visible, ld) = page_text(&html);
    let replaced = article.removed.iter().any(|r| r.rule == "jsonld.replaced");
    for block in &article.body {
        // Cells of a data-table row are joined by " | " (an empty cell leaves "| |"), also in
        // a heading or code block that stands inside a row; cells may hold '|' themselves.
        let pieces: Vec<&str> = block.text.split('|').collect();
        for piece in pieces {
            let piece = strip(piece);
            // The JSON-LD body replaces an empty visible body without any removal to show it.
            let found = ld.contains(&piece) || (!replaced && visible.contains(&piece));
            assert!(found, "body text not in the page: {piece:?}");
        }
    }
    if !replaced {
        for removal in &article.removed {
            if article.body.iter().any(|b| b.text == removal.text) {
                // A table row's cells are joined by " | " (not in the page), so the same row
                // may stand once as cells and once as literal text with the bars: both count.
                let plain = strip(&removal.text);
                let cells = strip(&removal.text.replace('|', ""));
                let count = if plain == cells {
                    occurrences(&visible, &plain)
                } else {
                    occurrences(&visible, &plain).saturating_add(occurrences(&visible, &cells))
                };
                assert!(
                    count >= 2,
                    "text both in the body and removed: {:?} ({})",
                    removal.text,
                    removal.rule
                );
            }
        }
    }
});
