//! `copydesk batch` end to end.
