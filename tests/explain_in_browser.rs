//! Opens the `--explain --format html` page in headless Chromium and checks that every removed
//! block renders struck through with its kind-and-rule tag visible. The page records what the
//! browser rendered on `<body data-rendered="N struck, M tagged">`.
//!
//! Skips with a message when `chromium` is not installed, unless `COPYDESK_REQUIRE_CHROMIUM` is
//! set (as `.ci/run` does after installing Debian's `chromium`), in which case it fails.

use std::path::Path;
use std::process::Command;

fn chromium() -> Option<&'static str> {
    ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|name| {
            Command::new(name)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })
}

#[test]
fn explain_page_renders_every_label() {
    let Some(browser) = chromium() else {
        assert!(
            std::env::var_os("COPYDESK_REQUIRE_CHROMIUM").is_none(),
            "COPYDESK_REQUIRE_CHROMIUM is set but no chromium is installed"
        );
        eprintln!("skipping: no chromium on PATH (Debian: apt-get install chromium)");
        return;
    };
    // A text page shaped like the seed: a story, a glued photo credit, appended teasers.
    let case = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("corpus/ko-18-txt-teaser-run-wire-snippets/page.txt");
    let text = std::fs::read_to_string(&case).expect("corpus case ko-18");
    let explanation =
        copydesk::explain_text(&text, &copydesk::Options::default()).expect("explain");
    let removed = explanation
        .blocks
        .iter()
        .filter(|b| b.removal.is_some())
        .count();
    assert!(removed >= 6, "the case has a teaser run to show");
    let dir = std::env::temp_dir().join(format!("copydesk-explain-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let page = dir.join("explain.html");
    std::fs::write(&page, explanation.to_html()).expect("write page");

    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--virtual-time-budget=5000",
            "--dump-dom",
        ])
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("run chromium");
    let _ = std::fs::remove_dir_all(&dir);
    let dom = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "chromium failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let want = format!("data-rendered=\"{removed} struck, {removed} tagged\"");
    assert!(
        dom.contains(&want),
        "expected {want} in the rendered page; chromium rendered: {}",
        dom.lines()
            .find(|l| l.contains("data-rendered"))
            .unwrap_or("(no data-rendered attribute)")
    );
    // The labels themselves: kind and rule of the teaser run.
    assert!(dom.contains("teaser · teaser.run"), "teaser labels missing");
}
