#!/usr/bin/env bash
# The blocks and pairs alone (CandidatePairs.of and every chunk of its pairs, the keys signed once
# per jar) of two benchmark jars, alternating in one JVM on the first N items of the 1M corpus
# (issue 14, session 15): JAR_A is the baseline, JAR_B defaults to this checkout's. Read the CPU
# ratio B/A of the medians (the main thread's, which runs the passes over the keys).
#   blocks-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=10]
source "$(dirname "$0")/common.sh"
a="$1"
b="${2:-}"
if [ -z "$b" ]; then build; b="$JAR"; fi
n="${3:-100000}"
c=$(corpus corpus-1m.txt --items 1000000)
machine
d="$WORK/blockbench"
mkdir -p "$d/loop"
javac -d "$d/loop" -cp "$b" "$root/benchmarks/scripts/blockbench/BlocksLoop.java"
# The harness of signing-ab.sh, with the blocks' loop in place of signing's.
javac -d "$d" "$root/benchmarks/scripts/signbench/SigningAB.java"
java -Xmx"${HEAP:-4g}" -cp "$d" SigningAB "$a" "$b" "$c" "$n" "${4:-10}" BlocksLoop "same pairs"
