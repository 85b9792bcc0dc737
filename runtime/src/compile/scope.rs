//! Scope analysis: which names are locals, cells, free variables or globals in each
//! function (MicroPython's `scope.c` and the scope pass of `compile.c`).
//!
//! One walk over the tree creates a scope per `def`/`lambda` and records, in source
//! order, every name each function binds (parameters first, then assignments, imports,
//! `for` and `except ... as` targets, `del`), reads, or declares `global`/`nonlocal`.
//! Module-level names are not recorded: module code uses `LoadName`/`StoreName`.
//! Then, parents before children, each read-but-unbound or `nonlocal` name is looked up
//! through the enclosing functions: found bound there, it becomes a cell in that
//! function and a free variable here and in every function in between; otherwise it is
//! a global. Finally slots are numbered: parameters, other locals and cells, then free
//! variables last (the layout `obj::code::Code` describes).
//!
//! The names of all scopes share one `GcVec`, each scope's linked through `next`.

use super::Error;
use crate::gc::GcVec;
use crate::obj::code::flags;
use crate::parse::ast::{param, Ast, ListId, Node, NodeId, NO_LIST, NO_NODE};
use crate::parse::error::check_stack;
use crate::parse::ErrorKind;
use crate::qstr::Qstr;

const NONE: u32 = u32::MAX;

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum ScopeKind {
    Module,
    Function,
    Lambda,
    /// A class body: its own names live in the class dict (`LoadName`/`StoreName`);
    /// functions inside it don't see them.
    Class,
    /// A comprehension or generator expression: a function of one argument (`.0`, the
    /// outermost iterator).
    Comprehension,
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NameKind {
    /// Bound in this function (a parameter, assigned, imported, ...).
    Local,
    /// A local that an inner function captures: it lives in a cell.
    Cell,
    /// A variable of an enclosing function, reached through the closure.
    Free,
    /// Declared `global`.
    GlobalExplicit,
    /// Read here and bound in no enclosing function: a global or a builtin.
    GlobalImplicit,
    /// Read but not bound here (before resolution).
    Used,
    /// Declared `nonlocal` (before resolution).
    Nonlocal,
}

#[derive(Clone, Copy, Debug)]
pub struct NameInfo {
    pub name: Qstr,
    pub kind: NameKind,
    /// Local slot (locals, cells and free variables).
    pub slot: u16,
    next: u32,
    line: u32,
}

#[derive(Clone, Copy, Debug)]
pub struct ScopeInfo {
    pub kind: ScopeKind,
    pub parent: u32,
    /// The `Def` or `Lambda` node (`NO_NODE` for the module).
    pub node: NodeId,
    head: u32,
    tail: u32,
    /// Positional parameters.
    pub n_pos_args: u16,
    pub n_posonly_args: u16,
    pub n_kwonly_args: u16,
    /// `code::flags::VARARGS` / `VARKW`.
    pub flags: u16,
    pub n_locals: u16,
    pub n_free: u16,
}

/// The result of the analysis: scope 0 is the module.
pub struct Scopes {
    pub scopes: GcVec<ScopeInfo>,
    pub names: GcVec<NameInfo>,
}

/// The names of one scope in the order they were recorded.
pub struct Names<'a> {
    names: &'a [NameInfo],
    next: u32,
}

impl<'a> Iterator for Names<'a> {
    type Item = NameInfo;
    fn next(&mut self) -> Option<NameInfo> {
        let n = *self.names.get(self.next as usize)?;
        self.next = n.next;
        Some(n)
    }
}

impl Scopes {
    pub fn get(&self, scope: u32) -> Option<ScopeInfo> {
        self.scopes.get(scope as usize).copied()
    }

    /// The scope created for a `Def` or `Lambda` node.
    pub fn find_scope(&self, node: NodeId) -> Option<u32> {
        self.scopes
            .iter()
            .position(|s| s.node == node && s.kind != ScopeKind::Module)
            .and_then(|i| u32::try_from(i).ok())
    }

    pub fn names(&self, scope: u32) -> Names<'_> {
        Names { names: &self.names, next: self.get(scope).map_or(NONE, |s| s.head) }
    }

    fn find(&self, scope: u32, q: Qstr) -> Option<u32> {
        let mut i = self.get(scope)?.head;
        while let Some(n) = self.names.get(i as usize) {
            if n.name == q {
                return Some(i);
            }
            i = n.next;
        }
        None
    }

    pub fn lookup(&self, scope: u32, q: Qstr) -> Option<NameInfo> {
        self.find(scope, q).and_then(|i| self.names.get(i as usize).copied())
    }

    fn set_kind(&mut self, i: u32, kind: NameKind) {
        if let Some(n) = self.names.get_mut(i as usize) {
            n.kind = kind;
        }
    }

    fn insert(&mut self, scope: u32, q: Qstr, kind: NameKind, line: u32) -> Result<u32, Error> {
        let i =
            u32::try_from(self.names.len()).ok().filter(|&i| i != NONE).ok_or_else(crate::obj::exc::memory_error)?;
        self.names.push(NameInfo { name: q, kind, slot: 0, next: NONE, line })?;
        let Some(s) = self.scopes.get_mut(scope as usize) else { return Ok(i) };
        let tail = s.tail;
        s.tail = i;
        if tail == NONE {
            s.head = i;
        } else if let Some(t) = self.names.get_mut(tail as usize) {
            t.next = i;
        }
        Ok(i)
    }
}

/// Analyse the scopes of `ast`.
///
/// # Errors
/// `identifier redefined as global`/`nonlocal`, `no binding for nonlocal found`,
/// `can't declare nonlocal in outer code`, `code too big` (over 65535 locals),
/// `MemoryError`, `RuntimeError` (too deep).
pub fn analyze(ast: &Ast) -> Result<Scopes, Error> {
    let mut w = Walker { ast, s: Scopes { scopes: GcVec::new(), names: GcVec::new() }, cur: 0, stmt_line: 1 };
    w.new_scope(ScopeKind::Module, NONE, NO_NODE)?;
    w.stmts(ast.root)?;
    w.resolve()?;
    w.number_slots()?;
    Ok(w.s)
}

struct Walker<'a> {
    ast: &'a Ast,
    s: Scopes,
    cur: u32,
    /// The line of the statement being walked: a name (a leaf of the tree) has none.
    stmt_line: u32,
}

impl Walker<'_> {
    fn new_scope(&mut self, kind: ScopeKind, parent: u32, node: NodeId) -> Result<u32, Error> {
        let id = u32::try_from(self.s.scopes.len()).map_err(|_| crate::obj::exc::memory_error())?;
        self.s.scopes.push(ScopeInfo {
            kind,
            parent,
            node,
            head: NONE,
            tail: NONE,
            n_pos_args: 0,
            n_posonly_args: 0,
            n_kwonly_args: 0,
            flags: 0,
            n_locals: 0,
            n_free: 0,
        })?;
        Ok(id)
    }

    /// The line of node `id`, or the statement's for a leaf.
    fn line_of(&self, id: NodeId) -> u32 {
        match self.ast.line(id) {
            0 => self.stmt_line,
            l => l,
        }
    }

    fn at_module(&self) -> bool {
        self.cur == 0
    }

    /// A name is assigned (or imported, deleted, ...) in the current scope.
    fn bind(&mut self, q: Qstr, line: u32) -> Result<(), Error> {
        if self.at_module() {
            return Ok(());
        }
        match self.s.find(self.cur, q) {
            Some(i) => {
                if self.s.names.get(i as usize).map(|n| n.kind) == Some(NameKind::Used) {
                    self.s.set_kind(i, NameKind::Local);
                }
            }
            None => {
                self.s.insert(self.cur, q, NameKind::Local, line)?;
            }
        }
        Ok(())
    }

    /// A name is read in the current scope.
    fn use_name(&mut self, q: Qstr, line: u32) -> Result<(), Error> {
        if !self.at_module() && self.s.find(self.cur, q).is_none() {
            self.s.insert(self.cur, q, NameKind::Used, line)?;
        }
        // Zero-argument `super()` in a method reads the class through `__class__`.
        if q == qstr!("super") && self.kind() == ScopeKind::Function {
            let parent = self.s.get(self.cur).map_or(NONE, |s| s.parent);
            if self.s.get(parent).is_some_and(|p| p.kind == ScopeKind::Class)
                && self.s.find(self.cur, qstr!("__class__")).is_none()
            {
                self.s.insert(self.cur, qstr!("__class__"), NameKind::Used, line)?;
            }
        }
        Ok(())
    }

    /// `q := ...` binds `q` in the nearest scope that is not a comprehension (PEP 572);
    /// inside comprehensions the name is then a free variable.
    fn bind_walrus(&mut self, q: Qstr, line: u32) -> Result<(), Error> {
        let mut target = self.cur;
        while self.s.get(target).is_some_and(|s| s.kind == ScopeKind::Comprehension) {
            target = self.s.get(target).map_or(0, |s| s.parent);
        }
        if target == self.cur {
            return self.bind(q, line);
        }
        let inner = core::mem::replace(&mut self.cur, target);
        let r = self.bind(q, line);
        self.cur = inner;
        r?;
        self.use_name(q, line)?;
        // In the comprehension the name refers to that binding: a global when the target
        // is the module, else a free variable found by resolution (as `nonlocal`).
        let kind = if target == 0 { NameKind::GlobalExplicit } else { NameKind::Nonlocal };
        if let Some(i) = self.s.find(self.cur, q) {
            self.s.set_kind(i, kind);
        }
        Ok(())
    }

    fn kind(&self) -> ScopeKind {
        self.s.get(self.cur).map_or(ScopeKind::Module, |s| s.kind)
    }

    /// `yield` in the current scope: it becomes a generator.
    fn mark_generator(&mut self, line: u32) -> Result<(), Error> {
        match self.kind() {
            ScopeKind::Module | ScopeKind::Class => Err(Error::syntax(ErrorKind::YieldOutsideFunction, line)),
            _ => {
                if let Some(s) = self.s.scopes.get_mut(self.cur as usize) {
                    s.flags |= flags::GENERATOR;
                }
                Ok(())
            }
        }
    }

    fn declare(&mut self, q: Qstr, global: bool, line: u32) -> Result<(), Error> {
        if self.at_module() {
            if global {
                return Ok(());
            }
            return Err(Error::syntax(ErrorKind::NonlocalAtModule, line));
        }
        let (want, redefined) = if global {
            (NameKind::GlobalExplicit, ErrorKind::RedefinedGlobal)
        } else {
            (NameKind::Nonlocal, ErrorKind::RedefinedNonlocal)
        };
        match self.s.find(self.cur, q) {
            None => {
                self.s.insert(self.cur, q, want, line)?;
            }
            Some(i) => match self.s.names.get(i as usize).map(|n| n.kind) {
                Some(NameKind::Used) => {
                    self.s.set_kind(i, want);
                    if let Some(n) = self.s.names.get_mut(i as usize) {
                        n.line = line;
                    }
                }
                Some(k) if k == want => {}
                _ => return Err(Error::syntax(redefined, line)),
            },
        }
        Ok(())
    }

    fn stmts(&mut self, list: ListId) -> Result<(), Error> {
        for &s in self.ast.list(list) {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn exprs(&mut self, list: ListId) -> Result<(), Error> {
        for &e in self.ast.list(list) {
            self.expr(e)?;
        }
        Ok(())
    }

    fn opt_expr(&mut self, id: NodeId) -> Result<(), Error> {
        if id != NO_NODE {
            self.expr(id)?;
        }
        Ok(())
    }

    fn stmt(&mut self, mut id: NodeId) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        let line = ast.line(id);
        self.stmt_line = line;
        match ast.node(id) {
            Node::Expr(e) => self.expr(e)?,
            Node::Assign(targets, value) => {
                self.expr(value)?;
                for &t in ast.list(targets) {
                    self.target(t)?;
                }
            }
            Node::AugAssign(_, target, value) => {
                if let Node::Name(q) = ast.node(target) {
                    self.use_name(q, line)?;
                }
                self.target(target)?;
                self.expr(value)?;
            }
            Node::Del(targets) => {
                for &t in ast.list(targets) {
                    self.target(t)?;
                }
            }
            Node::Return(e) => self.opt_expr(e)?,
            Node::Raise(e, cause) | Node::Assert(e, cause) => {
                self.opt_expr(e)?;
                self.opt_expr(cause)?;
            }
            Node::Global(names) | Node::Nonlocal(names) => {
                let global = matches!(ast.node(id), Node::Global(_));
                for &q in ast.list(names) {
                    self.declare(Qstr::from_id(q as u16), global, line)?;
                }
            }
            Node::Import(aliases) | Node::ImportFrom(_, aliases, _) => {
                for &a in ast.list(aliases) {
                    if let Node::Alias(_, as_name, _) = ast.node(a) {
                        self.bind(as_name, line)?;
                    }
                }
            }
            Node::If(_) => {
                while let Node::If(parts) = ast.node(id) {
                    self.expr(ast.item(parts, 0))?;
                    self.stmts(ast.item(parts, 1))?;
                    let orelse = ast.item(parts, 2);
                    match ast.list(orelse) {
                        [only] if matches!(ast.node(*only), Node::If(_)) => id = *only,
                        _ => {
                            self.stmts(orelse)?;
                            break;
                        }
                    }
                }
            }
            Node::While(parts) => {
                self.expr(ast.item(parts, 0))?;
                self.stmts(ast.item(parts, 1))?;
                self.stmts(ast.item(parts, 2))?;
            }
            Node::For(parts) => {
                self.expr(ast.item(parts, 1))?;
                self.target(ast.item(parts, 0))?;
                self.stmts(ast.item(parts, 2))?;
                self.stmts(ast.item(parts, 3))?;
            }
            Node::Try(parts) => {
                self.stmts(ast.item(parts, 3))?;
                self.stmts(ast.item(parts, 0))?;
                for &h in ast.list(ast.item(parts, 1)) {
                    if let Node::Handler(ty, name, body) = ast.node(h) {
                        self.opt_expr(ty)?;
                        if name != qstr!("") {
                            self.bind(name, ast.line(h))?;
                        }
                        self.stmts(body)?;
                    }
                }
                self.stmts(ast.item(parts, 2))?;
            }
            Node::Def(name, params, body) => {
                self.defaults(params)?;
                self.bind(name, line)?;
                self.function(id, ScopeKind::Function, params, body, NO_NODE)?;
            }
            Node::Decorated(decorators, def) => {
                self.exprs(decorators)?;
                self.stmt(def)?;
            }
            Node::Class(name, args, body) => {
                self.exprs(args)?;
                self.bind(name, line)?;
                let scope = self.new_scope(ScopeKind::Class, self.cur, id)?;
                let outer = core::mem::replace(&mut self.cur, scope);
                let r = self.s.insert(scope, qstr!("__class__"), NameKind::Local, line).and_then(|_| self.stmts(body));
                self.cur = outer;
                r.map_err(|e| e.in_block(name))?;
            }
            Node::Async(inner) => match ast.node(inner) {
                Node::Def(name, params, body) => {
                    self.defaults(params)?;
                    self.bind(name, line)?;
                    self.function(inner, ScopeKind::Function, params, body, NO_NODE)?;
                    // A coroutine is a generator, as in MicroPython.
                    if let Some(sc) = self.s.find_scope(inner).and_then(|i| self.s.scopes.get_mut(i as usize)) {
                        sc.flags |= flags::GENERATOR;
                    }
                }
                _ => {
                    self.mark_generator(line)?;
                    self.stmt(inner)?;
                }
            },
            Node::With(items, body) => {
                for &it in ast.list(items) {
                    if let Node::WithItem(ctx, target) = ast.node(it) {
                        self.expr(ctx)?;
                        if target != NO_NODE {
                            self.target(target)?;
                        }
                    }
                }
                self.stmts(body)?;
            }
            // An eval input's root holds an expression, not a statement.
            _ => self.expr(id)?,
        }
        Ok(())
    }

    /// A comprehension: the outermost iterable here, the rest in a new scope.
    fn comprehension(&mut self, node: NodeId, elts: &[NodeId], comps: &[NodeId]) -> Result<(), Error> {
        let ast = self.ast;
        let Some(&first) = comps.first() else { return Ok(()) };
        let Node::CompFor(parts) = ast.node(first) else { return Ok(()) };
        self.expr(ast.item(parts, 1))?;
        let scope = self.new_scope(ScopeKind::Comprehension, self.cur, node)?;
        let outer = core::mem::replace(&mut self.cur, scope);
        let r = self.comprehension_inner(scope, node, elts, comps);
        self.cur = outer;
        r
    }

    fn comprehension_inner(
        &mut self,
        scope: u32,
        node: NodeId,
        elts: &[NodeId],
        comps: &[NodeId],
    ) -> Result<(), Error> {
        let ast = self.ast;
        let line = ast.line(node);
        self.s.insert(scope, qstr!(".0"), NameKind::Local, line)?;
        if let Some(s) = self.s.scopes.get_mut(scope as usize) {
            s.n_pos_args = 1;
            if matches!(ast.node(node), Node::GenExp(..)) {
                s.flags |= flags::GENERATOR;
            }
        }
        for (i, &c) in comps.iter().enumerate() {
            let Node::CompFor(parts) = ast.node(c) else { continue };
            let items = ast.list(parts);
            if i > 0 {
                self.expr(ast.item(parts, 1))?;
            }
            self.target(ast.item(parts, 0))?;
            for &cond in items.iter().skip(2) {
                self.expr(cond)?;
            }
        }
        for &e in elts {
            self.expr(e)?;
        }
        Ok(())
    }

    fn defaults(&mut self, params: ListId) -> Result<(), Error> {
        for &p in self.ast.list(params) {
            if let Node::Param(_, default, _) = self.ast.node(p) {
                self.opt_expr(default)?;
            }
        }
        Ok(())
    }

    /// A new function scope for `node`: bind its parameters, walk its body.
    fn function(
        &mut self,
        node: NodeId,
        kind: ScopeKind,
        params: ListId,
        body: ListId,
        body_expr: NodeId,
    ) -> Result<(), Error> {
        let scope = self.new_scope(kind, self.cur, node)?;
        let outer = core::mem::replace(&mut self.cur, scope);
        let r = self.function_inner(scope, params, body, body_expr);
        self.cur = outer;
        r.map_err(|e| e.in_block(self.block_name(node)))
    }

    /// The name a traceback gives the function of `node`.
    fn block_name(&self, node: NodeId) -> Qstr {
        match self.ast.node(node) {
            Node::Def(name, _, _) => name,
            _ => qstr!("<lambda>"),
        }
    }

    fn function_inner(&mut self, scope: u32, params: ListId, body: ListId, body_expr: NodeId) -> Result<(), Error> {
        let ast = self.ast;
        let (mut n_pos, mut n_posonly, mut n_kwonly, mut fl) = (0u16, 0u16, 0u16, 0u16);
        // Slots: positional, keyword-only, `*args`, `**kwargs` (the layout `Code` describes).
        for pass in [param::POSITIONAL, param::KW_ONLY, param::STAR, param::DOUBLE_STAR] {
            for &p in ast.list(params) {
                let Node::Param(q, _, kind) = ast.node(p) else { continue };
                if kind == param::SLASH && pass == param::POSITIONAL {
                    n_posonly = n_pos;
                    continue;
                }
                if kind != pass || q == qstr!("") {
                    continue;
                }
                self.s.insert(scope, q, NameKind::Local, ast.line(p))?;
                match kind {
                    param::STAR => fl |= flags::VARARGS,
                    param::DOUBLE_STAR => fl |= flags::VARKW,
                    param::KW_ONLY => n_kwonly = n_kwonly.saturating_add(1),
                    _ => n_pos = n_pos.saturating_add(1),
                }
            }
        }
        if let Some(s) = self.s.scopes.get_mut(scope as usize) {
            s.n_pos_args = n_pos;
            s.n_posonly_args = n_posonly;
            s.n_kwonly_args = n_kwonly;
            s.flags |= fl;
        }
        if body != NO_LIST {
            self.stmts(body)?;
        }
        self.opt_expr(body_expr)
    }

    /// An assignment (or `del`) target.
    fn target(&mut self, id: NodeId) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        match ast.node(id) {
            Node::Name(q) => self.bind(q, self.line_of(id)),
            Node::Attr(o, _) => self.expr(o),
            Node::Subscr(o, i) => {
                self.expr(o)?;
                self.expr(i)
            }
            Node::Tuple(items) | Node::List(items) => {
                for &t in ast.list(items) {
                    self.target(t)?;
                }
                Ok(())
            }
            Node::Starred(t) => self.target(t),
            _ => Ok(()),
        }
    }

    fn expr(&mut self, id: NodeId) -> Result<(), Error> {
        check_stack()?;
        let ast = self.ast;
        match ast.node(id) {
            Node::Name(q) => self.use_name(q, self.line_of(id))?,
            Node::Attr(e, _) | Node::UnaryOp(_, e) | Node::Starred(e) | Node::CmpItem(_, e) => self.expr(e)?,
            Node::Subscr(a, b) | Node::BinOp(_, a, b) => {
                self.expr(a)?;
                self.expr(b)?;
            }
            Node::Call(f, args) | Node::Compare(f, args) => {
                self.expr(f)?;
                self.exprs(args)?;
            }
            Node::And(l)
            | Node::Or(l)
            | Node::IfExp(l)
            | Node::Tuple(l)
            | Node::List(l)
            | Node::Dict(l)
            | Node::Slice(l)
            | Node::Set(l) => {
                self.exprs(l)?;
            }
            Node::Lambda(params, body) => {
                self.defaults(params)?;
                self.function(id, ScopeKind::Lambda, params, NO_LIST, body)?;
            }
            Node::Keyword(_, e) | Node::DoubleStarred(e) => self.expr(e)?,
            Node::FString(_, args) => self.exprs(args)?,
            Node::NamedExpr(q, v) => {
                self.expr(v)?;
                self.bind_walrus(q, ast.line(id))?;
            }
            Node::Yield(e) | Node::YieldFrom(e) | Node::Await(e) => {
                let line = ast.line(id);
                if matches!(ast.node(id), Node::Await(_)) && matches!(self.kind(), ScopeKind::Module | ScopeKind::Class)
                {
                    return Err(Error::syntax(ErrorKind::AwaitOutsideFunction, line));
                }
                self.mark_generator(line)?;
                self.opt_expr(e)?;
            }
            Node::ListComp(elt, comps) | Node::SetComp(elt, comps) | Node::GenExp(elt, comps) => {
                self.comprehension(id, &[elt], ast.list(comps))?;
            }
            Node::DictComp(parts) => {
                let items = ast.list(parts);
                if items.len() >= 2 {
                    self.comprehension(id, &items[..2], &items[2..])?;
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Decide every `Used` and `Nonlocal` name (see the module docs).
    fn resolve(&mut self) -> Result<(), Error> {
        for s in 1..self.s.scopes.len() as u32 {
            let mut i = self.s.get(s).map_or(NONE, |sc| sc.head);
            while let Some(n) = self.s.names.get(i as usize).copied() {
                if matches!(n.kind, NameKind::Used | NameKind::Nonlocal) {
                    self.resolve_one(s, i, n)?;
                }
                i = n.next;
            }
        }
        Ok(())
    }

    fn resolve_one(&mut self, s: u32, i: u32, n: NameInfo) -> Result<(), Error> {
        let mut a = self.s.get(s).map_or(NONE, |sc| sc.parent);
        let mut found = None;
        while let Some(sc) = self.s.get(a).filter(|sc| sc.kind != ScopeKind::Module) {
            // A class body's names are not visible to the functions inside it, except the
            // implicit `__class__` cell.
            let visible = sc.kind != ScopeKind::Class || n.name == qstr!("__class__");
            if let Some(j) = self.s.find(a, n.name).filter(|_| visible) {
                match self.s.names.get(j as usize).map(|m| m.kind) {
                    Some(NameKind::Local | NameKind::Cell | NameKind::Free) => {
                        found = Some((a, j));
                        break;
                    }
                    Some(NameKind::GlobalExplicit) => break,
                    _ => {}
                }
            }
            a = sc.parent;
        }
        let Some((a, j)) = found else {
            if n.kind == NameKind::Nonlocal {
                // Reported in the function that declared it, as MicroPython does.
                let block = self.s.get(s).map_or(qstr!("<module>"), |sc| self.block_name(sc.node));
                return Err(Error::syntax(ErrorKind::NoNonlocalBinding, n.line).in_block(block));
            }
            self.s.set_kind(i, NameKind::GlobalImplicit);
            return Ok(());
        };
        if self.s.names.get(j as usize).map(|m| m.kind) == Some(NameKind::Local) {
            self.s.set_kind(j, NameKind::Cell);
        }
        self.s.set_kind(i, NameKind::Free);
        let mut m = self.s.get(s).map_or(NONE, |sc| sc.parent);
        while m != a && m != NONE {
            match self.s.find(m, n.name) {
                Some(k) => self.s.set_kind(k, NameKind::Free),
                None => {
                    self.s.insert(m, n.name, NameKind::Free, n.line)?;
                }
            }
            m = self.s.get(m).map_or(NONE, |sc| sc.parent);
        }
        Ok(())
    }

    /// Number the slots of every function: locals and cells in order (parameters were
    /// recorded first), then free variables.
    fn number_slots(&mut self) -> Result<(), Error> {
        for s in 1..self.s.scopes.len() as u32 {
            let mut slot: u32 = 0;
            let mut n_free: u32 = 0;
            for pass_free in [false, true] {
                let mut i = self.s.get(s).map_or(NONE, |sc| sc.head);
                while let Some(n) = self.s.names.get_mut(i as usize) {
                    let take = match n.kind {
                        NameKind::Local | NameKind::Cell => !pass_free,
                        NameKind::Free => pass_free,
                        _ => false,
                    };
                    if take {
                        let line = n.line;
                        n.slot = u16::try_from(slot).map_err(|_| Error::syntax(ErrorKind::CodeTooBig, line))?;
                        slot += 1;
                        n_free += u32::from(pass_free);
                    }
                    i = n.next;
                }
            }
            if let Some(sc) = self.s.scopes.get_mut(s as usize) {
                sc.n_locals = u16::try_from(slot).unwrap_or(u16::MAX);
                sc.n_free = u16::try_from(n_free).unwrap_or(u16::MAX);
            }
        }
        Ok(())
    }
}
