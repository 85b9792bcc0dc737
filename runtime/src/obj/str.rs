//! `str`: interned (a qstr `Obj`) or a `StrObj` (heap or ROM). Text is UTF-8; indexing
//! and `len()` count characters.

use super::repr::{ObjBase, PyObj};
use super::{exc, int, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::{self, GcVec};
use crate::print::{Print, PrintKind, StrBuf};
use crate::qstr::{self, qstr_hash, Qstr};

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
        // SAFETY: `data` points at `len` bytes that live as long as this object: static
        // text, or a heap block referenced from this object (kept alive with it).
        unsafe { core::slice::from_raw_parts(self.data, self.len) }
    }
}

pub static STR_TYPE: Type = Type {
    name: qstr!("str"),
    make_new: Some(str_make_new),
    print: Some(str_print),
    binary_op: Some(str_binary_op),
    subscr: Some(str_subscr),
    iter: Some(str_iter),
    len: Some(str_len),
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
    // Str objects are only ever built from valid UTF-8.
    as_str_bytes(o).map(|b| core::str::from_utf8(b).unwrap_or(""))
}

/// Whether `o` is a str equal to the name `q`.
pub fn eq_qstr(o: Obj, q: Qstr) -> bool {
    as_str_bytes(o) == Some(q.as_bytes())
}

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

use exc::Exc;

/// A heap str holding a copy of `s` (an existing qstr is reused).
///
/// # Errors
/// `MemoryError`.
pub fn new_str(s: &str) -> Result<Obj, Exc> {
    if let Some(q) = qstr::lookup(s) {
        return Ok(Obj::from_qstr(q));
    }
    from_gcvec(GcVec::from_slice(s.as_bytes())?)
}

/// A str owning the bytes of `v`, which must be UTF-8 (else the text is replaced by "").
///
/// # Errors
/// `MemoryError`.
pub fn from_gcvec(v: GcVec<u8>) -> Result<Obj, Exc> {
    let hash = qstr_hash(&v);
    let bytes: &'static [u8] = if core::str::from_utf8(&v).is_ok() { v.leak() } else { &[] };
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

fn str_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(Obj::from_qstr(qstr!(""))),
        [o] => to_str(*o, PrintKind::Str),
        _ => Err(exc::type_error("str() takes at most 1 argument")),
    }
}

fn str_print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    let b = as_str_bytes(o).unwrap_or(&[]);
    if kind == PrintKind::Str {
        return out.write(b);
    }
    print_quoted(b, out)
}

/// `repr()` of text: single quotes unless the text has `'` and no `"`.
///
/// # Errors
/// As `Print::write`.
pub fn print_quoted(b: &[u8], out: &mut dyn Print) -> Result<(), Exc> {
    let q = if b.contains(&b'\'') && !b.contains(&b'"') { b'"' } else { b'\'' };
    out.write(&[q])?;
    let mut start = 0;
    for (i, &c) in b.iter().enumerate() {
        let esc: Option<&[u8]> = match c {
            b'\n' => Some(b"\\n"),
            b'\r' => Some(b"\\r"),
            b'\t' => Some(b"\\t"),
            b'\\' => Some(b"\\\\"),
            _ if c == q => Some(if q == b'\'' { b"\\'" } else { b"\\\"" }),
            _ if c < 0x20 || c == 0x7f => None,
            _ => continue,
        };
        out.write(&b[start..i])?;
        match esc {
            Some(e) => out.write(e)?,
            None => {
                let hex = b"0123456789abcdef";
                out.write(&[b'\\', b'x', hex[(c >> 4) as usize], hex[(c & 15) as usize]])?;
            }
        }
        start = i + 1;
    }
    out.write(&b[start..])?;
    out.write(&[q])
}

/// Number of characters in UTF-8 text.
pub fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}

fn str_len(o: Obj) -> Result<Option<usize>, Exc> {
    Ok(as_str_bytes(o).map(char_count))
}

/// Byte range of the character at char index `i`.
fn char_at(b: &[u8], i: usize) -> Option<(usize, usize)> {
    if b.is_ascii() {
        return (i < b.len()).then_some((i, i + 1));
    }
    let mut n = 0;
    let mut start = None;
    for (pos, &c) in b.iter().enumerate() {
        if c & 0xc0 != 0x80 {
            if let Some(s) = start {
                return Some((s, pos));
            }
            if n == i {
                start = Some(pos);
            }
            n += 1;
        }
    }
    start.map(|s| (s, b.len()))
}

fn str_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    if !value.is_null() {
        return Err(exc::type_error("'str' object doesn't support item assignment"));
    }
    let b = as_str_bytes(o).unwrap_or(&[]);
    let i = int::index_of(index, char_count(b), "string index out of range")?;
    let (s, e) = char_at(b, i).ok_or_else(|| exc::index_error("string index out of range"))?;
    new_str(core::str::from_utf8(&b[s..e]).unwrap_or(""))
}

fn str_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = as_str_bytes(a).unwrap_or(&[]);
    match op {
        BinOp::Add => {
            let Some(y) = as_str_bytes(b) else { return Ok(Obj::NULL) };
            let mut v = GcVec::with_capacity(x.len() + y.len())?;
            v.extend_from_slice(x)?;
            v.extend_from_slice(y)?;
            from_gcvec(v)
        }
        BinOp::Mul => {
            if !b.is_small_int() {
                return Ok(Obj::NULL);
            }
            let n = b.small_int_value().max(0) as usize;
            let total = x.len().checked_mul(n).ok_or_else(exc::memory_error)?;
            let mut v = GcVec::with_capacity(total)?;
            for _ in 0..n {
                v.extend_from_slice(x)?;
            }
            from_gcvec(v)
        }
        BinOp::Eq => Ok(match as_str_bytes(b) {
            Some(y) => Obj::from_bool(x == y),
            None => Obj::FALSE,
        }),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            let Some(y) = as_str_bytes(b) else { return Ok(Obj::NULL) };
            let r = match op {
                BinOp::Lt => x < y,
                BinOp::Le => x <= y,
                BinOp::Gt => x > y,
                _ => x >= y,
            };
            Ok(Obj::from_bool(r))
        }
        BinOp::In => {
            let Some(y) = as_str_bytes(b) else {
                return Err(exc::type_error("'in <string>' requires string as left operand"));
            };
            Ok(Obj::from_bool(y.is_empty() || x.windows(y.len()).any(|w| w == y)))
        }
        _ => Ok(Obj::NULL),
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
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &STR_ITER_TYPE)
    }
}

static STR_ITER_TYPE: Type = Type { name: qstr!("iterator"), iternext: Some(str_iter_next), ..Type::EMPTY };

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
    let mut end = start + 1;
    while end < b.len() && b[end] & 0xc0 == 0x80 {
        end += 1;
    }
    it.pos.set(end);
    new_str(core::str::from_utf8(&b[start..end]).unwrap_or(""))
}
