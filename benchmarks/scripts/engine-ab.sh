#!/usr/bin/env bash
# The whole engine (DedupEngine.deduplicate, as PeerDedup runs it) of two benchmark jars,
# alternating in one JVM on the first N items of the 1M corpus (issue 14, session 13): JAR_A is
# the baseline, JAR_B defaults to this checkout's. Read the wall ratio B/A of the medians.
#   engine-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=6]
source "$(dirname "$0")/common.sh"
loop_ab enginebench enginebench/EngineLoop.java 1m 6 EngineLoop "same story counts" -- "$@"
