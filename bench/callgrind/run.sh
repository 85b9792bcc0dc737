#!/bin/sh
# Instruction counts (valgrind --tool=callgrind) of ours and MicroPython on the suite's
# benchmarks at fixed sizes small enough for valgrind: exact and repeatable, unlike times
# on a shared machine. Prints one table row per benchmark.
#
#   bench/callgrind/run.sh [BENCH=N ...]        # default: the set in DEFAULT below
#   OURS=path MPY=path BASE=path bench/callgrind/run.sh richards=5
#
# OURS defaults to target/release/micropython, MPY to $MICROPY_MICROPYTHON (without one,
# only ours is counted); BASE, when given, is an older build of ours counted alongside
# (before/after tables). `fib=N` is a recursive fib(N), `pass=0` an empty script.
set -e
cd "$(dirname "$0")/../.."
OURS=${OURS:-target/release/micropython}
MPY=${MPY:-$MICROPY_MICROPYTHON}
DEFAULT="richards=5 nbody=3000 pystone=5000 closures=20000 fannkuch=7 nqueens=8 methods=2000 chaos=2000 generators=2000 fib=22 pass=0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() { # interpreter script -> instructions
    [ -n "$1" ] || { echo -; return; }
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$1" -X heapsize=16M "$2" >"$tmp/out" 2>"$tmp/err" || { echo FAIL; return; }
    grep -o 'Collected : [0-9]*' "$tmp/err" | grep -o '[0-9]*$'
}
ratio() {
    python3 -c "import sys; a,b=sys.argv[1:]; print('%.2f' % (int(a)/int(b)) if a.isdigit() and b.isdigit() else '-')" "$1" "$2"
}
printf '%-10s %6s %12s %12s %12s %9s %9s\n' bench N base ours mpy base/mpy ours/mpy
for spec in ${@:-$DEFAULT}; do
    name=${spec%=*}; n=${spec#*=}
    script="$tmp/$name.py"
    case $name in
    fib) printf 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(%s))\n' "$n" >"$script" ;;
    pass) echo pass >"$script" ;;
    *) { echo "N = $n"; tail -n +2 "bench/suite/$name.py"; } >"$script" ;;
    esac
    b=$(count "$BASE" "$script")
    o=$(count "$OURS" "$script")
    m=$(count "$MPY" "$script")
    printf '%-10s %6s %12s %12s %12s %9s %9s\n' "$name" "$n" "$b" "$o" "$m" "$(ratio "$b" "$m")" "$(ratio "$o" "$m")"
done
