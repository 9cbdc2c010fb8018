# Shared by the benchmark scripts: paths, the jar, and corpus generation (cached under $WORK).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
JAR="$root/benchmarks/target/benchmarks.jar"
WORK="${BULLETINS_BENCH_DIR:-/tmp/bulletins-bench}"
mkdir -p "$WORK"

build() {
  # Always: a jar left from older sources would measure them (a no-op build takes seconds).
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
  # Run a private copy, so that a rebuild during a long run cannot pull classes from under it.
  cp "$JAR" "$WORK/run-$$.jar"
  JAR="$WORK/run-$$.jar"
  trap 'rm -f "$WORK/run-$$.jar"' EXIT
}

# corpus NAME ARGS...: generates $WORK/NAME with the generator's ARGS once (seed 1).
corpus() {
  local name="$1"; shift
  if [ ! -f "$WORK/$name" ]; then
    (cd "$root" && java -cp "$JAR" org.bulletins.benchmarks.CorpusGenerator --seed 1 --out "$WORK/$name" "$@")
  fi
  echo "$WORK/$name"
}

# ab_pair ROUND A B: one round of an A/B comparison: the caller's `run A` and `run B`, A first in odd
# rounds and B first in even ones (so that neither always runs second); sets ra and rb to their
# outputs, or fails if a run does.
ab_pair() {
  if [ $(($1 % 2)) = 1 ]; then
    ra=$(run "$2") || return 1; rb=$(run "$3") || return 1
  else
    rb=$(run "$3") || return 1; ra=$(run "$2") || return 1
  fi
}

# same_as_first FILE HASH WHAT: true if HASH is the one FILE keeps (the first run's), or if FILE
# does not exist yet (then HASH is kept there); else says which differs (WHAT names the run) and
# fails. A file, since each run happens in a subshell of ab_pair.
same_as_first() {
  if [ -f "$1" ] && [ "$2" != "$(cat "$1")" ]; then
    echo "$3: $2 differs from the first run's $(cat "$1")" >&2
    return 1
  fi
  [ -f "$1" ] || echo "$2" > "$1"
}

# same_output FILE: true if FILE's hash is the first one this script saw (kept in $first, so call it
# in the script's own shell, not in a subshell), else says which differs and stops the script.
same_output() {
  local hash
  hash=$(sha256sum "$1" | cut -c1-12)
  first="${first:-$hash}"
  [ "$hash" = "$first" ] || { echo "# dedup output $hash differs from $first" >&2; exit 1; }
}

# median_of: the median of the numbers on standard input, one per line (the mean of the two middle
# ones for an even count).
median_of() {
  sort -g | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'
}

machine() {
  echo "# $(date -u +%FT%TZ) nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/# /'
}

# loop_ab WORK_NAME LOOP_SOURCE CORPUS ROUNDS [LOOP_CLASS CHECK] -- JAR_A [JAR_B] [N=100000] [ROUNDS]
# Two benchmark jars' loop (LOOP_SOURCE, under benchmarks/scripts) alternating in one JVM by
# SigningAB (the signing harness), on the first N items of CORPUS: "1m" for the 1M corpus, else
# the N-item one. JAR_B defaults to this checkout's; without LOOP_CLASS SigningAB runs SignLoop.
loop_ab() {
  local name="$1" source="$2" which="$3" rounds="$4" class="$5" check="$6"
  shift 7
  local a="$1" b="${2:-}" n="${3:-100000}" c
  if [ -z "$b" ]; then build; b="$JAR"; fi
  if [ "$which" = 1m ]; then
    c=$(corpus corpus-1m.txt --items 1000000)
  else
    c=$(corpus "corpus-$n.txt" --items "$n")
  fi
  machine
  local d="$WORK/$name"
  mkdir -p "$d/loop"
  javac -d "$d/loop" -cp "$b" "$root/benchmarks/scripts/$source"
  javac -d "$d" "$root/benchmarks/scripts/signbench/SigningAB.java"
  java -Xmx"${HEAP:-4g}" -cp "$d" SigningAB "$a" "$b" "$c" "$n" "${4:-$rounds}" ${class:+"$class" "$check"}
}

# fresh_copy STORE COPY: COPY becomes a copy of the SQLite store STORE (with its WAL, if any).
fresh_copy() {
  rm -f "$2" "$2-wal" "$2-shm"
  cp "$1" "$2"
  if [ -f "$1-wal" ]; then cp "$1-wal" "$2-wal"; fi
}

# launcher_dedup_opts: sets the array dedup_opts to the JVM options the launcher gives `dedup` of a
# text file of 128 MiB or more on a kernel whose huge pages are "madvise" and that overcommits
# memory (vm.overcommit_memory 0 or 1; in mode 2 the launcher leaves out the heap's sizes). Each
# is looked up there whole, so that a launcher that drops one stops the script instead of measuring
# another configuration (anywhere in the launcher: an option another command also gets is not told
# apart, nor is one the launcher adds noticed).
launcher_dedup_opts() {
  dedup_opts=(-XX:-TieredCompilation -XX:-UseProfiledLoopPredicate -XX:FreqInlineSize=60
    -XX:InlineSmallCode=500 -XX:-G1UseAdaptiveIHOP -XX:InitiatingHeapOccupancyPercent=85
    -XX:MaxTenuringThreshold=0 -XX:InitialRAMPercentage=100 -XX:+UnlockExperimentalVMOptions
    -XX:G1NewSizePercent=5 -XX:G1MaxNewSizePercent=5 -XX:+UseTransparentHugePages)
  local o
  for o in "${dedup_opts[@]}"; do
    grep -qF -- "$o" "$root/bulletins" || { echo "# the launcher no longer sets $o" >&2; exit 1; }
  done
}
