//! Shared helpers: a temporary workspace with its own database, and a command builder.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use tempfile::TempDir;

pub const SEED: &str = "fixtures/belarus-prisoners-2025-12-14.txt";

/// A temporary directory holding one claimdesk database.
pub struct Workspace {
    pub dir: TempDir,
}

impl Default for Workspace {
    fn default() -> Self {
        Self::new()
    }
}

impl Workspace {
    pub fn new() -> Workspace {
        Workspace {
            dir: tempfile::tempdir().expect("temporary directory"),
        }
    }

    pub fn db(&self) -> PathBuf {
        self.dir.path().join("claims.db")
    }

    /// `claimdesk --db <temp db> ARGS...`, with no reviewer or colour from the environment, and
    /// no installed model (the fast scorer, whatever this machine has installed).
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut cmd = Command::cargo_bin("claimdesk").expect("binary");
        cmd.arg("--db").arg(self.db()).args(args);
        cmd.env_remove("CLAIMDESK_DB")
            .env_remove("CLAIMDESK_REVIEWER")
            .env("NO_COLOR", "1")
            .env("USER", "tester")
            .env("CLAIMDESK_MODEL_DIR", self.dir.path().join("no-model"));
        cmd
    }

    /// Writes `bytes` to a file in the workspace and returns its path.
    pub fn file(&self, name: &str, bytes: &[u8]) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, bytes).expect("write test file");
        path
    }

    /// Extracts the seed article and returns the exported document.
    pub fn with_seed(&self) -> &Workspace {
        self.cmd(&["extract", SEED]).assert().success();
        self
    }

    pub fn export(&self) -> serde_json::Value {
        let out = self
            .cmd(&["export"])
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        serde_json::from_slice(&out).expect("export is JSON")
    }
}

pub fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).expect("UTF-8 output")
}

pub fn path_str(path: &Path) -> &str {
    path.to_str().expect("UTF-8 path")
}
