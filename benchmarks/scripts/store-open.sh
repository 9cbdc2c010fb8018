#!/usr/bin/env bash
# Opening a grown store, alone (StoreOpen.java): BulletinStore.open + loading the in-memory index
# (the ingest of one empty file), its wall time and the heap in use after a full GC with the store
# open, one new JVM per open; ROUNDS rounds (default 3) alternating two builds, each on a fresh
# copy of its own store, so that the load is fair to both.
#   store-open.sh BEFORE_JAR BEFORE_STORE AFTER_JAR AFTER_STORE
# The jars are benchmarks.jar builds (e.g. main's in an exported tree, and this one); the stores are
# made by the same builds, e.g. the store.db that store-ingest.sh leaves in $BULLETINS_BENCH_DIR.
source "$(dirname "$0")/common.sh"
before_jar="$1"; before_db="$2"; after_jar="$3"; after_db="$4"
opts="${BULLETINS_JAVA_OPTS:--Xmx6g}"
machine
echo "# before: $before_jar $before_db; after: $after_jar $after_db; JVM options: $opts"
copy="$WORK/store-open-copy.db"
for round in $(seq 1 "${ROUNDS:-3}"); do
  for side in before after; do
    if [ "$side" = before ]; then jar="$before_jar"; db="$before_db"; else jar="$after_jar"; db="$after_db"; fi
    fresh_copy "$db" "$copy"
    # shellcheck disable=SC2086
    java $opts -cp "$jar" "$root/benchmarks/scripts/StoreOpen.java" "$copy" "round $round $side" \
      | sed "s/\$/ load=$(cut -d' ' -f1 /proc/loadavg)/"
  done
done
rm -f "$copy" "$copy-wal" "$copy-shm"
