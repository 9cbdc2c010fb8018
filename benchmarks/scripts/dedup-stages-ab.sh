#!/usr/bin/env bash
# Before/after with the stage log: one whole-process `bulletins dedup` of a generated file of N
# items per CLI jar, in the order given, each with -Dbulletins.dedup.timings=true and a G1 log;
# then `parse` with the first jar. Prints per jar the wall and CPU (user+sys) seconds, peak RSS,
# G1's paused seconds, and each phase (reading, the engine's stages, writing) with the G1 pauses
# inside it; then whether each JSON output is byte-identical to the first jar's. Run it twice
# with the jars swapped: on a shared machine one pair says little.
#   dedup-stages-ab.sh N FIRST.jar SECOND.jar...   (BULLETINS_JAVA_OPTS, default -Xmx4g)
source "$(dirname "$0")/common.sh"
n="$1"; shift
[ -f "$JAR" ] || build
c=$(corpus "corpus-$n.txt" --items "$n")
machine
opts="${BULLETINS_JAVA_OPTS:--Xmx4g}"
echo "# file: $c, $n items, JVM options: $opts"
# phases ERR GC: "phase seconds (gc paused seconds)" for reading, each engine stage and writing.
phases() {
  python3 - "$1" "$2" <<'PY'
import re, sys
err = open(sys.argv[1]).read()
laps = re.findall(r"(phase|stage) +([a-z+-]+) +[0-9.]+ s \(at ([0-9.]+) s", err)
phase = {name: float(at) for kind, name, at in laps if kind == "phase"}
stages = [(name, float(at)) for kind, name, at in laps if kind == "stage"]
if "read+dedup" not in phase or not stages:
    print("(no stage log)"); sys.exit()
start = phase["read+dedup"] - stages[-1][1]  # the engine's clock starts when reading ends
ends = [("start-up", phase["start-up"]), ("reading", start)]
ends += [(name, at + start) for name, at in stages] + [("write", phase.get("write", 0))]
pauses = [(float(m[0]), float(m[1]) / 1000) for m in
          re.findall(r"^\[([0-9.]+)s\].*Pause.* ([0-9.]+)ms$", open(sys.argv[2]).read(), re.M)]
out, before = [], 0.0
for name, end in ends:
    if end - before >= 0.05:
        gc = sum(p for at, p in pauses if before < at <= end)
        out.append(f"{name} {end - before:.1f} (gc {gc:.1f})")
    before = end
print("; ".join(out))
PY
}
k=0
for jar in "$@"; do
  s=$(date +%s.%N)
  # shellcheck disable=SC2086
  /usr/bin/time -f "%U %S %M" -o "$WORK/stages-time.$$" java $opts -Dbulletins.dedup.timings=true \
    -Xlog:gc:file="$WORK/stages-gc-$k.log" -jar "$jar" dedup "$c" >"$WORK/stages-$k.json" 2>"$WORK/stages-err-$k" || true
  wall=$(echo "$(date +%s.%N) - $s" | bc)
  read -r u sy m < <(tail -1 "$WORK/stages-time.$$")
  paused=$(awk '/Pause/ {gsub("ms", "", $NF); s += $NF} END {printf "%.1f", s / 1000}' "$WORK/stages-gc-$k.log")
  echo "dedup[$k] $(basename "$jar"): wall=${wall}s cpu=$(echo "$u + $sy" | bc)s rss_kib=$m gc_paused=${paused}s load=$(cut -d' ' -f1 /proc/loadavg)"
  echo "  $(phases "$WORK/stages-err-$k" "$WORK/stages-gc-$k.log")"
  k=$((k + 1))
done
s=$(date +%s.%N)
# shellcheck disable=SC2086
/usr/bin/time -f "%U %S" -o "$WORK/stages-time.$$" java $opts -jar "$1" parse "$c" >/dev/null
echo "parse: wall=$(echo "$(date +%s.%N) - $s" | bc)s cpu=$(awk '{print $1 + $2}' "$WORK/stages-time.$$")s"
rm -f "$WORK/stages-time.$$"
for i in $(seq 1 $((k - 1))); do
  cmp -s "$WORK/stages-0.json" "$WORK/stages-$i.json" && echo "dedup[$i]: output identical to dedup[0]" || echo "dedup[$i]: OUTPUT DIFFERS from dedup[0]"
done
