#!/usr/bin/env bash
# DedupEngine.deduplicate (the whole engine) against java-LSH 0.12's candidate generation alone
# (string shingles, MinHash(100), LSH 20 bands, pairs), on the same N parsed items (default
# 100000), alternating ROUNDS times (default 5) in one JVM with -Xmx4g.
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-1m.txt --items 1000000)
machine
java -Xmx"${HEAP:-4g}" -cp "$JAR" org.bulletins.benchmarks.PeerDedup "$c" "${1:-100000}" "${2:-5}"
