#!/usr/bin/env bash
# Per-item term extraction CPU (TermExtractor.extract of title and body, one thread) of two
# benchmark jars, alternating in one JVM (issue 14, session 15): SigningAB with TermLoop. JAR_A is
# the baseline (e.g. main's benchmarks.jar), JAR_B defaults to this checkout's. "same terms"
# compares a sum over every item's terms, occurrences (with contexts) and expansions.
#   term-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=8]
source "$(dirname "$0")/common.sh"
loop_ab termab signbench/TermLoop.java n 8 TermLoop "same terms" -- "$@"
