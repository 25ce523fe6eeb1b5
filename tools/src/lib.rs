//! The programs around claimdesk that the shipped binary does not need: training of the
//! sentence scorers (L-BFGS logistic regression), their cross-validation metrics, and the
//! readers the binaries share (labelled sentences, NewsClaims). The evaluation and benchmark
//! programs are the binaries in `src/bin/`.

pub mod blend;
pub mod labelled;
mod lbfgs;
pub mod metrics;
pub mod newsclaims;
pub mod teacher;
pub mod train;
