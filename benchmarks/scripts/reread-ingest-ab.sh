#!/usr/bin/env bash
# `ingest` of a page read again, under two CLI jars A and B, alternating (A first in odd rounds),
# each run into a fresh copy of STORE: FILE (one of the files STORE holds) with one new item at its
# end, saved beside it under a name that sorts before FILE's ("0-reread-..."), so that each of its
# items that repeats a stored one becomes its content's representative. Each run is `java` with the
# options the launcher gives an ingest of less than 256 MiB of files into a store under 4 GiB (C1
# alone; huge pages from a store of 1.5 GiB on, where the kernel gives them on request; not the
# launcher's class archive). Prints each run's wall and CPU seconds (user + sys), B/A per round and
# the median B/A ratios; with `sqlite3` on the PATH, every run's stories, links, verdicts and items
# must hash as the first run's, or the script stops.
# (session 35: main 17bc00b against 1d3bbb0, the 1M store, FILE=batch-09.txt, 3 rounds: median 0.69x
# the wall and 0.70x the CPU; benchmarks/RESULTS.md, "A page read again under a name that sorts
# first")
#   reread-ingest-ab.sh STORE FILE A.jar B.jar [ROUNDS=3]
# Run it from the directory STORE's files were ingested from, FILE named as it was then (a store
# made by `cd DIR && bulletins ingest --db S batch-*.txt` holds the names `batch-00.txt`...).
if [ $# -lt 4 ]; then
  echo "usage: $0 STORE FILE A.jar B.jar [ROUNDS=3]" >&2
  exit 2
fi
source "$(dirname "$0")/common.sh"
store="$1"; file="$2"; a="$3"; b="$4"; rounds="${5:-3}"
page="$(dirname "$file")/0-reread-$$-$(basename "$file")"
copy="$WORK/reread-$$.db"
trap 'rm -f "$page" "$copy" "$copy-wal" "$copy-shm" "$WORK/reread-$$".{out,err,time,first}' EXIT
cp "$file" "$page"
printf '\n\n3 March, 2024\n\nA page read again, with one new item\n\n%s\n' \
  "This paragraph appears in no file of the store." >> "$page"
opts="-XX:TieredStopAtLevel=1"
if [ "$(stat -c %s "$store")" -ge $((1536 * 1024 * 1024)) ] \
  && grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null; then
  opts="$opts -XX:+UseTransparentHugePages"
fi
machine
echo "# ingest of $page ($(wc -c < "$page") bytes) into copies of $store; A: $a; B: $b"
echo "# java $opts -jar JAR ingest --db COPY $page"
# tables COPY: a hash of the store's stories, links, verdicts and items (empty without sqlite3)
tables() {
  command -v sqlite3 > /dev/null || return 0
  local t
  for t in stories links verdicts items; do
    sqlite3 "$1" "SELECT * FROM $t ORDER BY 1, 2, 3"
  done | sha256sum | cut -c1-12
}
# run JAR: "wall cpu" of one run; fails if the run does, or if its tables are not the first run's
run() {
  local wall user sys hash
  fresh_copy "$store" "$copy" || return 1
  # shellcheck disable=SC2086
  if ! /usr/bin/time -f "%e %U %S" -o "$WORK/reread-$$.time" java $opts -jar "$1" \
    ingest --db "$copy" "$page" > "$WORK/reread-$$.out" 2> "$WORK/reread-$$.err"; then
    echo "run of $1 failed: $(tail -2 "$WORK/reread-$$.err")" >&2
    return 1
  fi
  read -r wall user sys < "$WORK/reread-$$.time"
  hash=$(tables "$copy")
  same_as_first "$WORK/reread-$$.first" "$hash" "the store's tables after $1" || return 1
  echo "$wall $(echo "$user + $sys" | bc)"
}
walls=() cpus=()
for r in $(seq "$rounds"); do
  ab_pair "$r" "$a" "$b" || exit 1
  read -r aw ac <<< "$ra"
  read -r bw bc <<< "$rb"
  walls+=("$(echo "scale=3; $bw / $aw" | bc)")
  cpus+=("$(echo "scale=3; $bc / $ac" | bc)")
  echo "round $r: A wall $aw cpu $ac | B wall $bw cpu $bc | B/A wall ${walls[-1]} cpu ${cpus[-1]}"
done
echo "median B/A: wall $(printf '%s\n' "${walls[@]}" | median_of)," \
  "cpu $(printf '%s\n' "${cpus[@]}" | median_of)"
echo "# the stores' tables after every run: $(cat "$WORK/reread-$$.first") (blank: no sqlite3, not compared)"
