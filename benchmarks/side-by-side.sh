#!/usr/bin/env bash
# The side-by-side SM benchmarks of issue 18, in one command: builds the benchmark jar, runs every
# io.anke.benchmarks.sidebyside benchmark (Anke, Bouncy Castle, Kona, Hutool, the JDK reference),
# records `openssl speed` for the same workloads, and writes the Markdown table of medians and
# ratios (see docs/performance.md).
#
# usage: benchmarks/side-by-side.sh [options] [-- JMH options]
#   -f N               JMH forks per benchmark (default 3)
#   -o DIR             where to write results.json, openssl.tsv, context.txt, side-by-side.md
#                      (default benchmarks/target/side-by-side)
#   --include REGEX    only the benchmarks matching REGEX (default: every side-by-side benchmark)
#   --openssl-seconds N  seconds per `openssl speed` figure (default 3)
#   --no-openssl       no OpenSSL column
#   --no-build         use the benchmark jar already built
#   -- ...             passed to JMH as they are, e.g. -- -wi 1 -w 200ms -i 1 -r 200ms -p size=64
# Maven flags for the build can be given in MAVEN_ARGS (for example MAVEN_ARGS=-o).
set -euo pipefail

root=$(cd "$(dirname "$0")/.." && pwd)
forks=3
out=$root/benchmarks/target/side-by-side
include='io\.anke\.benchmarks\.sidebyside\..*'
openssl_seconds=3
with_openssl=1
build=1
usage() { sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//' >&2; exit 2; }
while [[ $# -gt 0 ]]; do
  case $1 in
    -f) forks=${2:?-f needs a number}; shift 2 ;;
    -o) out=${2:?-o needs a directory}; shift 2 ;;
    --include) include=${2:?--include needs a regex}; shift 2 ;;
    --openssl-seconds) openssl_seconds=${2:?--openssl-seconds needs a number}; shift 2 ;;
    --no-openssl) with_openssl=0; shift ;;
    --no-build) build=0; shift ;;
    --) shift; break ;;
    -h|--help) usage ;;
    *) echo "side-by-side.sh: unknown option $1" >&2; usage ;;
  esac
done
[[ $forks =~ ^[1-9][0-9]*$ ]] || { echo "side-by-side.sh: -f needs a positive number, got '$forks'" >&2; exit 2; }

jar=$root/benchmarks/target/benchmarks.jar
if [[ $build == 1 ]]; then
  (cd "$root" && ./mvnw -B -q ${MAVEN_ARGS:-} -pl benchmarks -am package -DskipTests -Danke.it.skip=true)
fi
[[ -f $jar ]] || { echo "side-by-side.sh: no $jar (build it, or drop --no-build)" >&2; exit 3; }
mkdir -p "$out"

{
  echo "Date: $(date -u '+%Y-%m-%d %H:%M UTC'); commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "Machine: $(grep -m1 'model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | xargs || uname -m), $(nproc) CPUs, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo 2>/dev/null) memory"
  echo "Load average before the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')"
} >"$out/context.txt"

java -jar "$jar" "$include" -f "$forks" -rf json -rff "$out/results.json" "$@" | tee "$out/jmh.log"
echo "Load average after the run: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >>"$out/context.txt"
# JMH goes on past a benchmark that throws (a failed self-check, say) and leaves it out of the JSON;
# say so in the table and in the exit code rather than show a silent gap.
failed=0
if grep -q '<failure>' "$out/jmh.log"; then
  failed=1
  echo "Some benchmarks failed and are missing from the table: see jmh.log" >>"$out/context.txt"
fi

report=("$out/results.json" "$out/side-by-side.md" --context "$out/context.txt")
if [[ $with_openssl == 1 ]]; then
  if "$root/benchmarks/openssl-speed.sh" "$out/openssl.tsv" "$openssl_seconds"; then
    report+=(--openssl "$out/openssl.tsv")
  else
    echo "side-by-side.sh: no OpenSSL figures; the table has no C column" >&2
  fi
fi
java -cp "$jar" io.anke.benchmarks.sidebyside.SideBySideReport "${report[@]}"
echo "side-by-side.sh: results in $out (results.json, side-by-side.md)"
if [[ $failed == 1 ]]; then
  echo "side-by-side.sh: some benchmarks failed (look for <failure> in $out/jmh.log)" >&2
  exit 1
fi
