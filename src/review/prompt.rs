//! The real terminal: one key per choice, and every line the reviewer types (evidence, a
//! verdict's note, a draft note) through one dialoguer `Input` (`Prompt::line`). `Input` has
//! no Esc (console-rs/dialoguer#160), so an empty evidence line is the way back to the claim and
//! an empty note is no note. The only file that imports dialoguer.

use std::io;

use anyhow::{Context, Result};
use console::{Key, Style, Term};
use dialoguer::Input;
use dialoguer::theme::SimpleTheme;

use crate::db::Verdict;
use crate::display::{fit, sanitize, shorten};
use crate::review::driver::Terminal;
use crate::review::interrupt::{HANDOFF, wait_for_the_handler};
use crate::review::rules;
use crate::review::session::Decision;

/// The review terminal on standard error (standard output stays free for the summary).
pub struct Prompt {
    term: Term,
    /// The claim screen, drawn again between and after line prompts.
    screen: String,
}

/// One line to ask for: a hint above it, the prompt, the text offered for editing.
struct Ask<'a> {
    hint: String,
    prompt: &'a str,
    initial: Option<&'a str>,
}

/// What the verdict keys ask for: the decision, `None` when the reviewer went back to the claim.
type Asked = Option<Decision>;

impl Prompt {
    /// Asks for the evidence a verdict needs (an empty line goes back) and its note.
    fn verdict(&self, verdict: Verdict, draft: Option<&str>) -> io::Result<Asked> {
        let mut evidence = None;
        if verdict.needs_evidence() {
            match self.evidence(verdict)? {
                None => return Ok(Some(Decision::Interrupt)),
                Some(text) if text.is_empty() => return Ok(None),
                Some(text) => evidence = Some(text),
            }
        }
        let cited = evidence.as_deref().map_or(String::new(), |e| {
            format!(" on {}", shorten(&sanitize(e), 24))
        });
        let ask = Ask {
            // The hint is cut to the width from its end: the least needed last.
            hint: format!(
                "{verdict}{cited} · Enter records it · the note is optional · u undoes it"
            ),
            prompt: "Note",
            initial: draft,
        };
        Ok(Some(match self.line(&ask, |_| Ok(()))? {
            None => Decision::Interrupt,
            note => Decision::Verdict {
                verdict,
                evidence,
                note,
            },
        }))
    }

    /// The evidence line: empty is the way back, anything else must pass the evidence rule;
    /// `None` after Ctrl-C.
    fn evidence(&self, verdict: Verdict) -> io::Result<Option<String>> {
        let ask = Ask {
            hint: "a URL or a citation · Enter on an empty line goes back to the claim".into(),
            prompt: &format!("Evidence for {verdict}"),
            initial: None,
        };
        let check = |text: &str| match text {
            "" => Ok(()),
            text => rules::evidence_for(verdict, Some(text)).map(drop),
        };
        let line = self.line(&ask, check)?;
        if line.is_some() {
            // Back to the claim, or on to the note: the screen without the prompt's lines.
            self.draw()?;
        }
        Ok(line)
    }

    /// The `n` key: a draft note kept with the claim (an empty one removes the draft).
    fn note(&self, draft: Option<&str>) -> io::Result<Asked> {
        let ask = Ask {
            hint: "a note kept for this claim's verdict · an empty note is no note".into(),
            prompt: "Note",
            initial: draft,
        };
        Ok(Some(match self.line(&ask, |_| Ok(()))? {
            Some(text) => Decision::Note(text),
            None => Decision::Interrupt,
        }))
    }

    /// Reads one line the reviewer types: the hint, then dialoguer's `Input` (cursor keys and
    /// Backspace edit, Enter ends) starting from `ask.initial`, until `check` accepts the line
    /// (its refusal is shown under the line and the line asked again). `None` after Ctrl-C.
    fn line(
        &self,
        ask: &Ask<'_>,
        check: impl Fn(&str) -> Result<(), String>,
    ) -> io::Result<Option<String>> {
        let width = usize::from(self.term.size().1).max(20);
        let hint = shorten(&ask.hint, width - 1);
        self.term
            .write_line(&Style::new().for_stderr().dim().apply_to(hint).to_string())?;
        let input = Input::<String>::with_theme(&SimpleTheme)
            .with_prompt(ask.prompt)
            .allow_empty(true)
            .report(false)
            .with_initial_text(sanitize(ask.initial.unwrap_or("")))
            .validate_with(|text: &String| check(text));
        self.read(|| match input.interact_text_on(&self.term) {
            Ok(text) => Ok(Some(text)),
            // Ctrl-C: dialoguer has raised SIGINT too; the hand-off keeps the handler back.
            Err(dialoguer::Error::IO(err)) if err.kind() == io::ErrorKind::Interrupted => Ok(None),
            Err(dialoguer::Error::IO(err)) => Err(err),
        })
    }

    /// One key; `None` for Ctrl-C (read raw, so it arrives as a key, not a signal).
    fn key(&self) -> io::Result<Option<Key>> {
        self.read(|| {
            let key = self.term.read_key_raw()?;
            Ok((key != Key::CtrlC).then_some(key))
        })
    }

    /// Reads from the terminal under the Ctrl-C hand-off: `Ok(None)` (Ctrl-C) means this review
    /// ends itself, with its summary. When the signal handler is ending the program instead,
    /// this thread waits for it rather than race it to the exit.
    fn read<T>(&self, read: impl FnOnce() -> io::Result<Option<T>>) -> io::Result<Option<T>> {
        if !HANDOFF.start_reading() {
            wait_for_the_handler();
        }
        let got = read();
        let settled = match got {
            Ok(None) => HANDOFF.prompt_ends(),
            _ => HANDOFF.done_reading(),
        };
        if !settled {
            wait_for_the_handler();
        }
        got
    }

    fn draw(&self) -> io::Result<()> {
        self.term.clear_screen()?;
        self.term.write_str(&fit(&self.screen, &self.term))?;
        self.term.flush()
    }

    fn read_decision(&self, draft: Option<&str>) -> io::Result<Decision> {
        loop {
            let Some(key) = self.key()? else {
                return Ok(Decision::Interrupt);
            };
            let asked = match key {
                Key::Char('v' | 'V') => self.verdict(Verdict::Verified, draft)?,
                Key::Char('d' | 'D') => self.verdict(Verdict::Disputed, draft)?,
                Key::Char('o' | 'O') => self.verdict(Verdict::Opinion, draft)?,
                Key::Char('s' | 'S') => Some(Decision::Skip),
                Key::Char('u' | 'U') => Some(Decision::Undo),
                Key::Char('n' | 'N') => self.note(draft)?,
                Key::Char('g' | 'G') => Some(Decision::Group),
                Key::Char('m' | 'M') => Some(Decision::MoreContext),
                Key::Char('q' | 'Q') => Some(Decision::Quit),
                _ => continue,
            };
            // `None`: back from the evidence prompt, to the claim as it was.
            if let Some(decision) = asked {
                return Ok(decision);
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
    fn size(&self) -> Option<(usize, usize)> {
        let (rows, cols) = self.term.size_checked()?;
        Some((usize::from(rows), usize::from(cols)))
    }

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

/// Asks who is reviewing, once, when no name is known (no `--reviewer`, `$USER` or account
/// name); an empty line asks again. Ctrl-C here ends the program (nothing is written yet).
pub fn ask_reviewer() -> Result<String> {
    let name = Input::<String>::with_theme(&SimpleTheme)
        .with_prompt("Your name, recorded on every verdict")
        .validate_with(|name: &String| match name.trim() {
            "" => Err("a name is needed"),
            _ => Ok(()),
        })
        .interact_text_on(&Term::stderr())
        .context("could not read the reviewer name")?;
    Ok(name.trim().to_string())
}

/// Puts the cursor back (for exits that skip the normal path: Ctrl-C, a closed terminal).
pub fn restore_cursor() {
    let _ = Term::stderr().show_cursor();
}
