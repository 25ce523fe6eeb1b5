#!/usr/bin/env bash
# Builds a database of about 1,000,000 claims: the BBC corpus extracted once by claimdesk,
# then copied in SQL with distinct ids, hashes and fingerprints (77 copies x 13,084 claims).
# Usage: benches/gen_1m.sh [OUT.db] [CORPUS.jsonl] [COPIES]
set -euo pipefail
out=${1:-/tmp/claimdesk-1m.db}
corpus=${2:-../shared/eval/news/bbc_news_2225.jsonl}
copies=${3:-77}
bin=${CLAIMDESK:-${CARGO_TARGET_DIR:-target}/release/claimdesk}
rm -f "$out" "$out-wal" "$out-shm"
"$bin" --db "$out" extract --quiet "$corpus"
sqlite3 "$out" <<SQL
PRAGMA foreign_keys = OFF;
BEGIN;
CREATE TEMP TABLE copies AS
  WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < $copies - 1)
  SELECT k FROM n;
CREATE TEMP TABLE base AS SELECT max(id) AS articles FROM articles;
INSERT INTO articles (id, source, title, published, sha256, body, imported_at)
  SELECT a.id + k * base.articles, a.source || '#' || k, a.title, a.published,
         a.sha256 || '-' || k, a.body, a.imported_at
  FROM copies, base, articles a WHERE a.id <= base.articles ORDER BY k, a.id;
INSERT INTO claims (article_id, kind, start, end, sentence_index, sentence_start, sentence_end,
       subject, object, value, value_max, unit, value_text, approximate, checkworthiness,
       opinion, fingerprint, status)
  SELECT c.article_id + k * base.articles, c.kind, c.start, c.end, c.sentence_index,
         c.sentence_start, c.sentence_end, c.subject, c.object, c.value, c.value_max, c.unit,
         c.value_text, c.approximate, c.checkworthiness, c.opinion, c.fingerprint || '-' || k,
         c.status
  FROM copies, base, claims c WHERE c.article_id <= base.articles ORDER BY k, c.id;
COMMIT;
PRAGMA wal_checkpoint(TRUNCATE);
VACUUM;
SELECT 'articles', count(*) FROM articles;
SELECT 'claims', count(*) FROM claims;
SQL
echo "$out: $(stat -c %s "$out") bytes"
