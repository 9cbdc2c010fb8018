#!/usr/bin/env bash
# Text candidate generation, ours vs java-LSH, on the 20k-item recall sample, in one JMH run.
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-1m.txt --items 1000000)
machine
java -jar "$JAR" CandidatesBenchmark -p corpus="$c" -p items="${1:-20000}" -f 1 -wi 3 -i ${ITERATIONS:-9} \
  -jvmArgs -Xmx4g -rf json -rff "$WORK/peer-jmh.json"
