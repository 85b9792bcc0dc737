#!/usr/bin/env bash
# Run the fuzz targets, each for a given time, seeded from the Python test corpus.
#
#   fuzz/run.sh [SECONDS] [TARGET...]     default: 60 s each, every target
#
# Needs nightly and cargo-fuzz (installs it when missing: cargo install cargo-fuzz).
# A crash stops its target and leaves the input in fuzz/artifacts/TARGET/; turn it into a
# test (tests/ or a unit test), fix it, and keep the input in the corpus.
set -euo pipefail
cd "$(dirname "$0")"
secs=${1:-60}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(lexer parser compile run repl)

command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz

# Seeds: every corpus test, and for the REPL target the same programs typed at the prompt,
# pasted (Ctrl-E) and sent through the raw REPL and raw-paste mode.
for t in "${targets[@]}"; do
    mkdir -p "corpus/$t"
    if [ -z "$(ls -A "corpus/$t")" ]; then
        for f in ../tests/*/*.py; do
            name=$(echo "$f" | tr '/' '_')
            if [ "$t" = repl ]; then
                { printf '\x05'; cat "$f"; printf '\x04'; } > "corpus/$t/paste_$name"
                { printf '\x01'; cat "$f"; printf '\x04\x02'; } > "corpus/$t/raw_$name"
                { printf '\x01\x05A\x01'; cat "$f"; printf '\x04'; } > "corpus/$t/rawpaste_$name"
                head -c 300 "$f" > "corpus/$t/typed_$name"
            else
                cp "$f" "corpus/$t/$name"
            fi
        done
    fi
done

for t in "${targets[@]}"; do
    echo "==== fuzz target $t for ${secs}s"
    # No sanitizer: the GC scans the native stack conservatively, word by word, which
    # AddressSanitizer reports as reading its redzones. Panics, aborts, hangs and
    # out-of-memory are what the targets catch.
    log="artifacts/$t.log"
    mkdir -p artifacts
    status=0
    cargo +nightly fuzz run -s none "$t" -- -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -max_len=4096 \
        >"$log" 2>&1 || status=$?
    grep -E "^(#[0-9]+ *DONE|Done|==[0-9]+==ERROR|SUMMARY|artifact_prefix|Test unit written|error)" "$log" || true
    if [ "$status" -ne 0 ]; then
        echo "fuzz target $t failed (status $status): see fuzz/$log" >&2
        exit 1
    fi
    if [ -n "$(find "artifacts/$t" -maxdepth 1 \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \) 2>/dev/null)" ]; then
        echo "fuzz target $t found a problem: see fuzz/artifacts/$t/" >&2
        exit 1
    fi
done
echo "fuzz: no crashes"
