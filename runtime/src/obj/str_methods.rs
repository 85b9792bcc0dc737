//! The methods str shares with bytes and bytearray (MicroPython's `objstr.c` tables): one
//! implementation over bytes, with results of the receiver's kind. Indices that str methods
//! take and return count characters (`unicode.rs`); the search itself runs on UTF-8 bytes,
//! where a match always starts and ends on character boundaries.
//!
//! Case and character classes are ASCII only, as in MicroPython (`'é'.isalpha()` is False).

use super::dict::{RomDict, RomEntry};
use super::fun::{ArgSpec, NativeFn, NativeKwFn, NativeSpecFn};
use super::slice::{self, SliceObj};
#[allow(clippy::wildcard_imports)] // The method functions the tables below name.
use super::str_split::*;
use super::{buffer, bytes, exc, int, str as pystr, unicode, Obj};
use crate::gc::GcVec;
use crate::qstr::Qstr;
use exc::Exc;
use unicode::is_space;

/// Which of the str-like types a method runs on: its results are of the same kind.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    Str,
    Bytes,
    ByteArray,
}

impl Kind {
    fn name(self) -> &'static str {
        match self {
            Kind::Str => "str",
            _ => "bytes",
        }
    }
}

/// The kind and bytes of a method's receiver.
///
/// # Errors
/// `TypeError` when `o` is none of str, bytes, bytearray.
pub fn this(o: Obj) -> Result<(Kind, &'static [u8]), Exc> {
    if let Some(b) = pystr::as_str_bytes(o) {
        return Ok((Kind::Str, b));
    }
    if let Some(b) = bytes::as_bytes(o) {
        return Ok((Kind::Bytes, b));
    }
    #[cfg(mp_feature = "bytearray")]
    if let Some(b) = super::bytearray::as_bytes(o) {
        return Ok((Kind::ByteArray, b));
    }
    Err(exc::new_msg_fmt(&exc::TYPE_ERROR, msg!("argument should be a 'str' not a '{}'"), &[o.ty().name()]))
}

/// `TypeError: can't convert 'int' object to str implicitly` (MicroPython's wording).
#[cold]
pub fn cant_convert(o: Obj, to: &str) -> Exc {
    exc::new_msg_fmt(&exc::TYPE_ERROR, msg!("can't convert '{}' object to {} implicitly"), &[o.ty().name(), to])
}

/// An argument that must match the receiver's kind: a str for str, anything with a buffer
/// (but str) for bytes and bytearray.
///
/// # Errors
/// `TypeError` (MicroPython's `can't convert ... implicitly`).
pub fn arg_of(kind: Kind, o: Obj) -> Result<&'static [u8], Exc> {
    let b = match kind {
        Kind::Str => pystr::as_str_bytes(o),
        _ if pystr::as_str_bytes(o).is_some() => None,
        _ => buffer::bytes_of(o),
    };
    b.ok_or_else(|| cant_convert(o, kind.name()))
}

/// A new object of `kind` holding a copy of `b`.
///
/// # Errors
/// `MemoryError`.
pub fn new_of(kind: Kind, b: &[u8]) -> Result<Obj, Exc> {
    match kind {
        Kind::Str => pystr::from_bytes(b),
        Kind::Bytes => bytes::from_slice(b),
        #[cfg(mp_feature = "bytearray")]
        Kind::ByteArray => super::bytearray::from_slice(b),
        #[cfg(not(mp_feature = "bytearray"))]
        Kind::ByteArray => bytes::from_slice(b),
    }
}

/// A new object of `kind` owning `v`.
///
/// # Errors
/// `MemoryError`.
pub fn new_from_vec(kind: Kind, v: GcVec<u8>) -> Result<Obj, Exc> {
    match kind {
        Kind::Str if v.is_empty() => Ok(Obj::from_qstr(qstr!(""))),
        Kind::Str => pystr::from_gcvec(v),
        Kind::Bytes => bytes::from_gcvec(v),
        _ => new_of(kind, &v),
    }
}

/// `part` of the receiver `o` as a new object; `o` itself when that is the whole of an
/// immutable str or bytes (as CPython returns the same object).
pub(super) fn part_of(o: Obj, kind: Kind, whole: &[u8], part: &[u8]) -> Result<Obj, Exc> {
    let exact = pystr::is_str(o) || super::is_type(o, &bytes::BYTES_TYPE);
    if exact && part.len() == whole.len() {
        return Ok(o);
    }
    new_of(kind, part)
}

// ---------------------------------------------------------------------------------------
// Transforming

/// `strip`/`lstrip`/`rstrip`: `which` bit 0 strips the left, bit 1 the right.
fn strip_impl(args: &[Obj], which: u8) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let chars = match args.get(1) {
        None => None,
        Some(&c) if c == Obj::NONE => None,
        Some(&c) => Some(arg_of(kind, c)?),
    };
    // Single-byte characters to strip, as a set; longer ones are looked for in `chars`.
    let mut set = [0u32; 8];
    for &c in chars.unwrap_or(b" \t\n\r\x0b\x0c") {
        set[c as usize >> 5] |= 1 << (c & 31);
    }
    // Whether the character at `i..i+n` is one to strip.
    let strip = |i: usize, n: usize| match (n, chars) {
        (1, _) => set[b[i] as usize >> 5] & (1 << (b[i] & 31)) != 0,
        (_, Some(cs)) => cs.windows(n).any(|w| w == &b[i..i + n]),
        _ => false,
    };
    let (mut lo, mut hi) = (0, b.len());
    if which & 1 != 0 {
        while lo < hi {
            let n = if kind == Kind::Str { unicode::char_len_at(b, lo) } else { 1 };
            if !strip(lo, n) {
                break;
            }
            lo += n;
        }
    }
    if which & 2 != 0 {
        while lo < hi {
            let mut s = hi - 1;
            while kind == Kind::Str && s > lo && !unicode::starts_char(b[s]) {
                s -= 1;
            }
            if !strip(s, hi - s) {
                break;
            }
            hi = s;
        }
    }
    part_of(args[0], kind, b, &b[lo..hi])
}

fn str_strip(args: &[Obj]) -> Result<Obj, Exc> {
    strip_impl(args, 3)
}

fn str_lstrip(args: &[Obj]) -> Result<Obj, Exc> {
    strip_impl(args, 1)
}

fn str_rstrip(args: &[Obj]) -> Result<Obj, Exc> {
    strip_impl(args, 2)
}

fn str_replace(args: &[Obj]) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let old = arg_of(kind, args[1])?;
    let new = arg_of(kind, args[2])?;
    let max = match args.get(3) {
        Some(&n) => int::expect_i64(n)?,
        None => -1,
    };
    let mut left = if max < 0 { u64::MAX } else { max as u64 };
    let mut v = GcVec::new();
    let mut pos = 0;
    if old.is_empty() {
        // The new text goes before every character and at the end.
        while left > 0 && pos <= b.len() {
            v.extend_from_slice(new)?;
            left -= 1;
            if pos == b.len() {
                pos += 1;
                break;
            }
            let n = if kind == Kind::Str { unicode::char_len_at(b, pos) } else { 1 };
            v.extend_from_slice(&b[pos..pos + n])?;
            pos += n;
        }
    } else {
        while left > 0 {
            let Some(p) = find(b, old, pos, b.len(), false)? else { break };
            v.extend_from_slice(&b[pos..p])?;
            v.extend_from_slice(new)?;
            pos = p + old.len();
            left -= 1;
        }
    }
    if pos == 0 && v.is_empty() {
        return part_of(args[0], kind, b, b);
    }
    v.extend_from_slice(b.get(pos..).unwrap_or(&[]))?;
    new_from_vec(kind, v)
}

fn map_ascii(args: &[Obj], f: fn(&u8) -> u8) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let mut v = GcVec::with_capacity(b.len())?;
    for c in b {
        v.push(f(c))?;
    }
    new_from_vec(kind, v)
}

fn str_lower(args: &[Obj]) -> Result<Obj, Exc> {
    map_ascii(args, u8::to_ascii_lowercase)
}

fn str_upper(args: &[Obj]) -> Result<Obj, Exc> {
    map_ascii(args, u8::to_ascii_uppercase)
}

/// `isspace`/`isalpha`/`isdigit`: every character (at least one) is of the class.
fn all_of(args: &[Obj], f: fn(u8) -> bool) -> Result<Obj, Exc> {
    let (_, b) = this(args[0])?;
    Ok(Obj::from_bool(!b.is_empty() && b.iter().all(|&c| f(c))))
}

fn str_isspace(args: &[Obj]) -> Result<Obj, Exc> {
    all_of(args, is_space)
}

fn str_isalpha(args: &[Obj]) -> Result<Obj, Exc> {
    all_of(args, |c| c.is_ascii_alphabetic())
}

fn str_isdigit(args: &[Obj]) -> Result<Obj, Exc> {
    all_of(args, |c| c.is_ascii_digit())
}

/// `isupper`/`islower`: at least one letter, and every letter of the case.
fn cased(args: &[Obj], upper: bool) -> Result<Obj, Exc> {
    let (_, b) = this(args[0])?;
    let mut letters = b.iter().filter(|c| c.is_ascii_alphabetic()).peekable();
    let any = letters.peek().is_some();
    Ok(Obj::from_bool(any && letters.all(|c| c.is_ascii_uppercase() == upper)))
}

fn str_isupper(args: &[Obj]) -> Result<Obj, Exc> {
    cased(args, true)
}

fn str_islower(args: &[Obj]) -> Result<Obj, Exc> {
    cased(args, false)
}

/// `center`/`ljust`/`rjust`: `align` is `^`, `<` or `>`; the fill is one character.
#[cfg(any(mp_feature = "str_center", mp_feature = "str_justify"))]
fn pad(args: &[Obj], align: u8) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let width = int::expect_i64(args[1])?;
    let fill: &[u8] = match args.get(2) {
        None => b" ",
        Some(&f) => {
            let f = arg_of(kind, f)?;
            let one = if kind == Kind::Str { unicode::char_count(f) == 1 } else { f.len() == 1 };
            if !one {
                return Err(exc::type_error(msg!("fill character must be exactly one character long")));
            }
            f
        }
    };
    let n = if kind == Kind::Str { unicode::char_count(b) } else { b.len() } as i64;
    if width <= n {
        return part_of(args[0], kind, b, b);
    }
    let extra = (width - n) as usize;
    let left = match align {
        b'<' => 0,
        b'>' => extra,
        // CPython puts the odd fill character on the left when the width is odd.
        _ => extra / 2 + (extra & width as usize & 1),
    };
    let mut v = GcVec::with_capacity(b.len().saturating_add(extra.saturating_mul(fill.len())))?;
    for _ in 0..left {
        v.extend_from_slice(fill)?;
    }
    v.extend_from_slice(b)?;
    for _ in left..extra {
        v.extend_from_slice(fill)?;
    }
    new_from_vec(kind, v)
}

#[cfg(mp_feature = "str_center")]
fn str_center(args: &[Obj]) -> Result<Obj, Exc> {
    pad(args, b'^')
}

#[cfg(mp_feature = "str_justify")]
fn str_ljust(args: &[Obj]) -> Result<Obj, Exc> {
    pad(args, b'<')
}

#[cfg(mp_feature = "str_justify")]
fn str_rjust(args: &[Obj]) -> Result<Obj, Exc> {
    pad(args, b'>')
}

#[cfg(mp_feature = "str_justify")]
fn str_zfill(args: &[Obj]) -> Result<Obj, Exc> {
    let (kind, b) = this(args[0])?;
    let width = int::expect_i64(args[1])?;
    let n = if kind == Kind::Str { unicode::char_count(b) } else { b.len() } as i64;
    if width <= n {
        return part_of(args[0], kind, b, b);
    }
    let sign = matches!(b.first(), Some(b'+' | b'-')) as usize;
    let mut v = GcVec::with_capacity(b.len() + (width - n) as usize)?;
    v.extend_from_slice(&b[..sign])?;
    for _ in n..width {
        v.push(b'0')?;
    }
    v.extend_from_slice(&b[sign..])?;
    new_from_vec(kind, v)
}

#[cfg(mp_feature = "str_encode")]
fn str_encode(args: &[Obj]) -> Result<Obj, Exc> {
    let (_, b) = this(args[0])?;
    let ascii = bytes::check_encoding(args[1])?;
    if ascii && !b.is_ascii() {
        return Err(exc::new(&exc::UNICODE_ERROR, &[]));
    }
    bytes::from_slice(b)
}

// ---------------------------------------------------------------------------------------
// Slicing

/// `o[index]` when `index` is a slice: a new object of the receiver's kind (characters
/// for str). `None` when `index` is not a slice.
pub fn slice_of(o: Obj, b: &'static [u8], index: Obj) -> Option<Result<Obj, Exc>> {
    let sl = index.downcast::<SliceObj>()?;
    Some(slice_parts(o, b, sl.parts()))
}

/// `o[start:stop:step]` of a str or bytes `o` whose data is `b`.
///
/// # Errors
/// As `slice::indices_of`; `MemoryError`.
pub fn slice_parts(o: Obj, b: &'static [u8], sl: slice::Parts) -> Result<Obj, Exc> {
    let kind = if pystr::as_str_bytes(o).is_some() { Kind::Str } else { Kind::Bytes };
    let chars = kind == Kind::Str && unicode::char_count(b) != b.len();
    let n = if chars { unicode::char_count(b) } else { b.len() };
    let (start, stop, step) = slice::indices_of(sl, n)?;
    let count = slice::count(start, stop, step);
    if count == n && step == 1 && (pystr::is_str(o) || super::is_type(o, &bytes::BYTES_TYPE)) {
        return Ok(o);
    }
    if chars {
        return slice_chars(b, start, count, step);
    }
    slice_bytes(kind, b, start, stop, step)
}

/// The bytes `b[start:stop:step]` (as `slice::indices` gives them) as a new `kind` object.
///
/// # Errors
/// `MemoryError`.
pub fn slice_bytes(kind: Kind, b: &[u8], start: isize, stop: isize, step: isize) -> Result<Obj, Exc> {
    let count = slice::count(start, stop, step);
    if count == 0 {
        return new_of(kind, b"");
    }
    if step == 1 {
        return new_of(kind, &b[start as usize..start as usize + count]);
    }
    let mut v = GcVec::with_capacity(count)?;
    for k in 0..count {
        v.push(b[(start + k as isize * step) as usize])?;
    }
    new_from_vec(kind, v)
}

/// `count` characters of UTF-8 text `b` from character `start`, every `step`th.
fn slice_chars(b: &[u8], start: isize, count: usize, step: isize) -> Result<Obj, Exc> {
    if count == 0 {
        return Ok(Obj::from_qstr(qstr!("")));
    }
    let mut pos = unicode::byte_offset(b, start as usize);
    if step == 1 {
        let end = pos + unicode::byte_offset(&b[pos..], count);
        return pystr::from_bytes(&b[pos..end]);
    }
    let mut v = GcVec::new();
    for k in 0..count {
        if k > 0 {
            // Move |step| characters forward or back.
            for _ in 0..step.unsigned_abs() {
                if step > 0 {
                    pos += unicode::char_len_at(b, pos);
                } else {
                    pos -= 1;
                    while !unicode::starts_char(b[pos]) {
                        pos -= 1;
                    }
                }
            }
        }
        v.extend_from_slice(&b[pos..pos + unicode::char_len_at(b, pos)])?;
    }
    new_from_vec(Kind::Str, v)
}

// ---------------------------------------------------------------------------------------
// The tables

/// `split(sep=None, maxsplit=-1)`, `rsplit` alike.
static SPLIT_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("sep"), qstr!("maxsplit")],
    defaults: &[Obj::NULL, Obj::NONE, Obj::small_int(-1)],
    n_pos: 3,
    varargs: false,
    varkw: false,
};

/// `splitlines(keepends=False)`.
#[cfg(mp_feature = "str_splitlines")]
static SPLITLINES_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("keepends")],
    defaults: &[Obj::NULL, Obj::FALSE],
    n_pos: 2,
    varargs: false,
    varkw: false,
};

/// `encode(encoding='utf-8', errors='strict')`.
#[cfg(mp_feature = "str_encode")]
pub static CODEC_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("encoding"), qstr!("errors")],
    defaults: &[Obj::NULL, Obj::NONE, Obj::NONE],
    n_pos: 3,
    varargs: false,
    varkw: false,
};

macro_rules! methods {
    ($($id:ident = $name:tt, $min:expr, $max:expr, $f:ident $(if $feat:tt)?;)*) => {
        $($(#[cfg(mp_feature = $feat)])? pub static $id: NativeFn = NativeFn::new(qstr!($name), $min, $max, $f);)*
    };
}

methods! {
    FIND = "find", 2, 4, str_find;
    RFIND = "rfind", 2, 4, str_rfind;
    INDEX = "index", 2, 4, str_index;
    RINDEX = "rindex", 2, 4, str_rindex;
    COUNT = "count", 2, 4, str_count if "str_count";
    STARTSWITH = "startswith", 2, 4, str_startswith;
    ENDSWITH = "endswith", 2, 4, str_endswith;
    JOIN = "join", 2, 2, str_join;
    STRIP = "strip", 1, 2, str_strip;
    LSTRIP = "lstrip", 1, 2, str_lstrip;
    RSTRIP = "rstrip", 1, 2, str_rstrip;
    REPLACE = "replace", 3, 4, str_replace;
    LOWER = "lower", 1, 1, str_lower;
    UPPER = "upper", 1, 1, str_upper;
    ISSPACE = "isspace", 1, 1, str_isspace;
    ISALPHA = "isalpha", 1, 1, str_isalpha;
    ISDIGIT = "isdigit", 1, 1, str_isdigit;
    ISUPPER = "isupper", 1, 1, str_isupper;
    ISLOWER = "islower", 1, 1, str_islower;
    PARTITION = "partition", 2, 2, str_partition if "str_partition";
    RPARTITION = "rpartition", 2, 2, str_rpartition if "str_partition";
    CENTER = "center", 2, 3, str_center if "str_center";
    LJUST = "ljust", 2, 3, str_ljust if "str_justify";
    RJUST = "rjust", 2, 3, str_rjust if "str_justify";
    ZFILL = "zfill", 2, 2, str_zfill if "str_justify";
}

pub static SPLIT: NativeSpecFn = NativeSpecFn::new(qstr!("split"), &SPLIT_SPEC, str_split);
pub static RSPLIT: NativeSpecFn = NativeSpecFn::new(qstr!("rsplit"), &SPLIT_SPEC, str_rsplit);
#[cfg(mp_feature = "str_splitlines")]
pub static SPLITLINES: NativeSpecFn = NativeSpecFn::new(qstr!("splitlines"), &SPLITLINES_SPEC, str_splitlines);
#[cfg(mp_feature = "str_encode")]
static ENCODE: NativeSpecFn = NativeSpecFn::new(qstr!("encode"), &CODEC_SPEC, str_encode);
pub static FORMAT: NativeKwFn = NativeKwFn::new(qstr!("format"), super::str_format::format_method);

/// The entries every str-like type has, for `shared_locals!`.
macro_rules! shared_locals {
    ($($extra:tt)*) => {
        $crate::obj::dict::RomDict::new(&$crate::obj::dict::sort_entries([
            $crate::obj::str_methods::e(qstr!("find"), &$crate::obj::str_methods::FIND),
            $crate::obj::str_methods::e(qstr!("rfind"), &$crate::obj::str_methods::RFIND),
            $crate::obj::str_methods::e(qstr!("index"), &$crate::obj::str_methods::INDEX),
            $crate::obj::str_methods::e(qstr!("rindex"), &$crate::obj::str_methods::RINDEX),
            #[cfg(mp_feature = "str_count")]
            $crate::obj::str_methods::e(qstr!("count"), &$crate::obj::str_methods::COUNT),
            $crate::obj::str_methods::e(qstr!("startswith"), &$crate::obj::str_methods::STARTSWITH),
            $crate::obj::str_methods::e(qstr!("endswith"), &$crate::obj::str_methods::ENDSWITH),
            $crate::obj::str_methods::e(qstr!("split"), &$crate::obj::str_methods::SPLIT),
            $crate::obj::str_methods::e(qstr!("rsplit"), &$crate::obj::str_methods::RSPLIT),
            #[cfg(mp_feature = "str_splitlines")]
            $crate::obj::str_methods::e(qstr!("splitlines"), &$crate::obj::str_methods::SPLITLINES),
            $crate::obj::str_methods::e(qstr!("join"), &$crate::obj::str_methods::JOIN),
            $crate::obj::str_methods::e(qstr!("strip"), &$crate::obj::str_methods::STRIP),
            $crate::obj::str_methods::e(qstr!("lstrip"), &$crate::obj::str_methods::LSTRIP),
            $crate::obj::str_methods::e(qstr!("rstrip"), &$crate::obj::str_methods::RSTRIP),
            $crate::obj::str_methods::e(qstr!("replace"), &$crate::obj::str_methods::REPLACE),
            $crate::obj::str_methods::e(qstr!("lower"), &$crate::obj::str_methods::LOWER),
            $crate::obj::str_methods::e(qstr!("upper"), &$crate::obj::str_methods::UPPER),
            $crate::obj::str_methods::e(qstr!("isspace"), &$crate::obj::str_methods::ISSPACE),
            $crate::obj::str_methods::e(qstr!("isalpha"), &$crate::obj::str_methods::ISALPHA),
            $crate::obj::str_methods::e(qstr!("isdigit"), &$crate::obj::str_methods::ISDIGIT),
            $crate::obj::str_methods::e(qstr!("isupper"), &$crate::obj::str_methods::ISUPPER),
            $crate::obj::str_methods::e(qstr!("islower"), &$crate::obj::str_methods::ISLOWER),
            #[cfg(mp_feature = "str_partition")]
            $crate::obj::str_methods::e(qstr!("partition"), &$crate::obj::str_methods::PARTITION),
            #[cfg(mp_feature = "str_partition")]
            $crate::obj::str_methods::e(qstr!("rpartition"), &$crate::obj::str_methods::RPARTITION),
            #[cfg(mp_feature = "str_center")]
            $crate::obj::str_methods::e(qstr!("center"), &$crate::obj::str_methods::CENTER),
            #[cfg(mp_feature = "str_justify")]
            $crate::obj::str_methods::e(qstr!("ljust"), &$crate::obj::str_methods::LJUST),
            #[cfg(mp_feature = "str_justify")]
            $crate::obj::str_methods::e(qstr!("rjust"), &$crate::obj::str_methods::RJUST),
            #[cfg(mp_feature = "str_justify")]
            $crate::obj::str_methods::e(qstr!("zfill"), &$crate::obj::str_methods::ZFILL),
            // MicroPython's bytes and bytearray have `format` too (CPython's don't).
            $crate::obj::str_methods::e(qstr!("format"), &$crate::obj::str_methods::FORMAT),
            $($extra)*
        ]))
    };
}
pub(crate) use shared_locals;

/// A table entry for a native method.
pub const fn e<T: super::repr::PyObj>(q: Qstr, f: &'static T) -> RomEntry {
    RomEntry::new(q, Obj::from_static(f))
}

pub static STR_LOCALS: RomDict = shared_locals!(
    #[cfg(mp_feature = "str_encode")]
    e(qstr!("encode"), &ENCODE),
);

#[cfg(test)]
mod tests {
    use super::*;

    /// The method tables of str, bytes, bytearray and memoryview are binary-searched.
    #[test]
    fn method_tables_are_sorted() {
        assert!(STR_LOCALS.is_sorted());
        for t in [
            &bytes::BYTES_TYPE,
            #[cfg(mp_feature = "bytearray")]
            &super::super::bytearray::BYTEARRAY_TYPE,
            #[cfg(mp_feature = "memoryview")]
            &super::super::memoryview::MEMORYVIEW_TYPE,
        ] {
            assert!(t.locals.is_some_and(RomDict::is_sorted), "{}", t.name());
        }
    }
}
