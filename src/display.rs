//! How text is shown on a terminal: control characters and escape sequences made visible (an
//! article must never drive the terminal), long sentences shortened, lines wrapped at spaces,
//! one palette; a claim in its context ([`context`]), a claim's fields ([`fields`]) and the
//! claims linked to it ([`links`]).

pub mod context;
pub mod fields;
pub mod labels;
pub mod links;

use std::borrow::Cow;

use console::{Style, Term};

/// The styles of every claim screen; with colours off each one leaves text as it is.
pub struct Palette {
    pub colour: bool,
    pub strong: Style,
    pub dim: Style,
    pub claim: Style,
    pub warn: Style,
}

impl Palette {
    pub fn new(colour: bool) -> Palette {
        let base = Style::new().force_styling(colour);
        Palette {
            colour,
            strong: base.clone().bold(),
            dim: base.clone().dim(),
            claim: base.clone().yellow().bold().underlined(),
            warn: base.red().bold(),
        }
    }
}

/// `text` with every control character, escape sequence introducer and bidirectional override
/// replaced by a visible escape (`\u{1b}`), and line breaks and tabs folded to one space.
pub fn sanitize(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_unsafe) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\n' | '\r' | '\t' => {
                if !out.ends_with(' ') {
                    out.push(' ');
                }
            }
            c if is_unsafe(c) => {
                out.push_str(&c.escape_unicode().to_string());
            }
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Characters that must not reach a terminal as they are: controls (C0, DEL, C1 such as the
/// CSI introducer U+009B), line and paragraph separators, and bidirectional overrides.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{2028}' | '\u{2029}' | '\u{200E}' | '\u{200F}')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// "1 claim", "3 claims".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// `text` cut to at most `max` characters, ending in "…" when cut.
pub fn shorten(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", kept.trim_end())
}

/// `text` cut to at most `max` characters at the end of a word (mid-word only when the first
/// word is longer than half of `max`), ending in "…" when cut.
pub fn shorten_words(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let kept: String = text.chars().take(max.saturating_sub(1)).collect();
    let whole_word = text[kept.len()..].starts_with(' ');
    let cut = match kept.rfind(' ') {
        _ if whole_word => kept.as_str(),
        Some(space) if kept[..space].chars().count() >= max / 2 => &kept[..space],
        _ => kept.as_str(),
    };
    format!("{}…", cut.trim_end())
}

/// `text` with every line longer than `width` columns broken at spaces (ANSI styling is not
/// counted), so the terminal never splits a word. A word longer than a line stays whole.
pub fn wrap(text: &str, width: usize) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / width.max(1));
    for (i, line) in text.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let mut used = 0;
        for (j, word) in line.split(' ').enumerate() {
            let w = console::measure_text_width(word);
            if j > 0 && used + 1 + w > width && used > 0 {
                out.push('\n');
                used = 0;
            } else if j > 0 {
                out.push(' ');
                used += 1;
            }
            out.push_str(word);
            used += w;
        }
    }
    out
}

/// `text` wrapped to the width of `term` when that is a terminal at least 20 columns wide.
pub fn fit<'a>(text: &'a str, term: &Term) -> Cow<'a, str> {
    match term.size_checked() {
        Some((_, cols)) if cols >= 20 => Cow::Owned(wrap(text, usize::from(cols))),
        _ => Cow::Borrowed(text),
    }
}

/// Whether to colour output on stdout: as `--color` says, or (auto) a terminal, NO_COLOR unset.
pub fn colour_stdout() -> bool {
    console::colors_enabled()
}

/// Applies `--color` to stdout and stderr; `auto` leaves console's own test (a colour
/// terminal, NO_COLOR and CLICOLOR unset or allowing it).
pub fn choose_colour(choice: clap::ColorChoice) {
    let on = match choice {
        clap::ColorChoice::Always => true,
        clap::ColorChoice::Never => false,
        clap::ColorChoice::Auto => return,
    };
    console::set_colors_enabled(on);
    console::set_colors_enabled_stderr(on);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sanitizes_control_characters() {
        let cases: &[(&str, &str)] = &[
            ("plain text", "plain text"),
            ("evil \u{1b}[2J clear", "evil \\u{1b}[2J clear"),
            ("bell\u{7}", "bell\\u{7}"),
            ("two\nlines", "two lines"),
            ("tab\there", "tab here"),
            ("c1 \u{9b}31m", "c1 \\u{9b}31m"),
            ("rtl \u{202e}txt", "rtl \\u{202e}txt"),
        ];
        for (text, expected) in cases {
            assert_eq!(sanitize(text), *expected, "sanitizing {text:?}");
        }
    }

    #[test]
    fn shortens_on_char_boundaries() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("“quoted” words here", 9), "“quoted”…");
    }

    #[test]
    #[rustfmt::skip]
    fn shortens_at_the_end_of_a_word() {
        let cases: &[(&str, usize, &str)] = &[
            ("short", 10, "short"),
            ("Belarus Releases Prisoners After", 30, "Belarus Releases Prisoners…"),
            ("Belarus Releases", 12, "Belarus…"),
            ("Belarus Releases", 9, "Belarus…"),
            ("Extraordinarily long", 10, "Extraordi…"),
        ];
        for &(text, max, expected) in cases {
            assert_eq!(shorten_words(text, max), expected, "{text} {max}");
        }
    }

    #[test]
    fn wraps_at_spaces_without_counting_styles() {
        let cases: &[(&str, usize, &str)] = &[
            ("one two three four", 9, "one two\nthree\nfour"),
            ("short", 80, "short"),
            ("a\nb c", 3, "a\nb c"),
            ("unbreakableword x", 5, "unbreakableword\nx"),
            (
                "\u{1b}[1mbold\u{1b}[0m word",
                9,
                "\u{1b}[1mbold\u{1b}[0m word",
            ),
        ];
        for (text, width, expected) in cases {
            assert_eq!(
                wrap(text, *width),
                *expected,
                "wrapping {text:?} at {width}"
            );
        }
    }
}
