"""Samples of `jfr print --events jdk.ExecutionSample --stack-depth 64 REC.jfr` within a time window
(HH:MM:SS.mmm, the events' startTime): per thread, the top frames (self) and the frames on most
stacks (inclusive). Used to split a whole-process profile by stage (issue 14, session 16).

  python3 jfr-window.py samples.txt FROM TO [N]
"""
import collections
import re
import sys

text=open(sys.argv[1],encoding='utf-8',errors='replace').read()
a,b=sys.argv[2],sys.argv[3]; N=int(sys.argv[4]) if len(sys.argv)>4 else 30
threads=collections.Counter(); top=collections.Counter(); inc=collections.Counter(); n=0
for s in text.split("jdk.ExecutionSample {")[1:]:
    t=re.search(r'startTime = ([\d:.]+)',s).group(1)
    if not (a<=t<=b): continue
    th=re.search(r'sampledThread = "([^"]*)"',s).group(1)
    frames=re.findall(r"^\s+([\w.$<>]+)\(",s,re.M)
    if not frames: continue
    th=re.sub(r'\d+$','#',th)
    threads[th]+=1; n+=1
    top[frames[0]]+=1
    for f in set(frames): inc[f]+=1
print("samples",n); print(threads.most_common(8))
print("-- self")
for f,c in top.most_common(N): print(f"{100*c/n:5.1f}% {f}")
print("-- inclusive")
for f,c in inc.most_common(N+20): print(f"{100*c/n:5.1f}% {f}")
