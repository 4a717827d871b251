//! The `copydesk` command line (stub).
fn main() {}
