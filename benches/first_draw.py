#!/usr/bin/env python3
"""Time from starting `claimdesk review` in a pseudo-terminal to its first claim screen.

Usage: benches/first_draw.py DB [RUNS] [ORDER]   (CLAIMDESK=path/to/claimdesk to override)
Prints one line per run with the milliseconds until the key legend appears, then quits the
review with `q` (no verdict is written; the lease is released).
"""
import os
import pty
import select
import sys
import time

LEGEND = b"[q] quit"


def first_draw(binary, db, order):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.environ["NO_COLOR"] = "1"
        os.environ["CLAIMDESK_REVIEWER"] = "bench"
        os.execv(binary, [binary, "--db", db, "review", "--order", order])
    seen = b""
    while LEGEND not in seen:
        ready, _, _ = select.select([fd], [], [], 30)
        if not ready:
            raise SystemExit("no review screen within 30 s")
        seen += os.read(fd, 65536)
    elapsed = (time.perf_counter() - start) * 1000
    os.write(fd, b"q")
    try:
        while os.read(fd, 65536):
            pass
    except OSError:
        pass
    os.waitpid(pid, 0)
    return elapsed


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    db = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    order = sys.argv[3] if len(sys.argv) > 3 else "text"
    target = os.environ.get("CARGO_TARGET_DIR", "target")
    binary = os.environ.get("CLAIMDESK", f"{target}/release/claimdesk")
    for run in range(runs):
        print(f"review --order {order}: first claim on screen after {first_draw(binary, db, order):.1f} ms "
              "(whole process: start, open, migrate check, lease, render)")


if __name__ == "__main__":
    main()
