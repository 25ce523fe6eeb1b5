#!/usr/bin/env bash
# Queries on the 1M-claim database of benches/gen_1m.sh: the first pending claim (the query
# review draws with), `list --status pending --limit 20`, `export`, and the real review's
# first screen through benches/first_draw.py.
# Usage: benches/scale.sh [DB]
set -euo pipefail
db=${1:-/tmp/claimdesk-1m.db}
bin=${CLAIMDESK:-${CARGO_TARGET_DIR:-target}/release/claimdesk}
claims=$(sqlite3 "$db" 'select count(*) from claims')
echo "claims: $claims, database: $(stat -c %s "$db") bytes, $(( $(stat -c %s "$db") / claims )) bytes/claim"
for run in 1 2 3; do
  /usr/bin/time -f "first pending claim (sqlite3 process): %e s, %M KB" sqlite3 "$db" \
    "SELECT id FROM claims WHERE status = 'pending' ORDER BY article_id, start LIMIT 1" >/dev/null
  /usr/bin/time -f "list --status pending --limit 20: %e s, %M KB" \
    "$bin" --db "$db" list --status pending --limit 20 >/dev/null
done
printf '.timer on\nSELECT id FROM claims WHERE status = %s ORDER BY article_id, start LIMIT 1;\n' \
  "'pending'" | sqlite3 "$db" | grep 'Run Time' | sed 's/^/first pending claim (in sqlite3): /'
for run in 1 2 3; do
  /usr/bin/time -f "export > /dev/null: %e s wall, %U s user, %S s sys, %M KB peak RSS" \
    "$bin" --db "$db" export >/dev/null
done
python3 "$(dirname "$0")/first_draw.py" "$db" 3
python3 "$(dirname "$0")/first_draw.py" "$db" 3 checkworthiness
