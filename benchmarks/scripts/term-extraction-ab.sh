#!/usr/bin/env bash
# Term extraction per item, the extractor that made a String per word (kept in dedup's tests as
# LegacyTermExtractor, the oracle of TermExtractorEquivalenceTest) against the current one,
# alternating in one JVM over the first N items (default 20000) of the 1M corpus, ROUNDS rounds
# (default 14; read the warm ones).
#   term-extraction-ab.sh [N] [ROUNDS]
source "$(dirname "$0")/common.sh"
build
(cd "$root" && ./mvnw -B -q -pl dedup -am test-compile)
c=$(corpus corpus-1m.txt --items 1000000)
machine
cp="$JAR:$root/dedup/target/test-classes"
mkdir -p "$WORK/termbench"
javac -d "$WORK/termbench" -cp "$cp" "$root/benchmarks/scripts/termbench/TermBench.java"
java -Xmx2g -cp "$WORK/termbench:$cp" org.bulletins.dedup.TermBench "$c" "${1:-20000}" "${2:-14}"
