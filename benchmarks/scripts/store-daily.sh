#!/usr/bin/env bash
# A daily file into a grown store (StoreDaily.java): BulletinStore.open of a copy of a store, then
# the ingest of one file into it (loading the in-memory index, deduplicating the file against it,
# committing), its wall and process CPU time, one new JVM per run; ROUNDS rounds (default 3)
# alternating two builds, each on a fresh copy of its own store, so that the load is fair to both.
#   store-daily.sh BEFORE_JAR BEFORE_STORE AFTER_JAR AFTER_STORE [FILE]
# The jars are benchmarks.jar builds; the stores are made by the same builds (e.g. 3 of the 1M
# corpus's 10 batch files that store-ingest.sh leaves in $BULLETINS_BENCH_DIR/store-1000000, for a
# 300k store). FILE defaults to a 10k file of CorpusGenerator --seed 2 (other stories than seed 1's),
# generated once into $BULLETINS_BENCH_DIR.
source "$(dirname "$0")/common.sh"
before_jar="$1"; before_db="$2"; after_jar="$3"; after_db="$4"
file="${5:-$WORK/daily-10000-seed2.txt}"
if [ ! -f "$file" ]; then
  (cd "$root" && java -cp "$before_jar" org.bulletins.benchmarks.CorpusGenerator --seed 2 \
    --items 10000 --no-truth --out "$file")
fi
opts="${BULLETINS_JAVA_OPTS:--Xmx6g}"
machine
echo "# before: $before_jar $before_db; after: $after_jar $after_db; file: $file; JVM options: $opts"
copy="$WORK/store-daily-copy.db"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for side in before after; do
    if [ "$side" = before ]; then jar="$before_jar"; db="$before_db"; else jar="$after_jar"; db="$after_db"; fi
    fresh_copy "$db" "$copy"
    # shellcheck disable=SC2086
    java $opts -cp "$jar" "$root/benchmarks/scripts/StoreDaily.java" "$copy" "$file" \
      "round $round $side" | sed "s/\$/ load=$(cut -d' ' -f1 /proc/loadavg)/"
  done
done
rm -f "$copy" "$copy-wal" "$copy-shm"
