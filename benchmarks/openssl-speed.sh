#!/usr/bin/env bash
# Records `openssl speed` figures for the side-by-side SM workloads, as the C reference column of
# the report that SideBySideReport writes (see docs/performance.md).
#
# usage: benchmarks/openssl-speed.sh OUT.tsv [SECONDS]
#   OUT.tsv  written: a comment line with the OpenSSL version and timing, then one line per
#            workload: family, operation, message size in bytes, operations per second (tab-separated)
#   SECONDS  how long each figure runs (default 3)
#
# Figures use wall-clock time (-elapsed), as JMH does. OpenSSL's speed loop reuses one context and
# one IV per size and does not pad, so it is the engine's speed, not a user's call. SM2 sign and
# verify come from `openssl speed sm2` where the local OpenSSL has it. OpenSSL 3.0 has no SM4-GCM
# in `speed`; the table shows "—" there.
set -euo pipefail

out=${1:?usage: openssl-speed.sh OUT.tsv [SECONDS]}
seconds=${2:-3}
command -v openssl >/dev/null || { echo "openssl-speed.sh: no openssl on PATH" >&2; exit 3; }

tmp=$(mktemp)
trap 'rm -f "$tmp"' EXIT
echo "# $(openssl version) · -elapsed -seconds $seconds" >"$tmp"

# One bulk figure: +F:<n>:<name>:<bytes per second> in -mr output.
bulk() { # family operation size openssl-args...
  local family=$1 op=$2 size=$3
  shift 3
  local bps
  bps=$(openssl speed -mr -elapsed -seconds "$seconds" -bytes "$size" "$@" 2>/dev/null |
    awk -F: '/^\+F:/ { print $NF }' | tail -1)
  if [[ -n $bps ]]; then
    awk -v f="$family" -v o="$op" -v s="$size" -v b="$bps" \
      'BEGIN { printf "%s\t%s\t%d\t%.1f\n", f, o, s, b / s }' >>"$tmp"
  else
    echo "openssl-speed.sh: no figure for $family $op $size" >&2
  fi
}

for size in 64 1024 1048576; do
  bulk sm3 digest "$size" -evp sm3
  bulk sm4-cbc encrypt "$size" -evp sm4-cbc
  bulk sm4-cbc decrypt "$size" -decrypt -evp sm4-cbc
  bulk sm4-ctr encrypt "$size" -evp sm4-ctr
  bulk sm4-ctr decrypt "$size" -decrypt -evp sm4-ctr
done

# SM2: +F7:<n>:<bits>:<curve>:<sign/s>:<verify/s>
sm2=$(openssl speed -mr -elapsed -seconds "$seconds" sm2 2>/dev/null | awk -F: '/^\+F7:/ { print $5 "\t" $6 }' | tail -1 || true)
if [[ -n $sm2 ]]; then
  printf 'sm2\tsign\t32\t%s\nsm2\tverify\t32\t%s\n' "${sm2%%$'\t'*}" "${sm2##*$'\t'}" >>"$tmp"
else
  echo "openssl-speed.sh: this openssl has no 'speed sm2'" >&2
fi

mv "$tmp" "$out"
trap - EXIT
echo "openssl-speed.sh: wrote $out"
