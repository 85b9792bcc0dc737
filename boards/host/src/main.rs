//! The full host port, MicroPython's unix port (standard variant): `micropython`.
//! The command line is in `cli.rs`, the terminal and files in `hal.rs`; both are shared
//! with the seed's minimal host board (`boards/host-minimal`).

// Test builds keep the test harness's own `main`.
#![cfg_attr(not(test), no_main)]

mod cli;
mod hal;
mod os;

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// The C entry point (`#![no_main]`): Rust's runtime start-up is skipped, whose main-thread
/// stack guard set-up (`pthread_getattr_np` parsing /proc/self/maps) was a fifth of the
/// interpreter's start-up. `std::env::args` still works (glibc hands the arguments to
/// std's `.init_array` hook); a write to a closed pipe ends the process with SIGPIPE, as
/// C programs and MicroPython's unix port do; the runtime checks its own stack depth.
#[cfg(not(test))]
#[no_mangle]
pub extern "C" fn main(_argc: i32, _argv: *const *const u8) -> i32 {
    start()
}

#[cfg_attr(test, allow(dead_code))]
fn start() -> ! {
    // `machine` on the host: simulated pins and a loopback UART (machine::sim), the CPU
    // clock from /proc/cpuinfo, the machine ID from /etc/machine-id, both read when a script
    // first asks (`machine.freq()`, `machine.unique_id()`), not at every start-up.
    let info = || machine::sim::BoardInfo::new(cpu_hz(), &machine_id());
    let board = machine::sim::SimBoard::new_lazy(info, std::thread::yield_now);
    machine::install(Box::leak(Box::new(board)));
    cli::main(&MODULES)
}

/// The first CPU's clock (`cpu MHz` in /proc/cpuinfo), 0 when unknown.
fn cpu_hz() -> u32 {
    let info = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let mhz = info.lines().find_map(|l| l.strip_prefix("cpu MHz")?.split(':').nth(1)?.trim().parse::<f64>().ok());
    mhz.map_or(0, |m| (m * 1e6) as u32)
}

/// /etc/machine-id's 16 bytes (32 hex digits), empty when there is none.
fn machine_id() -> Vec<u8> {
    let hex = std::fs::read_to_string("/etc/machine-id").unwrap_or_default();
    let hex = hex.trim().as_bytes();
    hex.chunks_exact(2).take(16).map_while(|p| u8::from_str_radix(std::str::from_utf8(p).ok()?, 16).ok()).collect()
}
