//! The text of an HTML page as paragraphs: white space collapsed as a browser does (kept in
//! `<pre>`), a blank line between blocks, a line break for `<br>`.

/// Elements that start and end a block of text.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "caption",
    "dd",
    "div",
    "dl",
    "dt",
    "figcaption",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Whether `name` (lower case) is a block element.
pub fn is_block(name: &str) -> bool {
    BLOCKS.contains(&name)
}

/// Text gathered block by block.
#[derive(Debug, Default, Clone)]
pub struct Paragraphs {
    text: String,
    /// A space is owed before the next word.
    space: bool,
}

impl Paragraphs {
    /// Adds text, its runs of white space (no-break spaces too) as one space.
    pub fn push(&mut self, text: &str, pre: bool) {
        if pre {
            self.text.push_str(text);
            self.space = false;
            return;
        }
        for (i, word) in text.split(is_space).enumerate() {
            if i > 0 {
                self.space = true;
            }
            if word.is_empty() {
                continue;
            }
            if self.space && !self.at_line_start() {
                self.text.push(' ');
            }
            self.space = false;
            self.text.push_str(word);
        }
    }

    /// Ends the block: what follows starts a new paragraph.
    pub fn block(&mut self) {
        self.end_line();
        if !self.text.is_empty() && !self.text.ends_with("\n\n") {
            self.text.push('\n');
        }
    }

    /// `<br>`: what follows starts a new line.
    pub fn line(&mut self) {
        self.end_line();
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
    }

    pub fn is_empty(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn finish(mut self) -> String {
        self.end_line();
        self.text.trim().to_string()
    }

    fn end_line(&mut self) {
        let kept = self.text.trim_end_matches([' ', '\t']).len();
        self.text.truncate(kept);
        if !self.text.is_empty() && !self.text.ends_with('\n') {
            self.text.push('\n');
        }
        self.space = false;
    }

    fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }
}

fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{a0}'
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Pieces: `|` ends a block, `/` is a `<br>`, anything else is text.
    fn build(pieces: &[&str]) -> String {
        let mut p = Paragraphs::default();
        for piece in pieces {
            match *piece {
                "|" => p.block(),
                "/" => p.line(),
                text => p.push(text, false),
            }
        }
        p.finish()
    }

    #[test]
    #[rustfmt::skip]
    fn blocks_become_paragraphs() {
        let cases: &[(&[&str], &str)] = &[
            (&["Title", "|", "Body ", "text."], "Title\n\nBody text."),
            (&["  a\n\n  b  ", "|", "|", "c"], "a b\n\nc"),
            (&["one", "/", "two"], "one\ntwo"),
            (&["no\u{a0}break", " <b>", "|"], "no break <b>"),
            (&["bold", "er"], "bolder"),
            (&["|", "x", "|"], "x"),
        ];
        for (pieces, text) in cases {
            assert_eq!(build(pieces), *text, "{pieces:?}");
        }
    }
}
