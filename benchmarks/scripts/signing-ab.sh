#!/usr/bin/env bash
# Per-item signing CPU (ItemSigner.sign, one thread) of two benchmark jars, alternating in one JVM
# (issue 14, session 7). JAR_A is the baseline (e.g. main's benchmarks.jar), JAR_B defaults to this
# checkout's. The check "same keys and ids" compares a sum over every item's keys and content key.
#   signing-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=8]
source "$(dirname "$0")/common.sh"
a="$1"
b="${2:-}"
if [ -z "$b" ]; then build; b="$JAR"; fi
n="${3:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
machine
d="$WORK/signbench"
mkdir -p "$d/loop"
javac -d "$d/loop" -cp "$b" "$root/benchmarks/scripts/signbench/SignLoop.java"
javac -d "$d" "$root/benchmarks/scripts/signbench/SigningAB.java"
java -Xmx"${HEAP:-4g}" -cp "$d" SigningAB "$a" "$b" "$c" "$n" "${4:-8}"
