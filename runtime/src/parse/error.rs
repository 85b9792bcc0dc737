//! Front-end errors: what went wrong and where, turned into a Python `SyntaxError` or
//! `IndentationError` only at the compiler's boundary (`compile::compile`).

use crate::lexer::{LexError, LexErrorKind};
use crate::obj::exc::{self, Exc};
use crate::qstr::Qstr;

/// Syntax the front end parses but cannot compile yet.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Feature {
    Async,
    StarExpr,
}

impl Feature {
    pub fn message(self) -> crate::msg::Msg {
        match self {
            Feature::Async => msg!("async not supported yet"),
            Feature::StarExpr => msg!("starred expressions not supported yet"),
        }
    }
}

/// What is wrong with the source.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    Lex(LexErrorKind),
    InvalidSyntax,
    UnexpectedIndent,
    NotSupported(Feature),
    BadEscape,
    NonAsciiBytes,
    MixedBytes,
    DefaultExceptNotLast,
    NonDefaultAfterDefault,
    ArgNameReused,
    /// `def f(*)`, `def f(*, **k)`: a bare `*` must be followed by a named parameter
    /// (CPython's rule and message; MicroPython accepts these).
    BareStar,
    /// `f(a=1, b)`.
    PosAfterKeyword,
    /// `f(**m, b)`.
    PosAfterDoubleStar,
    /// `f(**m, *a)`.
    StarAfterDoubleStar,
    /// `f(a.b=1)`: a keyword argument's name must be a plain name.
    KeywordNotName,
    /// `f(x for x in y, 1)`: a generator expression that is not the only argument
    /// (CPython's rule and message; MicroPython accepts it).
    GenExpNotParenthesized,
    ReturnOutsideFunction,
    YieldOutsideFunction,
    AwaitOutsideFunction,
    MultipleStars,
    ImportStarNotModule,
    FStringBrace,
    FStringEmpty,
    FStringConversion,
    FStringNesting,
    BreakOutsideLoop,
    ContinueOutsideLoop,
    CantAssign,
    CantAugAssign,
    CantDelete,
    StarTarget,
    RedefinedGlobal,
    RedefinedNonlocal,
    NonlocalAtModule,
    NoNonlocalBinding,
    TooManyArgs,
    CodeTooBig,
    MicropythonDecorator,
}

impl ErrorKind {
    /// The message, MicroPython's where it has one.
    /// Whether MicroPython's compiler, not its parser, reports this error (its traceback
    /// line then names the code block: `File "<stdin>", line 3, in f`).
    pub fn is_compile_phase(self) -> bool {
        matches!(
            self,
            ErrorKind::ReturnOutsideFunction
                | ErrorKind::YieldOutsideFunction
                | ErrorKind::AwaitOutsideFunction
                | ErrorKind::BreakOutsideLoop
                | ErrorKind::ContinueOutsideLoop
                | ErrorKind::CantAssign
                | ErrorKind::CantAugAssign
                | ErrorKind::CantDelete
                | ErrorKind::StarTarget
                | ErrorKind::MultipleStars
                | ErrorKind::ArgNameReused
                | ErrorKind::NonDefaultAfterDefault
                | ErrorKind::PosAfterKeyword
                | ErrorKind::PosAfterDoubleStar
                | ErrorKind::StarAfterDoubleStar
                | ErrorKind::KeywordNotName
                | ErrorKind::ImportStarNotModule
                | ErrorKind::RedefinedGlobal
                | ErrorKind::RedefinedNonlocal
                | ErrorKind::NoNonlocalBinding
                | ErrorKind::NonlocalAtModule
                | ErrorKind::DefaultExceptNotLast
                | ErrorKind::MicropythonDecorator
        )
    }

    pub fn message(self) -> crate::msg::Msg {
        match self {
            ErrorKind::Lex(k) => k.message(),
            ErrorKind::InvalidSyntax => msg!("invalid syntax"),
            ErrorKind::UnexpectedIndent => msg!("unexpected indent"),
            ErrorKind::NotSupported(f) => f.message(),
            ErrorKind::BadEscape => msg!("invalid syntax"),
            ErrorKind::NonAsciiBytes => msg!("bytes can only contain ASCII literal characters"),
            ErrorKind::MixedBytes => msg!("cannot mix bytes and nonbytes literals"),
            ErrorKind::DefaultExceptNotLast => msg!("default 'except' must be last"),
            ErrorKind::NonDefaultAfterDefault => msg!("non-default argument follows default argument"),
            ErrorKind::ArgNameReused => msg!("argument name reused"),
            ErrorKind::BareStar => msg!("named arguments must follow bare *"),
            ErrorKind::PosAfterKeyword => msg!("positional arg after keyword arg"),
            ErrorKind::PosAfterDoubleStar => msg!("positional arg after **"),
            ErrorKind::StarAfterDoubleStar => msg!("* arg after **"),
            ErrorKind::KeywordNotName => msg!("LHS of keyword arg must be an id"),
            ErrorKind::GenExpNotParenthesized => msg!("Generator expression must be parenthesized"),
            ErrorKind::ReturnOutsideFunction => msg!("'return' outside function"),
            ErrorKind::YieldOutsideFunction => msg!("'yield' outside function"),
            ErrorKind::AwaitOutsideFunction => msg!("'await' outside function"),
            ErrorKind::MultipleStars => msg!("multiple *x in assignment"),
            ErrorKind::ImportStarNotModule => msg!("import * not at module level"),
            ErrorKind::FStringBrace => msg!("f-string: single '}' is not allowed"),
            // MicroPython's words; CPython's are "f-string: empty expression not allowed" and
            // "f-string: invalid conversion character".
            ErrorKind::FStringEmpty => msg!("malformed f-string"),
            ErrorKind::FStringConversion => msg!("invalid syntax"),
            ErrorKind::FStringNesting => msg!("f-string: expressions nested too deeply"),
            ErrorKind::BreakOutsideLoop => msg!("'break'/'continue' outside loop"),
            ErrorKind::ContinueOutsideLoop => msg!("'break'/'continue' outside loop"),
            ErrorKind::CantAssign => msg!("can't assign to expression"),
            ErrorKind::CantAugAssign => msg!("can't assign to expression"),
            ErrorKind::CantDelete => msg!("can't delete expression"),
            ErrorKind::StarTarget => msg!("*x must be assignment target"),
            ErrorKind::RedefinedGlobal => msg!("identifier redefined as global"),
            ErrorKind::RedefinedNonlocal => msg!("identifier redefined as nonlocal"),
            ErrorKind::NonlocalAtModule => msg!("can't declare nonlocal in outer code"),
            ErrorKind::NoNonlocalBinding => msg!("no binding for nonlocal found"),
            ErrorKind::TooManyArgs => msg!("too many arguments"),
            ErrorKind::CodeTooBig => msg!("code too big"),
            ErrorKind::MicropythonDecorator => msg!("invalid micropython decorator"),
        }
    }

    /// Whether Python sees it as an `IndentationError`.
    pub fn is_indentation(self) -> bool {
        match self {
            ErrorKind::Lex(k) => k.is_indentation(),
            ErrorKind::UnexpectedIndent => true,
            _ => false,
        }
    }
}

/// What a front-end failure is: a syntax error at a line, or an exception raised while
/// parsing or compiling (`MemoryError`, `RuntimeError` for too deep nesting,
/// `OverflowError`). It waits in the runtime state while an [`Error`] travels.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Detail {
    /// `block`: the code block the compiler was in (`f`, `<module>`) for the errors
    /// MicroPython's compiler reports (`in f` in the traceback), else the empty qstr.
    Syntax {
        kind: ErrorKind,
        line: u32,
        block: Qstr,
    },
    /// A number literal that does not convert (`0x`, `1e`): `exc` is the `ValueError`
    /// the conversion raised (`int('0x', 0)`'s), raised as a `SyntaxError` with its
    /// message at `line` as MicroPython does; any other exception (`MemoryError`,
    /// `OverflowError`) is raised as it is.
    Literal {
        exc: Exc,
        line: u32,
    },
    Exc(Exc),
}

/// A front-end failure. It is a marker: what failed is the runtime state's
/// `front_error` (a [`Detail`]), written when the error is made. So `Result<NodeId,
/// Error>` is two words, returned in registers, and `?` moves no error around: the
/// parser and the compiler are over a quarter smaller in flash than with the detail in
/// the error. Only the latest error made is current, which is what the front end needs: it
/// never recovers from an error, it only stops (after a compile error, `compile` parses
/// on, and a later syntax error is the one reported, as in MicroPython). The state lies
/// in the GC's root range, so an exception waiting there stays alive.
#[derive(Clone, Copy)]
pub struct Error(());

/// `front_error` when no error waits (holding no exception, so none is kept alive).
pub const NO_DETAIL: Detail = Detail::Syntax { kind: ErrorKind::InvalidSyntax, line: 0, block: qstr!("") };

impl Error {
    fn set(d: Detail) -> Error {
        crate::gc::root::state().front_error.set(d);
        Error(())
    }

    pub fn syntax(kind: ErrorKind, line: u32) -> Error {
        Error::set(Detail::Syntax { kind, line, block: qstr!("") })
    }

    /// A number literal's conversion failed with `exc` at `line`.
    pub fn literal(exc: Exc, line: u32) -> Error {
        Error::set(Detail::Literal { exc, line })
    }

    /// What failed.
    pub fn detail(self) -> Detail {
        crate::gc::root::state().front_error.get()
    }

    /// A syntax error without a line (the emitter's limits) gets `line`.
    pub fn or_line(self, line: u32) -> Error {
        match self.detail() {
            Detail::Syntax { kind, line: 0, block } => Error::set(Detail::Syntax { kind, line, block }),
            _ => self,
        }
    }

    /// The error, reported from code block `block` if it is one MicroPython's compiler
    /// (rather than its parser) detects and no inner block was recorded yet.
    pub fn in_block(self, block: Qstr) -> Error {
        match self.detail() {
            Detail::Syntax { kind, line, block: b } if b == qstr!("") && kind.is_compile_phase() => {
                Error::set(Detail::Syntax { kind, line, block })
            }
            _ => self,
        }
    }

    /// The Python exception, with the traceback line `File "<file>", line N[, in block]`.
    /// The detail is let go of: the exception is the caller's now.
    pub fn into_exc(self, file: Qstr) -> Exc {
        let detail = self.detail();
        crate::gc::root::state().front_error.set(NO_DETAIL);
        match detail {
            Detail::Syntax { kind, line, .. } if kind.is_indentation() => {
                exc::indentation_error(kind.message(), file, line)
            }
            Detail::Syntax { kind, line, block } => exc::syntax_error_in(kind.message(), file, line, block),
            Detail::Literal { exc: e, line } if e.is(&exc::VALUE_ERROR) => {
                let args = crate::obj::tuple::as_slice(e.args()).unwrap_or(&[]);
                exc::new(&exc::SYNTAX_ERROR, args).add_traceback(file, line.min(u16::MAX as u32) as u16, qstr!(""))
            }
            Detail::Literal { exc: e, .. } | Detail::Exc(e) => e,
        }
    }
}

impl core::fmt::Debug for Error {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        match self.detail() {
            Detail::Syntax { kind, line, .. } => write!(f, "{kind:?} at line {line}"),
            Detail::Literal { line, .. } => write!(f, "bad literal at line {line}"),
            Detail::Exc(_) => f.write_str("Exc"),
        }
    }
}

impl From<Exc> for Error {
    fn from(e: Exc) -> Self {
        Error::set(Detail::Exc(e))
    }
}

impl From<LexError> for Error {
    fn from(e: LexError) -> Self {
        Error::syntax(ErrorKind::Lex(e.kind), e.line)
    }
}

/// `RuntimeError: maximum recursion depth exceeded` when the Rust stack is nearly used up
/// (deeply nested source must not overflow it).
///
/// # Errors
/// As described.
#[inline]
pub fn check_stack() -> Result<(), Error> {
    if crate::gc::root::stack_exhausted() {
        return Err(exc::recursion_error().into());
    }
    Ok(())
}
