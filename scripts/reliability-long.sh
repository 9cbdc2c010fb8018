#!/usr/bin/env bash
# The long reliability runs behind the figures in docs/RELIABILITY.md (fuzzing is separate:
# scripts/fuzz-parser.sh). Logs go to target/reliability-logs/. Sizes can be changed:
#   TRIES=5000 DEDUP_TRIES=1000 KILLS=30 FLIPS=3000 HOSTILE_SCALE=1 scripts/reliability-long.sh
set -uo pipefail
cd "$(dirname "$0")/.."
TRIES=${TRIES:-5000}
DEDUP_TRIES=${DEDUP_TRIES:-1000}
KILLS=${KILLS:-30}
FLIPS=${FLIPS:-3000}
HOSTILE_SCALE=${HOSTILE_SCALE:-1}
logs=target/reliability-logs
mkdir -p "$logs"
run() {
  local name=$1; shift
  local start=$SECONDS
  ./mvnw -B "$@" -Dsurefire.failIfNoSpecifiedTests=false >"$logs/$name.log" 2>&1
  local rc=$?
  echo "$name: exit $rc in $((SECONDS - start)) s"
  grep -hE "^tries = |IndexCrashTest:|IndexCorruptionTest:|UntrustedJsonProperties:|Tests run:.*Fail" "$logs/$name.log" \
    | sort | uniq -c | sed 's/^/    /'
}
run model-properties -pl core-model test -Dtest='*Properties' -Djqwik.tries.default="$TRIES"
run parser-properties -pl parser -am test -Dtest='*Properties' -Djqwik.tries.default="$TRIES"
run dedup-properties -pl dedup -am test -Dtest='DedupProperties' -Djqwik.tries.default="$DEDUP_TRIES"
run index-corruption -pl dedup -am test -Dtest='IndexCorruptionTest' -Dreliability.flips="$FLIPS"
run index-kills -pl dedup -am test -Dtest='IndexCrashTest' -Dreliability.kills="$KILLS"
run hostile-inputs -pl parser -am test -Dtest='HostileInputTest' -Dreliability.hostileScale="$HOSTILE_SCALE"
grep -h ": items=" "$logs/hostile-inputs.log" | cut -c1-160
