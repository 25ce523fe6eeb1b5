//! The real binary under a pseudo-terminal, keys pressed one by one (NO_COLOR, so the claim
//! span shows as `**words**`); the terminal has no size unless a test sets one with `stty`.

use std::process::Command;

use claimdesk::db::{Holder, Verdict};
use claimdesk::review::driver::unix_now;
use rexpect::process::WaitStatus;
use rexpect::session::PtySession;

use super::fixture::{Fixture, refusal};

/// `review` on a terminal of `(rows, cols)` set by `stty`, or of no size.
pub fn review(f: &Fixture, reviewer: &str, size: Option<(u16, u16)>) -> PtySession {
    review_with(f, reviewer, size, &[])
}

/// `review ARGS...` on a terminal of `(rows, cols)`, or of no size.
pub fn review_with(
    f: &Fixture,
    reviewer: &str,
    size: Option<(u16, u16)>,
    args: &[&str],
) -> PtySession {
    let mut cmd = Command::new("sh");
    let stty = size.map_or(String::new(), |(rows, cols)| {
        format!("stty rows {rows} cols {cols} && ")
    });
    cmd.arg("-c")
        .arg(format!("{stty}exec \"$0\" \"$@\""))
        .arg(env!("CARGO_BIN_EXE_claimdesk"))
        .arg("--db")
        .arg(&f.db_path)
        .arg("review")
        .args(args)
        .env("NO_COLOR", "1")
        .env("TERM", "xterm")
        .env("CLAIMDESK_REVIEWER", reviewer)
        .env_remove("CLICOLOR_FORCE")
        .env_remove("CLAIMDESK_DB");
    rexpect::session::spawn_command(cmd, Some(20_000)).unwrap()
}

pub fn press(p: &mut PtySession, keys: &str) {
    p.send(keys).unwrap();
    p.flush().unwrap();
}

/// Presses `keys`, then waits for `text` and returns what came before it.
pub fn step(p: &mut PtySession, keys: &str, text: &str) -> String {
    press(p, keys);
    expect(p, text)
}

/// Waits for `text` and returns what came before it. rexpect reads the terminal byte by
/// byte as Latin-1, so the UTF-8 of both is translated on the way.
pub fn expect(p: &mut PtySession, text: &str) -> String {
    let needle: String = text.bytes().map(char::from).collect();
    let before = p
        .exp_string(&needle)
        .unwrap_or_else(|err| panic!("waiting for {text:?}: {err}"));
    let bytes: Vec<u8> = before.chars().map(|c| c as u8).collect();
    String::from_utf8_lossy(&bytes).into_owned()
}

pub fn exit_code(p: &mut PtySession) -> i32 {
    p.exp_eof().unwrap();
    match p.process().wait().unwrap() {
        WaitStatus::Exited(_, code) => code,
        other => panic!("review did not exit normally: {other:?}"),
    }
}

/// Whether some session still holds a lease on the claim.
pub fn leased(f: &Fixture, id: i64) -> bool {
    let probe = Holder {
        id: "probe".to_string(),
        ttl: 0,
    };
    f.db()
        .lease_claim(id, None, &probe, unix_now())
        .unwrap()
        .is_none()
}

/// The hint over the evidence prompt: the way back without Esc.
pub const BACK: &str = "a URL or a citation · Enter on an empty line goes back to the claim";

/// Gives a verdict that asks for evidence.
pub fn give(p: &mut PtySession, key: &str, evidence: &str, note: &str) {
    step(p, key, BACK);
    expect(p, "Evidence for ");
    step(p, &format!("{evidence}\r"), "Enter records it");
    expect(p, "Note: ");
    press(p, &format!("{note}\r"));
}

/// The keys a terminal sends for the left arrow.
const LEFT: &str = "\x1b[D";

#[test]
fn verify_dispute_opinion_skip_undo_and_quit() {
    let f = Fixture::new();
    let mut p = review(&f, "ana", Some((50, 200)));
    expect(
        &mut p,
        "Reviewing [1/5] · Belarus Releases Prisoners · verified 0 · disputed 0",
    );
    expect(&mut p, "who        political prisoners");
    expect(
        &mut p,
        "Belarus freed **123 political prisoners** on Saturday. The talks took 18 months.",
    );
    expect(
        &mut p,
        "[v] verified  [d] disputed  [o] opinion  [s] skip  [u] undo  [n] note",
    );
    step(&mut p, "v", "Evidence for verified: ");
    step(&mut p, "   \r", &refusal(Verdict::Verified));
    expect(&mut p, "Evidence for verified: ");
    // Cursor keys move in the line: the missing `a` goes in twelve places from its end.
    step(
        &mut p,
        &format!("https://exmple.org/1234\x7f{}a\r", LEFT.repeat(12)),
        "Note: ",
    );
    step(
        &mut p,
        "\r",
        "Reviewing [2/5] · Belarus Releases Prisoners · verified 1 · disputed 0",
    );
    give(&mut p, "d", "Reuters, 14 Dec 2025", "the talks took longer");
    expect(&mut p, "Reviewing [3/5]");
    expect(&mut p, "suggested verdict: opinion");
    step(&mut p, "o", "Note: ");
    step(&mut p, "\r", "Reviewing [4/5]");
    step(
        &mut p,
        "s",
        "Reviewing [5/5] · Belarus Releases Prisoners · verified 1 · disputed 1 · opinion 1 · skipped 1",
    );
    step(&mut p, "u", "opinion 0 · skipped 1");
    expect(&mut p, "claim 3 ·");
    step(&mut p, "o", "Note: ");
    step(&mut p, "a loaded word\r", "claim 5 ·");
    press(&mut p, "q");
    expect(
        &mut p,
        "Review done: 3 decided in this session (verified 1 · disputed 1 · opinion 1), \
         skipped 1; 2 claims left to review.",
    );
    assert_eq!(exit_code(&mut p), 0);

    let verified = f.history(1);
    assert_eq!(verified.len(), 1);
    assert_eq!(
        verified[0].evidence.as_deref(),
        Some("https://example.org/123")
    );
    assert_eq!(
        (verified[0].reviewer.as_str(), verified[0].note.as_deref()),
        ("ana", None)
    );
    let disputed = &f.history(2)[0];
    assert_eq!(disputed.verdict, Verdict::Disputed);
    assert_eq!(disputed.evidence.as_deref(), Some("Reuters, 14 Dec 2025"));
    assert_eq!(disputed.note.as_deref(), Some("the talks took longer"));
    let undone = f.verdicts(3);
    assert_eq!(
        undone,
        [Verdict::Opinion, Verdict::Reopened, Verdict::Opinion]
    );
    assert_eq!(f.history(3)[2].note.as_deref(), Some("a loaded word"));
    assert_eq!(
        (f.status(4), f.status(5)),
        ("pending".into(), "pending".into())
    );
    assert!(
        !leased(&f, 4) && !leased(&f, 5),
        "quitting releases the claims"
    );
}

#[test]
fn quit_then_review_again_resumes_at_the_first_undecided_claim() {
    let f = Fixture::new();
    let mut p = review(&f, "ana", None);
    expect(&mut p, "claim 1 ·");
    step(&mut p, "o", "Note: ");
    step(&mut p, "\r", "claim 2 ·");
    step(&mut p, "q", "4 claims left to review.");
    assert_eq!(exit_code(&mut p), 0);

    let mut p = review(&f, "ana", None);
    let first = expect(&mut p, "[q] quit");
    assert!(
        first.contains("Reviewing [1/4]") && first.contains("claim 2 ·"),
        "{first}"
    );
    press(&mut p, "q");
    assert_eq!(exit_code(&mut p), 0);
    assert_eq!(f.status(1), "opinion");
}

#[test]
fn ctrl_c_at_any_prompt_records_nothing_and_exits_130() {
    // keys, the prompt they reach (evidence, a verdict's note), the terminal
    let prompts = [
        ("v", "Evidence for verified: ", Some((24, 80))),
        ("vhttps://example.org/r\r", "Note: ", None),
        ("d", "Evidence for disputed: ", Some((50, 200))),
    ];
    for (keys, prompt, size) in prompts {
        let f = Fixture::new();
        let mut p = review(&f, "ana", size);
        expect(&mut p, "claim 1 ·");
        step(&mut p, keys, prompt);
        step(&mut p, "half typ", "half typ");
        // dialoguer reads Ctrl-C and raises SIGINT; the review still ends with its summary.
        p.send_control('c').unwrap();
        expect(&mut p, "\x1b[?25h");
        expect(&mut p, "Review interrupted: 0 decided in this session");
        assert_eq!(exit_code(&mut p), 130, "{size:?}");
        assert!(
            f.history(1).is_empty(),
            "the verdict being typed is not recorded"
        );
        assert!(
            !leased(&f, 1),
            "the interrupted session gave its claim back"
        );

        let mut p = review(&f, "ana", size);
        expect(&mut p, "claim 1 ·");
        p.send_control('c').unwrap();
        assert_eq!(exit_code(&mut p), 130);
    }
}

#[test]
fn an_empty_evidence_line_goes_back_to_the_claim_and_an_empty_note_is_none() {
    let f = Fixture::new();
    let mut p = review(&f, "ana", Some((24, 80)));
    expect(&mut p, "claim 1 ·");
    // Esc does nothing in dialoguer; the typed text is taken back with Backspace.
    step(&mut p, "d", BACK);
    step(&mut p, "half\x1b", "Evidence for disputed: half");
    step(&mut p, &format!("{}\r", "\x7f".repeat(4)), "claim 1 ·");
    step(&mut p, "v", BACK);
    step(&mut p, "\r", "[q]uit");
    step(&mut p, "s", "claim 2 ·");
    step(&mut p, "n", "an empty note is no note");
    step(&mut p, "check the ministry\r", "note: check the ministry");
    step(&mut p, "m", "Kolesnikova");
    step(&mut p, "o", "Note: check the ministry");
    step(&mut p, "\r", "claim 3 ·");
    step(&mut p, "v", BACK);
    step(&mut p, "https://example.org/3\r", "Note: ");
    step(&mut p, "\r", "claim 4 ·");
    press(&mut p, "q");
    assert_eq!(exit_code(&mut p), 0);
    assert!(f.history(1).is_empty());
    assert_eq!(f.history(2)[0].note.as_deref(), Some("check the ministry"));
    assert_eq!(f.history(3)[0].note, None, "an empty note is no note");
}

#[test]
fn extract_review_and_export_end_to_end() {
    let ws = crate::util::Workspace::new();
    ws.with_seed();
    let f = Fixture::at(ws.db());
    let mut p = review(&f, "ana", None);
    let first = expect(&mut p, "[q] quit");
    assert!(first.contains("Reviewing [1/"), "{first}");
    // The headline is repeated at the end of the article: one verdict covers both.
    assert!(first.contains("this verdict covers 2 claims"), "{first}");
    give(&mut p, "v", "https://example.org/source", "");
    expect(&mut p, "Reviewing [3/");
    step(
        &mut p,
        "q",
        "Review done: 2 decided in this session (verified 2",
    );
    assert_eq!(exit_code(&mut p), 0);
    let doc = ws.export();
    let claims = doc["claims"].as_array().unwrap();
    let reviewed: Vec<_> = claims.iter().filter(|c| !c["review"].is_null()).collect();
    assert_eq!(reviewed.len(), 2);
    assert_eq!(reviewed[1]["same_as"], reviewed[0]["id"]);
    assert_eq!(reviewed[0]["review"]["verdict"], "verified");
    assert_eq!(reviewed[0]["review"]["reviewer"], "ana");
    assert_eq!(
        reviewed[0]["review"]["evidence"],
        "https://example.org/source"
    );
    assert_eq!(reviewed[0]["history"].as_array().unwrap().len(), 1);
}
