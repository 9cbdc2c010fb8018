"""Every PERIOD seconds (default 0.2), each thread's /proc schedstat (CPU ns, ns waiting runnable for
a core) of the java process whose command line contains PATTERN, until it ends: a timeline that
phase-threads.py splits by the store's phase log and ingest-cpu.py by a StoreIngest run's windows
(issue 18, session 24). Start it beside the run; lines: epoch_s tid name cpu_ns wait_ns.

  python3 thread-timeline.py RUN-DIR-OR-DB-PATH timeline.txt [PERIOD] &
"""
import glob, os, sys, time

from jvm_process import find_java

pattern, out = sys.argv[1], sys.argv[2]
period = float(sys.argv[3]) if len(sys.argv) > 3 else 0.2
pid = find_java(pattern, 3000, 0.2)
if pid is None:
    sys.exit("no process")
with open(out, "w") as f:
    while os.path.exists("/proc/%s" % pid):
        now = time.time()
        rows = []
        for task in glob.glob("/proc/%s/task/*" % pid):
            try:
                name = open(task + "/comm").read().strip().replace(" ", "_")
                a = open(task + "/schedstat").read().split()
                rows.append("%.3f %s %s %s %s" % (now, task.rsplit("/", 1)[1], name, a[0], a[1]))
            except OSError:
                pass
        f.write("\n".join(rows) + "\n")
        time.sleep(period)
