//! The ClaimReview export: schema.org `ClaimReview` JSON-LD, the form fact-checkers publish
//! and search engines read, one object per verified or disputed claim in a JSON array.
//! Opinion verdicts and pending claims are left out: a ClaimReview rates a checkable claim.

use std::io::Write;

use anyhow::Result;
use serde::Serialize;

use super::{ArticleCache, standing};
use crate::db::{Article, ClaimFilter, ClaimRow, Db, Verdict};
use crate::display::shorten;
use crate::extract::claims::ClaimKind;

/// The rating scale: 1 (disputed: false) to 5 (verified: true); claimdesk uses the ends.
pub const WORST: u8 = 1;
pub const BEST: u8 = 5;

/// The longest `claimReviewed`, in characters.
const CLAIM_CHARS: usize = 280;

/// Who publishes the reviews, and where each review lives.
#[derive(Debug, Clone, Default)]
pub struct Publisher {
    pub name: String,
    pub url: Option<String>,
    /// The review's address, with `{id}` standing for the claim id.
    pub url_template: Option<String>,
}

// schema.org's names are camelCase.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ClaimReview<'a> {
    #[serde(rename = "@context")]
    context: &'static str,
    #[serde(rename = "@type")]
    kind: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<String>,
    claim_reviewed: String,
    review_rating: Rating,
    item_reviewed: ItemReviewed<'a>,
    author: Party<'a>,
    date_published: &'a str,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct Rating {
    #[serde(rename = "@type")]
    kind: &'static str,
    rating_value: u8,
    best_rating: u8,
    worst_rating: u8,
    alternate_name: &'static str,
}

#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
struct ItemReviewed<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    appearance: Appearance<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    author: Option<Party<'a>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_published: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct Appearance<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    headline: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    /// The article's source when it is not a URL (a file name, a corpus id).
    #[serde(skip_serializing_if = "Option::is_none")]
    name: Option<&'a str>,
}

#[derive(Debug, Serialize)]
struct Party<'a> {
    #[serde(rename = "@type")]
    kind: &'static str,
    name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
}

/// Writes a ClaimReview for each verified or disputed claim `filter` selects.
pub fn write(
    db: &Db,
    filter: &ClaimFilter,
    publisher: &Publisher,
    out: &mut impl Write,
) -> Result<()> {
    let mut articles = ArticleCache::default();
    let mut line = Vec::with_capacity(2048);
    let mut first = true;
    out.write_all(b"[")?;
    db.for_each_claim_with_history(filter, |claim, history| {
        let Some(review) = standing(history) else {
            return Ok(());
        };
        let Some(rating) = rating(review.verdict) else {
            return Ok(());
        };
        let article = articles.get(db, claim.article_id)?;
        line.clear();
        line.extend_from_slice(if first { b"\n" } else { b",\n" });
        first = false;
        let date = review.reviewed_at.get(..10).unwrap_or(&review.reviewed_at);
        let record = review_of(&claim, article, publisher, rating, date);
        serde_json::to_writer(&mut line, &record)?;
        Ok(out.write_all(&line)?)
    })?;
    out.write_all(b"\n]\n")?;
    out.flush()?;
    Ok(())
}

/// The rating of a verdict on the documented scale; `None` for verdicts not published.
fn rating(verdict: Verdict) -> Option<Rating> {
    let (value, name) = match verdict {
        Verdict::Verified => (BEST, "Verified"),
        Verdict::Disputed => (WORST, "Disputed"),
        Verdict::Opinion | Verdict::Reopened => return None,
    };
    Some(Rating {
        kind: "Rating",
        rating_value: value,
        best_rating: BEST,
        worst_rating: WORST,
        alternate_name: name,
    })
}

fn review_of<'a>(
    claim: &'a ClaimRow,
    article: &'a Article,
    publisher: &'a Publisher,
    rating: Rating,
    date: &'a str,
) -> ClaimReview<'a> {
    ClaimReview {
        context: "https://schema.org",
        kind: "ClaimReview",
        url: publisher
            .url_template
            .as_ref()
            .map(|t| t.replace("{id}", &claim.id.to_string())),
        claim_reviewed: claim_reviewed(claim),
        review_rating: rating,
        item_reviewed: ItemReviewed {
            kind: "Claim",
            appearance: appearance(article),
            // The claimer is a name as the article gives it: a person or a body.
            author: claim.claim.claimer.as_deref().map(|name| Party {
                kind: "Person",
                name,
                url: None,
            }),
            date_published: article.published.as_deref(),
        },
        author: Party {
            kind: "Organization",
            name: &publisher.name,
            url: publisher.url.as_deref(),
        },
        date_published: date,
    }
}

/// Where the claim appeared: the article, by its address (its canonical URL, or a source that
/// is one) when it has one, else by its source.
fn appearance(article: &Article) -> Appearance<'_> {
    let is_url = |s: &str| s.starts_with("https://") || s.starts_with("http://");
    let url = article
        .url
        .as_deref()
        .or_else(|| Some(article.source.as_str()).filter(|s| is_url(s)));
    Appearance {
        kind: "CreativeWork",
        headline: &article.title,
        url,
        name: url.is_none().then_some(article.source.as_str()),
    }
}

/// The claim in short, without its verdict: a statement's own words (for reported speech,
/// what was reported), else the sentence that makes the claim; on one line, at most
/// [`CLAIM_CHARS`] characters.
fn claim_reviewed(claim: &ClaimRow) -> String {
    let words = match claim.claim.kind {
        ClaimKind::Statement => &claim.text,
        _ => &claim.sentence,
    };
    let line = words.split_whitespace().collect::<Vec<_>>().join(" ");
    shorten(&line, CLAIM_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::db::tests::seeded;

    #[test]
    fn only_verified_and_disputed_are_rated() {
        let cases = [
            (Verdict::Verified, Some((5, "Verified"))),
            (Verdict::Disputed, Some((1, "Disputed"))),
            (Verdict::Opinion, None),
            (Verdict::Reopened, None),
        ];
        for (verdict, want) in cases {
            let got = rating(verdict).map(|r| (r.rating_value, r.alternate_name));
            assert_eq!(got, want, "{verdict}");
        }
    }

    #[test]
    fn the_claim_reviewed_is_short_and_on_one_line() {
        let (db, ids) = seeded();
        let mut claim = db.claim(ids[0]).expect("read").expect("exists");
        claim.sentence = "A total of 123\n prisoners   were freed.".to_string();
        let long = "word ".repeat(100);
        let cases: &[(ClaimKind, &str, &str)] = &[
            (
                ClaimKind::Count,
                "123 prisoners",
                "A total of 123 prisoners were freed.",
            ),
            (ClaimKind::Statement, "prices rose", "prices rose"),
            (ClaimKind::Statement, &long, &long[..278]),
        ];
        for (kind, text, want) in cases {
            claim.claim.kind = *kind;
            claim.text = text.to_string();
            let got = claim_reviewed(&claim);
            assert!(got.starts_with(want.trim_end()), "{got}");
            assert!(got.chars().count() <= CLAIM_CHARS, "{got}");
        }
    }
}
