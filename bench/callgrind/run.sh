#!/bin/sh
# Instruction counts (valgrind --tool=callgrind) of ours and MicroPython on the suite's
# benchmarks at fixed sizes small enough for valgrind: exact and repeatable, unlike times
# on a shared machine. Prints one table row per benchmark: ours, MicroPython, ratio.
#
#   bench/callgrind/run.sh [BENCH=N ...]        # default: the set in DEFAULT below
#   OURS=path MPY=path bench/callgrind/run.sh richards=5
#
# MPY defaults to $MICROPY_MICROPYTHON; without it only ours is counted.
set -e
cd "$(dirname "$0")/../.."
OURS=${OURS:-target/release/micropython}
MPY=${MPY:-$MICROPY_MICROPYTHON}
DEFAULT="richards=5 nbody=3000 pystone=5000 closures=20000 fannkuch=7 nqueens=8 methods=2000 chaos=2000 generators=2000 fib=22 pass=0"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
count() { # interpreter script -> instructions
    valgrind --tool=callgrind --callgrind-out-file="$tmp/cg.out" "$1" -X heapsize=16M "$2" >"$tmp/out" 2>"$tmp/err" || { echo "FAIL"; return; }
    grep -o 'Collected : [0-9]*' "$tmp/err" | grep -o '[0-9]*$'
}
printf '%-10s %8s %14s %14s %8s\n' bench N ours mpy ours/mpy
for spec in ${@:-$DEFAULT}; do
    name=${spec%=*}; n=${spec#*=}
    script="$tmp/$name.py"
    case $name in
    fib) printf 'def fib(n):\n    return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(%s))\n' "$n" >"$script" ;;
    pass) echo pass >"$script" ;;
    *) { echo "N = $n"; tail -n +2 "bench/suite/$name.py"; } >"$script" ;;
    esac
    o=$(count "$OURS" "$script")
    if [ -n "$MPY" ]; then m=$(count "$MPY" "$script"); else m=-; fi
    r=$(python3 -c "import sys; o,m=sys.argv[1:]; print('%.2f' % (int(o)/int(m)) if o.isdigit() and m.isdigit() else '-')" "$o" "$m")
    printf '%-10s %8s %14s %14s %8s\n' "$name" "$n" "$o" "$m" "$r"
done
