//! Sentence scores (owned by the scoring work; placeholder).
