// Which bytes of the compressed message table are codes, shared by qstrgen (build time) and
// the runtime (run time) as `hash.rs` is: qstrgen embeds this file's text verbatim in the
// generated table. Keep it compilable inside a `#![no_std]` crate: no `use` statements, no
// std paths, no inner attributes or inner doc comments, no doc links.

/// The pair-table index of compressed code `c`, if it is one: `0x80 + i` is entry `i`, and
/// a control code `c` whose bit is set in `low` (no message uses it as a character) is
/// entry `128 + c`.
pub const fn msg_token(c: u8, low: u32) -> Option<usize> {
    if c >= 0x80 {
        Some((c - 0x80) as usize)
    } else if c < 32 && (low >> c) & 1 != 0 {
        Some(128 + c as usize)
    } else {
        None
    }
}
