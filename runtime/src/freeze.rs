//! Freezing: a module compiled by this runtime's own compiler, written out as Rust
//! `static` data (bytecode, constants, nested code objects, line tables) that a board
//! crate `include!`s, so the module runs from flash. MicroPython's `mpy-cross` plus
//! `mpy-tool.py --freeze`, in one step.
//!
//! The build script of a board runs this module on the build host, inside a runtime
//! configured from the same board.toml (so float precision, features and the interned-name
//! table are the board's). What depends on the target is given as [`Target`]: the width
//! of a small int. Names are written as `runtime::qstr!("...")`, so the target's table
//! resolves them; a name the table lacks is a compile error in the generated file (the
//! board's qstr table includes every name of the frozen sources, see `qstrgen::python`).

use core::fmt::Write;

use crate::bytecode::{read_u16, Op};
use crate::compile::{self, Mode};
use crate::gc::GcVec;
use crate::obj::code::Code;
use crate::obj::exc::{self, Exc};
use crate::obj::{bytes::BytesObj, str::StrObj, tuple, Obj};
use crate::qstr::{self, Qstr, STATIC_COUNT};

/// What the generated code depends on beyond the board's configuration.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    /// Bits of the target's machine word (`target_pointer_width`): small ints have one bit
    /// fewer.
    pub word_bits: u32,
    /// Refuse a name the build host's qstr table lacks (the target's table is generated
    /// from the same inputs, so the name would be missing there too). Off only for tests
    /// that freeze sources the running runtime's board did not scan.
    pub check_names: bool,
}

/// Compile `source` (the module at `file` under `.frozen`) and write its code objects as
/// statics named `{prefix}_...` to `out`; the top-level code is `{prefix}_CODE0`.
///
/// # Errors
/// The compiler's `SyntaxError` (with the file and line), or `ValueError` for a constant
/// frozen code cannot hold yet (a complex; an int beyond the target's small ints on a board
/// without arbitrary-precision ints).
pub fn emit_module(source: &[u8], file: &str, prefix: &str, target: Target, out: &mut dyn Write) -> Result<(), Exc> {
    let file_q = qstr::intern(file)?;
    let code = compile::compile(source, file_q, Mode::File)?;
    let mut e = Emitter { out, prefix, target, next: 0 };
    e.code(code)?;
    Ok(())
}

struct Emitter<'a> {
    out: &'a mut dyn Write,
    prefix: &'a str,
    target: Target,
    /// The next free static number.
    next: usize,
}

/// A write to the output failed: only when the build script's `String` cannot grow.
fn fmt_failed(_: core::fmt::Error) -> Exc {
    exc::memory_error()
}

macro_rules! w {
    ($e:expr, $($arg:tt)*) => {
        write!($e.out, $($arg)*).map_err(fmt_failed)
    };
}

impl Emitter<'_> {
    fn fresh(&mut self) -> usize {
        let n = self.next;
        self.next += 1;
        n
    }

    /// `runtime::qstr!("...")` for a name the target's table has.
    fn qstr(&mut self, q: Qstr) -> Result<(), Exc> {
        if self.target.check_names && q.id() as usize >= STATIC_COUNT {
            return Err(frozen_error("name not in the board's qstr table: ", q.as_str()));
        }
        w!(self, "runtime::qstr!({:?})", q.as_str())
    }

    /// Write the statics of `code` (and of the code objects it holds); its number.
    fn code(&mut self, code: &'static Code) -> Result<usize, Exc> {
        let p = self.prefix;
        // Constants first: they may be nested code objects, written before their users.
        let mut consts: GcVec<usize> = GcVec::new();
        for &c in code.consts() {
            let k = self.constant(c)?;
            consts.push(k)?;
        }
        let n = self.fresh();
        let (bc, lines) = (code.bytecode(), code.lines());
        let (names, cells) = (code.local_names(), code.cells());
        w!(
            self,
            "static {p}_DATA{n}: runtime::obj::code::CodeData<{}, {}, {}, {}> = runtime::obj::code::CodeData {{ consts: [",
            consts.len(),
            names.len(),
            cells.len(),
            bc.len() + lines.len()
        )?;
        for &k in consts.iter() {
            w!(self, "{p}_K{k}, ")?;
        }
        w!(self, "], local_names: [")?;
        for &q in names {
            self.qstr(q)?;
            w!(self, ", ")?;
        }
        w!(self, "], cells: {:?}, bytes: [", cells)?;
        let mut pc = 0;
        while pc < bc.len() {
            let Some(op) = Op::from_u8(bc[pc]) else { return Err(frozen_error("bad opcode in ", "bytecode")) };
            w!(self, "{},", bc[pc])?;
            let len = op.operand_len();
            let mut rest = pc + 1;
            if op.has_qstr_operand() {
                let q = Qstr::from_id(read_u16(bc, pc + 1));
                w!(self, "qlo(")?;
                self.qstr(q)?;
                w!(self, "),qhi(")?;
                self.qstr(q)?;
                w!(self, "),")?;
                rest += 2;
            }
            for &b in bc.get(rest..pc + 1 + len).unwrap_or(&[]) {
                w!(self, "{b},")?;
            }
            pc += 1 + len;
        }
        for &b in lines {
            w!(self, "{b},")?;
        }
        w!(self, "] }};\n")?;
        w!(self, "pub static {p}_CODE{n}: runtime::obj::code::Code = runtime::obj::code::Code::frozen(")?;
        w!(self, "runtime::obj::code::Code::header(")?;
        self.qstr(code.name)?;
        w!(self, ", ")?;
        self.qstr(code.file)?;
        w!(
            self,
            ", {}, {}, {}, {}, {}, {}, {}, {}), &{p}_DATA{n}, {});\n",
            code.flags,
            code.n_pos_args,
            code.n_posonly_args,
            code.n_kwonly_args,
            code.max_handlers,
            code.n_locals,
            code.n_free,
            code.stack_size,
            bc.len()
        )?;
        Ok(n)
    }

    /// A long int constant in ROM: sign and 32-bit digits, least significant first (the
    /// board's `LongObj`; only arbitrary-precision boards have one).
    fn long_int(&mut self, neg: bool, digits: &[u32]) -> Result<usize, Exc> {
        if !cfg!(mp_longint = "mpz") {
            return Err(frozen_error("an int constant beyond the target's small ints needs longint = \"mpz\"", ""));
        }
        let n = digits.iter().rposition(|&d| d != 0).map_or(0, |i| i + 1);
        let p = self.prefix;
        let k = self.fresh();
        w!(
            self,
            "static {p}_LONG{k}: runtime::obj::longint::LongObj = runtime::obj::longint::LongObj {{ base: \
             runtime::obj::repr::ObjBase::new(&runtime::obj::int::INT_TYPE), neg: {neg}, digits: &{:?} }};\n",
            &digits[..n]
        )?;
        w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_LONG{k});\n")?;
        Ok(k)
    }

    /// Write constant `o` as `const {prefix}_K{k}: runtime::Obj = ...;` (after any statics
    /// it needs); its number `k`.
    fn constant(&mut self, o: Obj) -> Result<usize, Exc> {
        let p = self.prefix;
        if o == Obj::NONE || o == Obj::TRUE || o == Obj::FALSE || o == Obj::ELLIPSIS {
            let name = match o {
                Obj::NONE => "NONE",
                Obj::TRUE => "TRUE",
                Obj::FALSE => "FALSE",
                _ => "ELLIPSIS",
            };
            let k = self.fresh();
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::{name};\n")?;
            return Ok(k);
        }
        if o.is_small_int() {
            let v = o.small_int_value() as i64;
            let max = (1i64 << (self.target.word_bits - 2)) - 1;
            if v > max || v < -max - 1 {
                // A small int here, a long int on a target with narrower words.
                let m = v.unsigned_abs();
                return self.long_int(v < 0, &[m as u32, (m >> 32) as u32]);
            }
            let k = self.fresh();
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::small_int({v});\n")?;
            return Ok(k);
        }
        #[cfg(mp_longint = "mpz")]
        if let Some(l) = crate::obj::longint::as_long(o) {
            return self.long_int(l.neg, l.digits);
        }
        if o.is_qstr() {
            let q = o.qstr_value();
            let k = self.fresh();
            if (q.id() as usize) < STATIC_COUNT {
                w!(
                    self,
                    "const {p}_K{k}: runtime::Obj = runtime::Obj::from_qstr(runtime::qstr!({:?}));\n",
                    q.as_str()
                )?;
            } else {
                w!(
                    self,
                    "static {p}_STR{k}: runtime::obj::str::StrObj = runtime::obj::str::StrObj::rom({:?});\n",
                    q.as_str()
                )?;
                w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_STR{k});\n")?;
            }
            return Ok(k);
        }
        if let Some(s) = o.downcast::<StrObj>() {
            let text = crate::obj::unicode::as_utf8(s.as_bytes())
                .ok_or_else(|| frozen_error("a str constant that is not UTF-8", ""))?;
            let k = self.fresh();
            w!(self, "static {p}_STR{k}: runtime::obj::str::StrObj = runtime::obj::str::StrObj::rom({text:?});\n")?;
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_STR{k});\n")?;
            return Ok(k);
        }
        if let Some(b) = o.downcast::<BytesObj>() {
            let k = self.fresh();
            w!(
                self,
                "static {p}_BYTES{k}: runtime::obj::bytes::BytesObj = runtime::obj::bytes::BytesObj::rom(&{:?});\n",
                b.as_bytes()
            )?;
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_BYTES{k});\n")?;
            return Ok(k);
        }
        #[cfg(not(mp_float = "none"))]
        if let Some(f) = o.downcast::<crate::obj::float::FloatObj>() {
            let k = self.fresh();
            w!(
                self,
                "static {p}_FLOAT{k}: runtime::obj::float::FloatObj = runtime::obj::float::FloatObj {{ base: \
                 runtime::obj::repr::ObjBase::new(&runtime::obj::float::FLOAT_TYPE), value: \
                 runtime::obj::float::Float::from_bits({:#x}) }};\n",
                f.value.to_bits()
            )?;
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_FLOAT{k});\n")?;
            return Ok(k);
        }
        if let Some(items) = tuple::as_slice(o) {
            let mut parts: GcVec<usize> = GcVec::new();
            for &x in items {
                let e = self.constant(x)?;
                parts.push(e)?;
            }
            let k = self.fresh();
            w!(
                self,
                "static {p}_TUPLE{k}: runtime::obj::tuple::RomTuple<{}> = runtime::obj::tuple::RomTuple::new([",
                items.len()
            )?;
            for &e in parts.iter() {
                w!(self, "{p}_K{e}, ")?;
            }
            w!(self, "]);\n")?;
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_TUPLE{k});\n")?;
            return Ok(k);
        }
        if let Some(c) = o.downcast::<Code>() {
            let n = self.code(c)?;
            let k = self.fresh();
            w!(self, "const {p}_K{k}: runtime::Obj = runtime::Obj::from_static(&{p}_CODE{n});\n")?;
            return Ok(k);
        }
        Err(frozen_error("a constant of this type cannot be frozen yet: ", o.ty().name()))
    }
}

/// `ValueError(what + detail)`. Plain text, not a compressed message: the freezer runs at
/// build time only, and a `msg!` here would take room in every firmware's message table.
fn frozen_error(what: &str, detail: &str) -> Exc {
    let mut v = crate::gc::GcVec::new();
    let r = v.extend_from_slice(what.as_bytes()).and_then(|_| v.extend_from_slice(detail.as_bytes()));
    match r.and_then(|_| crate::obj::str::from_gcvec(v)) {
        Ok(m) => exc::new(&exc::VALUE_ERROR, &[m]),
        Err(e) => e,
    }
}
