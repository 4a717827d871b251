//! Extracts the article from one saved page and prints its metadata and text.
//!
//! ```sh
//! cargo run --example extract_file -- page.html
//! ```
//!
//! With no path it runs on a small page built in, so CI can run it as it is.

use copydesk::{Options, Status};
use std::process::ExitCode;

/// A small page of our own: navigation, an article, a share bar and a footer.
const PAGE: &str = r#"<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Night trains return to the coast line - The Harbour Gazette</title>
<meta property="og:site_name" content="The Harbour Gazette">
<meta property="article:published_time" content="2026-05-14T07:30:00+01:00">
<meta name="author" content="Maya Lindqvist">
</head><body>
<nav><a href="/">Home</a> <a href="/travel">Travel</a> <a href="/weather">Weather</a></nav>
<article>
<h1>Night trains return to the coast line</h1>
<p class="byline">By Maya Lindqvist</p>
<p>Sleeper trains will run along the coast line again from September, the rail operator said on Thursday, eleven years after the last service was withdrawn.</p>
<p>Two trains a week will leave the capital late in the evening and reach the harbour town shortly after dawn, stopping at four stations on the way.</p>
<h2>Old carriages, new beds</h2>
<p>The operator has rebuilt twelve carriages from the nineteen-eighties with new beds, showers and a small dining car, and plans to add a third train next summer.</p>
<div class="share">Share this article</div>
</article>
<footer>© 2026 The Harbour Gazette. All rights reserved.</footer>
</body></html>"#;

fn main() -> ExitCode {
    let bytes = match std::env::args_os().nth(1) {
        Some(path) => match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{}: {e}", path.to_string_lossy());
                return ExitCode::FAILURE;
            }
        },
        None => PAGE.as_bytes().to_vec(),
    };
    let article = match copydesk::extract(&bytes, &Options::default()) {
        Ok(article) => article,
        Err(e) => {
            eprintln!("copydesk: {e}");
            return ExitCode::FAILURE;
        }
    };
    if article.status == Status::NoArticle {
        println!(
            "no article on this page ({} pieces removed)",
            article.removed.len()
        );
        return ExitCode::SUCCESS;
    }
    println!("title:     {}", article.title.as_deref().unwrap_or("-"));
    println!("byline:    {}", article.byline.as_deref().unwrap_or("-"));
    println!("published: {}", article.published.as_deref().unwrap_or("-"));
    println!("lang:      {}", article.lang.as_deref().unwrap_or("-"));
    println!("site:      {}", article.site_name.as_deref().unwrap_or("-"));
    println!();
    println!("{}", article.text());
    ExitCode::SUCCESS
}
