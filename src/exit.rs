//! How an error becomes an exit code: 1 for runtime errors, 2 for usage errors, 130 for an
//! interrupt, and a quiet exit for outcomes already reported to the user.

use std::fmt;
use std::io;
use std::process::ExitCode;

/// An error that ends the program with a chosen code; `message` (if any) is printed as usual.
#[derive(Debug)]
pub struct Exit {
    pub code: u8,
    pub message: Option<String>,
}

impl Exit {
    /// Ends with `code` and prints nothing more (the user has been told already).
    pub fn quiet(code: u8) -> Exit {
        Exit {
            code,
            message: None,
        }
    }

    /// A misuse the user can correct: exit 2 with a message.
    pub fn usage(message: impl Into<String>) -> Exit {
        Exit {
            code: 2,
            message: Some(message.into()),
        }
    }
}

impl fmt::Display for Exit {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.as_deref().unwrap_or("exit"))
    }
}

impl std::error::Error for Exit {}

/// The exit code for an error that reached `main`, after printing it on one line.
pub fn exit_code_for(err: &anyhow::Error) -> ExitCode {
    if is_broken_pipe(err) {
        // `claimdesk export | head` is a success: the reader had what it wanted.
        return ExitCode::SUCCESS;
    }
    if let Some(exit) = err.downcast_ref::<Exit>() {
        if let Some(message) = &exit.message {
            eprintln!("claimdesk: {message}");
        }
        return ExitCode::from(exit.code);
    }
    eprintln!("claimdesk: {err:#}");
    ExitCode::from(1)
}

/// Whether `err` comes from writing to a closed pipe, directly or through serde_json (whose
/// errors keep the I/O error's kind but do not expose it as their source).
fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        let kind = match cause.downcast_ref::<io::Error>() {
            Some(io) => Some(io.kind()),
            None => cause
                .downcast_ref::<serde_json::Error>()
                .and_then(serde_json::Error::io_error_kind),
        };
        kind == Some(io::ErrorKind::BrokenPipe)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn closed_pipes_are_recognised_through_every_wrapper() {
        let pipe = || io::Error::from(io::ErrorKind::BrokenPipe);
        let cases: Vec<(anyhow::Error, bool)> = vec![
            (pipe().into(), true),
            (anyhow::Error::from(pipe()).context("writing"), true),
            (serde_json::Error::io(pipe()).into(), true),
            (
                anyhow::Error::from(serde_json::Error::io(pipe())).context("x"),
                true,
            ),
            (io::Error::from(io::ErrorKind::NotFound).into(), false),
            (serde_json::from_str::<u8>("x").unwrap_err().into(), false),
        ];
        for (err, want) in cases {
            assert_eq!(is_broken_pipe(&err), want, "{err:#}");
        }
    }
}
