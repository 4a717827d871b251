//! Criterion benches: the whole extraction and every stage, on the corpus pages (always) and
//! on a sample of `../shared/eval` pages (when that folder exists; otherwise skipped with a
//! message). `html5ever-parse-floor` is html5ever into `RcDom` with nothing of ours: the cost
//! of parsing the HTML and nothing else. `parse` is our stage (the pre-parse scan, then
//! html5ever behind the depth and node guards), which can cost less than the floor: the scan
//! drops indentation and unread attributes before the tokenizer sees them.

mod common;

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::hint::black_box;
use std::path::{Path, PathBuf};

fn corpus_pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    dirs.sort();
    dirs.iter()
        .filter_map(|d| {
            let bytes = std::fs::read(d.join("page.html")).ok()?;
            Some((d.file_name()?.to_string_lossy().into_owned(), bytes))
        })
        .collect()
}

/// Every 8th page of each eval set, so the sample spans publishers and sizes.
fn eval_pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    if !root.is_dir() {
        eprintln!("skipped eval-page benches: ../shared/eval not found");
        return Vec::new();
    }
    common::eval_pages("stages", 8)
}

fn bench_group(c: &mut Criterion, name: &str, pages: &[(String, Vec<u8>)]) {
    if pages.is_empty() {
        return;
    }
    let total: usize = pages.iter().map(|(_, b)| b.len()).sum();
    let texts: Vec<String> = pages
        .iter()
        .map(|(_, b)| String::from_utf8_lossy(b).into_owned())
        .collect();
    let indexed: Vec<_> = texts
        .iter()
        .filter_map(|t| copydesk::stages::indexed(t))
        .collect();
    let options = copydesk::Options::default();
    let mut g = c.benchmark_group(name);
    g.throughput(Throughput::Bytes(total as u64));
    g.sample_size(10);
    g.bench_function(BenchmarkId::new("extract", "all"), |b| {
        b.iter(|| {
            for (_, bytes) in pages {
                let _ = black_box(copydesk::extract(black_box(bytes), &options));
            }
        })
    });
    g.bench_function(BenchmarkId::new("decode", "all"), |b| {
        b.iter(|| {
            for (_, bytes) in pages {
                black_box(copydesk::stages::decode(black_box(bytes)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("html5ever-parse-floor", "all"), |b| {
        b.iter(|| {
            for t in &texts {
                let dom = html5ever::parse_document(
                    markup5ever_rcdom::RcDom::default(),
                    Default::default(),
                );
                drop(black_box(html5ever::tendril::TendrilSink::one(
                    dom,
                    black_box(t.as_str()),
                )));
            }
        })
    });
    g.bench_function(BenchmarkId::new("parse", "all"), |b| {
        b.iter(|| {
            for t in &texts {
                copydesk::stages::parse(black_box(t));
            }
        })
    });
    g.bench_function(BenchmarkId::new("parse+index", "all"), |b| {
        b.iter(|| {
            for t in &texts {
                black_box(copydesk::stages::parse_index(black_box(t)));
            }
        })
    });
    g.bench_function(BenchmarkId::new("score", "all"), |b| {
        b.iter(|| {
            for p in &indexed {
                black_box(copydesk::stages::score(p));
            }
        })
    });
    g.bench_function(BenchmarkId::new("score+classify", "all"), |b| {
        b.iter(|| {
            for p in &indexed {
                black_box(copydesk::stages::score_classify(p));
            }
        })
    });
    g.finish();
}

/// The large pages of the eval sets (300 KB or more, at most 16 of them, largest first): the
/// pages the two-thread parse is for.
fn large_pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut out = Vec::new();
    for set in common::EVAL_SETS {
        let Ok(dir) = std::fs::read_dir(root.join(set).join("html")) else {
            continue;
        };
        for entry in dir.flatten() {
            let path = entry.path();
            if entry.metadata().is_ok_and(|m| m.len() >= 300_000) {
                if let Ok(bytes) = std::fs::read(&path) {
                    let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
                    out.push((format!("{set}/{}", name.unwrap_or_default()), bytes));
                }
            }
        }
    }
    out.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    out.truncate(16);
    out
}

/// Whole extractions of the large pages (issue 13 measured the removed two-thread parse
/// against one thread here: it saved 11.6% in one quiet run and cost 6.8% in the next).
fn bench_large(c: &mut Criterion, pages: &[(String, Vec<u8>)]) {
    if pages.is_empty() {
        eprintln!("skipped the large-pages bench: ../shared/eval not found");
        return;
    }
    let bytes: usize = pages.iter().map(|(_, p)| p.len()).sum();
    let mut g = c.benchmark_group("large-pages");
    g.throughput(Throughput::Bytes(bytes as u64));
    g.sample_size(20);
    let options = copydesk::Options::default();
    g.bench_function(BenchmarkId::new("extract", pages.len()), |b| {
        b.iter(|| {
            for (_, page) in pages {
                black_box(copydesk::extract(black_box(page), &options).ok());
            }
        })
    });
    g.finish();
}

fn benches(c: &mut Criterion) {
    bench_large(c, &large_pages());
    bench_group(c, "corpus", &corpus_pages());
    bench_group(c, "eval-sample", &eval_pages());
}

criterion_group!(stages, benches);
criterion_main!(stages);
