//! Exceptions: the built-in exception types, `Exc` (one word, what every fallible
//! function returns), traceback records, and the constructors for the runtime's errors
//! with MicroPython's messages.

use core::cell::Cell;

use super::repr::{ObjBase, PyObj};
use super::{str as pystr, tuple, Obj, Type};
use crate::bytecode::{BinOp, UnaryOp};
use crate::gc::{self, GcVec};
use crate::msg::Msg;
use crate::print::{Print, PrintKind};
use crate::qstr::Qstr;

/// A raised exception: a pointer to an exception object. One word.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(transparent)]
pub struct Exc(Obj);

impl Exc {
    /// The exception object.
    #[inline]
    pub fn obj(self) -> Obj {
        self.0
    }

    /// An `Exc` for an exception instance (`None` if `o` is not one).
    pub fn from_obj(o: Obj) -> Option<Exc> {
        o.downcast::<ExcObj>().map(|_| Exc(o))
    }

    pub fn ty(self) -> &'static Type {
        self.0.ty()
    }

    pub fn is(self, ty: &'static Type) -> bool {
        self.0.ty().is_subtype(ty)
    }

    fn inner(self) -> Option<&'static ExcObj> {
        self.0.downcast::<ExcObj>()
    }

    /// The exception's arguments (a tuple, possibly empty).
    pub fn args(self) -> Obj {
        self.inner().map_or(tuple::EMPTY_OBJ, |e| e.args.get())
    }

    /// The traceback records, innermost first.
    pub fn traceback(self) -> &'static [TbEntry] {
        self.inner().map_or(&[], |e| e.tb.get())
    }

    /// Record that the exception passed through `block` at `file:line`; the exception to
    /// raise on. The record array grows by doubling, so unwinding a deep recursion stays
    /// linear. The heap-exhausted MemoryError (a ROM object, raised where nothing can be
    /// allocated) becomes a heap one here if there is room by now (the allocation that
    /// failed is gone, and a collection ran), so that it has a traceback as MicroPython's.
    #[must_use]
    pub fn add_traceback(self, file: Qstr, line: u16, block: Qstr) -> Exc {
        let this = self.materialised();
        this.record(file, line, block);
        this
    }

    /// A heap copy of the ROM MemoryError when one can be made; otherwise `self`.
    fn materialised(self) -> Exc {
        if self.0 != Obj::from_static(&MEMORY_ERROR_OBJ) {
            return self;
        }
        let fresh = ExcObj {
            base: ObjBase::new(&MEMORY_ERROR),
            args: Cell::new(Obj::from_static(&MEMORY_ERROR_ARGS)),
            tb: Cell::new(&[]),
            tb_cap: Cell::new(0),
        };
        gc::new(fresh).map_or(self, |e| Exc(Obj::from_ref(e)))
    }

    fn record(self, file: Qstr, line: u16, block: Qstr) {
        let Some(e) = self.inner() else { return };
        if is_static(e) {
            return;
        }
        let old = e.tb.get();
        let cap = e.tb_cap.get();
        if cap == TB_FULL {
            return;
        }
        if old.len() < cap {
            // SAFETY: the block behind `old` has room for `cap` records (allocated below).
            let slot = unsafe { (old.as_ptr() as *mut TbEntry).add(old.len()) };
            // SAFETY: `slot` is inside that block, past the initialised records.
            unsafe { slot.write(TbEntry { file, line, block }) };
            // SAFETY: `old.len() + 1 <= cap` records are initialised now.
            e.tb.set(unsafe { core::slice::from_raw_parts(old.as_ptr(), old.len() + 1) });
            return;
        }
        let new_cap = (cap * 2).max(4);
        if let Ok(mut v) = GcVec::with_capacity(new_cap) {
            if v.extend_from_slice(old).is_ok() && v.push(TbEntry { file, line, block }).is_ok() {
                let cap = v.capacity();
                e.tb.set(v.leak());
                e.tb_cap.set(cap);
                return;
            }
        }
        // No room: the traceback stays as it is (shortened, as MicroPython's). Trying again
        // for every frame of a deep recursion would collect once per frame, each collection
        // scanning the whole deep stack: quadratic.
        e.tb_cap.set(TB_FULL);
    }

    /// Drop the traceback (re-raising a caught exception starts a fresh one).
    pub fn clear_traceback(self) {
        if let Some(e) = self.inner() {
            if !is_static(e) {
                e.tb.set(&[]);
                e.tb_cap.set(0);
            }
        }
    }
}

/// `tb_cap` of an exception whose traceback could not grow: no more records are added.
const TB_FULL: usize = usize::MAX;

/// One traceback line: `File "<file>", line <line>, in <block>` (no `in` for an empty block).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct TbEntry {
    pub file: Qstr,
    pub line: u16,
    pub block: Qstr,
}

/// An exception instance.
#[repr(C)]
pub struct ExcObj {
    pub base: ObjBase,
    pub args: Cell<Obj>,
    pub tb: Cell<&'static [TbEntry]>,
    /// Room for this many records in the block behind `tb`.
    pub tb_cap: Cell<usize>,
}

// SAFETY: the runtime is single-threaded; the only `static` ExcObj (the MemoryError) is
// never mutated (`add_traceback` skips it).
unsafe impl Sync for ExcObj {}

// SAFETY: `#[repr(C)]` with `ObjBase` first; every built-in type deriving from
// BaseException is laid out as `ExcObj` (instances of Python subclasses are not: their
// `ExcObj` is their native sub-object, which `downcast` finds).
unsafe impl PyObj for ExcObj {
    fn has_layout(ty: &'static Type) -> bool {
        ty.flags & super::type_flags::INSTANCE == 0 && ty.is_subtype(&BASE_EXCEPTION)
    }
}

fn exc_make_new(ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    let t = tuple::new(args)?;
    let e = gc::new(ExcObj { base: ObjBase::new(ty), args: Cell::new(t), tb: Cell::new(&[]), tb_cap: Cell::new(0) })?;
    Ok(Obj::from_ref(e))
}

fn exc_print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    let args = Exc(o).args();
    let items = tuple::as_slice(args).unwrap_or(&[]);
    if kind == PrintKind::Repr {
        out.write_str(o.ty().name())?;
        return super::print(args, out, PrintKind::Repr);
    }
    // `OSError(errno[, message])`: `[Errno 2] ENOENT: message`. Only with the `errno`
    // module, as MicroPython's `MICROPY_PY_ERRNO`: without it, the number as it is.
    #[cfg(mp_module = "errno")]
    if let [n, rest @ ..] = items {
        let name = ERRNO_NAMES.iter().find(|e| n.is_small_int() && e.0 == n.small_int_value());
        if let (Some((v, name)), true) = (name, rest.len() < 2 && o.ty().is_subtype(&OS_ERROR)) {
            out.write(b"[Errno ")?;
            crate::print::print_int(out, *v as i64)?;
            out.write(b"] ")?;
            out.write_str(name.as_str())?;
            if let [msg] = rest {
                out.write(b": ")?;
                super::print(*msg, out, PrintKind::Str)?;
            }
            return Ok(());
        }
    }
    match items {
        [] => Ok(()),
        [one] => super::print(*one, out, PrintKind::Str),
        _ => super::print(args, out, PrintKind::Repr),
    }
}

/// `errno` values the runtime raises `OSError` with.
pub const ENOENT: isize = 2;
pub const EINVAL: isize = 22;

/// The errno names MicroPython's unix port knows, by value: what `OSError` prints
/// (`[Errno 2] ENOENT`), and the `errno` module's constants and `errorcode`. A value not
/// listed prints as a plain number, as in MicroPython. Only on boards with the `errno`
/// module (MicroPython prints names only with `MICROPY_PY_ERRNO`).
#[cfg(mp_module = "errno")]
pub const ERRNO_TABLE: [(isize, Qstr); 22] = [
    (1, qstr!("EPERM")),
    (ENOENT, qstr!("ENOENT")),
    (5, qstr!("EIO")),
    (9, qstr!("EBADF")),
    (11, qstr!("EAGAIN")),
    (12, qstr!("ENOMEM")),
    (13, qstr!("EACCES")),
    (17, qstr!("EEXIST")),
    (19, qstr!("ENODEV")),
    (21, qstr!("EISDIR")),
    (EINVAL, qstr!("EINVAL")),
    (95, qstr!("EOPNOTSUPP")),
    (98, qstr!("EADDRINUSE")),
    (103, qstr!("ECONNABORTED")),
    (104, qstr!("ECONNRESET")),
    (105, qstr!("ENOBUFS")),
    (107, qstr!("ENOTCONN")),
    (110, qstr!("ETIMEDOUT")),
    (111, qstr!("ECONNREFUSED")),
    (113, qstr!("EHOSTUNREACH")),
    (114, qstr!("EALREADY")),
    (115, qstr!("EINPROGRESS")),
];
#[cfg(mp_module = "errno")]
static ERRNO_NAMES: &[(isize, Qstr)] = &ERRNO_TABLE;

/// `OSError(errno)`: `OSError: [Errno 22] EINVAL`.
#[cold]
pub fn os_error(errno: isize) -> Exc {
    new(&OS_ERROR, &[Obj::small_int(errno)])
}

fn exc_attr(o: Obj, name: Qstr) -> Result<Obj, Exc> {
    let e = Exc(o);
    Ok(if name == qstr!("args") {
        e.args()
    } else if name == qstr!("value") || name == qstr!("errno") {
        // Aliases of `args[0]` on every exception, as in MicroPython (`.value` is for
        // StopIteration, `.errno` for OSError).
        tuple::as_slice(e.args()).and_then(|a| a.first().copied()).unwrap_or(Obj::NONE)
    } else {
        Obj::NULL
    })
}

macro_rules! exc_types {
    ($($id:ident = $name:expr => $parent:expr;)*) => {
        $(
            pub static $id: Type = Type {
                name: $name,
                parent: $parent,
                make_new: Some(exc_make_new),
                print: Some(exc_print),
                attr: Some(exc_attr),
                ..Type::EMPTY
            };
        )*
        /// Every built-in exception type, for the builtins table.
        pub static ALL: &[&Type] = &[$(&$id),*];
    };
}

/// The type record of an exception class declared in Rust (`#[mp_exception]`), deriving
/// from `base`: laid out and printed as the built-in exceptions.
pub const fn exception_type(name: Qstr, base: &'static Type) -> Type {
    Type {
        name,
        parent: Some(base),
        make_new: Some(exc_make_new),
        print: Some(exc_print),
        attr: Some(exc_attr),
        ..Type::EMPTY
    }
}

exc_types! {
    BASE_EXCEPTION = qstr!("BaseException") => None;
    SYSTEM_EXIT = qstr!("SystemExit") => Some(&BASE_EXCEPTION);
    KEYBOARD_INTERRUPT = qstr!("KeyboardInterrupt") => Some(&BASE_EXCEPTION);
    GENERATOR_EXIT = qstr!("GeneratorExit") => Some(&BASE_EXCEPTION);
    EXCEPTION = qstr!("Exception") => Some(&BASE_EXCEPTION);
    STOP_ITERATION = qstr!("StopIteration") => Some(&EXCEPTION);
    STOP_ASYNC_ITERATION = qstr!("StopAsyncIteration") => Some(&EXCEPTION);
    ARITHMETIC_ERROR = qstr!("ArithmeticError") => Some(&EXCEPTION);
    ZERO_DIVISION_ERROR = qstr!("ZeroDivisionError") => Some(&ARITHMETIC_ERROR);
    OVERFLOW_ERROR = qstr!("OverflowError") => Some(&ARITHMETIC_ERROR);
    ASSERTION_ERROR = qstr!("AssertionError") => Some(&EXCEPTION);
    ATTRIBUTE_ERROR = qstr!("AttributeError") => Some(&EXCEPTION);
    EOF_ERROR = qstr!("EOFError") => Some(&EXCEPTION);
    IMPORT_ERROR = qstr!("ImportError") => Some(&EXCEPTION);
    LOOKUP_ERROR = qstr!("LookupError") => Some(&EXCEPTION);
    INDEX_ERROR = qstr!("IndexError") => Some(&LOOKUP_ERROR);
    KEY_ERROR = qstr!("KeyError") => Some(&LOOKUP_ERROR);
    MEMORY_ERROR = qstr!("MemoryError") => Some(&EXCEPTION);
    NAME_ERROR = qstr!("NameError") => Some(&EXCEPTION);
    OS_ERROR = qstr!("OSError") => Some(&EXCEPTION);
    RUNTIME_ERROR = qstr!("RuntimeError") => Some(&EXCEPTION);
    NOT_IMPLEMENTED_ERROR = qstr!("NotImplementedError") => Some(&RUNTIME_ERROR);
    SYNTAX_ERROR = qstr!("SyntaxError") => Some(&EXCEPTION);
    INDENTATION_ERROR = qstr!("IndentationError") => Some(&SYNTAX_ERROR);
    TYPE_ERROR = qstr!("TypeError") => Some(&EXCEPTION);
    VALUE_ERROR = qstr!("ValueError") => Some(&EXCEPTION);
    UNICODE_ERROR = qstr!("UnicodeError") => Some(&VALUE_ERROR);
}

static MEMORY_ERROR_ARGS: tuple::RomTuple<1> =
    tuple::RomTuple::new([Obj::from_qstr(qstr!("memory allocation failed"))]);

/// The MemoryError raised when the heap is exhausted: ROM, so raising it needs no memory.
static MEMORY_ERROR_OBJ: ExcObj = ExcObj {
    base: ObjBase::new(&MEMORY_ERROR),
    args: Cell::new(Obj::from_static(&MEMORY_ERROR_ARGS)),
    tb: Cell::new(&[]),
    tb_cap: Cell::new(0),
};

/// `MemoryError: memory allocation failed`.
#[cold]
pub fn memory_error() -> Exc {
    Exc(Obj::from_static(&MEMORY_ERROR_OBJ))
}

static HEAP_LOCKED_ARGS: tuple::RomTuple<1> =
    tuple::RomTuple::new([Obj::from_qstr(qstr!("memory allocation failed, heap is locked"))]);

/// The MemoryError of an allocation while `micropython.heap_lock()` holds (ROM, as the
/// plain one).
static HEAP_LOCKED_OBJ: ExcObj = ExcObj {
    base: ObjBase::new(&MEMORY_ERROR),
    args: Cell::new(Obj::from_static(&HEAP_LOCKED_ARGS)),
    tb: Cell::new(&[]),
    tb_cap: Cell::new(0),
};

/// `MemoryError: memory allocation failed, heap is locked`.
#[cold]
pub fn heap_locked_error() -> Exc {
    Exc(Obj::from_static(&HEAP_LOCKED_OBJ))
}

/// The KeyboardInterrupt raised when the heap has no room for a new one (MicroPython's
/// preallocated `mp_kbd_exception`): Ctrl-C must not turn into a `MemoryError`, which a
/// program retrying a failed allocation would catch and go on.
static KEYBOARD_INTERRUPT_OBJ: ExcObj = ExcObj {
    base: ObjBase::new(&KEYBOARD_INTERRUPT),
    args: Cell::new(tuple::EMPTY_OBJ),
    tb: Cell::new(&[]),
    tb_cap: Cell::new(0),
};

/// Whether `e` is one of the static exceptions, whose traceback is never recorded.
fn is_static(e: &ExcObj) -> bool {
    core::ptr::eq(e, &MEMORY_ERROR_OBJ)
        || core::ptr::eq(e, &HEAP_LOCKED_OBJ)
        || core::ptr::eq(e, &KEYBOARD_INTERRUPT_OBJ)
}

/// An instance of `ty` with the given arguments.
pub fn new(ty: &'static Type, args: &[Obj]) -> Exc {
    match exc_make_new(ty, super::Args::pos(args)) {
        Ok(o) => Exc(o),
        Err(e) => e,
    }
}

/// `ty(msg)`: the message decoded into a heap string.
#[cold]
pub fn new_msg(ty: &'static Type, msg: Msg) -> Exc {
    new_msg_fmt(ty, msg, &[])
}

/// `ty(msg)` with each `{}` of the message replaced by the next of `args` (a `{}` with no
/// argument left stays as it is).
#[cold]
pub fn new_msg_fmt(ty: &'static Type, msg: Msg, args: &[&str]) -> Exc {
    let mut v = GcVec::new();
    let mut args = args.iter();
    let mut bytes = msg.bytes().peekable();
    let mut fill = || {
        while let Some(b) = bytes.next() {
            if b == b'{' && bytes.peek() == Some(&b'}') {
                if let Some(a) = args.next() {
                    bytes.next();
                    v.extend_from_slice(a.as_bytes())?;
                    continue;
                }
            }
            v.push(b)?;
        }
        Ok(())
    };
    match fill().and_then(|_| pystr::from_gcvec(v)) {
        Ok(m) => new(ty, &[m]),
        Err(e) => e,
    }
}

#[cold]
pub fn type_error(msg: Msg) -> Exc {
    new_msg(&TYPE_ERROR, msg)
}

#[cold]
pub fn type_error_fmt(msg: Msg, args: &[&str]) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg, args)
}

#[cold]
pub fn value_error(msg: Msg) -> Exc {
    new_msg(&VALUE_ERROR, msg)
}

#[cold]
pub fn index_error(msg: Msg) -> Exc {
    new_msg(&INDEX_ERROR, msg)
}

#[cold]
pub fn zero_division() -> Exc {
    new_msg(&ZERO_DIVISION_ERROR, msg!("divide by zero"))
}

#[cold]
pub fn overflow() -> Exc {
    new_msg(&OVERFLOW_ERROR, msg!("small int overflow"))
}

#[cold]
pub fn recursion_error() -> Exc {
    new_msg(&RUNTIME_ERROR, msg!("maximum recursion depth exceeded"))
}

#[cold]
pub fn keyboard_interrupt() -> Exc {
    match exc_make_new(&KEYBOARD_INTERRUPT, super::Args::pos(&[])) {
        Ok(o) => Exc(o),
        // No memory for it: the static one (no traceback).
        Err(_) => Exc(Obj::from_static(&KEYBOARD_INTERRUPT_OBJ)),
    }
}

#[cold]
pub fn name_error(name: Qstr) -> Exc {
    new_msg_fmt(&NAME_ERROR, msg!("name '{}' isn't defined"), &[name.as_str()])
}

#[cold]
pub fn unbound_local() -> Exc {
    // MicroPython's wording at its normal error level (no name).
    new_msg(&NAME_ERROR, msg!("local variable referenced before assignment"))
}

#[cold]
pub fn import_error(name: Qstr) -> Exc {
    new_msg_fmt(&IMPORT_ERROR, msg!("no module named '{}'"), &[name.as_str()])
}

/// A failed load: `'int' object has no attribute 'x'`, or for a class `type object 'C' has
/// no attribute 'x'`.
#[cold]
pub fn attribute_error(o: Obj, name: Qstr) -> Exc {
    match o.downcast::<Type>() {
        Some(t) => {
            new_msg_fmt(&ATTRIBUTE_ERROR, msg!("type object '{}' has no attribute '{}'"), &[t.name(), name.as_str()])
        }
        None => store_attribute_error(o, name),
    }
}

/// A failed store or deletion: always the object's type named, a class's being `type`
/// (MicroPython's `mp_store_attr`).
#[cold]
pub fn store_attribute_error(o: Obj, name: Qstr) -> Exc {
    new_msg_fmt(&ATTRIBUTE_ERROR, msg!("'{}' object has no attribute '{}'"), &[o.ty().name(), name.as_str()])
}

#[cold]
pub fn unsupported_binary(op: BinOp, a: Obj, b: Obj) -> Exc {
    new_msg_fmt(
        &TYPE_ERROR,
        msg!("unsupported types for {}: '{}', '{}'"),
        &[op.dunder().as_str(), a.ty().name(), b.ty().name()],
    )
}

#[cold]
pub fn unsupported_unary(op: UnaryOp, a: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("unsupported type for {}: '{}'"), &[op.dunder().as_str(), a.ty().name()])
}

#[cold]
pub fn unpack_error(expected: usize, got: usize) -> Exc {
    let mut a = [0u8; 24];
    if got < expected {
        new_msg_fmt(
            &VALUE_ERROR,
            msg!("need more than {} values to unpack"),
            &[crate::print::int_str(got as i64, &mut a)],
        )
    } else {
        let e = crate::print::int_str(expected as i64, &mut a);
        new_msg_fmt(&VALUE_ERROR, msg!("too many values to unpack (expected {})"), &[e])
    }
}

/// The wrong number of positional arguments (MicroPython's normal error level wording).
#[cold]
pub fn arg_count(expected: usize, given: usize) -> Exc {
    let mut a = [0u8; 24];
    let mut b = [0u8; 24];
    let e = crate::print::int_str(expected as i64, &mut a);
    let g = crate::print::int_str(given as i64, &mut b);
    new_msg_fmt(&TYPE_ERROR, msg!("function takes {} positional arguments but {} were given"), &[e, g])
}

/// `f() takes N positional arguments but M were given`, with the function's name.
#[cold]
pub fn fun_arg_count(name: Qstr, expected: usize, given: usize) -> Exc {
    let mut a = [0u8; 24];
    let mut b = [0u8; 24];
    let e = crate::print::int_str(expected as i64, &mut a);
    let g = crate::print::int_str(given as i64, &mut b);
    new_msg_fmt(&TYPE_ERROR, msg!("{}() takes {} positional arguments but {} were given"), &[name.as_str(), e, g])
}

/// `function missing N required positional arguments` (native functions).
#[cold]
pub fn missing_args(n: usize) -> Exc {
    let mut a = [0u8; 24];
    let e = crate::print::int_str(n as i64, &mut a);
    new_msg_fmt(&TYPE_ERROR, msg!("function missing {} required positional arguments"), &[e])
}

/// `function missing required positional argument #N` (0-based, as MicroPython).
#[cold]
pub fn missing_positional(i: usize) -> Exc {
    let mut a = [0u8; 24];
    let e = crate::print::int_str(i as i64, &mut a);
    new_msg_fmt(&TYPE_ERROR, msg!("function missing required positional argument #{}"), &[e])
}

/// `function missing required keyword argument 'k'`.
#[cold]
pub fn missing_kwonly(name: Qstr) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("function missing required keyword argument '{}'"), &[name.as_str()])
}

fn name_of(k: Obj) -> &'static str {
    if k.is_qstr() {
        k.qstr_value().as_str()
    } else {
        super::str::as_str(k).unwrap_or("?")
    }
}

/// `unexpected keyword argument 'k'`.
#[cold]
pub fn unexpected_kw(k: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("unexpected keyword argument '{}'"), &[name_of(k)])
}

/// `function got multiple values for argument 'k'`.
#[cold]
pub fn multiple_values(k: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("function got multiple values for argument '{}'"), &[name_of(k)])
}

/// A `SyntaxError` at `file:line` (the traceback line is recorded here).
#[cold]
pub fn syntax_error(msg: Msg, file: Qstr, line: u32) -> Exc {
    syntax_error_in(msg, file, line, qstr!(""))
}

/// A `SyntaxError` at `file:line` in code block `block` (none when empty).
#[cold]
pub fn syntax_error_in(msg: Msg, file: Qstr, line: u32, block: Qstr) -> Exc {
    new_msg(&SYNTAX_ERROR, msg).add_traceback(file, line.min(u16::MAX as u32) as u16, block)
}

/// An `IndentationError` at `file:line`.
#[cold]
pub fn indentation_error(msg: Msg, file: Qstr, line: u32) -> Exc {
    new_msg(&INDENTATION_ERROR, msg).add_traceback(file, line.min(u16::MAX as u32) as u16, qstr!(""))
}

/// Print `Traceback (most recent call last):`, the records and `Type: message`
/// (MicroPython's `mp_obj_print_exception`).
///
/// # Errors
/// As `Print::write`.
pub fn print_exception(e: Exc, out: &mut dyn Print) -> Result<(), Exc> {
    let tb = e.traceback();
    if !tb.is_empty() {
        msg!("Traceback (most recent call last):\n").print(out)?;
        for t in tb.iter().rev() {
            out.write(b"  File \"")?;
            out.write_str(t.file.as_str())?;
            out.write(b"\", line ")?;
            crate::print::print_int(out, t.line as i64)?;
            if t.block != qstr!("") {
                out.write(b", in ")?;
                out.write_str(t.block.as_str())?;
            }
            out.write(b"\n")?;
        }
    }
    out.write_str(e.ty().name())?;
    out.write(b": ")?;
    // A message that cannot be printed (a container holding itself: RuntimeError) still
    // ends its line.
    let printed = super::print(e.obj(), out, PrintKind::Str);
    out.write(b"\n")?;
    printed
}

/// A built-in method called on the wrong kind of object (`list.append(1, 2)`):
/// `argument should be a 'list' not a 'int'`.
#[cold]
pub fn wrong_self(expected: &'static Type, got: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("argument should be a '{}' not a '{}'"), &[expected.name(), got.ty().name()])
}

/// `function expected at most N arguments, got M`.
#[cold]
pub fn at_most_args(max: usize, given: usize) -> Exc {
    let mut a = [0u8; 24];
    let mut b = [0u8; 24];
    let m = crate::print::int_str(max as i64, &mut a);
    let g = crate::print::int_str(given as i64, &mut b);
    new_msg_fmt(&TYPE_ERROR, msg!("function expected at most {} arguments, got {}"), &[m, g])
}

/// `unsupported type for __hash__: 'list'`.
#[cold]
pub fn unhashable(o: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("unsupported type for __hash__: '{}'"), &[o.ty().name()])
}

/// `'list' indices must be integers, not str` (also tuple, range).
#[cold]
pub fn bad_index(seq: Obj, index: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("{} indices must be integers, not {}"), &[seq.ty().name(), index.ty().name()])
}

/// `'x' object isn't iterable`.
#[cold]
pub fn not_iterable(o: Obj) -> Exc {
    new_msg_fmt(&TYPE_ERROR, msg!("'{}' object isn't iterable"), &[o.ty().name()])
}
