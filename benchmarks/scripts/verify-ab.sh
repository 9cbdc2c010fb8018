#!/usr/bin/env bash
# Verification alone (PairVerifier.verify on the candidate pairs that pass mayBeSame, terms unpacked
# per pair) of two benchmark jars, alternating in one JVM on one thread, on the first N items of the
# 1M corpus (issue 14, session 20). Read the CPU ratio B/A of the medians.
#   verify-ab.sh JAR_A [JAR_B] [N=100000] [ROUNDS=8]
source "$(dirname "$0")/common.sh"
loop_ab verifybench verifybench/VerifyLoop.java 1m 8 VerifyLoop "same verdicts" -- "$@"
