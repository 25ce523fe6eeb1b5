//! The real terminal: one key per choice, and one small line editor for evidence and notes
//! alike, read raw so that Ctrl-C arrives as a key (it becomes [`Decision::Interrupt`]) and Esc
//! goes back to the claim, which dialoguer's `Input` cannot do (console-rs/dialoguer#160). The
//! only review code that reads from or draws on the terminal.

use std::io;

use anyhow::{Context, Result};
use console::{Key, Term, measure_text_width};

use crate::db::Verdict;
use crate::display::{fit, sanitize};
use crate::review::driver::Terminal;
use crate::review::rules;
use crate::review::session::Decision;

/// The review terminal on standard error (standard output stays free for the summary).
pub struct Prompt {
    term: Term,
    /// The claim screen, drawn again when a prompt is left with Esc.
    screen: String,
}

/// What a line prompt returned: the text typed, or what to do instead (`None` after Esc, back
/// to the claim; [`Decision::Interrupt`] after Ctrl-C).
type Line = Result<String, Option<Decision>>;

impl Prompt {
    /// Asks for what a verdict needs; `None` when the reviewer went back to the claim.
    fn verdict(&self, verdict: Verdict, draft: Option<&str>) -> io::Result<Option<Decision>> {
        let mut evidence = None;
        if verdict.needs_evidence() {
            let prompt = format!("Evidence for {verdict} (a URL or a citation; Esc goes back): ");
            let check = |text: &str| rules::evidence_for(verdict, Some(text)).map(drop);
            match self.read_line(&prompt, None, check)? {
                Ok(text) => evidence = Some(text),
                Err(instead) => return Ok(instead),
            }
        }
        let note = match self.read_line("Note (optional, Enter for none): ", draft, |_| Ok(()))? {
            Ok(text) => Some(text),
            Err(instead) => return Ok(instead),
        };
        Ok(Some(Decision::Verdict {
            verdict,
            evidence,
            note,
        }))
    }

    fn note(&self, draft: Option<&str>) -> io::Result<Option<Decision>> {
        Ok(match self.read_line("Note: ", draft, |_| Ok(()))? {
            Ok(text) => Some(Decision::Note(text)),
            Err(instead) => instead,
        })
    }

    /// Reads a line after `prompt`, starting from `initial`, until `check` accepts it (its
    /// refusal is printed and the line asked for again).
    fn read_line(
        &self,
        prompt: &str,
        initial: Option<&str>,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> io::Result<Line> {
        loop {
            let line = self.edit(prompt, initial.unwrap_or(""))?;
            match line.as_deref().map(&check) {
                Ok(Err(refusal)) => self.term.write_line(&refusal)?,
                _ => return Ok(line),
            }
        }
    }

    /// The line editor: typed characters are added, Backspace takes the last one away, the
    /// prompt line is drawn again after each change (however many rows it wraps over).
    fn edit(&self, prompt: &str, initial: &str) -> io::Result<Line> {
        let mut text = initial.to_string();
        self.term.write_str(prompt)?;
        self.term.write_str(&sanitize(&text))?;
        loop {
            let shown = measure_text_width(prompt) + measure_text_width(&sanitize(&text));
            let before = text.len();
            if let Some(line) = key(&mut text, self.term.read_key_raw()?) {
                self.term.write_line("")?;
                return Ok(line);
            }
            if text.len() != before {
                let width = usize::from(self.term.size().1).max(1);
                self.term.move_cursor_up(shown.saturating_sub(1) / width)?;
                self.term.write_str("\r")?;
                self.term.clear_to_end_of_screen()?;
                self.term.write_str(prompt)?;
                self.term.write_str(&sanitize(&text))?;
            }
        }
    }

    fn draw(&self) -> io::Result<()> {
        self.term.clear_screen()?;
        self.term.write_str(&fit(&self.screen, &self.term))?;
        self.term.flush()
    }

    fn read_decision(&self, draft: Option<&str>) -> io::Result<Decision> {
        loop {
            let asked = match self.term.read_key_raw()? {
                Key::Char('v' | 'V') => self.verdict(Verdict::Verified, draft)?,
                Key::Char('d' | 'D') => self.verdict(Verdict::Disputed, draft)?,
                Key::Char('o' | 'O') => self.verdict(Verdict::Opinion, draft)?,
                Key::Char('s' | 'S') => Some(Decision::Skip),
                Key::Char('u' | 'U') => Some(Decision::Undo),
                Key::Char('n' | 'N') => self.note(draft)?,
                Key::Char('m' | 'M') => Some(Decision::MoreContext),
                Key::Char('q' | 'Q') => Some(Decision::Quit),
                Key::CtrlC => Some(Decision::Interrupt),
                _ => continue,
            };
            match asked {
                Some(decision) => return Ok(decision),
                // Back from a prompt: the claim as it was, without the prompt's lines.
                None => self.draw()?,
            }
        }
    }
}

impl Default for Prompt {
    fn default() -> Prompt {
        Prompt {
            term: Term::stderr(),
            screen: String::new(),
        }
    }
}

impl Terminal for Prompt {
    fn show(&mut self, screen: &str) -> Result<()> {
        // Long lines are broken at spaces (`fit`); the terminal would cut words in half.
        self.screen = screen.to_string();
        self.draw().context("could not write to the terminal")
    }

    fn decide(&mut self, draft_note: Option<&str>) -> Result<Decision> {
        self.read_decision(draft_note)
            .context("could not read from the terminal")
    }
}

/// Puts the cursor back (for exits that skip the normal path: Ctrl-C, a closed terminal).
pub fn restore_cursor() {
    let _ = Term::stderr().show_cursor();
}

/// What `key` does to the line being typed: `Some` ends the prompt with that line.
fn key(text: &mut String, key: Key) -> Option<Line> {
    match key {
        Key::Enter => return Some(Ok(text.clone())),
        Key::Escape => return Some(Err(None)),
        Key::CtrlC => return Some(Err(Some(Decision::Interrupt))),
        Key::Backspace => {
            text.pop();
        }
        Key::Char(c) if !c.is_control() => text.push(c),
        _ => {}
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_edit_the_line_or_end_it() {
        let (back, interrupt) = (Some(Err(None)), Some(Err(Some(Decision::Interrupt))));
        let cases: &[(&str, Key, &str, Option<Line>)] = &[
            ("http", Key::Char('s'), "https", None),
            ("", Key::Char('é'), "é", None),
            ("abc", Key::Backspace, "ab", None),
            ("", Key::Backspace, "", None),
            ("ab", Key::Char('\x07'), "ab", None),
            ("ab", Key::ArrowLeft, "ab", None),
            ("a url", Key::Enter, "a url", Some(Ok("a url".to_string()))),
            ("", Key::Enter, "", Some(Ok(String::new()))),
            ("half", Key::Escape, "half", back),
            ("half", Key::CtrlC, "half", interrupt),
        ];
        for (initial, pressed, typed, ends) in cases {
            let mut text = initial.to_string();
            let got = key(&mut text, pressed.clone());
            assert_eq!(
                (&got, text.as_str()),
                (ends, *typed),
                "{initial:?} {pressed:?}"
            );
        }
    }
}
