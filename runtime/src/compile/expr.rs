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
                for &i in items {
                    self.expr(i)?;
                }
                self.em.op_count(Op::BuildMap, items.len() / 2)
            }
            Node::Lambda(params, body) => {
                self.function(id, qstr!("<lambda>"), params, crate::parse::ast::NO_LIST, body)
            }
            Node::Starred(_) => self.not_supported(Feature::StarExpr),
            _ => self.err(ErrorKind::InvalidSyntax),
        }
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
        let items = self.ast.list(items);
        self.exprs(items)?;
        self.em.op_count(op, items.len())
    }

    /// `f(args)`, or `obj.m(args)` through `LoadMethod`/`CallMethod`.
    fn call(&mut self, f: NodeId, args: ListId) -> Result<(), Error> {
        let args = self.ast.list(args);
        let n = u8::try_from(args.len()).or_else(|_| self.err(ErrorKind::TooManyArgs))?;
        if let Node::Attr(obj, q) = self.ast.node(f) {
            self.expr(obj)?;
            self.em.op_u16(Op::LoadMethod, q.id())?;
            self.exprs(args)?;
            return self.em.op_u8(Op::CallMethod, n);
        }
        self.expr(f)?;
        self.exprs(args)?;
        self.em.op_u8(Op::CallFunction, n)
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
