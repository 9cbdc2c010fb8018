#!/usr/bin/env bash
# Recall against brute force on the first 20k items of the 1M-item corpus (threshold 0.8).
source "$(dirname "$0")/common.sh"
build
c=$(corpus corpus-1m.txt --items 1000000)
machine
java -Xmx6g -cp "$JAR" org.bulletins.benchmarks.RecallCheck "$c" "${1:-20000}" "${2:-0.8}"
