#!/bin/bash
# Compares anke:check with the CycloneDX plugin's makeAggregateBom on this 109-dependency project,
# as in docs/maven-plugin.md. Install the plugin first (./mvnw -pl maven-plugin -am install
# -DskipTests), then run this from anywhere: ./maven-plugin/src/perf/measure.sh [RUNS]
# Per run it prints the goal's own time (its "---" log line to BUILD SUCCESS) and the whole
# command's wall time; runs alternate so that a busy machine affects every variant alike.
set -euo pipefail
cd "$(dirname "$0")"
MVN="../../../mvnw -B -Dorg.slf4j.simpleLogger.showDateTime=true -Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"
S=compile,runtime,provided,system,test
# Warm-up (online once, so that everything is in the local repository).
$MVN -q compile org.cyclonedx:cyclonedx-maven-plugin:2.9.3:makeAggregateBom -DincludeTestScope=true > /dev/null
$MVN -q -o anke:check -Danke.includeScopes=$S > /dev/null
runs=$(mktemp)
for i in $(seq 1 "${1:-7}"); do
  for v in anke anke-deps cdx; do
    case $v in
      anke) cmd="$MVN -o anke:check -Danke.includeScopes=$S"; start='--- anke:';;
      anke-deps) cmd="$MVN -o anke:check -Danke.includeScopes=$S -Danke.scanDependencyClasses=true"; start='--- anke:';;
      cdx) cmd="$MVN org.cyclonedx:cyclonedx-maven-plugin:2.9.3:makeAggregateBom -DincludeTestScope=true"; start='--- cyclonedx:';;
    esac
    t0=$(date +%s.%N); $cmd > target/run.log 2>&1; t1=$(date +%s.%N)
    python3 - "$v" "$start" "$t0" "$t1" >> "$runs" <<'PY'
import sys, datetime
v, start, t0, t1 = sys.argv[1], sys.argv[2], float(sys.argv[3]), float(sys.argv[4])
lines = open('target/run.log').read().splitlines()
t = lambda s: datetime.datetime.strptime(s[:12], "%H:%M:%S.%f")
s = next(l for l in lines if start in l)
e = next(l for l in lines if 'BUILD SUCCESS' in l)
print(v, round((t(e) - t(s)).total_seconds(), 3), round(t1 - t0, 3))
PY
  done
done
python3 - "$runs" <<'PY'
import sys, statistics, collections
d = collections.defaultdict(lambda: ([], []))
for l in open(sys.argv[1]):
    v, g, w = l.split(); d[v][0].append(float(g)); d[v][1].append(float(w))
for v, (g, w) in d.items():
    print(f"{v}: n={len(g)} goal median {statistics.median(g):.2f}s (min {min(g):.2f})"
          f" | command median {statistics.median(w):.2f}s (min {min(w):.2f})")
PY
