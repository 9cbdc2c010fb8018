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

machine() {
  echo "# $(date -u +%FT%TZ) nproc=$(nproc) load=$(cut -d' ' -f1-3 /proc/loadavg)"
  java -version 2>&1 | sed 's/^/# /'
}
