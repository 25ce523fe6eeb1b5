//! The passage of a claim: context either side, the article's lines, one line to a width.

use super::*;
use crate::display::fields::tests::sample;
use crate::extract::claims::{Claim, ClaimKind};

fn claim_at(body: &str, sentence: &str, words: &str) -> ClaimRow {
    let start = body.find(words).unwrap();
    let mut row = sample(Claim::new(ClaimKind::Count, 0, start, start + words.len()));
    let sentence_start = body.find(sentence).unwrap();
    row.sentence_span = Sentence {
        start: sentence_start,
        end: sentence_start + sentence.len(),
    };
    row.sentence = sentence.into();
    row
}

const BODY: &str = "One came. Two went. Then 123 prisoners were freed. Four stayed. Five left.";

#[test]
#[rustfmt::skip]
fn n_sentences_either_side() {
    let body = Body::new(1, BODY.to_string());
    let claim = claim_at(BODY, "Then 123 prisoners were freed.", "123 prisoners");
    let cases = [
        (0, "Then **123 prisoners** were freed."),
        (1, "Two went. Then **123 prisoners** were freed. Four stayed."),
        (3, "One came. Two went. Then **123 prisoners** were freed. Four stayed. Five left."),
    ];
    for (n, expected) in cases {
        assert_eq!(render(&body.passage(&claim, n), &Palette::new(false)), expected, "{n}");
    }
}

#[test]
#[rustfmt::skip]
fn the_articles_lines_stay_lines() {
    const TOP: &str = "Belarus Frees Prisoners\n\nDecember 14, 2025\n\nThe Great Exchange\n\nAnd so. More.";
    let body = Body::new(1, TOP.to_string());
    let claim = claim_at(TOP, "December 14, 2025", "December 14, 2025");
    // sentences either side, the passage
    let cases = [
        (1, "Belarus Frees Prisoners\n**December 14, 2025**\nThe Great Exchange"),
        (2, "Belarus Frees Prisoners\n**December 14, 2025**\nThe Great Exchange\nAnd so."),
    ];
    for (n, expected) in cases {
        assert_eq!(render(&body.passage(&claim, n), &Palette::new(false)), expected, "{n}");
    }
}

#[test]
fn offsets_off_a_char_boundary_fall_back_to_the_sentence() {
    let text = "Ünïcode 5 times.";
    let body = Body::new(1, text.to_string());
    let mut claim = claim_at(text, text, "5");
    claim.claim.start = 1;
    let p = body.passage(&claim, 1);
    assert_eq!((p.claim, p.before, p.after), (text, "", ""));
}

#[test]
#[rustfmt::skip]
fn one_line_cuts_around_the_claim_to_the_width() {
    let body = "Then 123 prisoners were freed by the regime.";
    let claim = claim_at(body, body, "123 prisoners");
    // width, the line
    let cases: &[(Option<usize>, &str)] = &[
        (None, "Then **123 prisoners** were freed by the regime."),
        (Some(48), "Then **123 prisoners** were freed by the regime."),
        (Some(30), "Then **123 prisoners** were f…"),
        (Some(20), "…**123 prisoners**…"),
        (Some(10), "…**123…**…"),
    ];
    for &(width, expected) in cases {
        let line = one_line(&Passage::of_sentence(&claim), width, &Palette::new(false));
        assert_eq!(line, expected, "{width:?}");
        let plain = line.replace("**", "");
        assert!(width.is_none_or(|w| plain.chars().count() + 4 <= w), "{line}");
    }
}

#[test]
fn a_sentence_passage_falls_back_to_the_whole_sentence() {
    let body = "Ünïcode 5 times.";
    let mut claim = claim_at(body, body, "5");
    assert_eq!(Passage::of_sentence(&claim).claim, "5");
    claim.claim.start = 1;
    assert_eq!(Passage::of_sentence(&claim).claim, body);
}

#[test]
#[rustfmt::skip]
fn renders_one_paragraph_with_the_claim_marked() {
    // before, lead, claim, tail, after
    let cases: &[([&str; 5], &str)] = &[
        (["Two went.", "Then ", "123", " left.", "Four."], "Two went. Then **123** left. Four."),
        (["", "", "123 prisoners", " left.", ""], "**123 prisoners** left."),
        (["", "Then ", "123", "", "Four."], "Then **123** Four."),
        (["", "", "Whole sentence.", "", ""], "**Whole sentence.**"),
        (["Bell\x07.", "", "x\x1b[2J", "\n", "\u{202e}"], "Bell\\u{7}. **x\\u{1b}[2J**  \\u{202e}"),
    ];
    for ([before, lead, claim, tail, after], expected) in cases {
        let passage = Passage { before, lead, claim, tail, after };
        assert_eq!(render(&passage, &Palette::new(false)), *expected, "{passage:?}");
    }
}
