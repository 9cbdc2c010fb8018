"""Per-thread CPU time and time spent runnable but waiting for a core, of one Java process: tells a
wall that grew from a thread's waits (locks, I/O, other threads) from one that grew because the
scheduler gave the process less of a loaded machine. Start it beside the run; it finds the process
by a string of its command line, samples /proc/PID/task/*/schedstat every 2 s until the process
ends, and writes the sums by thread name (the pools' and GC's threads together).

  python3 thread-sched.py run-dir-of-this-run sched.txt &
  java ... StoreIngest ... run-dir-of-this-run ...

A thread's wall = cpu + runnable-waiting + blocked; for the main thread the wall is the process's.
"""
import glob
import os
import sys
import time

from jvm_process import find_java

pattern, out = sys.argv[1], sys.argv[2]
pid = find_java(pattern, 600, 1)
if pid is None:
    sys.exit("no java process with %r in its command line" % pattern)
last = {}
start = time.time()
while os.path.exists("/proc/%s" % pid):
    for task in glob.glob("/proc/%s/task/*" % pid):
        try:
            name = open(task + "/comm").read().strip()
            fields = open(task + "/schedstat").read().split()
            last[task.rsplit("/", 1)[1]] = (name, int(fields[0]), int(fields[1]))
        except OSError:
            pass  # the thread ended between the listing and the read
    time.sleep(2)
wall = time.time() - start
sums = {}
for name, cpu, waiting in last.values():
    if name.startswith("ForkJoinPool"):
        name = "ForkJoinPool"
    elif name.startswith("GC Thread") or name.startswith("G1"):
        name = "GC"
    entry = sums.setdefault(name, [0, 0, 0])
    entry[0] += cpu
    entry[1] += waiting
    entry[2] += 1
with open(out, "w") as f:
    f.write("wall %.1f s\n" % wall)
    for name, (cpu, waiting, n) in sorted(sums.items(), key=lambda e: -e[1][0]):
        f.write("%-28s n=%3d cpu %8.2f s runnable-waiting %8.2f s\n" % (name, n, cpu / 1e9, waiting / 1e9))
