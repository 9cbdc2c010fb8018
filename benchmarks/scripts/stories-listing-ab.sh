#!/usr/bin/env bash
# stories-listing-ab.sh LOG ROUNDS HEAP FORMAT A.jar B.jar DB
# `stories --db DB --format FORMAT` (every story) with two CLI jars, alternating (A first in odd
# rounds), -XmxHEAP: wall, user and system CPU seconds and peak RSS (KiB) by /usr/bin/time, the
# output's SHA-256 (the two jars must agree), appended to LOG. Session 33 compared the listing that
# held every story (main 7c7cf89) with the streamed one:
#   benchmarks/scripts/stories-listing-ab.sh /tmp/ab.log 4 2g jsonl main.jar new.jar /tmp/bench13/cli.db
set -u
log=$1; rounds=$2; heap=$3; fmt=$4; A=$5; B=$6; db=$7
out=$(mktemp); err=$(mktemp); times=$(mktemp)
trap 'rm -f "$out" "$err" "$times"' EXIT
for r in $(seq $rounds); do
  if (( r % 2 )); then order="A B"; else order="B A"; fi
  for w in $order; do
    jar=$A; [ $w = B ] && jar=$B
    /usr/bin/time -f "%e %U %S %M" -o "$times" java -Xmx"$heap" -jar "$jar" stories --db "$db" --format "$fmt" > "$out" 2> "$err"; rc=$?
    h=$(sha256sum "$out" | cut -c1-12)
    echo "$(date -u +%H:%M:%S) round $r $w heap $heap fmt $fmt rc=$rc wall/user/sys/rssKB $(tail -1 "$times") sha $h load $(cut -d' ' -f1 /proc/loadavg) $(tail -c 150 "$err" | tr '\n' ' ')" | tee -a "$log"
  done
done
