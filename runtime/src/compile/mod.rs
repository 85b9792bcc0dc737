//! The compiler: source → [`Code`] (MicroPython's `compile.c` + `emitbc.c`).
//!
//! [`compile`] is the whole front end: lex and parse into a tree (`parse`), analyse the
//! scopes (`scope`), then walk the tree once more emitting bytecode (`stmt`, `expr`,
//! through `emit::Emitter`). Each `def`/`lambda` body becomes its own code object, stored
//! as a constant of the enclosing one. The tree and the scope tables are freed before the
//! module's code object is built, so peak heap use stays small on small boards.
//! Front-end errors carry a line and become `SyntaxError`/`IndentationError` here.

mod dis;
mod emit;
mod expr;
mod scope;
mod stmt;

#[cfg(test)]
mod tests;

use emit::{Emitter, Label};
use scope::{NameKind, ScopeKind, Scopes};

use crate::bytecode::Op;
use crate::gc::GcVec;
use crate::obj::code::{self, flags, Code};
use crate::obj::exc::Exc;
use crate::parse::ast::{Ast, NodeId};
use crate::parse::{self, Error, ErrorKind, Feature};
use crate::qstr::Qstr;

pub use dis::disassemble;

/// What kind of input is compiled.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Mode {
    /// A module or script.
    File,
    /// One REPL input: expression statements at the top level print their value.
    Single,
    /// One expression, whose value the code returns.
    Eval,
}

/// Compile `source` (named `file` in tracebacks) to a module-level code object.
///
/// # Errors
/// `SyntaxError` / `IndentationError` (with the line), `MemoryError`, `RuntimeError`
/// (nesting too deep for the stack), `OverflowError` (an int literal too large).
pub fn compile(source: &[u8], file: Qstr, mode: Mode) -> Result<&'static Code, Exc> {
    compile_inner(source, file, mode).map_err(|e| e.into_exc(file))
}

/// A module, REPL input or `eval` expression, one top-level statement at a time
/// (`parse::each_statement`; an expression is one): each is parsed, its scopes analysed
/// (module-level names are globals whatever the rest of the file says, so a statement's
/// scopes need nothing from the others) and its code emitted into the module's emitter,
/// then its tree is dropped. Errors come out as MicroPython's do, which parses the whole
/// file before compiling it: after a compile error (scopes or code) the rest of the file is
/// still parsed, and a syntax error there is the one reported.
fn compile_inner(source: &[u8], file: Qstr, mode: Mode) -> Result<&'static Code, Error> {
    let module = qstr!("<module>");
    // What the module's `Gen` keeps from one statement to the next.
    let mut em = Emitter::new();
    let mut consts = GcVec::new();
    let mut max_handlers = 0;
    let mut compile_error = None;
    parse::each_statement(source, mode == Mode::Eval, |ast| {
        if compile_error.is_some() {
            return Ok(());
        }
        let r = scope::analyze(ast).and_then(|scopes| {
            let mut g = Gen::new(ast, &scopes, file, mode);
            g.em = core::mem::take(&mut em);
            g.consts = core::mem::take(&mut consts);
            g.max_handlers = max_handlers;
            let r = if mode == Mode::Eval { g.eval_expr() } else { g.stmts(ast.root) };
            (em, consts, max_handlers) = (g.em, g.consts, g.max_handlers);
            r
        });
        if let Err(e) = r {
            compile_error = Some(e.in_block(module));
        }
        Ok(())
    })?;
    if let Some(e) = compile_error {
        return Err(e);
    }
    if mode != Mode::Eval {
        // The end of a module's code: `return None` (an expression returned its value).
        em.op(Op::LoadNone).and_then(|_| em.op(Op::ReturnValue)).map_err(|e| e.in_block(module))?;
    }
    module_unit(em, file, max_handlers).finish()
}

/// The module's (or `eval` expression's) code unit, from its emitter.
fn module_unit(em: Emitter, file: Qstr, max_handlers: u16) -> Unit {
    Unit {
        em,
        name: qstr!("<module>"),
        file,
        flags: flags::MODULE,
        n_pos_args: 0,
        n_posonly_args: 0,
        n_kwonly_args: 0,
        max_handlers,
        n_locals: 0,
        n_free: 0,
        local_names: GcVec::new(),
        cells: GcVec::new(),
    }
}

/// A loop or exception block the current code is inside (for `break`, `continue`,
/// `return`).
#[derive(Clone, Copy)]
enum Block {
    Loop {
        brk: Label,
        cont: Label,
        is_for: bool,
    },
    /// A `try` body: its handler is active (`PopBlock` leaves it).
    TryBody,
    /// An `except` clause (`PopExcept` leaves it; the previous exception is on the stack).
    Except,
    /// The body of a `try` with a `finally` (its handler is active): leaving it runs a
    /// copy of the `finally` statements.
    Finally(parse::ast::ListId),
    /// The body of a `with`: leaving it calls `__exit__` (the exit method and self are
    /// on the stack under the block's values).
    With,
    /// The body of an `async with`: leaving it awaits `__aexit__`.
    #[cfg(mp_feature = "async_await")]
    AsyncWith,
}

/// An emitted code object not yet turned into a [`Code`].
struct Unit {
    em: Emitter,
    name: Qstr,
    file: Qstr,
    flags: u16,
    n_pos_args: u16,
    n_posonly_args: u16,
    n_kwonly_args: u16,
    max_handlers: u16,
    n_locals: u16,
    n_free: u16,
    local_names: GcVec<Qstr>,
    cells: GcVec<u16>,
}

impl Unit {
    fn finish(mut self) -> Result<&'static Code, Error> {
        let stack_size = self.em.finish()?;
        let em = self.em;
        let parts = code::Parts {
            consts: &em.consts,
            local_names: &self.local_names,
            cells: &self.cells,
            bytecode: &em.code,
            lines: &em.lines,
        };
        if parts.lens().is_none() {
            return Err(Error::syntax(ErrorKind::CodeTooBig, 0));
        }
        let header = Code::header(
            self.name,
            self.file,
            self.flags,
            self.n_pos_args,
            self.n_posonly_args,
            self.n_kwonly_args,
            self.max_handlers,
            self.n_locals,
            self.n_free,
            stack_size,
        );
        Ok(Code::alloc(header, &parts)?)
    }
}

/// The code generator's state: the tree, the scopes, and the code object being emitted.
pub(crate) struct Gen<'a> {
    ast: &'a Ast,
    scopes: &'a Scopes,
    file: Qstr,
    mode: Mode,
    scope: u32,
    em: Emitter,
    blocks: GcVec<Block>,
    /// The code being emitted has a docstring (constant 0).
    has_doc: bool,
    /// Module-level names bound with `micropython.const(...)`: loads become constants.
    consts: GcVec<(Qstr, crate::obj::Obj)>,
    /// Active handlers (`try`/`with` bodies) at this point, and the most so far.
    handlers: u16,
    max_handlers: u16,
    /// The line of the statement or expression being compiled, for errors.
    line: u32,
}

/// How a name is reached from the current scope.
#[derive(Clone, Copy)]
enum Access {
    /// Module level: `LoadName`.
    Name,
    Fast(u16),
    Deref(u16),
    Global,
}

impl<'a> Gen<'a> {
    fn new(ast: &'a Ast, scopes: &'a Scopes, file: Qstr, mode: Mode) -> Gen<'a> {
        Gen {
            ast,
            scopes,
            file,
            mode,
            scope: 0,
            em: Emitter::new(),
            blocks: GcVec::new(),
            has_doc: false,
            consts: GcVec::new(),
            handlers: 0,
            max_handlers: 0,
            line: 1,
        }
    }

    fn err<T>(&self, kind: ErrorKind) -> Result<T, Error> {
        Err(Error::syntax(kind, self.line))
    }

    fn not_supported<T>(&self, f: Feature) -> Result<T, Error> {
        self.err(ErrorKind::NotSupported(f))
    }

    /// Errors raised below without a line (the emitter's limits) get the current one.
    fn with_line(&self, e: Error) -> Error {
        e.or_line(self.line)
    }

    fn scope_kind(&self) -> ScopeKind {
        self.scopes.get(self.scope).map_or(ScopeKind::Module, |s| s.kind)
    }

    /// The code of an `eval` expression (the tree's one item): its value, returned.
    fn eval_expr(&mut self) -> Result<(), Error> {
        let e = self.ast.item(self.ast.root, 0);
        // A leaf (`eval("x")`) has no line: the input's first.
        self.line = self.ast.line(e).max(1);
        self.em.set_line(self.line)?;
        self.expr(e).map_err(|e| self.with_line(e))?;
        self.em.op(Op::ReturnValue)
    }

    fn access(&self, q: Qstr) -> Access {
        if self.scope_kind() == ScopeKind::Module {
            return Access::Name;
        }
        if self.scope_kind() == ScopeKind::Class {
            return match self.scopes.lookup(self.scope, q) {
                Some(n)
                    if matches!(n.kind, NameKind::Cell | NameKind::Free)
                        && (n.kind == NameKind::Free || q == qstr!("__class__")) =>
                {
                    Access::Deref(n.slot)
                }
                Some(n) if n.kind == NameKind::GlobalExplicit => Access::Global,
                _ => Access::Name,
            };
        }
        match self.scopes.lookup(self.scope, q) {
            Some(n) if n.kind == NameKind::Local => Access::Fast(n.slot),
            Some(n) if matches!(n.kind, NameKind::Cell | NameKind::Free) => Access::Deref(n.slot),
            _ => Access::Global,
        }
    }

    fn load_name(&mut self, q: Qstr) -> Result<(), Error> {
        let access = self.access(q);
        if matches!(access, Access::Name | Access::Global) {
            if let Some(&(_, v)) = self.consts.iter().find(|(n, _)| *n == q) {
                let k = self.em.add_const(v)?;
                return self.em.op_u16(Op::LoadConst, k);
            }
        }
        match access {
            Access::Name => self.em.op_u16(Op::LoadName, q.id()),
            Access::Fast(s) => self.em.op_u16(Op::LoadFast, s),
            Access::Deref(s) => self.em.op_u16(Op::LoadDeref, s),
            Access::Global => self.em.op_u16(Op::LoadGlobal, q.id()),
        }
    }

    fn store_name(&mut self, q: Qstr) -> Result<(), Error> {
        match self.access(q) {
            Access::Name => self.em.op_u16(Op::StoreName, q.id()),
            Access::Fast(s) => self.em.op_u16(Op::StoreFast, s),
            Access::Deref(s) => self.em.op_u16(Op::StoreDeref, s),
            Access::Global => self.em.op_u16(Op::StoreGlobal, q.id()),
        }
    }

    fn delete_name(&mut self, q: Qstr) -> Result<(), Error> {
        match self.access(q) {
            Access::Name => self.em.op_u16(Op::DeleteName, q.id()),
            Access::Fast(s) => self.em.op_u16(Op::DeleteFast, s),
            Access::Deref(s) => self.em.op_u16(Op::DeleteDeref, s),
            Access::Global => self.em.op_u16(Op::DeleteGlobal, q.id()),
        }
    }

    /// Compile a function body (`body` statements, or for a lambda `body_expr`) in the
    /// scope created for `node`, then make the function object in the current code:
    /// defaults tuple, closure cells, `MakeFunction*`/`MakeClosure`.
    fn function(
        &mut self,
        node: NodeId,
        name: Qstr,
        params: parse::ast::ListId,
        body: parse::ast::ListId,
        body_expr: NodeId,
    ) -> Result<(), Error> {
        use parse::ast::{param, Node, NO_NODE};
        let mut mk_flags = 0u8;
        let mut n_defaults = 0usize;
        for &p in self.ast.list(params) {
            if let Node::Param(_, default, kind) = self.ast.node(p) {
                if default != NO_NODE && kind == param::POSITIONAL {
                    self.expr(default)?;
                    n_defaults += 1;
                }
            }
        }
        if n_defaults > 0 {
            self.em.op_count(Op::BuildTuple, n_defaults)?;
            mk_flags |= 1;
        }
        let mut n_kw_defaults = 0usize;
        for &p in self.ast.list(params) {
            if let Node::Param(q, default, kind) = self.ast.node(p) {
                if default != NO_NODE && kind == param::KW_ONLY {
                    let k = self.em.add_const(crate::obj::Obj::from_qstr(q))?;
                    self.em.op_u16(Op::LoadConst, k)?;
                    self.expr(default)?;
                    n_kw_defaults += 1;
                }
            }
        }
        if n_kw_defaults > 0 {
            self.em.op_count(Op::BuildMap, n_kw_defaults)?;
            mk_flags |= 2;
        }
        let child = self.scopes.find_scope(node).ok_or(Error::syntax(ErrorKind::InvalidSyntax, self.line))?;
        let code = self.child_code(child, name, body, body_expr)?;
        self.make_function(child, code, mk_flags)
    }

    /// Push a function for `code` (the scope `child`): `MakeFunction` with the closure
    /// cells it needs; `flags` says which defaults are already on the stack.
    fn make_function(&mut self, child: u32, code: &'static Code, mut mk_flags: u8) -> Result<(), Error> {
        let k = self.em.add_const(crate::obj::Obj::from_ref(code))?;
        let mut n_free = 0usize;
        for n in self.scopes.names(child).filter(|n| n.kind == NameKind::Free) {
            match self.access(n.name) {
                Access::Deref(slot) => self.em.op_u16(Op::LoadClosure, slot)?,
                _ => return self.err(ErrorKind::InvalidSyntax),
            }
            n_free += 1;
        }
        if n_free > 0 {
            self.em.op_count(Op::BuildTuple, n_free)?;
            mk_flags |= 4;
        }
        self.em.make_function(k, mk_flags)
    }

    fn child_code(
        &mut self,
        child: u32,
        name: Qstr,
        body: parse::ast::ListId,
        body_expr: NodeId,
    ) -> Result<&'static Code, Error> {
        let saved_em = core::mem::take(&mut self.em);
        let saved_blocks = core::mem::take(&mut self.blocks);
        let saved_scope = core::mem::replace(&mut self.scope, child);
        let saved_line = self.line;
        let saved_handlers = (core::mem::take(&mut self.handlers), core::mem::take(&mut self.max_handlers));
        let saved_doc = core::mem::take(&mut self.has_doc);
        let r = self.child_body(body, body_expr, name);
        let em = core::mem::replace(&mut self.em, saved_em);
        let max_handlers = self.max_handlers;
        (self.handlers, self.max_handlers) = saved_handlers;
        let has_doc = core::mem::replace(&mut self.has_doc, saved_doc);
        let r = r.map_err(|e| e.in_block(name));
        self.blocks = saved_blocks;
        self.scope = saved_scope;
        self.line = saved_line;
        r?;
        let info = self.scopes.get(child).ok_or(Error::syntax(ErrorKind::InvalidSyntax, self.line))?;
        let mut local_names: GcVec<Qstr> = GcVec::with_capacity(usize::from(info.n_locals))?;
        for _ in 0..info.n_locals {
            local_names.push(qstr!(""))?;
        }
        let mut cells: GcVec<u16> = GcVec::new();
        for n in self.scopes.names(child) {
            if matches!(n.kind, NameKind::Local | NameKind::Cell | NameKind::Free) {
                if let Some(slot) = local_names.get_mut(usize::from(n.slot)) {
                    *slot = n.name;
                }
            }
            if n.kind == NameKind::Cell {
                cells.push(n.slot)?;
            }
        }
        // Few cells, nearly in order: an insertion sort keeps core's quicksort (1.8 KB of
        // flash) out of the firmware.
        for i in 1..cells.len() {
            let mut j = i;
            while j > 0 && cells[j - 1] > cells[j] {
                cells.swap(j - 1, j);
                j -= 1;
            }
        }
        let unit = Unit {
            em,
            name,
            file: self.file,
            flags: info.flags | if has_doc { flags::DOC } else { 0 },
            n_pos_args: info.n_pos_args,
            n_posonly_args: info.n_posonly_args,
            n_kwonly_args: info.n_kwonly_args,
            max_handlers,
            n_locals: info.n_locals,
            n_free: info.n_free,
            local_names,
            cells,
        };
        unit.finish().map_err(|e| self.with_line(e))
    }

    fn child_body(&mut self, body: parse::ast::ListId, body_expr: NodeId, name: Qstr) -> Result<(), Error> {
        match self.scopes.get(self.scope).map(|s| (s.kind, s.node)) {
            Some((ScopeKind::Comprehension, node)) => return self.comprehension_body(node),
            Some((ScopeKind::Class, _)) => {
                // `__module__ = __name__` and `__qualname__ = '<name>'` first, as
                // MicroPython's and CPython's compilers do (MicroPython's qualname is the
                // plain name, also for nested classes).
                self.em.op_u16(Op::LoadName, qstr!("__name__").id())?;
                self.em.op_u16(Op::StoreName, qstr!("__module__").id())?;
                let k = self.em.add_const(crate::obj::Obj::from_qstr(name))?;
                self.em.op_u16(Op::LoadConst, k)?;
                self.em.op_u16(Op::StoreName, qstr!("__qualname__").id())?;
                if let Some(doc) = self.docstring(body) {
                    let k = self.em.add_const(doc)?;
                    self.em.op_u16(Op::LoadConst, k)?;
                    self.em.op_u16(Op::StoreName, qstr!("__doc__").id())?;
                }
                self.stmts(body)?;
                // The class body returns its `__class__` cell, which `__build_class__`
                // fills with the new class (for zero-argument `super()`).
                match self.scopes.lookup(self.scope, qstr!("__class__")) {
                    Some(n) if n.kind == NameKind::Cell => self.em.op_u16(Op::LoadClosure, n.slot)?,
                    _ => self.em.op(Op::LoadNone)?,
                }
                return self.em.op(Op::ReturnValue);
            }
            _ => {}
        }
        if body_expr != parse::ast::NO_NODE {
            // A leaf body (`lambda: x`) has no line: the lambda's.
            self.line = self.ast.line(body_expr).max(self.line);
            self.em.set_line(self.line)?;
            self.expr(body_expr)?;
            return self.em.op(Op::ReturnValue);
        }
        if let Some(doc) = self.docstring(body) {
            // The docstring is constant 0 (the code's DOC flag says so).
            self.em.add_const(doc)?;
            self.has_doc = true;
        }
        self.stmts(body)?;
        self.em.op(Op::LoadNone)?;
        self.em.op(Op::ReturnValue)
    }

    /// The docstring of a body (a first statement that is a string constant), kept only
    /// with the `doc_strings` feature.
    fn docstring(&self, body: parse::ast::ListId) -> Option<crate::obj::Obj> {
        if !cfg!(mp_feature = "doc_strings") {
            return None;
        }
        let &first = self.ast.list(body).first()?;
        let parse::ast::Node::Expr(e) = self.ast.node(first) else { return None };
        let parse::ast::Node::Const(i) = self.ast.node(e) else { return None };
        let c = self.ast.constant(i);
        crate::obj::str::is_str(c).then_some(c)
    }
}
