#!/usr/bin/env bash
# The blocks and pairs alone (CandidatePairs.of and every chunk of its pairs, the keys signed once
# per jar) of two benchmark jars, alternating in one JVM on the first N items of the 1M corpus
# (issue 14, session 15): JAR_A is the baseline, JAR_B defaults to this checkout's. Read the CPU
# ratio B/A of the medians (the main thread's, which runs the passes over the keys).
#   blocks-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=10]
source "$(dirname "$0")/common.sh"
loop_ab blockbench blockbench/BlocksLoop.java 1m 10 BlocksLoop "same pairs" -- "$@"
