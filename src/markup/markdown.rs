//! Markdown as an article: pulldown-cmark finds the text of each paragraph, heading, list item,
//! quote and table cell, and everything else (`#`, `*`, `>`, link targets, HTML, images, code
//! blocks, front matter) is blanked out with spaces, line breaks kept. The text is then as long
//! as the file, so every claim's byte offsets index the Markdown file itself.

use std::ops::Range;

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

use super::{Document, iso_date};

/// Reads a Markdown file: its text with the markup blanked, the first heading as its title, and
/// the `title:` and `date:` of a YAML front matter block.
pub fn document(source: &str) -> Document {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut out = Blank::new(source);
    let mut front = FrontMatter::default();
    let (mut hidden, mut heading, mut in_front) = (0usize, None::<String>, false);
    let mut first_heading = None;
    for (event, range) in Parser::new_ext(source, options).into_offset_iter() {
        match event {
            Event::Start(Tag::CodeBlock(_) | Tag::Image { .. }) => hidden += 1,
            Event::End(TagEnd::CodeBlock | TagEnd::Image) => hidden = hidden.saturating_sub(1),
            Event::Start(Tag::MetadataBlock(_)) => in_front = true,
            Event::End(TagEnd::MetadataBlock(_)) => in_front = false,
            Event::Start(Tag::Heading { .. }) => heading = Some(String::new()),
            Event::End(TagEnd::Heading(_)) => {
                let words = heading
                    .take()
                    .map(|h| h.split_whitespace().collect::<Vec<_>>().join(" "));
                first_heading = first_heading.or(words.filter(|w| !w.is_empty()));
            }
            Event::Text(text) if in_front => front.read(&text),
            Event::Text(text) | Event::Code(text) if hidden == 0 => {
                out.keep(range, &text);
                if let Some(heading) = &mut heading {
                    heading.push_str(&text);
                }
            }
            _ => {}
        }
    }
    Document {
        text: out.finish(),
        title: front.title.or(first_heading),
        published: front.date.as_deref().and_then(iso_date),
        url: front.url,
    }
}

/// The file with every byte blanked (a space; line breaks stay) except the text kept.
struct Blank<'a> {
    source: &'a str,
    bytes: Vec<u8>,
}

impl<'a> Blank<'a> {
    fn new(source: &'a str) -> Blank<'a> {
        let bytes = source
            .bytes()
            .map(|b| if b == b'\n' || b == b'\r' { b } else { b' ' })
            .collect();
        Blank { source, bytes }
    }

    /// Keeps `text`, the text of the markup at `range`: where the file has it (an escape such as
    /// `\*` or a code span's backticks around it), else at the range's start when it fits (a
    /// character reference such as `&amp;`, which is longer than its character).
    fn keep(&mut self, range: Range<usize>, text: &str) {
        let Some(slice) = self.source.get(range.clone()) else {
            return;
        };
        let at = match slice.find(text) {
            Some(offset) => range.start + offset,
            None if text.len() <= range.len() => range.start,
            None => return,
        };
        self.bytes[at..at + text.len()].copy_from_slice(text.as_bytes());
    }

    fn finish(self) -> String {
        // Whole characters are kept or blanked to ASCII, so the bytes are UTF-8; should that
        // ever fail, the file as it is still has the same offsets.
        String::from_utf8(self.bytes).unwrap_or_else(|_| self.source.to_string())
    }
}

/// The few fields of a YAML front matter block that describe an article.
#[derive(Debug, Default)]
struct FrontMatter {
    title: Option<String>,
    date: Option<String>,
    url: Option<String>,
}

impl FrontMatter {
    fn read(&mut self, yaml: &str) {
        for line in yaml.lines() {
            let Some((key, value)) = line.split_once(':') else {
                continue;
            };
            let value = value.trim().trim_matches(['"', '\'']).trim();
            if value.is_empty() {
                continue;
            }
            let slot = match key.trim().to_ascii_lowercase().as_str() {
                "title" => &mut self.title,
                "date" | "published" => &mut self.date,
                "url" | "canonical_url" => &mut self.url,
                _ => continue,
            };
            slot.get_or_insert_with(|| value.to_string());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[rustfmt::skip]
    fn markup_is_blanked_in_place() {
        // Markdown, its text (same length)
        let cases: &[(&str, &str)] = &[
            ("# Title\n\nBody.", "  Title\n\nBody."),
            ("A **bold** claim.", "A   bold   claim."),
            ("See [the report](https://x.org/r).", "See  the report                  ."),
            ("> Quoted words.", "  Quoted words."),
            ("- one\n- two", "  one\n  two"),
            ("Run `cargo` now.", "Run  cargo  now."),
            ("Fish &amp; chips, 5\\*3.", "Fish &     chips, 5 *3."),
            ("![a chart](c.png) Text.", "                  Text."),
            ("```\ncode 12 years\n```\nAfter.", "   \n             \n   \nAfter."),
            ("Ünïcode <b>tag</b> ok.", "Ünïcode    tag     ok."),
            ("| a | b |\n|---|---|\n| 1 | 2 |", "  a   b  \n         \n  1   2  "),
        ];
        for (markdown, text) in cases {
            let doc = document(markdown);
            assert_eq!(doc.text, *text, "{markdown}");
            assert_eq!(doc.text.len(), markdown.len(), "{markdown}");
        }
    }

    #[test]
    #[rustfmt::skip]
    fn title_and_date_from_the_front_matter_or_the_first_heading() {
        // Markdown, title, date
        let cases: &[(&str, Option<&str>, Option<&str>)] = &[
            ("---\ntitle: \"From front\"\ndate: 2025-12-14\n---\n# Heading\n\nText.", Some("From front"), Some("2025-12-14")),
            ("Intro line.\n\n## The *first* heading\n\nText.", Some("The first heading"), None),
            ("No heading.", None, None),
        ];
        for &(markdown, title, date) in cases {
            let doc = document(markdown);
            assert_eq!((doc.title.as_deref(), doc.published.as_deref()), (title, date), "{markdown}");
            assert!(!doc.text.contains("title:"), "front matter is not text: {:?}", doc.text);
        }
    }
}
