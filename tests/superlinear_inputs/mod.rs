//! Inputs for the superlinear-time hunt, built from the code's own tokens and patterns: class
//! names from `src/index.rs` `HINT_PATTERNS`, the literal fragments of the line rules in
//! `src/classify/lexicon.rs`, teaser runs for text input, nested tables, same-class siblings.
//! Each generator returns an input of about `n` bytes. Shared by `tests/superlinear.rs` and
//! `examples/superlinear_report.rs`.

#![allow(dead_code)]

/// HTML or already-extracted text.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Html,
    Text,
}

pub struct Case {
    pub name: &'static str,
    pub kind: Kind,
    pub build: fn(usize) -> String,
}

/// Class tokens of every hint category (`HINT_PATTERNS`).
pub const CLASSES: &[&str] = &[
    "article-body",
    "entry-content",
    "comment",
    "share",
    "ad-slot",
    "related",
    "caption",
    "byline",
    "date",
    "copyright",
    "newsletter",
    "tags",
    "sidebar",
    "nav",
    "hidden",
    "footer",
    "label",
    "news_view",
    "view_cont",
    "본문",
    "관련",
    "promo",
    "most-read",
];

/// Literal fragments of the line, prefix and suffix rules (`lexicon.rs`).
pub const FRAGMENTS: &[&str] = &[
    "기자",
    "사진=",
    "▲",
    "무단전재",
    "...",
    "[뉴스21 통신=",
    "재배포 금지",
    "입력 ",
    "(서울=연합뉴스) ",
    "▶ ",
    "관련기사",
    "저작권자 ©",
    "Copyright ",
    "All rights reserved",
    "Photo: ",
    "By ",
    "© ",
    "…",
    "특파원",
    "ⓒ",
    "【",
    "】",
    "=",
    "[",
    "(",
];

const SENTENCE: &str =
    "The council voted on Monday to close the old bridge for repairs this summer. ";
const KO_SENTENCE: &str = "대구시는 지난 15일 시청에서 인공지능 산업 육성을 위한 세미나를 열었다. ";

fn fill(n: usize, mut unit: impl FnMut(usize) -> String) -> String {
    let mut s = String::with_capacity(n + 1024);
    let mut i = 0;
    while s.len() < n {
        s.push_str(&unit(i));
        i += 1;
    }
    s
}

fn html(body: String) -> String {
    format!("<html><head><title>Bridge</title></head><body>{body}</body></html>")
}

pub fn cases() -> Vec<Case> {
    vec![
        Case {
            name: "same-class siblings",
            kind: Kind::Html,
            build: |n| {
                html(fill(n, |i| {
                    format!("<div class=\"{}\"><p>{SENTENCE}</p></div>", CLASSES[i % 3])
                }))
            },
        },
        Case {
            name: "every hint class, distinct strings",
            kind: Kind::Html,
            build: |n| {
                html(fill(n, |i| {
                    let a = CLASSES[i % CLASSES.len()];
                    let b = CLASSES[(i / CLASSES.len()) % CLASSES.len()];
                    format!("<div class=\"{a} {b}-{i}\" id=\"x{i}\"><p>{SENTENCE}</p><span class=\"{b}\">{KO_SENTENCE}</span></div>")
                }))
            },
        },
        Case {
            name: "nested tables",
            kind: Kind::Html,
            build: |n| html(fill(n, |i| format!("<table><tr><td>cell {i} {SENTENCE}"))),
        },
        Case {
            name: "foster-parented content in a table",
            kind: Kind::Html,
            build: |n| {
                html(format!(
                    "<table>{}",
                    fill(n, |i| format!("<b>{i}</b> {SENTENCE}"))
                ))
            },
        },
        Case {
            name: "nested same-class divs",
            kind: Kind::Html,
            build: |n| {
                html(fill(n, |i| {
                    format!("<div class=\"content related\"><p>{i} {SENTENCE}</p>")
                }))
            },
        },
        Case {
            name: "rule fragments as paragraphs",
            kind: Kind::Html,
            build: |n| {
                html(format!(
                    "<article>{}</article>",
                    fill(n, |i| format!(
                        "<p>{}{KO_SENTENCE}{}</p>",
                        FRAGMENTS[i % FRAGMENTS.len()],
                        FRAGMENTS[(i * 7) % FRAGMENTS.len()]
                    ))
                ))
            },
        },
        Case {
            name: "one paragraph of repeated rule prefixes",
            kind: Kind::Html,
            build: |n| {
                html(format!(
                    "<article><p>{KO_SENTENCE}</p><p>{}</p></article>",
                    fill(n, |i| FRAGMENTS[i % FRAGMENTS.len()].to_string())
                ))
            },
        },
        Case {
            name: "one line of [뉴스21 통신= repeated",
            kind: Kind::Text,
            build: |n| fill(n, |_| "[뉴스21 통신=".to_string()),
        },
        Case {
            name: "one line of 사진= ▲ 기자 repeated",
            kind: Kind::Text,
            build: |n| fill(n, |_| "▲ 사진=연합뉴스 기자 ".to_string()),
        },
        Case {
            name: "glued caption, one long token",
            kind: Kind::Text,
            build: |n| format!("▲ 사진={}", fill(n, |_| "대구광역시".to_string())),
        },
        Case {
            name: "teaser run (text)",
            kind: Kind::Text,
            build: |n| {
                let mut s = format!("{SENTENCE}{SENTENCE}\n{SENTENCE}\n");
                s.push_str(&fill(n, |i| {
                    format!("Headline number {i} about the bridge\nThe council voted on Monday to close the old bridge for repairs and the work wil...\n")
                }));
                s
            },
        },
        Case {
            name: "credit and copyright lines (text)",
            kind: Kind::Text,
            build: |n| {
                fill(n, |i| {
                    format!(
                        "{KO_SENTENCE}\n홍길동 기자\n{}\n무단전재 및 재배포 금지\n",
                        FRAGMENTS[i % FRAGMENTS.len()]
                    )
                })
            },
        },
        Case {
            name: "JSON-LD articleBody",
            kind: Kind::Html,
            build: |n| {
                let body = fill(n, |_| format!("{SENTENCE}\\n"));
                html(format!(
                    "<script type=\"application/ld+json\">{{\"@type\":\"NewsArticle\",\"articleBody\":\"{body}\"}}</script><p>{SENTENCE}</p>"
                ))
            },
        },
        Case {
            name: "br-separated lines in one div",
            kind: Kind::Html,
            build: |n| {
                html(format!(
                    "<div class=\"article_view\">{}</div>",
                    fill(n, |i| format!(
                        "{}{KO_SENTENCE}<br>",
                        FRAGMENTS[i % FRAGMENTS.len()]
                    ))
                ))
            },
        },
    ]
}
