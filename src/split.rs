//! The text entry point: already-extracted text split into line blocks for `classify`.

use crate::options::Limits;

/// One non-empty line of the input, whitespace collapsed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Line {
    pub text: String,
}

/// Splits text into its non-empty lines.
pub(crate) fn split(text: &str, limits: &Limits) -> Vec<Line> {
    text.lines()
        .map(crate::metadata::collapse)
        .filter(|l| !l.is_empty())
        .map(|mut text| {
            truncate_block(&mut text, limits.max_block_bytes);
            Line { text }
        })
        .collect()
}

/// Cuts a block's text to at most `max` bytes, at a character boundary.
pub(crate) fn truncate_block(text: &mut String, max: usize) {
    if text.len() > max {
        let mut cut = max;
        while cut > 0 && !text.is_char_boundary(cut) {
            cut -= 1;
        }
        text.truncate(cut);
    }
}
