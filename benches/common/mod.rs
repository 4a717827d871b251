//! What the benches share: the eval pages they read from `../shared/eval`.

use std::path::Path;

/// The sets of `../shared/eval` the benches read.
pub const EVAL_SETS: [&str; 4] = [
    "scrapinghub-dev",
    "trafilatura-dev",
    "cjk-news-dev",
    "readability-tests",
];

/// Every `step`-th page of each eval set, as `("set/id", bytes)`; a set that is absent is
/// skipped with a message naming `bench`.
pub fn eval_pages(bench: &str, step: usize) -> Vec<(String, Vec<u8>)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval");
    let mut out = Vec::new();
    for set in EVAL_SETS {
        let Ok(manifest) = std::fs::read_to_string(root.join(set).join("manifest.jsonl")) else {
            eprintln!("skipped {set} in the {bench} bench: ../shared/eval/{set} not found");
            continue;
        };
        for line in manifest.lines().step_by(step.max(1)) {
            let Ok(v) = serde_json::from_str::<serde_json::Value>(line) else {
                continue;
            };
            let (Some(id), Some(file)) = (v["id"].as_str(), v["file"].as_str()) else {
                continue;
            };
            if let Ok(bytes) = std::fs::read(root.join(set).join(file)) {
                out.push((format!("{set}/{id}"), bytes));
            }
        }
    }
    out
}
