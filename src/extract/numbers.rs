//! Numbers in running text (owned by the numbers work; placeholder).
