//! The searching and splitting methods str shares with bytes and bytearray: `find`,
//! `rfind`, `index`, `rindex`, `count`, `startswith`, `endswith`, `split`, `rsplit`,
//! `splitlines`, `join`, `partition`, `rpartition` (tables in `str_methods.rs`).

use super::str_methods::{arg_of, new_from_vec, new_of, this, Kind};
use super::{bytes, exc, int, list, str as pystr, tuple, unicode, Obj};
use crate::gc::GcVec;
use exc::Exc;
use tuple::Items;
use unicode::is_space;

// ---------------------------------------------------------------------------------------
// Searching

/// Past this many byte comparisons (the naive search's worst case, `(n - m + 1) * m`), a
/// search runs in linear time instead (Knuth-Morris-Pratt, with a table of `m` words).
const NAIVE_WORK: usize = 1 << 16;

/// Byte offset of the first (or, `rev`, last) occurrence of `needle` in `hay[start..end]`.
/// Linear in the length of the text whatever the text and needle are.
///
/// # Errors
/// `MemoryError` for the table of a long needle.
pub fn find(hay: &[u8], needle: &[u8], start: usize, end: usize, rev: bool) -> Result<Option<usize>, Exc> {
    if start > end || end > hay.len() || end - start < needle.len() {
        return Ok(None);
    }
    let h = &hay[start..end];
    let m = needle.len();
    let found = match m {
        0 => Some(if rev { h.len() } else { 0 }),
        1 if rev => h.iter().rposition(|&c| c == needle[0]),
        1 => h.iter().position(|&c| c == needle[0]),
        _ if (h.len() - m + 1).saturating_mul(m) <= NAIVE_WORK => {
            let hit = |i: &usize| h[*i..*i + m] == *needle;
            if rev {
                (0..=h.len() - m).rev().find(hit)
            } else {
                (0..=h.len() - m).find(hit)
            }
        }
        _ => kmp(h, needle, rev)?,
    };
    Ok(found.map(|p| p + start))
}

/// Knuth-Morris-Pratt over `h` and `n`, read backwards when `rev` (so the first match
/// found is the last one).
fn kmp(h: &[u8], n: &[u8], rev: bool) -> Result<Option<usize>, Exc> {
    let at = |s: &[u8], i: usize| if rev { s[s.len() - 1 - i] } else { s[i] };
    let m = n.len();
    // fail[i]: length of the longest proper prefix of n[..=i] that is also its suffix.
    let mut fail: GcVec<u32> = GcVec::with_capacity(m)?;
    fail.push(0)?;
    let mut k = 0;
    for i in 1..m {
        while k > 0 && at(n, i) != at(n, k) {
            k = fail[k - 1] as usize;
        }
        if at(n, i) == at(n, k) {
            k += 1;
        }
        fail.push(k as u32)?;
    }
    let mut k = 0;
    for i in 0..h.len() {
        while k > 0 && at(h, i) != at(n, k) {
            k = fail[k - 1] as usize;
        }
        if at(h, i) == at(n, k) {
            k += 1;
        }
        if k == m {
            let pos = i + 1 - m;
            return Ok(Some(if rev { h.len() - m - pos } else { pos }));
        }
    }
    Ok(None)
}

/// The `[start:end]` arguments of a search as a byte range of `b` (`None`: the range
/// starts past the end or past its end, so nothing is found, not even the empty string).
fn range_args(kind: Kind, b: &[u8], start: Option<&Obj>, end: Option<&Obj>) -> Result<Option<(usize, usize)>, Exc> {
    let n = if kind == Kind::Str { unicode::char_count(b) } else { b.len() } as i64;
    let bound = |o: Option<&Obj>, dflt: i64| -> Result<i64, Exc> {
        match o {
            None => Ok(dflt),
            Some(&x) if x == Obj::NONE => Ok(dflt),
            Some(&x) => {
                if !int::is_int(x) {
                    // MicroPython's `string indices must be integers, not float`.
                    let ty = match kind {
                        Kind::Str => "string",
                        Kind::Bytes => "bytes",
                        _ => "bytearray",
                    };
                    return Err(exc::new_msg_fmt(
                        &exc::TYPE_ERROR,
                        msg!("{} indices must be integers, not {}"),
                        &[ty, x.ty().name()],
                    ));
                }
                let v = int::expect_i64(x)?;
                Ok(if v < 0 { (v + n).max(0) } else { v })
            }
        }
    };
    let s = bound(start, 0)?;
    let e = bound(end, n)?.min(n);
    if s > n || s > e {
        return Ok(None);
    }
    let to_byte = |i: i64| if kind == Kind::Str { unicode::byte_offset(b, i as usize) } else { i as usize };
    let (s, e) = (to_byte(s), to_byte(e));
    Ok(Some((s, e)))
}

/// The needle of `find`/`count`/`index`: bytes methods also take a byte value as an int.
fn needle_of(kind: Kind, o: Obj, byte: &mut [u8; 1]) -> Result<&[u8], Exc> {
    if kind != Kind::Str && o.is_small_int() {
        byte[0] = bytes::byte_value(o)?;
        return Ok(&byte[..]);
    }
    arg_of(kind, o)
}

/// The result position as the receiver's index (characters for str).
fn pos_index(kind: Kind, b: &[u8], pos: usize) -> Result<Obj, Exc> {
    let i = if kind == Kind::Str { unicode::char_index(b, pos) } else { pos };
    int::from_i64(i as i64)
}

fn search(args: &[Obj], rev: bool, raise: bool) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let mut byte = [0u8; 1];
    let needle = needle_of(kind, args[1], &mut byte)?;
    let found = match range_args(kind, b, args.get(2), args.get(3))? {
        Some((s, e)) => find(b, needle, s, e, rev)?,
        None => None,
    };
    match found {
        Some(p) => pos_index(kind, b, p),
        None if raise => Err(exc::value_error(msg!("substring not found"))),
        None => Ok(Obj::small_int(-1)),
    }
}

pub(super) fn str_find(args: &[Obj]) -> Result<Obj, Exc> {
    search(args, false, false)
}

pub(super) fn str_rfind(args: &[Obj]) -> Result<Obj, Exc> {
    search(args, true, false)
}

pub(super) fn str_index(args: &[Obj]) -> Result<Obj, Exc> {
    search(args, false, true)
}

pub(super) fn str_rindex(args: &[Obj]) -> Result<Obj, Exc> {
    search(args, true, true)
}

#[cfg(mp_feature = "str_count")]
pub(super) fn str_count(args: &[Obj]) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let mut byte = [0u8; 1];
    let needle = needle_of(kind, args[1], &mut byte)?;
    let Some((mut s, e)) = range_args(kind, b, args.get(2), args.get(3))? else { return Ok(Obj::small_int(0)) };
    if needle.is_empty() {
        let n = if kind == Kind::Str { unicode::char_count(&b[s..e]) } else { e - s };
        return int::from_i64(n as i64 + 1);
    }
    let mut n = 0;
    while let Some(p) = find(b, needle, s, e, false)? {
        n += 1;
        s = p + needle.len();
    }
    int::from_i64(n)
}

/// `startswith`/`endswith`: a prefix or a tuple of them, then `[start[, end]]`.
fn starts_ends(args: &[Obj], end_: bool) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let Some((s, e)) = range_args(kind, b, args.get(2), args.get(3))? else { return Ok(Obj::FALSE) };
    let part = &b[s..e];
    let test = |p: &[u8]| if end_ { part.ends_with(p) } else { part.starts_with(p) };
    if let Some(t) = tuple::as_slice(args[1]) {
        for &x in t {
            if test(arg_of(kind, x)?) {
                return Ok(Obj::TRUE);
            }
        }
        return Ok(Obj::FALSE);
    }
    Ok(Obj::from_bool(test(arg_of(kind, args[1])?)))
}

pub(super) fn str_startswith(args: &[Obj]) -> Result<Obj, Exc> {
    starts_ends(args, false)
}

pub(super) fn str_endswith(args: &[Obj]) -> Result<Obj, Exc> {
    starts_ends(args, true)
}

// ---------------------------------------------------------------------------------------
// Splitting and joining

/// `split`/`rsplit`'s separator and count.
fn split_args(args: &[Obj], kind: Kind) -> Result<(Option<&'static [u8]>, i64), Exc> {
    let sep = match args[1] {
        Obj::NONE => None,
        s => {
            let s = arg_of(kind, s)?;
            if s.is_empty() {
                return Err(exc::value_error(msg!("empty separator")));
            }
            Some(s)
        }
    };
    Ok((sep, int::expect_i64(args[2])?))
}

/// The pieces of `b` split at `sep` (runs of whitespace when `None`), at most `max` splits
/// (none when negative), from the right when `rev`; in order, as byte ranges.
fn split_ranges(
    b: &[u8],
    sep: Option<&[u8]>,
    max: i64,
    rev: bool,
    mut piece: impl FnMut(usize, usize) -> Result<(), Exc>,
) -> Result<(), Exc> {
    let mut left = if max < 0 { u64::MAX } else { max as u64 };
    let (mut lo, mut hi) = (0, b.len());
    match sep {
        Some(sep) => {
            while left > 0 {
                let Some(p) = find(b, sep, lo, hi, rev)? else { break };
                if rev {
                    piece(p + sep.len(), hi)?;
                    hi = p;
                } else {
                    piece(lo, p)?;
                    lo = p + sep.len();
                }
                left -= 1;
            }
            piece(lo, hi)
        }
        None => {
            loop {
                while lo < hi && is_space(b[if rev { hi - 1 } else { lo }]) {
                    if rev {
                        hi -= 1;
                    } else {
                        lo += 1;
                    }
                }
                if lo == hi {
                    return Ok(());
                }
                if left == 0 {
                    break;
                }
                left -= 1;
                if rev {
                    let w = b[lo..hi].iter().rposition(|&c| is_space(c)).map_or(lo, |k| lo + k + 1);
                    piece(w, hi)?;
                    hi = w;
                } else {
                    let w = b[lo..hi].iter().position(|&c| is_space(c)).map_or(hi, |k| lo + k);
                    piece(lo, w)?;
                    lo = w;
                }
            }
            // The rest keeps its inner whitespace (trailing, for a left split; leading,
            // for a right split).
            piece(lo, hi)
        }
    }
}

fn split_impl(args: &[Obj], rev: bool) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let (sep, max) = split_args(args, kind)?;
    let mut parts: GcVec<Obj> = GcVec::new();
    split_ranges(b, sep, max, rev, |s, e| parts.push(new_of(kind, &b[s..e])?))?;
    if rev {
        parts.reverse();
    }
    list::new(&parts)
}

pub(super) fn str_split(args: &[Obj]) -> Result<Obj, Exc> {
    split_impl(args, false)
}

pub(super) fn str_rsplit(args: &[Obj]) -> Result<Obj, Exc> {
    split_impl(args, true)
}

/// Length of the line break at `i`, if one starts there: `\n`, `\r`, `\r\n`, and for str
/// also `\v \f \x1c \x1d \x1e`, `\x85`, U+2028, U+2029 (CPython's `splitlines`).
#[cfg(mp_feature = "str_splitlines")]
fn line_break(kind: Kind, b: &[u8], i: usize) -> usize {
    match b[i] {
        b'\n' => 1,
        b'\r' => 1 + (b.get(i + 1) == Some(&b'\n')) as usize,
        0x0b | 0x0c | 0x1c..=0x1e if kind == Kind::Str => 1,
        0xc2 if kind == Kind::Str && b.get(i + 1) == Some(&0x85) => 2,
        0xe2 if kind == Kind::Str && b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => 3,
        _ => 0,
    }
}

#[cfg(mp_feature = "str_splitlines")]
pub(super) fn str_splitlines(args: &[Obj]) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let keep = super::is_true(args[1])?;
    let out = list::new(&[])?;
    let (mut start, mut i) = (0, 0);
    while i < b.len() {
        let n = line_break(kind, b, i);
        if n == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + n } else { i };
        list::append(out, new_of(kind, &b[start..end])?)?;
        i += n;
        start = i;
    }
    if start < b.len() {
        list::append(out, new_of(kind, &b[start..])?)?;
    }
    Ok(out)
}

/// `sep.join(iterable)`. The items are collected first (iterating may run Python code),
/// then the receiver and items are read and copied with nothing run in between.
pub(super) fn str_join(args: &[Obj]) -> Result<Obj, Exc> {
    let items = match Items::of(args[1]) {
        Some(_) => args[1],
        None => {
            let l = list::new(&[])?;
            list::extend(l, args[1])?;
            l
        }
    };
    let items = Items::of(items).unwrap_or(Items::Slice(&[]));
    let (kind, sep) = this(args[0])?;
    let item = |x: Obj| {
        arg_of(kind, x)
            .map_err(|_| exc::type_error(msg!("join expects a list of str/bytes objects consistent with self object")))
    };
    let mut total = 0usize;
    let mut i = 0;
    while let Some(x) = items.get(i) {
        total = total.saturating_add(item(x)?.len()).saturating_add(if i > 0 { sep.len() } else { 0 });
        i += 1;
    }
    if items.len() == 1 && kind == Kind::Str && pystr::is_str(items.get(0).unwrap_or(Obj::NULL)) {
        return Ok(items.get(0).unwrap_or(Obj::NONE));
    }
    let mut v = GcVec::with_capacity(total)?;
    for k in 0..i {
        if k > 0 {
            v.extend_from_slice(sep)?;
        }
        v.extend_from_slice(item(items.get(k).unwrap_or(Obj::NONE))?)?;
    }
    new_from_vec(kind, v)
}

#[cfg(mp_feature = "str_partition")]
fn partition_impl(args: &[Obj], rev: bool) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let sep = arg_of(kind, args[1])?;
    if sep.is_empty() {
        return Err(exc::value_error(msg!("empty separator")));
    }
    let empty = new_of(kind, b"")?;
    let parts = match find(b, sep, 0, b.len(), rev)? {
        Some(p) => [new_of(kind, &b[..p])?, new_of(kind, sep)?, new_of(kind, &b[p + sep.len()..])?],
        None if rev => [empty, new_of(kind, b"")?, super::str_methods::part_of(args[0], kind, b, b)?],
        None => [super::str_methods::part_of(args[0], kind, b, b)?, empty, new_of(kind, b"")?],
    };
    tuple::new(&parts)
}

#[cfg(mp_feature = "str_partition")]
pub(super) fn str_partition(args: &[Obj]) -> Result<Obj, Exc> {
    partition_impl(args, false)
}

#[cfg(mp_feature = "str_partition")]
pub(super) fn str_rpartition(args: &[Obj]) -> Result<Obj, Exc> {
    partition_impl(args, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive(h: &[u8], n: &[u8], rev: bool) -> Option<usize> {
        let hit = |i: &usize| h[*i..*i + n.len()] == *n;
        let last = h.len().checked_sub(n.len())?;
        if rev {
            (0..=last).rev().find(hit)
        } else {
            (0..=last).find(hit)
        }
    }

    /// The linear-time search agrees with the naive one, both ways, on periodic texts
    /// where naive search is slowest.
    #[test]
    fn kmp_agrees_with_naive_search() {
        crate::testing::with_runtime(|| {
            let mut seed = 7u32;
            for _ in 0..200 {
                seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                let period = 1 + (seed >> 16) as usize % 5;
                let h: [u8; 300] = core::array::from_fn(|i| b"aab"[(i % period) % 3]);
                let len = 1 + (seed >> 20) as usize % 40;
                let start = (seed >> 8) as usize % (300 - len);
                let mut n = [0u8; 40];
                n[..len].copy_from_slice(&h[start..start + len]);
                if seed & 1 == 0 {
                    n[len - 1] = b'b';
                }
                let n = &n[..len];
                for rev in [false, true] {
                    assert_eq!(kmp(&h, n, rev).unwrap(), naive(&h, n, rev), "{n:?} rev={rev}");
                    assert_eq!(find(&h, n, 0, h.len(), rev).unwrap(), naive(&h, n, rev));
                }
            }
        });
    }

    #[test]
    fn long_periodic_search_is_linear() {
        crate::testing::with_runtime(|| {
            let h = GcVec::from_slice(&[b'a'; 20000]).unwrap();
            let mut n = GcVec::from_slice(&[b'a'; 5000]).unwrap();
            n.push(b'b').unwrap();
            assert_eq!(find(&h, &n, 0, h.len(), false).unwrap(), None);
            assert_eq!(find(&h, &n[..5000], 0, h.len(), true).unwrap(), Some(15000));
        });
    }
}
