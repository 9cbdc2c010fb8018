#!/usr/bin/env bash
# What the signature test per candidate pair costs: the gate (mayBeSame) vs the rules on full
# intersections (mayBeSameByRules), one thread, thread CPU time, alternating rounds (issue 14).
# Usage: BULLETINS_BENCH_DIR=/tmp/bench-s8-14a benchmarks/scripts/gate-cost.sh [ITEMS] [ROUNDS]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build
n="${1:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
machine
java -Xmx4g -cp "$JAR" org.bulletins.benchmarks.GateCost "$c" "$n" "${2:-7}"
