#!/usr/bin/env bash
# What the cross-language rule (issue 17) costs: deduplicate the first N items (default 100000) of
# the generated corpus with the rule off and on, alternating in one JVM, RUNS times each (default
# 3), with BULLETINS_JAVA_OPTS (default -Xmx4g); prints each time, the medians and their ratio.
#   BULLETINS_BENCH_DIR=/tmp/bench-x benchmarks/scripts/dedup-crosslang.sh 100000
source "$(dirname "$0")/common.sh"
build
n="${1:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
machine
opts="${BULLETINS_JAVA_OPTS:--Xmx4g}"
echo "# file: $c, $n items, JVM options: $opts"
# shellcheck disable=SC2086
java $opts -cp "$JAR" org.bulletins.benchmarks.CrossLanguageCost "$c" "$n" "${RUNS:-3}"
