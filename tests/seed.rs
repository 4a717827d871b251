//! The motivating example, `../shared/seeds/000_fb32b9d320414045.txt`: a Korean article as a
//! scraper got it, with a photo credit glued to its first sentence and five unrelated stories'
//! teasers appended. `extract_text` must return exactly its ten body paragraphs, the caption
//! "사진=대구광역시" and every teaser line as labelled removals.
//!
//! Skips with a message when `../shared` is absent (a user's clone); in CI it is there.

use copydesk::{extract_text, Options, RemovalKind};
use std::path::Path;

#[test]
fn seed_comes_out_exact() {
    let path =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/seeds/000_fb32b9d320414045.txt");
    let Ok(text) = std::fs::read_to_string(&path) else {
        eprintln!(
            "skipping: {} not found (../shared is absent)",
            path.display()
        );
        return;
    };
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    assert_eq!(
        lines.len(),
        20,
        "the seed: 10 story lines and 5 teasers of 2 lines"
    );
    let article = extract_text(&text, &Options::default()).expect("extract_text");

    // The body: the ten story lines, the first without its glued photo credit.
    let body: Vec<&str> = article.body.iter().map(|b| b.text.as_str()).collect();
    assert_eq!(body.len(), 10, "body: {body:#?}");
    let first = lines[0]
        .strip_prefix("▲ 사진=대구광역시")
        .expect("the seed opens with the glued credit");
    assert_eq!(body[0], first.trim());
    for (got, want) in body.iter().zip(&lines[..10]).skip(1) {
        assert_eq!(got, want);
    }

    // The caption, split off the first sentence.
    assert!(
        article
            .removed
            .iter()
            .any(|r| r.kind == RemovalKind::Caption && r.text.contains("사진=대구광역시")),
        "caption missing: {:#?}",
        article.removed
    );
    // Every teaser line (headline and snippet of five stories), labelled teaser.
    for line in &lines[10..] {
        assert!(
            article
                .removed
                .iter()
                .any(|r| r.kind == RemovalKind::Teaser && r.text == *line),
            "teaser line not labelled: {line}"
        );
    }
}
