//! Comprehension clauses: `for target in iter if cond ...` after the element of a list,
//! set, dict or generator comprehension (`[x for x in y]`, `f(x for x in y)`).
//!
//! Each `for` becomes one `CompFor` node, outermost first. As in CPython's grammar the
//! target is a target list (`for k, v in ...` needs no parentheses), and the iterable
//! and the conditions are `or_test`s: a conditional expression or a lambda there needs
//! parentheses. `async for` is not supported.

use super::ast::{ListId, Node, NodeId};
use super::expr::Level;
use super::{Error, ErrorKind, Feature, Parser};
use crate::lexer::Kind;

impl Parser<'_> {
    /// Whether the current token starts a comprehension's clauses.
    pub(super) fn at_comp_for(&self) -> bool {
        self.at(Kind::For) || self.at(Kind::Async)
    }

    /// The comprehension whose element `elt` has been parsed, from its first `for` on
    /// (the closing bracket is the caller's): `make(elt, clauses)` at `line`.
    pub(super) fn comprehension(
        &mut self,
        elt: NodeId,
        line: u32,
        make: fn(NodeId, ListId) -> Node,
    ) -> Result<NodeId, Error> {
        if let Node::Starred(_) = self.ast.node(elt) {
            return Err(Error::syntax(ErrorKind::StarTarget, self.ast.line(elt)));
        }
        let mark = self.scratch.len();
        self.comp_fors()?;
        let fors = self.list_from(mark)?;
        self.add(make(elt, fors), line)
    }

    /// `('for' exprlist 'in' or_test ('if' or_test)*)+`: pushes one `CompFor` node per
    /// `for` onto the scratch stack.
    pub(super) fn comp_fors(&mut self) -> Result<(), Error> {
        while self.at_comp_for() {
            if self.at(Kind::Async) {
                return self.not_supported(Feature::Async);
            }
            let line = self.tok.line;
            self.advance()?;
            let mark = self.scratch.len();
            let target = self.tuple_or_single(Level::Expr, true)?;
            self.push(target)?;
            self.expect(Kind::In)?;
            let iter = self.or_test()?;
            self.push(iter)?;
            while self.eat(Kind::If)? {
                let cond = self.or_test()?;
                self.push(cond)?;
            }
            let parts = self.list_from(mark)?;
            let clause = self.add(Node::CompFor(parts), line)?;
            self.push(clause)?;
        }
        Ok(())
    }
}
