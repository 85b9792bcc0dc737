//! `array`: `array(typecode[, initializer])`, a run of machine numbers of one type code
//! (`b B h H i I l L q Q`, and `f d` with floats), as MicroPython's `array` behaves: `append`,
//! `extend`, indexing, slices (step 1), slice assignment (with `array_slice_assign`), `len`,
//! iteration, `+`, `==`, its repr, and the buffer protocol (so `bytes(a)`, `memoryview(a)`
//! and `struct` see its items' bytes, and a memoryview indexes its items).
//!
//! The items live in a bytearray object in the machine's byte order; `obj::buffer` converts
//! one item to and from a Python number (`load_item`, `store_item`). Ints are stored
//! truncated to the item's width, never raising, as MicroPython does.
//!
//! MicroPython's rules for where the bytes come from are kept: the constructor copies the
//! bytes of a `bytes` or `bytearray` initializer and iterates anything else; `extend`, `+`
//! and slice assignment take the raw bytes of any object with a buffer (an array of another
//! type code included: `array('b', [1]) + array('h', [2])` is `array('b', [1, 2, 0])`),
//! and `extend` iterates an object without one. Beyond MicroPython, `a + x` also takes
//! an iterable (so that `a += [4]` works, as MicroPython's in-place extend does; here it
//! makes a new array), and `==` compares float arrays by value instead of raising.

use crate::bytecode::BinOp;
use crate::gc::GcVec;
use crate::obj::buffer::{self, Buf};
use crate::obj::bytearray::{self, ByteArrayObj};
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::repr::{ObjBase, PyObj};
use crate::obj::slice::{self, SliceObj};
use crate::obj::TypeExt;
use crate::obj::{self, bytes, str as pystr, Args, Obj, Type};
use crate::print::{Print, PrintKind};

pub static MODULE: Module = Module::new(qstr!("array"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("array"))),
    RomEntry::new(qstr!("array"), Obj::from_static(&ARRAY_TYPE)),
]));

#[repr(C)]
pub struct ArrayObj {
    pub base: ObjBase,
    typecode: u8,
    /// The items' bytes; its length is always a whole number of items.
    data: &'static ByteArrayObj,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `ARRAY_TYPE` objects are `ArrayObj`s.
unsafe impl PyObj for ArrayObj {
    const TYPE: Option<&'static Type> = Some(&ARRAY_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &ARRAY_TYPE)
    }
}

static LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("append"), Obj::from_static(&APPEND)),
    RomEntry::new(qstr!("extend"), Obj::from_static(&EXTEND)),
]));
static APPEND: NativeFn = NativeFn::new(qstr!("append"), 2, 2, array_append);
static EXTEND: NativeFn = NativeFn::new(qstr!("extend"), 2, 2, array_extend);

pub static ARRAY_TYPE: Type = Type {
    name: qstr!("array"),
    make_new: Some(array_make_new),
    print: Some(array_print),
    locals: Some(&LOCALS),
    ext: Some(&TypeExt {
        binary_op: Some(array_binary_op),
        subscr: Some(array_subscr),
        iter: Some(obj::getitem_iter),
        len: Some(|o| Ok(o.downcast::<ArrayObj>().map(ArrayObj::len))),
        buffer: Some(|o| o.downcast::<ArrayObj>().map(ArrayObj::buf)),
        ..TypeExt::EMPTY
    }),
    ..Type::EMPTY
};

impl ArrayObj {
    fn size(&self) -> usize {
        buffer::item_size(self.typecode)
    }

    /// The number of items.
    pub fn len(&self) -> usize {
        self.data.len() / self.size()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The items' bytes as a writable buffer of this type code.
    pub fn buf(&self) -> Buf {
        Buf { typecode: self.typecode, ..self.data.buf() }
    }

    /// The bytes now (see buffer.rs for how long they may be held).
    fn bytes(&self) -> &'static [u8] {
        self.data.buf().bytes()
    }

    /// Item `i` (`i < len`).
    fn get(&self, i: usize) -> Result<Obj, Exc> {
        let s = self.size();
        buffer::load_item(self.typecode, self.bytes().get(i * s..(i + 1) * s).unwrap_or(&[]))
    }

    /// Append the whole items of `raw` (a copy: it may be this array's own bytes).
    fn push_raw(&self, raw: &[u8]) -> Result<(), Exc> {
        let whole = raw.len() / self.size() * self.size();
        let copy = GcVec::from_slice(&raw[..whole])?;
        self.data.splice(self.data.len(), self.data.len(), &copy)
    }

    /// Append `x` converted to an item.
    fn push(&self, x: Obj) -> Result<(), Exc> {
        let mut item = [0u8; 8];
        let s = self.size();
        buffer::store_item(self.typecode, x, &mut item[..s])?;
        self.data.splice(self.data.len(), self.data.len(), &item[..s])
    }

    /// Append every item of the iterable `it`.
    fn push_all(&self, it: Obj) -> Result<(), Exc> {
        let it = obj::get_iter(it)?;
        loop {
            crate::vm::poll_interrupt()?;
            let x = obj::iter_next(it)?;
            if x.is_null() {
                return Ok(());
            }
            self.push(x)?;
        }
    }
}

fn this(o: Obj) -> Result<&'static ArrayObj, Exc> {
    o.downcast::<ArrayObj>().ok_or_else(|| exc::wrong_self(&ARRAY_TYPE, o))
}

/// A new empty array of `typecode` (one of `buffer::TYPECODES`).
///
/// # Errors
/// `MemoryError`.
pub fn new(typecode: u8) -> Result<&'static ArrayObj, Exc> {
    let data = bytearray::from_slice(&[])?.downcast::<ByteArrayObj>().ok_or_else(exc::memory_error)?;
    crate::gc::new(ArrayObj { base: ObjBase::new(&ARRAY_TYPE), typecode, data })
}

/// `array(typecode[, initializer])`: the type code is the first character of a str (as
/// MicroPython reads it); a bytes or bytearray initializer gives its bytes, anything else
/// is iterated.
fn array_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    if args.is_empty() {
        return Err(exc::missing_args(1));
    }
    if args.len() > 2 {
        return Err(exc::at_most_args(2, args.len()));
    }
    let tc = pystr::as_str_bytes(args[0]).or_else(|| bytes::as_bytes(args[0])).ok_or_else(|| {
        exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[args[0].ty().name()])
    })?;
    let typecode = match tc.first() {
        Some(&c) if crate::obj::bytes::has(buffer::TYPECODES, c) => c,
        _ => return Err(exc::value_error(msg!("bad typecode"))),
    };
    let a = new(typecode)?;
    if let Some(&init) = args.get(1) {
        let raw = bytes::as_bytes(init).or_else(|| bytearray::as_bytes(init));
        match raw {
            Some(b) => a.push_raw(b)?,
            None => a.push_all(init)?,
        }
    }
    Ok(Obj::from_ref(a))
}

/// `array('i', [1, 2])`, `array('i')` when empty.
fn array_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let a = this(o)?;
    out.write(b"array('")?;
    out.write(&[a.typecode])?;
    out.write(b"'")?;
    if !a.is_empty() {
        out.write(b", [")?;
        for i in 0..a.len() {
            if i > 0 {
                out.write(b", ")?;
            }
            obj::print(a.get(i)?, out, PrintKind::Repr)?;
        }
        out.write(b"]")?;
    }
    out.write(b")")
}

fn array_append(a: &[Obj]) -> Result<Obj, Exc> {
    this(a[0])?.push(a[1])?;
    Ok(Obj::NONE)
}

/// `extend(x)`: the raw bytes of an object with a buffer (whole items of this array's
/// type), else the items of an iterable.
fn array_extend(a: &[Obj]) -> Result<Obj, Exc> {
    let arr = this(a[0])?;
    match buffer::get(a[1]) {
        Some(b) => arr.push_raw(b.bytes())?,
        None => arr.push_all(a[1])?,
    }
    Ok(Obj::NONE)
}

/// A copy of `a`.
fn copy(a: &ArrayObj) -> Result<&'static ArrayObj, Exc> {
    let r = new(a.typecode)?;
    r.push_raw(a.bytes())?;
    Ok(r)
}

fn array_binary_op(op: BinOp, lhs: Obj, rhs: Obj) -> Result<Obj, Exc> {
    let a = this(lhs)?;
    match op {
        BinOp::Add => {
            let r = copy(a)?;
            match buffer::get(rhs) {
                Some(b) => r.push_raw(b.bytes())?,
                None if obj::get_iter(rhs).is_ok() => r.push_all(rhs)?,
                None => return Err(exc::type_error(msg!("object with buffer protocol required"))),
            }
            Ok(Obj::from_ref(r))
        }
        BinOp::Eq => Ok(Obj::from_bool(equal(a, rhs)?)),
        _ => Ok(Obj::NULL),
    }
}

/// `a == other`: never equal to a str or bytes (as MicroPython); item by item with another
/// array; byte by byte with any other buffer of the same item size.
fn equal(a: &ArrayObj, other: Obj) -> Result<bool, Exc> {
    if pystr::as_str_bytes(other).is_some() || bytes::as_bytes(other).is_some() {
        return Ok(false);
    }
    if let Some(b) = other.downcast::<ArrayObj>() {
        if a.typecode == b.typecode && !matches!(a.typecode, b'f' | b'd') {
            return Ok(a.bytes() == b.bytes());
        }
        if a.len() != b.len() {
            return Ok(false);
        }
        for i in 0..a.len() {
            if !obj::equal(a.get(i)?, b.get(i)?)? {
                return Ok(false);
            }
        }
        return Ok(true);
    }
    match buffer::get(other) {
        Some(b) if buffer::item_size(b.typecode) == a.size() => Ok(a.bytes() == b.bytes()),
        _ => Ok(false),
    }
}

fn array_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let a = this(o)?;
    if value == obj::SENTINEL_DELETE {
        return obj::subscr_unsupported(o, value);
    }
    let s = a.size();
    if let Some(sl) = index.downcast::<SliceObj>() {
        let (start, stop, step) = slice::indices(sl, a.len())?;
        if step != 1 {
            return Err(exc::new_msg(
                &exc::NOT_IMPLEMENTED_ERROR,
                msg!("only slices with step=1 (aka None) are supported"),
            ));
        }
        let n = slice::count(start, stop, step);
        let start = start.max(0) as usize;
        if value.is_null() {
            let r = new(a.typecode)?;
            r.push_raw(a.bytes().get(start * s..(start + n) * s).unwrap_or(&[]))?;
            return Ok(Obj::from_ref(r));
        }
        #[cfg(mp_feature = "array_slice_assign")]
        return assign_slice(a, start, n, value);
        #[cfg(not(mp_feature = "array_slice_assign"))]
        return obj::subscr_unsupported(o, value);
    }
    let i = pystr::seq_index(index, a.len(), "array")?;
    if value.is_null() {
        return a.get(i);
    }
    let mut item = [0u8; 8];
    buffer::store_item(a.typecode, value, &mut item[..s])?;
    a.data.splice(i * s, (i + 1) * s, &item[..s])?;
    Ok(Obj::NONE)
}

/// `a[start:start + n] = value`: the bytes of an array (or bytearray, or memoryview) whose
/// items are this array's size, or of bytes for a one-byte type code (MicroPython's rule);
/// the slice and the value may differ in length.
#[cfg(mp_feature = "array_slice_assign")]
fn assign_slice(a: &ArrayObj, start: usize, n: usize, value: Obj) -> Result<Obj, Exc> {
    let s = a.size();
    let src = match buffer::get(value) {
        Some(b) if pystr::as_str_bytes(value).is_none() => b,
        _ => return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, msg!("array/bytes required on right side"))),
    };
    if buffer::item_size(src.typecode) != s || src.len % s != 0 {
        return Err(exc::value_error(msg!("lhs and rhs should be compatible")));
    }
    // A copy: the source may be this very array.
    let copy = GcVec::from_slice(src.bytes())?;
    a.data.splice(start * s, (start + n) * s, &copy)?;
    Ok(Obj::NONE)
}

#[cfg(not(mp_feature = "bytearray"))]
compile_error!("the `array` module keeps its items in a bytearray: turn on the `bytearray` feature");
