//! Who ends the program on Ctrl-C. The prompt reads keys raw, so Ctrl-C typed at the review is
//! a key, and the prompt ends the review with its summary; a signal (`kill`, a closed terminal,
//! Ctrl-C while the terminal is not being read) reaches the signal handler, on a thread of its
//! own. This hand-off lets exactly one of them end it: the prompt when it was reading the
//! terminal, the handler otherwise.

use std::sync::atomic::{AtomicU8, Ordering};
use std::time::{Duration, Instant};

const IDLE: u8 = 0;
/// The prompt is reading a key or a line from the terminal.
const READING: u8 = 1;
/// The prompt saw Ctrl-C and ends the review itself.
const PROMPT_ENDS: u8 = 2;
/// The signal handler ends the program.
const HANDLER_ENDS: u8 = 3;

/// The state shared by the prompt and the signal handler.
#[derive(Debug)]
pub struct Handoff(AtomicU8);

impl Default for Handoff {
    fn default() -> Handoff {
        Handoff::new()
    }
}

/// The one hand-off of the running review.
pub static HANDOFF: Handoff = Handoff::new();

/// How long the handler waits for a prompt that is reading to take the Ctrl-C itself; a signal
/// that did not come from the terminal (`kill`, a closed terminal) is ended by the handler then.
pub const GRACE: Duration = Duration::from_secs(1);

impl Handoff {
    pub const fn new() -> Handoff {
        Handoff(AtomicU8::new(IDLE))
    }

    /// The prompt starts reading; false when the handler is already ending the program.
    pub fn start_reading(&self) -> bool {
        self.swap(IDLE, READING)
    }

    /// The prompt read what it wanted; false when the handler took over meanwhile.
    pub fn done_reading(&self) -> bool {
        self.swap(READING, IDLE)
    }

    /// The prompt read Ctrl-C: true when the prompt ends the review (the handler stands back).
    pub fn prompt_ends(&self) -> bool {
        self.swap(READING, PROMPT_ENDS)
    }

    /// The signal handler's question: true when it must end the program, false when the prompt
    /// does (or a first signal is being handled already). Waits up to `grace` while a prompt
    /// reads, so that the prompt can take a Ctrl-C typed at it.
    pub fn handler_ends(&self, grace: Duration) -> bool {
        let deadline = Instant::now() + grace;
        loop {
            match self.0.load(Ordering::SeqCst) {
                IDLE if self.swap(IDLE, HANDLER_ENDS) => return true,
                READING if Instant::now() >= deadline => {
                    if self.swap(READING, HANDLER_ENDS) {
                        return true;
                    }
                }
                READING => std::thread::sleep(Duration::from_millis(5)),
                IDLE => {}
                _ => return false,
            }
        }
    }

    /// Moves from `from` to `to`, if the state is still `from`.
    fn swap(&self, from: u8, to: u8) -> bool {
        self.0
            .compare_exchange(from, to, Ordering::SeqCst, Ordering::SeqCst)
            .is_ok()
    }
}

/// Blocks the calling thread for good: the signal handler is ending the program.
pub fn wait_for_the_handler() -> ! {
    loop {
        std::thread::park();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One step of a hand-off, and whether it succeeds.
    #[derive(Debug, Clone, Copy)]
    enum Call {
        Start,
        Done,
        Prompt,
        Handler,
    }

    #[test]
    #[rustfmt::skip]
    fn exactly_one_side_ends_the_program() {
        use Call::*;
        // the calls in order, each with whether it succeeds
        let cases: &[&[(Call, bool)]] = &[
            &[(Start, true), (Done, true), (Start, true), (Done, true)],
            &[(Start, true), (Prompt, true), (Handler, false)],
            &[(Handler, true), (Start, false), (Handler, false)],
            &[(Start, true), (Handler, true), (Done, false), (Prompt, false)],
            &[(Start, true), (Done, true), (Handler, true)],
        ];
        for calls in cases {
            let handoff = Handoff::new();
            for &(call, expected) in *calls {
                let got = match call {
                    Start => handoff.start_reading(),
                    Done => handoff.done_reading(),
                    Prompt => handoff.prompt_ends(),
                    Handler => handoff.handler_ends(Duration::ZERO),
                };
                assert_eq!(got, expected, "{call:?} in {calls:?}");
            }
        }
    }

    #[test]
    fn the_handler_waits_for_a_reading_prompt_to_take_the_ctrl_c() {
        let handoff = std::sync::Arc::new(Handoff::new());
        assert!(handoff.start_reading());
        let prompt = std::sync::Arc::clone(&handoff);
        let taker = std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            prompt.prompt_ends()
        });
        assert!(!handoff.handler_ends(Duration::from_secs(5)));
        assert!(taker.join().expect("the prompt thread"));
    }
}
