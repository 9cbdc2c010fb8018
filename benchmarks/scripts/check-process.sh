#!/usr/bin/env bash
# Whole process: `bulletins check` on a 200 MiB file against a plain Java program that counts the
# file's non-blank lines (LineCount.java, compiled once). Runs alternate, RUNS times each; prints
# each time and the medians and their ratio. Uses hyperfine instead when it is installed.
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-200m.txt --bytes 200m --no-truth)
cli="$root/cli/target/bulletins-cli.jar"
[ -f "$cli" ] || (cd "$root" && ./mvnw -B -q -pl cli -am package -DskipTests)
mkdir -p "$WORK/linecount" && javac -d "$WORK/linecount" "$root/benchmarks/scripts/LineCount.java"
machine
echo "# file: $c $(stat -c %s "$c") bytes"
check=(java -jar "$cli" check "$c")
count=(java -cp "$WORK/linecount" LineCount "$c")
"${check[@]}" | tail -1
"${count[@]}"
if command -v hyperfine >/dev/null; then
  hyperfine -N --warmup 1 --runs "${RUNS:-7}" -i --export-json "$WORK/check-hyperfine.json" \
    "${check[*]}" "${count[*]}"
  exit
fi
t() { local s=$(date +%s.%N); "$@" >/dev/null || true; echo "$(date +%s.%N) - $s" | bc; }
a=(); b=()
for i in $(seq "${RUNS:-7}"); do
  a+=("$(t "${check[@]}")"); b+=("$(t "${count[@]}")")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}'; }
ma=$(median "${a[@]}"); mb=$(median "${b[@]}")
echo "check   runs: ${a[*]}"; echo "lines   runs: ${b[*]}"
echo "median check=${ma}s lines=${mb}s ratio=$(echo "scale=2; $ma / $mb" | bc)"
