#!/usr/bin/env bash
# Runs the Jazzer fuzz targets (@FuzzTest methods) of every module in fuzzing mode, one target per
# JVM, each for a chosen time, and reports per target the time, the executions and any crash.
# In an ordinary build (./mvnw verify) the same methods run in regression mode only, over their
# committed inputs in src/test/resources/<package>/<Class>Inputs/<method>/. See docs/reliability.md.
set -euo pipefail

usage() {
  cat <<'USAGE'
Usage: scripts/fuzz.sh [options]

Runs every @FuzzTest method found under */src/test/java in fuzzing mode (JAZZER_FUZZ=1), one
target per JVM, one after the other, with the test JVM's heap capped at 512 MB.

Options:
  -t, --time SECONDS      fuzzing time per target (default 60)
  -m, --module MODULE     only targets of this module (repeatable; default: every module)
      --target REGEX      only targets whose name (package.Class#method) matches REGEX
      --timeout SECONDS   an input that runs longer than this is a finding (default 30)
      --instrument GLOBS  classes that give coverage feedback, comma-separated
                          (default: the module's own classes; for example
                          'io.anke.**,org.bouncycastle.**' to include the ASN.1 parsers)
      --list              print the targets that would run, and exit
  -h, --help              this help

Generated corpora go to MODULE/.cifuzz-corpus/ (git-ignored) and are reused by the next run.
A crash input is written next to the committed inputs, MODULE/src/test/resources/<package>/
<Class>Inputs/<method>/crash-<sha1>, where the regression run of ./mvnw verify replays it; fix
the code and keep the file. Logs: MODULE/target/fuzz-logs/.

Exit status: 0 no crash; 1 a crash (or another failure of a target); 2 bad usage or build error.
USAGE
}

die() {
  echo "fuzz.sh: $*" >&2
  echo "Try 'scripts/fuzz.sh --help'." >&2
  exit 2
}

seconds=60
timeout=30
target_regex=''
instrument=''
list_only=false
modules=()

while [[ $# -gt 0 ]]; do
  case "$1" in
    -t | --time)
      [[ $# -ge 2 ]] || die "$1 needs a number of seconds"
      seconds="$2"
      shift 2
      ;;
    -m | --module)
      [[ $# -ge 2 ]] || die "$1 needs a module directory"
      modules+=("$2")
      shift 2
      ;;
    --target)
      [[ $# -ge 2 ]] || die "--target needs a regular expression"
      target_regex="$2"
      shift 2
      ;;
    --timeout)
      [[ $# -ge 2 ]] || die "--timeout needs a number of seconds"
      timeout="$2"
      shift 2
      ;;
    --instrument)
      [[ $# -ge 2 ]] || die "--instrument needs comma-separated class globs"
      instrument="$2"
      shift 2
      ;;
    --list)
      list_only=true
      shift
      ;;
    -h | --help)
      usage
      exit 0
      ;;
    *) die "unknown argument '$1'" ;;
  esac
done

[[ "$seconds" =~ ^[1-9][0-9]*$ ]] || die "time per target must be a positive number of seconds, got '$seconds'"
[[ "$timeout" =~ ^[1-9][0-9]*$ ]] || die "timeout must be a positive number of seconds, got '$timeout'"
if [[ -n "$target_regex" ]]; then
  # grep exits 2 for a malformed expression; 0 or 1 only say whether it matched.
  rc=0
  echo | grep -Eq -- "$target_regex" || rc=$?
  [[ $rc -le 1 ]] || die "--target is not a valid extended regular expression: '$target_regex'"
fi

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

for m in "${modules[@]+"${modules[@]}"}"; do
  [[ -f "$m/pom.xml" ]] || die "no module '$m' (no $m/pom.xml)"
done

# Every @FuzzTest method: "module fully.qualified.Class method", found by reading the sources, so
# that a target added to any module is picked up without editing this script.
discover() {
  local file module
  while IFS= read -r file; do
    module="${file%%/src/test/java/*}"
    awk -v module="$module" -v file="$file" '
      /^package[ \t]/ { pkg = $2; sub(/;.*/, "", pkg) }
      /^[ \t]*@FuzzTest([ \t(]|$)/ { pending = 1; next }
      pending && match($0, /void[ \t]+[A-Za-z_][A-Za-z0-9_]*[ \t]*\(/) {
        name = substr($0, RSTART, RLENGTH)
        sub(/^void[ \t]+/, "", name); sub(/[ \t]*\($/, "", name)
        cls = file; sub(/^.*\//, "", cls); sub(/\.java$/, "", cls)
        print module, (pkg == "" ? cls : pkg "." cls), name
        pending = 0
      }
    ' "$file"
  done < <(grep -rlE '^[[:space:]]*@FuzzTest([[:space:](]|$)' --include='*.java' ./*/src/test/java 2>/dev/null \
    | sed 's|^\./||' | sort)
}

targets=()
while read -r module cls method; do
  if [[ ${#modules[@]} -gt 0 ]]; then
    keep=false
    for m in "${modules[@]}"; do
      [[ "${m%/}" == "$module" ]] && keep=true
    done
    $keep || continue
  fi
  if [[ -n "$target_regex" ]] && ! grep -Eq -- "$target_regex" <<<"$cls#$method"; then
    continue
  fi
  targets+=("$module $cls $method")
done < <(discover)

if [[ ${#targets[@]} -eq 0 ]]; then
  die "no @FuzzTest method matches (modules: ${modules[*]:-all}, target: ${target_regex:-any})"
fi

if $list_only; then
  printf '%s\n' "${targets[@]}" | awk '{ printf "%-18s %s#%s\n", $1, $2, $3 }'
  exit 0
fi

echo "fuzz.sh: ${#targets[@]} target(s), ${seconds}s each, input timeout ${timeout}s, heap 512 MB"
echo "fuzz.sh: machine: $(nproc) CPU(s), $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"

# Compile each module once (and what it needs) before the runs.
build_modules="$(printf '%s\n' "${targets[@]}" | awk '{ print $1 }' | sort -u | paste -sd, -)"
echo "fuzz.sh: compiling $build_modules"
if ! ./mvnw -B -o -q -pl "$build_modules" -am test-compile -Dspotless.check.skip=true >/dev/null; then
  echo "fuzz.sh: the build failed; run: ./mvnw -B -o -pl $build_modules -am test-compile" >&2
  exit 2
fi

results=()
failed=0
for t in "${targets[@]}"; do
  read -r module cls method <<<"$t"
  simple="${cls##*.}"
  pkg_dir="$(dirname "${cls//.//}")"
  inputs="$module/src/test/resources/$pkg_dir/${simple}Inputs/$method"
  logs="$module/target/fuzz-logs"
  log="$logs/$simple-$method.log"
  mkdir -p "$logs"
  before="$(ls "$inputs" 2>/dev/null | grep -E '^(crash|timeout|oom|slow-unit)-' | sort || true)"

  jvm="-Xmx512m"
  # Jazzer hands jazzer.internal.arg.N to libFuzzer (N=0 is the program name).
  jvm+=" -Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-timeout=$timeout"
  jvm+=" -Djazzer.internal.arg.2=-print_final_stats=1"
  if [[ -n "$instrument" ]]; then
    jvm+=" -Djazzer.instrument=$instrument"
  fi

  echo
  echo "== $module $cls#$method (load average $(cut -d' ' -f1-3 /proc/loadavg))"
  start=$(date +%s)
  status=0
  # surefire:test@default-test runs only the module's default test execution (not its extra
  # executions), one @FuzzTest method, in one forked JVM.
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" \
    ./mvnw -B -o -pl "$module" -am test-compile surefire:test@default-test \
    -Dspotless.check.skip=true -Danke.it.skip=true \
    -Dtest="$cls#$method" -Dsurefire.failIfNoSpecifiedTests=false \
    -DtrimStackTrace=false "-DargLine=$jvm" >"$log" 2>&1 || status=$?
  elapsed=$(($(date +%s) - start))
  report="$module/target/surefire-reports/$cls-output.txt"
  if [[ -f "$report" ]]; then
    { echo "---- $report"; cat "$report"; } >>"$log"
  fi
  for dump in "$module"/target/surefire-reports/*.dumpstream; do
    if [[ -f "$dump" ]]; then
      { echo "---- $dump"; cat "$dump"; } >>"$log"
    fi
  done

  # libFuzzer's final statistics (-print_final_stats=1); absent when the run ended otherwise.
  runs="$(grep -oE 'stat::number_of_executed_units: [0-9]+' "$log" | tail -1 | awk '{ print $2 }' || true)"
  if [[ -z "$runs" ]]; then
    runs="$(grep -oE 'Done [0-9]+ runs' "$log" | tail -1 | awk '{ print $2 }' || true)"
  fi
  after="$(ls "$inputs" 2>/dev/null | grep -E '^(crash|timeout|oom|slow-unit)-' | sort || true)"
  new="$(comm -13 <(echo "$before") <(echo "$after") | sed '/^$/d' || true)"

  if [[ -n "$new" ]]; then
    verdict="CRASH"
    failed=1
    while read -r f; do
      echo "   crash input: $inputs/$f"
    done <<<"$new"
    grep -m1 -E '^== Java Exception:|FuzzTestFindingException|Exception in thread' "$log" | sed 's/^/   /' || true
  elif [[ $status -ne 0 ]]; then
    verdict="FAILED (exit $status, no crash input written; see $log)"
    failed=1
  else
    verdict="no crash"
  fi
  echo "   ${elapsed}s, ${runs:-?} executions, $verdict; log: $log"
  results+=("$(printf '%-60s %6ss %12s  %s' "$simple#$method" "$elapsed" "${runs:-?}" "$verdict")")
done

echo
echo "fuzz.sh: summary (load average now $(cut -d' ' -f1-3 /proc/loadavg))"
printf '%-60s %7s %12s  %s\n' "target" "time" "executions" "result"
printf '%s\n' "${results[@]}"
exit $failed
