//! Reads a page from standard input and extracts it with options made by the builder: the
//! page's URL (relative image and canonical URLs are joined with it) and a language hint.
//!
//! ```sh
//! curl -s https://example.com/news/a.html | \
//!     cargo run --example stdin_options -- https://example.com/news/a.html en
//! ```
//!
//! Arguments: `[URL [LANG]]`. When standard input is a terminal or empty, it runs on a small
//! page built in (with a relative `og:image`), so CI can run it as it is.

use copydesk::Options;
use std::io::{IsTerminal, Read};
use std::process::ExitCode;
use std::time::Duration;

/// A small page of our own, with a relative lead image and no declared language.
const PAGE: &str = r#"<html><head><title>Library extends its opening hours</title>
<meta property="og:image" content="images/reading-room.jpg">
<link rel="canonical" href="/local/library-hours.html">
</head><body><article><h1>Library extends its opening hours</h1>
<p>The central library will stay open until ten in the evening on weekdays from next month, the city's culture office announced on Monday.</p>
<p>Students had asked for longer hours during the examination season, and the library will hire four more staff to cover the evening shifts.</p>
</article><aside><a href="/local">More local news</a></aside></body></html>"#;

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let url = args
        .next()
        .unwrap_or_else(|| "https://news.example.com/local/2026/library.html".to_string());
    let lang = args.next();

    let mut bytes = Vec::new();
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        if let Err(e) = stdin.lock().read_to_end(&mut bytes) {
            eprintln!("standard input: {e}");
            return ExitCode::FAILURE;
        }
    }
    if bytes.is_empty() {
        bytes = PAGE.as_bytes().to_vec();
    }

    let mut builder = Options::builder()
        .url(url)
        .time_budget(Duration::from_secs(5))
        .max_input_bytes(16 * 1024 * 1024);
    if let Some(lang) = lang {
        builder = builder.lang(lang);
    }
    let options = builder.build();

    match copydesk::extract(&bytes, &options) {
        Ok(article) => {
            println!(
                "canonical: {}",
                article.canonical_url.as_deref().unwrap_or("-")
            );
            println!("image:     {}", article.image.as_deref().unwrap_or("-"));
            println!("lang:      {}", article.lang.as_deref().unwrap_or("-"));
            println!();
            println!("{}", article.to_markdown());
            ExitCode::SUCCESS
        }
        Err(e) => {
            eprintln!("copydesk: {e}");
            ExitCode::FAILURE
        }
    }
}
