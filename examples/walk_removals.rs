//! Walks what copydesk removed from a page: every removal grouped by its kind and the rule
//! that removed it, with counts and the first text of each.
//!
//! ```sh
//! cargo run --example walk_removals -- page.html
//! ```
//!
//! With no path it runs on a small page built in, so CI can run it as it is.

use copydesk::Options;
use std::collections::BTreeMap;
use std::process::ExitCode;

/// A small page of our own with the usual clutter around its article.
const PAGE: &str = r#"<html><head><title>Orchestra names new conductor - City Courier</title></head><body>
<header><a href="/">City Courier</a> <a href="/culture">Culture</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></header>
<article><h1>Orchestra names new conductor</h1>
<p>The city orchestra has named a new principal conductor, who will take up the post at the start of the autumn season after a year of guest appearances.</p>
<figure><img src="conductor.jpg"><figcaption>The new conductor at a rehearsal in March. Photo: City Courier</figcaption></figure>
<p>She will lead twelve concerts in her first season, including a new work commissioned for the orchestra's hundredth anniversary.</p>
<div class="share">Share on Facebook · Share on X · Email</div>
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Bridge closes for the summer</a></li><li><a href="/b">New bakery opens on the quay</a></li></ul></aside>
<footer>© 2026 City Courier. All rights reserved.</footer>
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

    // kind -> rule -> (count, first text)
    let mut by_kind: BTreeMap<&str, BTreeMap<&str, (usize, &str)>> = BTreeMap::new();
    for removal in &article.removed {
        let entry = by_kind
            .entry(removal.kind.name())
            .or_default()
            .entry(removal.rule)
            .or_insert((0, removal.text.as_str()));
        entry.0 += 1;
    }

    println!(
        "{} body blocks kept, {} pieces removed",
        article.body.len(),
        article.removed.len()
    );
    for (kind, rules) in &by_kind {
        let total: usize = rules.values().map(|(n, _)| n).sum();
        println!("{kind} ({total})");
        for (rule, (count, first)) in rules {
            let first: String = first.chars().take(60).collect();
            println!("  {rule} x{count}: {first}");
        }
    }
    ExitCode::SUCCESS
}
