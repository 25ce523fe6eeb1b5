//! The review screen as a new reviewer meets it, at 80x24 and 120x40: it fits its terminal
//! (also after more context), fields are labelled for the kind of claim, the article's title,
//! dateline and subtitle stay lines of their own, going back from the evidence prompt draws the claim
//! again, undo shows the earlier claim at its place, a verdict is confirmed, and a revisit
//! shows the earlier verdict.

use claimdesk::review::screen::PROMPT_ROWS;
use rexpect::session::PtySession;

use super::fixture::Fixture;
use super::pty::{BACK, exit_code, expect, give, press, review, review_with, step};
use crate::util::Workspace;

const SIZES: [(u16, u16); 2] = [(24, 80), (40, 120)];

/// The end of the key legend, long ("[q] quit") or short ("[q]uit").
const LEGEND_END: &str = "uit\r\n";

/// The last screen drawn in `out` (after its last clear), as its lines.
fn last_screen(out: &str) -> Vec<String> {
    let screen = out.rsplit("\x1b[2J").next().unwrap_or(out);
    let screen = screen.trim_start_matches(['\r', '\x1b', '[', 'H']);
    screen.split("\r\n").map(str::to_string).collect()
}

/// Waits for the next whole screen and checks that it fits `(rows, cols)`: no line wider, the
/// header on one line, the legend last and on one line, room for a prompt below.
fn fitted_screen(p: &mut PtySession, (rows, cols): (u16, u16)) -> String {
    let out = format!("{}{LEGEND_END}", expect(p, LEGEND_END));
    let all = last_screen(&out);
    let text = all.join("\n");
    // The screen ends with the legend's line break: the last piece is empty.
    let shown: Vec<&String> = all.iter().take(all.len() - 1).collect();
    assert!(
        shown.len() + PROMPT_ROWS <= usize::from(rows),
        "{rows}x{cols}:\n{text}"
    );
    for line in &shown {
        assert!(
            console::measure_text_width(line) <= usize::from(cols),
            "{cols}: {line}\n{text}"
        );
    }
    assert!(
        shown[0].starts_with("Reviewing [") && shown[1].is_empty(),
        "{text}"
    );
    assert!(
        shown[shown.len() - 1].starts_with("[v]"),
        "the legend is one line:\n{text}"
    );
    text
}

#[test]
fn the_screen_fits_its_terminal_also_after_more_context() {
    let ws = Workspace::new();
    ws.with_seed();
    let f = Fixture::at(ws.db());
    for size in SIZES {
        let mut p = review(&f, "ana", Some(size));
        let first = fitted_screen(&mut p, size);
        assert!(first.contains("claim 1 ·") && first.contains("claimed by the article"));
        for _ in 0..2 {
            press(&mut p, "m");
            let more = fitted_screen(&mut p, size);
            assert!(
                more.contains("  about      Belarus"),
                "the fields stay:\n{more}"
            );
            assert!(more.contains("claimed by the article"), "{more}");
        }
        press(&mut p, "q");
        assert_eq!(exit_code(&mut p), 0);
    }
}

#[test]
fn fields_are_labelled_for_the_kind_and_the_dateline_is_a_line_of_its_own() {
    let ws = Workspace::new();
    ws.cmd(&["extract", "tests/inputs/review-labels.txt"])
        .assert()
        .success();
    let f = Fixture::at(ws.db());
    for size in SIZES {
        let mut p = review(&f, "ana", Some(size));
        fitted_screen(&mut p, size);
        press(&mut p, "s");
        let date = fitted_screen(&mut p, size);
        let lines = "Minsk Frees Rights Activist After Talks\n**December 8, 2025**\nA Deal Years in the Making";
        assert!(date.contains(lines), "{date}");
        assert!(date.contains("  what       publication date\n  date       December 8, 2025\n  ISO date   2025-12-08"), "{date}");
        press(&mut p, "s");
        let release = fitted_screen(&mut p, size);
        assert!(
            release.contains("  who        Ales Bialiatski")
                && release.contains("  freed by   Belarus"),
            "{release}"
        );
        press(&mut p, "s");
        let weekday = fitted_screen(&mut p, size);
        assert!(
            weekday.contains("  weekday    Monday") && !weekday.contains("XXXX"),
            "{weekday}"
        );
        // The nickname's quote is the next claim of its kind (a statement may come first).
        let mut nickname = String::new();
        for _ in 0..3 {
            press(&mut p, "s");
            nickname = fitted_screen(&mut p, size);
            if nickname.contains("  called ") {
                break;
            }
        }
        assert!(
            nickname
                .contains("  who        Alexander Lukashenko\n  called     Europe’s last dictator"),
            "{nickname}"
        );
        assert!(
            !nickname.contains("says") && !nickname.contains("label"),
            "{nickname}"
        );
        press(&mut p, "q");
        assert_eq!(exit_code(&mut p), 0);
    }
}

#[test]
fn back_from_the_evidence_prompt_draws_the_claim_again() {
    for size in SIZES {
        let f = Fixture::new();
        let mut p = review(&f, "ana", Some(size));
        fitted_screen(&mut p, size);
        step(&mut p, "d", BACK);
        expect(&mut p, "Evidence for disputed: ");
        // dialoguer's `Input` has no Esc (console-rs/dialoguer#160): the typed text is taken
        // back with Backspace, and the empty line goes back.
        press(&mut p, &format!("half{}\r", "\x7f".repeat(4)));
        let again = fitted_screen(&mut p, size);
        assert!(
            again.contains("claim 1 ·") && !again.contains("Evidence for"),
            "{again}"
        );
        // The claim takes keys again: skip it.
        press(&mut p, "s");
        assert!(fitted_screen(&mut p, size).contains("claim 2 ·"));
        press(&mut p, "q");
        assert_eq!(exit_code(&mut p), 0);
        assert!(f.history(1).is_empty(), "nothing recorded");
    }
}

#[test]
fn a_verdict_is_confirmed_and_undo_shows_the_claim_at_its_place() {
    for size in SIZES {
        let f = Fixture::new();
        let mut p = review(&f, "ana", Some(size));
        assert!(fitted_screen(&mut p, size).contains("Reviewing [1/5]"));
        give(&mut p, "v", "https://example.org/1", "");
        let next = fitted_screen(&mut p, size);
        assert!(
            next.contains("Reviewing [2/5]") && next.contains("claim 2 ·"),
            "{next}"
        );
        assert!(next.contains("\n  saved: verified, claim 1\n[v]"), "{next}");
        press(&mut p, "u");
        let undone = fitted_screen(&mut p, size);
        assert!(
            undone.contains("Reviewing [1/5]") && undone.contains("claim 1 ·"),
            "{undone}"
        );
        assert!(undone.contains("reopened: claim 1"), "{undone}");
        step(&mut p, "o", "Note: ");
        press(&mut p, "\r");
        let back = fitted_screen(&mut p, size);
        assert!(
            back.contains("Reviewing [2/5]") && back.contains("saved: opinion, claim 1"),
            "{back}"
        );
        press(&mut p, "m");
        assert!(
            !fitted_screen(&mut p, size).contains("saved:"),
            "the status is shown once"
        );
        press(&mut p, "q");
        assert_eq!(exit_code(&mut p), 0);
    }
}

#[test]
fn a_revisit_shows_the_earlier_verdict_evidence_and_note() {
    let ws = Workspace::new();
    let f = Fixture::new();
    let mut mark = ws.cmd(&["mark", "2", "--verdict", "disputed"]);
    mark.args([
        "--evidence",
        "Reuters, 14 Dec 2025",
        "--note",
        "the talks took longer",
    ]);
    mark.arg("--db")
        .arg(&f.db_path)
        .env("CLAIMDESK_REVIEWER", "ana")
        .assert()
        .success();
    for size in SIZES {
        let mut p = review_with(&f, "ben", Some(size), &["--status", "disputed"]);
        let screen = fitted_screen(&mut p, size);
        assert!(screen.contains("claim 2 · duration · disputed"), "{screen}");
        let rows = "  verdict    disputed by ana, ";
        assert!(screen.contains(rows), "{screen}");
        assert!(
            screen.contains(
                "\n  evidence   Reuters, 14 Dec 2025\n  note       the talks took longer\n"
            ),
            "{screen}"
        );
        press(&mut p, "q");
        assert_eq!(exit_code(&mut p), 0);
    }
}
