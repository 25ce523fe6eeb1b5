//! The real terminal: one key per choice, and every line the reviewer types (evidence, a
//! verdict's note, a draft note) through one line editor (`Prompt::line`, over
//! [`crate::review::line`]). Esc, or an empty evidence line, goes back to the claim, and the
//! claim is drawn again without the prompt; an empty note is no note. Keys are read raw, so
//! Ctrl-C arrives as a key and ends the review with its summary.

use std::io;

use anyhow::{Context, Result};
use console::{Key, Style, Term};

use crate::db::Verdict;
use crate::display::{fit, sanitize, shorten};
use crate::review::driver::Terminal;
use crate::review::interrupt::{HANDOFF, wait_for_the_handler};
use crate::review::line::{Edit, LineEdit, visible};
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

/// How a typed line ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Typed {
    Line(String),
    /// Esc: back to the claim.
    Back,
    /// Ctrl-C.
    Interrupt,
}

impl Prompt {
    /// Asks for the evidence a verdict needs (an empty line goes back) and its note.
    fn verdict(&self, verdict: Verdict, draft: Option<&str>) -> io::Result<Asked> {
        let mut evidence = None;
        if verdict.needs_evidence() {
            match self.evidence(verdict)? {
                Typed::Interrupt => return Ok(Some(Decision::Interrupt)),
                Typed::Back => return Ok(None),
                Typed::Line(text) => evidence = Some(text),
            }
        }
        let cited = evidence.as_deref().map_or(String::new(), |e| {
            format!(" on {}", shorten(&sanitize(e), 24))
        });
        let ask = Ask {
            // The hint is cut to the width from its end: the least needed last.
            hint: format!(
                "{verdict}{cited} · Enter records it · Esc goes back · the note is optional · u undoes it"
            ),
            prompt: "Note",
            initial: draft,
        };
        Ok(match self.line(&ask, |_| Ok(()))? {
            Typed::Interrupt => Some(Decision::Interrupt),
            Typed::Back => None,
            Typed::Line(note) => Some(Decision::Verdict {
                verdict,
                evidence,
                note: Some(note),
            }),
        })
    }

    /// The evidence line: Esc or an empty line is the way back, anything else must pass the
    /// evidence rule.
    fn evidence(&self, verdict: Verdict) -> io::Result<Typed> {
        let ask = Ask {
            hint: "a URL or a citation · Esc or an empty line goes back to the claim".into(),
            prompt: &format!("Evidence for {verdict}"),
            initial: None,
        };
        let check = |text: &str| match text {
            "" => Ok(()),
            text => rules::evidence_for(verdict, Some(text)).map(drop),
        };
        let typed = match self.line(&ask, check)? {
            Typed::Line(text) if text.is_empty() => Typed::Back,
            typed => typed,
        };
        if let Typed::Line(_) = typed {
            // On to the note: the screen without the evidence prompt's lines.
            self.draw()?;
        }
        Ok(typed)
    }

    /// The `n` key: a draft note kept with the claim (an empty one removes the draft).
    fn note(&self, draft: Option<&str>) -> io::Result<Asked> {
        let ask = Ask {
            hint: "a note kept for this claim's verdict · an empty note is no note".into(),
            prompt: "Note",
            initial: draft,
        };
        Ok(match self.line(&ask, |_| Ok(()))? {
            Typed::Line(text) => Some(Decision::Note(text)),
            Typed::Back => None,
            Typed::Interrupt => Some(Decision::Interrupt),
        })
    }

    /// Reads one line the reviewer types: the hint, then the prompt with the line (cursor keys,
    /// Home, End, Backspace and Delete edit it) starting from `ask.initial`, until Enter gives a
    /// line that `check` accepts (its refusal is shown under the line, which is asked again,
    /// as typed) or Esc goes back.
    fn line(&self, ask: &Ask<'_>, check: impl Fn(&str) -> Result<(), String>) -> io::Result<Typed> {
        let width = usize::from(self.term.size().1).max(20);
        let hint = shorten(&ask.hint, width - 1);
        self.term
            .write_line(&Style::new().for_stderr().dim().apply_to(hint).to_string())?;
        let mut line = LineEdit::new(&sanitize(ask.initial.unwrap_or("")));
        loop {
            self.draw_line(ask.prompt, &line, width)?;
            let Some(key) = self.key()? else {
                return Ok(Typed::Interrupt);
            };
            let text = match line.key(key) {
                Edit::Typing => continue,
                Edit::Back => return Ok(Typed::Back),
                Edit::Interrupt => return Ok(Typed::Interrupt),
                Edit::Enter(text) => text,
            };
            self.term.write_line("")?;
            match check(&text) {
                Ok(()) => return Ok(Typed::Line(text)),
                Err(refusal) => {
                    let refusal = Style::new().for_stderr().red().apply_to(refusal);
                    self.term.write_line(&refusal.to_string())?;
                }
            }
        }
    }

    /// The prompt and as much of the line as fits, the cursor where it is in the line.
    fn draw_line(&self, prompt: &str, line: &LineEdit, width: usize) -> io::Result<()> {
        let prompt = format!("{prompt}: ");
        let room = width.saturating_sub(prompt.chars().count() + 1);
        let (shown, column) = visible(line, room);
        self.term.clear_line()?;
        self.term.write_str(&format!("{prompt}{shown}"))?;
        self.term.move_cursor_left(shown.chars().count() - column)?;
        self.term.flush()
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
            // `None`: back from a prompt, to the claim as it was, drawn again without it.
            match asked {
                Some(decision) => return Ok(decision),
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

/// Puts the cursor back (for exits that skip the normal path: Ctrl-C, a closed terminal).
pub fn restore_cursor() {
    let _ = Term::stderr().show_cursor();
}
