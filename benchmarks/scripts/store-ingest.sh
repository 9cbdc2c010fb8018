#!/usr/bin/env bash
# The story store: ingest of N generated items (default 100000) in BATCHES files (default 10) by
# one open store, against parse + one batch deduplicate of the same files, in one JVM, RUNS rounds
# alternating (default 1); with REOPEN=1 also each file by a store opened for it alone (daily runs).
# Then database bytes per item and the median of 5 date-range and full-text queries.
#   store-ingest.sh 100000      REOPEN=1 RUNS=2 store-ingest.sh 100000      store-ingest.sh 1000000
#   REOPEN_ONLY=1 PER_FILE=1 LIST_ALL_RUNS=1 BULLETINS_JAVA_OPTS=-Xmx6g store-ingest.sh 1000000
source "$(dirname "$0")/common.sh"
build
n="${1:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
machine
opts="${BULLETINS_JAVA_OPTS:--Xmx6g}"
echo "# corpus: $c, $n items, ${BATCHES:-10} batches, JVM options: $opts"
extra=()
[ "${REOPEN:-0}" = 1 ] && extra+=(--reopen)
# REOPEN_ONLY=1: only the daily-runs variant; PER_FILE=1: each file's time; LIST_ALL_RUNS=K
[ "${REOPEN_ONLY:-0}" = 1 ] && extra+=(--reopen-only)
[ "${PER_FILE:-0}" = 1 ] && extra+=(--per-file)
# HEAP=1: after each file, a full GC and the heap in use (the open store's index), outside the times
[ "${HEAP:-0}" = 1 ] && extra+=(--heap)
[ -n "${LIST_ALL_RUNS:-}" ] && extra+=(--list-all-runs "$LIST_ALL_RUNS")
# shellcheck disable=SC2086
java $opts -cp "$JAR" org.bulletins.benchmarks.StoreIngest "$c" "$n" "$WORK/store-$n" \
  --batches "${BATCHES:-10}" --runs "${RUNS:-1}" "${extra[@]}"
