#!/usr/bin/env bash
# Parser before/after in one JVM (ParseAB.java): identity of the documents on the given files, then
# thread CPU time streaming a 40 MB slice of the generated corpus, ROUNDS alternating rounds.
#   parse-ab.sh BEFORE_CP AFTER_CP [FILES or FOLDERS...]
# BEFORE_CP / AFTER_CP: class paths of the two parsers, e.g. an old cli/target/bulletins-cli.jar and
# the current one. Mangled inputs for the identity check: benchmarks/scripts/mangle.py.
source "$(dirname "$0")/common.sh"
build
before="$1"; after="$2"; shift 2
c=$(corpus corpus-200m.txt --bytes 200m --no-truth)
slice="$WORK/slice-40m.txt"
[ -f "$slice" ] || head -c 40000000 "$c" > "$slice"
mkdir -p "$WORK/parse-ab" && javac -d "$WORK/parse-ab" "$root/benchmarks/scripts/ParseAB.java"
machine
if [ $# -gt 0 ]; then
  java -Xmx2g -cp "$WORK/parse-ab" ParseAB same "$before" "$after" "$@"
fi
java -Xmx1g -cp "$WORK/parse-ab" ParseAB time "${ROUNDS:-12}" "$slice" "$before" "$after"
