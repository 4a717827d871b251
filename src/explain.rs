//! Why the extractor did what it did: every block of the page, in order, with its label, a
//! score and the rule that removed it. A view for people; the [`Article`] is the result.

use crate::article::{Article, BlockKind, RemovalKind};
use crate::render::html::escape;
use serde::Serialize;
use std::fmt::Write as _;

/// One block of the page as the extractor judged it.
///
/// ```
/// let e = copydesk::explain_text("Storm hits coast\n", &copydesk::Options::default())?;
/// assert_eq!(e.blocks[0].removal, None);
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Judged {
    /// The block's shape (paragraph, heading, list item...).
    pub kind: BlockKind,
    /// `None` when the block is part of the body, else the kind of removal.
    pub removal: Option<RemovalKind>,
    /// The rule that removed it (`"body"` for body blocks).
    pub rule: &'static str,
    /// How much the block looks like running text, 0 to 1: its share of text outside links,
    /// scaled down for blocks under 100 characters.
    pub score: f32,
    /// The signals that decided the block, by name (`element:class.caption/wide/evidence`,
    /// `outside`, `line:en.copyright`, `prose`, `sentence`, `placed:end.cut-after`...): see
    /// docs/ARCHITECTURE.md, "How a block is decided".
    pub signals: Vec<String>,
    /// The block's text.
    pub text: String,
}

/// An article together with every block of the page as it was judged, in page order.
///
/// ```
/// let html = b"<article><p>It rained all day in the city, and the rivers rose to their banks.</p>\
///     <p>Officials said the water would fall again by Friday, and schools stayed open.</p>\
///     <p class=byline>By Jane Doe</p></article>";
/// let e = copydesk::explain(html, &copydesk::Options::default())?;
/// assert_eq!(e.article.body.len(), 2);
/// assert!(e.blocks.iter().any(|b| b.rule == "class.byline"));
/// assert!(e.to_text().contains("class.byline"));
/// assert!(e.to_html().contains("<del>"));
/// # Ok::<(), copydesk::Error>(())
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct Explanation {
    /// The extracted article.
    pub article: Article,
    /// Every block of the page, in order.
    pub blocks: Vec<Judged>,
}

impl Explanation {
    pub(crate) fn new(article: Article, labeled: Vec<crate::classify::Labeled>) -> Self {
        let blocks = labeled
            .into_iter()
            .map(|b| {
                let (removal, rule) = match b.label {
                    crate::classify::Label::Body => (None, "body"),
                    crate::classify::Label::Removed(kind, rule) => (Some(kind), rule),
                };
                Judged {
                    kind: b.kind,
                    removal,
                    rule,
                    score: b.score,
                    signals: b.ev.signals(),
                    text: b.text,
                }
            })
            .collect();
        Explanation { article, blocks }
    }

    /// One line per block: `BODY` or `CUT`, the kind (the removal's, else the block's), the
    /// score, the rule, the signals that decided it (in brackets) and the text.
    ///
    /// ```
    /// let e = copydesk::explain_text("By Jane Doe\n", &copydesk::Options::default())?;
    /// assert!(e.to_text().starts_with("CUT  credit"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        for b in &self.blocks {
            let (tag, kind) = match b.removal {
                None => ("BODY", b.kind.name()),
                Some(k) => ("CUT ", k.name()),
            };
            let text: String = b.text.split_whitespace().collect::<Vec<_>>().join(" ");
            let signals = if b.signals.is_empty() {
                String::new()
            } else {
                format!("[{}] ", b.signals.join(" "))
            };
            let _ = writeln!(
                out,
                "{tag} {kind:<11} {:.2} {:<32} {signals}{text}",
                b.score, b.rule
            );
        }
        out
    }

    /// One self-contained HTML page: the body as it reads, removed blocks struck through and
    /// tagged with their kind and rule, so a person sees at a glance what happened and why.
    ///
    /// ```
    /// let e = copydesk::explain_text("▲ 사진=대구광역시대구시는 15일 세미나를 열었다.\n", &copydesk::Options::default())?;
    /// assert!(e.to_html().contains("ko.caption.glued"));
    /// # Ok::<(), copydesk::Error>(())
    /// ```
    pub fn to_html(&self) -> String {
        let mut out = String::with_capacity(4096);
        let title = self.article.title.as_deref().unwrap_or("(no title)");
        let removed = self.blocks.iter().filter(|b| b.removal.is_some()).count();
        out.push_str(
            "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>copydesk explain: ",
        );
        escape(&mut out, title);
        out.push_str("</title>\n<style>\n");
        out.push_str(STYLE);
        out.push_str("</style></head><body>\n<header><h1>");
        escape(&mut out, title);
        let _ = write!(
            out,
            "</h1><p class=\"summary\">status: {} · {} body blocks · {} removed</p></header>\n<main>\n",
            match self.article.status {
                crate::Status::Article => "article",
                crate::Status::NoArticle => "no article",
                crate::Status::Listing => "a listing of other pages",
            },
            self.blocks.len() - removed,
            removed
        );
        for b in &self.blocks {
            match b.removal {
                None => {
                    let _ = write!(
                        out,
                        "<div class=\"block body\" data-kind=\"{}\"><span class=\"tag\">{} · {:.2}</span><p>",
                        b.kind.name(),
                        b.kind.name(),
                        b.score
                    );
                    escape(&mut out, &b.text);
                    out.push_str("</p></div>\n");
                }
                Some(kind) => {
                    let _ = write!(
                        out,
                        "<div class=\"block removed {}\" data-removal=\"{}\" data-rule=\"{}\" title=\"{}\"><span class=\"tag\">{} · {}</span><p><del>",
                        kind.name(),
                        kind.name(),
                        b.rule,
                        b.signals.join(" "),
                        kind.name(),
                        b.rule
                    );
                    escape(&mut out, &b.text);
                    out.push_str("</del></p></div>\n");
                }
            }
        }
        out.push_str("</main>\n<script>");
        out.push_str(SELF_CHECK);
        out.push_str("</script></body></html>\n");
        out
    }
}

/// A self-check run by the browser that opens the page: it records on `<body>` how many removed
/// blocks are rendered struck through and how many removal tags are visible
/// (`data-rendered="N struck, M tagged"`), so a headless browser can confirm the labels render.
const SELF_CHECK: &str = "addEventListener('load',function(){var s=0,t=0;\
document.querySelectorAll('.removed del').forEach(function(e){\
if(getComputedStyle(e).textDecorationLine.indexOf('line-through')>=0)s++});\
document.querySelectorAll('.removed .tag').forEach(function(e){\
if(e.offsetHeight>0&&e.textContent.length>0)t++});\
document.body.setAttribute('data-rendered',s+' struck, '+t+' tagged')});";

const STYLE: &str = "body{font:16px/1.5 system-ui,sans-serif;max-width:52em;margin:2em auto;color:#222}\
header{border-bottom:1px solid #ccc;margin-bottom:1em}.summary{color:#666}\
.block{margin:.4em 0;padding:.2em .6em;border-left:4px solid #2a7}\
.block p{margin:.1em 0}.removed{border-left-color:#c33;color:#888}\
.removed del{text-decoration-color:#c33}\
.tag{display:inline-block;font-size:12px;font-family:monospace;background:#eee;color:#333;padding:0 .4em;border-radius:3px}\
.removed .tag{background:#fdd;color:#900}\n";

/// One text rule of copydesk's tables, as data: what it removes, on which pages, and the
/// newsroom convention it encodes.
///
/// ```
/// let rules = copydesk::rules();
/// let reporter = rules.iter().find(|r| r.id == "ko.credit.reporter").unwrap();
/// assert_eq!(reporter.lang, "ko");
/// assert!(reporter.ends_story);
/// assert!(!reporter.origin.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize)]
#[non_exhaustive]
pub struct RuleInfo {
    /// The id returned with a removal (`Removal::rule`).
    pub id: &'static str,
    /// The kind of removal it gives.
    pub kind: RemovalKind,
    /// The language whose pages it runs on (`"any"` for all).
    pub lang: &'static str,
    /// Where it looks: `line` (a whole short block), `prefix`, `glued` or `suffix`.
    pub scope: &'static str,
    /// Whether a line it removes marks the end of the story.
    pub ends_story: bool,
    /// The convention it encodes.
    pub origin: &'static str,
    /// Its regular expression.
    pub pattern: &'static str,
}

/// Every text rule, in the order they are tried (Korean first, the `any` rules last).
pub fn rules() -> Vec<RuleInfo> {
    crate::classify::rule_table()
        .map(|r| RuleInfo {
            id: r.id,
            kind: r.kind,
            lang: r.lang,
            scope: r.scope_name(),
            ends_story: r.ends_story,
            origin: r.origin,
            pattern: r.pattern,
        })
        .collect()
}
