//! Statements: simple statements (`;`-separated on one line) and compound statements
//! with their indented suites. Each parsing function pushes the statements it produced
//! onto the scratch stack; the enclosing suite turns them into its list.

use super::ast::{ListId, Node, NodeId, NO_LIST, NO_NODE};
use super::error::check_stack;
use super::expr::{starts_expr, Level};
use super::{Error, ErrorKind, Parser};
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

    pub(super) fn statement(&mut self) -> Result<(), Error> {
        check_stack()?;
        let s = match self.tok.kind {
            Kind::If => self.if_stmt()?,
            Kind::While => self.while_stmt()?,
            Kind::For => self.for_stmt()?,
            Kind::Try => self.try_stmt()?,
            Kind::Def => self.def_stmt()?,
            Kind::Class => self.class_stmt()?,
            Kind::With => self.with_stmt()?,
            Kind::At => self.decorated()?,
            Kind::Async => self.async_stmt()?,
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
            Kind::Yield => {
                let y = self.yield_expr()?;
                return self.add(Node::Expr(y), line);
            }
            _ => return self.expr_stmt(),
        };
        self.advance()?;
        self.add(node, line)
    }

    fn tuple_item_for_del(&mut self) -> Result<NodeId, Error> {
        self.bitor()
    }

    /// An expression statement, assignment (`a = b = c`), augmented assignment, or
    /// annotated assignment (the annotation is parsed and dropped). A value may be a
    /// `yield` expression.
    fn expr_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let first = self.tuple_or_single(Level::Test, true)?;
        if let Some(op) = augassign(self.tok.kind) {
            self.advance()?;
            let value = self.yield_or_tuple(false)?;
            return self.add(Node::AugAssign(op, first, value), line);
        }
        if self.eat(Kind::Colon)? {
            self.test()?;
            if !self.eat(Kind::Assign)? {
                return self.add(Node::Pass, line);
            }
            let value = self.yield_or_tuple(true)?;
            let targets = self.list_of(&[first])?;
            return self.add(Node::Assign(targets, value), line);
        }
        if !self.at(Kind::Assign) {
            return self.add(Node::Expr(first), line);
        }
        let mark = self.scratch.len();
        self.push(first)?;
        while self.eat(Kind::Assign)? {
            let x = self.yield_or_tuple(true)?;
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
        let s =
            crate::obj::unicode::as_utf8(&buf).ok_or_else(|| Error::syntax(ErrorKind::InvalidSyntax, self.tok.line))?;
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
        let mut level: u32 = 0;
        loop {
            if self.eat(Kind::Dot)? {
                level += 1;
            } else if self.eat(Kind::Ellipsis)? {
                level += 3;
            } else {
                break;
            }
        }
        let level = u8::try_from(level).or_else(|_| self.fail(ErrorKind::InvalidSyntax))?;
        let module = if level > 0 && self.at(Kind::Import) { qstr!("") } else { self.dotted_name()? };
        self.expect(Kind::Import)?;
        if self.at(Kind::Star) {
            let star_line = self.tok.line;
            self.advance()?;
            let a = self.add(Node::Alias(qstr!("*"), qstr!("*"), false), star_line)?;
            let list = self.list_of(&[a])?;
            return self.add(Node::ImportFrom(module, list, level), line);
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
        self.add(Node::ImportFrom(module, list, level), line)
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

    /// `try: suite (except [test [as NAME]]: suite)+ [else: suite] [finally: suite]`, or
    /// `try: suite finally: suite`.
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
        let has_handlers = self.scratch.len() > mark;
        let handlers = self.list_from(mark)?;
        let orelse = if has_handlers { self.else_suite()? } else { NO_LIST };
        let finalbody = if self.eat(Kind::Finally)? {
            self.expect(Kind::Colon)?;
            self.suite()?
        } else if has_handlers {
            NO_LIST
        } else {
            return Err(self.unexpected());
        };
        let parts = self.list_of(&[body, handlers, orelse, finalbody])?;
        self.add(Node::Try(parts), line)
    }

    /// `def NAME(params) [-> test]: suite`.
    fn def_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let name = self.name()?;
        let (params, body) = self.def_rest().map_err(|e| e.in_block(name))?;
        self.add(Node::Def(name, params, body), line)
    }

    /// A `def` after its name: parameters, annotation, body (errors are in its block).
    fn def_rest(&mut self) -> Result<(ListId, ListId), Error> {
        self.expect(Kind::LParen)?;
        let params = self.params(Kind::RParen, true)?;
        self.expect(Kind::RParen)?;
        if self.eat(Kind::Arrow)? {
            self.test()?;
        }
        self.expect(Kind::Colon)?;
        let body = self.suite()?;
        Ok((params, body))
    }

    /// `class NAME ['(' [arguments] ')']: suite`, the arguments as in a call.
    fn class_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let name = self.name()?;
        let paren_line = self.tok.line;
        let args = if self.eat(Kind::LParen)? { self.call_args(paren_line)? } else { self.list_of(&[])? };
        self.expect(Kind::Colon)?;
        let body = self.suite().map_err(|e| e.in_block(name))?;
        self.add(Node::Class(name, args, body), line)
    }

    /// `('@' test NEWLINE)+` then a `def` or `class`. Any expression is accepted after
    /// `@`, as in CPython 3.9 (PEP 614); MicroPython's own grammar takes only a dotted
    /// name with an optional call, a subset.
    fn decorated(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let mark = self.scratch.len();
        while self.eat(Kind::At)? {
            let d = self.test()?;
            self.push(d)?;
            self.expect(Kind::Newline)?;
        }
        let target = match self.tok.kind {
            Kind::Def => self.def_stmt()?,
            Kind::Class => self.class_stmt()?,
            Kind::Async => self.async_stmt()?,
            _ => return Err(self.unexpected()),
        };
        let decorators = self.list_from(mark)?;
        self.add(Node::Decorated(decorators, target), line)
    }

    /// `async def`, `async for`, `async with`: the statement wrapped in `Async`.
    fn async_stmt(&mut self) -> Result<NodeId, Error> {
        if cfg!(not(mp_feature = "async_await")) {
            return Err(self.unexpected());
        }
        let line = self.tok.line;
        self.advance()?;
        let inner = match self.tok.kind {
            Kind::Def => self.def_stmt()?,
            Kind::For => self.for_stmt()?,
            Kind::With => self.with_stmt()?,
            _ => return Err(self.unexpected()),
        };
        self.add(Node::Async(inner), line)
    }

    /// `with item (',' item)*: suite`, each item `test ['as' target]`; the items may be
    /// parenthesised (`with (a as b, c):`, CPython 3.9; MicroPython rejects it).
    fn with_stmt(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let mark = self.scratch.len();
        let mut item_line = self.tok.line;
        if !(self.at(Kind::LParen) && self.with_paren_items()?) {
            loop {
                let ctx = self.test()?;
                let target = if self.eat(Kind::As)? { self.bitor()? } else { NO_NODE };
                let item = self.add(Node::WithItem(ctx, target), item_line)?;
                self.push(item)?;
                if !self.eat(Kind::Comma)? {
                    break;
                }
                item_line = self.tok.line;
            }
        }
        let items = self.list_from(mark)?;
        self.expect(Kind::Colon)?;
        let body = self.suite()?;
        self.add(Node::With(items, body), line)
    }

    /// After `with`, at a `(`: either a parenthesised item list followed by `:` (pushes
    /// its `WithItem` nodes, returns true), or the start of the first item's expression
    /// (`with (a, b) as c:`, `with (a).b:`): left in `self.pending` for `test()` to go
    /// on from, returning false.
    fn with_paren_items(&mut self) -> Result<bool, Error> {
        let line = self.tok.line;
        self.advance()?;
        if self.at(Kind::RParen) || self.at(Kind::Yield) {
            self.pending = self.paren_body(line)?;
            return Ok(false);
        }
        let mark = self.scratch.len();
        let mut item_line = self.tok.line;
        let mut ctx = self.item(Level::Test, true)?;
        if self.at_comp_for() {
            self.pending = self.comprehension(ctx, line, Node::GenExp)?;
            self.expect(Kind::RParen)?;
            return Ok(false);
        }
        let (mut comma, mut any_as, mut any_star) = (false, false, false);
        loop {
            let starred = matches!(self.ast.node(ctx), Node::Starred(_));
            any_star |= starred;
            let target = if !starred && self.eat(Kind::As)? { self.bitor()? } else { NO_NODE };
            any_as |= target != NO_NODE;
            let item = self.add(Node::WithItem(ctx, target), item_line)?;
            self.push(item)?;
            if !self.eat(Kind::Comma)? {
                break;
            }
            comma = true;
            if self.at(Kind::RParen) {
                break;
            }
            item_line = self.tok.line;
            ctx = self.item(Level::Test, true)?;
        }
        self.expect(Kind::RParen)?;
        if self.at(Kind::Colon) && !any_star {
            return Ok(true);
        }
        if any_as {
            return Err(self.unexpected());
        }
        // Not an item list: the parenthesised expression (or tuple) of the items' contexts.
        if !comma {
            self.scratch.truncate(mark);
            self.pending = ctx;
            return Ok(false);
        }
        for i in mark..self.scratch.len() {
            if let Node::WithItem(ctx, _) = self.ast.node(self.scratch_at(i)) {
                if let Some(slot) = self.scratch.as_mut_slice().get_mut(i) {
                    *slot = ctx;
                }
            }
        }
        let list = self.list_from(mark)?;
        self.pending = self.add(Node::Tuple(list), line)?;
        Ok(false)
    }
}
