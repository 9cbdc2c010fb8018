import sys,re,collections
# aggregate jfr print --events jdk.ExecutionSample output: top frame and top-N "self+callers" 
txt=open(sys.argv[1]).read()
samples=txt.split('jdk.ExecutionSample')
top=collections.Counter(); incl=collections.Counter()
for s in samples[1:]:
    frames=re.findall(r'^\s+([\w.$<>]+)\(', s, re.M)
    if not frames: continue
    top[frames[0]]+=1
    for f in set(frames): incl[f]+=1
n=sum(top.values())
print("samples",n)
print("-- self")
for f,c in top.most_common(int(sys.argv[2]) if len(sys.argv)>2 else 15): print(f"{100*c/n:5.1f}% {f}")
print("-- inclusive")
for f,c in incl.most_common(int(sys.argv[3]) if len(sys.argv)>3 else 30): print(f"{100*c/n:5.1f}% {f}")
