//! Evaluation against data sets with ground truth (stub).
