//! `export -o`: a regular file is replaced atomically with its permissions kept; a device or
//! FIFO is written in place; `-` and `/dev/stdout` are standard output; a symlink is followed.

use std::os::unix::fs::{FileTypeExt, MetadataExt, PermissionsExt};

use predicates::str::contains;

use crate::util::{Workspace, path_str, stdout};

fn is_export(bytes: &[u8]) -> bool {
    serde_json::from_slice::<serde_json::Value>(bytes)
        .is_ok_and(|doc| doc["schema_version"].is_number() && doc["claims"].is_array())
}

/// Names of leftover temporary files in the workspace.
fn temporaries(ws: &Workspace) -> Vec<String> {
    std::fs::read_dir(ws.dir.path())
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.contains(".tmp-"))
        .collect()
}

#[test]
fn a_regular_file_is_replaced_whole_with_its_permissions() {
    let ws = Workspace::new();
    ws.with_seed();
    let target = ws.file("out.json", b"old content");
    std::fs::set_permissions(&target, std::fs::Permissions::from_mode(0o640)).unwrap();
    let old_inode = std::fs::metadata(&target).unwrap().ino();
    ws.cmd(&["export", "-o", path_str(&target)])
        .assert()
        .success()
        .stdout("");
    let meta = std::fs::metadata(&target).unwrap();
    assert!(is_export(&std::fs::read(&target).unwrap()));
    assert_eq!(meta.permissions().mode() & 0o777, 0o640);
    assert_ne!(meta.ino(), old_inode, "a new file renamed over the old one");
    assert!(temporaries(&ws).is_empty());
}

#[test]
fn a_symlink_is_followed_and_stays_a_link() {
    let ws = Workspace::new();
    ws.with_seed();
    let real = ws.file("real.json", b"old");
    let link = ws.dir.path().join("link.json");
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    let dangling = ws.dir.path().join("dangling.json");
    std::os::unix::fs::symlink("later.json", &dangling).unwrap();
    for path in [&link, &dangling] {
        ws.cmd(&["export", "-o", path_str(path)]).assert().success();
        assert!(
            std::fs::symlink_metadata(path)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
    assert!(is_export(&std::fs::read(&real).unwrap()));
    assert!(is_export(
        &std::fs::read(ws.dir.path().join("later.json")).unwrap()
    ));
    assert!(temporaries(&ws).is_empty());
}

#[test]
fn devices_fifos_and_standard_output_are_written_in_place() {
    let ws = Workspace::new();
    ws.with_seed();
    for path in ["-", "/dev/stdout"] {
        assert!(
            is_export(stdout(&mut ws.cmd(&["export", "-o", path])).as_bytes()),
            "{path}"
        );
    }
    ws.cmd(&["export", "-o", "/dev/null"])
        .assert()
        .success()
        .stdout("");
    assert!(
        std::fs::metadata("/dev/null")
            .unwrap()
            .file_type()
            .is_char_device()
    );
    if std::path::Path::new("/dev/full").exists() {
        ws.cmd(&["export", "-o", "/dev/full"])
            .assert()
            .code(1)
            .stderr(contains(
                "claimdesk: could not write /dev/full: No space left on device",
            ));
        assert!(
            std::fs::metadata("/dev/full")
                .unwrap()
                .file_type()
                .is_char_device()
        );
    }
    let fifo = ws.dir.path().join("pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        eprintln!("skipped the FIFO case: no mkfifo");
        return;
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    ws.cmd(&["export", "-o", path_str(&fifo)])
        .assert()
        .success();
    assert!(is_export(&reader.join().unwrap()));
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn a_folder_or_a_missing_folder_is_an_error_and_nothing_is_left() {
    let ws = Workspace::new();
    ws.with_seed();
    let dir = ws.dir.path();
    ws.cmd(&["export", "-o", path_str(dir)])
        .assert()
        .code(1)
        .stderr(format!(
            "claimdesk: could not write {}: is a directory\n",
            dir.display()
        ));
    let missing = dir.join("no-such-folder/out.json");
    ws.cmd(&["export", "-o", path_str(&missing)])
        .assert()
        .code(1)
        .stderr(contains(format!(
            "claimdesk: could not write {}: ",
            missing.display()
        )));
    assert!(temporaries(&ws).is_empty());
}
