#!/usr/bin/env bash
# What the dedup engine's language guess per item costs, scan vs the tokenising path (issue 14).
# Usage: BULLETINS_BENCH_DIR=/tmp/bench-s6-14 benchmarks/scripts/language-guess-cost.sh [ITEMS] [ROUNDS]
source "$(dirname "${BASH_SOURCE[0]}")/common.sh"
build
n="${1:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
machine
java -Xmx2g -cp "$JAR" org.bulletins.benchmarks.LanguageGuessCost "$c" "$n" "${2:-10}"
