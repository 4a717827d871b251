//! script (stub)
