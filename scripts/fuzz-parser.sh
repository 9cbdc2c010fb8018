#!/usr/bin/env bash
# Long fuzzing of the parser with Jazzer, one target after another, then the total of executions.
# Each target runs for the maxDuration in ParserFuzzTest (or until a finding). New findings land in
# parser/src/test/resources/org/bulletins/parser/ParserFuzzTestInputs/<target>/crash-*; rename one
# to finding-NN-what, fix the bug, and the normal test run replays it from then on.
#
#   scripts/fuzz-parser.sh                 # bytes, text, allEntryPoints
#   scripts/fuzz-parser.sh text bytes      # chosen targets
set -uo pipefail
cd "$(dirname "$0")/.."
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(bytes text allEntryPoints)
mkdir -p target/fuzz-logs
total=0
for t in "${targets[@]}"; do
  log=target/fuzz-logs/$t.log
  JAZZER_FUZZ=1 ./mvnw -B -pl parser -am test -Dtest="ParserFuzzTest#$t" \
    -Dsurefire.failIfNoSpecifiedTests=false >"$log" 2>&1
  runs=$(grep -oE '^Done [0-9]+ runs' "$log" | grep -oE '[0-9]+' | tail -1)
  [ -z "$runs" ] && runs=$(grep -oE '^#[0-9]+' "$log" | tr -d '#' | tail -1)
  echo "$t: ${runs:-0} executions $(grep -q 'FuzzTestFinding' "$log" && echo '(FINDING, see '"$log"')')"
  total=$((total + ${runs:-0}))
done
echo "total: $total executions"
