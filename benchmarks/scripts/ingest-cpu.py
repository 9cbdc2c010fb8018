"""Process CPU of a StoreIngest run (one open store, phase log on as for phase-threads.py) in its
batch and ingest windows, from a thread-timeline.py timeline: the ingest from its first phase's
start to its last phase's end, the batch the batch=...s before it (read from the run's standard
output); then each window's CPU by thread group. Under heavy load the two walls go as the two CPUs,
so their ratio is the ratio a machine with no idle core would give (issue 18, session 24).

  python3 ingest-cpu.py timeline.txt run.err run.out
"""
import re, sys, collections, bisect
tl, err, out = sys.argv[1:4]
samples = collections.defaultdict(list)
for line in open(tl):
    p = line.split()
    if len(p) == 5:
        samples[p[1]].append((float(p[0]), int(p[3]), int(p[4])))
def total(t, k):
    s = 0
    for v in samples.values():
        ts = [x[0] for x in v]
        i = bisect.bisect_right(ts, t) - 1
        if i >= 0:
            s += v[i][k]
    return s / 1e9
t0 = min(v[0][0] for v in samples.values()); base = t0 - (t0 % 86400)
rx = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) store phase (.+?)\s+([\d.]+) s")
ends = []
for line in open(err, errors="replace"):
    m = rx.match(line)
    if m:
        h, mi, s, ms, name, wall = m.groups()
        e = base + int(h) * 3600 + int(mi) * 60 + int(s) + int(ms) / 1000
        ends.append((e - float(wall), e))
o = open(out).read()
batch = float(re.search(r"batch=([\d.]+)s", o).group(1))
ingest = float(re.search(r"ingest=([\d.]+)s", o).group(1))
a, b = ends[0][0], ends[-1][1]
ba = a - batch - 0.3
for name, x, y in (("batch", ba, a), ("ingest", a, b)):
    c = total(y, 1) - total(x, 1); w = total(y, 2) - total(x, 2)
    print("%-6s wall %7.2f cpu %7.2f runq-wait %7.2f  cores used %.2f" % (name, y - x, c, w, c / (y - x)))
print("batch=%.2f ingest=%.2f wall ratio %.3f" % (batch, ingest, ingest / batch))
names = {}
for line in open(tl):
    p = line.split()
    if len(p) == 5:
        names[p[1]] = p[2]
def grp(n):
    if n.startswith("GC_Thread") or n.startswith("G1"): return "gc"
    if "CompilerThre" in n: return "jit"
    if n.startswith("ForkJoinPool"): return "pool"
    if n.startswith("bulletins-stor"): return "store-threads"
    return n
def by(t):
    d = collections.Counter()
    for tid, v in samples.items():
        ts = [x[0] for x in v]
        i = bisect.bisect_right(ts, t) - 1
        if i >= 0:
            d[grp(names[tid])] += v[i][1] / 1e9
    return d
for name, x, y in (("batch", ba, a), ("ingest", a, b)):
    d = by(y); d.subtract(by(x))
    print(name, ", ".join("%s %.1f" % (k, v) for k, v in d.most_common(8)))
