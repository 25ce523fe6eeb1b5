#!/usr/bin/env bash
# Whole-corpus ingest into a fresh database: wall time and peak RSS, on every core and on one.
# Usage: benches/ingest.sh [CORPUS.jsonl]   (build first: cargo build --release)
set -euo pipefail
corpus=${1:-../shared/eval/news/bbc_news_2225.jsonl}
bin=${CLAIMDESK:-${CARGO_TARGET_DIR:-target}/release/claimdesk}
db=$(mktemp -d)/ingest.db
for jobs in "" "--jobs 1"; do
  for run in 1 2 3; do
    rm -f "$db" "$db-wal" "$db-shm"
    # shellcheck disable=SC2086
    /usr/bin/time -f "extract --quiet $jobs: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
      "$bin" --db "$db" extract --quiet $jobs "$corpus"
  done
done
echo "articles: $(sqlite3 "$db" 'select count(*) from articles'), claims: $(sqlite3 "$db" 'select count(*) from claims')"
