//! Argument lists: the arguments of a call or a class's bases, and the parameters of a
//! `def` or `lambda`.
//!
//! Arguments keep their source order (`Starred`, `Keyword` and `DoubleStarred` nodes
//! among the positional expressions); the order rules are CPython's, with MicroPython's
//! messages. Repeated keyword names are left to run time, as MicroPython does.
//!
//! Parameters follow `[posonly, '/'] positional ['*' [args] kwonly] ['**' kwargs]`, each
//! section optional, with a trailing comma allowed.

use super::ast::{param, ListId, Node, NO_NODE};
use super::{Error, ErrorKind, Parser};
use crate::lexer::Kind;
use crate::qstr::Qstr;

impl Parser<'_> {
    /// Call arguments up to and including the `)`, the `(` already consumed. A generator
    /// expression without its own parentheses must be the only argument.
    /// Order errors are reported at `call_line` (the line of the `(`), as MicroPython's
    /// compiler reports them at the call.
    pub(super) fn call_args(&mut self, call_line: u32) -> Result<ListId, Error> {
        let mark = self.scratch.len();
        let (mut seen_keyword, mut seen_double_star) = (false, false);
        while !self.at(Kind::RParen) {
            let line = self.tok.line;
            let arg = if self.eat(Kind::Star)? {
                if seen_double_star {
                    return Err(Error::syntax(ErrorKind::StarAfterDoubleStar, call_line));
                }
                let x = self.test()?;
                self.add(Node::Starred(x), line)?
            } else if self.eat(Kind::DoubleStar)? {
                seen_double_star = true;
                let x = self.test()?;
                self.add(Node::DoubleStarred(x), line)?
            } else {
                let starts_with_name = self.at(Kind::Name);
                let x = self.test()?;
                if self.at(Kind::Assign) {
                    // `(a)=1` is a Name too, but not written as one.
                    let q = match self.ast.node(x) {
                        Node::Name(q) if starts_with_name => q,
                        _ => return Err(Error::syntax(ErrorKind::KeywordNotName, line)),
                    };
                    self.advance()?;
                    let value = self.test()?;
                    seen_keyword = true;
                    self.add(Node::Keyword(q, value), line)?
                } else if self.at_comp_for() {
                    if self.scratch.len() > mark {
                        return Err(Error::syntax(ErrorKind::GenExpNotParenthesized, line));
                    }
                    let g = self.comprehension(x, line, Node::GenExp)?;
                    if self.at(Kind::Comma) {
                        return Err(Error::syntax(ErrorKind::GenExpNotParenthesized, line));
                    }
                    g
                } else if seen_double_star {
                    return Err(Error::syntax(ErrorKind::PosAfterDoubleStar, call_line));
                } else if seen_keyword {
                    return Err(Error::syntax(ErrorKind::PosAfterKeyword, call_line));
                } else {
                    x
                }
            };
            self.push(arg)?;
            if !self.eat(Kind::Comma)? {
                break;
            }
        }
        self.expect(Kind::RParen)?;
        self.list_from(mark)
    }

    /// A parameter list up to (not including) `end`: `Param` nodes in source order, the
    /// `/` and a bare `*` included (with the empty name). With `typed`, annotations
    /// (`a: int`, `*a: int`) are parsed and dropped, as MicroPython does.
    pub(super) fn params(&mut self, end: Kind, typed: bool) -> Result<ListId, Error> {
        let mark = self.scratch.len();
        let (mut seen_slash, mut seen_star, mut seen_double_star, mut seen_default) = (false, false, false, false);
        // The line of a bare `*` not yet followed by a named parameter.
        let mut bare_star: Option<u32> = None;
        while !self.at(end) {
            let line = self.tok.line;
            if seen_double_star {
                return Err(self.unexpected());
            }
            let p = if self.eat(Kind::Slash)? {
                if seen_slash || seen_star || self.scratch.len() == mark {
                    return Err(Error::syntax(ErrorKind::InvalidSyntax, line));
                }
                seen_slash = true;
                self.add(Node::Param(qstr!(""), NO_NODE, param::SLASH), line)?
            } else if self.eat(Kind::Star)? {
                if seen_star {
                    return Err(Error::syntax(ErrorKind::InvalidSyntax, line));
                }
                seen_star = true;
                if self.at(Kind::Name) {
                    let name = self.param_name(mark, typed)?;
                    self.add(Node::Param(name, NO_NODE, param::STAR), line)?
                } else {
                    bare_star = Some(line);
                    self.add(Node::Param(qstr!(""), NO_NODE, param::STAR), line)?
                }
            } else if self.eat(Kind::DoubleStar)? {
                if let Some(star_line) = bare_star {
                    return Err(Error::syntax(ErrorKind::BareStar, star_line));
                }
                seen_double_star = true;
                let name = self.param_name(mark, typed)?;
                self.add(Node::Param(name, NO_NODE, param::DOUBLE_STAR), line)?
            } else {
                let name_line = self.tok.line;
                let name = self.param_name(mark, typed)?;
                let mut default = NO_NODE;
                if self.eat(Kind::Assign)? {
                    default = self.test()?;
                    seen_default |= !seen_star;
                } else if seen_default && !seen_star {
                    return Err(Error::syntax(ErrorKind::NonDefaultAfterDefault, name_line));
                }
                bare_star = None;
                let kind = if seen_star { param::KW_ONLY } else { param::POSITIONAL };
                self.add(Node::Param(name, default, kind), line)?
            };
            self.push(p)?;
            if !self.eat(Kind::Comma)? {
                break;
            }
        }
        if let Some(star_line) = bare_star {
            return Err(Error::syntax(ErrorKind::BareStar, star_line));
        }
        self.list_from(mark)
    }

    /// A parameter's name, checked against the parameters from scratch index `mark` on
    /// (the list being built), and with `typed` its annotation.
    fn param_name(&mut self, mark: usize, typed: bool) -> Result<Qstr, Error> {
        let line = self.tok.line;
        let name = self.name()?;
        let earlier = self.scratch.get(mark..).unwrap_or(&[]);
        if earlier.iter().any(|&p| matches!(self.ast.node(p), Node::Param(q, _, _) if q == name)) {
            return Err(Error::syntax(ErrorKind::ArgNameReused, line));
        }
        if typed && self.eat(Kind::Colon)? {
            self.test()?;
        }
        Ok(name)
    }
}
