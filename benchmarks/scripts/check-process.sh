#!/usr/bin/env bash
# Whole process: `bulletins check` on a 200 MiB file against a plain Java program that counts the
# file's non-blank lines (LineCount.java, compiled once). Three commands are timed, alternating,
# RUNS times each: the launcher `./bulletins check` (as a user runs it, with its class-data sharing
# archive and its JVM flags for check), `java -jar bulletins-cli.jar check` (no archive, the JVM's
# defaults), and the line counter. With
# BEFORE_JAR=path/to/an/older/bulletins-cli.jar a fourth command times that jar, for before/after
# figures in the same run. Prints each time and CPU seconds (user + sys), the medians and their
# ratios to the line counter.
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-200m.txt --bytes 200m --no-truth)
cli="$root/cli/target/bulletins-cli.jar"
(cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
mkdir -p "$WORK/linecount" && javac -d "$WORK/linecount" "$root/benchmarks/scripts/LineCount.java"
machine
echo "# file: $c $(stat -c %s "$c") bytes"
names=(launcher jar lines)
cmds=("$root/bulletins check $c" "java -jar $cli check $c" "java -cp $WORK/linecount LineCount $c")
if [ -n "${BEFORE_JAR:-}" ]; then
  names+=(before); cmds+=("java -jar $BEFORE_JAR check $c")
fi
"$root/bulletins" check "$c" | tail -1 # also makes the launcher's archive, if it is missing
java -cp "$WORK/linecount" LineCount "$c"
# Wall time, and CPU seconds (user + sys of the process and its children): on a loaded machine the
# CPU seconds say more, since waiting for a core does not count.
t() {
  local s=$(date +%s.%N) cpu="$WORK/check-process-cpu.$$"
  /usr/bin/time -f "%U %S" -o "$cpu" $1 >/dev/null || true
  echo "$(date +%s.%N) - $s" | bc
  awk '{print $1 + $2}' "$cpu" >> "$cpu.all"
}
declare -A runs cpus
for i in $(seq "${RUNS:-7}"); do
  for k in "${!cmds[@]}"; do
    rm -f "$WORK/check-process-cpu.$$.all"
    runs[$k]+="$(t "${cmds[$k]}") "
    cpus[$k]+="$(cat "$WORK/check-process-cpu.$$.all") "
  done
done
rm -f "$WORK/check-process-cpu.$$" "$WORK/check-process-cpu.$$.all"
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
declare -A med cmed
for k in "${!cmds[@]}"; do
  med[$k]=$(median ${runs[$k]})
  cmed[$k]=$(median ${cpus[$k]})
  echo "${names[$k]} runs: ${runs[$k]}"
  echo "${names[$k]} cpu seconds: ${cpus[$k]}"
done
for k in "${!cmds[@]}"; do
  echo "median ${names[$k]}=${med[$k]}s ratio to lines=$(echo "scale=2; ${med[$k]} / ${med[2]}" | bc)" \
    "cpu=${cmed[$k]}s ratio to lines=$(echo "scale=2; ${cmed[$k]} / ${cmed[2]}" | bc)"
done
