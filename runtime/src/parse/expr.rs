//! Expressions: `test` (conditional, lambda) down to atoms and trailers.
//!
//! Binary operators from `|` to `*` are parsed by precedence climbing ([`binop`] gives
//! each operator's level); `**` binds tighter than unary minus on its left and looser
//! on its right, as in Python. Unary `+ - ~` applied to a small-int literal is folded
//! into the literal (MicroPython folds it too: `-1` is one constant). Displays may hold a
//! comprehension (`comp.rs` parses its clauses); `yield` expressions are parsed where
//! Python allows them: parenthesised, and on the right of assignments (`stmt.rs`).

use super::ast::{Node, NodeId, NO_NODE};
use super::error::check_stack;
use super::{Error, ErrorKind, Parser};
use crate::bytecode::{BinOp, UnaryOp};
use crate::gc::GcVec;
use crate::lexer::string::{self, DecodeError};
use crate::lexer::{number, Kind};
use crate::obj::{str as pystr, Obj};
use crate::qstr::{intern, lookup};

/// How much of the expression grammar an item of a comma list may use.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Level {
    /// A full `test` (conditional expressions, lambdas).
    Test,
    /// An `expr` (`|` and tighter): `for` targets and `del` lists, where a bare
    /// comparison would swallow the `in`.
    Expr,
}

/// The binary operator a token stands for, with its precedence (higher binds tighter).
pub(super) fn binop(k: Kind) -> Option<(BinOp, u8)> {
    Some(match k {
        Kind::Pipe => (BinOp::Or, 1),
        Kind::Caret => (BinOp::Xor, 2),
        Kind::Amp => (BinOp::And, 3),
        Kind::LShift => (BinOp::LShift, 4),
        Kind::RShift => (BinOp::RShift, 4),
        Kind::Plus => (BinOp::Add, 5),
        Kind::Minus => (BinOp::Sub, 5),
        Kind::Star => (BinOp::Mul, 6),
        Kind::At => (BinOp::MatMul, 6),
        Kind::Slash => (BinOp::TrueDiv, 6),
        Kind::DoubleSlash => (BinOp::FloorDiv, 6),
        Kind::Percent => (BinOp::Mod, 6),
        _ => return None,
    })
}

/// Whether a token can start an expression.
pub(super) fn starts_expr(k: Kind) -> bool {
    matches!(
        k,
        Kind::Name
            | Kind::Int
            | Kind::Float
            | Kind::Str
            | Kind::Bytes
            | Kind::FString
            | Kind::None
            | Kind::True
            | Kind::False
            | Kind::Ellipsis
            | Kind::LParen
            | Kind::LBracket
            | Kind::LBrace
            | Kind::Minus
            | Kind::Plus
            | Kind::Tilde
            | Kind::Not
            | Kind::Lambda
            | Kind::Await
    )
}

pub(super) fn decode_error(e: DecodeError, line: u32) -> Error {
    let kind = match e {
        DecodeError::BadEscape => ErrorKind::BadEscape,
        DecodeError::NonAsciiBytes => ErrorKind::NonAsciiBytes,
        // MicroPython's lexer raises this, not a SyntaxError (and without a traceback line).
        DecodeError::NameEscape => {
            return Error::from(crate::obj::exc::new_msg(
                &crate::obj::exc::NOT_IMPLEMENTED_ERROR,
                msg!("unicode name escapes"),
            ))
        }
        DecodeError::Memory(e) => return Error::from(e),
    };
    Error::syntax(kind, line)
}

/// Strings up to this many bytes are interned (MicroPython's
/// `MICROPY_ALLOC_PARSE_INTERN_STRING_LEN`); longer ones become heap strs.
const INTERN_MAX: usize = 10;

impl Parser<'_> {
    fn starts_item(&self, star_ok: bool) -> bool {
        starts_expr(self.tok.kind) || (star_ok && self.at(Kind::Star))
    }

    /// One item of a comma list: a `test`/`expr`, or `*expr` where `star_ok`.
    pub(super) fn item(&mut self, level: Level, star_ok: bool) -> Result<NodeId, Error> {
        if star_ok && self.at(Kind::Star) {
            let line = self.tok.line;
            self.advance()?;
            let inner = self.bitor()?;
            return self.add(Node::Starred(inner), line);
        }
        match level {
            Level::Test => self.test(),
            Level::Expr => self.bitor(),
        }
    }

    /// `item (',' item)* [',']`: the item itself, or a tuple when there is a comma.
    pub(super) fn tuple_or_single(&mut self, level: Level, star_ok: bool) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let first = self.item(level, star_ok)?;
        if !self.at(Kind::Comma) {
            return Ok(first);
        }
        let mark = self.scratch.len();
        self.push(first)?;
        while self.eat(Kind::Comma)? {
            if !self.starts_item(star_ok) {
                break;
            }
            let x = self.item(level, star_ok)?;
            self.push(x)?;
        }
        let list = self.list_from(mark)?;
        self.add(Node::Tuple(list), line)
    }

    /// `test: or_test ['if' or_test 'else' test] | lambdef`.
    pub(super) fn test(&mut self) -> Result<NodeId, Error> {
        check_stack()?;
        if self.at(Kind::Lambda) && self.pending == NO_NODE {
            return self.lambdef();
        }
        let line = self.tok.line;
        let body = self.or_test()?;
        if self.at(Kind::Walrus) && cfg!(mp_feature = "assign_expr") {
            // `name := value` (PEP 572): only a plain name may be the target.
            let Node::Name(q) = self.ast.node(body) else { return Err(self.unexpected()) };
            self.advance()?;
            let value = self.test()?;
            return self.add(Node::NamedExpr(q, value), line);
        }
        if !self.eat(Kind::If)? {
            return Ok(body);
        }
        let cond = self.or_test()?;
        self.expect(Kind::Else)?;
        let orelse = self.test()?;
        let parts = self.list_of(&[cond, body, orelse])?;
        self.add(Node::IfExp(parts), line)
    }

    /// `and_test ('or' and_test)*`, and the same one level down for `and`.
    pub(super) fn or_test(&mut self) -> Result<NodeId, Error> {
        self.bool_chain(Kind::Or)
    }

    fn bool_chain(&mut self, op: Kind) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let operand = |p: &mut Self| if op == Kind::Or { p.bool_chain(Kind::And) } else { p.not_test() };
        let first = operand(self)?;
        if !self.at(op) {
            return Ok(first);
        }
        let mark = self.scratch.len();
        self.push(first)?;
        while self.eat(op)? {
            let x = operand(self)?;
            self.push(x)?;
        }
        let list = self.list_from(mark)?;
        self.add(if op == Kind::Or { Node::Or(list) } else { Node::And(list) }, line)
    }

    fn not_test(&mut self) -> Result<NodeId, Error> {
        if !self.at(Kind::Not) || self.pending != NO_NODE {
            return self.comparison();
        }
        check_stack()?;
        let line = self.tok.line;
        self.advance()?;
        let x = self.not_test()?;
        self.add(Node::UnaryOp(UnaryOp::Not, x), line)
    }

    /// `expr (comp_op expr)*`: a `Compare` holding one `CmpItem` per operator.
    fn comparison(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let first = self.bitor()?;
        let mark = self.scratch.len();
        loop {
            let op_line = self.tok.line;
            let op = match self.tok.kind {
                Kind::Less => BinOp::Lt,
                Kind::Greater => BinOp::Gt,
                Kind::EqEq => BinOp::Eq,
                Kind::GreaterEq => BinOp::Ge,
                Kind::LessEq => BinOp::Le,
                Kind::NotEq => BinOp::Ne,
                Kind::In => BinOp::In,
                Kind::Not => {
                    self.advance()?;
                    if !self.at(Kind::In) {
                        return Err(self.unexpected());
                    }
                    BinOp::NotIn
                }
                Kind::Is => {
                    self.advance()?;
                    if self.at(Kind::Not) {
                        BinOp::IsNot
                    } else {
                        BinOp::Is
                    }
                }
                _ => break,
            };
            // The operator's last token (`in` of `not in`, `not` of `is not`) is still
            // current, except after a plain `is`.
            if op != BinOp::Is {
                self.advance()?;
            }
            let rhs = self.bitor()?;
            let item = self.add(Node::CmpItem(op, rhs), op_line)?;
            self.push(item)?;
        }
        if self.scratch.len() == mark {
            return Ok(first);
        }
        let list = self.list_from(mark)?;
        self.add(Node::Compare(first, list), line)
    }

    /// `expr`: the binary operators from `|` down to `*`.
    pub(super) fn bitor(&mut self) -> Result<NodeId, Error> {
        self.binary(1)
    }

    fn binary(&mut self, min_prec: u8) -> Result<NodeId, Error> {
        check_stack()?;
        let mut left = self.factor()?;
        while let Some((op, prec)) = binop(self.tok.kind) {
            if prec < min_prec {
                break;
            }
            let line = self.tok.line;
            self.advance()?;
            let right = self.binary(prec + 1)?;
            left = self.add(Node::BinOp(op, left, right), line)?;
        }
        Ok(left)
    }

    /// `('+'|'-'|'~') factor | power`.
    fn factor(&mut self) -> Result<NodeId, Error> {
        if self.pending != NO_NODE {
            return self.power();
        }
        let op = match self.tok.kind {
            Kind::Plus => UnaryOp::Pos,
            Kind::Minus => UnaryOp::Neg,
            Kind::Tilde => UnaryOp::Invert,
            _ => return self.power(),
        };
        check_stack()?;
        let line = self.tok.line;
        self.advance()?;
        let x = self.factor()?;
        if let Node::Const(i) = self.ast.node(x) {
            let o = self.ast.constant(i);
            if o.is_small_int() {
                let v = o.small_int_value() as i64;
                let folded = match op {
                    UnaryOp::Pos => Some(v),
                    UnaryOp::Neg => v.checked_neg(),
                    UnaryOp::Invert => Some(!v),
                    UnaryOp::Not => None,
                };
                if let Some(f) = folded.filter(|&f| Obj::fits_small_int(f)) {
                    let c = self.ast.add_const(Obj::small_int(f as isize))?;
                    return self.add(Node::Const(c), line);
                }
            }
        }
        self.add(Node::UnaryOp(op, x), line)
    }

    /// `atom_expr ['**' factor]`.
    fn power(&mut self) -> Result<NodeId, Error> {
        let base = self.atom_expr()?;
        if !self.at(Kind::DoubleStar) {
            return Ok(base);
        }
        check_stack()?;
        let line = self.tok.line;
        self.advance()?;
        let exp = self.factor()?;
        self.add(Node::BinOp(BinOp::Pow, base, exp), line)
    }

    /// An atom followed by calls, subscripts and attributes.
    fn atom_expr(&mut self) -> Result<NodeId, Error> {
        if self.at(Kind::Await) && self.pending == NO_NODE && cfg!(mp_feature = "async_await") {
            check_stack()?;
            let line = self.tok.line;
            self.advance()?;
            let e = self.atom_expr()?;
            return self.add(Node::Await(e), line);
        }
        let mut e = self.atom()?;
        loop {
            let line = self.tok.line;
            e = match self.tok.kind {
                Kind::LParen => {
                    self.advance()?;
                    let args = self.call_args(line)?;
                    self.add(Node::Call(e, args), line)?
                }
                Kind::LBracket => {
                    self.advance()?;
                    let index = self.subscript()?;
                    self.add(Node::Subscr(e, index), line)?
                }
                Kind::Dot => {
                    self.advance()?;
                    let q = self.name()?;
                    self.add(Node::Attr(e, q), line)?
                }
                _ => return Ok(e),
            };
        }
    }

    /// The index up to and including the `]`: one expression, or a tuple of them.
    /// One subscript item: an expression, or a slice `[start]:[stop][:[step]]`.
    fn slice_item(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let start = if self.at(Kind::Colon) { NO_NODE } else { self.test()? };
        if !self.at(Kind::Colon) {
            return Ok(start);
        }
        if !cfg!(mp_feature = "slice") {
            return Err(self.unexpected());
        }
        self.advance()?;
        let ends = |k: Kind| matches!(k, Kind::Colon | Kind::Comma | Kind::RBracket);
        let stop = if ends(self.tok.kind) { NO_NODE } else { self.test()? };
        let mut step = NO_NODE;
        if self.eat(Kind::Colon)? && !ends(self.tok.kind) {
            step = self.test()?;
        }
        let parts = self.list_of(&[start, stop, step])?;
        self.add(Node::Slice(parts), line)
    }

    fn subscript(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let mark = self.scratch.len();
        let mut comma = false;
        loop {
            let x = self.slice_item()?;
            self.push(x)?;
            if !self.eat(Kind::Comma)? {
                break;
            }
            comma = true;
            if self.at(Kind::RBracket) {
                break;
            }
        }
        self.expect(Kind::RBracket)?;
        if !comma {
            let x = self.scratch_at(mark);
            self.scratch.truncate(mark);
            return Ok(x);
        }
        let list = self.list_from(mark)?;
        self.add(Node::Tuple(list), line)
    }

    fn atom(&mut self) -> Result<NodeId, Error> {
        if self.pending != NO_NODE {
            return Ok(core::mem::replace(&mut self.pending, NO_NODE));
        }
        let t = self.tok;
        let literal = match t.kind {
            Kind::Name => {
                let q = self.intern(t)?;
                Node::Name(q)
            }
            Kind::Int | Kind::Float => match number::value(t.kind, self.text(t)) {
                Ok(o) => Node::Const(self.ast.add_const(o)?),
                Err(exc) => return Err(Error::literal(exc, t.line)),
            },
            Kind::Str | Kind::Bytes | Kind::FString => return self.strings(),
            Kind::None => Node::NoneLit,
            Kind::True => Node::TrueLit,
            Kind::False => Node::FalseLit,
            Kind::Ellipsis => Node::EllipsisLit,
            Kind::LParen => return self.paren(),
            Kind::LBracket => return self.list_display(),
            Kind::LBrace => return self.brace_display(),
            _ => return Err(self.unexpected()),
        };
        self.advance()?;
        self.add(literal, t.line)
    }

    /// Adjacent string literals, concatenated into one constant.
    fn strings(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        let bytes = self.at(Kind::Bytes);
        let mut buf: GcVec<u8> = GcVec::new();
        // With an f-string among the parts, the whole run becomes a format string and
        // its arguments (see `fstring.rs`); `fmt` holds the plain parts brace-doubled.
        let mut fmt: Option<GcVec<u8>> = None;
        let mark = self.scratch.len();
        while matches!(self.tok.kind, Kind::Str | Kind::Bytes | Kind::FString) {
            if self.at(Kind::FString) || fmt.is_some() {
                if bytes {
                    return self.fail(ErrorKind::MixedBytes);
                }
                let f = match fmt.as_mut() {
                    Some(f) => f,
                    None => {
                        let mut f = GcVec::new();
                        double_braces(&buf, &mut f)?;
                        fmt.insert(f)
                    }
                };
                if self.at(Kind::FString) {
                    #[cfg(mp_feature = "fstrings")]
                    self.fstring(self.tok, f)?;
                    #[cfg(not(mp_feature = "fstrings"))]
                    return Err(self.unexpected());
                } else {
                    let mut part = GcVec::new();
                    string::decode(string::split(self.text(self.tok)), &mut part)
                        .map_err(|e| decode_error(e, self.tok.line))?;
                    double_braces(&part, f)?;
                }
                self.advance()?;
                continue;
            }
            if self.at(Kind::Bytes) != bytes {
                return self.fail(ErrorKind::MixedBytes);
            }
            let lit = string::split(self.text(self.tok));
            string::decode(lit, &mut buf).map_err(|e| decode_error(e, self.tok.line))?;
            self.advance()?;
        }
        if let Some(f) = fmt {
            // (Not UTF-8 only with a surrogate escape in it: `pystr::from_gcvec` keeps those.)
            let o = match crate::obj::unicode::as_utf8(&f) {
                Some(s) if s.len() <= INTERN_MAX => Obj::from_qstr(intern(s)?),
                _ => pystr::from_gcvec(f)?,
            };
            let c = self.ast.add_const(o)?;
            let fmt_node = self.add(Node::Const(c), line)?;
            let args = self.list_from(mark)?;
            return self.add(Node::FString(fmt_node, args), line);
        }
        if bytes {
            let c = self.ast.add_const(crate::obj::bytes::from_gcvec(buf)?)?;
            return self.add(Node::Const(c), line);
        }
        let o = match crate::obj::unicode::as_utf8(&buf) {
            Some(s) if s.len() <= INTERN_MAX => Obj::from_qstr(intern(s)?),
            Some(s) => match lookup(s) {
                Some(q) => Obj::from_qstr(q),
                None => pystr::from_gcvec(buf)?,
            },
            // A surrogate escape (`'\ud800'`): a str object, never interned.
            None => pystr::from_gcvec(buf)?,
        };
        let c = self.ast.add_const(o)?;
        self.add(Node::Const(c), line)
    }

    /// `()`, `(expr)`, `(a, b, ...)`, `(yield x)`, `(x for x in y)`.
    fn paren(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        self.paren_body(line)
    }

    /// What follows a `(` at `line`, up to and including the `)`.
    pub(super) fn paren_body(&mut self, line: u32) -> Result<NodeId, Error> {
        if self.eat(Kind::RParen)? {
            let list = self.list_of(&[])?;
            return self.add(Node::Tuple(list), line);
        }
        if self.at(Kind::Yield) {
            let y = self.yield_expr()?;
            self.expect(Kind::RParen)?;
            return Ok(y);
        }
        let first = self.item(Level::Test, true)?;
        if self.at_comp_for() {
            let g = self.comprehension(first, line, Node::GenExp)?;
            self.expect(Kind::RParen)?;
            return Ok(g);
        }
        if self.eat(Kind::RParen)? {
            return Ok(first);
        }
        if !self.at(Kind::Comma) {
            return Err(self.unexpected());
        }
        let mark = self.scratch.len();
        self.push(first)?;
        while self.eat(Kind::Comma)? {
            if self.at(Kind::RParen) {
                break;
            }
            let x = self.item(Level::Test, true)?;
            self.push(x)?;
        }
        self.expect(Kind::RParen)?;
        let list = self.list_from(mark)?;
        self.add(Node::Tuple(list), line)
    }

    /// `[a, b, ...]`, `[x for x in y]`.
    fn list_display(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let mark = self.scratch.len();
        if !self.at(Kind::RBracket) {
            let first = self.item(Level::Test, true)?;
            if self.at_comp_for() {
                let c = self.comprehension(first, line, Node::ListComp)?;
                self.expect(Kind::RBracket)?;
                return Ok(c);
            }
            self.push(first)?;
            while self.eat(Kind::Comma)? {
                if self.at(Kind::RBracket) {
                    break;
                }
                let x = self.item(Level::Test, true)?;
                self.push(x)?;
            }
        }
        self.expect(Kind::RBracket)?;
        let list = self.list_from(mark)?;
        self.add(Node::List(list), line)
    }

    /// `{}`, `{k: v, ...}`, `{a, b, ...}`, `{k: v for ...}`, `{x for ...}`.
    fn brace_display(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let mark = self.scratch.len();
        if self.eat(Kind::RBrace)? {
            let list = self.list_of(&[])?;
            return self.add(Node::Dict(list), line);
        }
        // `**m` in a dict display is the pair (DoubleStarred(m), NO_NODE).
        let is_dict = if self.at(Kind::DoubleStar) {
            self.dict_double_star()?;
            true
        } else {
            let first = self.item(Level::Test, true)?;
            let is_dict = self.eat(Kind::Colon)?;
            if !is_dict && self.at_comp_for() {
                let c = self.comprehension(first, line, Node::SetComp)?;
                self.expect(Kind::RBrace)?;
                return Ok(c);
            }
            self.push(first)?;
            if is_dict {
                let v = self.test()?;
                self.push(v)?;
                if self.at_comp_for() {
                    self.comp_fors()?;
                    let parts = self.list_from(mark)?;
                    self.expect(Kind::RBrace)?;
                    return self.add(Node::DictComp(parts), line);
                }
            }
            is_dict
        };
        while self.eat(Kind::Comma)? {
            if self.at(Kind::RBrace) {
                break;
            }
            if is_dict && self.at(Kind::DoubleStar) {
                self.dict_double_star()?;
            } else if is_dict {
                let k = self.test()?;
                self.expect(Kind::Colon)?;
                let v = self.test()?;
                self.push(k)?;
                self.push(v)?;
            } else {
                let x = self.item(Level::Test, true)?;
                self.push(x)?;
            }
        }
        self.expect(Kind::RBrace)?;
        let list = self.list_from(mark)?;
        self.add(if is_dict { Node::Dict(list) } else { Node::Set(list) }, line)
    }

    /// `**m` inside a dict display: pushes the pair (DoubleStarred(m), NO_NODE).
    fn dict_double_star(&mut self) -> Result<(), Error> {
        let line = self.tok.line;
        self.advance()?;
        let m = self.bitor()?;
        let d = self.add(Node::DoubleStarred(m), line)?;
        self.push(d)?;
        self.push(NO_NODE)
    }

    /// `lambda params: test`.
    fn lambdef(&mut self) -> Result<NodeId, Error> {
        let line = self.tok.line;
        self.advance()?;
        let params = self.params(Kind::Colon, false).map_err(|e| e.in_block(qstr!("<lambda>")))?;
        self.expect(Kind::Colon)?;
        let body = self.test().map_err(|e| e.in_block(qstr!("<lambda>")))?;
        self.add(Node::Lambda(params, body), line)
    }

    /// `yield [testlist_star_expr] | yield from test`, from the `yield` token.
    pub(super) fn yield_expr(&mut self) -> Result<NodeId, Error> {
        check_stack()?;
        let line = self.tok.line;
        self.advance()?;
        if self.eat(Kind::From)? {
            let x = self.test()?;
            return self.add(Node::YieldFrom(x), line);
        }
        let value = if self.starts_item(true) { self.tuple_or_single(Level::Test, true)? } else { NO_NODE };
        self.add(Node::Yield(value), line)
    }

    /// The right-hand side of an assignment: a `yield` expression or a comma list.
    pub(super) fn yield_or_tuple(&mut self, star_ok: bool) -> Result<NodeId, Error> {
        if self.at(Kind::Yield) {
            return self.yield_expr();
        }
        self.tuple_or_single(Level::Test, star_ok)
    }
}

/// Copy `src` into `dst` with `{` and `}` doubled (a literal part of a format string).
fn double_braces(src: &[u8], dst: &mut GcVec<u8>) -> Result<(), Error> {
    for &c in src {
        dst.push(c)?;
        if c == b'{' || c == b'}' {
            dst.push(c)?;
        }
    }
    Ok(())
}
