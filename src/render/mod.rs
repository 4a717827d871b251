//! The article's renderings other than plain text and JSON: CommonMark/GFM Markdown and clean
//! HTML. Both read only [`crate::Article`]; nothing here decides what is body.

pub(crate) mod html;
pub(crate) mod markdown;

use crate::article::{Block, BlockKind, Cell, Span};

/// One unit of output: a single block, or a run of consecutive blocks that render as one
/// element (list items as one list, table rows as one table).
pub(crate) enum Group<'a> {
    /// A block that renders on its own.
    Single(&'a Block),
    /// Consecutive list items.
    List(&'a [Block]),
    /// Consecutive table rows.
    Table(&'a [Block]),
}

/// The body cut into [`Group`]s, in order.
pub(crate) fn groups(body: &[Block]) -> Vec<Group<'_>> {
    let mut out = Vec::new();
    let mut rest = body;
    // Linear: each block is looked at once (a run is measured only for the kinds that group,
    // and the walk goes on after it).
    while let Some(first) = rest.first() {
        if !matches!(first.kind, BlockKind::ListItem | BlockKind::TableRow) {
            // Other kinds render block by block.
            out.push(Group::Single(first));
            rest = rest.get(1..).unwrap_or_default();
            continue;
        }
        let run = rest.iter().take_while(|b| b.kind == first.kind).count();
        let (head, tail) = rest.split_at(run.max(1));
        out.push(if first.kind == BlockKind::ListItem {
            Group::List(head)
        } else {
            Group::Table(head)
        });
        rest = tail;
    }
    out
}

/// The cells of a table row as ranges of its text, with their header flags: the row's
/// [`Block::cells`], or (for a row built by hand) its text split on `" | "`.
pub(crate) fn cells(row: &Block) -> Vec<(usize, usize, bool)> {
    let valid = |c: &&Cell| c.start <= c.end && row.text.get(c.start..c.end).is_some();
    if !row.cells.is_empty() && row.cells.iter().all(|c| valid(&c)) {
        return row
            .cells
            .iter()
            .map(|c| (c.start, c.end, c.header))
            .collect();
    }
    let mut out = Vec::new();
    let mut at = 0;
    for part in row.text.split(" | ") {
        let lead = part.len() - part.trim_start().len();
        out.push((at + lead, at + lead + part.trim().len(), false));
        at += part.len() + 3;
    }
    out
}

/// Whether every cell of the row is a header cell.
pub(crate) fn is_header_row(row: &Block) -> bool {
    !row.cells.is_empty() && row.cells.iter().all(|c| c.header)
}

/// The spans that lie within `start..end` of a text, shifted to start there; spans that
/// reach outside, or do not fall on the text's character boundaries, are left out.
pub(crate) fn spans_within(text: &str, spans: &[Span], start: usize, end: usize) -> Vec<Span> {
    spans
        .iter()
        .filter(|s| start <= s.start && s.start < s.end && s.end <= end)
        .filter(|s| text.get(s.start..s.end).is_some())
        .map(|s| Span::new(s.start - start, s.end - start, s.kind.clone()))
        .collect()
}
