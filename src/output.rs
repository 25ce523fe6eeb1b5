//! Where a command's output goes (`export -o`, and every export format): standard output for
//! `-` and `/dev/stdout`; a device, FIFO or socket is written in place; a regular file is
//! replaced atomically (a temporary file in the same folder, flushed to disk, renamed over
//! it, with the old file's permissions), so a failed write never leaves half a file. A
//! symlink is followed: the link stays and its target gets the new content.

use std::fs::{self, File, Metadata, OpenOptions};
use std::io::{self, BufWriter, Write};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result, bail};

/// How many symlinks a path may pass through (as the kernel allows).
const MAX_LINKS: usize = 40;

/// What a path given for output leads to.
#[derive(Debug, PartialEq)]
enum Target {
    Stdout,
    /// A device, FIFO or socket: opened and written as it is.
    InPlace(PathBuf),
    /// A regular file (existing or not), at the end of any symlinks.
    Replace(PathBuf),
}

/// Runs `write` into the output `path` names (`None`: standard output), buffered.
pub fn write_output(
    path: Option<&Path>,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let Some(path) = path else {
        return to_stdout(write);
    };
    let shown = path.display();
    let target = target(path).with_context(|| format!("could not write {shown}"))?;
    match target {
        Target::Stdout => to_stdout(write),
        Target::InPlace(device) => {
            let file = OpenOptions::new()
                .write(true)
                .open(&device)
                .with_context(|| format!("could not write {shown}"))?;
            let mut out = BufWriter::new(file);
            write(&mut out)
                .and_then(|()| Ok(out.flush()?))
                .with_context(|| format!("could not write {shown}"))
        }
        Target::Replace(file) => {
            replace(&file, write).with_context(|| format!("could not write {shown}"))
        }
    }
}

fn to_stdout(write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let mut out = BufWriter::new(io::stdout().lock());
    write(&mut out)?;
    Ok(out.flush()?)
}

/// Where `path` leads. `/dev/stdout` is this process's own standard output: reopening it
/// would start a pipe or a redirected file over at its beginning.
fn target(path: &Path) -> Result<Target> {
    if path == Path::new("-")
        || ["/dev/stdout", "/dev/fd/1", "/proc/self/fd/1"].contains(&path.to_str().unwrap_or(""))
    {
        return Ok(Target::Stdout);
    }
    match fs::metadata(path) {
        Ok(meta) if meta.is_dir() => bail!("is a directory"),
        Ok(meta) if meta.is_file() => Ok(Target::Replace(fs::canonicalize(path)?)),
        Ok(_) => Ok(Target::InPlace(path.to_path_buf())),
        Err(err) if err.kind() == io::ErrorKind::NotFound => Ok(Target::Replace(link_end(path)?)),
        Err(err) => Err(err.into()),
    }
}

/// The path at the end of `path`'s symlinks (a link to a file not there yet leads to it).
fn link_end(path: &Path) -> Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&path) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let to = fs::read_link(&path)?;
                path = folder(&path).join(to);
            }
            _ => return Ok(path),
        }
    }
    bail!("too many levels of symbolic links")
}

/// The folder a path is in (`.` for a bare file name).
fn folder(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Writes into a new temporary file beside `path`, then renames it over `path`.
fn replace(path: &Path, write: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    let old = fs::metadata(path).ok();
    let (tmp, file) = temp_beside(path, old.as_ref())?;
    let result = (|| {
        let mut out = BufWriter::new(file);
        write(&mut out)?;
        let file = out.into_inner().map_err(|e| e.into_error())?;
        file.sync_all()?;
        fs::rename(&tmp, path)?;
        // The rename is durable once the folder is on disk too; some systems cannot say.
        let _ = File::open(folder(path)).and_then(|dir| dir.sync_all());
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// A new file `.NAME.tmp-PID-N` in `path`'s folder, with the permissions (and, where this
/// user may, the owner) of `old`; a new file gets the usual ones (0666 less the umask).
fn temp_beside(path: &Path, old: Option<&Metadata>) -> Result<(PathBuf, File)> {
    let name = path
        .file_name()
        .context("not a file name")?
        .to_string_lossy();
    for n in 0..100 {
        let tmp = folder(path).join(format!(".{name}.tmp-{}-{n}", std::process::id()));
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        if old.is_some() {
            // Nobody else may read it before it has the old file's permissions.
            options.mode(0o600);
        }
        let file = match options.open(&tmp) {
            Err(err) if err.kind() == io::ErrorKind::AlreadyExists => continue,
            other => other?,
        };
        if let Some(old) = old {
            let _ = std::os::unix::fs::fchown(&file, Some(old.uid()), Some(old.gid()));
            if let Err(err) = file.set_permissions(old.permissions()) {
                let _ = fs::remove_file(&tmp);
                return Err(err.into());
            }
        }
        return Ok((tmp, file));
    }
    bail!("could not make a temporary file beside it")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_lead_to_stdout_devices_or_files() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::os::unix::fs::symlink("real.json", d.join("link.json")).unwrap();
        std::os::unix::fs::symlink("nested/../new.json", d.join("dangling.json")).unwrap();
        std::os::unix::fs::symlink("loop-b", d.join("loop-a")).unwrap();
        std::os::unix::fs::symlink("loop-a", d.join("loop-b")).unwrap();
        let cases: Vec<(PathBuf, Result<Target, &str>)> = vec![
            ("-".into(), Ok(Target::Stdout)),
            ("/dev/stdout".into(), Ok(Target::Stdout)),
            ("/dev/null".into(), Ok(Target::InPlace("/dev/null".into()))),
            (d.join("new.json"), Ok(Target::Replace(d.join("new.json")))),
            (
                d.join("link.json"),
                Ok(Target::Replace(d.join("real.json"))),
            ),
            (
                d.join("dangling.json"),
                Ok(Target::Replace(d.join("nested/../new.json"))),
            ),
            (
                d.join("loop-a"),
                Err("Too many levels of symbolic links (os error 40)"),
            ),
            (d.to_path_buf(), Err("is a directory")),
        ];
        for (path, expected) in cases {
            let got = target(&path).map_err(|e| e.to_string());
            assert_eq!(got, expected.map_err(str::to_string), "{}", path.display());
        }
    }
}
