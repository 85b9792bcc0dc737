//! The parser: tokens → [`ast::Ast`] (MicroPython's `parse.c`, as recursive descent).
//!
//! One token of lookahead, pulled from the lexer on demand. Statements and expressions
//! follow Python 3's grammar; binary operators use precedence climbing. Every recursive
//! step checks the stack (`error::check_stack`), so nesting too deep for the board's stack
//! is a `RuntimeError`, never an overflow. Lists under construction share one scratch
//! stack (nested lists push above their parent's items and are copied out when complete),
//! so the parser's only heap use is the tree itself. Syntax this runtime cannot run yet
//! (`async`, slices, f-strings, ...) is rejected here with `<feature> not supported yet`.
//!
//! Files: `stmt` (statements and suites), `expr` (expressions and displays), `args` (call
//! arguments and parameter lists), `comp` (comprehension clauses).

mod args;
pub mod ast;
mod comp;
pub mod error;
mod expr;
mod stmt;

#[cfg(mp_feature = "fstrings")]
mod fstring;
#[cfg(test)]
mod tests;

use ast::{Ast, ListId, Node, NodeId};
pub use error::{Error, ErrorKind, Feature};

use crate::gc::GcVec;
use crate::lexer::{Kind, Lexer, Token};
use crate::qstr::{self, Qstr};

/// Parse a module (`eval == false`) or a single expression (`eval == true`).
///
/// # Errors
/// Syntax errors with their line; `MemoryError`; `RuntimeError` for too deep nesting;
/// `OverflowError` for int literals beyond the board's ints.
pub fn parse(src: &[u8], eval: bool) -> Result<Ast, Error> {
    let mut p = Parser::new(src)?;
    let root = if eval { p.eval_input() } else { p.file_input() }.map_err(|e| e.in_block(qstr!("<module>")))?;
    p.ast.root = root;
    Ok(p.ast)
}

/// Parse a module one top-level statement at a time: `f` gets a tree whose root list holds
/// that statement (one line's `;`-separated simple statements together), then the tree is
/// cleared for the next. The compiler so needs memory for the largest top-level statement,
/// not the whole file. With `eval`, the source is one expression, and `f` gets it once.
///
/// # Errors
/// The first syntax error, or what `f` returns.
pub fn each_statement(src: &[u8], eval: bool, mut f: impl FnMut(&Ast) -> Result<(), Error>) -> Result<(), Error> {
    let module = qstr!("<module>");
    let mut p = Parser::new(src).map_err(|e| e.in_block(module))?;
    if eval {
        p.ast.root = p.eval_input().map_err(|e| e.in_block(module))?;
        return f(&p.ast);
    }
    loop {
        match p.tok.kind {
            Kind::EndMarker => return Ok(()),
            Kind::Newline => p.advance().map_err(|e| e.in_block(module))?,
            _ => {
                let mark = p.scratch.len();
                p.statement().map_err(|e| e.in_block(module))?;
                p.ast.root = p.list_from(mark).map_err(|e| e.in_block(module))?;
                f(&p.ast)?;
                p.ast.clear();
            }
        }
    }
}

pub(crate) struct Parser<'s> {
    lex: Lexer<'s>,
    src: &'s [u8],
    tok: Token,
    ast: Ast,
    /// Items of the lists being built, innermost last.
    scratch: GcVec<u32>,
    /// An atom already parsed, which the next `atom()` returns instead of reading one
    /// (`NO_NODE` if none): `with (a, b).c:` is known not to be a parenthesised item
    /// list only after its `)`, and the expression goes on from there.
    pending: NodeId,
}

impl<'s> Parser<'s> {
    fn new(src: &'s [u8]) -> Result<Parser<'s>, Error> {
        let mut lex = Lexer::new(src)?;
        let tok = lex.next_token()?;
        Ok(Parser { lex, src, tok, ast: Ast::new(), scratch: GcVec::new(), pending: ast::NO_NODE })
    }

    fn advance(&mut self) -> Result<(), Error> {
        self.tok = self.lex.next_token()?;
        Ok(())
    }

    #[inline]
    fn at(&self, k: Kind) -> bool {
        self.tok.kind == k
    }

    fn eat(&mut self, k: Kind) -> Result<bool, Error> {
        if self.at(k) {
            self.advance()?;
            return Ok(true);
        }
        Ok(false)
    }

    fn expect(&mut self, k: Kind) -> Result<(), Error> {
        if self.at(k) {
            return self.advance();
        }
        Err(self.unexpected())
    }

    /// The error for the current token: MicroPython reports an unexpected INDENT as
    /// `IndentationError: unexpected indent`, anything else as `invalid syntax`.
    fn unexpected(&self) -> Error {
        let kind = if self.at(Kind::Indent) { ErrorKind::UnexpectedIndent } else { ErrorKind::InvalidSyntax };
        Error::syntax(kind, self.tok.line)
    }

    fn fail<T>(&self, kind: ErrorKind) -> Result<T, Error> {
        Err(Error::syntax(kind, self.tok.line))
    }

    fn not_supported<T>(&self, f: Feature) -> Result<T, Error> {
        self.fail(ErrorKind::NotSupported(f))
    }

    fn text(&self, t: Token) -> &'s [u8] {
        self.src.get(t.start as usize..t.end as usize).unwrap_or(&[])
    }

    fn add(&mut self, node: Node, line: u32) -> Result<NodeId, Error> {
        Ok(self.ast.add(node, line)?)
    }

    fn push(&mut self, item: u32) -> Result<(), Error> {
        Ok(self.scratch.push(item)?)
    }

    /// Scratch item `i` (absolute index).
    fn scratch_at(&self, i: usize) -> u32 {
        self.scratch.get(i).copied().unwrap_or(ast::NO_NODE)
    }

    /// Turn the scratch items from `mark` on into a list.
    fn list_from(&mut self, mark: usize) -> Result<ListId, Error> {
        let items = self.scratch.get(mark..).unwrap_or(&[]);
        let id = self.ast.add_list(items)?;
        self.scratch.truncate(mark);
        Ok(id)
    }

    fn list_of(&mut self, items: &[u32]) -> Result<ListId, Error> {
        Ok(self.ast.add_list(items)?)
    }

    /// Intern the text of a NAME token.
    fn intern(&self, t: Token) -> Result<Qstr, Error> {
        let s = crate::obj::unicode::as_utf8(self.text(t))
            .ok_or_else(|| Error::syntax(ErrorKind::InvalidSyntax, t.line))?;
        Ok(qstr::intern(s)?)
    }

    /// Consume a NAME and intern it.
    fn name(&mut self) -> Result<Qstr, Error> {
        if !self.at(Kind::Name) {
            return Err(self.unexpected());
        }
        let q = self.intern(self.tok)?;
        self.advance()?;
        Ok(q)
    }

    /// `NEWLINE* expr NEWLINE* END`.
    fn eval_input(&mut self) -> Result<ListId, Error> {
        while self.eat(Kind::Newline)? {}
        let e = self.tuple_or_single(expr::Level::Test, true)?;
        while self.eat(Kind::Newline)? {}
        if !self.at(Kind::EndMarker) {
            return Err(self.unexpected());
        }
        self.list_of(&[e])
    }
}
