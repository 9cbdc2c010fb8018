#!/usr/bin/env bash
# Whole process: `bulletins dedup` against `bulletins parse` of the same generated files (N items,
# default 100000), both with BULLETINS_JAVA_OPTS (default -Xmx4g), alternating, RUNS times each
# (default 3); prints each time, the medians and their ratio, and each run's peak RSS.
#   dedup-process.sh 100000      dedup-process.sh 1000000
source "$(dirname "$0")/common.sh"
build
n="${1:-100000}"
c=$(corpus "corpus-$n.txt" --items "$n")
cli="$root/cli/target/bulletins-cli.jar"
(cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
machine
opts="${BULLETINS_JAVA_OPTS:--Xmx4g}"
echo "# file: $c $(stat -c %s "$c") bytes, $n items, JVM options: $opts"
# shellcheck disable=SC2206
java_cmd=(java $opts -jar "$cli")
t() {
  local s rc
  s=$(date +%s.%N)
  /usr/bin/time -f "%M" -o "$WORK/rss.$$" "$@" >/dev/null 2>"$WORK/err.$$" && rc=0 || rc=$?
  echo "$(echo "$(date +%s.%N) - $s" | bc) rc=$rc rss_kib=$(tail -1 "$WORK/rss.$$")"
}
a=(); b=()
for i in $(seq "${RUNS:-3}"); do
  ra=$(t "${java_cmd[@]}" dedup "$c"); rb=$(t "${java_cmd[@]}" parse "$c")
  echo "run $i: dedup $ra | parse $rb"
  a+=("${ra%% *}"); b+=("${rb%% *}")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "median dedup=${ma}s parse=${mb}s ratio=$(echo "scale=2; $ma / $mb" | bc)"
