//! f-strings, as MicroPython compiles them: `f'a{x!r:>{w}}b'` becomes the format string
//! `'a{!r:>{}}b'` and the arguments `x, w`, and the compiler emits
//! `'a{!r:>{}}b'.format(x, w)`. Literal braces are doubled in the format string; the
//! plain strings concatenated with an f-string get their braces doubled too. The
//! expressions are parsed from their slice of the source by a second lexer
//! (`Lexer::for_expression`) feeding this parser, so they land in the same tree.
//! `f'{x=}'` is `'x={!r}'.format(x)` (the `=` debugging form).

use super::expr::Level;
use super::{Error, ErrorKind, Parser};
use crate::gc::GcVec;
use crate::lexer::{string, Kind, Lexer, Token};

/// Nested fields inside a format spec at most this deep (CPython allows 2 levels).
const MAX_SPEC_NESTING: u32 = 2;

impl<'s> Parser<'s> {
    /// Append the f-string token `tok` to `fmt` (the format string being built) and push
    /// its replacement-field expressions onto the scratch stack.
    pub(super) fn fstring(&mut self, tok: Token, fmt: &mut GcVec<u8>) -> Result<(), Error> {
        let lit = string::split(self.text(tok));
        let body: &'s [u8] = lit.body;
        let line = tok.line;
        let mut i = 0;
        let mut seg_start = 0;
        while i < body.len() {
            match body[i] {
                b'{' if body.get(i + 1) == Some(&b'{') => {
                    self.literal(lit.raw, &body[seg_start..i], fmt, line)?;
                    fmt.extend_from_slice(b"{{")?;
                    i += 2;
                    seg_start = i;
                }
                b'}' if body.get(i + 1) == Some(&b'}') => {
                    self.literal(lit.raw, &body[seg_start..i], fmt, line)?;
                    fmt.extend_from_slice(b"}}")?;
                    i += 2;
                    seg_start = i;
                }
                b'{' => {
                    self.literal(lit.raw, &body[seg_start..i], fmt, line)?;
                    i = self.field(body, i + 1, fmt, line, 0)?;
                    seg_start = i;
                }
                b'}' => return Err(Error::syntax(ErrorKind::FStringBrace, line)),
                _ => i += 1,
            }
        }
        self.literal(lit.raw, &body[seg_start..], fmt, line)
    }

    /// Decode a literal part (escapes unless raw) into `fmt`.
    fn literal(&mut self, raw: bool, part: &[u8], fmt: &mut GcVec<u8>, line: u32) -> Result<(), Error> {
        if part.is_empty() {
            return Ok(());
        }
        let lit = string::Literal { raw, bytes: false, body: part };
        // A failed allocation is a MemoryError, not a bad escape.
        string::decode(lit, fmt).map_err(|e| super::expr::decode_error(e, line))
    }

    /// One replacement field starting after its `{` at `body[i]`; returns the index after
    /// its `}`. Writes `{` [conversion] [`:` spec] `}` to `fmt`.
    fn field(
        &mut self,
        body: &'s [u8],
        mut i: usize,
        fmt: &mut GcVec<u8>,
        line: u32,
        depth: u32,
    ) -> Result<usize, Error> {
        let start = i;
        // The expression ends at a top-level `!` (not `!=`), `:`, `=` (not `==`, `<=`,
        // ...) followed by one of those or `}`, or `}`.
        let (mut nest, mut quote) = (0u32, 0u8);
        while i < body.len() {
            let c = body[i];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = c,
                b'(' | b'[' | b'{' => nest += 1,
                b')' | b']' | b'}' if nest > 0 => nest -= 1,
                b'}' => break,
                b'!' if nest == 0 && body.get(i + 1) != Some(&b'=') => break,
                b':' if nest == 0 => break,
                b'=' if nest == 0 => {
                    let prev = if i > start { body[i - 1] } else { 0 };
                    let next = body.get(i + 1).copied().unwrap_or(0);
                    // `{x=}` / `{x = }`: the debugging form ends the expression.
                    let after = body[i + 1..].iter().copied().find(|c| *c != b' ').unwrap_or(0);
                    if next != b'=' && !matches!(prev, b'=' | b'!' | b'<' | b'>') && matches!(after, b'}' | b'!' | b':')
                    {
                        break;
                    }
                    if next == b'=' {
                        i += 1;
                    }
                }
                _ => {}
            }
            i += 1;
        }
        let expr = &body[start..i];
        if i >= body.len() {
            // The field runs to the end of the string: no `}` (MicroPython's message).
            return Err(Error::syntax(ErrorKind::InvalidSyntax, line));
        }
        if expr.iter().all(|c| c.is_ascii_whitespace()) {
            return Err(Error::syntax(ErrorKind::FStringEmpty, line));
        }
        let mut debug = false;
        if body.get(i) == Some(&b'=') {
            // `{x=}`: the expression's text, `=` and the spaces after it, then its repr
            // unless told otherwise.
            debug = true;
            let mut end = i + 1;
            while body.get(end) == Some(&b' ') {
                end += 1;
            }
            for &c in expr.iter().chain(&body[i..end]) {
                fmt.push(c)?;
                if c == b'{' || c == b'}' {
                    fmt.push(c)?;
                }
            }
            i = end;
        }
        self.field_expr(expr, line)?;
        fmt.push(b'{')?;
        let mut conversion = false;
        if body.get(i) == Some(&b'!') {
            let conv = body.get(i + 1).copied().unwrap_or(0);
            if !matches!(conv, b'r' | b's' | b'a') {
                return Err(Error::syntax(ErrorKind::FStringConversion, line));
            }
            fmt.push(b'!')?;
            fmt.push(conv)?;
            conversion = true;
            i += 2;
        }
        if body.get(i) == Some(&b':') {
            fmt.push(b':')?;
            i += 1;
            // The spec runs to the matching `}`; nested fields inside it become `{}`.
            while i < body.len() && body[i] != b'}' {
                if body[i] == b'{' {
                    if depth + 1 >= MAX_SPEC_NESTING {
                        return Err(Error::syntax(ErrorKind::FStringNesting, line));
                    }
                    i = self.field(body, i + 1, fmt, line, depth + 1)?;
                    continue;
                }
                fmt.push(body[i])?;
                i += 1;
            }
        } else if debug && !conversion {
            fmt.extend_from_slice(b"!r")?;
        }
        if body.get(i) != Some(&b'}') {
            // A field without its `}` (MicroPython's message, not CPython's).
            return Err(Error::syntax(ErrorKind::InvalidSyntax, line));
        }
        fmt.push(b'}')?;
        Ok(i + 1)
    }

    /// Parse `text` (a slice of the source) as an expression and push it on the scratch
    /// stack, with a second lexer in place of this parser's for the duration.
    fn field_expr(&mut self, text: &'s [u8], line: u32) -> Result<(), Error> {
        let lex = Lexer::for_expression(text, line)?;
        let saved_lex = core::mem::replace(&mut self.lex, lex);
        let saved_src = core::mem::replace(&mut self.src, text);
        let saved_tok = self.tok;
        let r = self.field_expr_inner();
        self.lex = saved_lex;
        self.src = saved_src;
        self.tok = saved_tok;
        let e = r?;
        self.push(e)
    }

    fn field_expr_inner(&mut self) -> Result<u32, Error> {
        self.advance()?;
        let e = self.tuple_or_single(Level::Test, true)?;
        if !matches!(self.tok.kind, Kind::Newline | Kind::EndMarker) {
            return Err(self.unexpected());
        }
        Ok(e)
    }
}
