//! Leases: two sessions never hold the same claim, and an abandoned lease expires.

use claimdesk::db::{Holder, Queue, QueueKey};

use super::fixture::Fixture;

fn holder(id: &str) -> Holder {
    Holder {
        id: id.to_string(),
        ttl: 300,
    }
}

fn pending() -> Queue {
    Queue {
        status: Some("pending".to_string()),
        ..Queue::default()
    }
}

#[test]
fn two_sessions_draw_different_claims() {
    let f = Fixture::new();
    let (mut a, mut b) = (f.db(), f.db());
    let first = a
        .lease_next(&pending(), None, &holder("a"), 1_000)
        .unwrap()
        .unwrap();
    let second = b
        .lease_next(&pending(), None, &holder("b"), 1_001)
        .unwrap()
        .unwrap();
    assert_eq!((first.id, second.id), (1, 2));
    assert!(
        b.lease_claim(1, None, &holder("b"), 1_002)
            .unwrap()
            .is_none()
    );
    assert!(
        a.lease_claim(1, None, &holder("a"), 1_002)
            .unwrap()
            .is_some(),
        "renewal"
    );
}

#[test]
fn an_expired_lease_blocks_nobody() {
    let f = Fixture::new();
    let (mut a, mut b) = (f.db(), f.db());
    a.lease_next(&pending(), None, &holder("a"), 1_000)
        .unwrap()
        .unwrap();
    let late = b
        .lease_next(&pending(), None, &holder("b"), 1_300)
        .unwrap()
        .unwrap();
    assert_eq!(late.id, 1, "the lease of a (until 1300) has expired");
}

#[test]
fn released_claims_are_free_again() {
    let f = Fixture::new();
    let (mut a, mut b) = (f.db(), f.db());
    a.lease_next(&pending(), None, &holder("a"), 1_000).unwrap();
    a.lease_next(&pending(), None, &holder("a"), 1_000).unwrap();
    a.release(1, &holder("a")).unwrap();
    let next = b
        .lease_next(&pending(), None, &holder("b"), 1_001)
        .unwrap()
        .unwrap();
    assert_eq!(next.id, 1);
    a.release_all("a").unwrap();
    let after = QueueKey::of(&next);
    let next = b
        .lease_next(&pending(), Some(&after), &holder("b"), 1_001)
        .unwrap()
        .unwrap();
    assert_eq!(next.id, 2);
}

#[test]
fn a_claim_out_of_the_queue_is_not_leased_by_id() {
    let f = Fixture::new();
    let mut db = f.db();
    let verified = Queue {
        status: Some("verified".to_string()),
        ..Queue::default()
    };
    assert!(
        db.lease_claim(1, Some(&verified), &holder("a"), 1)
            .unwrap()
            .is_none()
    );
    assert!(
        db.lease_claim(1, Some(&pending()), &holder("a"), 1)
            .unwrap()
            .is_some()
    );
}

/// The first draw from a million pending claims stays well under 50 ms. Slow to set up, so
/// run it on demand: `cargo test --release --test integration -- --ignored million`.
#[test]
#[ignore]
fn first_draw_from_a_million_claims_is_fast() {
    use claimdesk::db::{Db, NewArticle, NewClaim};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.db");
    let mut db = Db::open(&path).unwrap();
    let body = "Belarus freed 123 prisoners. ".repeat(1_000);
    for article in 0..1_000 {
        let claims: Vec<NewClaim> = (0..1_000)
            .map(|i| NewClaim {
                kind: "count".into(),
                start: 14 + 29 * i,
                end: 17 + 29 * i,
                sentence_index: i,
                sentence_start: 29 * i,
                sentence_end: 29 * i + 28,
                subject: None,
                object: None,
                value: Some(123.0),
                value_max: None,
                unit: None,
                value_text: None,
                approximate: false,
                checkworthiness: Some((i % 97) as f64 / 97.0),
                opinion: None,
            })
            .collect();
        let new = NewArticle {
            source: "big".into(),
            title: format!("article {article}"),
            published: None,
            sha256: format!("{article}"),
            body: body.clone(),
        };
        db.store_article(&new, &claims).unwrap();
    }
    let db = Db::open(&path).unwrap();
    for order in [
        claimdesk::db::QueueOrder::Text,
        claimdesk::db::QueueOrder::Checkworthiness,
    ] {
        let mut db = Db::open(&path).unwrap();
        let queue = Queue { order, ..pending() };
        let started = std::time::Instant::now();
        db.queue_len(&queue, 10_000).unwrap();
        let claim = db
            .lease_next(&queue, None, &holder("a"), 1)
            .unwrap()
            .unwrap();
        let key = QueueKey::of(&claim);
        db.lease_next(&queue, Some(&key), &holder("a"), 1)
            .unwrap()
            .unwrap();
        let took = started.elapsed();
        assert!(took.as_millis() < 50, "{order:?}: {took:?}");
    }
    drop(db);
}
