#!/usr/bin/env bash
# What `parse --facts` costs next to `parse`, on the seeds held in memory (issue 17).
# Usage: BULLETINS_BENCH_DIR=/tmp/bench-issue-17 benchmarks/scripts/facts-cost.sh [ROUNDS]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build
machine
(cd "$root" && java -Xmx1g -cp "$JAR" org.bulletins.benchmarks.FactsCost seeds "${1:-30}")
