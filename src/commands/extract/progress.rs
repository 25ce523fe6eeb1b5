//! The progress bar of a long extraction, on stderr: articles/s, MB/s and ETA. Hidden with
//! `--quiet` and when stderr is not a terminal (indicatif draws nothing there).

use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Instant;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::corpus::Corpus;

pub struct Progress {
    bar: ProgressBar,
    started: Instant,
    articles: AtomicU64,
}

impl Progress {
    pub fn new(paths: &[PathBuf], quiet: bool) -> Progress {
        let started = Instant::now();
        let hidden = quiet || !console::Term::stderr().features().is_attended();
        if hidden {
            return Progress {
                bar: ProgressBar::hidden(),
                started,
                articles: AtomicU64::new(0),
            };
        }
        let bar = ProgressBar::with_draw_target(
            Some(Corpus::total_bytes(paths)),
            ProgressDrawTarget::stderr(),
        );
        let template = "{bar:30} {bytes}/{total_bytes} {bytes_per_sec} · {msg} · ETA {eta}";
        if let Ok(style) = ProgressStyle::with_template(template) {
            bar.set_style(style);
        }
        Progress {
            bar,
            started,
            articles: AtomicU64::new(0),
        }
    }

    /// Counts `articles` more articles of `bytes` input bytes.
    pub fn advance(&self, articles: u64, bytes: u64) {
        if self.bar.is_hidden() {
            return;
        }
        self.bar.inc(bytes);
        let count = self.articles.fetch_add(articles, Ordering::Relaxed) + articles;
        let secs = self.started.elapsed().as_secs_f64().max(1e-3);
        self.bar.set_message(format!(
            "{count} articles, {:.0} articles/s",
            count as f64 / secs
        ));
    }

    /// Runs `f` with the bar cleared, so that printed lines do not tear it.
    pub fn suspend<R>(&self, f: impl FnOnce() -> R) -> R {
        self.bar.suspend(f)
    }

    pub fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
