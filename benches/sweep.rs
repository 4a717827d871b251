//! Size sweep (issue 13): whole extractions of pages from about 10 KB to 10 MB built from one
//! corpus page's structure (`corpus/en-04-long-read`: its head, header and navigation, then its
//! article's blocks repeated, then its footer), to show that time grows linearly with size.
//!
//! The article's blocks are the text from its first `<p>` to its last `</p>`, cut after each
//! `</p>` into pieces (a paragraph with the headings, figures or quotes before it); a page of
//! N bytes is the page's start, as many pieces in order (round and round) as fill N, and the
//! page's end. Every page is well formed as the original is.
//!
//! One run gives criterion's series (`sweep/extract/<bytes>` and `sweep/html5ever-parse-floor/
//! <bytes>`, throughput in bytes) and then a report: each size's best time of several runs in
//! nanoseconds per byte, and the largest over the smallest of those (the bar: within 1.5×).
//!
//! ```text
//! cargo bench --bench sweep
//! cargo bench --bench sweep -- --report-only
//! ```

use criterion::{BenchmarkId, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::RcDom;
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Both sides allocate through the `copydesk` binary's allocator (mimalloc, feature `cli`, on
/// by default), as `copydesk batch` and `copydesk extract` do; `--no-default-features` measures
/// them on the system allocator.
#[cfg(feature = "cli")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// The sizes of the sweep, in bytes.
const SIZES: [usize; 4] = [10_000, 100_000, 1_000_000, 10_000_000];

/// The page the sweep is built from (ours, in the repository).
const BASE: &str = "corpus/en-04-long-read/page.html";

/// The page's start, its article's pieces and its end.
fn parts(page: &str) -> Option<(&str, Vec<&str>, &str)> {
    let article = page.find("<article")?;
    let article_end = page.rfind("</article>")?;
    // The story's own paragraphs end where the article's footer (a follow-us line, tags)
    // begins: repeating that footer, whose container opens before it, would nest the page
    // one level deeper with each copy instead of repeating its structure.
    let body_end = page
        .get(article..article_end)?
        .find("<footer")
        .map_or(article_end, |f| article + f);
    let first = article + page.get(article..)?.find("<p>")?;
    let last = article + page.get(article..body_end)?.rfind("</p>")? + "</p>".len();
    let mut pieces = Vec::new();
    let mut rest = page.get(first..last)?;
    while let Some(end) = rest.find("</p>") {
        let end = end + "</p>".len();
        pieces.push(rest.get(..end)?);
        rest = rest.get(end..)?;
    }
    Some((page.get(..first)?, pieces, page.get(last..)?))
}

/// A page of about `size` bytes (never less than the start, one piece and the end).
fn page_of(size: usize, start: &str, pieces: &[&str], end: &str) -> String {
    let mut out = String::with_capacity(size + 4096);
    out.push_str(start);
    for piece in pieces.iter().cycle() {
        if out.len() + piece.len() + end.len() > size && out.len() > start.len() {
            break;
        }
        out.push_str(piece);
    }
    out.push_str(end);
    out
}

fn floor(text: &str) {
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(text);
    drop(black_box(dom));
}

fn main() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(BASE);
    let Ok(base) = std::fs::read_to_string(&path) else {
        eprintln!("skipped the size sweep: {} not found", path.display());
        return;
    };
    let Some((start, pieces, end)) = parts(&base) else {
        eprintln!("skipped the size sweep: no <article> with paragraphs in {BASE}");
        return;
    };
    let pages: Vec<String> = SIZES
        .iter()
        .map(|&s| page_of(s, start, &pieces, end))
        .collect();
    let options = copydesk::Options::default();
    let args: Vec<String> = std::env::args().collect();
    if !args.iter().any(|a| a == "--report-only") {
        let mut c = Criterion::default().configure_from_args();
        let mut g = c.benchmark_group("sweep");
        g.sample_size(10);
        for page in &pages {
            g.throughput(Throughput::Bytes(page.len() as u64));
            g.bench_with_input(BenchmarkId::new("extract", page.len()), page, |b, p| {
                b.iter(|| black_box(copydesk::extract(black_box(p.as_bytes()), &options).ok()))
            });
            g.bench_with_input(
                BenchmarkId::new("html5ever-parse-floor", page.len()),
                page,
                |b, p| b.iter(|| floor(black_box(p))),
            );
        }
        g.finish();
        c.final_summary();
    }
    if args.iter().any(|a| a == "--list" || a == "--test") {
        return;
    }
    let mut per_byte = Vec::new();
    for page in &pages {
        // About 50 MB of extraction per size, at least 3 runs: the best is the least disturbed.
        let runs = (50_000_000 / page.len()).clamp(3, 500);
        let mut best = Duration::MAX;
        let mut best_floor = Duration::MAX;
        for _ in 0..runs {
            let t = Instant::now();
            black_box(copydesk::extract(black_box(page.as_bytes()), &options).ok());
            best = best.min(t.elapsed());
            let t = Instant::now();
            floor(black_box(page));
            best_floor = best_floor.min(t.elapsed());
        }
        #[allow(clippy::cast_precision_loss)]
        let ns = best.as_secs_f64() * 1e9 / page.len() as f64;
        let body = copydesk::extract(page.as_bytes(), &options)
            .map(|a| a.body.len())
            .unwrap_or(0);
        println!(
            "sweep {:>9} bytes: extract {:>9.3} ms, {ns:.2} ns/byte ({:.2}× the parse floor), {body} body blocks",
            page.len(),
            best.as_secs_f64() * 1e3,
            best.as_secs_f64() / best_floor.as_secs_f64().max(1e-9),
        );
        per_byte.push(ns);
    }
    let max = per_byte.iter().copied().fold(0.0, f64::max);
    let min = per_byte.iter().copied().fold(f64::INFINITY, f64::min);
    println!(
        "sweep: time per byte from {min:.2} to {max:.2} ns, largest / smallest {:.2} (bar: 1.5)",
        max / min
    );
}
