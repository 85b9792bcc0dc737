//! The bytecode: each opcode defined once.
//!
//! `for_each_op!` lists every opcode with its operands and stack effect; it generates
//! the `Op` enum, its byte values, operand sizes and the disassembler. Encoding: one
//! opcode byte, then the operands in order, little-endian: `q16` (a qstr id: the freezer
//! rewrites these for the target's table), `u16` (a constant index, local slot, count, or
//! an absolute jump target in this code object's bytecode) or `u8` (an operator or small
//! count). `LoadFastN`/`StoreFastN` (slots 0 to 15, no operand) and `LoadConstS` (a `u8`
//! index) are short forms the emitter picks when the operand fits.

/// The opcode table: `Name(operand types) // stack before -> after: meaning`.
#[macro_export]
#[doc(hidden)]
macro_rules! for_each_op {
    ($m:ident) => {
        $m! {
            Nop() // - -> -: nothing
            PopTop() // a -> : discard
            DupTop() // a -> a a
            DupTopTwo() // a b -> a b a b
            RotTwo() // a b -> b a
            RotThree() // a b c -> c a b
            LoadConst(u16) // -> consts[i]
            LoadNone() // -> None
            LoadTrue() // -> True
            LoadFalse() // -> False
            LoadFast(u16) // -> locals[i] (UnboundLocalError / NameError if unset)
            StoreFast(u16) // a -> : locals[i] = a
            DeleteFast(u16) // - -> -: locals[i] = unset
            LoadDeref(u16) // -> the contents of the cell in locals[i]
            StoreDeref(u16) // a -> : set the contents of the cell in locals[i]
            LoadClosure(u16) // -> the cell object in locals[i] itself
            LoadName(q16) // -> name q: module-level code (globals, then builtins)
            StoreName(q16) // a -> : globals[q] = a
            DeleteName(q16) // - -> -: del globals[q]
            LoadGlobal(q16) // -> globals[q], then builtins
            StoreGlobal(q16) // a -> : globals[q] = a
            DeleteGlobal(q16) // - -> -: del globals[q]
            LoadAttr(q16) // obj -> obj.q
            StoreAttr(q16) // value obj -> : obj.q = value
            DeleteAttr(q16) // obj -> : del obj.q
            LoadMethod(q16) // obj -> meth self_or_null: attribute q for a call (CallMethod); no bound-method object is made
            CallMethod(u8) // meth self_or_null a1..an -> result
            CallMethodKw(u8, u8) // meth self_or_null a1..an k1 v1..km vm -> result (n positional, m keyword pairs; names are qstr constants)
            LoadSubscr() // obj index -> obj[index]
            StoreSubscr() // value obj index -> : obj[index] = value
            DeleteSubscr() // obj index -> : del obj[index]
            ImportName(q16, u8) // -> module q, imported (sys.modules, built-in, frozen, or a file on sys.path); flags: the relative level (dots) in bits 0-6, bit 7: push the leaf `a.b.c` rather than the top package `a`
            ImportFrom(q16) // module -> module module.q, or the submodule module.q (ImportError if neither)
            ImportStar() // module -> : copy its public names (or `__all__`) into the namespace
            BinaryOp(u8) // a b -> a op b  (op: `BinOp`, comparisons included)
            UnaryOp(u8) // a -> op a  (op: `UnaryOp`)
            Jump(u16) // - -> -: go to target
            PopJumpIfFalse(u16) // a -> : go to target if not a
            PopJumpIfTrue(u16) // a -> : go to target if a
            JumpIfFalseOrPop(u16) // a -> a (jump) | - : `and`
            JumpIfTrueOrPop(u16) // a -> a (jump) | - : `or`
            GetIter() // a -> iter(a)
            ForIter(u16) // it -> it next | - (exhausted: pop it and go to target)
            BuildTuple(u16) // a1..an -> (a1, .., an)
            BuildList(u16) // a1..an -> [a1, .., an]
            BuildMap(u16) // k1 v1 .. kn vn -> {k1: v1, ..}
            BuildSet(u16) // a1..an -> {a1, ..}
            BuildSlice(u8) // start stop [step] -> slice(start, stop, step): 2 or 3 operands
            ListAppend(u16) // list ..(n-1 items).. a -> list ..: list.append(a), list is n deep below TOS
            ListExtend(u16) // list .. it -> list ..: list.extend(it), list n deep as for ListAppend
            MapAdd(u16) // dict .. k v -> dict ..: dict[k] = v, dict n deep below k
            DictMerge(u16) // dict .. m -> dict ..: dict.update(m) for `**m` in a call, dict n deep
            UnpackSequence(u16) // seq -> a_n .. a_1 (a_1 on top)
            UnpackEx(u8, u8) // seq -> after_m .. after_1 rest_list before_n .. before_1: `a, *rest, b = seq` (n before the star, m after)
            ListToTuple() // list -> tuple(list)
            DictUpdate(u16) // dict .. m -> dict ..: dict.update(m) for `{**m}`, dict n deep
            SetAdd(u16) // set .. a -> set ..: set.add(a), set n deep
            SetUpdate(u16) // set .. it -> set ..: set.update(it), set n deep
            DeleteDeref(u16) // - -> -: empty the cell in locals[i] (NameError if already empty)
            MakeFunction(u16, u8) // [defaults] [kwdefaults] [closure] -> function from consts[i]; flag bits 1, 2, 4 say which are on the stack
            CallFunction(u8) // f a1..an -> f(a1, .., an)
            CallFunctionKw(u8, u8) // f a1..an k1 v1..km vm -> f(a1, .., k1=v1, ..)
            CallFunctionEx() // f args_list kwargs_dict_or_null -> f(*args, **kwargs)
            LoadNull() // -> NULL (no kwargs for CallFunctionEx)
            LoadBuildClass() // -> the `__build_class__` builtin
            ReturnValue() // a -> : return a from this frame
            YieldValue() // a -> sent: suspend the generator yielding a; resumes with the sent value pushed
            YieldFrom() // it sent -> result | it (suspended, yielding what `it` yielded): `yield from`
            RaiseVarargs(u8) // (0: -> reraise the exception being handled) (1: exc -> raise exc) (2: exc cause -> raise exc from cause)
            SetupExcept(u16) // - -> -: push a handler at target (saving the exception being handled); an exception unwinds the value stack to this depth, pushes the previously handled exception (or None) and itself, and jumps there
            PopBlock() // - -> -: pop the innermost handler (the try body finished)
            PopExcept() // prev -> : leave an except clause: the exception being handled is prev again
            ExcMatch() // exc type -> exc bool: isinstance(exc, type), type may be a tuple of types
            Reraise() // prev exc -> : restore prev as the exception being handled, raise exc again keeping its traceback (no handler matched, or the end of a finally run by an exception)
            WithEnter() // cm -> exit self result: look up `cm.__exit__` as a method, call `cm.__enter__()`
            WithExitNormal() // exit self -> : `exit(None, None, None)`, the block ended normally (or by return/break/continue)
            WithExcept() // exit self prev exc -> exit self prev: `exit(type, exc, None)`; if false, restore prev and raise exc again
            GetAwaitable() // a -> iterator to `yield from` for `await a`: a generator itself, else `a.__await__()`
            AsyncWithEnter() // cm -> aexit self cm.__aenter__()
            AsyncWithExitNormal() // aexit self -> aexit(None, None, None) (an awaitable)
            AsyncWithExcept() // aexit self prev exc -> aexit self prev exc aexit(type, exc, None)
            WithExceptResult() // aexit self prev exc result -> aexit self prev: if result is false, restore prev and raise exc again
            PrintExpr() // a -> : REPL echo: print repr(a) unless a is None
            LoadConstS(u8) // -> consts[i]: `LoadConst` of the first 256 constants
            LoadFast0() // -> locals[0]: `LoadFast 0` in one byte
            LoadFast1() // -> locals[1]: `LoadFast 1` in one byte
            LoadFast2() // -> locals[2]: `LoadFast 2` in one byte
            LoadFast3() // -> locals[3]: `LoadFast 3` in one byte
            LoadFast4() // -> locals[4]: `LoadFast 4` in one byte
            LoadFast5() // -> locals[5]: `LoadFast 5` in one byte
            LoadFast6() // -> locals[6]: `LoadFast 6` in one byte
            LoadFast7() // -> locals[7]: `LoadFast 7` in one byte
            LoadFast8() // -> locals[8]: `LoadFast 8` in one byte
            LoadFast9() // -> locals[9]: `LoadFast 9` in one byte
            LoadFast10() // -> locals[10]: `LoadFast 10` in one byte
            LoadFast11() // -> locals[11]: `LoadFast 11` in one byte
            LoadFast12() // -> locals[12]: `LoadFast 12` in one byte
            LoadFast13() // -> locals[13]: `LoadFast 13` in one byte
            LoadFast14() // -> locals[14]: `LoadFast 14` in one byte
            LoadFast15() // -> locals[15]: `LoadFast 15` in one byte
            StoreFast0() // a -> : locals[0] = a: `StoreFast 0` in one byte
            StoreFast1() // a -> : locals[1] = a: `StoreFast 1` in one byte
            StoreFast2() // a -> : locals[2] = a: `StoreFast 2` in one byte
            StoreFast3() // a -> : locals[3] = a: `StoreFast 3` in one byte
            StoreFast4() // a -> : locals[4] = a: `StoreFast 4` in one byte
            StoreFast5() // a -> : locals[5] = a: `StoreFast 5` in one byte
            StoreFast6() // a -> : locals[6] = a: `StoreFast 6` in one byte
            StoreFast7() // a -> : locals[7] = a: `StoreFast 7` in one byte
            StoreFast8() // a -> : locals[8] = a: `StoreFast 8` in one byte
            StoreFast9() // a -> : locals[9] = a: `StoreFast 9` in one byte
            StoreFast10() // a -> : locals[10] = a: `StoreFast 10` in one byte
            StoreFast11() // a -> : locals[11] = a: `StoreFast 11` in one byte
            StoreFast12() // a -> : locals[12] = a: `StoreFast 12` in one byte
            StoreFast13() // a -> : locals[13] = a: `StoreFast 13` in one byte
            StoreFast14() // a -> : locals[14] = a: `StoreFast 14` in one byte
            StoreFast15() // a -> : locals[15] = a: `StoreFast 15` in one byte
        }
    };
}

macro_rules! define_ops {
    ($($name:ident($($arg:ident),*))*) => {
        /// One opcode byte.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        #[repr(u8)]
        pub enum Op { $($name),* }

        impl Op {
            const ALL: &'static [Op] = &[$(Op::$name),*];

            /// Decode a byte (the opcodes are numbered from 0 in declaration order).
            #[inline]
            pub fn from_u8(b: u8) -> Option<Op> {
                Op::ALL.get(b as usize).copied()
            }

            /// Bytes of the instruction (opcode and operands) that starts with byte `b`
            /// (1 for a byte that is no opcode).
            #[inline]
            pub fn insn_len(b: u8) -> usize {
                Op::INSN_LEN[b as usize] as usize
            }

            const INSN_LEN: [u8; 256] = {
                let mut t = [1u8; 256];
                let mut i = 0;
                while i < Op::OPERAND_LEN.len() {
                    t[i] = 1 + Op::OPERAND_LEN[i];
                    i += 1;
                }
                t
            };

            /// Bytes of operands of each opcode, by opcode byte.
            const OPERAND_LEN: &'static [u8] = &[$(0 $(+ operand_size!($arg))*),*];

            /// Whether each opcode's first operand is a qstr id (`q16`).
            const QSTR_OPERAND: &'static [bool] = &[$(false $(|| operand_is_qstr!($arg))*),*];

            /// Whether the first operand (the only `q16` an opcode has) is a qstr id.
            #[inline]
            pub fn has_qstr_operand(self) -> bool {
                Op::QSTR_OPERAND[self as usize]
            }

            /// Bytes of operands after the opcode byte.
            #[inline]
            pub fn operand_len(self) -> usize {
                Op::OPERAND_LEN[self as usize] as usize
            }

            pub fn name(self) -> &'static str {
                match self { $(Op::$name => stringify!($name)),* }
            }
        }

        /// Each opcode's byte, for `match` patterns: the dispatch loop matches the byte
        /// itself (one range check and a jump table, no decoding to `Op` first).
        #[allow(non_upper_case_globals)]
        pub mod byte {
            $(pub const $name: u8 = super::Op::$name as u8;)*
        }
    };
}

impl Op {
    /// The local slot and the long form (`LoadFast` or `StoreFast`) of a one-byte
    /// `LoadFastN`/`StoreFastN`.
    #[inline]
    pub fn fast_slot(self) -> Option<(Op, u16)> {
        let b = self as u8;
        if (Op::LoadFast0 as u8..=Op::LoadFast15 as u8).contains(&b) {
            Some((Op::LoadFast, u16::from(b - Op::LoadFast0 as u8)))
        } else if (Op::StoreFast0 as u8..=Op::StoreFast15 as u8).contains(&b) {
            Some((Op::StoreFast, u16::from(b - Op::StoreFast0 as u8)))
        } else {
            None
        }
    }
}

macro_rules! operand_size {
    (u8) => {
        1
    };
    (u16) => {
        2
    };
    (q16) => {
        2
    };
}

macro_rules! operand_is_qstr {
    (q16) => {
        true
    };
    ($other:ident) => {
        false
    };
}

for_each_op!(define_ops);

/// Binary operators (`BinaryOp` operand). In-place forms are the plain form + `INPLACE`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl BinOp {
    /// Added to an arithmetic operator's byte for its augmented-assignment form (`+=`).
    pub const INPLACE: u8 = 0x40;
    const ALL: [BinOp; 23] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
        BinOp::Lt,
        BinOp::Le,
        BinOp::Eq,
        BinOp::Ne,
        BinOp::Gt,
        BinOp::Ge,
        BinOp::Is,
        BinOp::IsNot,
        BinOp::In,
        BinOp::NotIn,
    ];

    /// Decode an operand byte: the operator and whether it is the in-place form.
    pub fn decode(b: u8) -> Option<(BinOp, bool)> {
        BinOp::ALL.get((b & !Self::INPLACE) as usize).map(|&op| (op, b & Self::INPLACE != 0))
    }

    /// The method name MicroPython's messages use (`unsupported types for __add__`).
    pub fn dunder(self) -> crate::qstr::Qstr {
        match self {
            BinOp::Add => qstr!("__add__"),
            BinOp::Sub => qstr!("__sub__"),
            BinOp::Mul => qstr!("__mul__"),
            BinOp::MatMul => qstr!("__matmul__"),
            BinOp::TrueDiv => qstr!("__truediv__"),
            BinOp::FloorDiv => qstr!("__floordiv__"),
            BinOp::Mod => qstr!("__mod__"),
            BinOp::Pow => qstr!("__pow__"),
            BinOp::LShift => qstr!("__lshift__"),
            BinOp::RShift => qstr!("__rshift__"),
            BinOp::And => qstr!("__and__"),
            BinOp::Or => qstr!("__or__"),
            BinOp::Xor => qstr!("__xor__"),
            BinOp::Lt => qstr!("__lt__"),
            BinOp::Le => qstr!("__le__"),
            BinOp::Eq => qstr!("__eq__"),
            BinOp::Ne => qstr!("__ne__"),
            BinOp::Gt => qstr!("__gt__"),
            BinOp::Ge => qstr!("__ge__"),
            BinOp::Is => qstr!("is"),
            BinOp::IsNot => qstr!("is not"),
            BinOp::In | BinOp::NotIn => qstr!("__contains__"),
        }
    }
}

/// Unary operators (`UnaryOp` operand).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum UnaryOp {
    Pos,
    Neg,
    Invert,
    Not,
}

impl UnaryOp {
    pub fn decode(b: u8) -> Option<UnaryOp> {
        [UnaryOp::Pos, UnaryOp::Neg, UnaryOp::Invert, UnaryOp::Not].get(b as usize).copied()
    }

    pub fn dunder(self) -> crate::qstr::Qstr {
        match self {
            UnaryOp::Pos => qstr!("__pos__"),
            UnaryOp::Neg => qstr!("__neg__"),
            UnaryOp::Invert => qstr!("__invert__"),
            UnaryOp::Not => qstr!("__not__"),
        }
    }
}

/// Read a little-endian `u16` operand at `pc`.
#[inline]
pub fn read_u16(code: &[u8], pc: usize) -> u16 {
    match code.get(pc..pc + 2) {
        Some(b) => u16::from_le_bytes([b[0], b[1]]),
        None => 0,
    }
}
