#!/usr/bin/env python3
"""`claimdesk scan` CPU time (user + sys) of two or more binaries, run alternately one at a time
so that they share the machine's load, timed by getrusage (microseconds; /usr/bin/time in
scan.sh rounds to 10 ms). Usage: benches/scan_ab.py RUNS TEXT BIN...  (USER_ONLY=1: user time)
"""
import os
import statistics
import sys

runs, text, bins = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
size = os.path.getsize(text)
times = {b: [] for b in bins}
for _ in range(runs):
    for b in bins:
        out = os.open("/dev/null", os.O_WRONLY)
        pid = os.fork()
        if pid == 0:
            os.dup2(out, 1)
            os.execv(b, [b, "scan", text])
        _, _, ru = os.wait4(pid, 0)
        os.close(out)
        times[b].append(ru.ru_utime + (0 if os.environ.get("USER_ONLY") else ru.ru_stime))
for b, t in times.items():
    best, median = min(t), statistics.median(t)
    print(f"{b}: best {best:.3f} s = {size / best / 1e6:.1f} MB/s, "
          f"median {median:.3f} s = {size / median / 1e6:.1f} MB/s ({runs} runs)")
print("load average", " ".join(open("/proc/loadavg").read().split()[:3]))
