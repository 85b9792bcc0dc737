//! `bytes`: an immutable run of bytes (heap or ROM, laid out as a str), its constructor,
//! `repr` exactly as CPython prints it, `decode`, `hex`/`fromhex`, and the helpers that
//! bytearray and memoryview share (byte values, iterating bytes, building from an object).

use super::buffer::{self, Buf};
use super::dict::RomDict;
use super::repr::{ObjBase, PyObj};
use super::str_methods::{self, Kind};
use super::{exc, int, str as pystr, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::{self, GcVec};
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
use crate::qstr::qstr_hash;
use exc::Exc;

/// A bytes object: `len` bytes at `data`, and their hash (as a str's).
#[repr(C)]
pub struct BytesObj {
    pub base: ObjBase,
    pub hash: u32,
    pub len: usize,
    pub data: *const u8,
}

// SAFETY: immutable after construction; the runtime is single-threaded.
unsafe impl Sync for BytesObj {}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `BYTES_TYPE` objects are `BytesObj`s.
unsafe impl PyObj for BytesObj {
    const TYPE: Option<&'static Type> = Some(&BYTES_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &BYTES_TYPE)
    }
}

impl BytesObj {
    /// Bytes in ROM (frozen code's constants).
    pub const fn rom(b: &'static [u8]) -> BytesObj {
        BytesObj { base: ObjBase::new(&BYTES_TYPE), hash: qstr_hash(b), len: b.len(), data: b.as_ptr() }
    }

    pub fn as_bytes(&self) -> &'static [u8] {
        if self.len == 0 {
            return &[];
        }
        // SAFETY: `data` points at `len` bytes owned by this object (a heap block it
        // references, or ROM) and never written after construction.
        unsafe { core::slice::from_raw_parts(self.data, self.len) }
    }
}

/// `b''`.
pub static EMPTY: BytesObj =
    BytesObj { base: ObjBase::new(&BYTES_TYPE), hash: qstr_hash(b""), len: 0, data: b"".as_ptr() };

pub static BYTES_TYPE: Type = Type {
    name: qstr!("bytes"),
    make_new: Some(bytes_make_new),
    print: Some(bytes_print),
    locals: Some(&BYTES_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(bytes_binary_op),
        subscr: Some(bytes_subscr),
        iter: Some(iter_bytes),
        len: Some(|o| Ok(as_bytes(o).map(<[u8]>::len))),
        buffer: Some(|o| as_bytes(o).map(Buf::read_only)),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

/// The bytes of a bytes object (or of the built-in part of an instance of a subclass).
pub fn as_bytes(o: Obj) -> Option<&'static [u8]> {
    o.downcast::<BytesObj>().map(BytesObj::as_bytes)
}

/// A bytes object owning `v`.
///
/// # Errors
/// `MemoryError`.
pub fn from_gcvec(v: GcVec<u8>) -> Result<Obj, Exc> {
    if v.is_empty() {
        return Ok(Obj::from_static(&EMPTY));
    }
    let hash = qstr_hash(&v);
    let b: &'static [u8] = v.leak();
    let o = gc::new(BytesObj { base: ObjBase::new(&BYTES_TYPE), hash, len: b.len(), data: b.as_ptr() })?;
    Ok(Obj::from_ref(o))
}

/// A bytes object holding a copy of `b`.
///
/// # Errors
/// `MemoryError`.
pub fn from_slice(b: &[u8]) -> Result<Obj, Exc> {
    from_gcvec(GcVec::from_slice(b)?)
}

/// The byte an int stands for (`bytes([x])`, `b.append(x)`, `x in b`).
///
/// # Errors
/// `TypeError` for a non-int, `ValueError` outside `0..256`.
pub fn byte_value(o: Obj) -> Result<u8, Exc> {
    let v = int::as_i64(o).ok_or_else(|| exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]))?;
    u8::try_from(v).map_err(|_| exc::value_error(msg!("bytes value out of range")))
}

/// The bytes `bytes(o)`/`bytearray(o)`/`b.extend(o)` take from one argument: a copy of a
/// buffer, or the byte values of an iterable of ints (a count of zero bytes is the
/// constructors' business, not this function's).
///
/// # Errors
/// `TypeError` for a str or a non-iterable, `ValueError` for an item outside `0..256`.
pub fn collect(o: Obj) -> Result<GcVec<u8>, Exc> {
    if pystr::as_str_bytes(o).is_some() {
        return Err(exc::type_error(msg!("string argument without an encoding")));
    }
    if let Some(b) = buffer::get(o) {
        return GcVec::from_slice(b.bytes());
    }
    let it = super::get_iter(o)?;
    let mut v = GcVec::new();
    loop {
        let x = super::iter_next(it)?;
        if x.is_null() {
            return Ok(v);
        }
        v.push(byte_value(x)?)?;
    }
}

/// The bytes of `bytes(...)`/`bytearray(...)`'s arguments: nothing, a count of zeros, a
/// str with an encoding, a buffer or an iterable of ints.
///
/// # Errors
/// As [`collect`]; `ValueError` for a negative count; `LookupError` for an unknown
/// encoding.
pub fn from_args(args: super::Args<'_>) -> Result<GcVec<u8>, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(GcVec::new()),
        [n] if n.is_small_int() => {
            let n = usize::try_from(n.small_int_value()).map_err(|_| exc::new(&exc::VALUE_ERROR, &[]))?;
            let mut v = GcVec::with_capacity(n)?;
            for _ in 0..n {
                v.push(0)?;
            }
            Ok(v)
        }
        // A count past the small ints but within a machine word: no memory for it
        // (negative: as a small one). Beyond, MicroPython tries to iterate it.
        [n] if super::int::as_i64(*n).is_some_and(|v| isize::try_from(v).is_ok()) => {
            Err(if super::int::as_i64(*n).unwrap_or(0) < 0 {
                exc::new(&exc::VALUE_ERROR, &[])
            } else {
                exc::memory_error()
            })
        }
        [o] => collect(*o),
        [s, enc, rest @ ..] if rest.len() <= 1 => {
            let Some(b) = pystr::as_str_bytes(*s) else {
                return Err(exc::type_error(msg!("wrong number of arguments")));
            };
            if check_encoding(*enc)? && !b.is_ascii() {
                return Err(exc::new(&exc::UNICODE_ERROR, &[]));
            }
            GcVec::from_slice(b)
        }
        _ => Err(exc::type_error(msg!("wrong number of arguments"))),
    }
}

fn bytes_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    if let [o] = args.pos {
        if args.kw.is_empty() && super::is_type(*o, &BYTES_TYPE) {
            return Ok(*o);
        }
    }
    from_gcvec(from_args(args)?)
}

/// Whether `enc` names a codec: `true` for ASCII, `false` for UTF-8 (the default, `None`).
///
/// # Errors
/// `TypeError` for a non-str, `LookupError: unknown encoding: x` for another codec.
pub fn check_encoding(enc: Obj) -> Result<bool, Exc> {
    if enc == Obj::NONE {
        return Ok(false);
    }
    let Some(s) = pystr::as_str(enc) else { return Err(str_methods::cant_convert(enc, "str")) };
    let mut norm = [0u8; 8];
    let n = s.len().min(norm.len());
    for (d, c) in norm.iter_mut().zip(s.bytes()) {
        *d = if c == b'_' { b'-' } else { c.to_ascii_lowercase() };
    }
    match &norm[..n] {
        b"utf-8" | b"utf8" if s.len() == n => Ok(false),
        b"ascii" | b"us-ascii" if s.len() == n => Ok(true),
        _ => Err(exc::new_msg_fmt(&exc::LOOKUP_ERROR, msg!("unknown encoding: {}"), &[s])),
    }
}

/// `b.decode(encoding, errors)` and `str(b, encoding, errors)`: UTF-8 (or ASCII) text.
/// Errors raise `UnicodeError` (MicroPython has no `UnicodeDecodeError`); with
/// `bytes_decode_errors`, `'ignore'` drops each bad sequence and `'replace'` puts U+FFFD
/// in its place (one per maximal bad subpart, as CPython).
///
/// # Errors
/// `UnicodeError`, `LookupError`, `TypeError`, `MemoryError`.
pub fn decode(b: &[u8], encoding: Option<Obj>, errors: Option<Obj>) -> Result<Obj, Exc> {
    let ascii = check_encoding(encoding.unwrap_or(Obj::NONE))?;
    let mode = match errors.and_then(pystr::as_str) {
        #[cfg(mp_feature = "bytes_decode_errors")]
        Some("ignore") => 1,
        #[cfg(mp_feature = "bytes_decode_errors")]
        Some("replace") => 2,
        _ => 0,
    };
    let mut v = GcVec::new();
    let mut rest = b;
    while !rest.is_empty() {
        // `is_valid` takes what a str may hold: also UTF-8-encoded surrogates, which
        // MicroPython decodes (`b'\xed\xa0\x80'.decode()` is `'\ud800'`).
        let (good, bad) = if super::unicode::is_valid(rest) {
            (rest.len(), 0)
        } else {
            super::unicode::utf8_error(rest).unwrap_or((rest.len(), 0))
        };
        let (good, bad) = match rest[..good].iter().position(|&c| ascii && c >= 0x80) {
            Some(p) => (p, 1),
            None => (good, bad),
        };
        if bad > 0 && mode == 0 {
            return Err(exc::new(&exc::UNICODE_ERROR, &[]));
        }
        v.extend_from_slice(&rest[..good])?;
        if bad > 0 && mode == 2 {
            v.extend_from_slice("\u{fffd}".as_bytes())?;
        }
        rest = &rest[good + bad..];
    }
    str_methods::new_from_vec(Kind::Str, v)
}

#[cfg(mp_feature = "str_encode")]
fn bytes_decode(args: &[Obj]) -> Result<Obj, Exc> {
    let b = buffer::get_or_raise(args[0])?.bytes();
    decode(b, Some(args[1]), Some(args[2]))
}

/// `b'...'` as CPython prints it: single quotes unless there is a `'` and no `"`;
/// `\t \n \r \\`, the quote, and bytes outside `0x20..0x7f` escaped as `\xhh`.
/// `all_quotes` also escapes `'` inside double quotes, as CPython's `bytearray` repr does.
///
/// # Errors
/// As `Print::write`.
pub fn print_repr(b: &[u8], out: &mut dyn Print, all_quotes: bool) -> Result<(), Exc> {
    pystr::print_quoted_as(b, out, true, all_quotes)
}

#[cfg(mp_feature = "bytes_hex")]
const HEX: &[u8; 16] = b"0123456789abcdef";

/// `str(b)` and `repr(b)` are both the repr, as in CPython.
fn bytes_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    print_repr(as_bytes(o).unwrap_or(&[]), out, false)
}

/// Whether `b` holds the byte `c`: a plain loop, where `<[u8]>::contains` brings in
/// core's word-at-a-time `memchr` (160 bytes of flash) for the runtime's short texts.
#[allow(clippy::manual_contains)] // the point: not `contains`
pub fn has(b: &[u8], c: u8) -> bool {
    b.iter().any(|&x| x == c)
}

/// The bytes of `o` for an operator with a bytes-like left operand: any buffer but a str.
pub fn operand(o: Obj) -> Option<&'static [u8]> {
    if pystr::as_str_bytes(o).is_some() {
        return None;
    }
    buffer::bytes_of(o)
}

/// `+ * == < <= > >= in` of bytes-like objects (bytes and bytearray share it): results of
/// `+` and `*` are of `kind`.
///
/// # Errors
/// `MemoryError`, `TypeError`/`ValueError` for a bad `in` operand.
pub fn binary_op(kind: Kind, op: BinOp, x: &'static [u8], b: Obj) -> Result<Obj, Exc> {
    match op {
        BinOp::Add => {
            let Some(y) = operand(b) else { return Ok(Obj::NULL) };
            let mut v = GcVec::with_capacity(x.len().checked_add(y.len()).ok_or_else(exc::memory_error)?)?;
            v.extend_from_slice(x)?;
            v.extend_from_slice(y)?;
            str_methods::new_from_vec(kind, v)
        }
        BinOp::Mul if int::is_int(b) => str_methods::new_from_vec(kind, pystr::repeat(x, int::expect_i64(b)?)?),
        BinOp::Eq => Ok(operand(b).map_or(Obj::NULL, |y| Obj::from_bool(x == y))),
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            Ok(operand(b).map_or(Obj::NULL, |y| Obj::from_bool(pystr::compare(op, x, y))))
        }
        BinOp::In => {
            if b.is_small_int() {
                let v = b.small_int_value();
                let c = u8::try_from(v).map_err(|_| exc::value_error(msg!("byte must be in range(0, 256)")))?;
                return Ok(Obj::from_bool(has(x, c)));
            }
            let y = str_methods::arg_of(Kind::Bytes, b)?;
            Ok(Obj::from_bool(super::str_split::find(x, y, 0, x.len(), false)?.is_some()))
        }
        #[cfg(mp_feature = "str_op_modulo")]
        BinOp::Mod if kind == Kind::Bytes => super::str_modulo::modulo_bytes(x, b),
        _ => Ok(Obj::NULL),
    }
}

fn bytes_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = as_bytes(a).unwrap_or(&[]);
    if op == BinOp::Mul && x.is_empty() && int::as_i64(b).is_some() {
        return Ok(Obj::from_static(&EMPTY));
    }
    binary_op(Kind::Bytes, op, x, b)
}

fn bytes_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    if !value.is_null() {
        return super::subscr_unsupported(o, value);
    }
    let b = as_bytes(o).unwrap_or(&[]);
    if let Some(r) = str_methods::slice_of(o, b, index) {
        return r;
    }
    let i = pystr::seq_index(index, b.len(), "bytes")?;
    Ok(Obj::small_int(b[i] as isize))
}

/// An iterator over the byte values of any object with a buffer (re-read at each step: a
/// bytearray may change while it is iterated).
#[repr(C)]
struct BytesIter {
    base: ObjBase,
    of: Obj,
    pos: core::cell::Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `BYTES_ITER_TYPE` objects are `BytesIter`s.
unsafe impl PyObj for BytesIter {
    const TYPE: Option<&'static Type> = Some(&BYTES_ITER_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &BYTES_ITER_TYPE)
    }
}

static BYTES_ITER_TYPE: Type = Type {
    name: qstr!("iterator"),
    ext: Some(&TypeExt { iternext: Some(bytes_iter_next), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

/// `iter(o)` for an object with a buffer: its byte values.
///
/// # Errors
/// `MemoryError`.
pub fn iter_bytes(o: Obj) -> Result<Obj, Exc> {
    let it = gc::new(BytesIter { base: ObjBase::new(&BYTES_ITER_TYPE), of: o, pos: core::cell::Cell::new(0) })?;
    Ok(Obj::from_ref(it))
}

fn bytes_iter_next(o: Obj) -> Result<Obj, Exc> {
    let Some(it) = o.downcast::<BytesIter>() else { return Ok(Obj::NULL) };
    let b = buffer::bytes_of(it.of).unwrap_or(&[]);
    let i = it.pos.get();
    match b.get(i) {
        Some(&c) => {
            it.pos.set(i + 1);
            Ok(Obj::small_int(c as isize))
        }
        None => Ok(Obj::NULL),
    }
}

// ---------------------------------------------------------------------------------------
// hex and fromhex

/// `b.hex([sep[, bytes_per_sep]])` of any buffer.
///
/// # Errors
/// `ValueError` for a separator that is not one character, `MemoryError`.
#[cfg(mp_feature = "bytes_hex")]
pub fn hex(args: &[Obj]) -> Result<Obj, Exc> {
    let b = buffer::get_or_raise(args[0])?.bytes();
    let sep = match args.get(1) {
        None => None,
        Some(&s) => {
            let s = pystr::as_str_bytes(s).or_else(|| operand(s)).ok_or_else(|| str_methods::cant_convert(s, "str"))?;
            if s.len() != 1 {
                return Err(exc::value_error(msg!("sep must be length 1.")));
            }
            Some(s[0])
        }
    };
    let per = match args.get(2) {
        Some(&n) => int::expect_i64(n)?,
        None => 1,
    };
    let group = per.unsigned_abs().max(1) as usize;
    let mut v = GcVec::with_capacity(b.len().saturating_mul(3))?;
    for (i, &c) in b.iter().enumerate() {
        if i > 0 {
            if let Some(s) = sep {
                // Groups count from the right for a positive count, as CPython.
                let from_end = b.len() - i;
                if (per >= 0 && from_end % group == 0) || (per < 0 && i % group == 0) {
                    v.push(s)?;
                }
            }
        }
        v.extend_from_slice(&[HEX[(c >> 4) as usize], HEX[(c & 15) as usize]])?;
    }
    str_methods::new_from_vec(Kind::Str, v)
}

/// The bytes `fromhex(s)` stands for: pairs of hex digits, whitespace between pairs.
///
/// # Errors
/// `ValueError: non-hex digit` (MicroPython's wording), `TypeError` for a non-str.
#[cfg(mp_feature = "bytes_hex")]
pub fn unhex(s: Obj) -> Result<GcVec<u8>, Exc> {
    // Any buffer, as MicroPython (`bytes.fromhex(b'00')`).
    let s = match pystr::as_str_bytes(s) {
        Some(b) => b,
        None => buffer::bytes_of(s).ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))?,
    };
    let digit = |c: u8| (c as char).to_digit(16).ok_or_else(|| exc::value_error(msg!("non-hex digit")));
    let mut v = GcVec::with_capacity(s.len() / 2)?;
    let mut i = 0;
    while i < s.len() {
        if super::unicode::is_space(s[i]) {
            i += 1;
            continue;
        }
        let hi = digit(s[i])?;
        let lo = digit(*s.get(i + 1).ok_or_else(|| exc::value_error(msg!("non-hex digit")))?)?;
        v.push((hi * 16 + lo) as u8)?;
        i += 2;
    }
    Ok(v)
}

#[cfg(mp_feature = "bytes_hex")]
fn bytes_fromhex(args: &[Obj]) -> Result<Obj, Exc> {
    from_gcvec(unhex(args[args.len() - 1])?)
}

#[cfg(mp_feature = "bytes_hex")]
pub static HEX_FN: super::fun::NativeFn = super::fun::NativeFn::new(qstr!("hex"), 1, 3, hex);
#[cfg(mp_feature = "bytes_hex")]
static FROMHEX: super::fun::NativeFn = super::fun::NativeFn::new(qstr!("fromhex"), 1, 2, bytes_fromhex);
#[cfg(mp_feature = "bytes_hex")]
static FROMHEX_CM: super::class::WrapperObj =
    super::class::WrapperObj { base: ObjBase::new(&super::class::CLASSMETHOD_TYPE), fun: Obj::from_static(&FROMHEX) };
#[cfg(mp_feature = "str_encode")]
pub static DECODE: super::fun::NativeSpecFn =
    super::fun::NativeSpecFn::new(qstr!("decode"), &str_methods::CODEC_SPEC, bytes_decode);

static BYTES_LOCALS: RomDict = str_methods::shared_locals!(
    #[cfg(mp_feature = "str_encode")]
    str_methods::e(qstr!("decode"), &DECODE),
    #[cfg(mp_feature = "bytes_hex")]
    str_methods::e(qstr!("hex"), &HEX_FN),
    #[cfg(mp_feature = "bytes_hex")]
    super::dict::RomEntry::new(qstr!("fromhex"), Obj::from_static(&FROMHEX_CM)),
);
