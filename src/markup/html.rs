//! A saved HTML page as an article: html5gum tokenizes it (WHATWG rules, character references
//! decoded, script and style read as raw text), and this walk keeps the article's text only:
//! the `<article>` element when there is one, else `<main>`, else the body, never scripts,
//! styles, navigation, headers or footers of the site, asides or forms. The title, date and
//! canonical URL come from the markup (`html_meta.rs`).

use html5gum::{DefaultEmitter, StartTag, Token, Tokenizer};

use super::Document;
use super::html_meta::Meta;
use super::html_text::{Paragraphs, is_block};

/// Elements whose content is never article text.
const SKIPPED: &[&str] = &[
    "aside", "button", "canvas", "footer", "form", "iframe", "nav", "noscript", "object", "script",
    "select", "style", "svg", "template", "textarea",
];

/// ARIA roles of the page around an article (its navigation, banner, footer).
const SKIPPED_ROLES: &[&str] = &[
    "navigation",
    "banner",
    "contentinfo",
    "complementary",
    "search",
];

/// How many lines from the top the headline may stand on before it is added at the top.
const HEAD_LINES: usize = 6;

/// Where text goes: the article, the main part, the body (the first that has text wins); these
/// index the first two.
const ARTICLE: usize = 0;
const MAIN: usize = 1;

/// Reads the article of a page.
pub fn page(html: &str) -> Document {
    let mut walk = Walk::default();
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    for token in Tokenizer::new_with_emitter(html, emitter).flatten() {
        walk.token(token);
    }
    walk.finish()
}

#[derive(Default)]
struct Walk {
    meta: Meta,
    texts: [Paragraphs; 3],
    /// How many `<article>` and `<main>` elements are open.
    open: [usize; 2],
    /// The skipped element being read through, and how deep in it the walk is.
    skipping: Option<(String, usize)>,
    /// The text of the open `<title>`, `<h1>` or JSON-LD script, if any.
    capture: Option<(Capture, String)>,
    in_pre: usize,
    /// A `<header>` outside any article is the site's.
    site_header: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Capture {
    Title,
    H1,
    JsonLd,
}

impl Walk {
    fn token(&mut self, token: Token) {
        match token {
            Token::StartTag(tag) => self.start(&tag),
            Token::EndTag(tag) => self.end(&String::from_utf8_lossy(&tag.name)),
            Token::String(text) => self.text(&String::from_utf8_lossy(&text.value)),
            _ => {}
        }
    }

    fn start(&mut self, tag: &StartTag<()>) {
        let name = String::from_utf8_lossy(&tag.name).to_ascii_lowercase();
        let attr = |key: &str| {
            let value = tag.attributes.get(key.as_bytes())?;
            Some(String::from_utf8_lossy(&value.value).into_owned())
        };
        if let Some((skipped, depth)) = &mut self.skipping {
            *depth += usize::from(*skipped == name && !tag.self_closing);
            return;
        }
        self.meta.tag(&name, attr);
        let role = attr("role").unwrap_or_default().to_ascii_lowercase();
        let json_ld = name == "script" && attr("type").is_some_and(|t| t.contains("ld+json"));
        if json_ld {
            self.capture = Some((Capture::JsonLd, String::new()));
            return;
        }
        let site_header = name == "header" && self.open[ARTICLE] == 0;
        if SKIPPED.contains(&name.as_str()) || SKIPPED_ROLES.contains(&role.as_str()) {
            if !tag.self_closing && !is_void(&name) {
                self.skipping = Some((name, 1));
            }
            return;
        }
        match name.as_str() {
            "article" => self.open[ARTICLE] += 1,
            "main" => self.open[MAIN] += 1,
            _ if role == "main" => self.open[MAIN] += 1,
            "pre" => self.in_pre += 1,
            "title" => self.capture = Some((Capture::Title, String::new())),
            "h1" if self.meta.h1.is_none() => self.capture = Some((Capture::H1, String::new())),
            _ => {}
        }
        self.site_header += usize::from(site_header);
        self.boundary(&name);
    }

    fn end(&mut self, name: &str) {
        let name = name.to_ascii_lowercase();
        if let Some((skipped, depth)) = &mut self.skipping {
            if *skipped == name {
                *depth -= 1;
                if *depth == 0 {
                    self.skipping = None;
                }
            }
            return;
        }
        self.end_capture(&name);
        match name.as_str() {
            "article" => self.open[ARTICLE] = self.open[ARTICLE].saturating_sub(1),
            "main" => self.open[MAIN] = self.open[MAIN].saturating_sub(1),
            "pre" => self.in_pre = self.in_pre.saturating_sub(1),
            "header" => self.site_header = self.site_header.saturating_sub(1),
            _ => {}
        }
        self.boundary(&name);
    }

    /// A block boundary or a line break, in every text that is open.
    fn boundary(&mut self, name: &str) {
        let block = is_block(name);
        for text in self.open_texts() {
            match name {
                "br" => text.line(),
                _ if block => text.block(),
                _ => {}
            }
        }
    }

    fn end_capture(&mut self, name: &str) {
        let ends = match self.capture {
            Some((Capture::Title, _)) => name == "title",
            Some((Capture::H1, _)) => name == "h1",
            Some((Capture::JsonLd, _)) => name == "script",
            None => false,
        };
        if !ends {
            return;
        }
        let Some((what, text)) = self.capture.take() else {
            return;
        };
        let words = || Some(text.split_whitespace().collect::<Vec<_>>().join(" "));
        match what {
            Capture::Title => self.meta.title_tag = words(),
            Capture::H1 => self.meta.h1 = words().filter(|w| !w.is_empty()),
            Capture::JsonLd => self.meta.json_ld(&text),
        }
    }

    fn text(&mut self, text: &str) {
        if self.skipping.is_some() {
            return;
        }
        match &mut self.capture {
            Some((Capture::JsonLd | Capture::Title, buffer)) => return buffer.push_str(text),
            Some((Capture::H1, buffer)) => buffer.push_str(text),
            None => {}
        }
        let pre = self.in_pre > 0;
        for buffer in self.open_texts() {
            buffer.push(text, pre);
        }
    }

    /// The texts that take what is read now: each open scope, and the body outside the site's
    /// header.
    fn open_texts(&mut self) -> impl Iterator<Item = &mut Paragraphs> {
        let open = [
            self.open[ARTICLE] > 0,
            self.open[MAIN] > 0,
            self.site_header == 0,
        ];
        self.texts
            .iter_mut()
            .zip(open)
            .filter_map(|(text, open)| open.then_some(text))
    }

    fn finish(self) -> Document {
        let title = self.meta.title();
        let [article, main, body] = self.texts;
        let chosen = [article, main, body].into_iter().find(|t| !t.is_empty());
        let mut text = chosen.map(Paragraphs::finish).unwrap_or_default();
        // The headline is the article's first line, as in a text file, when the page put it
        // outside the article's element.
        if let Some(head) = self.meta.h1.as_ref().or(title.as_ref()) {
            let top: Vec<&str> = text.lines().take(HEAD_LINES).collect();
            if !top.iter().any(|line| line.trim() == head) {
                text = format!("{head}\n\n{text}");
            }
        }
        Document {
            text: text.trim().to_string(),
            published: self.meta.published(),
            url: self.meta.url(),
            title,
        }
    }
}

/// Elements that never have an end tag.
fn is_void(name: &str) -> bool {
    matches!(
        name,
        "area"
            | "base"
            | "br"
            | "col"
            | "embed"
            | "hr"
            | "img"
            | "input"
            | "link"
            | "meta"
            | "source"
            | "track"
            | "wbr"
    )
}

#[cfg(test)]
mod tests;
