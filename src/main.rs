//! The `copydesk` command line (temporary: replaced by the full CLI).
fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else { return };
    if path == "dump" {
        let data = std::path::Path::new(&args[2]);
        let out = std::path::Path::new(&args[3]);
        std::fs::create_dir_all(out).unwrap();
        let manifest = std::fs::read_to_string(data.join("manifest.jsonl")).unwrap();
        let mut times = Vec::new();
        for line in manifest.lines().filter(|l| !l.trim().is_empty()) {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            let id = v["id"].as_str().unwrap();
            let bytes = std::fs::read(data.join(v["file"].as_str().unwrap())).unwrap();
            let mut o = copydesk::Options::default();
            o.url = v["url"].as_str().map(String::from);
            let t = std::time::Instant::now();
            let text = copydesk::extract(&bytes, &o)
                .map(|a| a.text())
                .unwrap_or_default();
            times.push((t.elapsed().as_secs_f64() * 1000.0, id.to_string()));
            std::fs::write(out.join(format!("{id}.txt")), text).unwrap();
        }
        times.sort_by(|a, b| a.0.total_cmp(&b.0));
        eprintln!(
            "median {:.2} ms, max {:.2} ms ({})",
            times[times.len() / 2].0,
            times.last().unwrap().0,
            times.last().unwrap().1
        );
        return;
    }
    let bytes = std::fs::read(path).unwrap_or_default();
    match copydesk::extract(&bytes, &copydesk::Options::default()) {
        Ok(a) => {
            if args.get(2).map(String::as_str) == Some("explain") {
                println!("TITLE: {:?} status {:?}", a.title, a.status);
                for b in &a.body {
                    println!("body {}: {}", b.kind.name(), b.text);
                }
                for r in &a.removed {
                    println!(
                        "removed {} [{}]: {}",
                        r.kind.name(),
                        r.rule,
                        r.text.chars().take(100).collect::<String>()
                    );
                }
            } else {
                println!("{}", a.text());
            }
        }
        Err(e) => eprintln!("error: {e}"),
    }
}
