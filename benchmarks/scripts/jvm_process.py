"""Finds the Java process of a benchmark run for the samplers beside it (thread-sched.py,
thread-timeline.py): the newest JVM (its program named java, by any path) whose command line holds
PATTERN, waited for until it starts."""
import glob
import os
import time


def find_java(pattern, tries, pause):
    """The pid (a string) of the newest java process whose command line contains pattern, or None
    after tries looks pause seconds apart."""
    for _ in range(tries):
        found = []
        for path in glob.glob("/proc/[0-9]*/cmdline"):
            try:
                args = open(path, "rb").read().split(b"\0")
            except OSError:
                continue
            line = b" ".join(args).decode(errors="replace")
            if args and os.path.basename(args[0]) == b"java" and pattern in line:
                found.append(int(path.split("/")[2]))
        if found:
            return str(max(found))
        time.sleep(pause)
    return None
