//! Peak heap per page (issue 13): a counting global allocator records the most heap live at
//! once during each `copydesk::extract`, above what was live before it (the page's bytes and
//! anything already built, such as the compiled rule tables, are not counted), as a multiple of
//! the page's size. Every page of `../shared/eval`'s sets (skipped with a message when absent;
//! the corpus pages then), each extracted once before measuring so that rule tables compiled
//! on first use are not charged to one page.
//!
//! ```text
//! cargo bench --bench heap
//! ```

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The system allocator, counting the bytes live and the most live since the last reset.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grow(by: usize) {
    let now = LIVE.fetch_add(by, Ordering::Relaxed) + by;
    PEAK.fetch_max(now, Ordering::Relaxed);
}

// SAFETY: every call is passed to `System` unchanged; the counters only observe sizes.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is passed on.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc_zeroed` is passed on.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grow(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: the caller's contract for `dealloc` is passed on.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: the caller's contract for `realloc` is passed on.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            // Counted as the new block allocated while the old one is still live, as a
            // moving realloc does.
            grow(new_size);
            LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        }
        p
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

fn eval_pages() -> Vec<(String, Vec<u8>)> {
    common::eval_pages("heap", 1)
}

fn corpus_pages() -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus");
    let mut out: Vec<(String, Vec<u8>)> = std::fs::read_dir(&root)
        .map(|d| {
            d.filter_map(|e| {
                let e = e.ok()?;
                let bytes = std::fs::read(e.path().join("page.html")).ok()?;
                Some((format!("corpus/{}", e.file_name().to_string_lossy()), bytes))
            })
            .collect()
        })
        .unwrap_or_default();
    out.sort();
    out
}

/// The value at quantile `q` of sorted `v` (nearest rank).
fn quantile(v: &[f64], q: f64) -> f64 {
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
    let i = ((v.len() as f64 * q).ceil() as usize).clamp(1, v.len().max(1)) - 1;
    v.get(i).copied().unwrap_or(0.0)
}

fn main() {
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return;
    }
    let mut pages = eval_pages();
    if pages.is_empty() {
        eprintln!("skipped the eval pages: ../shared/eval not found; measuring the corpus pages");
        pages = corpus_pages();
    }
    let options = copydesk::Options::default();
    for (_, bytes) in &pages {
        drop(copydesk::extract(bytes, &options));
    }
    let mut rows: Vec<(f64, usize, &str, usize)> = Vec::new();
    for (id, bytes) in &pages {
        let before = LIVE.load(Ordering::Relaxed);
        PEAK.store(before, Ordering::Relaxed);
        let article = copydesk::extract(bytes, &options);
        let peak = PEAK.load(Ordering::Relaxed).saturating_sub(before);
        drop(article);
        #[allow(clippy::cast_precision_loss)]
        rows.push((
            peak as f64 / bytes.len().max(1) as f64,
            peak,
            id,
            bytes.len(),
        ));
    }
    rows.sort_by(|a, b| a.0.total_cmp(&b.0));
    let ratios: Vec<f64> = rows.iter().map(|r| r.0).collect();
    let largest = rows.iter().map(|r| r.1).max().unwrap_or(0);
    println!(
        "heap: {} pages, peak heap / page bytes: median {:.2}, p95 {:.2}, max {:.2}; largest peak {:.1} MB",
        rows.len(),
        quantile(&ratios, 0.5),
        quantile(&ratios, 0.95),
        ratios.last().copied().unwrap_or(0.0),
        largest as f64 / 1e6,
    );
    for (ratio, peak, id, len) in rows.iter().rev().take(5) {
        println!(
            "  {id}: {ratio:.2}× ({:.2} MB peak, page {:.0} KB)",
            *peak as f64 / 1e6,
            *len as f64 / 1e3
        );
    }
}
