#!/usr/bin/env bash
# Start-up time (`-c pass`) of our host binary against MicroPython's, measured the way this
# noisy machine allows: hyperfine rounds that alternate between the binaries (ROUNDS of
# RUNS runs each), then the median, least and greatest of each binary's round means. One
# long hyperfine run per binary drifts with the machine's load and favours whichever ran
# in the quieter minute.
#
#   bench/startup/run.sh [BINARY...]
#
# Default binaries: target/release/micropython, and $MICROPY_MICROPYTHON when set (e.g.
# ../shared/reference/micropython). Needs hyperfine (apt-get install -y hyperfine).
set -euo pipefail
cd "$(dirname "$0")/../.."
rounds=${ROUNDS:-8}
runs=${RUNS:-300}
bins=("$@")
if [ ${#bins[@]} -eq 0 ]; then
    bins=(target/release/micropython)
    [ -n "${MICROPY_MICROPYTHON:-}" ] && bins+=("$MICROPY_MICROPYTHON")
fi
command -v hyperfine >/dev/null || { echo "hyperfine is missing: apt-get install -y hyperfine" >&2; exit 2; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
for _ in $(seq "$rounds"); do
    for i in "${!bins[@]}"; do
        hyperfine -N --warmup 30 --runs "$runs" "${bins[$i]} -c pass" --export-json "$tmp/r.json" >/dev/null 2>&1
        python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['results'][0]['mean'] * 1e3)" \
            "$tmp/r.json" >>"$tmp/$i"
    done
done
echo "| binary | median of $rounds round means | least | greatest |"
echo "|---|---:|---:|---:|"
for i in "${!bins[@]}"; do
    python3 -c "
import statistics, sys
v = [float(x) for x in open(sys.argv[1])]
print('| %s | %.3f ms | %.3f ms | %.3f ms |' % (sys.argv[2], statistics.median(v), min(v), max(v)))" "$tmp/$i" "${bins[$i]}"
done
