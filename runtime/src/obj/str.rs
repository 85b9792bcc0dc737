//! `str`: interned (a qstr `Obj`) or a `StrObj` (heap or ROM). Text is UTF-8; with the
//! `str_unicode` feature `len()`, indices and slices count code points (`unicode.rs`).
//!
//! The methods shared with bytes and bytearray are in `str_methods.rs`, formatting (`%`,
//! `str.format`, format specs) in `str_format.rs`.

use super::buffer::Buf;
use super::repr::{ObjBase, PyObj};
use super::{exc, int, unicode, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::{self, GcVec};
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind, StrBuf};
use crate::qstr::{self, qstr_hash, Qstr};
use exc::Exc;

/// A str that is not interned.
#[repr(C)]
pub struct StrObj {
    pub base: ObjBase,
    pub hash: u32,
    pub len: usize,
    pub data: *const u8,
}

// SAFETY: immutable after construction; the runtime is single-threaded.
unsafe impl Sync for StrObj {}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `STR_TYPE` objects that are pointers are `StrObj`s.
unsafe impl PyObj for StrObj {
    const TYPE: Option<&'static Type> = Some(&STR_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &STR_TYPE)
    }
}

impl StrObj {
    /// A ROM string (for `static`s emitted by the module macros).
    pub const fn rom(s: &'static str) -> StrObj {
        StrObj { base: ObjBase::new(&STR_TYPE), hash: qstr_hash(s.as_bytes()), len: s.len(), data: s.as_ptr() }
    }

    pub fn as_bytes(&self) -> &'static [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `data` points at `len` bytes that live as long as this object: static
        // text, or a heap block referenced from this object (kept alive with it).
        unsafe { core::slice::from_raw_parts(self.data, self.len) }
    }
}

pub static STR_TYPE: Type = Type {
    name: qstr!("str"),
    make_new: Some(str_make_new),
    print: Some(str_print),
    locals: Some(&super::str_methods::STR_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(str_binary_op),
        subscr: Some(str_subscr),
        iter: Some(str_iter),
        len: Some(str_len),
        buffer: Some(str_buffer),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

/// The bytes of a str object (qstr or `StrObj`).
#[inline]
pub fn as_str_bytes(o: Obj) -> Option<&'static [u8]> {
    if o.is_qstr() {
        return Some(o.qstr_value().as_bytes());
    }
    if let Some(s) = o.downcast::<StrObj>() {
        return Some(s.as_bytes());
    }
    // An instance of a subclass of str whose built-in part is an interned string.
    let n = super::class::native_part(o);
    if n.is_qstr() {
        return Some(n.qstr_value().as_bytes());
    }
    None
}

/// The text of a str object.
pub fn as_str(o: Obj) -> Option<&'static str> {
    // Str objects are built from valid UTF-8 (a lone surrogate from `chr` reads as "").
    as_str_bytes(o).map(|b| crate::obj::unicode::as_utf8(b).unwrap_or(""))
}

/// Whether `o` is a str equal to the name `q`.
pub fn eq_qstr(o: Obj, q: Qstr) -> bool {
    as_str_bytes(o) == Some(q.as_bytes())
}

/// Whether `o` is exactly a str (not an instance of a subclass).
pub fn is_str(o: Obj) -> bool {
    o.is_qstr() || o.downcast::<StrObj>().is_some()
}

/// A heap str referring to static text (no copy).
///
/// # Errors
/// `MemoryError`.
pub fn new_static(s: &'static str) -> Result<Obj, Exc> {
    if let Some(q) = qstr::lookup(s) {
        return Ok(Obj::from_qstr(q));
    }
    let o = gc::new(StrObj::rom(s))?;
    Ok(Obj::from_ref(o))
}

/// A heap str holding a copy of `s` (an existing qstr is reused).
///
/// # Errors
/// `MemoryError`.
pub fn new_str(s: &str) -> Result<Obj, Exc> {
    from_bytes(s.as_bytes())
}

/// A str holding a copy of `b`, which must be valid text (see [`from_gcvec`]).
///
/// # Errors
/// `MemoryError`.
pub fn from_bytes(b: &[u8]) -> Result<Obj, Exc> {
    if b.is_empty() {
        return Ok(Obj::from_qstr(qstr!("")));
    }
    if let Some(q) = crate::obj::unicode::as_utf8(b).and_then(qstr::lookup) {
        return Ok(Obj::from_qstr(q));
    }
    from_gcvec(GcVec::from_slice(b)?)
}

/// A str owning the bytes of `v`, which must be valid text (UTF-8 with unicode on; a
/// lone surrogate is allowed, as `chr` makes them); else the text is replaced by "".
///
/// # Errors
/// `MemoryError`.
pub fn from_gcvec(v: GcVec<u8>) -> Result<Obj, Exc> {
    let hash = qstr_hash(&v);
    let bytes: &'static [u8] = if unicode::is_valid(&v) { v.leak() } else { &[] };
    let o = gc::new(StrObj { base: ObjBase::new(&STR_TYPE), hash, len: bytes.len(), data: bytes.as_ptr() })?;
    Ok(Obj::from_ref(o))
}

/// `str(o)` or `repr(o)` as a str object.
///
/// # Errors
/// `MemoryError`, or what printing raises.
pub fn to_str(o: Obj, kind: PrintKind) -> Result<Obj, Exc> {
    if kind == PrintKind::Str && is_str(o) {
        return Ok(o);
    }
    let mut b = StrBuf::new();
    super::print(o, &mut b, kind)?;
    from_gcvec(b.buf)
}

/// `str()`, `str(x)`, `str(b, encoding[, errors])`.
fn str_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(Obj::from_qstr(qstr!(""))),
        [o] => to_str(*o, PrintKind::Str),
        [o, rest @ ..] if rest.len() <= 2 => {
            if is_str(*o) {
                return Err(exc::type_error(msg!("decoding str is not supported")));
            }
            let b =
                super::buffer::get(*o).ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))?;
            super::bytes::decode(b.bytes(), rest.first().copied(), rest.get(1).copied())
        }
        _ => Err(exc::at_most_args(3, args.len())),
    }
}

fn str_print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    let b = as_str_bytes(o).unwrap_or(&[]);
    if kind == PrintKind::Str {
        return out.write(b);
    }
    print_quoted(b, out)
}

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `repr()` of text, CPython's quoting: single quotes unless the text has `'` and no `"`;
/// `\\`, the quote, `\n \r \t` and other control characters escaped. Characters past
/// ASCII print as themselves (as MicroPython: it has no table of printable characters),
/// but for lone surrogates (`\ud800`).
///
/// # Errors
/// As `Print::write`.
pub fn print_quoted(b: &[u8], out: &mut dyn Print) -> Result<(), Exc> {
    print_quoted_as(b, out, false, false)
}

/// [`print_quoted`] for text, or with `bytes` the repr of bytes (`b'...'`, every byte
/// past ASCII as `\xhh`); `all_quotes` escapes `'` whichever quote is used (bytearray's
/// repr, as MicroPython's).
///
/// # Errors
/// As `Print::write`.
pub fn print_quoted_as(b: &[u8], out: &mut dyn Print, bytes: bool, all_quotes: bool) -> Result<(), Exc> {
    let q = if super::bytes::has(b, b'\'') && !super::bytes::has(b, b'"') { b'"' } else { b'\'' };
    if bytes {
        out.write(b"b")?;
    }
    out.write(&[q])?;
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let esc: &[u8] = match c {
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            b'\\' => b"\\\\",
            b'\'' if q == b'\'' || all_quotes => b"\\'",
            b'"' if q == b'"' => b"\\\"",
            _ if c < 0x20 || c == 0x7f => b"",
            _ if c >= 0x80 && (bytes || is_surrogate(b, i)) => b"",
            _ => {
                i += 1;
                continue;
            }
        };
        out.write(&b[start..i])?;
        if !esc.is_empty() {
            out.write(esc)?;
            i += 1;
        } else {
            let (v, n) = if c < 0x80 || bytes { (c as u32, 1) } else { unicode::decode_at(b, i) };
            print_code_escape(v, out)?;
            i += n;
        }
        start = i;
    }
    out.write(&b[start..])?;
    out.write(&[q])
}

/// Whether a lone surrogate (which `chr` can make) starts at `i`: repr escapes them.
fn is_surrogate(b: &[u8], i: usize) -> bool {
    b[i] == 0xed && b.get(i + 1).is_some_and(|&c| c >= 0xa0)
}

/// `\xhh`, `\uhhhh` or `\Uhhhhhhhh` for code point `v`.
fn print_code_escape(v: u32, out: &mut dyn Print) -> Result<(), Exc> {
    let (prefix, digits): (&[u8], u32) = match v {
        0..=0xff => (b"\\x", 2),
        0x100..=0xffff => (b"\\u", 4),
        _ => (b"\\U", 8),
    };
    out.write(prefix)?;
    for k in (0..digits).rev() {
        out.write(&[HEX[((v >> (4 * k)) & 15) as usize]])?;
    }
    Ok(())
}

/// `ascii(o)`: `repr(o)` with every character past ASCII escaped.
///
/// # Errors
/// `MemoryError`, what printing raises.
pub fn ascii_of(o: Obj) -> Result<Obj, Exc> {
    let mut r = StrBuf::new();
    super::print(o, &mut r, PrintKind::Repr)?;
    if r.buf.is_ascii() {
        return from_gcvec(r.buf);
    }
    let mut out = StrBuf::new();
    let b: &[u8] = &r.buf;
    let mut i = 0;
    while i < b.len() {
        let (v, n) = unicode::decode_at(b, i);
        if v < 0x80 {
            out.write(&b[i..i + 1])?;
        } else {
            print_code_escape(v, &mut out)?;
        }
        i += n;
    }
    from_gcvec(out.buf)
}

fn str_len(o: Obj) -> Result<Option<usize>, Exc> {
    Ok(as_str_bytes(o).map(unicode::char_count))
}

fn str_buffer(o: Obj) -> Option<Buf> {
    as_str_bytes(o).map(Buf::read_only)
}

/// An index into a sequence of `len` items; `what` names it in the messages
/// (MicroPython's: `string indices must be integers, not str`, `bytes index out of range`).
///
/// # Errors
/// `TypeError` for a non-int, `IndexError` when out of range.
pub fn seq_index(index: Obj, len: usize, what: &str) -> Result<usize, Exc> {
    let Some(i) = int::as_i64(index) else {
        if int::is_int(index) {
            return Err(int::expect_i64(index).err().unwrap_or_else(exc::overflow));
        }
        return Err(exc::new_msg_fmt(
            &exc::TYPE_ERROR,
            msg!("{} indices must be integers, not {}"),
            &[what, index.ty().name()],
        ));
    };
    let i = if i < 0 { i + len as i64 } else { i };
    if i < 0 || i >= len as i64 {
        return Err(exc::new_msg_fmt(&exc::INDEX_ERROR, msg!("{} index out of range"), &[what]));
    }
    Ok(i as usize)
}

fn str_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    if !value.is_null() {
        return super::subscr_unsupported(o, value);
    }
    let b = as_str_bytes(o).unwrap_or(&[]);
    if let Some(r) = super::str_methods::slice_of(o, b, index) {
        return r;
    }
    let i = seq_index(index, unicode::char_count(b), "string")?;
    let s = unicode::byte_offset(b, i);
    from_bytes(&b[s..s + unicode::char_len_at(b, s)])
}

/// `x` repeated `n` times (nothing when `n <= 0`).
///
/// # Errors
/// `MemoryError` when the result cannot fit (at once, without trying to build it).
pub fn repeat(x: &[u8], n: i64) -> Result<GcVec<u8>, Exc> {
    if n <= 0 || x.is_empty() {
        return Ok(GcVec::new());
    }
    let total = usize::try_from(n).ok().and_then(|n| x.len().checked_mul(n)).ok_or_else(exc::memory_error)?;
    let mut v = GcVec::with_capacity(total)?;
    // Short text is copied a stack chunk of whole copies at a time.
    let mut chunk = [0u8; 256];
    let per = (chunk.len() / x.len()).max(1);
    let unit: &[u8] = if per > 1 {
        for k in 0..per {
            chunk[k * x.len()..(k + 1) * x.len()].copy_from_slice(x);
        }
        &chunk[..per * x.len()]
    } else {
        x
    };
    while v.len() + unit.len() <= total {
        v.extend_from_slice(unit)?;
    }
    while v.len() < total {
        v.extend_from_slice(x)?;
    }
    Ok(v)
}

fn str_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = as_str_bytes(a).unwrap_or(&[]);
    match op {
        BinOp::Add => {
            let Some(y) = as_str_bytes(b) else { return Ok(Obj::NULL) };
            if y.is_empty() && is_str(a) {
                return Ok(a);
            }
            let mut v = GcVec::with_capacity(x.len().checked_add(y.len()).ok_or_else(exc::memory_error)?)?;
            v.extend_from_slice(x)?;
            v.extend_from_slice(y)?;
            from_gcvec(v)
        }
        BinOp::Mul => {
            if !int::is_int(b) {
                return Ok(Obj::NULL);
            }
            let n = int::expect_i64(b)?;
            let v = repeat(x, n)?;
            if v.is_empty() {
                return Ok(Obj::from_qstr(qstr!("")));
            }
            from_gcvec(v)
        }
        BinOp::Eq => Ok(match as_str_bytes(b) {
            Some(y) => Obj::from_bool(x == y),
            None => Obj::NULL,
        }),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let Some(y) = as_str_bytes(b) else { return Ok(Obj::NULL) };
            Ok(Obj::from_bool(compare(op, x, y)))
        }
        BinOp::In => {
            let Some(y) = as_str_bytes(b) else {
                return Err(super::str_methods::cant_convert(b, "str"));
            };
            Ok(Obj::from_bool(super::str_split::find(x, y, 0, x.len(), false)?.is_some()))
        }
        #[cfg(mp_feature = "str_op_modulo")]
        BinOp::Mod => super::str_modulo::modulo(a, b),
        _ => Ok(Obj::NULL),
    }
}

/// `x op y` for `< <= > >=` on byte strings (UTF-8 orders as code points).
pub fn compare(op: BinOp, x: &[u8], y: &[u8]) -> bool {
    match op {
        BinOp::Lt => x < y,
        BinOp::Le => x <= y,
        BinOp::Gt => x > y,
        _ => x >= y,
    }
}

/// Iterator over the characters of a str.
#[repr(C)]
struct StrIter {
    base: ObjBase,
    s: Obj,
    pos: core::cell::Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first, only `STR_ITER_TYPE` objects are `StrIter`s.
unsafe impl PyObj for StrIter {
    const TYPE: Option<&'static Type> = Some(&STR_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &STR_ITER_TYPE)
    }
}

static STR_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(str_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn str_iter(o: Obj) -> Result<Obj, Exc> {
    let it = gc::new(StrIter { base: ObjBase::new(&STR_ITER_TYPE), s: o, pos: core::cell::Cell::new(0) })?;
    Ok(Obj::from_ref(it))
}

fn str_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<StrIter>() else { return Ok(Obj::NULL) };
    let b = as_str_bytes(it.s).unwrap_or(&[]);
    let start = it.pos.get();
    if start >= b.len() {
        return Ok(Obj::NULL);
    }
    let end = start + unicode::char_len_at(b, start);
    it.pos.set(end);
    from_bytes(&b[start..end])
}
