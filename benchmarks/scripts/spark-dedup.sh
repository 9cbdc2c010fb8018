#!/usr/bin/env bash
# SparkDedup in local[2] against DedupEngine.deduplicate in the same JVM, and against Spark MLlib's
# MinHashLSH.approxSimilarityJoin (20 hash tables) on the same word shingles (candidate generation
# alone), with the pair recall of each against the generator's truth table, for each N given
# (default 10000). Each size is a fresh generated corpus (seed 1, 20% duplicates); one warm-up run
# of every system on 2000 items comes first. Usage: spark-dedup.sh [N...]; HEAP (default 6g).
source "$(dirname "$0")/common.sh"
(cd "$root" && ./mvnw -B -q -pl spark -am test-compile dependency:build-classpath \
  -Dmdep.includeScope=test -Dmdep.outputFile="$WORK/spark-classpath.txt")
opts="$(sed -n 's:.*<spark.jvm.options>\(.*\)</spark.jvm.options>.*:\1:p' "$root/spark/pom.xml")"
cp="$root/spark/target/test-classes:$root/spark/target/classes:$(cat "$WORK/spark-classpath.txt")"
machine
for n in "${@:-10000}"; do
  # shellcheck disable=SC2086
  (cd "$root" && java -Xmx"${HEAP:-6g}" $opts -cp "$cp" \
    org.bulletins.spark.bench.SparkDedupBenchmark --items "$n" --master 'local[2]' 2>&1 \
    | grep -v -e ' WARN ' -e '^\s*at ' )
done
