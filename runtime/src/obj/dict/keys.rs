//! How the table hashes and compares keys: the tag byte kept per entry, a key's hash when it
//! costs nothing to know, and the comparisons that need no `equal`.

use super::super::{exc, Obj};
use exc::Exc;

/// The tag byte of a hash: its top byte after multiplying by an odd constant, so that every
/// bit of a 16-bit string hash counts and the index slot (the low bits) does not decide it.
#[inline]
pub(super) fn tag(hash: u32) -> u8 {
    (hash.wrapping_mul(0x9e37_79b1) >> 24) as u8
}

/// The hash of a key when it costs nothing to know (a name, a small int, a str or bytes
/// object, which keep theirs), or `None`.
#[inline]
fn quick_hash(o: Obj) -> Option<u32> {
    if o.is_small_int() {
        return Some(o.small_int_value() as u32);
    }
    if o.is_qstr() {
        return Some(o.qstr_value().hash());
    }
    if !o.is_ptr() {
        return None;
    }
    let ty = o.ty();
    if core::ptr::eq(ty, &crate::obj::str::STR_TYPE) {
        return o.downcast::<crate::obj::str::StrObj>().map(|s| s.hash);
    }
    if core::ptr::eq(ty, &crate::obj::bytes::BYTES_TYPE) {
        return o.downcast::<crate::obj::bytes::BytesObj>().map(|b| b.hash);
    }
    None
}

/// The hash of a live key, for its tag and the index: [`quick_hash`], else `hash()` (which
/// may run the key's `__hash__`).
///
/// # Errors
/// Whatever `__hash__` raises.
pub fn key_hash(key: Obj) -> Result<u32, Exc> {
    match quick_hash(key) {
        Some(h) => Ok(h),
        None => crate::obj::hash(key),
    }
}

/// Whether `a` and `b` (not identical) are certainly unequal without comparing: two
/// distinct interned names or two distinct small ints.
#[inline]
pub(super) fn distinct_immediates(a: Obj, b: Obj) -> bool {
    (a.is_qstr() && b.is_qstr()) || (a.is_small_int() && b.is_small_int())
}

/// `a == b` for two keys of equal hash (out of line: rare, and it may run Python code).
#[inline(never)]
pub(super) fn keys_equal(a: Obj, b: Obj) -> Result<bool, Exc> {
    crate::obj::equal(a, b)
}
