//! The article's renderings other than plain text and JSON: CommonMark/GFM Markdown and clean
//! HTML. Both read only [`crate::Article`]; nothing here decides what is body.

pub(crate) mod html;
pub(crate) mod markdown;

use crate::article::{Block, BlockKind};

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
    while let Some(first) = rest.first() {
        let run = rest.iter().take_while(|b| b.kind == first.kind).count();
        let (head, tail) = rest.split_at(run.max(1));
        match first.kind {
            BlockKind::ListItem => out.push(Group::List(head)),
            BlockKind::TableRow => out.push(Group::Table(head)),
            _ => {
                // Other kinds render block by block.
                let (one, more) = rest.split_at(1);
                out.extend(one.iter().map(Group::Single));
                rest = more;
                continue;
            }
        }
        rest = tail;
    }
    out
}

/// The cells of a table row, split on the `" | "` the classify stage joins them with.
pub(crate) fn cells(row: &str) -> Vec<&str> {
    row.split(" | ").map(str::trim).collect()
}
