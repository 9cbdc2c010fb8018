#!/usr/bin/env bash
# `bulletins parse` of one file through two checkouts' launchers, alternating (A first in odd
# rounds, B first in even ones), with BULLETINS_JAVA_OPTS=-Xmx4g and the file read into the page
# cache before each run. Prints each round's wall, user and system seconds and a hash of each
# output, then the median B/A of wall and of CPU (user + system).
#   parse-launchers-ab.sh A_DIR B_DIR [ROUNDS] [FILE]
# A_DIR, B_DIR: checkouts (e.g. `git worktree add /tmp/wt-a OLD` and this one); FILE defaults to the
# generated 1M corpus. Each launcher is run once first, so that it builds its jar outside the timing.
source "$(dirname "$0")/common.sh"
a="$1"; b="$2"; rounds="${3:-4}"
[ -f "$JAR" ] || build
file="${4:-$(corpus corpus-1000000.txt --items 1000000)}"
machine
out="$WORK/parse-ab-$$.jsonl"; t="$WORK/parse-ab-$$.time"
trap 'rm -f "$out" "$t"' EXIT
for dir in "$a" "$b"; do "$dir/bulletins" --version > /dev/null; done
# run DIR: "wall user sys hash" of one parse
run() {
  cat "$file" > /dev/null
  BULLETINS_JAVA_OPTS=-Xmx4g /usr/bin/time -f "%e %U %S" -o "$t" "$1/bulletins" parse "$file" > "$out" 2> /dev/null
  echo "$(cat "$t") $(sha256sum < "$out" | cut -c1-12)"
}
walls=(); cpus=()
for r in $(seq "$rounds"); do
  if [ $((r % 2)) = 1 ]; then ra=$(run "$a"); rb=$(run "$b"); else rb=$(run "$b"); ra=$(run "$a"); fi
  echo "round $r: A $ra | B $rb"
  read -r wa ua sa _ <<< "$ra"; read -r wb ub sb _ <<< "$rb"
  walls+=("$(echo "scale=4; $wb / $wa" | bc)"); cpus+=("$(echo "scale=4; ($ub + $sb) / ($ua + $sa)" | bc)")
done
median() { printf '%s\n' "$@" | sort -n | awk '{v[NR]=$1} END {print (NR % 2) ? v[(NR+1)/2] : (v[NR/2] + v[NR/2+1]) / 2}'; }
echo "# B/A median: wall $(median "${walls[@]}"), CPU $(median "${cpus[@]}")"
