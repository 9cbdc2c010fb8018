#!/usr/bin/env bash
# Signing's fixed cost in a fresh JVM (issue 14, session 12): whole-process `bulletins dedup` of N
# generated items with two CLI jars, alternating, RUNS times each (default 3), each run in a new
# JVM with the stage log (-Dbulletins.dedup.timings=true) and -XX:+CITime. Prints per run the
# "sign" stage's wall seconds, the process CPU seconds (user+sys) and the JIT's C1 and C2 compile
# seconds (CITime sums the compiler threads' time), then the medians and the ratios B/A. The JSON
# is not compared here (CITime writes after it on stdout): dedup-process-ab.sh checks it.
#   signing-fresh-ab.sh A.jar B.jar [N=100000]
source "$(dirname "$0")/common.sh"
a="$1"
b="$2"
n="${3:-100000}"
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
machine
opts="${BULLETINS_JAVA_OPTS:--Xmx4g}"
echo "# file: $c, $n items, JVM options: $opts"
median() {
  printf '%s\n' "$@" | sort -g |
    awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else print (v[NR/2]+v[NR/2+1])/2}'
}
declare -A sign cpu c1 c2
for i in $(seq "${RUNS:-3}"); do
  order=(0 1)
  if [ $((i % 2)) -eq 0 ]; then order=(1 0); fi
  for k in "${order[@]}"; do
    jar="$a"
    if [ "$k" -eq 1 ]; then jar="$b"; fi
    # shellcheck disable=SC2086
    /usr/bin/time -f "%U %S" -o "$WORK/time.$$" java $opts -XX:+CITime \
      -Dbulletins.dedup.timings=true -jar "$jar" dedup "$c" >"$WORK/out.$$" 2>"$WORK/err.$$"
    read -r u sy < <(tail -1 "$WORK/time.$$")
    s=$(grep -o 'dedup stage sign *[0-9.]*' "$WORK/err.$$" | awk '{print $NF}')
    one=$(grep 'C1 Compile Time' "$WORK/out.$$" | awk '{print $4}')
    two=$(grep 'C2 Compile Time' "$WORK/out.$$" | awk '{print $4}')
    p=$(echo "$u + $sy" | bc)
    echo "run $i jar $k: sign=$s s cpu=$p s c1=$one s c2=$two s load=$(cut -d' ' -f1 /proc/loadavg)"
    sign[$k]+="$s "; cpu[$k]+="$p "; c1[$k]+="$one "; c2[$k]+="$two "
  done
done
rm -f "$WORK/out.$$" "$WORK/err.$$" "$WORK/time.$$"
for k in 0 1; do
  # shellcheck disable=SC2086
  echo "median jar $k: sign=$(median ${sign[$k]}) cpu=$(median ${cpu[$k]}) c1=$(median ${c1[$k]}) c2=$(median ${c2[$k]})"
done
# shellcheck disable=SC2086
echo "B/A: sign=$(echo "scale=3; $(median ${sign[1]}) / $(median ${sign[0]})" | bc)" \
  "cpu=$(echo "scale=3; $(median ${cpu[1]}) / $(median ${cpu[0]})" | bc)" \
  "c2=$(echo "scale=3; $(median ${c2[1]}) / $(median ${c2[0]})" | bc)"
