#!/usr/bin/env bash
# A closed pipe stops the command: `bulletins parse` of 1M generated items into `head -1` against
# the same parse into /dev/null (the whole input). Runs alternate, RUNS times each; prints each
# time, the medians and their ratio, and the exit status of the piped run (141 expected).
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-1m-items.txt --items 1000000 --no-truth)
cli="$root/cli/target/bulletins-cli.jar"
(cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
machine
echo "# file: $c $(stat -c %s "$c") bytes"
whole() { java -jar "$cli" parse "$c" >/dev/null; }
piped() { java -jar "$cli" parse "$c" | head -1 >/dev/null; }
t() { local s=$(date +%s.%N); "$@" || true; echo "$(date +%s.%N) - $s" | bc; }
a=(); b=()
for i in $(seq "${RUNS:-5}"); do
  a+=("$(t whole)"); b+=("$(t piped)")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "whole  runs: ${a[*]}"; echo "| head runs: ${b[*]}"
set +e; java -jar "$cli" parse "$c" | head -1 >/dev/null; echo "piped exit status: ${PIPESTATUS[0]}"
echo "median whole=${ma}s head=${mb}s ratio=$(echo "scale=3; $mb / $ma" | bc)"
