//! Leases: two sessions never hold the same claim, and an abandoned lease expires.

use claimdesk::db::{Holder, Queue, QueueKey, Status};

use super::fixture::{Fixture, queue_of};

fn holder(id: &str) -> Holder {
    Holder {
        id: id.to_string(),
        ttl: 300,
    }
}

fn pending() -> Queue {
    queue_of(Status::Pending)
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
    let verified = queue_of(Status::Verified);
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
