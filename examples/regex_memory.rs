//! The memory of every rule's compiled regex, largest first, and the total: what a process
//! builds for the rule tables before its first page (issue #13, cold start).
//!
//! `regex::Regex` has no memory API, so each pattern is built here with `regex-automata`'s
//! meta regex under the configuration `regex::Regex::new` uses (leftmost-first, UTF-8, the
//! default syntax; the NFA size limit and lazy DFA capacity as in `copydesk`'s rule builder).
//! "automata" is the regex itself (forward and reverse NFAs, one-pass DFA, prefilter); "cache"
//! is the search cache a thread allocates on its first search with that rule.
//!
//! ```text
//! cargo run --release --example regex_memory [-- --top N] [-- --lang ko]
//! cargo run --release --example regex_memory -- --stdin < patterns.txt   # one pattern a line
//! ```

use regex_automata::meta::{self, Regex};
use regex_automata::util::syntax;
use regex_automata::MatchKind;

fn build(pattern: &str) -> Result<Regex, String> {
    let config = meta::Config::new()
        .match_kind(MatchKind::LeftmostFirst)
        .utf8_empty(true)
        .nfa_size_limit(Some(10 * (1 << 20)))
        .hybrid_cache_capacity(2 * (1 << 20));
    meta::Builder::new()
        .configure(config)
        .syntax(syntax::Config::new().utf8(true))
        .build(pattern)
        .map_err(|e| e.to_string())
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let top: usize = value("--top").and_then(|v| v.parse().ok()).unwrap_or(25);
    let lang = value("--lang");

    if args.iter().any(|a| a == "--stdin") {
        let mut total = 0;
        for line in std::io::stdin().lines().map_while(Result::ok) {
            match build(&line) {
                Ok(re) => {
                    total += re.memory_usage();
                    println!("{:>10}  {line}", re.memory_usage());
                }
                Err(e) => println!("error: {e}"),
            }
        }
        println!("{total:>10}  total");
        return;
    }

    let mut rows = Vec::new();
    let mut by_lang: std::collections::BTreeMap<&str, (usize, usize, usize, usize)> =
        std::collections::BTreeMap::new();
    for rule in copydesk::rules() {
        if lang.as_deref().is_some_and(|l| l != rule.lang) {
            continue;
        }
        // The fastest of three builds (the first pays for page faults, the machine is shared).
        let mut micros = usize::MAX;
        let mut built = Err(String::new());
        for _ in 0..3 {
            let start = std::time::Instant::now();
            built = build(rule.pattern);
            micros = micros.min(start.elapsed().as_micros() as usize);
        }
        let re = match built {
            Ok(re) => re,
            Err(e) => {
                eprintln!("{}: does not compile: {e}", rule.id);
                continue;
            }
        };
        let automata = re.memory_usage();
        let mut cache = re.create_cache();
        // A search fills the caches as a page would (the lazy DFA's states grow with use).
        let _ = re.search_with(
            &mut cache,
            &regex_automata::Input::new("홍길동 기자 By Jane Doe"),
        );
        let cache = cache.memory_usage();
        let entry = by_lang.entry(rule.lang).or_default();
        entry.0 += 1;
        entry.1 += automata;
        entry.2 += cache;
        entry.3 += micros;
        rows.push((automata, cache, rule.id, micros));
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    println!("{:>10} {:>10} {:>9}  rule", "automata", "cache", "build µs");
    for (automata, cache, id, micros) in rows.iter().take(top) {
        println!("{automata:>10} {cache:>10} {micros:>9}  {id}");
    }
    println!();
    println!(
        "{:>6} {:>6} {:>12} {:>12} {:>10}",
        "table", "rules", "automata", "cache", "build µs"
    );
    for (lang, (n, automata, cache, micros)) in &by_lang {
        println!("{lang:>6} {n:>6} {automata:>12} {cache:>12} {micros:>10}");
    }
    let automata: usize = rows.iter().map(|r| r.0).sum();
    let cache: usize = rows.iter().map(|r| r.1).sum();
    println!(
        "{:>6} {:>6} {:>12} {:>12}  ({:.1} MB + {:.1} MB)",
        "total",
        rows.len(),
        automata,
        cache,
        automata as f64 / 1e6,
        cache as f64 / 1e6
    );
}
