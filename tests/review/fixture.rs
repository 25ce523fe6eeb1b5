//! A temporary database with one article and five claims, ids 1 to 5 in text order; the
//! linked fixture adds a restatement of claim 1 (id 6) and a figure contradicting it (id 7),
//! which "Officials" claim.

use std::path::PathBuf;

use claimdesk::db::{ClaimFilter, Db, NewArticle, NewClaim, Queue, ReviewRow, Status, Stored};
use claimdesk::extract::claims::{Claim, ClaimKind};
use claimdesk::extract::score::Scores;
use claimdesk::extract::sentences::Sentence;
use tempfile::TempDir;

pub const BODY: &str = "Belarus freed 123 political prisoners on Saturday. \
The talks took 18 months. Critics called the deal a disgrace. \
Bialiatski was jailed for ten years. Kolesnikova got eleven years.";

/// Two sentences more: one restates the first claim, the other contradicts its figure.
pub const LINKED: &str = " In all, 123 prisoners walked free. \
Officials spoke of only a few dozen prisoners.";

/// kind, sentence, words, subject, value, opinion, and what only some claims have
type Row = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<f64>,
    Option<f32>,
    Extra,
);

/// A claim's links (`same_as`, `conflicts_with`) as indices into [`CLAIMS`], and its claimer.
#[derive(Debug, Clone, Copy)]
struct Extra {
    same_as: Option<usize>,
    conflicts_with: Option<usize>,
    claimer: Option<&'static str>,
}

const PLAIN: Extra = Extra {
    same_as: None,
    conflicts_with: None,
    claimer: None,
};

const CLAIMS: &[Row] = &[
    (
        "count",
        "Belarus freed 123 political prisoners on Saturday.",
        "123 political prisoners",
        Some("political prisoners"),
        Some(123.0),
        None,
        PLAIN,
    ),
    (
        "duration",
        "The talks took 18 months.",
        "18 months",
        Some("the talks"),
        Some(18.0),
        None,
        PLAIN,
    ),
    (
        "statement",
        "Critics called the deal a disgrace.",
        "a disgrace",
        Some("the deal"),
        None,
        Some(0.95),
        PLAIN,
    ),
    (
        "prison_term",
        "Bialiatski was jailed for ten years.",
        "ten years",
        Some("Bialiatski"),
        Some(10.0),
        None,
        PLAIN,
    ),
    (
        "prison_term",
        "Kolesnikova got eleven years.",
        "eleven years",
        Some("Kolesnikova"),
        Some(11.0),
        None,
        PLAIN,
    ),
    (
        "count",
        "In all, 123 prisoners walked free.",
        "123 prisoners",
        Some("prisoners"),
        Some(123.0),
        None,
        Extra {
            same_as: Some(0),
            ..PLAIN
        },
    ),
    (
        "count",
        "Officials spoke of only a few dozen prisoners.",
        "a few dozen prisoners",
        Some("prisoners"),
        Some(24.0),
        None,
        Extra {
            conflicts_with: Some(0),
            claimer: Some("Officials"),
            ..PLAIN
        },
    ),
];

pub struct Fixture {
    pub db_path: PathBuf,
    _dir: Option<TempDir>,
}

impl Fixture {
    pub fn new() -> Fixture {
        Fixture::with_body(BODY)
    }

    /// The five claims and the two linked to claim 1: 6 restates it, 7 contradicts it.
    pub fn linked() -> Fixture {
        Fixture::with_body(&format!("{BODY}{LINKED}"))
    }

    fn with_body(body: &str) -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let db_path = dir.path().join("claims.db");
        let mut db = Db::create(&db_path).unwrap();
        store(&mut db, "Belarus Releases Prisoners", body);
        Fixture {
            db_path,
            _dir: Some(dir),
        }
    }

    /// An existing database (owned by someone else's temporary directory).
    pub fn at(db_path: PathBuf) -> Fixture {
        Fixture {
            db_path,
            _dir: None,
        }
    }

    pub fn db(&self) -> Db {
        Db::open(&self.db_path).unwrap()
    }

    pub fn history(&self, id: i64) -> Vec<ReviewRow> {
        self.db().history(id).unwrap()
    }

    /// The verdicts of a claim's history, oldest first.
    pub fn verdicts(&self, id: i64) -> Vec<claimdesk::db::Verdict> {
        self.history(id).iter().map(|r| r.verdict).collect()
    }

    pub fn status(&self, id: i64) -> String {
        self.db().claim(id).unwrap().unwrap().status.to_string()
    }
}

/// Why empty evidence is refused: the one message of `review::rules`, which the review prompt,
/// the review screen and `mark` all show.
pub fn refusal(verdict: claimdesk::db::Verdict) -> String {
    claimdesk::review::rules::evidence_for(verdict, None).unwrap_err()
}

/// Stores `body` with the fixture's claims (as far as they occur in it, their links turned into
/// indices of the stored list); returns the article id.
pub fn store(db: &mut Db, title: &str, body: &str) -> i64 {
    let present: Vec<usize> = (0..CLAIMS.len())
        .filter(|&i| body.contains(CLAIMS[i].1))
        .collect();
    let stored = |index: Option<usize>| index.and_then(|i| present.iter().position(|&p| p == i));
    let claims: Vec<NewClaim> = present
        .iter()
        .map(|&i| {
            let mut new = new_claim(body, i, CLAIMS[i]);
            let (claim, extra) = (&mut new.claim, CLAIMS[i].6);
            (claim.same_as, claim.conflicts_with) =
                (stored(extra.same_as), stored(extra.conflicts_with));
            new
        })
        .collect();
    let article = NewArticle {
        source: "test".to_string(),
        title: title.to_string(),
        published: None,
        url: None,
        sha256: format!("{:x}", body.len() * 31 + title.len()),
        body: body.to_string(),
    };
    match db.store_article(&article, &claims).unwrap() {
        Stored::New { article_id, .. } | Stored::Existing { article_id } => article_id,
    }
}

/// Row `i` of [`CLAIMS`] as found in `body`, without its links.
fn new_claim(body: &str, i: usize, row: Row) -> NewClaim {
    let (kind, sentence, words, subject, value, opinion, extra) = row;
    let sentence_start = body.find(sentence).unwrap();
    let start = sentence_start + sentence.find(words).unwrap();
    let kind = ClaimKind::parse(kind).unwrap();
    let mut claim = Claim::new(kind, i, start, start + words.len());
    claim.subject = subject.map(str::to_string);
    claim.value = value;
    claim.claimer = extra.claimer.map(str::to_string);
    NewClaim {
        claim,
        sentence_span: Sentence {
            start: sentence_start,
            end: sentence_start + sentence.len(),
        },
        scores: Scores {
            checkworthiness: 0.1 * i as f32,
            opinion: opinion.unwrap_or(0.0),
        },
    }
}

/// The queue of the claims with `status`, in text order.
pub fn queue_of(status: Status) -> Queue {
    Queue {
        filter: ClaimFilter {
            status: Some(status),
            ..ClaimFilter::default()
        },
        ..Queue::default()
    }
}
