#!/usr/bin/env bash
# Issue 14's goal as a user meets it: `./bulletins parse` then `./bulletins dedup` of a generated
# file of N items (default 1000000) through the launcher, ROUNDS rounds (default 4), each command
# with BULLETINS_JAVA_OPTS=-Xmx4g (the caller's own BULLETINS_JAVA_OPTS is not used) and output to a
# file. With a third argument, each round also runs `dedup` with those options added (A = the
# launcher's choice, B = with them; A first in odd rounds, B first in even ones) and prints B/A; a
# compilation option there also replaces the launcher's other choices (see ./bulletins). Prints
# each round's times, the dedup/parse ratio, and whether every dedup output is the same as the first.
# The launcher is run once untimed first: it rebuilds the CLI jar and its class archive if needed;
# the file is read into the page cache before each timed command.
#   launcher-goal.sh 1000000 4      launcher-goal.sh 1000000 4 "-XX:-UseTransparentHugePages"
source "$(dirname "$0")/common.sh"
n="${1:-1000000}"; rounds="${2:-4}"; extra="${3:-}"
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
machine
echo "# file: $c, $n items; BULLETINS_JAVA_OPTS=-Xmx4g${extra:+; B adds: $extra}"
out="$WORK/goal-$$.json"
err="$WORK/goal-$$.err"
trap 'rm -f "$out" "$err" "$WORK/run-$$.jar"' EXIT
BULLETINS_JAVA_OPTS=-Xmx4g "$root/bulletins" --version > /dev/null
first=""
# run OPTS CMD: the seconds of one launcher run (its output in $out)
run() {
  local opts="$1" cmd="$2" s e rc=0
  # The file read once untimed first, so that each command finds it in the page cache: these VMs
  # drop cold cache on their own (about 1.3 MB/s idle), and the command that ran first in a round
  # read part of the file from disk where the one after it did not.
  cat "$c" > /dev/null
  s=$(date +%s.%N)
  BULLETINS_JAVA_OPTS="-Xmx4g $opts" "$root/bulletins" "$cmd" "$c" > "$out" 2> "$err" || rc=$?
  e=$(date +%s.%N)
  if [ "$rc" != 0 ]; then
    echo "# $cmd [$opts] failed with exit $rc:" >&2
    tail -5 "$err" >&2
    exit 1
  fi
  printf '%.2f' "$(echo "$e - $s" | bc)"
}
for r in $(seq "$rounds"); do
  p=$(run "" parse)
  if [ -z "$extra" ]; then
    a=$(run "" dedup); same_output "$out"
    echo "round $r: parse $p s, dedup $a s, ratio $(echo "scale=3; $a / $p" | bc)"
  elif [ $((r % 2)) = 1 ]; then
    a=$(run "" dedup); same_output "$out"; b=$(run "$extra" dedup); same_output "$out"
    echo "round $r: parse $p s, dedup A $a s, B $b s, ratio A $(echo "scale=3; $a / $p" | bc), B/A $(echo "scale=3; $b / $a" | bc)"
  else
    b=$(run "$extra" dedup); same_output "$out"; a=$(run "" dedup); same_output "$out"
    echo "round $r: parse $p s, dedup B $b s, A $a s, ratio A $(echo "scale=3; $a / $p" | bc), B/A $(echo "scale=3; $b / $a" | bc)"
  fi
done
echo "# dedup output $first in every run"
