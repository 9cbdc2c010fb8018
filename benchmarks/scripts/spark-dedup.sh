#!/usr/bin/env bash
# SparkDedup in local[2] against DedupEngine.deduplicate in the same JVM, and against Spark MLlib's
# MinHashLSH.approxSimilarityJoin (20 hash tables) on the same word shingles (candidate generation
# alone), with the pair recall of each against the generator's truth table, for each N given
# (default 10000). Each size is a fresh generated corpus (seed 1, 20% duplicates); one warm-up run
# of every system on 2000 items comes first. Usage: spark-dedup.sh [N...]; HEAP (default 6g);
# ARGS: more options for the program, e.g. ARGS="--systems spark --mllib-timeout 1800" (a system
# over its time limit is stopped and its line says where it stood). The output, Spark stages as they
# complete included, is also written to $BULLETINS_BENCH_DIR/spark-dedup-<time>.log.
source "$(dirname "$0")/common.sh"
(cd "$root" && ./mvnw -B -q -pl spark -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/spark-classpath.txt")
opts="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/spark/pom.xml")"
cp="$root/spark/target/test-classes:$root/spark/target/classes:$(cat "$WORK/spark-classpath.txt")"
# Run private copies of this checkout's classes, so that a rebuild during a long run cannot pull
# classes from under it.
run="$WORK/run-$$"
trap 'rm -rf "$run"' EXIT
private=""
i=0
for entry in ${cp//:/ }; do
  if [[ "$entry" == "$root"/* ]]; then
    i=$((i + 1))
    mkdir -p "$run/$i" && cp -r "$entry/." "$run/$i/"
    entry="$run/$i"
  fi
  private="$private${private:+:}$entry"
done
cp="$private"
# Everything is printed as it comes (each Spark stage when it completes) and kept in a log.
log="$WORK/spark-dedup-$(date -u +%Y%m%dT%H%M%SZ).log"
echo "# log: $log"
{
  machine
  for n in "${@:-10000}"; do
    # shellcheck disable=SC2086
    (cd "$root" && java -Xmx"${HEAP:-6g}" $opts -cp "$cp" \
      org.bulletins.spark.bench.SparkDedupBenchmark --items "$n" --master 'local[2]' ${ARGS:-} 2>&1 \
      | grep --line-buffered -v -e ' WARN ' -e '^\s*at ' )
  done
} | tee "$log"
