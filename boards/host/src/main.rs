//! The full host port, MicroPython's unix port (standard variant): `micropython`.
//! The command line is in `cli.rs`, the terminal and files in `hal.rs`; both are shared
//! with the seed's minimal host board (`boards/host-minimal`).

mod cli;
mod hal;
mod os;

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

fn main() {
    // `machine` on the host: simulated pins and a loopback UART (machine::sim), the CPU
    // clock from /proc/cpuinfo, the machine ID from /etc/machine-id.
    let board = machine::sim::SimBoard::new(cpu_hz(), &machine_id(), std::thread::yield_now);
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
