//! The `extract` command's output flags: `--format html` with and without `--explain`, and
//! `--keep`.

use std::process::{Command, Output};

fn copydesk(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("the copydesk binary runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "copydesk failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}

const PAGE: &str = "corpus/en-01-clean-article-figure/page.html";
const CAPTION: &str = "A Blue Line tram waits at Quayside.";

#[test]
fn format_html_is_the_article_without_explain() {
    let html = stdout(&copydesk(&["extract", PAGE, "--format", "html"]));
    assert!(html.starts_with("<!DOCTYPE html>"), "{html}");
    assert!(html.contains("<article"), "{html}");
    assert!(html.contains("<h1>"), "{html}");
    assert!(!html.contains("<del>"), "{html}");
    assert!(!html.contains(CAPTION), "{html}");
    let explain = stdout(&copydesk(&[
        "extract",
        PAGE,
        "--format",
        "html",
        "--explain",
    ]));
    assert!(explain.contains("copydesk explain"), "{explain}");
    assert!(explain.contains("<del>"), "{explain}");
}

#[test]
fn keep_puts_captions_back() {
    let plain = stdout(&copydesk(&["extract", PAGE]));
    assert!(!plain.contains(CAPTION));
    for format in ["text", "markdown", "json", "html"] {
        let kept = stdout(&copydesk(&[
            "extract",
            PAGE,
            "--keep",
            "caption,credit",
            "--format",
            format,
        ]));
        assert!(kept.contains(CAPTION), "{format}: {kept}");
    }
    let json = stdout(&copydesk(&[
        "extract", PAGE, "--keep", "caption", "--format", "json",
    ]));
    let value: serde_json::Value = serde_json::from_str(&json).unwrap();
    let removed = value["removed"].as_array().unwrap();
    assert!(removed.iter().all(|r| r["kind"] != "caption"), "{json}");
}

#[test]
fn keep_rejects_unknown_kinds_listing_the_valid_ones() {
    let output = copydesk(&["extract", PAGE, "--keep", "caption,captions"]);
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("`captions`"), "{stderr}");
    assert!(stderr.contains("navigation, ad, comment"), "{stderr}");
    assert!(stderr.contains("boilerplate"), "{stderr}");
    let output = copydesk(&["extract", PAGE, "--keep", "caption", "--explain"]);
    assert!(
        !output.status.success(),
        "--keep does not apply to --explain"
    );
}

#[test]
fn links_images_and_formatting_flags() {
    let page = "tests/pages/links-images-formatting.html";
    let url = "https://www.millbrook-courier.example/transport/2026/night-trains.html";
    let plain = stdout(&copydesk(&[
        "extract", page, "--url", url, "--format", "markdown",
    ]));
    assert!(!plain.contains("]("), "{plain}");
    assert!(!plain.contains("**"), "{plain}");
    let rich = stdout(&copydesk(&[
        "extract",
        page,
        "--url",
        url,
        "--format",
        "markdown",
        "--links",
        "--images",
        "--formatting",
    ]));
    assert!(
        rich.contains(
            "[night trains](https://www.millbrook-courier.example/transport/timetables/night.html)"
        ),
        "{rich}"
    );
    assert!(
        rich.contains("![A train crosses the viaduct at dusk](https://www.millbrook-courier.example/media/2026/valley-train.jpg)"),
        "{rich}"
    );
    assert!(rich.contains("**1 March**"), "{rich}");
    assert!(rich.contains("*almost four years*"), "{rich}");
    assert!(!rich.contains("javascript"), "{rich}");
    // Text output is the same with or without the flags.
    let text = stdout(&copydesk(&["extract", page, "--url", url]));
    let text_rich = stdout(&copydesk(&[
        "extract",
        page,
        "--url",
        url,
        "--links",
        "--images",
        "--formatting",
    ]));
    assert_eq!(text, text_rich);
    // Batch takes the same flags: its records carry the spans.
    let batch = stdout(&copydesk(&["batch", page, "--links"]));
    assert!(batch.contains("\"spans\""), "{batch}");
    assert!(!batch.contains("\"image\":{"), "{batch}");
}
