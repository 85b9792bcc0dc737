//! Statements: simple statements (`;`-separated on one line) and compound statements
//! with their indented suites. Each parsing function pushes the statements it produced
//! onto the scratch stack; the enclosing suite turns them into its list.

use super::ast::{ListId, Node, NodeId, NO_LIST, NO_NODE};
use super::error::check_stack;
use super::expr::{starts_expr, Level};
use super::{Error, ErrorKind, Feature, Parser};
use crate::bytecode::BinOp;
use crate::gc::GcVec;
use crate::lexer::Kind;
use crate::qstr::{self, Qstr};

/// The operator of an augmented assignment token (`+=` → `Add`).
fn augassign(k: Kind) -> Option<BinOp> {
    Some(match k {
        Kind::PlusAssign => BinOp::Add,
        Kind::MinusAssign => BinOp::Sub,
        Kind::StarAssign => BinOp::Mul,
        Kind::AtAssign => BinOp::MatMul,
        Kind::SlashAssign => BinOp::TrueDiv,
        Kind::DoubleSlashAssign => BinOp::FloorDiv,
        Kind::PercentAssign => BinOp::Mod,
        Kind::DoubleStarAssign => BinOp::Pow,
        Kind::LShiftAssign => BinOp::LShift,
        Kind::RShiftAssign => BinOp::RShift,
        Kind::AmpAssign => BinOp::And,
        Kind::PipeAssign => BinOp::Or,
        Kind::CaretAssign => BinOp::Xor,
        _ => return None,
    })
}

impl Parser<'_> {
    /// `(NEWLINE | stmt)* END`: the module's statement list.
    pub(super) fn file_input(&mut self) -> Result<ListId, Error> {
        let mark = self.scratch.len();
        loop {
            match self.tok.kind {
                Kind::EndMarker => break,
                Kind::Newline => self.advance()?,
                _ => self.statement()?,
            }
        }
        self.list_from(mark)
    }

    fn statement(&mut self) -> Result<(), Error> {
        check_stack()?;
        let s = match self.tok.kind {
            Kind::If => self.if_stmt()?,
            Kind::While => self.while_stmt()?,
            Kind::For => self.for_stmt()?,
            Kind::Try => self.try_stmt()?,
            Kind::Def => self.def_stmt()?,
            Kind::Class => return self.not_supported(Feature::Class),
            Kind::With => return self.not_supported(Feature::With),
            Kind::Async => return self.not_supported(Feature::Async),
            Kind::At => return self.not_supported(Feature::Decorator),
            _ => return self.simple_stmt(),
        };
        self.push(s)
    }

    /// `small_stmt (';' small_stmt)* [';'] NEWLINE`.
    fn simple_stmt(&mut self) -> Result<(), Error> {
        loop {
            let s = self.small_stmt()?;
            self.push(s)?;
            if !self.eat(Kind::Semicolon)? || self.at(Kind::Newline) {
                break;
            }
        }
        self.expect(Kind::Newline)
    }

    /// A block: an indented run of statements, or simple statements on the same line.
    fn suite(&mut self) -> Result<ListId, Error> {
        let mark = self.scratch.len();
        if !self.eat(Kind::Newline)? {
            self.simple_stmt()?;
            return self.list_from(mark);
        }
        if !self.at(Kind::Indent) {
            return Err(self.unexpected());
        }
        self.advance()?;
        loop {
            self.statement()?;
            if self.eat(Kind::Dedent)? || self.at(Kind::EndMarker) {
                break;
            }
        }
        self.list_from(mark)
    }

    /// `else: suite` if present.
    fn else_suite(&mut self) -> Result<ListId, Error> {
        if !self.eat(Kind::Else)? {
            return Ok(NO_LIST);
        }
        self.expect(Kind::Colon)?;
        self.suite()
    }

    fn small_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let node = match self.tok.kind {
            Kind::Pass => Node::Pass,
            Kind::Break => Node::Break,
            Kind::Continue => Node::Continue,
            Kind::Return => {
                self.advance()?;
                let v = if starts_expr(self.tok.kind) || self.at(Kind::Star) {
                    self.tuple_or_single(Level::Test, true)?
                } else {
                    NO_NODE
                };
                return self.add(Node::Return(v), line);
            }
            Kind::Raise => {
                self.advance()?;
                let (mut e, mut cause) = (NO_NODE, NO_NODE);
                if starts_expr(self.tok.kind) {
                    e = self.test()?;
                    if self.eat(Kind::From)? {
                        cause = self.test()?;
                    }
                }
                return self.add(Node::Raise(e, cause), line);
            }
            Kind::Global | Kind::Nonlocal => {
                let global = self.at(Kind::Global);
                self.advance()?;
                let mark = self.scratch.len();
                loop {
                    let q = self.name()?;
                    self.push(u32::from(q.id()))?;
                    if !self.eat(Kind::Comma)? {
                        break;
                    }
                }
                let list = self.list_from(mark)?;
                return self.add(if global { Node::Global(list) } else { Node::Nonlocal(list) }, line);
            }
            Kind::Del => {
                self.advance()?;
                let mark = self.scratch.len();
                loop {
                    let t = self.tuple_item_for_del()?;
                    self.push(t)?;
                    if !self.eat(Kind::Comma)? || !starts_expr(self.tok.kind) {
                        break;
                    }
                }
                let list = self.list_from(mark)?;
                return self.add(Node::Del(list), line);
            }
            Kind::Assert => {
                self.advance()?;
                let test = self.test()?;
                let msg = if self.eat(Kind::Comma)? { self.test()? } else { NO_NODE };
                return self.add(Node::Assert(test, msg), line);
            }
            Kind::Import => return self.import_stmt(),
            Kind::From => return self.import_from_stmt(),
            Kind::Yield => return self.not_supported(Feature::Yield),
            _ => return self.expr_stmt(),
        };
        self.advance()?;
        self.add(node, line)
    }

    fn tuple_item_for_del(&mut self) -> Result<NodeId, Error> {
        self.bitor()
    }

    /// An expression statement, assignment (`a = b = c`), augmented assignment, or
    /// annotated assignment (the annotation is parsed and dropped).
    fn expr_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let first = self.tuple_or_single(Level::Test, true)?;
        if let Some(op) = augassign(self.tok.kind) {
            self.advance()?;
            if self.at(Kind::Yield) {
                return self.not_supported(Feature::Yield);
            }
            let value = self.tuple_or_single(Level::Test, false)?;
            return self.add(Node::AugAssign(op, first, value), line);
        }
        if self.eat(Kind::Colon)? {
            self.test()?;
            if !self.eat(Kind::Assign)? {
                return self.add(Node::Pass, line);
            }
            let value = self.tuple_or_single(Level::Test, true)?;
            let targets = self.list_of(&[first])?;
            return self.add(Node::Assign(targets, value), line);
        }
        if !self.at(Kind::Assign) {
            return self.add(Node::Expr(first), line);
        }
        let mark = self.scratch.len();
        self.push(first)?;
        while self.eat(Kind::Assign)? {
            if self.at(Kind::Yield) {
                return self.not_supported(Feature::Yield);
            }
            let x = self.tuple_or_single(Level::Test, true)?;
            self.push(x)?;
        }
        let value = self.scratch.pop().unwrap_or(NO_NODE);
        let targets = self.list_from(mark)?;
        self.add(Node::Assign(targets, value), line)
    }

    /// `NAME ('.' NAME)*` as one interned name.
    fn dotted_name(&mut self) -> Result<Qstr, Error> {
        let first = self.name()?;
        if !self.at(Kind::Dot) {
            return Ok(first);
        }
        let mut buf: GcVec<u8> = GcVec::from_slice(first.as_bytes())?;
        while self.eat(Kind::Dot)? {
            let part = self.name()?;
            buf.push(b'.')?;
            buf.extend_from_slice(part.as_bytes())?;
        }
        let s = core::str::from_utf8(&buf).map_err(|_| Error::syntax(ErrorKind::InvalidSyntax, self.tok.line))?;
        Ok(qstr::intern(s)?)
    }

    /// `import a.b as c, d`.
    fn import_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let mark = self.scratch.len();
        loop {
            let alias_line = self.tok.line;
            let name = self.dotted_name()?;
            let alias = if self.eat(Kind::As)? {
                Node::Alias(name, self.name()?, true)
            } else {
                Node::Alias(name, name, false)
            };
            let a = self.add(alias, alias_line)?;
            self.push(a)?;
            if !self.eat(Kind::Comma)? {
                break;
            }
        }
        let list = self.list_from(mark)?;
        self.add(Node::Import(list), line)
    }

    /// `from a.b import c as d, e` (optionally parenthesised).
    fn import_from_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        if self.at(Kind::Dot) || self.at(Kind::Ellipsis) {
            return self.not_supported(Feature::RelativeImport);
        }
        let module = self.dotted_name()?;
        self.expect(Kind::Import)?;
        if self.at(Kind::Star) {
            return self.not_supported(Feature::ImportStar);
        }
        let paren = self.eat(Kind::LParen)?;
        let mark = self.scratch.len();
        loop {
            let alias_line = self.tok.line;
            let name = self.name()?;
            let alias = if self.eat(Kind::As)? {
                Node::Alias(name, self.name()?, true)
            } else {
                Node::Alias(name, name, false)
            };
            let a = self.add(alias, alias_line)?;
            self.push(a)?;
            if !self.eat(Kind::Comma)? || (paren && self.at(Kind::RParen)) {
                break;
            }
        }
        if paren {
            self.expect(Kind::RParen)?;
        }
        let list = self.list_from(mark)?;
        self.add(Node::ImportFrom(module, list), line)
    }

    /// `if test: suite (elif test: suite)* [else: suite]`. The `elif`s are collected
    /// first and nested from the last one outwards (no recursion per `elif`).
    fn if_stmt(&mut self) -> Result<NodeId, Error> {
        let mut line = self.tok.line;
        self.advance()?;
        let mark = self.scratch.len();
        loop {
            let cond = self.test()?;
            self.expect(Kind::Colon)?;
            let body = self.suite()?;
            self.push(cond)?;
            self.push(body)?;
            self.push(line)?;
            if !self.at(Kind::Elif) {
                break;
            }
            line = self.tok.line;
            self.advance()?;
        }
        let mut orelse = self.else_suite()?;
        let mut node = NO_NODE;
        let mut top = self.scratch.len();
        while top >= mark + 3 {
            top -= 3;
            let (cond, body, line) = (self.scratch_at(top), self.scratch_at(top + 1), self.scratch_at(top + 2));
            let parts = self.list_of(&[cond, body, orelse])?;
            node = self.add(Node::If(parts), line)?;
            if top > mark {
                orelse = self.list_of(&[node])?;
            }
        }
        self.scratch.truncate(mark);
        Ok(node)
    }

    fn while_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let cond = self.test()?;
        self.expect(Kind::Colon)?;
        let body = self.suite()?;
        let orelse = self.else_suite()?;
        let parts = self.list_of(&[cond, body, orelse])?;
        self.add(Node::While(parts), line)
    }

    fn for_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let target = self.tuple_or_single(Level::Expr, true)?;
        self.expect(Kind::In)?;
        let iter = self.tuple_or_single(Level::Test, true)?;
        self.expect(Kind::Colon)?;
        let body = self.suite()?;
        let orelse = self.else_suite()?;
        let parts = self.list_of(&[target, iter, body, orelse])?;
        self.add(Node::For(parts), line)
    }

    /// `try: suite (except [test [as NAME]]: suite)+ [else: suite]`; `finally` is not
    /// supported yet.
    fn try_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        self.expect(Kind::Colon)?;
        let body = self.suite()?;
        let mark = self.scratch.len();
        let mut seen_bare = false;
        while self.at(Kind::Except) {
            let h_line = self.tok.line;
            if seen_bare {
                return self.fail(ErrorKind::DefaultExceptNotLast);
            }
            self.advance()?;
            let (mut ty, mut name) = (NO_NODE, qstr!(""));
            if self.at(Kind::Colon) {
                seen_bare = true;
            } else {
                ty = self.test()?;
                if self.eat(Kind::As)? {
                    name = self.name()?;
                }
            }
            self.expect(Kind::Colon)?;
            let h_body = self.suite()?;
            let h = self.add(Node::Handler(ty, name, h_body), h_line)?;
            self.push(h)?;
        }
        if self.scratch.len() == mark {
            if self.at(Kind::Finally) {
                return self.not_supported(Feature::Finally);
            }
            return Err(self.unexpected());
        }
        let handlers = self.list_from(mark)?;
        let orelse = self.else_suite()?;
        if self.at(Kind::Finally) {
            return self.not_supported(Feature::Finally);
        }
        let parts = self.list_of(&[body, handlers, orelse])?;
        self.add(Node::Try(parts), line)
    }

    /// `def NAME(params) [-> test]: suite`.
    fn def_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let name = self.name()?;
        self.expect(Kind::LParen)?;
        let params = self.params(Kind::RParen, true)?;
        self.expect(Kind::RParen)?;
        if self.eat(Kind::Arrow)? {
            self.test()?;
        }
        self.expect(Kind::Colon)?;
        let body = self.suite()?;
        self.add(Node::Def(name, params, body), line)
    }
}
