//! Helpers shared by the sequence types (list, tuple, range): indices with MicroPython's
//! messages, clamped bounds (`index(x, start, end)`, `insert`), repeat counts.

use super::{exc, int, Obj};
use exc::Exc;

/// A Python index into `seq` (of `len` items; negative counts from the end).
///
/// # Errors
/// `TypeError: list indices must be integers, not str`, `IndexError(msg)` when out of range.
pub fn index(seq: Obj, index: Obj, len: usize, msg: crate::msg::Msg) -> Result<usize, Exc> {
    let Some(i) = int::as_i64(index) else { return Err(exc::bad_index(seq, index)) };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(exc::index_error(msg));
    }
    Ok(i as usize)
}

/// A bound as `list.index(x, start, end)` and `list.insert(i, x)` take it: negative counts
/// from the end, then clamped to `0..=len`.
///
/// # Errors
/// `TypeError` for a non-int.
pub fn clamp(seq: Obj, bound: Obj, len: usize) -> Result<usize, Exc> {
    let Some(i) = int::as_i64(bound) else { return Err(exc::bad_index(seq, bound)) };
    let i = if i < 0 { i.saturating_add(len as i64) } else { i };
    Ok(i.clamp(0, len as i64) as usize)
}

/// The `start, end` of `seq.index(x, start, end)` given as `args` (either may be absent).
///
/// # Errors
/// `TypeError` for a non-int bound.
pub fn bounds(seq: Obj, args: &[Obj], len: usize) -> Result<(usize, usize), Exc> {
    let start = match args.first() {
        Some(&s) => clamp(seq, s, len)?,
        None => 0,
    };
    let end = match args.get(1) {
        Some(&e) => clamp(seq, e, len)?,
        None => len,
    };
    Ok((start, end))
}

/// The count of `seq * n` (negative counts repeat nothing), or `None` if `n` is no int.
///
/// # Errors
/// `OverflowError` for an int past 64 bits (MicroPython's `overflow converting long int
/// to machine word`).
pub fn repeat_count(n: Obj) -> Result<Option<usize>, Exc> {
    if !int::is_int(n) {
        return Ok(None);
    }
    let n = int::expect_i64(n)?;
    Ok(Some(if n <= 0 { 0 } else { usize::try_from(n).unwrap_or(usize::MAX) }))
}

/// The length of `len` items repeated `n` times.
///
/// # Errors
/// `MemoryError` when it overflows the address space.
pub fn repeat_len(len: usize, n: usize) -> Result<usize, Exc> {
    let total = len.checked_mul(n).ok_or_else(exc::memory_error)?;
    // No allocation that large can succeed: fail before trying.
    if total.checked_mul(core::mem::size_of::<Obj>()).is_none() {
        return Err(exc::memory_error());
    }
    Ok(total)
}

/// `ValueError: object not in sequence` (MicroPython's wording for `index` and `remove`).
#[cold]
pub fn not_found() -> Exc {
    exc::value_error(msg!("object not in sequence"))
}
