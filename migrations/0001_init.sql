-- Articles, the claims extracted from them, and the append-only history of review verdicts.

CREATE TABLE articles (
    id          INTEGER PRIMARY KEY,
    source      TEXT NOT NULL,            -- path, '-' for stdin, or a corpus id
    title       TEXT NOT NULL,
    published   TEXT,                     -- ISO 8601 date from the dateline, if any
    sha256      TEXT NOT NULL UNIQUE,     -- of the text; extracting the same text twice adds nothing
    body        TEXT NOT NULL,
    imported_at TEXT NOT NULL
);

CREATE TABLE claims (
    id              INTEGER PRIMARY KEY,
    article_id      INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    kind            TEXT NOT NULL,
    start           INTEGER NOT NULL,     -- byte offsets into articles.body
    end             INTEGER NOT NULL,
    sentence_index  INTEGER NOT NULL,
    sentence_start  INTEGER NOT NULL,
    sentence_end    INTEGER NOT NULL,
    subject         TEXT,
    object          TEXT,
    value           REAL,
    value_max       REAL,
    unit            TEXT,
    value_text      TEXT,
    approximate     INTEGER NOT NULL DEFAULT 0,
    checkworthiness REAL,
    opinion         REAL,
    fingerprint     TEXT NOT NULL UNIQUE,
    -- The latest verdict, kept in step with reviews by the same transaction, so that the
    -- review queue and `list --status` are an index lookup at a million claims.
    status          TEXT NOT NULL DEFAULT 'pending'
);

CREATE INDEX claims_by_article ON claims (article_id, start);
CREATE INDEX claims_by_status ON claims (status, article_id, start);
CREATE INDEX claims_by_kind ON claims (kind);

CREATE TABLE reviews (
    id         INTEGER PRIMARY KEY,
    claim_id   INTEGER NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    -- 'reopened' records an undo: the claim goes back to pending and the history keeps both rows.
    verdict    TEXT NOT NULL CHECK (verdict IN ('verified', 'disputed', 'opinion', 'reopened')),
    evidence   TEXT,
    note       TEXT,
    reviewer   TEXT NOT NULL,
    created_at TEXT NOT NULL
);

CREATE INDEX reviews_by_claim ON reviews (claim_id, id);
