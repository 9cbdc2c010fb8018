#!/usr/bin/env bash
# Where a 1M `dedup` spends its system time: whole-process `dedup` of N generated items (default
# 1000000) as `java -Xmx4g` with the launcher's options for a file that large plus each set of
# added options in turn (the first set is usually "", the launcher's own), ROUNDS rounds (default
# 3), the sets' order rotated each round. Prints per run the wall, user and system seconds, the peak
# resident memory, and the huge pages the kernel zeroed for the run (thp_fault_alloc in
# /proc/vmstat: the whole machine's, so run nothing else); stops when an output differs from the
# first. On these VMs a page's first touch costs far more than on bare metal (session 41: about
# 2.8 s of CPU per GB of heap), so the memory a run touches shows in its system time.
#   dedup-memory.sh 1000000 3 "" "-XX:MaxTenuringThreshold=15"
source "$(dirname "$0")/common.sh"
n="${1:-1000000}"; rounds="${2:-3}"; shift $(($# < 2 ? $# : 2))
sets=("$@"); [ ${#sets[@]} -gt 0 ] || sets=("")
[ -x /usr/bin/time ] || { echo "# needs /usr/bin/time (Debian package time)" >&2; exit 1; }
# The launcher's options for `dedup` of a large file (common.sh).
launcher_dedup_opts
opts=("${dedup_opts[@]}")
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
out="$WORK/memory-$$.json"; times="$WORK/memory-$$.time"
cli="$WORK/cli-$$.jar" # a private copy: a rebuild during the runs cannot change what is measured
trap 'rm -f "$out" "$times" "$WORK/memory-$$.err" "$cli" "$WORK/run-$$.jar"' EXIT
"$root/bulletins" --version > /dev/null # rebuilds the CLI's jar if a source is newer
cp "$root/cli/target/bulletins-cli.jar" "$cli"
machine
echo "# file: $c, $n items; the CLI's jar of $(cd "$root" && git describe --always --dirty)"
first=""
thp() { awk '/^thp_fault_alloc /{print $2}' /proc/vmstat; }
for r in $(seq "$rounds"); do
  for k in $(seq 0 $((${#sets[@]} - 1))); do
    set_opts="${sets[$(((k + r - 1) % ${#sets[@]}))]}"
    cat "$c" > /dev/null
    before=$(thp)
    # shellcheck disable=SC2086
    /usr/bin/time -f '%e %U %S %M' -o "$times" java -Xmx4g "${opts[@]}" $set_opts -jar "$cli" dedup "$c" \
      > "$out" 2> "$WORK/memory-$$.err" || { echo "# run failed [$set_opts]:" >&2; tail -3 "$WORK/memory-$$.err" >&2; exit 1; }
    after=$(thp)
    same_output "$out"
    read -r wall user sys rss < "$times"
    echo "round $r: wall $wall s, user $user s, sys $sys s, peak resident $((rss / 1024)) MB, huge pages zeroed $((after - before)) [${set_opts:-launcher}]"
  done
done
echo "# dedup output $first in every run"
