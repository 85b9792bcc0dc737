//! `memoryview`: a window on another object's buffer. Slices share the memory (a slice of a
//! view of a bytearray writes into the bytearray); a view of bytes or str is read-only.
//!
//! The view keeps the pointer it was made with, as MicroPython's does. When the bytearray
//! behind it grows into a new block, the view still reads the old block: the block is only
//! ever replaced, never freed, and the view's pointer keeps it alive (`buffer.rs`), so a
//! stale view reads stale bytes, never freed memory. Only step-1 slices are supported, as
//! in MicroPython. A view of an `array` indexes, slices and stores the array's items (its
//! buffer's type code, `buffer::load_item`/`store_item`); every other view, bytes.

use super::buffer::{self, Buf};
use super::dict::RomDict;
use super::repr::{ObjBase, PyObj};
use super::slice::{self, SliceObj};
use super::{bytes, exc, str as pystr, Obj, Type};
use crate::bytecode::BinOp;
use crate::gc;
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};
#[cfg(mp_feature = "memoryview_itemsize")]
use crate::qstr::Qstr;
use exc::Exc;

#[repr(C)]
pub struct MemoryViewObj {
    pub base: ObjBase,
    /// The object whose memory this is (kept alive by this reference).
    pub obj: Obj,
    pub buf: Buf,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `MEMORYVIEW_TYPE` objects are `MemoryViewObj`s.
unsafe impl PyObj for MemoryViewObj {
    const TYPE: Option<&'static Type> = Some(&MEMORYVIEW_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &MEMORYVIEW_TYPE)
    }
}

pub static MEMORYVIEW_TYPE: Type = Type {
    name: qstr!("memoryview"),
    make_new: Some(memoryview_make_new),
    print: Some(memoryview_print),
    #[cfg(mp_feature = "memoryview_itemsize")]
    attr: Some(memoryview_attr),
    locals: Some(&MEMORYVIEW_LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(memoryview_binary_op),
        subscr: Some(memoryview_subscr),
        iter: Some(memoryview_iter),
        len: Some(|o| Ok(o.downcast::<MemoryViewObj>().map(|m| m.buf.len / buffer::item_size(m.buf.typecode)))),
        buffer: Some(|o| o.downcast::<MemoryViewObj>().map(|m| m.buf)),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

fn new(obj: Obj, buf: Buf) -> Result<Obj, Exc> {
    Ok(Obj::from_ref(gc::new(MemoryViewObj { base: ObjBase::new(&MEMORYVIEW_TYPE), obj, buf })?))
}

fn memoryview_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    match args.no_kw()? {
        [o] => new(*o, buffer::get_or_raise(*o)?),
        a => Err(exc::arg_count(1, a.len())),
    }
}

fn memoryview_print(_o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<memoryview>")
}

#[cfg(mp_feature = "memoryview_itemsize")]
fn memoryview_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let size = this(o).map_or(1, |m| buffer::item_size(m.buf.typecode));
    Ok(if name == qstr!("itemsize") { Obj::small_int(size as isize) } else { Obj::NULL })
}

/// Iterating: the bytes, or the items of a typed view (of an `array`).
fn memoryview_iter(o: Obj) -> Result<Obj, Exc> {
    match this(o)?.buf.typecode {
        b'B' => bytes::iter_bytes(o),
        _ => super::getitem_iter(o),
    }
}

fn memoryview_binary_op(op: BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    let x = buffer::bytes_of(a).unwrap_or(&[]);
    match (op, bytes::operand(b)) {
        (BinOp::Eq, Some(y)) => Ok(Obj::from_bool(x == y)),
        // Not NULL: bytes would be asked for `b + a` with the operands swapped.
        (BinOp::Add, _) => Err(exc::unsupported_binary(op, a, b)),
        _ => Ok(Obj::NULL),
    }
}

fn this(o: Obj) -> Result<&'static MemoryViewObj, Exc> {
    o.downcast::<MemoryViewObj>().ok_or_else(|| exc::type_error(msg!("not a memoryview")))
}

fn memoryview_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let m = this(o)?;
    let buf = m.buf;
    if value == super::SENTINEL_DELETE {
        return super::subscr_unsupported(o, value);
    }
    if !value.is_null() && !buf.writable {
        return super::subscr_unsupported(o, value);
    }
    // Items of the view's type code: one byte each, except in a view of an `array`.
    let size = buffer::item_size(buf.typecode);
    if let Some(sl) = index.downcast::<SliceObj>() {
        let (start, stop, step) = slice::indices(sl, buf.len / size)?;
        if step != 1 {
            return Err(exc::new_msg(
                &exc::NOT_IMPLEMENTED_ERROR,
                msg!("only slices with step=1 (aka None) are supported"),
            ));
        }
        let n = slice::count(start, stop, step);
        let start = start.max(0) as usize;
        let (start, n) = (start * size, n * size);
        if value.is_null() {
            // `start + n <= len`: the new view is inside this one and shares its memory.
            let ptr = buf.ptr.wrapping_add(start);
            return new(m.obj, Buf { ptr, len: n, ..buf });
        }
        #[cfg(mp_feature = "array_slice_assign")]
        {
            // Copy the source first: it may be this very memory.
            let src = match bytes::operand(value) {
                Some(b) => crate::gc::GcVec::from_slice(b)?,
                None => {
                    return Err(exc::new_msg_fmt(
                        &exc::TYPE_ERROR,
                        msg!("a bytes-like object is required, not '{}'"),
                        &[value.ty().name()],
                    ))
                }
            };
            // A typed view takes only items of its own size (MicroPython's rule).
            let src_size = buffer::get(value).map_or(1, |b| buffer::item_size(b.typecode));
            if src.len() != n || (size != 1 && src_size != size) {
                return Err(exc::value_error(msg!("lhs and rhs should be compatible")));
            }
            buf.write(start, &src);
            return Ok(Obj::NONE);
        }
        #[cfg(not(mp_feature = "array_slice_assign"))]
        return super::subscr_unsupported(o, value);
    }
    let i = pystr::seq_index(index, buf.len / size, "memoryview")?;
    if buf.typecode != b'B' {
        let at = i * size;
        if value.is_null() {
            return buffer::load_item(buf.typecode, buf.bytes().get(at..at + size).unwrap_or(&[]));
        }
        let mut item = [0u8; 8];
        buffer::store_item(buf.typecode, value, &mut item[..size])?;
        buf.write(at, &item[..size]);
        return Ok(Obj::NONE);
    }
    if value.is_null() {
        return Ok(Obj::small_int(buf.bytes()[i] as isize));
    }
    buf.write(i, &[bytes::byte_value(value)?]);
    Ok(Obj::NONE)
}

static MEMORYVIEW_LOCALS: RomDict = RomDict::new(&super::dict::sort_entries([
    #[cfg(mp_feature = "bytes_hex")]
    super::str_methods::e(qstr!("hex"), &bytes::HEX_FN),
]));
