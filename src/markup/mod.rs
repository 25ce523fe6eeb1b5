//! The formats people save articles in, turned into the plain text that extraction reads: a
//! saved HTML page (its article text, title, date and canonical URL, [`html`]) and Markdown
//! (markup blanked out so that offsets still index the file, [`markdown`]). Pure: no IO.

pub mod html;
mod html_meta;
mod html_text;
pub mod markdown;

/// An article read from a marked-up file, with what the markup says about it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Document {
    pub text: String,
    pub title: Option<String>,
    /// ISO 8601 date (`YYYY-MM-DD`).
    pub published: Option<String>,
    pub url: Option<String>,
}

/// The formats an input file can be in, by its name (or, for standard input, its first bytes).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Html,
    Markdown,
}

impl Format {
    /// `page.html`, `page.htm`, `notes.md`, `notes.markdown`; anything else is text.
    pub fn of_name(name: &str) -> Format {
        let lower = name.to_ascii_lowercase();
        let ext = lower.rsplit_once('.').map_or("", |(_, ext)| ext);
        match ext {
            "html" | "htm" | "xhtml" => Format::Html,
            "md" | "markdown" => Format::Markdown,
            _ => Format::Text,
        }
    }

    /// Standard input is HTML when it opens with a doctype or an `<html>` tag.
    pub fn sniff(text: &str) -> Format {
        let start = text
            .trim_start()
            .get(..14)
            .unwrap_or("")
            .to_ascii_lowercase();
        if start.starts_with("<!doctype html") || start.starts_with("<html") {
            Format::Html
        } else {
            Format::Text
        }
    }

    /// The article in `text`, read as this format.
    pub fn read(self, text: String) -> Document {
        match self {
            Format::Text => Document {
                text,
                ..Document::default()
            },
            Format::Html => html::page(&text),
            Format::Markdown => markdown::document(&text),
        }
    }
}

/// `2025-12-14` from the start of a date or date-time (`2025-12-14T09:30:00Z`), when it is one.
pub fn iso_date(text: &str) -> Option<String> {
    let date = text.trim().get(..10)?;
    let bytes = date.as_bytes();
    let digits = |range: std::ops::Range<usize>| bytes[range].iter().all(u8::is_ascii_digit);
    let shaped =
        digits(0..4) && digits(5..7) && digits(8..10) && bytes[4] == b'-' && bytes[7] == b'-';
    let month: u32 = date.get(5..7)?.parse().ok()?;
    let day: u32 = date.get(8..10)?.parse().ok()?;
    (shaped && (1..=12).contains(&month) && (1..=31).contains(&day)).then(|| date.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[rustfmt::skip]
    fn formats_by_name_and_by_content() {
        let names: &[(&str, Format)] = &[
            ("a/page.html", Format::Html),
            ("PAGE.HTM", Format::Html),
            ("notes.md", Format::Markdown),
            ("notes.markdown", Format::Markdown),
            ("story.txt", Format::Text),
            ("README", Format::Text),
        ];
        for &(name, format) in names {
            assert_eq!(Format::of_name(name), format, "{name}");
        }
        let texts: &[(&str, Format)] = &[
            ("<!DOCTYPE html><p>x", Format::Html),
            ("  <html lang=en>", Format::Html),
            ("Title\n<p>not a page", Format::Text),
            ("", Format::Text),
        ];
        for &(text, format) in texts {
            assert_eq!(Format::sniff(text), format, "{text}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn iso_dates_from_dates_and_times() {
        let cases: &[(&str, Option<&str>)] = &[
            ("2025-12-14", Some("2025-12-14")),
            ("2025-12-14T09:30:00+01:00", Some("2025-12-14")),
            (" 2025-01-02 ", Some("2025-01-02")),
            ("2025-13-01", None),
            ("14 December 2025", None),
            ("2025-1-2", None),
            ("", None),
        ];
        for &(text, iso) in cases {
            assert_eq!(iso_date(text).as_deref(), iso, "{text}");
        }
    }
}
