"""Splits a thread-timeline.py timeline by the store's phase log (the run's standard error with
-Dbulletins.store.timings=true and
-Djava.util.logging.SimpleFormatter.format='%1$tT.%1$tL %5$s%n', so that each phase's end has
milliseconds): per phase (summed over files, or per file with --files), each thread group's CPU and
time waiting runnable for a core (main = the ingesting thread, ahead = FilesAhead's helper,
writer = the BackgroundWriters, pool = the common pool, gc, jit), the demand = (CPU + wait of all
threads) / wall and "app" = the same for main, ahead, writer and pool only: how many of the
ingest's threads wanted a core in that phase, which under load the wall cannot tell. The machine's
local time must be UTC (as the phase log's).

  python3 phase-threads.py timeline.txt run.err [--files]
"""
import bisect, collections, re, sys

tl, log = sys.argv[1], sys.argv[2]
per_file = "--files" in sys.argv

# thread samples
samples = collections.defaultdict(list)  # tid -> [(t, cpu, wait)]
names = {}
for line in open(tl):
    p = line.split()
    if len(p) != 5:
        continue
    t, tid, name, cpu, wait = float(p[0]), p[1], p[2], int(p[3]), int(p[4])
    samples[tid].append((t, cpu, wait))
    names[tid] = name
life = {tid: s[-1][0] - s[0][0] for tid, s in samples.items()}


def group(tid):
    n = names[tid]
    if n == "main" or n == "java":
        return "main"
    if n.startswith("bulletins-stor"):
        return "ahead" if life[tid] > 60 else "writer"
    if n.startswith("ForkJoinPool"):
        return "pool"
    if n.startswith("GC_Thread") or n.startswith("G1"):
        return "gc"
    if "CompilerThre" in n or n.startswith("C2_") or n.startswith("C1_"):
        return "jit"
    return "other:" + n


def at(tid, t):
    s = samples[tid]
    ts = [x[0] for x in s]
    i = bisect.bisect_left(ts, t)
    if i == 0:
        return (0, 0) if t < s[0][0] - 0.5 else (s[0][1], s[0][2])
    if i >= len(s):
        return (s[-1][1], s[-1][2])
    (t0, c0, w0), (t1, c1, w1) = s[i - 1], s[i]
    f = (t - t0) / (t1 - t0) if t1 > t0 else 0
    return (c0 + f * (c1 - c0), w0 + f * (w1 - w0))


phases = []  # (file, name, start, end, logged_cpu)
rx = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) store phase (.+?)\s+([\d.]+) s, this thread's cpu\s+([\d.]+) s \(at ([\d.]+) s\)")
t0 = min(s[0][0] for s in samples.values())
base = t0 - (t0 % 86400)  # the machine's local time is UTC
file_no = -1
for line in open(log, errors="replace"):
    m = rx.match(line)
    if not m:
        continue
    h, mi, s, ms, name, wall, cpu, since = m.groups()
    end = base + int(h) * 3600 + int(mi) * 60 + int(s) + int(ms) / 1000
    if name.strip() in ("parse", "wait ahead", "load beside parse") or file_no < 0:
        file_no += 1
    phases.append((file_no, name.strip(), end - float(wall), end, float(cpu)))

groups = sorted({group(t) for t in samples})
order = []
tot = collections.defaultdict(lambda: collections.defaultdict(float))
for f, name, a, b, cpu in phases:
    key = (f, name) if per_file else name
    if key not in tot:
        order.append(key)
    d = tot[key]
    d["wall"] += b - a
    d["n"] += 1
    for tid in samples:
        ca, wa = at(tid, a)
        cb, wb = at(tid, b)
        g = group(tid)
        d["c:" + g] += (cb - ca) / 1e9
        d["w:" + g] += (wb - wa) / 1e9
main_groups = ["main", "ahead", "writer", "pool", "gc", "jit"]
others = [g for g in groups if g not in main_groups]
hdr = "%-22s %7s %6s %6s | " % ("phase", "wall", "demand", "app") + " ".join("%13s" % g for g in main_groups) + " %13s" % "other"
print(hdr)
print("%-22s %7s %6s %6s | " % ("", "", "", "") + " ".join("%13s" % "cpu/wait" for g in main_groups))
T = collections.defaultdict(float)
for key in order:
    d = tot[key]
    demand = sum(v for k, v in d.items() if k[:2] in ("c:", "w:")) / d["wall"] if d["wall"] > 0 else 0
    cols = " ".join("%6.2f/%6.2f" % (d["c:" + g], d["w:" + g]) for g in main_groups)
    oc = sum(d["c:" + g] for g in others)
    ow = sum(d["w:" + g] for g in others)
    label = "%s %s" % key if per_file else key
    app = sum(d["c:" + g] + d["w:" + g] for g in ("main", "ahead", "writer", "pool")) / d["wall"] if d["wall"] > 0 else 0
    print("%-22s %7.2f %6.2f %6.2f | %s %6.2f/%6.2f" % (label[:22], d["wall"], demand, app, cols, oc, ow))
    for k, v in d.items():
        T[k] += v
demand = sum(v for k, v in T.items() if k[:2] in ("c:", "w:")) / T["wall"]
app = sum(T["c:" + g] + T["w:" + g] for g in ("main", "ahead", "writer", "pool")) / T["wall"]
print("%-22s %7.2f %6.2f %6.2f | %s" % ("TOTAL", T["wall"], demand, app, " ".join("%6.2f/%6.2f" % (T["c:" + g], T["w:" + g]) for g in main_groups)))
