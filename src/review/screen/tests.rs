//! The claim screen as plain text and with colours.

use super::*;
use crate::display::fields::tests::sample;
use crate::display::links::Links;
use crate::extract::claims::{Claim, ClaimKind};
use crate::extract::score::Scores;
use crate::review::session::Cover;

fn claim() -> ClaimRow {
    let mut claim = Claim::new(ClaimKind::Count, 3, 11, 34);
    claim.subject = Some("political prisoners".into());
    claim.value = Some(123.0);
    claim.unit = Some("people".into());
    claim.value_text = Some("123".into());
    let mut row = sample(claim);
    row.scores = Some(Scores {
        checkworthiness: 0.8,
        opinion: 0.1,
    });
    row
}

fn screen<'a>(claim: &'a ClaimRow, links: &'a Links) -> Screen<'a> {
    Screen {
        position: 3,
        total: 27,
        capped: false,
        title: "Belarus Releases Prisoners",
        tally: Tally {
            verified: 2,
            disputed: 1,
            opinion: 0,
            skipped: 1,
        },
        claim,
        passages: vec![Passage {
            before: "Kolesnikova was also released.",
            lead: "A total of ",
            claim: "123 political prisoners",
            tail: " were let out.",
            after: "Now, if you listen.",
        }],
        earlier: None,
        links,
        cover: Cover {
            claims: 1,
            others: 0,
        },
        note: None,
        notice: None,
        status: None,
        width: None,
        rows: None,
    }
}

#[test]
fn plain_screen_shows_header_values_passage_and_legend() {
    let claim = claim();
    let text = render(&screen(&claim, &Links::default()), false);
    assert!(text.starts_with(
        "Reviewing [3/27] · Belarus Releases Prisoners · verified 2 · disputed 1 · opinion 0 · skipped 1\n"
    ));
    let card = "\n\nclaim 7 · count · pending\n  who        political prisoners\n  how many   123\n  unit       people\n  claimed by the article\n\n";
    assert!(text.contains(card), "{text}");
    assert!(text.contains(
        "Kolesnikova was also released. A total of **123 political prisoners** were let out. Now, if you listen."
    ));
    assert!(text.contains("[v] verified  [d] disputed  [o] opinion  [s] skip  [u] undo"));
    assert!(!text.contains('\x1b'), "no escape codes without colours");
    assert!(!text.contains("suggested verdict"));
}

#[test]
fn coloured_screen_highlights_the_claim() {
    let claim = claim();
    let text = render(&screen(&claim, &Links::default()), true);
    assert!(text.contains('\x1b'));
    assert!(!text.contains("**123"));
}

#[test]
fn only_a_high_opinion_score_suggests_opinion() {
    let cases: &[(f32, bool)] = &[(0.5, false), (0.89, false), (0.9, true), (0.97, true)];
    for &(opinion, suggested) in cases {
        let mut claim = claim();
        claim.scores = Some(Scores {
            checkworthiness: 0.8,
            opinion,
        });
        let text = render(&screen(&claim, &Links::default()), false);
        let hint = format!("suggested verdict: opinion (opinion score {opinion:.2}; you decide)");
        assert_eq!(text.contains(&hint), suggested, "{opinion}");
    }
}

#[test]
fn control_characters_from_the_article_never_reach_the_terminal() {
    let mut claim = claim();
    claim.claim.subject = Some("evil\x1b[2J\x07 name".into());
    claim.claim.unit = Some("people\u{202E}".into());
    let links = Links::default();
    let mut screen = screen(&claim, &links);
    screen.title = "Title\x1b]0;pwned\x07";
    screen.passages[0].after = "Line\r\nbreak \u{9b}31m";
    let text = render(&screen, false);
    assert!(
        !text.chars().any(|c| c.is_control() && c != '\n'),
        "{text:?}"
    );
    assert!(!text.contains('\u{202E}'));
    assert!(text.contains("evil\\u{1b}[2J\\u{7} name"), "{text:?}");
}

#[test]
fn a_capped_total_is_shown_with_a_plus() {
    let claim = claim();
    let links = Links::default();
    let mut screen = screen(&claim, &links);
    (screen.total, screen.capped) = (10_000, true);
    assert!(render(&screen, false).starts_with("Reviewing [3/10000+]"));
}

#[test]
fn summary_counts_this_session_and_what_is_left() {
    let tally = Tally {
        verified: 1,
        disputed: 1,
        opinion: 1,
        skipped: 1,
    };
    assert_eq!(
        summary(tally, 1, false),
        "Review done: 3 decided in this session (verified 1 · disputed 1 · opinion 1), \
         skipped 1; 1 claim left to review."
    );
}

/// Claim `id` as a member of a group or a conflict, in a sentence of `words` words.
fn linked(id: i64, words: usize) -> ClaimRow {
    let mut row = claim();
    row.id = id;
    row.sentence = format!(
        "In all {id} prisoners {}.",
        vec!["were freed"; words / 2].join(" ")
    );
    row.claim.start = 7;
    row.claim.end = 7 + format!("{id} prisoners").len();
    row.sentence_span.end = row.sentence.len();
    row
}

#[test]
#[rustfmt::skip]
fn a_linked_claim_fits_the_terminal_and_says_what_its_verdict_covers() {
    let claim = linked(7, 30);
    let links = Links {
        group: [3, 7, 19, 21, 40, 41].map(|id| linked(id, 20)).to_vec(),
        conflicts: vec![linked(18, 40), linked(25, 8)],
    };
    let long = ["A sentence of context that goes on and on for a good while."; 3].join(" ");
    // rows and columns, what a verdict covers, what must be on screen
    type Case<'a> = (Option<(usize, usize)>, Cover, &'a [&'a str]);
    let cases: &[Case] = &[
        (Some((24, 80)), Cover { claims: 6, others: 5 }, &["this verdict covers 6 claims · [g] this claim only", "conflicts with claims 18, 25", "… and 4 more"]),
        (Some((24, 80)), Cover { claims: 1, others: 5 }, &["this verdict covers this claim only · [g] all 6 pending claims of the group"]),
        (Some((60, 200)), Cover { claims: 2, others: 1 }, &["A sentence of context", "      41 pending  In all **41 prisoners**", "this verdict covers 2 claims"]),
        (None, Cover { claims: 1, others: 0 }, &["(no other pending claim in the group)", "were freed were freed were freed were freed were freed were freed were freed were freed were freed were freed were freed were freed were freed were freed were freed."]),
    ];
    for (size, cover, shown) in cases {
        let mut screen = screen(&claim, &links);
        (screen.cover, screen.passages[0].before, screen.passages[0].after) = (*cover, &long, &long);
        (screen.rows, screen.width) = (size.map(|s| s.0), size.map(|s| s.1));
        let text = render(&screen, false);
        for words in *shown {
            assert!(text.contains(words), "{size:?} lacks {words:?}:\n{text}");
        }
        let Some((rows, cols)) = size else { continue };
        let wrapped = crate::display::wrap(&text, *cols);
        assert!(wrapped.lines().count() + PROMPT_ROWS <= *rows, "{size:?}:\n{wrapped}");
        assert!(wrapped.lines().all(|l| console::measure_text_width(l) <= *cols), "{wrapped}");
        assert!(wrapped.starts_with("Reviewing [3/27]") && wrapped.contains("[q]"));
        let header = text.lines().next().unwrap_or_default();
        assert!(console::measure_text_width(header) <= *cols, "the header does not wrap: {header}");
    }
}

#[test]
#[rustfmt::skip]
fn the_header_and_the_legend_fit_the_width() {
    let claim = claim();
    let links = Links::default();
    let title = "Belarus Releases Prisoners After US Sanctions Lifted";
    // columns, header, legend
    let cases: &[(Option<usize>, &str, &str)] = &[
        (None, "Reviewing [3/27] · Belarus Releases Prisoners After US Sanctions Lifted · verified 2 · disputed 1 · opinion 0 · skipped 1", "[v] verified  [d] disputed  [o] opinion  [s] skip  [u] undo  [n] note  [m] more context  [q] quit"),
        (Some(120), "Reviewing [3/27] · Belarus Releases Prisoners After US Sanctions… · verified 2 · disputed 1 · opinion 0 · skipped 1", "[v] verified  [d] disputed  [o] opinion  [s] skip  [u] undo  [n] note  [m] more context  [q] quit"),
        (Some(100), "Reviewing [3/27] · Belarus Releases Prisoners… · verified 2 · disputed 1 · opinion 0 · skipped 1", "[v] verified  [d] disputed  [o] opinion  [s] skip  [u] undo  [n] note  [m] more context  [q] quit"),
        (Some(80), "Reviewing [3/27] · Belarus Releases Prisoners After US… · decided 3 · skipped 1", "[v]erified [d]isputed [o]pinion [s]kip [u]ndo [n]ote [m]ore context [q]uit"),
        (Some(76), "Reviewing [3/27] · Belarus Releases Prisoners After… · decided 3 · skipped 1", "[v]erified [d]isputed [o]pinion [s]kip [u]ndo [n]ote [m]ore context [q]uit"),
    ];
    for &(width, header, legend) in cases {
        let mut screen = screen(&claim, &links);
        (screen.title, screen.width) = (title, width);
        let text = render(&screen, false);
        assert_eq!(text.lines().next(), Some(header), "{width:?}");
        assert_eq!(text.lines().last(), Some(legend), "{width:?}");
        assert!(width.is_none_or(|w| header.chars().count() <= w && legend.chars().count() <= w));
    }
}

#[test]
fn more_context_is_cut_to_what_fits_and_the_fields_stay() {
    let claim = claim();
    let links = Links::default();
    let sentence = "A sentence of context that goes on for a while and then stops.";
    let wide = [sentence; 12].join(" ");
    let some = [sentence; 2].join(" ");
    for (rows, cols) in [(24, 80), (40, 120)] {
        let mut screen = screen(&claim, &links);
        let narrow = screen.passages[0].clone();
        let mut widest = narrow.clone();
        (widest.before, widest.after) = (&wide, &wide);
        let mut middle = narrow.clone();
        (middle.before, middle.after) = (&some, &some);
        screen.passages = vec![widest, middle, narrow];
        (screen.rows, screen.width) = (Some(rows), Some(cols));
        let wrapped = crate::display::wrap(&render(&screen, false), cols);
        assert!(
            wrapped.lines().count() + PROMPT_ROWS <= rows,
            "{cols}:\n{wrapped}"
        );
        assert!(
            wrapped.contains("  who        political prisoners"),
            "{wrapped}"
        );
        assert!(
            wrapped.contains("A sentence of context"),
            "some context fits: {wrapped}"
        );
        let legend = wrapped.lines().last().unwrap_or_default();
        assert!(
            legend.starts_with("[v]") && legend.ends_with("uit"),
            "{legend}"
        );
    }
}

#[test]
fn a_revisited_claim_shows_its_earlier_verdict_and_a_verdict_its_status() {
    let claim = claim();
    let links = Links::default();
    let review = ReviewRow {
        id: 1,
        claim_id: 7,
        verdict: crate::db::Verdict::Disputed,
        evidence: Some("https://example.org/report".into()),
        note: Some("the talks took longer".into()),
        reviewer: "ana".into(),
        reviewed_at: "2026-11-28T01:02:03Z".into(),
    };
    let mut screen = screen(&claim, &links);
    (screen.earlier, screen.status) = (Some(&review), Some("saved: verified, claim 6"));
    let text = render(&screen, false);
    let rows = "  claimed by the article\n  verdict    disputed by ana, 2026-11-28\n  evidence   https://example.org/report\n  note       the talks took longer\n";
    assert!(text.contains(rows), "{text}");
    assert!(
        text.contains("\n  saved: verified, claim 6\n[v] verified"),
        "{text}"
    );
}

#[test]
#[rustfmt::skip]
fn the_status_line_names_the_verdict_and_the_claims() {
    let cases: &[(&str, &[i64], &str)] = &[
        ("verified", &[5], "saved: verified, claim 5"),
        ("opinion", &[5, 9], "saved: opinion, claims 5 and 9"),
        ("disputed", &[1, 3, 4], "saved: disputed, claims 1, 3 and 4"),
        ("reopened", &[5], "reopened: claim 5"),
    ];
    for &(verdict, ids, line) in cases {
        assert_eq!(saved(verdict, ids), line);
    }
}
