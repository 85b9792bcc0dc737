#!/usr/bin/env bash
# Every test, host and QEMU: unit and UI tests, the Python corpus on the host binary (also
# with gc-stress on) and on the STM32F405 firmware under QEMU, and the seed session typed
# into the friendly REPL of both boards; Ctrl-C against long native operations, fault
# injection, a serial-line soak under QEMU and a short run of each fuzz target. Installs
# what it needs when it can.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)

step() { printf '\n==== %s\n' "$*"; }

need_target() {
    if ! rustup target list --installed 2>/dev/null | grep -qx thumbv7em-none-eabihf; then
        step "installing the thumbv7em-none-eabihf target"
        rustup target add thumbv7em-none-eabihf
    fi
}

need_qemu() {
    command -v qemu-system-arm >/dev/null && return
    step "installing qemu-system-arm"
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get install -y qemu-system-arm \
            || { apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y qemu-system-arm; }
    else
        echo "qemu-system-arm is missing; run: sudo apt-get install -y qemu-system-arm" >&2
        exit 1
    fi
}

need_mpremote() {
    command -v mpremote >/dev/null && return
    step "installing mpremote (PyPI)"
    python3 -m pip install --quiet mpremote 2>/dev/null \
        || python3 -m pip install --quiet --break-system-packages mpremote \
        || { echo "mpremote is missing; run: python3 -m pip install mpremote" >&2; exit 1; }
    command -v mpremote >/dev/null || { echo "mpremote installed but not on PATH; add $(python3 -m site --user-base)/bin to PATH" >&2; exit 1; }
}

need_target
need_qemu
need_mpremote

step "unit, snapshot and UI tests (cargo test --workspace)"
cargo test --workspace --quiet

step "host binary: the full board (boards/host/board.toml)"
cargo build --release -p host --quiet
host="$root/target/release/micropython"

step "the host binary's command line (tests/tools/cli_test.py)"
python3 tests/tools/cli_test.py --binary "$host"
python3 tests/tools/repl_pty_test.py --binary "$host"

step "Ctrl-C stops long native operations (tests/tools/interrupt_test.py)"
python3 tests/tools/interrupt_test.py --binary "$host"

step "the native modules' .pyi stubs (tests/tools/stubs_test.py)"
python3 tests/tools/stubs_test.py "$root/target/release/stubs"

step "the cross-compiler round trip (tests/tools/mpy_cross_test.py)"
python3 tests/tools/mpy_cross_test.py --bin-dir "$root/target/release"

step "mpremote against the host binary on a pty (tests/tools/mpremote_test.py)"
python3 tests/tools/mpremote_test.py --target host --binary "$host"

step "corpus on the host"
python3 tests/run.py --target host --binary "$host"

step "corpus on the host with gc-stress (boards/host/gcstress.toml)"
MP_BOARD_TOML="$root/boards/host/gcstress.toml" CARGO_TARGET_DIR="$root/target/gcstress" \
    cargo build --release -p host --quiet
python3 tests/run.py --target host --binary "$root/target/gcstress/release/micropython"

step "numbers, strings and the runtime unit tests with single-precision floats (boards/host/single.toml)"
MP_BOARD_TOML="$root/boards/host/single.toml" CARGO_TARGET_DIR="$root/target/single" \
    cargo build --release -p host --quiet
python3 tests/run.py --target host --binary "$root/target/single/release/micropython" numbers strings modules_std
# The runtime's unit tests at single precision too (MicroPython's float text, f64 items by bits).
MP_BOARD_TOML="$root/boards/host/single.toml" CARGO_TARGET_DIR="$root/target/single" \
    cargo test -p runtime --quiet

step "fault injection: the corpus with its Nth allocation failing (boards/host/faults.toml)"
MP_BOARD_TOML="$root/boards/host/faults.toml" CARGO_TARGET_DIR="$root/target/faults" \
    cargo build --release -p host --quiet
python3 tests/tools/fault_sweep.py --max-runs 12 --binary "$root/target/faults/release/micropython"
python3 tests/tools/repl_fault_test.py --step 4 --binary "$root/target/faults/release/micropython"

step "seed session on the minimal host board (boards/host-minimal)"
(cd boards/host-minimal && cargo build --release --quiet)
python3 tests/tools/seed_session.py --target host \
    --binary "$root/boards/host-minimal/target/release/micropython-minimal"

# The runtime's name lookup with a one-byte slot table (boards of up to 512 static names).
MP_BOARD_TOML="$root/boards/host-minimal/board.toml" CARGO_TARGET_DIR="$root/target/minimal-unit" \
    cargo test -p runtime --quiet qstr::

step "what level minimum leaves out, on the minimal host board (tests/minimum)"
python3 tests/run.py --target host --binary "$root/boards/host-minimal/target/release/micropython-minimal" minimum

step "firmware for the corpus (boards/netduinoplus2/test.toml)"
(cd boards/netduinoplus2 && MP_BOARD_TOML="$root/boards/netduinoplus2/test.toml" \
    CARGO_TARGET_DIR="$root/boards/netduinoplus2/target/test" cargo build --release --quiet \
    --features example,convtest)
testfw="$root/boards/netduinoplus2/target/test/thumbv7em-none-eabihf/release/firmware"
python3 tests/run.py --target qemu --firmware "$testfw"
python3 tests/tools/machine_qemu_test.py --firmware "$testfw"

step "the netduinoplus2 firmware (boards/netduinoplus2/board.toml, level extra)"
(cd boards/netduinoplus2 && cargo build --release --quiet)
size -A "$root/boards/netduinoplus2/target/thumbv7em-none-eabihf/release/firmware" \
    | grep -E '^(section|\.text|\.rodata|\.data|\.bss|Total)'
python3 tests/tools/mpremote_test.py --target qemu \
    --firmware "$root/boards/netduinoplus2/target/thumbv7em-none-eabihf/release/firmware"

step "the NUCLEO-F411RE firmware builds (boards/nucleo-f411re; no emulator runs it)"
(cd boards/nucleo-f411re && cargo build --release --quiet)
size -A "$root/boards/nucleo-f411re/target/thumbv7em-none-eabihf/release/firmware" \
    | grep -E '^(section|\.text|\.rodata|\.data|\.bss|Total)'

step "serial-line soak: random bytes into the firmware's REPL for 30 s (tests/tools/serial_soak.py)"
python3 tests/tools/serial_soak.py --seconds 30 --seed 1 \
    --firmware "$root/boards/netduinoplus2/target/thumbv7em-none-eabihf/release/firmware"

step "seed firmware (boards/netduinoplus2/minimal.toml) and its session under QEMU"
(cd boards/netduinoplus2 && MP_BOARD_TOML="$root/boards/netduinoplus2/minimal.toml" \
    CARGO_TARGET_DIR="$root/boards/netduinoplus2/target/minimal" cargo build --release --quiet \
    --no-default-features --features python)
fw="$root/boards/netduinoplus2/target/minimal/thumbv7em-none-eabihf/release/firmware"
size -A "$fw" | grep -E '^(section|\.text|\.rodata|\.data|\.bss|Total)'
python3 tests/tools/seed_session.py --target qemu --firmware "$fw"

step "fuzz targets, 10 s each (fuzz/run.sh 10; builds the fuzz crate)"
if ! cargo +nightly --version >/dev/null 2>&1; then
    echo "skipped: no nightly toolchain (rustup toolchain install nightly)"
elif ! command -v cargo-fuzz >/dev/null && ! cargo install --quiet cargo-fuzz; then
    echo "skipped: cargo-fuzz is missing and 'cargo install cargo-fuzz' failed"
else
    fuzz/run.sh 10
fi

step "benchmark checksums (bench/suite/run.py --check)"
python3 bench/suite/run.py --check --ours "$host"

step "all tests passed"
