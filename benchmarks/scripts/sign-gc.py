"""GC pauses inside the sign stage of `bulletins dedup` runs (issue 14, session 16): for each TAG,
reads TAG.err (the stage log of -Dbulletins.dedup.timings=true, with the CLI's command phases) and
TAG.gc.log (-Xlog:gc*:file=TAG.gc.log) and prints the pauses' count and summed real, user and sys
seconds between the sign stage's start and end (JVM uptime).

  python3 sign-gc.py TAG...
"""
import re
import sys

for tag in sys.argv[1:]:
    err=open(tag+'.err').read()
    sign=float(re.search(r'dedup stage sign +([\d.]+) s',err).group(1))
    last=max(float(x) for x in re.findall(r'dedup stage [a-z+-]+ +[\d.]+ s \(at ([\d.]+) s\)',err))
    rd=float(re.search(r'read\+dedup +[\d.]+ s \(at ([\d.]+) s',err).group(1))
    end=rd-(last-sign); start=end-sign
    n=0;u=s=r=0
    for m in re.finditer(r'\[([\d.]+)s\]\[info\]\[gc,cpu\s*\] GC\(\d+\) User=([\d.]+)s Sys=([\d.]+)s Real=([\d.]+)s',open(tag+'.gc.log').read()):
        t=float(m.group(1))
        if start<=t<=end: n+=1;u+=float(m.group(2));s+=float(m.group(3));r+=float(m.group(4))
    print(f"{tag}: sign {start:.1f}-{end:.1f}s ({sign:.2f} s): {n} pauses, real {r:.2f} s, user {u:.2f} s, sys {s:.2f} s")
