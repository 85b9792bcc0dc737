//! The buffer protocol (MicroPython's `mp_get_buffer`): a type whose objects are a run of
//! bytes in memory says where through its `Type::buffer` slot. `bytes`, `str`,
//! `bytearray` and `memoryview` have one; `bytes(x)`, `bytearray(x)`, `memoryview(x)`,
//! `b.join`, `+`, `==`, `in` and the bytes methods take any object that has one.
//!
//! The bytes behind a writable buffer (a bytearray's, or a memoryview of one) may change
//! while a `&[u8]` read from [`Buf::bytes`] is held only if Python code runs meanwhile:
//! they are written by the bytearray's own methods and by memoryview stores, never behind
//! a caller's back. So a caller reads the bytes after running any Python code it needs
//! (iterating, converting), and a store whose source may be the destination copies the
//! source first. A bytearray that grows moves to a new block and leaves the old one to the
//! GC, so a stale `&[u8]` or memoryview still points at valid memory (docs/ARCHITECTURE.md,
//! "Buffers and views").

use super::{class, exc, Obj};
use exc::Exc;

/// Where an object's bytes are.
#[derive(Clone, Copy)]
pub struct Buf {
    pub ptr: *mut u8,
    /// Bytes (not items).
    pub len: usize,
    /// The item format (`b'B'` for bytes), as `array`/`struct` type codes.
    pub typecode: u8,
    pub writable: bool,
}

/// The buffer slot of a type: `None` when this object has no buffer.
pub type BufferFn = fn(Obj) -> Option<Buf>;

impl Buf {
    /// A read-only buffer over `b`.
    pub fn read_only(b: &'static [u8]) -> Buf {
        Buf { ptr: b.as_ptr() as *mut u8, len: b.len(), typecode: b'B', writable: false }
    }

    /// The bytes now. See the module header for when they may change while held.
    pub fn bytes(&self) -> &'static [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `ptr` points at `len` bytes inside a ROM object or a heap block that the
        // conservative GC keeps alive while this slice is reachable; such blocks are only
        // ever replaced, never freed, by their owner. Writes to a writable buffer come only
        // from the owner's methods and memoryview stores, which never run while a caller
        // holds this slice across them (the module header's rule).
        unsafe { core::slice::from_raw_parts(self.ptr, self.len) }
    }

    /// The bytes of a writable buffer as cells (`None` for a read-only one): what a native
    /// function that writes into a buffer gets (`&[Cell<u8>]` arguments of
    /// `#[mp_function]`). Cells allow other views and stores to alias them.
    pub fn cells(&self) -> Option<&'static [core::cell::Cell<u8>]> {
        if !self.writable {
            return None;
        }
        if self.len == 0 {
            return Some(&[]);
        }
        // SAFETY: `ptr` points at `len` writable bytes of a heap block (bytearray storage,
        // never ROM) that the conservative GC keeps alive while the slice is reachable and
        // that is replaced, never freed, when it grows. `Cell<u8>` has `u8`'s layout and
        // permits writes through other pointers (memoryview stores, `write`), so aliasing
        // views and stores are sound.
        Some(unsafe { core::slice::from_raw_parts(self.ptr as *const core::cell::Cell<u8>, self.len) })
    }

    /// Write `src` at byte offset `at` (`at + src.len() <= len`, the buffer writable, and
    /// `src` not inside this buffer: callers copy a source that may alias it first).
    pub fn write(&self, at: usize, src: &[u8]) {
        if !self.writable || at.checked_add(src.len()).is_none_or(|e| e > self.len) {
            return;
        }
        // SAFETY: in bounds (checked above) of a writable heap block (bytearray storage,
        // never ROM); no `&[u8]` of this range is held across this call and `src` does not
        // overlap it (the contract above), so the copy aliases nothing.
        unsafe { core::ptr::copy(src.as_ptr(), self.ptr.add(at), src.len()) };
    }
}

/// The buffer of `o` (or of the built-in part of an instance of a subclass).
pub fn get(o: Obj) -> Option<Buf> {
    if o.is_null() {
        return None;
    }
    if let Some(f) = o.ty().buffer() {
        return f(o);
    }
    let n = class::native_part(o);
    if n.is_null() || n == o {
        return None;
    }
    get(n)
}

/// The buffer of `o`, or MicroPython's `TypeError: object with buffer protocol required`.
///
/// # Errors
/// `TypeError` when `o` has no buffer.
pub fn get_or_raise(o: Obj) -> Result<Buf, Exc> {
    get(o).ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))
}

/// The bytes of `o` if it has a buffer.
pub fn bytes_of(o: Obj) -> Option<&'static [u8]> {
    get(o).map(|b| b.bytes())
}

// ---------------------------------------------------------------------------------------
// Type codes: the items of a typed buffer (an `array`, a memoryview of one), in the
// machine's byte order, as MicroPython's `mp_binary_get_val_array`/`set_val_array`.

/// The type codes an `array` may have: `b B h H i I l L q Q`, and `f d` with floats.
pub const TYPECODES: &[u8] = if cfg!(mp_float = "none") { b"bBhHiIlLqQ" } else { b"bBhHiIlLqQfd" };

/// The size of one item of `typecode` (1 for `B` and any code not in [`TYPECODES`]). `l`
/// and `L` are a machine word, as C's `long` on the boards (8 bytes on a 64-bit host).
pub const fn item_size(typecode: u8) -> usize {
    match typecode {
        b'h' | b'H' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => core::mem::size_of::<isize>(),
        b'q' | b'Q' | b'd' => 8,
        _ => 1,
    }
}

/// The item of `typecode` stored in `b` (`item_size(typecode)` bytes).
///
/// # Errors
/// `MemoryError` for an int that needs a long int.
// The float casts are conversions on one board and no-ops on the other (`Float` is the
// board's precision).
#[allow(clippy::unnecessary_cast)]
pub fn load_item(typecode: u8, b: &[u8]) -> Result<Obj, Exc> {
    let mut w = [0u8; 8];
    let n = item_size(typecode).min(b.len());
    w[..n].copy_from_slice(&b[..n]);
    // Little- or big-endian as the machine: the low `n` bytes of the word in memory order.
    let unused = 64 - 8 * n as u32;
    let raw = if cfg!(target_endian = "little") {
        u64::from_le_bytes(w)
    } else {
        u64::from_be_bytes(w).checked_shr(unused).unwrap_or(0)
    };
    // Sign-extend the low `8 * n` bits (no bits: 0).
    let signed = (raw.checked_shl(unused).unwrap_or(0) as i64).checked_shr(unused).unwrap_or(0);
    match typecode {
        b'b' | b'h' | b'i' | b'l' | b'q' => super::int::from_i64(signed),
        #[cfg(not(mp_float = "none"))]
        b'f' => super::float::new(f32::from_bits(raw as u32) as super::float::Float),
        #[cfg(not(mp_float = "none"))]
        b'd' => super::float::new(super::float::from_f64_bits(raw)),
        _ => super::int::from_u64(raw),
    }
}

/// The low 64 bits of the int `o`, two's complement (MicroPython stores ints into typed
/// items truncated, never raising for a value out of range).
fn int_bits(o: Obj) -> Result<u64, Exc> {
    if let Some(v) = super::int::as_i64(o) {
        return Ok(v as u64);
    }
    if !super::int::is_int(o) {
        return Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]));
    }
    // A long int: its two low 32-bit halves.
    use crate::bytecode::BinOp;
    let mask = super::int::from_i64(0xFFFF_FFFF)?;
    let lo = super::binary_op(BinOp::And, o, mask)?;
    let hi = super::binary_op(BinOp::RShift, o, Obj::small_int(32))?;
    let hi = super::binary_op(BinOp::And, hi, mask)?;
    let half = |x: Obj| super::int::as_i64(x).unwrap_or(0) as u64;
    Ok(half(hi) << 32 | half(lo))
}

/// Store `x` as an item of `typecode` into `out` (`item_size(typecode)` bytes): ints
/// truncated to the item's width, floats converted.
///
/// # Errors
/// `TypeError` for a value of the wrong kind; `MemoryError`.
#[allow(clippy::unnecessary_cast)]
pub fn store_item(typecode: u8, x: Obj, out: &mut [u8]) -> Result<(), Exc> {
    let n = item_size(typecode).min(out.len());
    let raw: u64 = match typecode {
        #[cfg(not(mp_float = "none"))]
        b'f' => (super::float::expect(x)? as f32).to_bits() as u64,
        #[cfg(not(mp_float = "none"))]
        b'd' => super::float::to_f64_bits(super::float::expect(x)?),
        _ => int_bits(x)?,
    };
    if cfg!(target_endian = "little") {
        out[..n].copy_from_slice(&raw.to_le_bytes()[..n]);
    } else {
        out[..n].copy_from_slice(&raw.to_be_bytes()[8 - n..]);
    }
    Ok(())
}
