//! Whole extraction against the floor, per page (issue 13): `html5ever-parse-floor` is the page's
//! bytes read as UTF-8 (`from_utf8_lossy`), html5ever's parse into `RcDom` and a walk that
//! gathers every text node into one `String`: what any extractor built on html5ever pays before
//! deciding anything. `extract` is `copydesk::extract` on the same bytes (decoding, our parse,
//! index, metadata, score, classify, complete).
//!
//! One run does two things, over `../shared/eval`'s `trafilatura-dev` and `scrapinghub-dev`
//! (skipped with a message when that folder is absent):
//!
//! 1. criterion groups `floor/<set>` with `html5ever-parse-floor` and `extract` over the whole
//!    set per iteration (the time series, in `target/criterion`);
//! 2. a per-page report: each page's floor and extraction, interleaved, `ROUNDS` times, the
//!    fastest of each kept (the least disturbed by other processes on a shared machine); the
//!    median, p95 and max of the per-page ratios extract / floor, the ratio of the sums, and
//!    the pages furthest from the floor. The bars: median ≤ 1.3, p95 ≤ 1.5.
//!
//! ```text
//! cargo bench --bench floor                      # both
//! cargo bench --bench floor -- --ratios-only     # the per-page report alone
//! COPYDESK_ROUNDS=11 cargo bench --bench floor -- --ratios-only
//! ```
//!
//! For an instruction profile of given pages (repeatable on a shared machine), `--pages FILE...`
//! extracts each once untimed (the rule tables compile), then runs `floor` and `extract` on
//! each once more; under callgrind the inclusive costs of `floor::floor` and `floor::extract`
//! are the two sides of the ratio, without the start-up:
//!
//! ```text
//! valgrind --tool=callgrind target/release/deps/floor-HASH --pages a.html b.html
//! ```

use criterion::{BenchmarkId, Criterion, Throughput};
use html5ever::tendril::TendrilSink;
use markup5ever_rcdom::{Handle, NodeData, RcDom};
use std::hint::black_box;
use std::path::Path;
use std::time::{Duration, Instant};

/// Both sides allocate through the `copydesk` binary's allocator (mimalloc, feature `cli`, on
/// by default), as `copydesk batch` and `copydesk extract` do; `--no-default-features` measures
/// them on the system allocator.
#[cfg(feature = "cli")]
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A set's pages, as (id, bytes).
type Pages = Vec<(String, Vec<u8>)>;

/// The sets the bars are measured on.
const SETS: [&str; 2] = ["trafilatura-dev", "scrapinghub-dev"];

/// Every page of `set`, as (id, bytes), in manifest order; `None` when the set is absent.
fn set_pages(set: &str) -> Option<Pages> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/eval")
        .join(set);
    let manifest = std::fs::read_to_string(root.join("manifest.jsonl")).ok()?;
    let mut out = Vec::new();
    for line in manifest.lines() {
        let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
            continue;
        };
        let (Some(id), Some(file)) = (v["id"].as_str(), v["file"].as_str()) else {
            continue;
        };
        if let Ok(bytes) = std::fs::read(root.join(file)) {
            out.push((id.to_owned(), bytes));
        }
    }
    Some(out)
}

/// The floor: bytes as UTF-8, html5ever into `RcDom`, every text node gathered (an iterative
/// walk, children in document order). Returns the text's length.
#[inline(never)]
fn floor(bytes: &[u8]) -> usize {
    let text = String::from_utf8_lossy(bytes);
    let dom = html5ever::parse_document(RcDom::default(), Default::default()).one(text.as_ref());
    let mut out = String::new();
    let mut stack: Vec<Handle> = vec![dom.document.clone()];
    while let Some(node) = stack.pop() {
        if let NodeData::Text { contents } = &node.data {
            out.push_str(&contents.borrow());
            out.push(' ');
        }
        stack.extend(node.children.borrow().iter().rev().cloned());
    }
    out.len()
}

#[inline(never)]
fn extract(bytes: &[u8], options: &copydesk::Options) -> usize {
    copydesk::extract(bytes, options).map_or(0, |a| a.body.len())
}

fn criterion_groups(c: &mut Criterion, set: &str, pages: &[(String, Vec<u8>)]) {
    let total: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let options = copydesk::Options::default();
    let mut g = c.benchmark_group(format!("floor/{set}"));
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(15));
    g.bench_function(
        BenchmarkId::new("html5ever-parse-floor", pages.len()),
        |b| {
            b.iter(|| {
                for (_, bytes) in pages {
                    black_box(floor(black_box(bytes)));
                }
            })
        },
    );
    g.bench_function(BenchmarkId::new("extract", pages.len()), |b| {
        b.iter(|| {
            for (_, bytes) in pages {
                black_box(extract(black_box(bytes), &options));
            }
        })
    });
    g.finish();
}

/// The value at quantile `q` (0..=1) of sorted `v` (nearest rank); 0 for an empty slice.
fn quantile(v: &[f64], q: f64) -> f64 {
    if v.is_empty() {
        return 0.0;
    }
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let i = ((v.len() as f64 * q).ceil() as usize).clamp(1, v.len()) - 1;
    v.get(i).copied().unwrap_or(0.0)
}

fn ratios(set: &str, pages: &[(String, Vec<u8>)], rounds: usize) {
    let options = copydesk::Options::default();
    // Warm up: the rule tables compile on first use, in either order of the pages.
    for (_, bytes) in pages {
        black_box(extract(bytes, &options));
        black_box(floor(bytes));
    }
    let mut best = vec![(Duration::MAX, Duration::MAX); pages.len()];
    for _ in 0..rounds {
        for ((_, bytes), (f, e)) in pages.iter().zip(best.iter_mut()) {
            let t = Instant::now();
            black_box(floor(black_box(bytes)));
            *f = (*f).min(t.elapsed());
            let t = Instant::now();
            black_box(extract(black_box(bytes), &options));
            *e = (*e).min(t.elapsed());
        }
    }
    let mut per_page: Vec<(f64, &str, Duration, Duration)> = pages
        .iter()
        .zip(&best)
        .map(|((id, _), &(f, e))| {
            (
                e.as_secs_f64() / f.as_secs_f64().max(1e-9),
                id.as_str(),
                f,
                e,
            )
        })
        .collect();
    per_page.sort_by(|a, b| a.0.total_cmp(&b.0));
    let sorted: Vec<f64> = per_page.iter().map(|p| p.0).collect();
    let floor_sum: Duration = best.iter().map(|b| b.0).sum();
    let extract_sum: Duration = best.iter().map(|b| b.1).sum();
    let mut floors: Vec<f64> = best.iter().map(|b| b.0.as_secs_f64() * 1e3).collect();
    let mut extracts: Vec<f64> = best.iter().map(|b| b.1.as_secs_f64() * 1e3).collect();
    floors.sort_by(f64::total_cmp);
    extracts.sort_by(f64::total_cmp);
    println!(
        "ratio {set}: {} pages, best of {rounds}: extract/floor median {:.3} p95 {:.3} max {:.3}; \
         sums {:.3} ({:.1} ms / {:.1} ms); median page floor {:.3} ms, extract {:.3} ms",
        pages.len(),
        quantile(&sorted, 0.5),
        quantile(&sorted, 0.95),
        sorted.last().copied().unwrap_or(0.0),
        extract_sum.as_secs_f64() / floor_sum.as_secs_f64().max(1e-9),
        extract_sum.as_secs_f64() * 1e3,
        floor_sum.as_secs_f64() * 1e3,
        quantile(&floors, 0.5),
        quantile(&extracts, 0.5),
    );
    for (r, id, f, e) in per_page.iter().rev().take(5) {
        println!(
            "  {set}/{id}: {r:.2}× ({:.3} ms / {:.3} ms)",
            e.as_secs_f64() * 1e3,
            f.as_secs_f64() * 1e3
        );
    }
}

/// `--pages FILE...`: each page extracted once untimed, then `floor` and `extract` once each
/// (for a profiler); prints the pages read.
fn profile_pages(files: &[String]) {
    let options = copydesk::Options::default();
    let pages: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    // Outside `extract`, so that its inclusive cost is the measured runs alone.
    for bytes in &pages {
        black_box(copydesk::extract(bytes, &options).ok());
    }
    for bytes in &pages {
        black_box(floor(black_box(bytes)));
        black_box(extract(black_box(bytes), &options));
    }
    println!("profiled {} of {} pages", pages.len(), files.len());
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if let Some(at) = args.iter().position(|a| a == "--pages") {
        profile_pages(args.get(at + 1..).unwrap_or_default());
        return;
    }
    let ratios_only = args.iter().any(|a| a == "--ratios-only");
    let rounds = std::env::var("COPYDESK_ROUNDS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(7);
    let sets: Vec<(&str, Pages)> = SETS
        .iter()
        .filter_map(|&set| match set_pages(set) {
            Some(pages) if !pages.is_empty() => Some((set, pages)),
            _ => {
                eprintln!("skipped floor bench on {set}: ../shared/eval/{set} not found");
                None
            }
        })
        .collect();
    if sets.is_empty() {
        return;
    }
    if !ratios_only {
        let mut c = Criterion::default().configure_from_args();
        for (set, pages) in &sets {
            criterion_groups(&mut c, set, pages);
        }
        c.final_summary();
    }
    // `cargo bench -- --list` (and `cargo test --benches`) asks for the names alone.
    if args.iter().any(|a| a == "--list" || a == "--test") {
        return;
    }
    for (set, pages) in &sets {
        ratios(set, pages, rounds);
    }
}
