//! Code generation for expressions, and conditions compiled straight to jumps.
//!
//! Chained comparisons follow CPython: `a < b < c` →
//! `a; b; DupTop; RotThree; Lt; JumpIfFalseOrPop cleanup; c; Lt; Jump end;
//! cleanup: RotTwo; PopTop; end:` (b is evaluated once; the chain stops at the first
//! false result, which is the value).

use super::emit::Label;
use super::Gen;
use crate::bytecode::{Op, UnaryOp};
use crate::obj::Obj;
use crate::parse::ast::{ListId, Node, NodeId, NO_NODE};
use crate::parse::error::check_stack;
use crate::parse::{Error, ErrorKind, Feature};

impl Gen<'_> {
    /// Push the value of expression `id`.
    pub(super) fn expr(&mut self, id: NodeId) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        match ast.node(id) {
            // `__debug__` is a compile-time constant, false from `micropython.opt_level(1)`.
            Node::Name(q) if q == qstr!("__debug__") => {
                self.em.op(if crate::gc::root::state().opt_level.get() == 0 { Op::LoadTrue } else { Op::LoadFalse })
            }
            Node::Name(q) => self.load_name(q),
            Node::Const(i) => {
                let k = self.em.add_const(ast.constant(i))?;
                self.em.op_u16(Op::LoadConst, k)
            }
            Node::NoneLit => self.em.op(Op::LoadNone),
            Node::TrueLit => self.em.op(Op::LoadTrue),
            Node::FalseLit => self.em.op(Op::LoadFalse),
            Node::EllipsisLit => {
                let k = self.em.add_const(Obj::ELLIPSIS)?;
                self.em.op_u16(Op::LoadConst, k)
            }
            Node::Attr(obj, q) => {
                self.expr(obj)?;
                self.em.op_u16(Op::LoadAttr, q.id())
            }
            Node::Subscr(obj, index) => {
                self.expr(obj)?;
                self.expr(index)?;
                self.em.op(Op::LoadSubscr)
            }
            Node::Call(f, args) => self.call(f, args),
            Node::BinOp(op, a, b) => {
                self.expr(a)?;
                self.expr(b)?;
                self.em.op_u8(Op::BinaryOp, op as u8)
            }
            Node::UnaryOp(op, a) => {
                self.expr(a)?;
                self.em.op_u8(Op::UnaryOp, op as u8)
            }
            Node::And(items) => self.bool_op(items, Op::JumpIfFalseOrPop),
            Node::Or(items) => self.bool_op(items, Op::JumpIfTrueOrPop),
            Node::Compare(first, items) => self.compare(first, items),
            Node::IfExp(parts) => {
                let (cond, then, orelse) = (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2));
                let (other, end) = (self.em.new_label()?, self.em.new_label()?);
                self.cond_jump(cond, false, other)?;
                self.expr(then)?;
                self.em.jump(Op::Jump, end)?;
                self.em.place(other)?;
                self.expr(orelse)?;
                self.em.place(end)
            }
            Node::Tuple(items) => self.build(items, Op::BuildTuple),
            Node::List(items) => self.build(items, Op::BuildList),
            Node::Set(items) => self.build(items, Op::BuildSet),
            Node::Dict(items) => {
                let items = ast.list(items);
                if !items.iter().any(|&i| matches!(ast.node(i), Node::DoubleStarred(_))) {
                    for &i in items {
                        self.expr(i)?;
                    }
                    return self.em.op_count(Op::BuildMap, items.len() / 2);
                }
                // `{**m, k: v}`: start empty, then update or add in order.
                self.em.op_u16(Op::BuildMap, 0)?;
                for kv in items.chunks(2) {
                    match (ast.node(kv[0]), kv.get(1)) {
                        (Node::DoubleStarred(m), _) => {
                            self.expr(m)?;
                            self.em.op_u16(Op::DictUpdate, 1)?;
                        }
                        (_, Some(&v)) => {
                            self.expr(kv[0])?;
                            self.expr(v)?;
                            self.em.op_u16(Op::MapAdd, 1)?;
                        }
                        _ => return self.err(ErrorKind::InvalidSyntax),
                    }
                }
                Ok(())
            }
            Node::Lambda(params, body) => {
                self.function(id, qstr!("<lambda>"), params, crate::parse::ast::NO_LIST, body)
            }
            Node::Starred(_) => self.not_supported(Feature::StarExpr),
            #[cfg(mp_feature = "async_await")]
            Node::Await(e) => {
                self.expr(e)?;
                self.await_top()
            }
            #[cfg(mp_feature = "fstrings")]
            Node::FString(fmt, args) => {
                // `fmt.format(*args)`
                self.expr(fmt)?;
                self.em.op_u16(Op::LoadMethod, qstr!("format").id())?;
                let args = ast.list(args);
                self.exprs(args)?;
                let n = u8::try_from(args.len()).or_else(|_| self.err(ErrorKind::TooManyArgs))?;
                self.em.op_u8(Op::CallMethod, n)
            }
            #[cfg(mp_feature = "assign_expr")]
            Node::NamedExpr(q, v) => {
                self.expr(v)?;
                self.em.op(Op::DupTop)?;
                self.store_name(q)
            }
            Node::Slice(parts) => {
                let (start, stop, step) = (ast.item(parts, 0), ast.item(parts, 1), ast.item(parts, 2));
                for x in [start, stop] {
                    if x == NO_NODE {
                        self.em.op(Op::LoadNone)?;
                    } else {
                        self.expr(x)?;
                    }
                }
                if step == NO_NODE {
                    self.em.op_u8(Op::BuildSlice, 2)
                } else {
                    self.expr(step)?;
                    self.em.op_u8(Op::BuildSlice, 3)
                }
            }
            Node::Yield(v) => {
                if v == NO_NODE {
                    self.em.op(Op::LoadNone)?;
                } else {
                    self.expr(v)?;
                }
                self.em.op(Op::YieldValue)
            }
            Node::YieldFrom(v) => {
                self.expr(v)?;
                self.em.op(Op::GetIter)?;
                self.em.op(Op::LoadNone)?;
                self.em.op(Op::YieldFrom)
            }
            Node::ListComp(_, comps) | Node::SetComp(_, comps) | Node::GenExp(_, comps) => {
                self.comprehension(id, comps, 0)
            }
            Node::DictComp(parts) => self.comprehension(id, parts, 2),
            _ => self.err(ErrorKind::InvalidSyntax),
        }
    }

    /// A comprehension in the current code: make its function, call it with the
    /// outermost iterator (`comps` from item `skip` on are the `CompFor` clauses).
    fn comprehension(&mut self, id: NodeId, comps: ListId, skip: usize) -> Result<(), Error> {
        let ast = self.ast;
        let first = ast.list(comps).get(skip).copied().unwrap_or(NO_NODE);
        let Node::CompFor(parts) = ast.node(first) else { return self.err(ErrorKind::InvalidSyntax) };
        let child = self.scopes.find_scope(id).ok_or(Error::syntax(ErrorKind::InvalidSyntax, self.line))?;
        let name = match ast.node(id) {
            Node::ListComp(..) => qstr!("<listcomp>"),
            Node::SetComp(..) => qstr!("<setcomp>"),
            Node::DictComp(..) => qstr!("<dictcomp>"),
            _ => qstr!("<genexpr>"),
        };
        let code = self.child_code(child, name, crate::parse::ast::NO_LIST, NO_NODE)?;
        self.make_function(child, code, 0)?;
        self.expr(ast.item(parts, 1))?;
        self.em.op(Op::GetIter)?;
        self.em.op_u8(Op::CallFunction, 1)
    }

    /// The body of a comprehension's own code object (scope node `node`).
    pub(super) fn comprehension_body(&mut self, node: NodeId) -> Result<(), Error> {
        let ast = self.ast;
        self.line = ast.line(node);
        self.em.set_line(self.line)?;
        let mut elts = [NO_NODE; 2];
        let (kind, comps): (u8, &[u32]) = match ast.node(node) {
            Node::ListComp(e, c) => {
                elts[0] = e;
                (0, ast.list(c))
            }
            Node::SetComp(e, c) => {
                elts[0] = e;
                (1, ast.list(c))
            }
            Node::GenExp(e, c) => {
                elts[0] = e;
                (2, ast.list(c))
            }
            Node::DictComp(p) => {
                let items = ast.list(p);
                if items.len() < 3 {
                    return self.err(ErrorKind::InvalidSyntax);
                }
                elts = [items[0], items[1]];
                (3, &items[2..])
            }
            _ => return self.err(ErrorKind::InvalidSyntax),
        };
        match kind {
            0 => self.em.op_u16(Op::BuildList, 0)?,
            1 => self.em.op_u16(Op::BuildSet, 0)?,
            3 => self.em.op_u16(Op::BuildMap, 0)?,
            _ => {}
        }
        // One loop per `for` clause, innermost last; the element is added in the middle.
        let mut ends: [(crate::compile::emit::Label, crate::compile::emit::Label); 8] = [(0, 0); 8];
        if comps.len() > ends.len() {
            return self.err(ErrorKind::CodeTooBig);
        }
        for (i, &c) in comps.iter().enumerate() {
            let Node::CompFor(parts) = ast.node(c) else { return self.err(ErrorKind::InvalidSyntax) };
            let items = ast.list(parts);
            if i == 0 {
                self.em.op_u16(Op::LoadFast, 0)?;
            } else {
                self.expr(ast.item(parts, 1))?;
                self.em.op(Op::GetIter)?;
            }
            let (top, end) = (self.em.new_label()?, self.em.new_label()?);
            self.em.place(top)?;
            self.em.jump(Op::ForIter, end)?;
            self.assign(ast.item(parts, 0))?;
            for &cond in items.iter().skip(2) {
                self.cond_jump(cond, false, top)?;
            }
            ends[i] = (top, end);
        }
        let depth = comps.len() as u16 + 1;
        match kind {
            2 => {
                self.expr(elts[0])?;
                self.em.op(Op::YieldValue)?;
                self.em.op(Op::PopTop)?;
            }
            3 => {
                self.expr(elts[0])?;
                self.expr(elts[1])?;
                self.em.op_u16(Op::MapAdd, depth)?;
            }
            1 => {
                self.expr(elts[0])?;
                self.em.op_u16(Op::SetAdd, depth)?;
            }
            _ => {
                self.expr(elts[0])?;
                self.em.op_u16(Op::ListAppend, depth)?;
            }
        }
        for &(top, end) in ends[..comps.len()].iter().rev() {
            self.em.jump(Op::Jump, top)?;
            self.em.place(end)?;
        }
        if kind == 2 {
            self.em.op(Op::LoadNone)?;
        }
        self.em.op(Op::ReturnValue)
    }

    fn exprs(&mut self, items: &[u32]) -> Result<(), Error> {
        for &i in items {
            if matches!(self.ast.node(i), Node::Starred(_)) {
                return self.not_supported(Feature::StarExpr);
            }
            self.expr(i)?;
        }
        Ok(())
    }

    fn build(&mut self, items: ListId, op: Op) -> Result<(), Error> {
        let ast = self.ast;
        let items = ast.list(items);
        if !items.iter().any(|&i| matches!(ast.node(i), Node::Starred(_))) {
            self.exprs(items)?;
            return self.em.op_count(op, items.len());
        }
        // `[*a, b]`, `(*a, b)`, `{*a, b}`: start empty, then append or extend.
        let (start, add, extend) = match op {
            Op::BuildSet => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
            _ => (Op::BuildList, Op::ListAppend, Op::ListExtend),
        };
        self.em.op_u16(start, 0)?;
        for &i in items {
            match ast.node(i) {
                Node::Starred(x) => {
                    self.expr(x)?;
                    self.em.op_u16(extend, 1)?;
                }
                _ => {
                    self.expr(i)?;
                    self.em.op_u16(add, 1)?;
                }
            }
        }
        if op == Op::BuildTuple {
            self.em.op(Op::ListToTuple)?;
        }
        Ok(())
    }

    /// `f(args)`, or `obj.m(args)` through `LoadMethod`/`CallMethod`: positional values
    /// then keyword (name, value) pairs on the stack. With `*a` or `**m` among the
    /// arguments, a list and a dict are built and `CallFunctionEx` calls.
    fn call(&mut self, f: NodeId, args: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let args = ast.list(args);
        if args.iter().any(|&a| matches!(ast.node(a), Node::Starred(_) | Node::DoubleStarred(_))) {
            return self.call_ex(f, args);
        }
        let n_kw = args.iter().filter(|&&a| matches!(ast.node(a), Node::Keyword(..))).count();
        let n_pos = args.len() - n_kw;
        let n = u8::try_from(n_pos).or_else(|_| self.err(ErrorKind::TooManyArgs))?;
        let nk = u8::try_from(n_kw).or_else(|_| self.err(ErrorKind::TooManyArgs))?;
        // Zero-argument `super()` in a method: `super(__class__, <first argument>)`.
        if let (Node::Name(q), 0) = (ast.node(f), args.len()) {
            if q == qstr!("super") && self.scope_kind() == super::ScopeKind::Function {
                if let Some(first) = self.scopes.lookup(self.scope, qstr!("__class__")).and(self.first_param()) {
                    self.load_name(q)?;
                    self.load_name(qstr!("__class__"))?;
                    self.load_name(first)?;
                    return self.em.op_u8(Op::CallFunction, 2);
                }
            }
        }
        let method = if let Node::Attr(obj, q) = ast.node(f) {
            self.expr(obj)?;
            self.em.op_u16(Op::LoadMethod, q.id())?;
            true
        } else {
            self.expr(f)?;
            false
        };
        self.push_call_args(args)?;
        match (method, nk) {
            (true, 0) => self.em.op_u8(Op::CallMethod, n),
            (true, _) => self.em.op_u8_u8(Op::CallMethodKw, n, nk),
            (false, 0) => self.em.op_u8(Op::CallFunction, n),
            (false, _) => self.em.op_u8_u8(Op::CallFunctionKw, n, nk),
        }
    }

    /// Push call arguments as the call ops take them: the positional values, then each
    /// keyword as its name (a constant) and value.
    fn push_call_args(&mut self, args: &[u32]) -> Result<(), Error> {
        let ast = self.ast;
        for &a in args {
            if !matches!(ast.node(a), Node::Keyword(..)) {
                self.expr(a)?;
            }
        }
        for &a in args {
            if let Node::Keyword(q, v) = ast.node(a) {
                let k = self.em.add_const(Obj::from_qstr(q))?;
                self.em.op_u16(Op::LoadConst, k)?;
                self.expr(v)?;
            }
        }
        Ok(())
    }

    /// The bases and keywords of a `class` statement, after `__build_class__`, the body
    /// function and the name (two positional arguments already pushed).
    pub(super) fn class_args(&mut self, args: ListId) -> Result<(), Error> {
        let ast = self.ast;
        let args = ast.list(args);
        if args.iter().any(|&a| matches!(ast.node(a), Node::Starred(_) | Node::DoubleStarred(_))) {
            return self.not_supported(Feature::StarExpr);
        }
        let n_kw = args.iter().filter(|&&a| matches!(ast.node(a), Node::Keyword(..))).count();
        let n = u8::try_from(args.len() - n_kw + 2).or_else(|_| self.err(ErrorKind::TooManyArgs))?;
        let nk = u8::try_from(n_kw).or_else(|_| self.err(ErrorKind::TooManyArgs))?;
        self.push_call_args(args)?;
        if nk == 0 {
            self.em.op_u8(Op::CallFunction, n)
        } else {
            self.em.op_u8_u8(Op::CallFunctionKw, n, nk)
        }
    }

    /// The name of the current function's first parameter, if any.
    fn first_param(&self) -> Option<crate::qstr::Qstr> {
        let info = self.scopes.get(self.scope)?;
        if info.n_pos_args == 0 {
            return None;
        }
        self.scopes.names(self.scope).next().map(|n| n.name)
    }

    /// A call with `*args`/`**kwargs`: `f list dict_or_null; CallFunctionEx`.
    fn call_ex(&mut self, f: NodeId, args: &[u32]) -> Result<(), Error> {
        let ast = self.ast;
        self.expr(f)?;
        self.em.op_u16(Op::BuildList, 0)?;
        for &a in args {
            match ast.node(a) {
                Node::Starred(x) => {
                    self.expr(x)?;
                    self.em.op_u16(Op::ListExtend, 1)?;
                }
                Node::Keyword(..) | Node::DoubleStarred(_) => {}
                _ => {
                    self.expr(a)?;
                    self.em.op_u16(Op::ListAppend, 1)?;
                }
            }
        }
        if args.iter().any(|&a| matches!(ast.node(a), Node::Keyword(..) | Node::DoubleStarred(_))) {
            self.em.op_u16(Op::BuildMap, 0)?;
            for &a in args {
                match ast.node(a) {
                    Node::Keyword(q, v) => {
                        let k = self.em.add_const(Obj::from_qstr(q))?;
                        self.em.op_u16(Op::LoadConst, k)?;
                        self.expr(v)?;
                        self.em.op_u16(Op::MapAdd, 1)?;
                    }
                    Node::DoubleStarred(m) => {
                        self.expr(m)?;
                        self.em.op_u16(Op::DictMerge, 1)?;
                    }
                    _ => {}
                }
            }
        } else {
            self.em.op(Op::LoadNull)?;
        }
        self.em.op(Op::CallFunctionEx)
    }

    /// `a and b and c` / `a or b or c`: each operand but the last may end the chain.
    fn bool_op(&mut self, items: ListId, op: Op) -> Result<(), Error> {
        let items = self.ast.list(items);
        let end = self.em.new_label()?;
        for (i, &x) in items.iter().enumerate() {
            self.expr(x)?;
            if i + 1 < items.len() {
                self.em.jump(op, end)?;
            }
        }
        self.em.place(end)
    }

    fn compare(&mut self, first: NodeId, items: ListId) -> Result<(), Error> {
        let items = self.ast.list(items);
        self.expr(first)?;
        let cleanup = if items.len() > 1 { Some(self.em.new_label()?) } else { None };
        for (i, &item) in items.iter().enumerate() {
            let Node::CmpItem(op, rhs) = self.ast.node(item) else { return self.err(ErrorKind::InvalidSyntax) };
            self.expr(rhs)?;
            let last = i + 1 == items.len();
            if let (false, Some(cleanup)) = (last, cleanup) {
                self.em.op(Op::DupTop)?;
                self.em.op(Op::RotThree)?;
                self.em.op_u8(Op::BinaryOp, op as u8)?;
                self.em.jump(Op::JumpIfFalseOrPop, cleanup)?;
            } else {
                self.em.op_u8(Op::BinaryOp, op as u8)?;
            }
        }
        if let Some(cleanup) = cleanup {
            let end = self.em.new_label()?;
            self.em.jump(Op::Jump, end)?;
            self.em.place(cleanup)?;
            self.em.op(Op::RotTwo)?;
            self.em.op(Op::PopTop)?;
            self.em.place(end)?;
        }
        Ok(())
    }

    /// Jump to `label` when `cond` is `jump_if`, else fall through, without building
    /// the intermediate booleans of `and`/`or`/`not`.
    pub(super) fn cond_jump(&mut self, cond: NodeId, jump_if: bool, label: Label) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        match ast.node(cond) {
            Node::TrueLit | Node::FalseLit => {
                if matches!(ast.node(cond), Node::TrueLit) == jump_if {
                    self.em.jump(Op::Jump, label)?;
                }
                Ok(())
            }
            Node::UnaryOp(UnaryOp::Not, x) => self.cond_jump(x, !jump_if, label),
            Node::Or(items) | Node::And(items) => {
                let is_or = matches!(ast.node(cond), Node::Or(_));
                let items = ast.list(items);
                if is_or == jump_if {
                    // Any operand deciding the jump jumps directly.
                    for &x in items {
                        self.cond_jump(x, jump_if, label)?;
                    }
                    return Ok(());
                }
                // Operands but the last skip to the end when they decide the other way.
                let skip = self.em.new_label()?;
                let (last, rest) = items.split_last().map_or((NO_NODE, &[][..]), |(l, r)| (*l, r));
                for &x in rest {
                    self.cond_jump(x, !jump_if, skip)?;
                }
                self.cond_jump(last, jump_if, label)?;
                self.em.place(skip)
            }
            _ => {
                self.expr(cond)?;
                self.em.jump(if jump_if { Op::PopJumpIfTrue } else { Op::PopJumpIfFalse }, label)
            }
        }
    }
}
