//! `bytearray`: a mutable run of bytes in a separate heap block, with the str-like methods
//! of bytes, item and slice assignment, `append`/`extend` (and, beyond MicroPython,
//! `pop`/`insert`/`remove`).
//!
//! Like a list's items, the block is only ever *replaced* when it grows, never freed or
//! moved in place, so a memoryview or a `&[u8]` read from the old block stays valid memory
//! (see `buffer.rs` and docs/ARCHITECTURE.md, "Buffers and views"). Bytes are written
//! through raw pointers by the methods here and by memoryview stores only.

use crate::obj::TypeExt;
use core::cell::Cell;

use super::buffer::Buf;
use super::dict::RomDict;
use super::fun::NativeFn;
use super::repr::{ObjBase, PyObj};
use super::str_methods::{self, Kind};
use super::{bytes, exc, str as pystr, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc::{self, GcVec};
use crate::print::{Print, PrintKind};
use exc::Exc;

#[repr(C)]
pub struct ByteArrayObj {
    pub base: ObjBase,
    /// `cap` bytes; the first `len` are the contents.
    data: Cell<*mut u8>,
    len: Cell<usize>,
    cap: Cell<usize>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `BYTEARRAY_TYPE` objects are `ByteArrayObj`s.
unsafe impl PyObj for ByteArrayObj {
    const TYPE: Option<&'static Type> = Some(&BYTEARRAY_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &BYTEARRAY_TYPE)
    }
}

impl ByteArrayObj {
    pub fn len(&self) -> usize {
        self.len.get()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The contents as a writable buffer.
    pub fn buf(&self) -> Buf {
        Buf { ptr: self.data.get(), len: self.len.get(), typecode: b'B', writable: true }
    }

    /// Make room for `extra` more bytes: a larger block replaces the old one, which is
    /// left to the GC (a view may still read it).
    fn reserve(&self, extra: usize) -> Result<(), Exc> {
        let (len, cap) = (self.len.get(), self.cap.get());
        let need = len.checked_add(extra).ok_or_else(exc::memory_error)?;
        if need <= cap {
            return Ok(());
        }
        let new_cap = need.max(cap.saturating_mul(2)).max(8);
        let p = gc::alloc(new_cap)?.as_ptr();
        if len > 0 {
            // SAFETY: the new block is fresh (distinct from the old one) with room for
            // `new_cap >= len` bytes; the old block holds `len` bytes.
            unsafe { core::ptr::copy_nonoverlapping(self.data.get(), p, len) };
        }
        self.data.set(p);
        self.cap.set(new_cap);
        Ok(())
    }

    /// Replace bytes `start..end` (`start <= end <= len`) with `src`, which must not point
    /// into this bytearray (callers copy such a source first).
    pub fn splice(&self, start: usize, end: usize, src: &[u8]) -> Result<(), Exc> {
        let len = self.len.get();
        if start > end || end > len {
            return Ok(());
        }
        let new_len = len - (end - start) + src.len();
        if src.len() > end - start {
            self.reserve(src.len() - (end - start))?;
        }
        let p = self.data.get();
        if new_len > 0 {
            // SAFETY: `p` has room for `max(len, new_len)` bytes (reserved above); the tail
            // `end..len` moves within the block (`copy` allows overlap), then `src`, which
            // is not inside this block, fills `start..start + src.len()`. No `&[u8]` of
            // this block is held across the call (buffer.rs's rule).
            unsafe {
                core::ptr::copy(p.add(end), p.add(start + src.len()), len - end);
                core::ptr::copy_nonoverlapping(src.as_ptr(), p.add(start), src.len());
            }
        }
        self.len.set(new_len);
        Ok(())
    }

    fn push(&self, b: u8) -> Result<(), Exc> {
        let n = self.len.get();
        self.splice(n, n, &[b])
    }
}

/// The bytes of a bytearray (or of the built-in part of an instance of a subclass).
pub fn as_bytes(o: Obj) -> Option<&'static [u8]> {
    o.downcast::<ByteArrayObj>().map(|b| b.buf().bytes())
}

/// A new bytearray holding a copy of `b`.
///
/// # Errors
/// `MemoryError`.
pub fn from_slice(b: &[u8]) -> Result<Obj, Exc> {
    let a = gc::new(ByteArrayObj {
        base: ObjBase::new(&BYTEARRAY_TYPE),
        data: Cell::new(core::ptr::null_mut()),
        len: Cell::new(0),
        cap: Cell::new(0),
    })?;
    a.splice(0, 0, b)?;
    Ok(Obj::from_ref(a))
}

pub static BYTEARRAY_TYPE: Type = Type {
    name: qstr!("bytearray"),
    make_new: Some(bytearray_make_new),
    print: Some(bytearray_print),
    locals: Some(&BYTEARRAY_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(bytearray_binary_op),
        subscr: Some(bytearray_subscr),
        iter: Some(bytes::iter_bytes),
        len: Some(|o| Ok(o.downcast::<ByteArrayObj>().map(ByteArrayObj::len))),
        buffer: Some(|o| o.downcast::<ByteArrayObj>().map(ByteArrayObj::buf)),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

fn bytearray_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    if args.pos.len() > 3 {
        return Err(exc::at_most_args(3, args.pos.len()));
    }
    let v = bytes::from_args(args)?;
    from_slice(&v)
}

fn bytearray_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"bytearray(")?;
    bytes::print_repr(as_bytes(o).unwrap_or(&[]), out, true)?;
    out.write(b")")
}

fn bytearray_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = as_bytes(a).unwrap_or(&[]);
    bytes::binary_op(Kind::ByteArray, op, x, b)
}

/// `a += b` (`b` bytes-like) and `a *= n` on a bytearray: changed in place, `a` returned;
/// NULL when `a` is not a bytearray or `b` does not fit (then `a op b` reports it).
///
/// # Errors
/// `MemoryError`, `OverflowError` for a huge count.
pub fn inplace_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let Some(ba) = a.downcast::<ByteArrayObj>() else { return Ok(Obj::NULL) };
    match op {
        BinOp::Add if bytes::operand(b).is_some() => {
            // A copy: `b` may be `a` itself or a view of it.
            let src = bytes::collect(b)?;
            let n = ba.len();
            ba.splice(n, n, &src)?;
            Ok(a)
        }
        BinOp::Mul if super::int::is_int(b) => {
            let v = pystr::repeat(ba.buf().bytes(), super::int::expect_i64(b)?)?;
            ba.splice(0, ba.len(), &v)?;
            Ok(a)
        }
        _ => Ok(Obj::NULL),
    }
}

fn this(o: Obj) -> Result<&'static ByteArrayObj, Exc> {
    o.downcast::<ByteArrayObj>().ok_or_else(|| {
        exc::new_msg_fmt(&exc::TYPE_ERROR, msg!("argument should be a 'bytearray' not a '{}'"), &[o.ty().name()])
    })
}

/// The bytes to store from `src`: a copy (the source may be this very bytearray or a view
/// of it), from a buffer or an iterable of ints.
fn source(src: Obj) -> Result<GcVec<u8>, Exc> {
    if pystr::as_str_bytes(src).is_some() {
        return Err(exc::type_error(msg!("can't convert 'str' object to bytes implicitly")));
    }
    bytes::collect(src)
}

fn bytearray_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let a = this(o)?;
    if let Some(sl) = index.downcast::<super::slice::SliceObj>() {
        let (start, stop, step) = super::slice::indices(sl, a.len())?;
        if value.is_null() {
            let b = a.buf().bytes();
            return str_methods::slice_bytes(Kind::ByteArray, b, start, stop, step);
        }
        #[cfg(mp_feature = "array_slice_assign")]
        return assign_slice(a, start, stop, step, value);
        #[cfg(not(mp_feature = "array_slice_assign"))]
        return super::subscr_unsupported(o, value);
    }
    if value.is_null() {
        let i = pystr::seq_index(index, a.len(), "bytearray")?;
        return Ok(Obj::small_int(a.buf().bytes()[i] as isize));
    }
    if value == super::SENTINEL_DELETE {
        #[cfg(mp_feature = "bytearray_list_ops")]
        {
            let i = pystr::seq_index(index, a.len(), "bytearray")?;
            a.splice(i, i + 1, &[])?;
            return Ok(Obj::NONE);
        }
        #[cfg(not(mp_feature = "bytearray_list_ops"))]
        return super::subscr_unsupported(o, value);
    }
    let v = bytes::byte_value(value)?;
    let i = pystr::seq_index(index, a.len(), "bytearray")?;
    a.buf().write(i, &[v]);
    Ok(Obj::NONE)
}

/// `a[start:stop:step] = value` or `del a[...]` (`value` the delete sentinel).
#[cfg(mp_feature = "array_slice_assign")]
fn assign_slice(a: &ByteArrayObj, start: isize, stop: isize, step: isize, value: Obj) -> Result<Obj, Exc> {
    let src = if value == super::SENTINEL_DELETE { GcVec::new() } else { source(value)? };
    let count = super::slice::count(start, stop, step);
    if step == 1 {
        let (s, e) = (start as usize, (start as usize + count));
        a.splice(s, e, &src)?;
        return Ok(Obj::NONE);
    }
    if value == super::SENTINEL_DELETE {
        // Remove the picked bytes, from the highest index down.
        let mut k = count;
        while k > 0 {
            k -= 1;
            let i = (start + k as isize * step) as usize;
            a.splice(i, i + 1, &[])?;
        }
        return Ok(Obj::NONE);
    }
    if src.len() != count {
        return Err(exc::value_error(msg!("attempt to assign bytes of wrong size to extended slice")));
    }
    for (k, &b) in src.iter().enumerate() {
        a.buf().write((start + k as isize * step) as usize, &[b]);
    }
    Ok(Obj::NONE)
}

fn ba_append(args: &[Obj]) -> Result<Obj, Exc> {
    let a = this(args[0])?;
    a.push(bytes::byte_value(args[1])?)?;
    Ok(Obj::NONE)
}

fn ba_extend(args: &[Obj]) -> Result<Obj, Exc> {
    let a = this(args[0])?;
    let src = source(args[1])?;
    let n = a.len();
    a.splice(n, n, &src)?;
    Ok(Obj::NONE)
}

#[cfg(mp_feature = "bytearray_list_ops")]
fn ba_pop(args: &[Obj]) -> Result<Obj, Exc> {
    let a = this(args[0])?;
    if a.is_empty() {
        return Err(exc::index_error(msg!("pop from empty bytearray")));
    }
    let i = match args.get(1) {
        Some(&i) => pystr::seq_index(i, a.len(), "bytearray")?,
        None => a.len() - 1,
    };
    let b = a.buf().bytes()[i];
    a.splice(i, i + 1, &[])?;
    Ok(Obj::small_int(b as isize))
}

#[cfg(mp_feature = "bytearray_list_ops")]
fn ba_insert(args: &[Obj]) -> Result<Obj, Exc> {
    let a = this(args[0])?;
    let i = super::int::expect_i64(args[1])?;
    let b = bytes::byte_value(args[2])?;
    let n = a.len() as i64;
    let i = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    a.splice(i, i, &[b])?;
    Ok(Obj::NONE)
}

#[cfg(mp_feature = "bytearray_list_ops")]
fn ba_remove(args: &[Obj]) -> Result<Obj, Exc> {
    let a = this(args[0])?;
    let b = bytes::byte_value(args[1])?;
    let i = a
        .buf()
        .bytes()
        .iter()
        .position(|&x| x == b)
        .ok_or_else(|| exc::value_error(msg!("value not found in bytearray")))?;
    a.splice(i, i + 1, &[])?;
    Ok(Obj::NONE)
}

#[cfg(mp_feature = "bytes_hex")]
fn ba_fromhex(args: &[Obj]) -> Result<Obj, Exc> {
    from_slice(&bytes::unhex(args[args.len() - 1])?)
}

static APPEND: NativeFn = NativeFn::new(qstr!("append"), 2, 2, ba_append);
static EXTEND: NativeFn = NativeFn::new(qstr!("extend"), 2, 2, ba_extend);
#[cfg(mp_feature = "bytearray_list_ops")]
static POP: NativeFn = NativeFn::new(qstr!("pop"), 1, 2, ba_pop);
#[cfg(mp_feature = "bytearray_list_ops")]
static INSERT: NativeFn = NativeFn::new(qstr!("insert"), 3, 3, ba_insert);
#[cfg(mp_feature = "bytearray_list_ops")]
static REMOVE: NativeFn = NativeFn::new(qstr!("remove"), 2, 2, ba_remove);
#[cfg(mp_feature = "bytes_hex")]
static FROMHEX: NativeFn = NativeFn::new(qstr!("fromhex"), 1, 2, ba_fromhex);
#[cfg(mp_feature = "bytes_hex")]
static FROMHEX_CM: super::class::WrapperObj =
    super::class::WrapperObj { base: ObjBase::new(&super::class::CLASSMETHOD_TYPE), fun: Obj::from_static(&FROMHEX) };

static BYTEARRAY_LOCALS: RomDict = str_methods::shared_locals!(
    str_methods::e(qstr!("append"), &APPEND),
    str_methods::e(qstr!("extend"), &EXTEND),
    #[cfg(mp_feature = "bytearray_list_ops")]
    str_methods::e(qstr!("pop"), &POP),
    #[cfg(mp_feature = "bytearray_list_ops")]
    str_methods::e(qstr!("insert"), &INSERT),
    #[cfg(mp_feature = "bytearray_list_ops")]
    str_methods::e(qstr!("remove"), &REMOVE),
    #[cfg(mp_feature = "str_encode")]
    str_methods::e(qstr!("decode"), &bytes::DECODE),
    #[cfg(mp_feature = "bytes_hex")]
    str_methods::e(qstr!("hex"), &bytes::HEX_FN),
    #[cfg(mp_feature = "bytes_hex")]
    super::dict::RomEntry::new(qstr!("fromhex"), Obj::from_static(&FROMHEX_CM)),
);
