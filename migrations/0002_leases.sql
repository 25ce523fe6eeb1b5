-- Review leases: which review session is showing which claim, and until when. A lease that
-- has expired blocks nobody, so an abandoned session (closed terminal, crash) holds no work.

CREATE TABLE leases (
    claim_id   INTEGER PRIMARY KEY REFERENCES claims(id) ON DELETE CASCADE,
    holder     TEXT NOT NULL,         -- the random id of one review session
    expires_at INTEGER NOT NULL       -- unix seconds
);

CREATE INDEX leases_by_holder ON leases (holder);

-- `review --order checkworthiness`: the most check-worthy claims first, paged by key, with
-- claims that have no score last.
CREATE INDEX claims_by_worth ON claims (status, coalesce(checkworthiness, -1.0) DESC, id);
CREATE INDEX claims_by_worth_any ON claims (coalesce(checkworthiness, -1.0) DESC, id);
