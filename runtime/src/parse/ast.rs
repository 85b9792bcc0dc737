//! The syntax tree: small `Copy` nodes in one arena, with `u32` child indices.
//!
//! Leaves (a name, a constant, `None`, `True`, `False`, `...`) take no room: their id
//! carries them (see [`leaf`]), as MicroPython's parse tree keeps terminals in the parent's
//! word. A leaf has no line of its own (`Ast::line` gives 0); the statement's is used.
//!
//! Everything lives in four `GcVec`s owned by [`Ast`]: the nodes, their source lines (a
//! parallel array), a store of variable-length lists (each a length word followed by the
//! items; a [`ListId`] is the index of the length word) and the literal constants. Items
//! of a list are node ids, except where a variant says otherwise (qstr ids, or other
//! list ids in the fixed-layout "parts" lists of compound statements). The tree is dropped
//! as soon as the compiler has emitted its code.

use crate::bytecode::{BinOp, UnaryOp};
use crate::gc::GcVec;
use crate::obj::exc::Exc;
use crate::obj::Obj;
use crate::qstr::Qstr;

/// Index of a node in [`Ast::nodes`].
pub type NodeId = u32;
/// Index of a list's length word in [`Ast::lists`].
pub type ListId = u32;
/// An absent optional node (`return` without a value, an `except:` without a type).
pub const NO_NODE: NodeId = u32::MAX;
/// An absent optional list (no `else:` block).
pub const NO_LIST: ListId = u32::MAX;

/// Parameter kinds (`Node::Param`).
pub mod param {
    pub const POSITIONAL: u8 = 0;
    /// `*args`.
    pub const STAR: u8 = 1;
    /// `**kwargs`.
    pub const DOUBLE_STAR: u8 = 2;
    /// A parameter after `*` or `*args`: passed by keyword only (default maybe `NO_NODE`).
    pub const KW_ONLY: u8 = 3;
    /// The `/` marker (name is the empty qstr): the parameters before it are positional-only.
    pub const SLASH: u8 = 4;
}
// A bare `*` separator is `Param(qstr!(""), NO_NODE, STAR)`.

/// One node. Expressions first, then statements.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Node {
    /// Placeholder for an index out of range (never produced by the parser).
    Missing,
    Name(Qstr),
    /// An int or str literal: `Ast::consts[i]`.
    Const(u32),
    NoneLit,
    TrueLit,
    FalseLit,
    EllipsisLit,
    Attr(NodeId, Qstr),
    Subscr(NodeId, NodeId),
    /// Function and arguments: expressions, then `Starred` (`*a`), `Keyword` (`k=v`) and
    /// `DoubleStarred` (`**m`) nodes in source order.
    Call(NodeId, ListId),
    /// `start:stop:step` in a subscript: parts `[start, stop, step]`, each maybe `NO_NODE`
    /// (`step` is `NO_NODE` also when there is no second colon).
    Slice(ListId),
    /// `await e`.
    Await(NodeId),
    /// `async def`, `async for`, `async with`: the `Def`, `For` or `With` node.
    Async(NodeId),
    /// `name := value`.
    NamedExpr(Qstr, NodeId),
    /// An f-string: the format string (a constant) and the replacement field values, each
    /// already wrapped as `format(value, spec)` calls or conversions by the parser; the
    /// compiler emits `fmt.format(*values)`.
    FString(NodeId, ListId),
    /// `name=value` in a call or a class's base list.
    Keyword(Qstr, NodeId),
    /// `**mapping` in a call or a class's base list.
    DoubleStarred(NodeId),
    /// `yield` (value maybe `NO_NODE`; `yield a, b` yields a `Tuple`).
    Yield(NodeId),
    /// `yield from x`.
    YieldFrom(NodeId),
    /// `[elt for ...]`: element and `CompFor` nodes (one per `for`, outermost first).
    ListComp(NodeId, ListId),
    /// `{elt for ...}`.
    SetComp(NodeId, ListId),
    /// `(elt for ...)`, also the bare generator argument of a call `f(x for x in y)`.
    GenExp(NodeId, ListId),
    /// `{k: v for ...}`: parts `[key, value, CompFor...]`.
    DictComp(ListId),
    /// One `for target in iter if c1 if c2` clause: parts `[target, iter, c1, c2, ...]`
    /// (the `iter` is parsed at the `or_test` level, as in CPython's grammar).
    CompFor(ListId),
    BinOp(BinOp, NodeId, NodeId),
    UnaryOp(UnaryOp, NodeId),
    And(ListId),
    Or(ListId),
    /// The first operand, then `CmpItem`s.
    Compare(NodeId, ListId),
    CmpItem(BinOp, NodeId),
    /// Parts `[cond, then, else]`.
    IfExp(ListId),
    Tuple(ListId),
    List(ListId),
    /// Keys and values alternating.
    Dict(ListId),
    Set(ListId),
    Starred(NodeId),
    /// `Param` nodes and the body expression.
    Lambda(ListId, NodeId),
    /// Name, default (or `NO_NODE`), kind (`param::*`).
    Param(Qstr, NodeId, u8),

    /// An expression statement.
    Expr(NodeId),
    /// Targets (`a = b = value`) and the value.
    Assign(ListId, NodeId),
    AugAssign(BinOp, NodeId, NodeId),
    Del(ListId),
    Pass,
    Break,
    Continue,
    Return(NodeId),
    /// Exception and cause, each maybe `NO_NODE`.
    Raise(NodeId, NodeId),
    /// Test and message (maybe `NO_NODE`).
    Assert(NodeId, NodeId),
    /// Qstr ids.
    Global(ListId),
    /// Qstr ids.
    Nonlocal(ListId),
    /// `Alias` nodes.
    Import(ListId),
    /// Module name (the empty qstr for `from . import x`), `Alias` nodes (one `Alias` of
    /// `*` for `import *`), and the number of leading dots (relative level).
    ImportFrom(Qstr, ListId, u8),
    /// Name (dotted names are one qstr `a.b`), the name it is bound to, whether `as` was given.
    Alias(Qstr, Qstr, bool),
    /// Parts `[cond, body, orelse]` (lists; orelse may be `NO_LIST`). `elif` is an
    /// orelse holding one `If`.
    If(ListId),
    /// Parts `[cond, body, orelse]`.
    While(ListId),
    /// Parts `[target, iter, body, orelse]`.
    For(ListId),
    /// Parts `[body, handlers, orelse, finalbody]`: `handlers` may be empty when a
    /// `finally` is given; `orelse` and `finalbody` may be `NO_LIST`.
    Try(ListId),
    /// Type (maybe `NO_NODE`), name bound with `as` (the empty qstr if none), body.
    Handler(NodeId, Qstr, ListId),
    /// Name, `Param` nodes, body.
    Def(Qstr, ListId, ListId),
    /// `class Name(args): body`: the arguments as in `Call` (bases, then `Keyword` such
    /// as `metaclass=`; may be empty).
    Class(Qstr, ListId, ListId),
    /// Decorator expressions (outermost first, as written top to bottom) and the `Def`
    /// or `Class` node they apply to.
    Decorated(ListId, NodeId),
    /// `with a as x, b: body`: `WithItem` nodes and the body.
    With(ListId, ListId),
    /// The context expression and the `as` target (maybe `NO_NODE`; any assignable target).
    WithItem(NodeId, NodeId),
}

/// A parsed module (or expression).
pub struct Ast {
    pub nodes: GcVec<Node>,
    pub lines: GcVec<u32>,
    pub lists: GcVec<u32>,
    pub consts: GcVec<Obj>,
    /// The module's statement list, or for an eval input a one-item list holding the expression.
    pub root: ListId,
}

impl Ast {
    pub const fn new() -> Ast {
        Ast { nodes: GcVec::new(), lines: GcVec::new(), lists: GcVec::new(), consts: GcVec::new(), root: NO_LIST }
    }

    /// # Errors
    /// `MemoryError`; `CodeTooBig`-style overflow of the `u32` index space is reported as
    /// `MemoryError` too (it needs more memory than any board has).
    /// Forget every node, list and constant, keeping the arrays' room for the next tree.
    pub fn clear(&mut self) {
        self.nodes.clear();
        self.lines.clear();
        self.lists.clear();
        self.consts.clear();
        self.root = NO_LIST;
    }

    pub fn add(&mut self, node: Node, line: u32) -> Result<NodeId, Exc> {
        if let Some(id) = leaf(node) {
            return Ok(id);
        }
        let id =
            u32::try_from(self.nodes.len()).ok().filter(|&i| i < LEAF).ok_or_else(crate::obj::exc::memory_error)?;
        self.nodes.push(node)?;
        if let Err(e) = self.lines.push(line) {
            self.nodes.pop();
            return Err(e);
        }
        Ok(id)
    }

    /// A new list holding `items`.
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn add_list(&mut self, items: &[u32]) -> Result<ListId, Exc> {
        let id =
            u32::try_from(self.lists.len()).ok().filter(|&i| i != NO_LIST).ok_or_else(crate::obj::exc::memory_error)?;
        let len = u32::try_from(items.len()).map_err(|_| crate::obj::exc::memory_error())?;
        self.lists.reserve(items.len().saturating_add(1))?;
        self.lists.push(len)?;
        self.lists.extend_from_slice(items)?;
        Ok(id)
    }

    /// # Errors
    /// `MemoryError`.
    pub fn add_const(&mut self, o: Obj) -> Result<u32, Exc> {
        let id = u32::try_from(self.consts.len()).map_err(|_| crate::obj::exc::memory_error())?;
        self.consts.push(o)?;
        Ok(id)
    }

    /// The node `id` (`Missing` if out of range).
    #[inline]
    pub fn node(&self, id: NodeId) -> Node {
        if id & LEAF != 0 {
            return leaf_node(id);
        }
        self.nodes.get(id as usize).copied().unwrap_or(Node::Missing)
    }

    /// The line of node `id`; 0 for a leaf (or an id out of range).
    #[inline]
    pub fn line(&self, id: NodeId) -> u32 {
        self.lines.get(id as usize).copied().unwrap_or(0)
    }

    /// The items of list `id` (empty for `NO_LIST` or out of range).
    pub fn list(&self, id: ListId) -> &[u32] {
        let start = id as usize;
        let Some(&len) = self.lists.get(start) else { return &[] };
        let first = start + 1;
        self.lists.get(first..first.saturating_add(len as usize)).unwrap_or(&[])
    }

    /// Item `i` of list `id` (`NO_NODE` if absent).
    #[inline]
    pub fn item(&self, id: ListId, i: usize) -> u32 {
        self.list(id).get(i).copied().unwrap_or(NO_NODE)
    }

    /// The constant `i`.
    pub fn constant(&self, i: u32) -> Obj {
        self.consts.get(i as usize).copied().unwrap_or(Obj::NONE)
    }
}

/// The id bit of a leaf: its kind in bits 24 to 30, its payload (a qstr id or a constant's
/// index) below. Arena ids stay below it; `NO_NODE` has it, with a kind no leaf has.
const LEAF: u32 = 1 << 31;
const LEAF_KIND_SHIFT: u32 = 24;
const LEAF_PAYLOAD: u32 = (1 << LEAF_KIND_SHIFT) - 1;

/// The id that carries `node`, if it is a leaf.
fn leaf(node: Node) -> Option<NodeId> {
    let (kind, payload) = match node {
        Node::Name(q) => (1, u32::from(q.id())),
        Node::Const(i) if i <= LEAF_PAYLOAD => (2, i),
        Node::NoneLit => (3, 0),
        Node::TrueLit => (4, 0),
        Node::FalseLit => (5, 0),
        Node::EllipsisLit => (6, 0),
        _ => return None,
    };
    Some(LEAF | kind << LEAF_KIND_SHIFT | payload)
}

/// The node a leaf id carries (`Missing` for `NO_NODE`).
fn leaf_node(id: NodeId) -> Node {
    let payload = id & LEAF_PAYLOAD;
    match (id & !LEAF) >> LEAF_KIND_SHIFT {
        1 => Node::Name(Qstr::from_id(payload as u16)),
        2 => Node::Const(payload),
        3 => Node::NoneLit,
        4 => Node::TrueLit,
        5 => Node::FalseLit,
        6 => Node::EllipsisLit,
        _ => Node::Missing,
    }
}

impl Default for Ast {
    fn default() -> Self {
        Self::new()
    }
}
