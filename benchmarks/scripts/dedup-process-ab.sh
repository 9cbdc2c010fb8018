#!/usr/bin/env bash
# Before/after in one run: whole-process `bulletins dedup` of several CLI jars (copies of
# cli/target/bulletins-cli.jar kept from before each change, then the current one) and `bulletins
# parse` with the first jar, on the same generated file of N items, alternating, RUNS times each
# (default 3), with BULLETINS_JAVA_OPTS (default -Xmx4g). Prints each run's wall and CPU (user+sys)
# seconds and peak RSS, the medians, each jar's ratios to parse and to the first jar, and whether
# each jar's JSON output is byte-identical to the first's. On a shared, loaded machine the CPU
# seconds move less than the wall-clock ones.
#   dedup-process-ab.sh N BEFORE.jar [MIDDLE.jar...] AFTER.jar
source "$(dirname "$0")/common.sh"
n="$1"; shift
jars=("$@")
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
machine
opts="${BULLETINS_JAVA_OPTS:--Xmx4g}"
echo "# file: $c, $n items, JVM options: $opts"
for k in "${!jars[@]}"; do echo "# jar $k: ${jars[$k]}"; done
# t OUT CMD...: "wall cpu rss_kib rc" of one run, its stdout in OUT.
t() {
  local s rc out="$1"; shift
  s=$(date +%s.%N)
  /usr/bin/time -f "%U %S %M" -o "$WORK/rss.$$" "$@" >"$out" 2>"$WORK/err.$$" && rc=0 || rc=$?
  read -r u sy m < <(tail -1 "$WORK/rss.$$")
  echo "$(echo "$(date +%s.%N) - $s" | bc) $(echo "$u + $sy" | bc) $m $rc"
}
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
declare -A wall cpu
for i in $(seq "${RUNS:-3}"); do
  line="run $i:"
  for k in "${!jars[@]}"; do
    # shellcheck disable=SC2086
    r=($(t "$WORK/ab-$k.json" java $opts -jar "${jars[$k]}" dedup "$c"))
    wall[$k]="${wall[$k]:-} ${r[0]}"; cpu[$k]="${cpu[$k]:-} ${r[1]}"
    line="$line dedup[$k] wall=${r[0]} cpu=${r[1]} rss_kib=${r[2]} rc=${r[3]} |"
  done
  # shellcheck disable=SC2086
  r=($(t /dev/null java $opts -jar "${jars[0]}" parse "$c"))
  wall[p]="${wall[p]:-} ${r[0]}"; cpu[p]="${cpu[p]:-} ${r[1]}"
  echo "$line parse wall=${r[0]} cpu=${r[1]} rss_kib=${r[2]} rc=${r[3]}"
done
# shellcheck disable=SC2086
pw=$(median ${wall[p]}); pc=$(median ${cpu[p]})
echo "median parse: wall=${pw}s cpu=${pc}s"
# shellcheck disable=SC2086
w0=$(median ${wall[0]}); c0=$(median ${cpu[0]})
for k in "${!jars[@]}"; do
  # shellcheck disable=SC2086
  w=$(median ${wall[$k]}); cp=$(median ${cpu[$k]})
  same=$(cmp -s "$WORK/ab-0.json" "$WORK/ab-$k.json" && echo "output identical to jar 0" || echo "OUTPUT DIFFERS from jar 0")
  echo "median dedup[$k]: wall=${w}s cpu=${cp}s; /parse wall=$(echo "scale=2; $w / $pw" | bc) cpu=$(echo "scale=2; $cp / $pc" | bc); /jar0 wall=$(echo "scale=3; $w / $w0" | bc) cpu=$(echo "scale=3; $cp / $c0" | bc); $same"
done
