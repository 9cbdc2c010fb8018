"""Aggregates `jfr print --events jdk.ExecutionSample REC.jfr` output: samples per thread, the top
frames (self) and the frames on most stacks (inclusive), optionally for one thread only.

  jfr print --events jdk.ExecutionSample rec.jfr > samples.txt
  python3 jfr-top.py samples.txt [SELF_N] [INCLUSIVE_N] [THREAD]
"""
import collections
import re
import sys

# Stack frames may hold bytes of the profiled program's strings: never fail on them.
text = open(sys.argv[1], encoding="utf-8", errors="replace").read()
self_n = int(sys.argv[2]) if len(sys.argv) > 2 else 15
inclusive_n = int(sys.argv[3]) if len(sys.argv) > 3 else 30
only_thread = sys.argv[4] if len(sys.argv) > 4 else None

top = collections.Counter()
inclusive = collections.Counter()
threads = collections.Counter()
for sample in text.split("jdk.ExecutionSample")[1:]:
    frames = re.findall(r"^\s+([\w.$<>]+)\(", sample, re.M)
    if not frames:
        continue
    thread = re.search(r'sampledThread = "([^"]*)"', sample)
    thread = thread.group(1) if thread else "?"
    threads[thread] += 1
    if only_thread is not None and thread != only_thread:
        continue
    top[frames[0]] += 1
    for frame in set(frames):
        inclusive[frame] += 1

n = sum(top.values())
print("samples", n, "of", sum(threads.values()), "" if only_thread is None else "on " + only_thread)
print("-- threads")
for thread, count in threads.most_common(10):
    print(f"{count:7d} {thread}")
print("-- self")
for frame, count in top.most_common(self_n):
    print(f"{100 * count / max(n, 1):5.1f}% {frame}")
print("-- inclusive")
for frame, count in inclusive.most_common(inclusive_n):
    print(f"{100 * count / max(n, 1):5.1f}% {frame}")
