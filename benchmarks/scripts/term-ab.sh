#!/usr/bin/env bash
# Per-item term extraction CPU (TermExtractor.extract of title and body, one thread) of two
# benchmark jars, alternating in one JVM (issue 14, session 15): SigningAB with TermLoop. JAR_A is
# the baseline (e.g. main's benchmarks.jar), JAR_B defaults to this checkout's. "same terms"
# compares a sum over every item's terms, occurrences (with contexts) and expansions.
#   term-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=8]
source "$(dirname "$0")/common.sh"
a="$1"
b="${2:-}"
if [ -z "$b" ]; then build; b="$JAR"; fi
n="${3:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
machine
d="$WORK/termab"
mkdir -p "$d/loop"
javac -d "$d/loop" -cp "$b" "$root/benchmarks/scripts/signbench/TermLoop.java"
javac -d "$d" "$root/benchmarks/scripts/signbench/SigningAB.java"
java -Xmx"${HEAP:-4g}" -cp "$d" SigningAB "$a" "$b" "$c" "$n" "${4:-8}" TermLoop "same terms"
