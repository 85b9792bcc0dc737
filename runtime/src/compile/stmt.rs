//! Code generation for statements.
//!
//! Control flow shapes (targets are labels, patched to absolute offsets):
//! - `if c: A else: B` → `c; PopJumpIfFalse else; A; Jump end; else: B; end:`
//!   (`and`/`or`/`not` in conditions become jumps, as MicroPython's `c_if_cond`).
//! - `while c: A else: B` → `top: c; PopJumpIfFalse else; A; Jump top; else: B; end:`
//! - `for t in it: A else: B` → `it; GetIter; top: ForIter else; t = ...; A; Jump top;
//!   else: B; end:`; `break` pops the iterator first.
//! - `try: A except E as n: H else: B` → `SetupExcept handler; A; PopBlock; B; Jump end;
//!   handler: E; ExcMatch; PopJumpIfFalse next; n = exc; H; PopExcept; Jump end; next:
//!   ...; Reraise; end:`.

use super::{Block, Gen, Mode};
use crate::bytecode::{BinOp, Op};
use crate::parse::ast::{ListId, Node, NodeId, NO_NODE};
use crate::parse::error::check_stack;
use crate::parse::{Error, ErrorKind};

/// `ImportName` flag: push the module named (`a.b.c`), not its top package (`a`).
const LEAF: u8 = 0x80;

impl Gen<'_> {
    pub(super) fn stmts(&mut self, list: ListId) -> Result<(), Error> {
        for &s in self.ast.list(list) {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, id: NodeId) -> Result<(), Error> {
        check_stack()?;
        self.line = self.ast.line(id);
        self.em.set_line(self.line)?;
        self.stmt_inner(id).map_err(|e| self.with_line(e))
    }

    fn stmt_inner(&mut self, id: NodeId) -> Result<(), Error> {
        let ast = self.ast;
        match ast.node(id) {
            Node::Expr(e) => self.expr_stmt(e),
            Node::Assign(targets, value) => {
                if self.const_assign(targets, value)? {
                    return Ok(());
                }
                self.expr(value)?;
                let targets = ast.list(targets);
                for (i, &t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.em.op(Op::DupTop)?;
                    }
                    self.assign(t)?;
                }
                Ok(())
            }
            Node::AugAssign(op, target, value) => self.aug_assign(op, target, value),
            Node::Del(targets) => {
                for &t in ast.list(targets) {
                    self.delete(t)?;
                }
                Ok(())
            }
            Node::Pass | Node::Global(_) | Node::Nonlocal(_) => Ok(()),
            Node::Break | Node::Continue => self.break_continue(matches!(ast.node(id), Node::Break)),
            Node::Return(v) => self.return_stmt(v),
            Node::Raise(e, cause) => {
                let mut n = 0;
                for x in [e, cause] {
                    if x != NO_NODE {
                        self.expr(x)?;
                        n += 1;
                    }
                }
                self.em.op_u8(Op::RaiseVarargs, n)
            }
            // Asserts are compiled out from `micropython.opt_level(1)` (`-O`).
            Node::Assert(..) if crate::gc::root::state().opt_level.get() > 0 => Ok(()),
            Node::Assert(test, msg) => {
                let end = self.em.new_label()?;
                self.cond_jump(test, true, end)?;
                self.em.op_u16(Op::LoadGlobal, qstr!("AssertionError").id())?;
                if msg != NO_NODE {
                    self.expr(msg)?;
                    self.em.op_u8(Op::CallFunction, 1)?;
                }
                self.em.op_u8(Op::RaiseVarargs, 1)?;
                self.em.place(end)
            }
            Node::Import(aliases) => {
                for &a in ast.list(aliases) {
                    let Node::Alias(name, as_name, has_as) = ast.node(a) else { continue };
                    let dotted = name.as_bytes().iter().position(|&c| c == b'.');
                    match (has_as, dotted) {
                        // `import a.b.c` binds `a` to the top package.
                        (false, Some(dot)) => {
                            self.em.op_u16_u8(Op::ImportName, name.id(), 0)?;
                            let top = crate::obj::unicode::as_utf8(&name.as_bytes()[..dot]).unwrap_or("");
                            self.store_name(crate::qstr::intern(top)?)?;
                        }
                        _ => {
                            self.em.op_u16_u8(Op::ImportName, name.id(), LEAF)?;
                            self.store_name(as_name)?;
                        }
                    }
                }
                Ok(())
            }
            Node::ImportFrom(module, aliases, level) => {
                self.em.op_u16_u8(Op::ImportName, module.id(), level.min(0x7f) | LEAF)?;
                for &a in ast.list(aliases) {
                    let Node::Alias(name, as_name, _) = ast.node(a) else { continue };
                    if name == qstr!("*") {
                        if self.scope_kind() != super::ScopeKind::Module {
                            return self.err(ErrorKind::ImportStarNotModule);
                        }
                        return self.em.op(Op::ImportStar);
                    }
                    self.em.op_u16(Op::ImportFrom, name.id())?;
                    self.store_name(as_name)?;
                }
                self.em.op(Op::PopTop)
            }
            Node::If(_) => self.if_stmt(id),
            Node::While(parts) => self.while_stmt(parts),
            Node::For(parts) => self.for_stmt(parts),
            Node::Try(parts) => self.try_stmt(parts),
            Node::Def(name, params, body) => {
                self.function(id, name, params, body, NO_NODE)?;
                self.store_name(name)
            }
            Node::Class(name, args, body) => {
                self.class(id, name, args, body)?;
                self.store_name(name)
            }
            Node::Decorated(decorators, def) => {
                let decorators = ast.list(decorators);
                let mut applied = 0;
                for &d in decorators {
                    if self.emitter_decorator(d)? {
                        continue;
                    }
                    self.expr(d)?;
                    applied += 1;
                }
                let name = match ast.node(def) {
                    Node::Def(name, params, body) => {
                        self.line = ast.line(def);
                        self.em.set_line(self.line)?;
                        self.function(def, name, params, body, NO_NODE)?;
                        name
                    }
                    Node::Class(name, args, body) => {
                        self.class(def, name, args, body)?;
                        name
                    }
                    _ => return self.err(ErrorKind::InvalidSyntax),
                };
                for _ in 0..applied {
                    self.em.op_u8(Op::CallFunction, 1)?;
                }
                self.store_name(name)
            }
            Node::With(items, body) => self.with_stmt(ast.list(items), body),
            #[cfg(mp_feature = "async_await")]
            Node::Async(inner) => match ast.node(inner) {
                Node::Def(name, params, body) => {
                    self.function(inner, name, params, body, NO_NODE)?;
                    self.store_name(name)
                }
                Node::For(parts) => self.async_for(parts),
                Node::With(items, body) => self.async_with(ast.list(items), body),
                _ => self.err(ErrorKind::InvalidSyntax),
            },
            _ => self.err(ErrorKind::InvalidSyntax),
        }
    }

    /// A `@micropython.X` decorator, which MicroPython's compiler takes as an emitter
    /// choice rather than a call (whether or not `micropython` is imported). This runtime
    /// has one emitter, so `bytecode`, `native` and `viper` all compile to bytecode (code
    /// written for MicroPython's native emitters runs, at bytecode speed; viper's own
    /// types such as `ptr8` are then unknown names); any other attribute is MicroPython's
    /// `SyntaxError: invalid micropython decorator`. Returns whether `d` was one.
    fn emitter_decorator(&mut self, d: NodeId) -> Result<bool, Error> {
        let ast = self.ast;
        let Node::Attr(base, attr) = ast.node(d) else { return Ok(false) };
        if ast.node(base) != Node::Name(qstr!("micropython")) {
            return Ok(false);
        }
        match attr {
            a if a == qstr!("bytecode") || a == qstr!("native") || a == qstr!("viper") => Ok(true),
            _ => self.err(ErrorKind::MicropythonDecorator),
        }
    }

    /// `NAME = const(value)` at module level (MicroPython's `micropython.const`): the
    /// value (an int constant, or an earlier const name) is folded into every later load
    /// of NAME; a NAME starting with `_` is not even stored. Returns whether it was one.
    fn const_assign(&mut self, targets: ListId, value: NodeId) -> Result<bool, Error> {
        let ast = self.ast;
        let (&[t], Node::Call(f, args)) = (ast.list(targets), ast.node(value)) else { return Ok(false) };
        let (Node::Name(q), Node::Name(fname), &[arg]) = (ast.node(t), ast.node(f), ast.list(args)) else {
            return Ok(false);
        };
        if fname != qstr!("const") || self.scope != 0 {
            return Ok(false);
        }
        let v = match ast.node(arg) {
            Node::Const(i) if ast.constant(i).is_small_int() => ast.constant(i),
            Node::Name(n) => match self.consts.iter().find(|(c, _)| *c == n) {
                Some(&(_, v)) => v,
                None => return Ok(false),
            },
            _ => return Ok(false),
        };
        self.consts.push((q, v))?;
        if q.as_bytes().first() == Some(&b'_') {
            return Ok(true);
        }
        let k = self.em.add_const(v)?;
        self.em.op_u16(Op::LoadConst, k)?;
        self.store_name(q)?;
        Ok(true)
    }

    fn expr_stmt(&mut self, e: NodeId) -> Result<(), Error> {
        if self.mode == Mode::Single && self.scope == 0 {
            self.expr(e)?;
            return self.em.op(Op::PrintExpr);
        }
        // A lone constant (a docstring) compiles to nothing, as in MicroPython.
        if matches!(
            self.ast.node(e),
            Node::Const(_) | Node::NoneLit | Node::TrueLit | Node::FalseLit | Node::EllipsisLit
        ) {
            return Ok(());
        }
        self.expr(e)?;
        self.em.op(Op::PopTop)
    }

    /// Store the value on top of the stack into `target`.
    pub(super) fn assign(&mut self, target: NodeId) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        match ast.node(target) {
            Node::Name(q) => self.store_name(q),
            Node::Attr(obj, q) => {
                self.expr(obj)?;
                self.em.op_u16(Op::StoreAttr, q.id())
            }
            Node::Subscr(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.em.op(Op::StoreSubscr)
            }
            Node::Tuple(items) | Node::List(items) => {
                let items = ast.list(items);
                let mut stars = items.iter().enumerate().filter(|(_, &i)| matches!(ast.node(i), Node::Starred(_)));
                let star = stars.next().map(|(k, _)| k);
                if stars.next().is_some() {
                    return self.err(ErrorKind::MultipleStars);
                }
                match star {
                    None => self.em.op_count(Op::UnpackSequence, items.len())?,
                    Some(k) => {
                        let before = u8::try_from(k).or_else(|_| self.err(ErrorKind::CodeTooBig))?;
                        let after = u8::try_from(items.len() - k - 1).or_else(|_| self.err(ErrorKind::CodeTooBig))?;
                        self.em.op_u8_u8(Op::UnpackEx, before, after)?;
                    }
                }
                for &i in items {
                    match ast.node(i) {
                        Node::Starred(t) => self.assign(t)?,
                        _ => self.assign(i)?,
                    }
                }
                Ok(())
            }
            // A bare `*a = ...` (not in a tuple or list): MicroPython's message.
            _ => self.err(ErrorKind::CantAssign),
        }
    }

    fn aug_assign(&mut self, op: BinOp, target: NodeId, value: NodeId) -> Result<(), Error> {
        let inplace = op as u8 | BinOp::INPLACE;
        match self.ast.node(target) {
            Node::Name(q) => {
                self.load_name(q)?;
                self.expr(value)?;
                self.em.op_u8(Op::BinaryOp, inplace)?;
                self.store_name(q)
            }
            Node::Attr(obj, q) => {
                self.expr(obj)?;
                self.em.op(Op::DupTop)?;
                self.em.op_u16(Op::LoadAttr, q.id())?;
                self.expr(value)?;
                self.em.op_u8(Op::BinaryOp, inplace)?;
                self.em.op(Op::RotTwo)?;
                self.em.op_u16(Op::StoreAttr, q.id())
            }
            Node::Subscr(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.em.op(Op::DupTopTwo)?;
                self.em.op(Op::LoadSubscr)?;
                self.expr(value)?;
                self.em.op_u8(Op::BinaryOp, inplace)?;
                self.em.op(Op::RotThree)?;
                self.em.op(Op::StoreSubscr)
            }
            Node::Tuple(_) | Node::List(_) => self.err(ErrorKind::CantAugAssign),
            _ => self.err(ErrorKind::CantAssign),
        }
    }

    fn delete(&mut self, target: NodeId) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        match ast.node(target) {
            Node::Name(q) => self.delete_name(q),
            Node::Attr(obj, q) => {
                self.expr(obj)?;
                self.em.op_u16(Op::DeleteAttr, q.id())
            }
            Node::Subscr(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.em.op(Op::DeleteSubscr)
            }
            Node::Tuple(items) | Node::List(items) => {
                for &i in ast.list(items) {
                    self.delete(i)?;
                }
                Ok(())
            }
            _ => self.err(ErrorKind::CantDelete),
        }
    }

    /// Leave the blocks inside the innermost loop and jump to its end or its top.
    fn break_continue(&mut self, is_break: bool) -> Result<(), Error> {
        let Some(pos) = self.blocks.iter().rposition(|b| matches!(b, Block::Loop { .. })) else {
            return self.err(if is_break { ErrorKind::BreakOutsideLoop } else { ErrorKind::ContinueOutsideLoop });
        };
        let depth = self.em.depth();
        self.unwind_blocks(pos + 1, false)?;
        let Some(&Block::Loop { brk, cont, is_for }) = self.blocks.get(pos) else {
            return self.err(ErrorKind::InvalidSyntax);
        };
        if is_break {
            if is_for {
                self.em.op(Op::PopTop)?;
            }
            self.em.jump(Op::Jump, brk)?;
        } else {
            self.em.jump(Op::Jump, cont)?;
        }
        self.em.set_depth(depth);
        Ok(())
    }

    /// Leave every block from the innermost down to `blocks[to]`: pop handlers, restore
    /// handled exceptions, run `finally` bodies and `__exit__`s. With `value`, a return
    /// value sits on top of the stack and is kept there.
    fn unwind_blocks(&mut self, to: usize, value: bool) -> Result<(), Error> {
        for i in (to..self.blocks.len()).rev() {
            match self.blocks.get(i).copied() {
                Some(Block::TryBody) => self.em.op(Op::PopBlock)?,
                Some(Block::Except) => {
                    if value {
                        self.em.op(Op::RotTwo)?;
                    }
                    self.em.op(Op::PopExcept)?;
                }
                Some(Block::With) => {
                    self.em.op(Op::PopBlock)?;
                    if value {
                        self.em.op(Op::RotThree)?;
                    }
                    self.em.op(Op::WithExitNormal)?;
                }
                #[cfg(mp_feature = "async_await")]
                Some(Block::AsyncWith) => {
                    self.em.op(Op::PopBlock)?;
                    if value {
                        self.em.op(Op::RotThree)?;
                    }
                    self.em.op(Op::AsyncWithExitNormal)?;
                    self.await_top()?;
                    self.em.op(Op::PopTop)?;
                }
                Some(Block::Finally(body)) => {
                    self.em.op(Op::PopBlock)?;
                    // The `finally` body runs as code outside this `try`.
                    let saved = crate::gc::GcVec::from_slice(&self.blocks)?;
                    self.blocks.truncate(i);
                    let handlers = self.handlers;
                    self.handlers = self.handlers.saturating_sub(1);
                    let r = self.stmts(body);
                    self.handlers = handlers;
                    self.blocks = saved;
                    r?;
                }
                _ => {}
            }
        }
        Ok(())
    }

    fn return_stmt(&mut self, value: NodeId) -> Result<(), Error> {
        if matches!(self.scope_kind(), super::ScopeKind::Module | super::ScopeKind::Class) {
            return self.err(ErrorKind::ReturnOutsideFunction);
        }
        if value == NO_NODE {
            self.em.op(Op::LoadNone)?;
        } else {
            self.expr(value)?;
        }
        let depth = self.em.depth();
        self.unwind_blocks(0, true)?;
        self.em.op(Op::ReturnValue)?;
        self.em.set_depth(depth.saturating_sub(1));
        Ok(())
    }

    /// An `if` and its `elif` chain, iteratively.
    fn if_stmt(&mut self, mut id: NodeId) -> Result<(), Error> {
        let ast = self.ast;
        let end = self.em.new_label()?;
        while let Node::If(parts) = ast.node(id) {
            self.line = ast.line(id);
            self.em.set_line(self.line)?;
            let (cond, body, orelse) = (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2));
            if ast.list(orelse).is_empty() {
                self.cond_jump(cond, false, end)?;
                self.stmts(body)?;
                break;
            }
            let next = self.em.new_label()?;
            self.cond_jump(cond, false, next)?;
            self.stmts(body)?;
            self.em.jump(Op::Jump, end)?;
            self.em.place(next)?;
            match ast.list(orelse) {
                [only] if matches!(ast.node(*only), Node::If(_)) => id = *only,
                _ => {
                    self.stmts(orelse)?;
                    break;
                }
            }
        }
        self.em.place(end)
    }

    fn while_stmt(&mut self, parts: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let (cond, body, orelse) = (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2));
        let (top, brk, otherwise) = (self.em.new_label()?, self.em.new_label()?, self.em.new_label()?);
        self.em.place(top)?;
        self.cond_jump(cond, false, otherwise)?;
        self.in_block(body, Block::Loop { brk, cont: top, is_for: false })?;
        self.em.jump(Op::Jump, top)?;
        self.em.place(otherwise)?;
        self.stmts(orelse)?;
        self.em.place(brk)
    }

    fn for_stmt(&mut self, parts: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let (target, iter, body, orelse) =
            (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2), ast.item(parts, 3));
        let (top, brk, otherwise) = (self.em.new_label()?, self.em.new_label()?, self.em.new_label()?);
        self.expr(iter)?;
        self.em.op(Op::GetIter)?;
        self.em.place(top)?;
        self.em.jump(Op::ForIter, otherwise)?;
        self.assign(target)?;
        self.in_block(body, Block::Loop { brk, cont: top, is_for: true })?;
        self.em.jump(Op::Jump, top)?;
        self.em.place(otherwise)?;
        self.stmts(orelse)?;
        self.em.place(brk)
    }

    /// Statements of `list` inside `block`.
    fn in_block(&mut self, list: ListId, block: Block) -> Result<(), Error> {
        self.blocks.push(block)?;
        let r = self.stmts(list);
        self.blocks.pop();
        r
    }

    /// A handler becomes active (a `try` or `with` body starts).
    fn enter_handler(&mut self) {
        self.handlers = self.handlers.saturating_add(1);
        self.max_handlers = self.max_handlers.max(self.handlers);
    }

    fn try_stmt(&mut self, parts: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let finalbody = ast.item(parts, 3);
        if finalbody == crate::parse::ast::NO_LIST || finalbody == NO_NODE {
            return self.try_except(parts);
        }
        // try: (try-except) finally: F  →
        //   SetupExcept h; <try-except>; PopBlock; F; Jump end; h: F; Reraise; end:
        let (handler, end) = (self.em.new_label()?, self.em.new_label()?);
        self.em.jump(Op::SetupExcept, handler)?;
        self.enter_handler();
        self.blocks.push(Block::Finally(finalbody))?;
        let r = if ast.list(ast.item(parts, 1)).is_empty() {
            self.stmts(ast.item(parts, 0)).and_then(|()| self.stmts(ast.item(parts, 2)))
        } else {
            self.try_except(parts)
        };
        self.blocks.pop();
        self.handlers -= 1;
        r?;
        self.em.op(Op::PopBlock)?;
        self.stmts(finalbody)?;
        self.em.jump(Op::Jump, end)?;
        self.em.place(handler)?;
        // The exception is being handled while the finally body runs.
        self.blocks.push(Block::Except)?;
        let r = self.stmts(finalbody);
        self.blocks.pop();
        r?;
        self.em.op(Op::Reraise)?;
        self.em.place(end)
    }

    fn try_except(&mut self, parts: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let (body, handlers, orelse) = (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2));
        let (handler, end) = (self.em.new_label()?, self.em.new_label()?);
        self.em.jump(Op::SetupExcept, handler)?;
        self.enter_handler();
        let r = self.in_block(body, Block::TryBody);
        self.handlers -= 1;
        r?;
        self.em.op(Op::PopBlock)?;
        self.stmts(orelse)?;
        self.em.jump(Op::Jump, end)?;
        // Here the stack holds the previously handled exception and the new one.
        self.em.place(handler)?;
        let mut catches_all = false;
        for &h in ast.list(handlers) {
            let Node::Handler(ty, name, h_body) = ast.node(h) else { continue };
            self.line = ast.line(h);
            self.em.set_line(self.line)?;
            let next = self.em.new_label()?;
            if ty == NO_NODE {
                catches_all = true;
            } else {
                self.expr(ty)?;
                self.em.op(Op::ExcMatch)?;
                self.em.jump(Op::PopJumpIfFalse, next)?;
            }
            if name == qstr!("") {
                self.em.op(Op::PopTop)?;
            } else {
                self.store_name(name)?;
            }
            self.in_block(h_body, Block::Except)?;
            if name != qstr!("") {
                // `except E as n`: n is unbound after the clause, as in CPython.
                self.em.op(Op::LoadNone)?;
                self.store_name(name)?;
                self.delete_name(name)?;
            }
            self.em.op(Op::PopExcept)?;
            self.em.jump(Op::Jump, end)?;
            self.em.place(next)?;
        }
        if !catches_all {
            self.em.op(Op::Reraise)?;
        }
        self.em.place(end)
    }

    /// `with a as x, b: body` is `with a as x: with b: body`.
    fn with_stmt(&mut self, items: &[u32], body: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let Some((&first, rest)) = items.split_first() else { return self.stmts(body) };
        let Node::WithItem(ctx, target) = ast.node(first) else { return self.err(ErrorKind::InvalidSyntax) };
        self.expr(ctx)?;
        self.em.op(Op::WithEnter)?;
        let (handler, end) = (self.em.new_label()?, self.em.new_label()?);
        if target == NO_NODE {
            self.em.op(Op::PopTop)?;
        } else {
            self.assign(target)?;
        }
        self.em.jump(Op::SetupExcept, handler)?;
        self.enter_handler();
        self.blocks.push(Block::With)?;
        let r = self.with_stmt(rest, body);
        self.blocks.pop();
        self.handlers -= 1;
        r?;
        self.em.op(Op::PopBlock)?;
        self.em.op(Op::WithExitNormal)?;
        self.em.jump(Op::Jump, end)?;
        // exit self prev exc
        self.em.place(handler)?;
        self.em.op(Op::WithExcept)?;
        // Suppressed: exit self prev
        self.em.op(Op::PopExcept)?;
        self.em.op(Op::PopTop)?;
        self.em.op(Op::PopTop)?;
        self.em.place(end)
    }

    /// `await` the value on top of the stack (its result replaces it).
    #[cfg(mp_feature = "async_await")]
    pub(super) fn await_top(&mut self) -> Result<(), Error> {
        self.em.op(Op::GetAwaitable)?;
        self.em.op(Op::LoadNone)?;
        self.em.op(Op::YieldFrom)
    }

    /// `async for t in it: body else: orelse` →
    /// `it; __aiter__(); top: SetupExcept h; DupTop; __anext__(); await; PopBlock; t = ..;
    /// body; Jump top; h: StopAsyncIteration? → PopTop; PopExcept; PopTop; orelse; else Reraise`.
    #[cfg(mp_feature = "async_await")]
    fn async_for(&mut self, parts: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let (target, iter, body, orelse) =
            (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2), ast.item(parts, 3));
        let (top, brk, handler, otherwise) =
            (self.em.new_label()?, self.em.new_label()?, self.em.new_label()?, self.em.new_label()?);
        self.expr(iter)?;
        self.em.op_u16(Op::LoadMethod, qstr!("__aiter__").id())?;
        self.em.op_u8(Op::CallMethod, 0)?;
        self.em.place(top)?;
        self.em.jump(Op::SetupExcept, handler)?;
        self.enter_handler();
        self.em.op(Op::DupTop)?;
        self.em.op_u16(Op::LoadMethod, qstr!("__anext__").id())?;
        self.em.op_u8(Op::CallMethod, 0)?;
        self.await_top()?;
        self.handlers -= 1;
        self.em.op(Op::PopBlock)?;
        self.assign(target)?;
        self.in_block(body, Block::Loop { brk, cont: top, is_for: true })?;
        self.em.jump(Op::Jump, top)?;
        // aiter prev exc
        self.em.place(handler)?;
        let k = self.em.add_const(crate::obj::Obj::from_static(&crate::obj::exc::STOP_ASYNC_ITERATION))?;
        self.em.op_u16(Op::LoadConst, k)?;
        self.em.op(Op::ExcMatch)?;
        let other = self.em.new_label()?;
        self.em.jump(Op::PopJumpIfFalse, other)?;
        self.em.op(Op::PopTop)?;
        self.em.op(Op::PopExcept)?;
        self.em.op(Op::PopTop)?;
        self.em.jump(Op::Jump, otherwise)?;
        self.em.place(other)?;
        self.em.op(Op::Reraise)?;
        self.em.place(otherwise)?;
        self.stmts(orelse)?;
        self.em.place(brk)
    }

    /// `async with a as x: body` (several items nest).
    #[cfg(mp_feature = "async_await")]
    fn async_with(&mut self, items: &[u32], body: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let Some((&first, rest)) = items.split_first() else { return self.stmts(body) };
        let Node::WithItem(ctx, target) = ast.node(first) else { return self.err(ErrorKind::InvalidSyntax) };
        self.expr(ctx)?;
        self.em.op(Op::AsyncWithEnter)?;
        self.await_top()?;
        if target == NO_NODE {
            self.em.op(Op::PopTop)?;
        } else {
            self.assign(target)?;
        }
        let (handler, end) = (self.em.new_label()?, self.em.new_label()?);
        self.em.jump(Op::SetupExcept, handler)?;
        self.enter_handler();
        self.blocks.push(Block::AsyncWith)?;
        let r = self.async_with(rest, body);
        self.blocks.pop();
        self.handlers -= 1;
        r?;
        self.em.op(Op::PopBlock)?;
        self.em.op(Op::AsyncWithExitNormal)?;
        self.await_top()?;
        self.em.op(Op::PopTop)?;
        self.em.jump(Op::Jump, end)?;
        // aexit self prev exc
        self.em.place(handler)?;
        self.em.op(Op::AsyncWithExcept)?;
        self.await_top()?;
        self.em.op(Op::WithExceptResult)?;
        // Suppressed: aexit self prev
        self.em.op(Op::PopExcept)?;
        self.em.op(Op::PopTop)?;
        self.em.op(Op::PopTop)?;
        self.em.place(end)
    }

    /// `class Name(args): body` → `__build_class__(body_fn, 'Name', *args)` on the stack.
    fn class(&mut self, node: NodeId, name: crate::qstr::Qstr, args: ListId, body: ListId) -> Result<(), Error> {
        self.em.op(Op::LoadBuildClass)?;
        let child = self.scopes.find_scope(node).ok_or(Error::syntax(ErrorKind::InvalidSyntax, self.line))?;
        let code = self.child_code(child, name, body, NO_NODE)?;
        self.make_function(child, code, 0)?;
        let k = self.em.add_const(crate::obj::Obj::from_qstr(name))?;
        self.em.op_u16(Op::LoadConst, k)?;
        self.class_args(args)
    }
}
