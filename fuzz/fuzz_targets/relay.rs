//! Differential: the two-thread parse (the tokenizer on a second thread, its tree-builder
//! answers predicted and checked) builds exactly the one-thread document, on any input read as
//! UTF-8 (lossily), whatever its size.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    assert!(
        copydesk::stages::relay_matches(&text),
        "two threads built another document"
    );
});
