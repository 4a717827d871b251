//! `copydesk batch` end to end, on WARC, JSON Lines, directories and lists written here.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use flate2::write::GzEncoder;
use flate2::Compression;
use serde_json::Value;

/// A fresh directory for one test.
fn temp(name: &str) -> PathBuf {
    let dir =
        std::env::temp_dir().join(format!("copydesk-batch-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// A small news page, numbered.
fn page(i: usize) -> String {
    format!(
        "<html><head><title>Story {i} - The Daily Example</title></head><body>\
         <nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav><article><h1>Story {i}</h1>\
         <p>The council met on day {i} to discuss the new bridge over the river, and the vote \
         was close.</p><p>Residents said the work on bridge {i} should start before winter, \
         when the water is low.</p></article><div class=\"share\">Share</div></body></html>"
    )
}

/// One WARC record with an HTTP response block.
fn warc_record(kind: &str, uri: &str, http: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
         WARC-Date: 2026-12-03T08:00:00Z\r\nWARC-Record-ID: <urn:uuid:0000-{}>\r\n\
         Content-Type: application/http; msgtype={kind}\r\nContent-Length: {}\r\n\r\n",
        uri.len(),
        http.len()
    )
    .into_bytes();
    out.extend_from_slice(http);
    out.extend_from_slice(b"\r\n\r\n");
    out
}

fn http(content_type: &str, body: &[u8]) -> Vec<u8> {
    let mut out = format!(
        "HTTP/1.1 200 OK\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    )
    .into_bytes();
    out.extend_from_slice(body);
    out
}

/// The records of the WARC tests: two HTML pages, a PNG response and a request (skipped), a
/// page whose HTTP header declares a wrong charset, a Windows-1252 page whose HTTP header
/// corrects its own wrong declaration, and a last record cut short.
fn records() -> Vec<Vec<u8>> {
    let wrong_charset = "<html><body><article><h1>Café in Zürich</h1><p>The café on the \
        corner of the Bahnhofstrasse reopened on Monday after a long year of repairs.</p>\
        <p>Its owner said the crème brûlée would stay on the menu for the whole season.</p>\
        </article></body></html>";
    // The page declares Greek; the HTTP header's Windows-1252 wins (as browsers do).
    let latin1: Vec<u8> = "<html><head><meta charset=\"iso-8859-7\"></head><body><article><h1>Cafe news</h1><p>The caf\u{e9} on the \
        corner reopened on Monday after a long year of repairs to its roof and walls.</p>\
        <p>Its owner said the same cr\u{e8}me would stay on the menu for the whole season.</p>\
        </article></body></html>"
        .chars()
        .map(|c| u8::try_from(u32::from(c)).unwrap_or(b'?'))
        .collect();
    vec![
        warc_record(
            "warcinfo",
            "",
            b"software: copydesk tests\r\nformat: WARC File Format 1.0",
        ),
        warc_record(
            "response",
            "https://news.example.com/1",
            &http("text/html; charset=utf-8", page(1).as_bytes()),
        ),
        warc_record(
            "request",
            "https://news.example.com/1",
            b"GET /1 HTTP/1.1\r\nHost: news.example.com\r\n\r\n",
        ),
        warc_record(
            "response",
            "https://news.example.com/logo.png",
            &http("image/png", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
        ),
        warc_record(
            "response",
            "https://news.example.com/2",
            &http("text/html", page(2).as_bytes()),
        ),
        warc_record(
            "response",
            "https://news.example.com/wrong-charset",
            &http("text/html; charset=iso-8859-1", wrong_charset.as_bytes()),
        ),
        warc_record(
            "response",
            "https://news.example.com/latin1",
            &http("text/html; charset=windows-1252", &latin1),
        ),
        warc_record(
            "response",
            "https://news.example.com/cut",
            &http("text/html", page(3).as_bytes()),
        ),
    ]
}

/// Writes the records as a plain WARC, the last record cut in its block.
fn write_plain(path: &Path) {
    let mut bytes: Vec<u8> = records().concat();
    bytes.truncate(bytes.len() - 200);
    std::fs::write(path, bytes).expect("write warc");
}

/// Writes the records as a WARC with one gzip member per record, the last member cut.
fn write_gzip(path: &Path) {
    let mut bytes = Vec::new();
    let records = records();
    let last = records.len() - 1;
    for (i, record) in records.into_iter().enumerate() {
        let mut gz = GzEncoder::new(Vec::new(), Compression::default());
        gz.write_all(&record).expect("gzip");
        let mut member = gz.finish().expect("gzip");
        if i == last {
            member.truncate(member.len() / 2);
        }
        bytes.extend(member);
    }
    std::fs::write(path, bytes).expect("write warc.gz");
}

/// Runs `copydesk batch ARGS`, with `stdin` on standard input; returns stdout's records and
/// stderr.
fn batch(args: &[&str], stdin: &[u8]) -> (Vec<Value>, String) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_copydesk"))
        .arg("batch")
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run copydesk");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin)
        .expect("write stdin");
    let output = child.wait_with_output().expect("wait copydesk");
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    assert!(
        output.status.success(),
        "copydesk batch {args:?} failed: {stderr}"
    );
    let records = String::from_utf8_lossy(&output.stdout)
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect();
    (records, stderr)
}

fn body_text(record: &Value) -> String {
    record["body"]
        .as_array()
        .map(|blocks| {
            blocks
                .iter()
                .filter_map(|b| b["text"].as_str())
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

/// The WARC pages, as every WARC test expects them.
fn check_warc_records(records: &[Value], stderr: &str) {
    let urls: Vec<&str> = records
        .iter()
        .map(|r| r["url"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(
        urls,
        [
            "https://news.example.com/1",
            "https://news.example.com/2",
            "https://news.example.com/wrong-charset",
            "https://news.example.com/latin1",
            "",
        ],
        "{records:?}"
    );
    assert_eq!(records[0]["title"], "Story 1");
    assert_eq!(records[0]["id"], "urn:uuid:0000-26");
    assert!(
        body_text(&records[1]).contains("bridge 2"),
        "{}",
        records[1]
    );
    // The header says ISO-8859-1, the bytes are valid UTF-8: the page is read as UTF-8.
    assert!(
        body_text(&records[2]).contains("crème brûlée"),
        "{}",
        records[2]
    );
    assert_eq!(records[2]["title"], "Café in Zürich");
    // Windows-1252 bytes declared Greek by the page, Windows-1252 by the HTTP header.
    assert!(
        body_text(&records[3]).contains("The café on the corner"),
        "{}",
        records[3]
    );
    // The truncated record: an error record naming it; the batch does not stop.
    assert_eq!(
        records[4]["error"]["kind"], "truncated-record",
        "{}",
        records[4]
    );
    assert_eq!(records[4]["id"], "https://news.example.com/cut");
    assert!(
        stderr.contains("5 pages, 1 error (truncated-record 1)"),
        "{stderr}"
    );
}

#[test]
fn plain_warc() {
    let dir = temp("plain-warc");
    let path = dir.join("crawl.warc");
    write_plain(&path);
    let (records, stderr) = batch(&[path.to_str().expect("utf-8 path")], b"");
    check_warc_records(&records, &stderr);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn gzip_member_per_record_warc() {
    let dir = temp("gzip-warc");
    let path = dir.join("crawl.warc.gz");
    write_gzip(&path);
    let (records, stderr) = batch(&[path.to_str().expect("utf-8 path"), "--jobs", "2"], b"");
    check_warc_records(&records, &stderr);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn jsonl_file_and_stdin() {
    let dir = temp("jsonl");
    let path = dir.join("pages.jsonl");
    let lines = [
        serde_json::json!({"id": "a", "url": "https://news.example.com/a", "html": page(1)}),
        serde_json::json!({"url": "https://news.example.com/b", "html": page(2)}),
        serde_json::json!({"id": 7, "html": page(3)}),
        serde_json::json!({"html": page(4)}),
    ];
    let text: String = lines.iter().map(|l| format!("{l}\n\n")).collect();
    std::fs::write(&path, &text).expect("write jsonl");
    let (records, _) = batch(&[path.to_str().expect("utf-8 path")], b"");
    assert_eq!(records.len(), 4);
    assert_eq!(records[0]["id"], "a");
    assert_eq!(records[0]["url"], "https://news.example.com/a");
    assert!(records[1].get("id").is_none());
    assert_eq!(records[1]["url"], "https://news.example.com/b");
    assert_eq!(records[2]["id"], "7");
    let fourth = records[3]["id"].as_str().unwrap_or("");
    assert!(fourth.ends_with("pages.jsonl:7"), "{fourth}");
    assert_eq!(records[3]["title"], "Story 4");
    // The labelled removals only with --removed.
    assert!(records[0].get("removed").is_none());

    let (from_stdin, _) = batch(&["-", "--removed", "--format", "markdown"], text.as_bytes());
    assert_eq!(from_stdin.len(), 4);
    assert_eq!(from_stdin[0]["title"], records[0]["title"]);
    let removed = from_stdin[0]["removed"]
        .as_array()
        .cloned()
        .unwrap_or_default();
    assert!(
        removed
            .iter()
            .any(|r| r["kind"] == "share" && r["text"] == "Share"),
        "{removed:?}"
    );
    let markdown = from_stdin[0]["markdown"].as_str().unwrap_or("");
    assert!(markdown.starts_with("# Story 1\n"), "{markdown}");
    assert!(from_stdin[3]["id"]
        .as_str()
        .unwrap_or("")
        .starts_with("stdin:"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn directory_walk_in_name_order() {
    let dir = temp("dir");
    std::fs::create_dir_all(dir.join("b/inner")).expect("dirs");
    std::fs::write(dir.join("a.html"), page(1)).expect("write");
    std::fs::write(dir.join("b/inner/c.htm"), page(2)).expect("write");
    std::fs::write(dir.join("b/d.HTML"), page(3)).expect("write");
    std::fs::write(dir.join("b/notes.txt"), "not a page").expect("write");
    std::fs::write(dir.join("e.html"), page(4)).expect("write");
    let (records, _) = batch(
        &[dir.to_str().expect("utf-8 path"), "--format", "text"],
        b"",
    );
    let ids: Vec<String> = records
        .iter()
        .map(|r| {
            let id = r["id"].as_str().unwrap_or("");
            Path::new(id)
                .strip_prefix(&dir)
                .map(|p| p.display().to_string())
                .unwrap_or_default()
        })
        .collect();
    assert_eq!(ids, ["a.html", "b/d.HTML", "b/inner/c.htm", "e.html"]);
    assert_eq!(records[1]["title"], "Story 3");
    assert!(records[0]["text"]
        .as_str()
        .unwrap_or("")
        .starts_with("The council met on day 1"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn mixed_inputs_keep_order_and_jobs_do_not_change_the_output() {
    let dir = temp("mixed");
    let pages = dir.join("pages");
    std::fs::create_dir_all(&pages).expect("dir");
    for i in 0..40 {
        std::fs::write(pages.join(format!("p{i:02}.html")), page(i)).expect("write");
    }
    let warc = dir.join("crawl.warc.gz");
    write_gzip(&warc);
    let list = dir.join("more.lst");
    std::fs::write(
        &list,
        format!(
            "# a list\n{}\n\n{}\n",
            pages.join("p05.html").display(),
            warc.display()
        ),
    )
    .expect("write list");
    let pattern = format!("{}/p1*.html", pages.display());
    let inputs = [
        pages.to_str().expect("utf-8 path"),
        list.to_str().expect("utf-8 path"),
        pattern.as_str(),
    ];
    let run = |jobs: &str| {
        let mut args = inputs.to_vec();
        args.extend(["--jobs", jobs, "--removed"]);
        batch(&args, b"").0
    };
    let one = run("1");
    let two = run("2");
    // 40 pages, then the list (a page and the WARC's 5 records), then the glob's 10 pages.
    assert_eq!(one.len(), 40 + 1 + 5 + 10);
    assert_eq!(one, two, "--jobs 1 and --jobs 2 differ");
    let titles: Vec<String> = one[..40]
        .iter()
        .map(|r| r["title"].as_str().unwrap_or("").to_string())
        .collect();
    let expected: Vec<String> = (0..40).map(|i| format!("Story {i}")).collect();
    assert_eq!(titles, expected);
    assert_eq!(one[40]["title"], "Story 5");
    assert_eq!(one[41]["url"], "https://news.example.com/1");
    assert_eq!(one[46]["title"], "Story 10");
    assert_eq!(one[55]["title"], "Story 19");

    // --unordered writes the same records, in any order.
    let mut args = inputs.to_vec();
    args.extend(["--unordered", "--removed"]);
    let (mut unordered, _) = batch(&args, b"");
    let key = |r: &Value| r.to_string();
    let mut sorted = one.clone();
    sorted.sort_by_key(key);
    unordered.sort_by_key(key);
    assert_eq!(sorted, unordered);
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn output_file_and_limits() {
    let dir = temp("output");
    std::fs::write(dir.join("small.html"), page(1)).expect("write");
    std::fs::write(dir.join("big.html"), page(2).repeat(20)).expect("write");
    let out = dir.join("out.jsonl");
    let (stdout, stderr) = batch(
        &[
            dir.to_str().expect("utf-8 path"),
            "-o",
            out.to_str().expect("utf-8 path"),
            "--max-bytes",
            "2000",
        ],
        b"",
    );
    assert!(stdout.is_empty());
    let written = std::fs::read_to_string(&out).expect("read output");
    let records: Vec<Value> = written
        .lines()
        .map(|l| serde_json::from_str(l).expect("JSON"))
        .collect();
    assert_eq!(records.len(), 2);
    assert_eq!(
        records[0]["error"]["kind"], "input-too-large",
        "{}",
        records[0]
    );
    assert_eq!(records[1]["title"], "Story 1");
    assert!(stderr.contains("1 error (input-too-large 1)"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

/// The bar: a WARC of about 1 GB (the trafilatura-dev pages repeated, as response
/// records) runs with at most 300 MB peak RSS and gives one record per page. Slow: run it in
/// release, `cargo test --release --test batch -- --ignored`.
#[test]
#[ignore = "builds and reads a 1 GB WARC; run in release"]
fn one_gigabyte_warc_in_bounded_memory() {
    let html_dir =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/trafilatura-dev/html");
    let Ok(entries) = std::fs::read_dir(&html_dir) else {
        eprintln!("skipped: ../shared/eval/trafilatura-dev/html not found");
        return;
    };
    let mut pages: Vec<Vec<u8>> = entries
        .filter_map(|e| e.ok())
        .filter_map(|e| std::fs::read(e.path()).ok())
        .collect();
    pages.sort();
    let dir = temp("gigabyte");
    let path = dir.join("big.warc");
    let mut file = std::io::BufWriter::new(std::fs::File::create(&path).expect("create warc"));
    let (mut written, mut count) = (0usize, 0usize);
    'fill: loop {
        for (i, html) in pages.iter().enumerate() {
            let uri = format!("https://news.example.com/{count}/{i}");
            let record = warc_record("response", &uri, &http("text/html", html));
            file.write_all(&record).expect("write warc");
            written += record.len();
            count += 1;
            if written >= 1 << 30 {
                break 'fill;
            }
        }
    }
    drop(file);
    let (records, stderr) = batch(&[path.to_str().expect("utf-8 path")], b"");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(records.len(), count, "{stderr}");
    let peak_mb: u64 = stderr
        .split("peak RSS ")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("no peak RSS in {stderr}"));
    eprintln!("{count} pages, {written} bytes: {stderr}");
    assert!(peak_mb <= 300, "peak RSS {peak_mb} MB: {stderr}");
}

#[test]
fn list_flag_and_gzip_json_lines() {
    let dir = temp("list-gz");
    std::fs::write(dir.join("one.html"), page(1)).expect("write");
    let gz_path = dir.join("pages.jsonl.gz");
    let mut gz = GzEncoder::new(Vec::new(), Compression::default());
    for i in 2..5 {
        let line = serde_json::json!({"id": format!("g{i}"), "html": page(i)});
        writeln!(gz, "{line}").expect("gzip");
    }
    let mut bytes = gz.finish().expect("gzip");
    std::fs::write(&gz_path, &bytes).expect("write jsonl.gz");
    // A list without a list's extension: read as one only with --list.
    let list = dir.join("paths");
    std::fs::write(
        &list,
        format!(
            "{}\n{}\n",
            dir.join("one.html").display(),
            gz_path.display()
        ),
    )
    .expect("write list");
    let list_arg = list.to_str().expect("utf-8 path");
    let (records, _) = batch(&[list_arg, "--list"], b"");
    let ids: Vec<&str> = records
        .iter()
        .map(|r| r["id"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(ids.len(), 4, "{records:?}");
    assert!(ids[0].ends_with("one.html"));
    assert_eq!(ids[1..], ["g2", "g3", "g4"]);
    assert_eq!(records[3]["title"], "Story 4");
    // Without --list the same file is one (poor) page, not a list.
    let (as_page, _) = batch(&[list_arg], b"");
    assert_eq!(as_page.len(), 1);
    assert_eq!(as_page[0]["id"], list_arg);

    // A gzip stream cut short: the records before the cut, then a truncated-record error.
    bytes.truncate(bytes.len() - 30);
    std::fs::write(&gz_path, &bytes).expect("write cut jsonl.gz");
    let (cut, stderr) = batch(&[gz_path.to_str().expect("utf-8 path")], b"");
    let last = cut.last().cloned().unwrap_or_default();
    assert_eq!(last["error"]["kind"], "truncated-record", "{cut:?}");
    assert!(stderr.contains("1 error (truncated-record 1)"), "{stderr}");
    let _ = std::fs::remove_dir_all(dir);
}

/// What `copydesk batch ARGS` writes to a terminal, run under `script` (util-linux), which
/// gives it a pseudo-terminal for standard input, output and error; `shell_tail` is appended
/// to the command line (a redirection). `None` when `script` is not installed.
fn on_terminal(args: &[&str], shell_tail: &str) -> Option<String> {
    let mut line = format!("'{}' batch", env!("CARGO_BIN_EXE_copydesk"));
    for a in args {
        line.push_str(&format!(" '{a}'"));
    }
    line.push_str(shell_tail);
    let output = Command::new("script")
        .args(["-qec", &line, "/dev/null"])
        .stdin(Stdio::null())
        .output()
        .ok()?;
    assert!(output.status.success(), "script -qec {line} failed");
    Some(String::from_utf8_lossy(&output.stdout).into_owned())
}

/// The progress bar is drawn only when standard output and standard error are both terminals:
/// output redirected to a file (or error to a log) keeps the terminal free of it.
#[test]
fn progress_bar_only_when_stdout_and_stderr_are_terminals() {
    let dir = temp("progress");
    for i in 0..40 {
        std::fs::write(dir.join(format!("p{i:02}.html")), page(i)).expect("write");
    }
    let out = dir.join("out.jsonl");
    let dir_arg = dir.to_str().expect("utf-8 path");
    let out_arg = out.to_str().expect("utf-8 path");
    let Some(both) = on_terminal(&[dir_arg, "-o", out_arg], "") else {
        eprintln!("skipped: `script` (util-linux) not found, no pseudo-terminal to test on");
        return;
    };
    // The bar is drawn and cleared with carriage returns and escape sequences; the summary
    // line alone has neither (the terminal ends its line with "\r\n").
    let drawn = |s: &str| s.contains('\u{1b}') || s.replace("\r\n", "\n").contains('\r');
    assert!(
        both.contains("40 pages") && drawn(&both),
        "no bar on a terminal: {both:?}"
    );
    let stdout_redirected = on_terminal(&[dir_arg], &format!(" > '{out_arg}'")).expect("script");
    assert!(
        stdout_redirected.contains("40 pages") && !drawn(&stdout_redirected),
        "a bar with standard output in a file: {stdout_redirected:?}"
    );
    assert_eq!(
        std::fs::read_to_string(&out)
            .expect("output")
            .lines()
            .count(),
        40
    );
    let _ = std::fs::remove_dir_all(dir);
}
