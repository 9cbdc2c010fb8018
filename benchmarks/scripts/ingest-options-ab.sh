#!/usr/bin/env bash
# The CLI's ingest of N generated items (default 1000000) in ten files into a new store, through
# the launcher, with its own JVM options (A) and with OPTIONS added by BULLETINS_JAVA_OPTS (B),
# alternating (A first in odd rounds, B first in even ones), ROUNDS rounds (default 4). The files
# are StoreIngest's (`batch-00.txt`...), written once under $WORK/ingest-N. Prints each run's wall
# and CPU seconds (user + sys) and its peak resident memory, the B/A ratios per round and their
# medians; every run's stories must hash as the first run's (with sqlite3 on the PATH), or the
# script stops.
#   ingest-options-ab.sh "-XX:+UseParallelGC" 1000000 4
# An option that names a collector also drops the launcher's collector options (see ./bulletins).
if [ $# -lt 1 ]; then
  echo "usage: $0 'B OPTIONS' [N=1000000] [ROUNDS=4]" >&2
  exit 2
fi
source "$(dirname "$0")/common.sh"
build
b="$1"; n="${2:-1000000}"; rounds="${3:-4}"
c=$(corpus "corpus-$n.txt" --items "$n")
dir="$WORK/ingest-$n"
if [ ! -f "$dir/batch-09.txt" ]; then
  java -Xmx8g -cp "$JAR" org.bulletins.benchmarks.StoreIngest "$c" "$n" "$dir" --files-only
fi
db="$WORK/ingest-ab-$$.db"
trap 'rm -f "$WORK/run-$$.jar" "$db" "$db-wal" "$db-shm" "$WORK/ingest-ab-$$".{err,time,first}' EXIT
"$root/bulletins" --version > /dev/null # rebuilds the launcher's jar if needed, outside the times
machine
echo "# ingest --db NEW ${dir}/batch-0{0..9}.txt ($n items) through the launcher; A: its options; B: + $b"
# stories: a hash of the store's stories and their members (empty without sqlite3)
stories() {
  command -v sqlite3 > /dev/null || return 0
  sqlite3 "$db" "SELECT s.story_id, i.content_id FROM items i JOIN stories s ON s.seq = i.story_seq
    ORDER BY s.story_id, i.content_id" | sha256sum | cut -c1-12
}
# run OPTIONS: one ingest into a new store; prints "wall cpu rss-GB", or fails.
run() {
  local wall user sys rss hash
  rm -f "$db" "$db-wal" "$db-shm"
  cat "$dir"/batch-*.txt > /dev/null
  if ! BULLETINS_JAVA_OPTS="$1" /usr/bin/time -f "%e %U %S %M" -o "$WORK/ingest-ab-$$.time" \
    "$root/bulletins" ingest --db "$db" "$dir"/batch-*.txt > /dev/null 2> "$WORK/ingest-ab-$$.err"; then
    echo "ingest with '$1' failed: $(tail -3 "$WORK/ingest-ab-$$.err")" >&2
    return 1
  fi
  read -r wall user sys rss < <(tail -1 "$WORK/ingest-ab-$$.time")
  hash=$(stories)
  if [ -n "$hash" ]; then
    same_as_first "$WORK/ingest-ab-$$.first" "$hash" "the stories of the ingest with '$1'" || return 1
  fi
  echo "$wall $(echo "$user + $sys" | bc) $(echo "scale=2; $rss / 1048576" | bc)"
}
walls=(); cpus=(); rsss=()
for r in $(seq "$rounds"); do
  ab_pair "$r" "" "$b" || exit 1
  read -r wa ca ma <<< "$ra"; read -r wb cb mb <<< "$rb"
  walls+=("$(echo "scale=3; $wb / $wa" | bc)"); cpus+=("$(echo "scale=3; $cb / $ca" | bc)")
  rsss+=("$(echo "scale=3; $mb / $ma" | bc)")
  echo "round $r: A wall $wa s, CPU $ca s, $ma GB; B wall $wb s, CPU $cb s, $mb GB;" \
    "B/A wall ${walls[-1]}, CPU ${cpus[-1]}, resident ${rsss[-1]}"
done
echo "median B/A wall $(printf '%s\n' "${walls[@]}" | median_of), CPU $(printf '%s\n' "${cpus[@]}" | median_of), resident $(printf '%s\n' "${rsss[@]}" | median_of)"
[ -f "$WORK/ingest-ab-$$.first" ] && echo "# stories $(cat "$WORK/ingest-ab-$$.first") in every run"
