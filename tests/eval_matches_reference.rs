//! `copydesk eval --predictions DIR` must agree with the reference scorer
//! (`../shared/tools/peers/score.py`) on the same folder.
//!
//! Runs only where the shared evaluation data and python3 are present (the crate's
//! `../shared/eval`); elsewhere it prints why it was skipped and passes. Predictions are made
//! here from each page's own ground truth with deterministic perturbations (paragraphs dropped,
//! junk added, duplicates, empty and missing outputs, no-break spaces, case changes, combining
//! marks, CJK text, invalid UTF-8), written to a temporary directory.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

use copydesk::eval::{Dataset, Page};
use serde_json::Value;

const SETS: [&str; 2] = ["scrapinghub-dev", "cjk-news-dev"];

const JUNK: [&str; 8] = [
    "Share this article",
    "Subscribe to our newsletter",
    "Related: More stories from the region",
    "© 2024 All rights reserved",
    "Advertisement",
    "사진=연합뉴스",
    "関連記事：東京の天気",
    "Cafe\u{301} e\u{301}te\u{301} na\u{308}ive",
];

/// A small deterministic generator seeded from the page id.
struct Rng(u64);

impl Rng {
    fn new(seed: &str) -> Self {
        let mut h: u64 = 0xcbf2_9ce4_8422_2325;
        for b in seed.bytes() {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        Rng(h | 1)
    }

    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        if n == 0 {
            0
        } else {
            (self.0 % n as u64) as usize
        }
    }
}

/// The perturbed output for page number `i`, or `None` for no output file.
fn prediction(i: usize, page: &Page) -> Option<Vec<u8>> {
    let mut rng = Rng::new(&page.id);
    let mut paras: Vec<String> = match &page.text {
        Some(text) => text
            .lines()
            .filter(|l| !l.trim().is_empty())
            .map(str::to_string)
            .collect(),
        None => {
            let mut p = page.with.clone();
            let leak = rng.below(3);
            p.extend(page.without.iter().take(leak).cloned());
            p
        }
    };
    match i % 9 {
        1 => {
            paras = paras
                .into_iter()
                .enumerate()
                .filter(|(j, _)| j % 3 != 1)
                .map(|(_, p)| p)
                .collect()
        }
        2 => {
            for _ in 0..=rng.below(4) {
                let at = rng.below(paras.len() + 1);
                paras.insert(at, JUNK[rng.below(JUNK.len())].to_string());
            }
        }
        3 => paras.clear(),
        4 if !paras.is_empty() => {
            let dup = paras[rng.below(paras.len())].clone();
            let at = rng.below(paras.len() + 1);
            paras.insert(at, dup);
        }
        5 => return None,
        6 => {
            for p in &mut paras {
                *p = p.replacen(' ', "\u{a0} ", 3).replacen('e', "E", 2);
            }
        }
        7 => paras.truncate((paras.len() / 3).max(1)),
        8 => {
            paras = paras
                .iter()
                .map(|p| p.chars().take(p.chars().count() / 2).collect())
                .collect();
            paras.push(JUNK[rng.below(JUNK.len())].to_string());
        }
        _ => {}
    }
    let sep = ["\n\n", "\n", "\r\n", " \u{3000} "][rng.below(4)];
    let mut bytes = paras.join(sep).into_bytes();
    if i % 9 == 8 && rng.below(3) == 0 {
        bytes.extend_from_slice(b"\xff\xfe bad bytes");
    }
    Some(bytes)
}

fn python_ok() -> bool {
    Command::new("python3")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
}

/// The reference scorer's summary and per-page rows, as JSON.
fn reference(score_dir: &Path, set: &Path, out: &Path) -> Value {
    let script = "import json, sys\n\
        sys.path.insert(0, sys.argv[1])\n\
        import score\n\
        from pathlib import Path\n\
        data, out = Path(sys.argv[2]), Path(sys.argv[3])\n\
        pages = [json.loads(l) for l in open(data / 'manifest.jsonl', encoding='utf-8') if l.strip()]\n\
        summ, rows = score.score(pages, out)\n\
        for r in rows: r.pop('ms', None)\n\
        print(json.dumps({'summary': summ, 'rows': rows}))\n";
    let output = Command::new("python3")
        .arg("-c")
        .arg(script)
        .arg(score_dir)
        .arg(set)
        .arg(out)
        .output()
        .expect("run python3");
    assert!(
        output.status.success(),
        "score.py failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("score.py output is JSON")
}

/// `copydesk eval --predictions OUT --json` for one set.
fn ours(set: &Path, out: &Path) -> Value {
    let output = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .args(["eval", "--json", "--data"])
        .arg(set)
        .arg("--predictions")
        .arg(out)
        .output()
        .expect("run copydesk");
    assert!(
        output.status.success(),
        "copydesk eval failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let doc: Value = serde_json::from_slice(&output.stdout).expect("copydesk output is JSON");
    doc["sets"][0].clone()
}

fn num(v: &Value) -> f64 {
    match v {
        Value::Bool(b) => f64::from(u8::from(*b)),
        _ => v.as_f64().unwrap_or(f64::NAN),
    }
}

fn close(what: &str, theirs: &Value, mine: &Value) {
    let (a, b) = (num(theirs), num(mine));
    assert!(
        (a - b).abs() < 1e-9,
        "{what}: score.py {theirs} vs copydesk {mine}"
    );
}

#[test]
fn eval_matches_reference_scorer() {
    let shared = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
    let data = shared.join("eval");
    let score_dir = shared.join("tools/peers");
    if !data.is_dir() || !score_dir.join("score.py").is_file() {
        println!("skipped: ../shared/eval not found");
        return;
    }
    if !python_ok() {
        println!("skipped: python3 not found");
        return;
    }
    let tmp = std::env::temp_dir().join(format!("copydesk-eval-ref-{}", std::process::id()));
    let mut compared = 0;
    for name in SETS {
        let set_dir = data.join(name);
        if !set_dir.join("manifest.jsonl").is_file() {
            println!("skipped set {name}: not found");
            continue;
        }
        let set = Dataset::load(&set_dir).expect("load set");
        let out = tmp.join(name);
        fs::create_dir_all(&out).expect("temp dir");
        for (i, page) in set.pages.iter().enumerate() {
            if let Some(bytes) = prediction(i, page) {
                fs::write(out.join(format!("{}.txt", page.id)), bytes).expect("write prediction");
            }
        }
        let theirs = reference(&score_dir, &set_dir, &out);
        let mine = ours(&set_dir, &out);
        let (ts, ms) = (&theirs["summary"], &mine["summary"]);
        close("pages", &ts["pages"], &ms["pages"]);
        close("empty", &ts["empty"], &ms["empty"]);
        for (col, key) in [("sh", "sh"), ("cjk", "cjk")] {
            if ts[col].is_null() {
                assert!(ms[key].is_null(), "{name}: {key} should be absent");
                continue;
            }
            for (a, b) in [("F1", "f1"), ("P", "precision"), ("R", "recall")] {
                close(&format!("{name} {col} {a}"), &ts[col][a], &ms[key][b]);
            }
        }
        if ts["snip"].is_null() {
            assert!(
                ms["snippets"].is_null(),
                "{name}: snippets should be absent"
            );
        } else {
            for (a, b) in [
                ("TP", "tp"),
                ("FN", "fn"),
                ("FP", "fp"),
                ("TN", "tn"),
                ("P", "precision"),
                ("R", "recall"),
                ("Acc", "accuracy"),
                ("F", "f"),
            ] {
                close(
                    &format!("{name} snip {a}"),
                    &ts["snip"][a],
                    &ms["snippets"][b],
                );
            }
        }
        let rows = theirs["rows"].as_array().expect("rows");
        let pages = mine["pages"].as_array().expect("pages");
        assert_eq!(rows.len(), pages.len(), "{name}: page count");
        for (r, p) in rows.iter().zip(pages) {
            let id = r["id"].as_str().unwrap_or_default();
            assert_eq!(r["id"], p["id"], "{name}: page order");
            close(&format!("{name}/{id} empty"), &r["empty"], &p["empty"]);
            if !r["sh_P"].is_null() {
                close(
                    &format!("{name}/{id} sh P"),
                    &r["sh_P"],
                    &p["sh"]["precision"],
                );
                close(&format!("{name}/{id} sh R"), &r["sh_R"], &p["sh"]["recall"]);
                close(&format!("{name}/{id} sh F1"), &r["sh_F1"], &p["sh"]["f1"]);
                close(
                    &format!("{name}/{id} cjk F1"),
                    &r["cjk_F1"],
                    &p["cjk"]["f1"],
                );
            }
            if !r["TP"].is_null() {
                for k in ["TP", "FN", "FP", "TN"] {
                    let field = k.to_lowercase();
                    close(
                        &format!("{name}/{id} {k}"),
                        &r[k],
                        &p["snippets"][field.as_str()],
                    );
                }
            }
        }
        println!(
            "{name}: {} pages agree with score.py (SH {:.3}/{:.3}, CJK {:.3}/{:.3})",
            rows.len(),
            num(&ts["sh"]["F1"]),
            num(&ms["sh"]["f1"]),
            num(&ts["cjk"]["F1"]),
            num(&ms["cjk"]["f1"]),
        );
        compared += 1;
    }
    let _ = fs::remove_dir_all(&tmp);
    assert!(compared > 0 || !data.join(SETS[0]).exists());
}
