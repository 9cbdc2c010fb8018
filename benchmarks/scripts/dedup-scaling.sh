#!/usr/bin/env bash
# Dedup items/s at 10k, 100k and 1M items (prefixes of one 1M-item corpus), one JVM per size, with
# pair recall/precision against the generator's truth and the heap peak. Sizes and heap can be
# given: dedup-scaling.sh "10000 100000" 18g (1M items peak near 15 GiB)
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-1m.txt --items 1000000)
machine
for n in ${1:-10000 100000 1000000}; do
  timeout "${TIMEOUT:-1800}" java -Xmx"${2:-18g}" -cp "$JAR" org.bulletins.benchmarks.DedupScale "$c" "$n" 1 \
    || echo "items=$n did not finish (exit $?)"
done
