//! Accuracy floors on the `../shared/eval` sets: a change that drops copydesk below the bars of
//! the edges and metadata issues fails here. Where `../shared/eval` is absent (a user's clone)
//! the tests are skipped with a message, except under CI (`CI` set and not `false`/`0`), which
//! requires the data. A set that is present but does not load always fails.
//!
//! The floors hold on all pages; each half's score (`copydesk::eval::Half`) is printed beside
//! them, without a floor of its own yet.

use copydesk::eval::{run, Dataset, Half, SetReport, Source};
use copydesk::Options;
use std::path::Path;

/// Whether the `CI` environment variable asks for CI's rules.
fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| !v.is_empty() && v != "false" && v != "0")
}

/// The set, or `None` (skipped) where `../shared/eval` is absent outside CI. Panics when the
/// data is required (CI) but absent, and when the set is there but does not load.
fn set(name: &str) -> Option<Dataset> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    locate(&root, name, in_ci()).unwrap_or_else(|e| panic!("{e}"))
}

/// `root/name` loaded: `Ok(None)` (with a `skipped:` message) when it is absent and `ci` is
/// false; an error when it is absent and `ci` is true, or present but not loadable.
fn locate(root: &Path, name: &str, ci: bool) -> Result<Option<Dataset>, String> {
    let dir = root.join(name);
    if !dir.is_dir() {
        if ci {
            return Err(format!(
                "{} not found: CI requires ../shared/eval",
                dir.display()
            ));
        }
        eprintln!("skipped: ../shared/eval/{name} not found");
        return Ok(None);
    }
    Dataset::load(&dir)
        .map(Some)
        .map_err(|e| format!("{} is there but does not load: {e}", dir.display()))
}

#[test]
fn absent_data_skips_outside_ci_and_fails_in_ci_and_a_broken_set_fails() {
    let root = std::env::temp_dir().join(format!("copydesk-floor-locate-{}", std::process::id()));
    std::fs::create_dir_all(root.join("broken")).expect("temp dir");
    std::fs::create_dir_all(root.join("fine")).expect("temp dir");
    std::fs::write(root.join("broken/manifest.jsonl"), "{\"id\": 3}\n").expect("write");
    std::fs::write(root.join("fine/manifest.jsonl"), "{\"id\": \"a\"}\n").expect("write");
    let absent = root.join("nothing-here");
    assert!(matches!(locate(&absent, "set", false), Ok(None)));
    assert!(locate(&absent, "set", true).is_err());
    for ci in [false, true] {
        let err = locate(&root, "broken", ci).expect_err("a broken set fails");
        assert!(err.contains("does not load"), "{err}");
        let fine = locate(&root, "fine", ci).expect("loads");
        assert_eq!(fine.map(|s| s.pages.len()), Some(1));
    }
    std::fs::remove_dir_all(&root).expect("clean up");
}

/// Prints each half's score (`score` of the half's report) beside the floor on all pages.
fn print_halves(report: &SetReport, what: &str, score: impl Fn(&SetReport) -> f64) {
    for half in Half::BOTH {
        let part = report.restrict(half);
        eprintln!(
            "{} {what} {:.3} ({} pages)",
            part.label(),
            score(&part),
            part.summary.pages
        );
    }
}

#[test]
fn scrapinghub_dev_shingle_f1_floor() {
    let Some(data) = set("scrapinghub-dev") else {
        return;
    };
    let report = run(&data, &Source::Copydesk(Options::default()), &|| {}).expect("runs");
    let f1_of = |r: &SetReport| r.summary.sh.as_ref().map_or(0.0, |s| s.f1);
    let f1 = f1_of(&report);
    eprintln!("scrapinghub-dev shingle F1 {f1:.3}");
    print_halves(&report, "shingle F1", f1_of);
    // The edges issue's bar (the end-to-end issue's was 0.95).
    assert!(f1 >= 0.965, "scrapinghub-dev shingle F1 {f1:.4} < 0.965");
    // The check half (never read page by page) must not fall: measured 0.9525 on 2026-12-03
    // (second session; 0.947 in the first).
    check_half_floor(&report, "shingle F1", f1_of, 0.945);
}

/// The check half's score must stay at or above `floor` (a guard against regressions, set a
/// little under the score measured when the evidence-gated rules landed, not a target).
fn check_half_floor(report: &SetReport, what: &str, score: impl Fn(&SetReport) -> f64, floor: f64) {
    let check = report.restrict(Half::Check);
    let value = score(&check);
    assert!(
        value >= floor,
        "{} {what} {value:.4} < {floor}",
        check.label()
    );
}

#[test]
fn readability_tests_check_half_floor() {
    let Some(data) = set("readability-tests") else {
        return;
    };
    let report = run(&data, &Source::Copydesk(Options::default()), &|| {}).expect("runs");
    let f1_of = |r: &SetReport| r.summary.sh.as_ref().map_or(0.0, |s| s.f1);
    print_halves(&report, "shingle F1", f1_of);
    // Issue 11's bar on the check half was 0.93; measured 0.946 on 2026-12-03 (second session).
    check_half_floor(&report, "shingle F1", f1_of, 0.94);
}

#[test]
fn cjk_news_dev_check_half_floor() {
    let Some(data) = set("cjk-news-dev") else {
        return;
    };
    let report = run(&data, &Source::Copydesk(Options::default()), &|| {}).expect("runs");
    let f1_of = |r: &SetReport| r.summary.cjk.as_ref().map_or(0.0, |s| s.f1);
    print_halves(&report, "CJK F1", f1_of);
    // Measured 0.893 on 2026-12-03 (issue 11's bar, 0.93, is not met yet).
    check_half_floor(&report, "CJK F1", f1_of, 0.91);
}

#[test]
fn trafilatura_dev_snippet_f_floor() {
    let Some(data) = set("trafilatura-dev") else {
        return;
    };
    let report = run(&data, &Source::Copydesk(Options::default()), &|| {}).expect("runs");
    let f_of = |r: &SetReport| {
        r.summary
            .snippets
            .as_ref()
            .map_or(0.0, |s| s.counts.f_score())
    };
    let f = f_of(&report);
    eprintln!("trafilatura-dev snippet F {f:.3}");
    print_halves(&report, "snippet F", f_of);
    // The edges issue's bar (the end-to-end issue's was 0.90).
    assert!(f >= 0.93, "trafilatura-dev snippet F {f:.4} < 0.93");
    // Issue 11's bar on the check half; measured 0.941 on 2026-12-03 (second session).
    check_half_floor(&report, "snippet F", f_of, 0.935);
}

#[test]
fn no_page_errors_and_no_empty_output() {
    // Issue 11's bar: no page whose ground truth has a body comes out empty (every page of
    // these sets has one).
    for name in [
        "scrapinghub-dev",
        "cjk-news-dev",
        "readability-tests",
        "trafilatura-dev",
    ] {
        let Some(data) = set(name) else {
            continue;
        };
        let report = run(&data, &Source::Copydesk(Options::default()), &|| {}).expect("runs");
        assert_eq!(report.summary.errors, 0, "{name}: pages failed");
        let empty: Vec<&str> = report
            .pages
            .iter()
            .filter(|p| p.empty)
            .map(|p| p.id.as_str())
            .collect();
        assert!(empty.is_empty(), "{name}: empty output on {empty:?}");
    }
}

#[test]
fn readability_tests_metadata_floors() {
    let Some(data) = set("readability-tests") else {
        return;
    };
    let source = Source::Copydesk(Options::default());
    let Some(report) = copydesk::eval::metadata::run(&data, &source).expect("runs") else {
        eprintln!("skipped: readability-tests has no metadata.jsonl");
        return;
    };
    // The metadata issue's bars.
    for (field, floor) in [
        ("title (affixes removed)", 0.95),
        ("byline", 0.85),
        ("site name", 0.95),
        ("published", 0.95),
        ("lang", 0.95),
    ] {
        let share = report
            .fields
            .iter()
            .find(|f| f.field == field)
            .map_or(0.0, |f| f.share());
        eprintln!("readability-tests {field}: {share:.3}");
        assert!(
            share >= floor,
            "readability-tests {field} {share:.3} < {floor}"
        );
    }
}
