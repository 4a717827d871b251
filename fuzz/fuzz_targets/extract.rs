//! Arbitrary bytes with arbitrary options: `extract` returns an article or a typed error, and
//! never panics.
#![no_main]

use arbitrary::Arbitrary;
use copydesk::{Error, Options};
use libfuzzer_sys::fuzz_target;
use std::time::Duration;

/// Charset labels the decoder knows, a few it does not, and odd spellings.
const CHARSETS: &[&str] = &[
    "utf-8",
    "euc-kr",
    "cp949",
    "ks_c_5601-1987",
    "gbk",
    "gb2312",
    "gb18030",
    "big5",
    "shift_jis",
    "sjis",
    "euc-jp",
    "iso-2022-jp",
    "windows-1251",
    "windows-1252",
    "koi8-r",
    "iso-8859-1",
    "utf-16le",
    "utf-16be",
    "utf-16",
    "x-user-defined",
    "replacement",
    "",
    "  UTF-8 ",
    "bogus",
    "\u{0}",
];

#[derive(Debug, Arbitrary)]
struct Input<'a> {
    charset: Option<u8>,
    raw_charset: Option<&'a str>,
    url: Option<&'a str>,
    lang: Option<&'a str>,
    max_input_bytes: Option<u32>,
    max_nodes: Option<u16>,
    max_depth: Option<u8>,
    max_block_bytes: Option<u16>,
    time_budget_ms: Option<u8>,
    html: &'a [u8],
}

fuzz_target!(|input: Input| {
    let mut options = Options::default();
    options.charset = match (input.charset, input.raw_charset) {
        (Some(i), _) => Some(CHARSETS[i as usize % CHARSETS.len()].to_string()),
        (None, raw) => raw.map(str::to_string),
    };
    options.url = input.url.map(str::to_string);
    options.lang = input.lang.map(str::to_string);
    if let Some(n) = input.max_input_bytes {
        options.limits.max_input_bytes = n as usize;
    }
    if let Some(n) = input.max_nodes {
        options.limits.max_nodes = n as usize;
    }
    if let Some(n) = input.max_depth {
        options.limits.max_depth = n as usize;
    }
    if let Some(n) = input.max_block_bytes {
        options.limits.max_block_bytes = n as usize;
    }
    // Zero is a budget that is always exceeded; small ones sometimes.
    options.limits.time_budget = input
        .time_budget_ms
        .map(|ms| Duration::from_millis(ms as u64));
    match copydesk::extract(input.html, &options) {
        Ok(article) => {
            let _ = article.text();
            let _ = article.to_markdown();
            let _ = article.to_json();
            let max = options.limits.max_block_bytes;
            for block in &article.body {
                assert!(block.text.len() <= max, "body block over max_block_bytes");
            }
            for removal in &article.removed {
                assert!(removal.text.len() <= max, "removal over max_block_bytes");
            }
        }
        Err(Error::InputTooLarge { size, limit }) => {
            assert!(size > limit && limit == options.limits.max_input_bytes)
        }
        Err(Error::TooManyNodes { limit }) => assert_eq!(limit, options.limits.max_nodes),
        Err(Error::NotText { .. }) => {}
        Err(Error::TimeBudgetExceeded { .. }) => assert!(options.limits.time_budget.is_some()),
        Err(e) => panic!("unexpected error {e:?}"),
    }
});
