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
    if let Some(f) = o.ty().buffer {
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
    get(o).ok_or_else(|| exc::type_error("object with buffer protocol required"))
}

/// The bytes of `o` if it has a buffer.
pub fn bytes_of(o: Obj) -> Option<&'static [u8]> {
    get(o).map(|b| b.bytes())
}
