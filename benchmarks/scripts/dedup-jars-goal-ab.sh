#!/usr/bin/env bash
# Two CLI jars on issue 14's goal, alternating: per round the launcher's `parse` of a generated file
# of N items, then `dedup` of it with jar A and with jar B (A first in odd rounds, B first in even
# ones: the first run of a pair tends to be the slower), each as `java` with the JVM options the
# launcher gives `dedup` of a file that large, plus -Xmx4g; output to a file, read into the page
# cache before each run. Prints each round's times, both dedup/parse ratios and B/A, the medians,
# and whether every output is the same as the first.
# With DIFFERENT_OUTPUTS=1 the two jars may write different reports (a change of the verdicts):
# each jar's outputs must then be the same in every run, not the two jars' the same.
#   dedup-jars-goal-ab.sh BEFORE.jar AFTER.jar [N=1000000] [ROUNDS=6]
if [ $# -lt 2 ]; then
  echo "usage: $0 A.jar B.jar [N=1000000] [ROUNDS=6]" >&2
  exit 2
fi
source "$(dirname "$0")/common.sh"
a="$1"; b="$2"; n="${3:-1000000}"; rounds="${4:-6}"
# The launcher's options for `dedup` of a large file (common.sh).
launcher_dedup_opts
opts=("${dedup_opts[@]}")
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
machine
echo "# file: $c, $n items; A: $a; B: $b"
out="$WORK/jars-$$.json"
trap 'rm -f "$out" "$WORK/jars-$$.err" "$WORK/run-$$.jar"' EXIT # run-$$.jar: build's
BULLETINS_JAVA_OPTS=-Xmx4g "$root/bulletins" --version > /dev/null # rebuilds the launcher's jar if needed
first=""
# run CMD...: the seconds of one run, its output in $out (a failed run stops the script).
run() {
  local s e
  cat "$c" > /dev/null
  s=$(date +%s.%N)
  "$@" > "$out" 2> "$WORK/jars-$$.err" || { echo "# $* failed:" >&2; tail -3 "$WORK/jars-$$.err" >&2; exit 1; }
  e=$(date +%s.%N)
  printf '%.2f' "$(echo "$e - $s" | bc)"
}
# same_as VAR: the output is the one that jar wrote in its first run (VAR holds that hash).
same_as() {
  if [ "${DIFFERENT_OUTPUTS:-0}" != 1 ]; then
    same_output "$out"
    return
  fi
  local hash
  hash=$(sha256sum "$out" | cut -c1-12)
  [ -n "${!1}" ] || printf -v "$1" '%s' "$hash"
  [ "$hash" = "${!1}" ] || { echo "# dedup output $hash differs from ${!1} ($1)" >&2; exit 1; }
}
first_a=""; first_b=""
ra=(); rb=(); ba=()
for r in $(seq "$rounds"); do
  p=$(BULLETINS_JAVA_OPTS=-Xmx4g run "$root/bulletins" parse "$c") || exit 1
  if [ $((r % 2)) = 1 ]; then
    ta=$(run java -Xmx4g "${opts[@]}" -jar "$a" dedup "$c") || exit 1; same_as first_a
    tb=$(run java -Xmx4g "${opts[@]}" -jar "$b" dedup "$c") || exit 1; same_as first_b
  else
    tb=$(run java -Xmx4g "${opts[@]}" -jar "$b" dedup "$c") || exit 1; same_as first_b
    ta=$(run java -Xmx4g "${opts[@]}" -jar "$a" dedup "$c") || exit 1; same_as first_a
  fi
  ra+=("$(echo "scale=3; $ta / $p" | bc)"); rb+=("$(echo "scale=3; $tb / $p" | bc)")
  ba+=("$(echo "scale=3; $tb / $ta" | bc)")
  echo "round $r: parse $p s, dedup A $ta s, B $tb s; A/parse ${ra[-1]}, B/parse ${rb[-1]}, B/A ${ba[-1]}"
done
echo "median A/parse $(printf '%s\n' "${ra[@]}" | median_of), B/parse $(printf '%s\n' "${rb[@]}" | median_of), B/A $(printf '%s\n' "${ba[@]}" | median_of)"
if [ "${DIFFERENT_OUTPUTS:-0}" = 1 ]; then
  echo "# dedup output A $first_a, B $first_b in every run"
else
  echo "# dedup output $first in every run"
fi
