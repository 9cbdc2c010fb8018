#!/usr/bin/env bash
# Parser MB/s and items/s on a 100 MiB corpus, side by side with BufferedReader.readLine in one JMH run.
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-100m.txt --bytes 100m)
machine
echo "# corpus: $c $(stat -c %s "$c") bytes, $(grep -c . "$c.truth.tsv") items"
java -Xmx2g -jar "$JAR" ParserBenchmark -p corpus="$c" -f 1 -wi ${WARMUPS:-5} -i ${ITERATIONS:-5} -jvmArgs -Xmx1g \
  -rf json -rff "$WORK/parser-jmh.json"
