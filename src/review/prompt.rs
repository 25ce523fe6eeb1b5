//! The real terminal: one key per choice (read raw, so Ctrl-C arrives as a key and becomes
//! [`Decision::Interrupt`]), a small line editor for evidence in which Esc goes back to the
//! claim (dialoguer's `Input` has no way out but Enter: console-rs/dialoguer#160), and
//! dialoguer's `Input` for notes. The only review code that reads from or draws on the terminal.

use std::io;

use anyhow::{Context, Result};
use console::{Key, Term, measure_text_width};
use dialoguer::Input;
use dialoguer::theme::SimpleTheme;

use crate::db::Verdict;
use crate::display::{sanitize, wrap};
use crate::review::driver::Terminal;
use crate::review::rules;
use crate::review::session::Decision;

/// The review terminal on standard error (standard output stays free for the summary).
pub struct Prompt {
    term: Term,
}

/// What a line prompt returned.
enum Line {
    Text(String),
    /// Esc: back to the claim.
    Back,
    /// Ctrl-C.
    Interrupt,
}

impl Prompt {
    pub fn new() -> Prompt {
        Prompt {
            term: Term::stderr(),
        }
    }

    /// Asks for what a verdict needs; `None` when the reviewer went back to the claim.
    fn verdict(&self, verdict: Verdict, draft: Option<&str>) -> io::Result<Option<Decision>> {
        let mut evidence = None;
        if verdict.needs_evidence() {
            let prompt = format!("Evidence for {verdict} (a URL or a citation; Esc goes back): ");
            loop {
                match self.read_line(&prompt, "")? {
                    Line::Text(text) if rules::non_empty(Some(&text)).is_some() => {
                        evidence = Some(text);
                        break;
                    }
                    Line::Text(_) => self.term.write_line(&format!(
                        "{}; Esc goes back to the claim, where s skips it",
                        rules::missing_evidence(verdict)
                    ))?,
                    Line::Back => return Ok(None),
                    Line::Interrupt => return Ok(Some(Decision::Interrupt)),
                }
            }
        }
        let note = match self.read_note("Note (optional, Enter for none)", draft.unwrap_or(""))? {
            Line::Text(text) => Some(text),
            Line::Back => return Ok(None),
            Line::Interrupt => return Ok(Some(Decision::Interrupt)),
        };
        Ok(Some(Decision::Verdict {
            verdict,
            evidence,
            note,
        }))
    }

    fn note(&self, draft: Option<&str>) -> io::Result<Option<Decision>> {
        Ok(match self.read_note("Note", draft.unwrap_or(""))? {
            Line::Text(text) => Some(Decision::Note(text)),
            Line::Back => None,
            Line::Interrupt => Some(Decision::Interrupt),
        })
    }

    /// Reads an optional note with dialoguer, starting from `initial`. Ctrl-C raises SIGINT
    /// (the review's handler restores the cursor and exits 130) and is reported as well.
    fn read_note(&self, prompt: &str, initial: &str) -> io::Result<Line> {
        let input = Input::<String>::with_theme(&SimpleTheme)
            .with_prompt(prompt)
            .allow_empty(true)
            .with_initial_text(sanitize(initial).into_owned())
            .interact_text_on(&self.term);
        match input {
            Ok(text) => Ok(Line::Text(text)),
            Err(dialoguer::Error::IO(err)) if err.kind() == io::ErrorKind::Interrupted => {
                Ok(Line::Interrupt)
            }
            Err(dialoguer::Error::IO(err)) => Err(err),
        }
    }

    /// Reads one line after `prompt`, starting from `initial`.
    fn read_line(&self, prompt: &str, initial: &str) -> io::Result<Line> {
        let term = &self.term;
        let mut text = sanitize(initial).into_owned();
        term.write_str(prompt)?;
        term.write_str(&text)?;
        loop {
            let shown = measure_text_width(prompt) + measure_text_width(&text);
            let line = match term.read_key_raw()? {
                Key::Enter => Line::Text(text),
                Key::Escape => Line::Back,
                Key::CtrlC => Line::Interrupt,
                Key::Backspace => {
                    text.pop();
                    self.redraw(prompt, &text, shown)?;
                    continue;
                }
                Key::Char(c) if !c.is_control() => {
                    text.push(c);
                    term.write_str(&sanitize(&c.to_string()))?;
                    continue;
                }
                _ => continue,
            };
            term.write_line("")?;
            return Ok(line);
        }
    }

    /// Redraws the prompt line after an edit, however many rows the old text wrapped over.
    fn redraw(&self, prompt: &str, text: &str, shown: usize) -> io::Result<()> {
        let width = usize::from(self.term.size().1).max(1);
        let rows = shown.saturating_sub(1) / width;
        self.term.move_cursor_up(rows)?;
        self.term.write_str("\r")?;
        self.term.clear_to_end_of_screen()?;
        self.term.write_str(prompt)?;
        self.term.write_str(text)
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
                _ => None,
            };
            if let Some(decision) = asked {
                return Ok(decision);
            }
        }
    }
}

impl Default for Prompt {
    fn default() -> Prompt {
        Prompt::new()
    }
}

impl Terminal for Prompt {
    fn show(&mut self, screen: &str) -> Result<()> {
        self.term.clear_screen()?;
        // Break long lines at spaces ourselves; the terminal would cut words in half.
        match self.term.size_checked() {
            Some((_, cols)) if cols >= 20 => {
                self.term.write_str(&wrap(screen, usize::from(cols)))?
            }
            _ => self.term.write_str(screen)?,
        }
        self.term.flush().context("could not write to the terminal")
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
