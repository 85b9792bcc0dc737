//! `hash(o)`: a hash consistent with `equal` for the hashable built-in types, small ints
//! and names inline at the call site, everything else out of line.

use super::*;

/// A hash consistent with `equal` for the hashable built-in types.
///
/// # Errors
/// `TypeError: unhashable type`, `RuntimeError` for tuples nested too deep for the stack.
#[inline]
pub fn hash(o: Obj) -> Result<u32, Exc> {
    // Small ints and names (attribute and global keys) inline at the call site; the rest
    // out of line, so that the common case pays for no prologue.
    if o.is_small_int() {
        return Ok(o.small_int_value() as u32);
    }
    if o.is_qstr() {
        return Ok(o.qstr_value().hash());
    }
    hash_other(o)
}

#[inline(never)]
fn hash_other(o: Obj) -> Result<u32, Exc> {
    // Numbers: equal ints, floats and complexes hash alike.
    if is_type(o, &int::INT_TYPE) {
        if let Some(h) = int::hash(o) {
            return Ok(h);
        }
    }
    #[cfg(not(mp_float = "none"))]
    if let Some(f) = float::value(o) {
        return Ok(float::hash(f));
    }
    #[cfg(all(mp_feature = "complex", not(mp_float = "none")))]
    if let Some(h) = complex::hash(o) {
        return Ok(h);
    }
    if let Some(s) = str::as_str_bytes(o) {
        return Ok(crate::qstr::qstr_hash(s));
    }
    if let Some(b) = o.downcast::<bytes::BytesObj>() {
        return Ok(b.hash);
    }
    if o.is_immediate() {
        return Ok(match o {
            Obj::FALSE => 0,
            Obj::TRUE => 1,
            _ => o.bits() as u32,
        });
    }
    if let Some(t) = tuple::as_slice(o) {
        // Recursion over nested tuples: once per level.
        crate::gc::root::check_stack()?;
        let mut h: u32 = 0x345678;
        for &x in t {
            // Items may be long tuples themselves (shared, so not bounded by the heap).
            crate::vm::poll_interrupt()?;
            h = h.wrapping_mul(1_000_003) ^ hash(x)?;
        }
        return Ok(h);
    }
    if o.ty().flags & type_flags::INSTANCE != 0 {
        if let Some(h) = class::instance_hash(o)? {
            return Ok(h);
        }
        return Ok((o.addr() >> 4) as u32);
    }
    if o.ty().flags & type_flags::NATIVE != 0 {
        if let Some(h) = native_class::hash(o)? {
            return Ok(h);
        }
        return Ok((o.addr() >> 4) as u32);
    }
    if is_type(o, &list::LIST_TYPE)
        || o.downcast::<dict::DictObj>().is_some()
        || o.ty().buffer().is_some()
        || o.ty().flags & type_flags::UNHASHABLE != 0
    {
        return Err(exc::unhashable(o));
    }
    #[cfg(mp_feature = "set")]
    if let Some(h) = set::hash(o) {
        return h;
    }
    Ok((o.addr() >> 4) as u32)
}
