//! Time per byte of each superlinear-hunt input (`tests/superlinear_inputs`) against the median
//! page of `../shared/eval` (release build):
//!
//! ```sh
//! cargo run --release --example superlinear_report [-- SIZE_BYTES]
//! ```
//!
//! Prints one row per input: ns/byte at SIZE (default 1 MiB) and its ratio to the median eval
//! page's ns/byte. Skips the comparison when `../shared/eval` is absent.

#[path = "../tests/superlinear_inputs/mod.rs"]
mod inputs;

use copydesk::{extract, extract_text, Options};
use inputs::Kind;
use std::time::{Duration, Instant};

fn best_of(n: usize, mut f: impl FnMut()) -> Duration {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            f();
            t.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn median_eval_ns_per_byte() -> Option<f64> {
    let sets = copydesk::eval::Dataset::discover("../shared/eval").ok()?;
    let options = Options::default();
    let mut per_byte = Vec::new();
    for set in &sets {
        for page in &set.pages {
            let Ok(html) = set.read_html(page) else {
                continue;
            };
            if html.is_empty() {
                continue;
            }
            let _ = extract(&html, &options);
            let t = best_of(3, || {
                let _ = extract(&html, &options);
            });
            per_byte.push(t.as_nanos() as f64 / html.len() as f64);
        }
    }
    if per_byte.is_empty() {
        return None;
    }
    per_byte.sort_by(f64::total_cmp);
    Some(per_byte[per_byte.len() / 2])
}

fn main() {
    let size: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(1 << 20);
    let median = median_eval_ns_per_byte();
    match median {
        Some(m) => println!("median eval page: {m:.1} ns/byte"),
        None => println!("../shared/eval not found: no comparison"),
    }
    println!("| input | bytes | ns/byte | × median page |");
    println!("|---|---:|---:|---:|");
    let options = Options::default();
    for case in inputs::cases() {
        // The known quadratic case (tests/superlinear.rs, ignored) at a size that ends.
        let size = if case.name.starts_with("glued caption") {
            size.min(64 * 1024)
        } else {
            size
        };
        let input = (case.build)(size);
        let t = best_of(3, || {
            let _ = match case.kind {
                Kind::Html => extract(input.as_bytes(), &options).map(|_| ()),
                Kind::Text => extract_text(&input, &options).map(|_| ()),
            };
        });
        let npb = t.as_nanos() as f64 / input.len() as f64;
        let ratio = median.map_or(String::new(), |m| format!("{:.2}", npb / m));
        println!("| {} | {} | {npb:.1} | {ratio} |", case.name, input.len());
    }
}
