#!/usr/bin/env bash
# The whole engine (DedupEngine.deduplicate, as PeerDedup runs it) of two benchmark jars,
# alternating in one JVM on the first N items of the 1M corpus (issue 14, session 13): JAR_A is
# the baseline, JAR_B defaults to this checkout's. Read the wall ratio B/A of the medians.
#   engine-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=6]
source "$(dirname "$0")/common.sh"
a="$1"
b="${2:-}"
if [ -z "$b" ]; then build; b="$JAR"; fi
n="${3:-100000}"
c=$(corpus corpus-1m.txt --items 1000000)
machine
d="$WORK/enginebench"
mkdir -p "$d/loop"
javac -d "$d/loop" -cp "$b" "$root/benchmarks/scripts/enginebench/EngineLoop.java"
# The harness of signing-ab.sh, with the whole engine's loop in place of signing's.
javac -d "$d" "$root/benchmarks/scripts/signbench/SigningAB.java"
java -Xmx"${HEAP:-4g}" -cp "$d" SigningAB "$a" "$b" "$c" "$n" "${4:-6}" EngineLoop "same story counts"
