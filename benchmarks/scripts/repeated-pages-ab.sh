#!/usr/bin/env bash
# Whole-process `dedup` of pages read again, under two CLI jars A and B, alternating (A first in odd
# rounds): one generated file of N items (default 100000) read COPIES times (default 3) as that many
# files, so that all but the first reading are verbatim repeats. Each run is `java -Xmx4g` with the
# launcher's options for `dedup` of a large file (common.sh's launcher_dedup_opts: C2 alone, the
# late marking, the heap's sizes; huge pages only where the kernel gives them on request), output
# to a file. Prints each run's wall and CPU seconds (user + sys), B/A per round,
# and the median B/A ratios; every output must have the first run's SHA-256, or the script stops.
#   repeated-pages-ab.sh A.jar B.jar [ROUNDS=4] [N=100000] [COPIES=3]
# (session 34 measured main against b20f3f2 this way with a session script and the options of
# then, 4 rounds: B/A median 0.74 of the wall and 0.73 of the CPU; benchmarks/RESULTS.md,
# "Repeated items signed once")
if [ $# -lt 2 ]; then
  echo "usage: $0 A.jar B.jar [ROUNDS=4] [N=100000] [COPIES=3]" >&2
  exit 2
fi
source "$(dirname "$0")/common.sh"
a="$1"; b="$2"; rounds="${3:-4}"; n="${4:-100000}"; copies="${5:-3}"
if [ "$copies" -lt 1 ]; then
  echo "COPIES must be 1 or more" >&2
  exit 2
fi
[ -f "$JAR" ] || build
trap 'rm -f "$WORK/run-$$.jar" "$WORK"/page-$$-*.txt "$WORK/ab-$$".*' EXIT
c=$(corpus "corpus-$n.txt" --items "$n")
files=()
for k in $(seq "$copies"); do
  cp "$c" "$WORK/page-$$-$k.txt"
  files+=("$WORK/page-$$-$k.txt")
done
launcher_dedup_opts
opts="-Xmx4g ${dedup_opts[*]}"
# huge pages only where the launcher asks for them: a kernel whose mode is "madvise"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
  || opts="${opts/ -XX:+UseTransparentHugePages/}"
machine
echo "# $n items read $copies times; A: $a; B: $b"
echo "# java $opts -jar JAR dedup FILES"
# run JAR: "wall cpu" of one run; fails if the run does, or if its output is not the first one's
run() {
  local wall user sys hash
  # shellcheck disable=SC2086
  if ! /usr/bin/time -f "%e %U %S" -o "$WORK/ab-$$.time" java $opts -jar "$1" dedup "${files[@]}" \
    > "$WORK/ab-$$.out" 2> "$WORK/ab-$$.err"; then
    echo "run of $1 failed: $(tail -3 "$WORK/ab-$$.err")" >&2
    return 1
  fi
  hash=$(sha256sum "$WORK/ab-$$.out" | cut -c1-12)
  same_as_first "$WORK/ab-$$.first" "$hash" "run of $1: output" || return 1
  read -r wall user sys < <(tail -1 "$WORK/ab-$$.time")
  echo "$wall $(echo "$user + $sys" | bc)"
}
ratios=()
for r in $(seq "$rounds"); do
  ab_pair "$r" "$a" "$b" || exit 1
  read -r aw ac <<< "$ra"; read -r bw bc <<< "$rb"
  wr=$(echo "scale=6; $bw / $aw" | bc); cr=$(echo "scale=6; $bc / $ac" | bc)
  ratios+=("$wr $cr")
  echo "round $r: A wall/cpu $aw $ac | B $bw $bc | B/A wall $wr cpu $cr"
done
echo "median B/A wall: $(printf '%s\n' "${ratios[@]}" | cut -d' ' -f1 | median_of)"
echo "median B/A cpu: $(printf '%s\n' "${ratios[@]}" | cut -d' ' -f2 | median_of)"
echo "# output $(cat "$WORK/ab-$$.first") in every run"
