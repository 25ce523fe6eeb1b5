#!/usr/bin/env bash
# `claimdesk scan` on one text, one core: best and median CPU time (user + sys) of N runs, in MB/s.
# Usage: benches/scan.sh [TEXT] [RUNS] [scan options...]   (build first: cargo build --release)
# Without TEXT, joins the BBC corpus's 2,225 texts by blank lines into a temporary file (5 MB).
set -euo pipefail
text=${1:-}
runs=${2:-7}
shift $(($# > 2 ? 2 : $#))
bin=${CLAIMDESK:-${CARGO_TARGET_DIR:-target}/release/claimdesk}
if [ -z "$text" ]; then
  text=$(mktemp)
  python3 -c 'import json,sys
sys.stdout.write("\n\n".join(json.loads(l)["text"] for l in open(sys.argv[1])))' \
    ../shared/eval/news/bbc_news_2225.jsonl > "$text"
fi
bytes=$(stat -c %s "$text")
times=()
for _ in $(seq "$runs"); do
  cpu=$( { /usr/bin/time -f "%U %S %M" "$bin" scan "$@" "$text" > /dev/null; } 2>&1 | tail -1)
  secs=$(echo "$cpu" | awk '{print $1 + $2}')
  echo "scan $*: $secs s CPU, $(echo "$cpu" | awk '{print $3}') KB peak RSS"
  times+=("$secs")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v b="$bytes" '{t[NR] = $1}
  END {m = t[int((NR + 1) / 2)]
       printf "%d bytes, best %.2f s CPU = %.1f MB/s per core; median %.2f s = %.1f MB/s\n",
              b, t[1], b / t[1] / 1e6, m, b / m / 1e6}'
