#!/usr/bin/env bash
# Per-item signing CPU (ItemSigner.sign, one thread) of two benchmark jars, alternating in one JVM
# (issue 14, session 7). JAR_A is the baseline (e.g. main's benchmarks.jar), JAR_B defaults to this
# checkout's. The check "same keys and ids" compares a sum over every item's keys and content key.
#   signing-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=8]
source "$(dirname "$0")/common.sh"
loop_ab signbench signbench/SignLoop.java n 8 "" "" -- "$@"
