//! The superlinear-time hunt: inputs built from the code's own tokens and patterns
//! (`tests/superlinear_inputs`) at sizes n, 2n, 4n and 8n; the time per byte of the largest
//! may be at most 4× the smallest's (extraction and the Markdown, HTML and JSON renderings).
//! Ratios, not absolute times, so it holds in a debug build on a noisy machine: each size is
//! timed several times and the minimum kept.

#[path = "superlinear_inputs/mod.rs"]
mod inputs;

use copydesk::{extract, extract_text, Options};
use inputs::{cases, Case, Kind};
use std::time::{Duration, Instant};

const BASE: usize = 8 * 1024;
const REPEATS: usize = 5;

fn time(case: &Case, input: &str) -> Duration {
    let options = Options::default();
    let mut best = Duration::MAX;
    for _ in 0..REPEATS {
        let start = Instant::now();
        let result = match case.kind {
            Kind::Html => extract(input.as_bytes(), &options),
            Kind::Text => extract_text(input, &options),
        };
        // The renderings too: a body of many blocks must render in linear time.
        if let Ok(article) = result {
            let _ = (article.to_markdown(), article.to_html(), article.to_json());
        }
        best = best.min(start.elapsed());
    }
    best
}

/// Time per byte at n, 2n, 4n, 8n (nanoseconds), and the ratio of the last to the first.
fn growth(case: &Case) -> (Vec<f64>, f64) {
    // Warm up: lazily compiled regexes and first-touch allocations.
    let _ = time(case, &(case.build)(BASE));
    let per_byte: Vec<f64> = [1, 2, 4, 8]
        .iter()
        .map(|k| {
            let input = (case.build)(BASE * k);
            time(case, &input).as_nanos() as f64 / input.len() as f64
        })
        .collect();
    let ratio = per_byte[3] / per_byte[0];
    (per_byte, ratio)
}

fn check(name: &str) {
    let case = cases()
        .into_iter()
        .find(|c| c.name == name)
        .expect("a case");
    // A second measurement before failing: one noisy sample must not fail CI.
    let (per_byte, ratio) = growth(&case);
    eprintln!("{name}: ns/byte {per_byte:.1?}, ratio {ratio:.2}");
    if ratio > 4.0 {
        let (per_byte, ratio) = growth(&case);
        eprintln!("{name} (again): ns/byte {per_byte:.1?}, ratio {ratio:.2}");
        assert!(
            ratio <= 4.0,
            "{name}: time per byte grew {ratio:.1}x from n to 8n"
        );
    }
}

#[test]
fn every_case_has_a_test() {
    let names: Vec<&str> = cases().iter().map(|c| c.name).collect();
    assert_eq!(
        names.len(),
        14,
        "add a test below for each new case: {names:?}"
    );
}

macro_rules! cases {
    ($($test:ident => $name:expr),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                check($name);
            }
        )*
    };
}

cases! {
    same_class_siblings => "same-class siblings",
    every_hint_class => "every hint class, distinct strings",
    nested_tables => "nested tables",
    foster_parenting => "foster-parented content in a table",
    nested_same_class_divs => "nested same-class divs",
    rule_fragments_as_paragraphs => "rule fragments as paragraphs",
    one_paragraph_of_rule_prefixes => "one paragraph of repeated rule prefixes",
    wire_prefix_repeated => "one line of [뉴스21 통신= repeated",
    caption_credit_repeated => "one line of 사진= ▲ 기자 repeated",
    teaser_run_text => "teaser run (text)",
    credit_and_copyright_lines => "credit and copyright lines (text)",
    json_ld_article_body => "JSON-LD articleBody",
    br_separated_lines => "br-separated lines in one div",
}

/// Was quadratic: `glued_credit_end` in `src/classify/lexicon.rs` counted the characters of
/// both halves of the token at every cut, for a paragraph that starts with "▲ 사진=" followed by
/// one long run without spaces; it now looks at the first 16 characters only.
#[test]
fn glued_caption_long_token() {
    check("glued caption, one long token");
}
