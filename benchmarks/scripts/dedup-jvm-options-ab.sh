#!/usr/bin/env bash
# Whole-process `dedup` of N generated items (default 1000000) under JVM options A and B, alternating
# (A first in odd rounds, B first in even ones), ROUNDS rounds (default 4). Each run is `java -Xmx4g
# -XX:-TieredCompilation OPTIONS -XX:+CITime -jar bulletins-cli.jar dedup CORPUS` with output to a
# file; prints wall and CPU seconds (user + sys), C2's compile time, and whether the output is the
# same as the first run's. Then the median B/A ratios of the pairs.
#   dedup-jvm-options-ab.sh "-XX:-UseProfiledLoopPredicate" \
#     "-XX:-UseProfiledLoopPredicate -XX:FreqInlineSize=60 -XX:InlineSmallCode=500" 1000000 4
# (session 28: median B/A 0.888 wall, 0.881 CPU, 0.407 compile in 8 pairs)
source "$(dirname "$0")/common.sh"
build
a="$1"; b="$2"; n="${3:-1000000}"; rounds="${4:-4}"
c=$(corpus "corpus-$n.txt" --items "$n")
cli="$root/cli/target/bulletins-cli.jar"
(cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
cp "$cli" "$WORK/cli-$$.jar"
trap 'rm -f "$WORK/run-$$.jar" "$WORK/cli-$$.jar" "$WORK/ab-$$".*' EXIT
machine
echo "# file: $c, $n items; A: $a; B: $b"
run() {
  # shellcheck disable=SC2086
  /usr/bin/time -f "%e %U %S" -o "$WORK/ab-$$.time" java -Xmx4g -XX:-TieredCompilation $1 \
    -XX:+CITime -XX:+DisplayVMOutputToStderr -jar "$WORK/cli-$$.jar" dedup "$c" \
    > "$WORK/ab-$$.out" 2> "$WORK/ab-$$.err"
  local wall user sys comp same
  read -r wall user sys < "$WORK/ab-$$.time"
  comp=$(grep -m1 "Total compilation time" "$WORK/ab-$$.err" | awk '{print $5}')
  if [ -f "$WORK/ab-$$.first" ]; then
    cmp -s "$WORK/ab-$$.out" "$WORK/ab-$$.first" && same=same || same=DIFFERENT
  else
    mv "$WORK/ab-$$.out" "$WORK/ab-$$.first"; same=first
  fi
  echo "$wall $(echo "$user + $sys" | bc) $comp $same"
}
ratios=()
for r in $(seq "$rounds"); do
  if [ $((r % 2)) = 1 ]; then ra=$(run "$a"); rb=$(run "$b"); else rb=$(run "$b"); ra=$(run "$a"); fi
  echo "round $r: A wall/cpu/compile $ra | B $rb"
  read -r aw ac ak _ <<< "$ra"; read -r bw bc bk _ <<< "$rb"
  ratios+=("$(echo "scale=3; $bw / $aw" | bc) $(echo "scale=3; $bc / $ac" | bc) $(echo "scale=3; $bk / $ak" | bc)")
done
median() { sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
for i in 1 2 3; do
  name=$(echo "wall cpu compile" | cut -d' ' -f$i)
  echo "median B/A $name: $(printf '%s\n' "${ratios[@]}" | cut -d' ' -f$i | median)"
done
