//! Arbitrary text (bytes read as UTF-8, lossily): `extract_text` returns an article or a typed
//! error (too large, or not text), and never panics; its renderings never fail.
#![no_main]

use copydesk::{Error, Options};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (small, data) = match data.split_first() {
        Some((&b, rest)) => (b, rest),
        None => (0, data),
    };
    let text = String::from_utf8_lossy(data);
    let mut options = Options::default();
    if small & 1 == 1 {
        options.limits.max_block_bytes = (small >> 1) as usize;
    }
    if small == 0xFF {
        options.limits.max_input_bytes = text.len() / 2;
    }
    match copydesk::extract_text(&text, &options) {
        Ok(article) => {
            let _ = article.text();
            let _ = article.to_markdown();
            let json = article.to_json();
            serde_json::from_str::<serde_json::Value>(&json).expect("to_json parses back");
            for block in &article.body {
                assert!(block.text.len() <= options.limits.max_block_bytes);
            }
        }
        Err(Error::InputTooLarge { .. }) => assert_eq!(small, 0xFF),
        // Bytes that are not text (controls, replacement characters) are refused.
        Err(Error::NotText { .. }) => {}
        Err(e) => panic!("unexpected error {e:?}"),
    }
});
