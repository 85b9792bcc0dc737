// The hash of interned names, shared by qstrgen (build time) and the runtime (run time).
// qstrgen embeds this file's text verbatim in the generated qstr table, so both sides run the
// same code. Keep it compilable inside a `#![no_std]` crate: no `use` statements, no std paths,
// no inner attributes or inner doc comments (it is spliced into the middle of a module), no doc links.

/// FNV-1a, 32-bit, xor-folded to 16 bits: the hash of every str/bytes/qstr, static or heap,
/// so that they meet in the same dict bucket. 16 bits (MicroPython's width on most ports)
/// halve the static names' hash table in flash and the run-time names' records.
pub const fn qstr_hash(bytes: &[u8]) -> u32 {
    let mut hash: u32 = 0x811c_9dc5;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u32;
        hash = hash.wrapping_mul(0x0100_0193);
        i += 1;
    }
    (hash ^ (hash >> 16)) & 0xffff
}
