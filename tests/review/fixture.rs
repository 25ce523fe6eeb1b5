//! A temporary database with one article and five claims, ids 1 to 5 in text order.

use std::path::PathBuf;

use claimdesk::db::{ClaimFilter, Db, NewArticle, NewClaim, Queue, ReviewRow, Status, Stored};
use claimdesk::extract::claims::{Claim, ClaimKind};
use claimdesk::extract::score::Scores;
use claimdesk::extract::sentences::Sentence;
use tempfile::TempDir;

pub const BODY: &str = "Belarus freed 123 political prisoners on Saturday. \
The talks took 18 months. Critics called the deal a disgrace. \
Bialiatski was jailed for ten years. Kolesnikova got eleven years.";

/// kind, sentence, words, subject, value, opinion
type Row = (
    &'static str,
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<f64>,
    Option<f32>,
);

const CLAIMS: &[Row] = &[
    (
        "count",
        "Belarus freed 123 political prisoners on Saturday.",
        "123 political prisoners",
        Some("political prisoners"),
        Some(123.0),
        None,
    ),
    (
        "duration",
        "The talks took 18 months.",
        "18 months",
        Some("the talks"),
        Some(18.0),
        None,
    ),
    (
        "statement",
        "Critics called the deal a disgrace.",
        "a disgrace",
        Some("the deal"),
        None,
        Some(0.8),
    ),
    (
        "prison_term",
        "Bialiatski was jailed for ten years.",
        "ten years",
        Some("Bialiatski"),
        Some(10.0),
        None,
    ),
    (
        "prison_term",
        "Kolesnikova got eleven years.",
        "eleven years",
        Some("Kolesnikova"),
        Some(11.0),
        None,
    ),
];

pub struct Fixture {
    pub db_path: PathBuf,
    _dir: Option<TempDir>,
}

impl Fixture {
    pub fn new() -> Fixture {
        let dir = tempfile::tempdir().unwrap();
        let db_path = dir.path().join("claims.db");
        let mut db = Db::open(&db_path).unwrap();
        store(&mut db, "Belarus Releases Prisoners", BODY);
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

    pub fn status(&self, id: i64) -> String {
        self.db().claim(id).unwrap().unwrap().status.to_string()
    }
}

/// Why empty evidence is refused: the one message of `review::rules`, which the review prompt,
/// the review screen and `mark` all show.
pub fn refusal(verdict: claimdesk::db::Verdict) -> String {
    claimdesk::review::rules::evidence_for(verdict, None).unwrap_err()
}

/// Stores `body` with the fixture's claims (as far as they occur in it); returns the article id.
pub fn store(db: &mut Db, title: &str, body: &str) -> i64 {
    let claims: Vec<NewClaim> = CLAIMS
        .iter()
        .enumerate()
        .filter(|(_, c)| body.contains(c.1))
        .map(|(i, &(kind, sentence, words, subject, value, opinion))| {
            let sentence_start = body.find(sentence).unwrap();
            let start = sentence_start + sentence.find(words).unwrap();
            let kind = ClaimKind::parse(kind).unwrap();
            let mut claim = Claim::new(kind, i, start, start + words.len());
            claim.subject = subject.map(str::to_string);
            claim.value = value;
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
        })
        .collect();
    let article = NewArticle {
        source: "test".to_string(),
        title: title.to_string(),
        published: None,
        sha256: format!("{:x}", body.len() * 31 + title.len()),
        body: body.to_string(),
    };
    match db.store_article(&article, &claims).unwrap() {
        Stored::New { article_id, .. } | Stored::Existing { article_id } => article_id,
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
