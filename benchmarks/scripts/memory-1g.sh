#!/usr/bin/env bash
# Streaming memory: parse a 1 GiB corpus with -Xmx64m (`bulletins check`, which streams items) and
# report the peak heap from the GC log (the largest heap occupancy before any collection).
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-1g.txt --bytes 1g --no-truth)
cli="$root/cli/target/bulletins-cli.jar"
[ -f "$cli" ] || (cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
machine
echo "# file: $c $(stat -c %s "$c") bytes"
log="$WORK/memory-1g-gc.log"
/usr/bin/time -v java -Xmx64m -XX:+ExitOnOutOfMemoryError -Xlog:gc:file="$log" -jar "$cli" check "$c" \
  2> "$WORK/memory-1g-time.txt" | tail -1
echo "exit=${PIPESTATUS[0]}"
grep -E "Maximum resident|Elapsed" "$WORK/memory-1g-time.txt"
# Lines like: [1.234s][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 30M->5M(64M) 1.2ms
grep -oE '[0-9]+M->[0-9]+M\([0-9]+M\)' "$log" | awk -F'[M>(-]+' '
  { if ($1 > peak) peak = $1; if ($3 > cap) cap = $3; n++ }
  END { printf "gc_events=%d peak_heap_before_gc=%dM heap_capacity_max=%dM\n", n, peak, cap }'
