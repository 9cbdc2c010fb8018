#!/usr/bin/env bash
# Whole-process `dedup` of pages read again, under two CLI jars, alternating (A first in odd
# rounds): one generated file of N items (default 100000) read COPIES times (default 3) as that many
# files, so that all but the first reading are verbatim repeats. Each run is `java -Xmx4g` with the
# launcher's options for the engine on C2 alone, output to a file; prints wall and CPU seconds
# (user + sys), each output's SHA-256 (they must all be the same) and B/A per round.
#   repeated-pages-ab.sh MAIN.jar NEW.jar [ROUNDS=4] [N=100000] [COPIES=3]
# (session 34: main against b20f3f2, 4 rounds: B/A median 0.736 wall, 0.726 CPU)
if [ $# -lt 2 ]; then
  echo "usage: $0 A.jar B.jar [ROUNDS=4] [N=100000] [COPIES=3]" >&2
  exit 2
fi
source "$(dirname "$0")/common.sh"
a="$1"; b="$2"; rounds="${3:-4}"; n="${4:-100000}"; copies="${5:-3}"
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
files=()
for k in $(seq "$copies"); do
  cp "$c" "$WORK/page-$$-$k.txt"
  files+=("$WORK/page-$$-$k.txt")
done
trap 'rm -f "$WORK"/page-$$-*.txt "$WORK/ab-$$".*' EXIT
machine
echo "# $n items read $copies times; A: $a; B: $b"
opts="-Xmx4g -XX:-TieredCompilation -XX:-UseProfiledLoopPredicate -XX:FreqInlineSize=60
  -XX:InlineSmallCode=500 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85"
grep -q '\[madvise\]' /sys/kernel/mm/transparent_hugepage/enabled 2>/dev/null \
  && opts="$opts -XX:+UseTransparentHugePages"
# run JAR: "wall cpu sha" of one run, or fails
run() {
  local wall user sys
  # shellcheck disable=SC2086
  if ! /usr/bin/time -f "%e %U %S" -o "$WORK/ab-$$.time" java $opts -jar "$1" dedup "${files[@]}" \
    > "$WORK/ab-$$.out" 2> "$WORK/ab-$$.err"; then
    echo "run of $1 failed: $(tail -3 "$WORK/ab-$$.err")" >&2
    return 1
  fi
  read -r wall user sys < <(tail -1 "$WORK/ab-$$.time")
  echo "$wall $(echo "$user + $sys" | bc) $(sha256sum "$WORK/ab-$$.out" | cut -c1-12)"
}
for r in $(seq "$rounds"); do
  if [ $((r % 2)) = 1 ]; then
    ra=$(run "$a") || exit 1; rb=$(run "$b") || exit 1
  else
    rb=$(run "$b") || exit 1; ra=$(run "$a") || exit 1
  fi
  read -r aw ac ah <<< "$ra"; read -r bw bc bh <<< "$rb"
  [ "$ah" = "$bh" ] || { echo "round $r: outputs differ ($ah, $bh)" >&2; exit 1; }
  echo "round $r: A wall/cpu $aw $ac | B $bw $bc | B/A wall $(echo "scale=3; $bw / $aw" | bc) cpu $(echo "scale=3; $bc / $ac" | bc) | output $ah"
done
