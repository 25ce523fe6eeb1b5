//! Reading article text from a file or standard input, refusing what is not an article with
//! a one-line cause: a URL (never fetched), missing, a directory, binary, not UTF-8, or empty.
//! Saved HTML pages and Markdown are read through [`crate::markup`].

use std::io::Read;
use std::path::Path;

use anyhow::{Result, anyhow, bail};

use crate::markup::{Document, Format};

/// The path as shown in messages: `-` is standard input.
pub fn shown(path: &Path) -> String {
    if path == Path::new("-") {
        "<stdin>".to_string()
    } else {
        path.display().to_string()
    }
}

/// Reads one article in the format its name (or, on standard input, its start) says.
pub fn read_document(path: &Path) -> Result<Document> {
    let text = read_article(path)?;
    let format = if path == Path::new("-") {
        Format::sniff(&text)
    } else {
        Format::of_name(&path.to_string_lossy())
    };
    let document = format.read(text);
    if document.text.trim().is_empty() {
        bail!("no article text in the page");
    }
    Ok(document)
}

/// Refuses a URL given as a path: claimdesk reads saved files and never downloads.
pub fn refuse_url(path: &Path) -> Result<()> {
    let name = path.to_string_lossy().to_ascii_lowercase();
    if name.starts_with("http://") || name.starts_with("https://") {
        bail!(
            "is a URL, and claimdesk does not fetch pages; save the page first \
             (curl -o page.html URL) and give the file"
        );
    }
    Ok(())
}

/// Reads one article's text as it is; the error says only the cause (callers put the path in
/// front).
pub fn read_article(path: &Path) -> Result<String> {
    refuse_url(path)?;
    let bytes = if path == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin().read_to_end(&mut bytes)?;
        bytes
    } else {
        if path.is_dir() {
            bail!("is a directory");
        }
        std::fs::read(path).map_err(|err| match err.kind() {
            std::io::ErrorKind::NotFound => anyhow!("no such file"),
            _ => anyhow!(err),
        })?
    };
    decode(bytes)
}

/// Checks that `bytes` are a non-empty UTF-8 text and returns it as it is: a byte order mark
/// stays, so that the article's hash is the file's and its offsets index the file's bytes.
pub fn decode(bytes: Vec<u8>) -> Result<String> {
    if bytes.contains(&0) {
        bail!("binary file (contains NUL bytes), not a text article");
    }
    let text = String::from_utf8(bytes).map_err(|err| {
        anyhow!(
            "not UTF-8 text (invalid byte at offset {})",
            err.utf8_error().valid_up_to()
        )
    })?;
    if text.trim_start_matches('\u{feff}').trim().is_empty() {
        bail!("empty file, no text to extract");
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_what_is_not_an_article() {
        let cases: &[(&[u8], Result<&str, &str>)] = &[
            (b"Title\nText.", Ok("Title\nText.")),
            (b"\xef\xbb\xbfWith BOM", Ok("\u{feff}With BOM")),
            (b"\xef\xbb\xbf \r\n", Err("empty file, no text to extract")),
            (b"CRLF\r\nkept", Ok("CRLF\r\nkept")),
            (b"", Err("empty file, no text to extract")),
            (b" \n\t\n", Err("empty file, no text to extract")),
            (
                b"ab\x00cd",
                Err("binary file (contains NUL bytes), not a text article"),
            ),
            (
                b"ok \xff bad",
                Err("not UTF-8 text (invalid byte at offset 3)"),
            ),
        ];
        for (bytes, expected) in cases {
            let got = decode(bytes.to_vec()).map_err(|e| e.to_string());
            assert_eq!(
                got.as_deref().map_err(String::as_str),
                *expected,
                "decoding {bytes:?}"
            );
        }
    }
}
