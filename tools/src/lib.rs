//! The programs around claimdesk that the shipped binary does not need: training of the
//! sentence scorers (L-BFGS logistic regression), their cross-validation metrics, and the
//! labelled-file reader the `train-scores` and `eval-scores` binaries share. The evaluation
//! and benchmark programs are the binaries in `src/bin/`.

pub mod labelled;
mod lbfgs;
pub mod metrics;
pub mod teacher;
pub mod train;
