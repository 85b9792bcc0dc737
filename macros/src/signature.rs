//! Stage 2 for `#[mp_function(signature = (...))]` (PyO3's attribute): Python's rules for
//! a parameter list, the defaults (const Python values only), and the one-to-one match with
//! the Rust parameters. The result is a [`Spec`], which expands to a const `ArgSpec` that
//! the runtime's shared `parse_args` binds calls against.
//!
//! Rules, with Python's wording where Python has one: `/` at most once, after a parameter
//! and before `*`; `*` or `*args` at most once, a bare `*` followed by a named parameter;
//! `**kwargs` last; before `*`, no parameter without a default after one with a default;
//! names unique and not Python keywords. Defaults are integer literals (checked at compile
//! time to fit a small int and the parameter's integer type), `None`, `True`, `False` or
//! string literals (interned); a default must convert to the parameter's type. The names
//! are the Rust parameters' names, in order; `*args` and `**kwargs` take `Obj` parameters
//! (the tuple and the dict).

use proc_macro2::{Span, TokenStream};
use syn::ext::IdentExt;
use syn::{Expr, Ident, Lit, Type, UnOp};

use crate::ctxt::Ctxt;
use crate::parse::{SigKind, SignatureInput};
use crate::validate::{type_text, ArgType};

/// Python's keywords: not parameter names (`f(from=1)` is a syntax error).
const PY_KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
    "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// How a parameter of the signature is passed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ParamKind {
    /// Before `/`.
    PosOnly,
    /// Positional or keyword.
    Pos,
    /// After `*` or `*args`.
    KwOnly,
    /// `*args`: the extra positional arguments, a tuple.
    VarArgs,
    /// `**kwargs`: the extra keyword arguments, a dict.
    VarKw,
}

/// A default: a constant Python value.
#[derive(Debug, Clone)]
pub enum DefaultValue {
    /// An integer literal, and the span of its tokens (for the compile-time range checks).
    Int(i64, Span),
    None,
    True,
    False,
    /// A string literal: an interned name.
    Str(String),
    /// A float literal as written (`-1.5`, `2e3`), and the span of its tokens: a ROM float
    /// at the board's precision (boards without floats reject it at compile time).
    Float(String, Span),
}

impl DefaultValue {
    /// As Python writes it, for messages.
    fn text(&self) -> String {
        match self {
            DefaultValue::Int(v, _) => v.to_string(),
            DefaultValue::None => "None".into(),
            DefaultValue::True => "True".into(),
            DefaultValue::False => "False".into(),
            DefaultValue::Str(s) => format!("{s:?}"),
            DefaultValue::Float(s, _) => s.clone(),
        }
    }
}

/// One parameter of a signature, in the order written.
#[derive(Debug)]
pub struct SigParam {
    pub name: Ident,
    pub kind: ParamKind,
    /// The checked default; `None` also when the default was not a constant (error recorded).
    pub default: Option<DefaultValue>,
    /// The default's tokens, which errors about it point at.
    pub default_tokens: Option<TokenStream>,
}

/// The parameters of a signature, after the rules between them.
#[derive(Debug)]
pub struct Shape {
    pub params: Vec<SigParam>,
    /// The `(...)`.
    pub span: Span,
    /// Whether every item was kept: no syntax error and no rule broken. Only then are the
    /// names matched with the Rust parameters (a dropped item would show as missing).
    pub complete: bool,
}

impl Shape {
    /// The kind of the parameter named `ident` (`*args` / `**kwargs` decide how its Rust
    /// type is checked).
    pub fn kind_of(&self, ident: &Ident) -> Option<ParamKind> {
        let name = ident.unraw();
        self.params.iter().find(|p| p.name.unraw() == name).map(|p| p.kind)
    }
}

/// The checked signature of a function: what the const `ArgSpec` holds, plus where each
/// Rust parameter's value is among the slots `parse_args` fills.
#[derive(Debug)]
pub struct Spec {
    /// The named parameters in slot order (positional, then keyword-only), as Python names.
    pub names: Vec<String>,
    /// The first `n_posonly` names are positional-only: their `ArgSpec` name is the empty
    /// qstr, which no keyword argument matches.
    pub n_posonly: usize,
    /// Names that may be given positionally.
    pub n_pos: usize,
    /// Per name, its default (`None`: required).
    pub defaults: Vec<Option<DefaultValue>>,
    pub varargs: bool,
    pub varkw: bool,
    /// For each Rust parameter in order, its slot: names first, then `*args`, then `**kwargs`.
    pub slots: Vec<usize>,
    /// The `(...)`, which errors about the whole signature point at.
    pub span: Span,
}

impl Spec {
    /// Slots `parse_args` fills.
    pub fn n_slots(&self) -> usize {
        self.names.len() + usize::from(self.varargs) + usize::from(self.varkw)
    }
}

/// The parameters of `sig`, checked against Python's rules for a parameter list.
pub fn shape(sig: &SignatureInput, cx: &Ctxt) -> Shape {
    let errors_before = cx.error_count();
    let mut params: Vec<SigParam> = Vec::new();
    let mut slash_seen = false;
    let mut star_seen = false;
    // A bare `*` not yet followed by a named parameter.
    let mut bare_star: Option<&TokenStream> = None;
    let mut varkw_seen = false;
    let mut default_seen = false;
    for item in &sig.items {
        if varkw_seen {
            cx.error_spanned_by(&item.tokens, "parameters cannot follow `**kwargs`: it comes last");
            continue;
        }
        match &item.kind {
            SigKind::PosOnlyMarker => {
                if slash_seen {
                    cx.error_spanned_by(&item.tokens, "`/` may appear only once");
                } else if star_seen {
                    cx.error_spanned_by(&item.tokens, "`/` must be ahead of `*`");
                } else if params.is_empty() {
                    cx.error_spanned_by(&item.tokens, "at least one parameter must precede `/`");
                } else {
                    slash_seen = true;
                    for p in &mut params {
                        p.kind = ParamKind::PosOnly;
                    }
                }
            }
            SigKind::KwOnlyMarker | SigKind::VarArgs(_) => {
                if star_seen {
                    cx.error_spanned_by(&item.tokens, "`*` or `*args` may appear only once");
                    continue;
                }
                star_seen = true;
                if let SigKind::VarArgs(name) = &item.kind {
                    let kind = ParamKind::VarArgs;
                    params.push(SigParam { name: name.clone(), kind, default: None, default_tokens: None });
                } else {
                    bare_star = Some(&item.tokens);
                }
            }
            SigKind::VarKw(name) => {
                varkw_seen = true;
                let kind = ParamKind::VarKw;
                params.push(SigParam { name: name.clone(), kind, default: None, default_tokens: None });
            }
            SigKind::Param { name, default } => {
                bare_star = None;
                if !star_seen {
                    if default.is_some() {
                        default_seen = true;
                    } else if default_seen {
                        cx.error_spanned_by(
                            &item.tokens,
                            format!(
                                "parameter `{}` without a default follows a parameter with a default",
                                name.unraw()
                            ),
                        );
                    }
                }
                let kind = if star_seen { ParamKind::KwOnly } else { ParamKind::Pos };
                let value = default.as_ref().and_then(|tokens| default_value(name, tokens, cx));
                params.push(SigParam { name: name.clone(), kind, default: value, default_tokens: default.clone() });
            }
        }
    }
    // After another error (an item dropped), a bare `*` may only look unfollowed.
    let complete = !sig.malformed && cx.error_count() == errors_before;
    if let (Some(tokens), true) = (bare_star, complete) {
        cx.error_spanned_by(tokens, "named parameters must follow a bare `*`");
    }
    Shape { params, span: sig.span, complete }
}

/// The constant a default's tokens write; `None` (error recorded) for anything else.
fn default_value(name: &Ident, tokens: &TokenStream, cx: &Ctxt) -> Option<DefaultValue> {
    let not_constant = || {
        cx.error_spanned_by(
            tokens,
            format!(
                "the default of `{}` must be a constant: an integer or float literal, None, True, False or a string literal",
                name.unraw()
            ),
        );
        None
    };
    let Ok(expr) = syn::parse2::<Expr>(tokens.clone()) else { return not_constant() };
    let (negative, lit) = match strip(&expr) {
        Expr::Unary(u) if matches!(u.op, UnOp::Neg(_)) => match strip(&u.expr) {
            Expr::Lit(l) => (true, &l.lit),
            _ => return not_constant(),
        },
        Expr::Lit(l) => (false, &l.lit),
        Expr::Path(p) if p.qself.is_none() && p.attrs.is_empty() => {
            return if p.path.is_ident("None") {
                Some(DefaultValue::None)
            } else if p.path.is_ident("True") {
                Some(DefaultValue::True)
            } else if p.path.is_ident("False") {
                Some(DefaultValue::False)
            } else {
                not_constant()
            };
        }
        _ => return not_constant(),
    };
    match lit {
        Lit::Int(i) => {
            if !i.suffix().is_empty() {
                cx.error_spanned_by(tokens, "an integer default is a Python literal: no type suffix");
                return None;
            }
            let value = i.base10_parse::<u128>().ok().and_then(|v| i128::try_from(v).ok());
            let value = value.map(|v| if negative { -v } else { v }).and_then(|v| i64::try_from(v).ok());
            match value {
                Some(v) => Some(DefaultValue::Int(v, tokens_span(tokens))),
                None => {
                    let text = tokens.to_string().replace(' ', "");
                    cx.error_spanned_by(
                        tokens,
                        format!("the default {text} of `{}` does not fit in a small int", name.unraw()),
                    );
                    None
                }
            }
        }
        Lit::Str(s) if !negative => Some(DefaultValue::Str(s.value())),
        Lit::Float(f) => {
            if !f.suffix().is_empty() {
                cx.error_spanned_by(tokens, "a float default is a Python literal: no type suffix");
                return None;
            }
            let text = format!("{}{}", if negative { "-" } else { "" }, f.base10_digits());
            Some(DefaultValue::Float(text, tokens_span(tokens)))
        }
        _ => not_constant(),
    }
}

/// The span of the first token of `tokens` (a default is short: `-1` points at its `-`).
fn tokens_span(tokens: &TokenStream) -> Span {
    tokens.clone().into_iter().next().map_or_else(Span::call_site, |t| t.span())
}

/// `expr` without invisible groups and parentheses.
fn strip(expr: &Expr) -> &Expr {
    match expr {
        Expr::Group(g) => strip(&g.expr),
        Expr::Paren(p) => strip(&p.expr),
        other => other,
    }
}

/// The type of a `*args` / `**kwargs` parameter (`ident`): `Obj`, which gets the tuple /
/// the dict. `None` (error recorded) for any other type.
pub fn star_type(kind: ParamKind, ident: &Ident, ty: &Type, cx: &Ctxt) -> Option<ArgType> {
    let (stars, gets) = if kind == ParamKind::VarArgs { ("*", "a tuple") } else { ("**", "a dict") };
    match crate::validate::classify(ty) {
        Ok(t @ ArgType::Obj(_)) => Some(t),
        _ => {
            cx.error_spanned_by(
                ty,
                format!(
                    "`{stars}{}` receives {gets}: its Rust type must be `Obj`, not `{}`",
                    ident.unraw(),
                    type_text(ty)
                ),
            );
            None
        }
    }
}

/// Checks that the signature names `rust` (the Rust parameters' identifiers), one to one
/// and in order; errors point at the signature's names, or at the whole signature for a
/// Rust parameter it leaves out.
pub fn match_names(shape: &Shape, fn_ident: &Ident, rust: &[Ident], cx: &Ctxt) {
    let errors_before = cx.error_count();
    let sig: Vec<String> = shape.params.iter().map(|p| p.name.unraw().to_string()).collect();
    let rust_names: Vec<String> = rust.iter().map(|i| i.unraw().to_string()).collect();
    for (i, p) in shape.params.iter().enumerate() {
        if PY_KEYWORDS.contains(&sig[i].as_str()) {
            cx.error_spanned_by(&p.name, format!("`{}` is a Python keyword: it cannot name a parameter", sig[i]));
        }
        if sig[..i].contains(&sig[i]) {
            cx.error_spanned_by(&p.name, format!("duplicate parameter `{}` in the signature", sig[i]));
        }
    }
    let mut sig_done = vec![false; sig.len()];
    let mut rust_done = vec![false; rust.len()];
    for (i, p) in shape.params.iter().enumerate() {
        if rust_names.contains(&sig[i]) {
            sig_done[i] = true;
            if let Some(j) = rust_names.iter().position(|r| *r == sig[i]) {
                rust_done[j] = true;
            }
        } else if i < rust.len() && !sig.contains(&rust_names[i]) {
            // A misspelling, most likely: one error for the pair.
            cx.error_spanned_by(
                &p.name,
                format!(
                    "`{}` does not match the parameter `{}` of `fn {fn_ident}`: the signature names the Rust parameters, in order",
                    sig[i], rust_names[i]
                ),
            );
            sig_done[i] = true;
            rust_done[i] = true;
        }
    }
    for (i, p) in shape.params.iter().enumerate() {
        if !sig_done[i] {
            cx.error_spanned_by(&p.name, format!("`{}` is not a parameter of `fn {fn_ident}`", sig[i]));
        }
    }
    let missing: Vec<String> =
        rust_names.iter().zip(&rust_done).filter(|(_, done)| !**done).map(|(n, _)| format!("`{n}`")).collect();
    if !missing.is_empty() {
        let verb = if missing.len() == 1 { "is" } else { "are" };
        cx.error_at(
            shape.span,
            format!(
                "the signature names {} parameters but `fn {fn_ident}` has {}: {} {verb} missing",
                sig.len(),
                rust.len(),
                missing.join(", ")
            ),
        );
    }
    if cx.error_count() > errors_before {
        return;
    }
    if let Some(i) = (0..sig.len()).find(|&i| sig[i] != rust_names[i]) {
        cx.error_spanned_by(
            &shape.params[i].name,
            format!(
                "`{}` is out of order: the signature lists the parameters of `fn {fn_ident}` in their order ({})",
                sig[i],
                rust_names.join(", ")
            ),
        );
    }
}

/// Checks each default against its parameter's type (`types`: what it converts to and the
/// type as written, in the order of the signature's parameters) and builds the spec.
pub fn spec(shape: &Shape, types: &[(&ArgType, &Type)], cx: &Ctxt) -> Spec {
    for (p, (ty, written)) in shape.params.iter().zip(types) {
        if let (Some(d), Some(tokens)) = (&p.default, &p.default_tokens) {
            if !default_fits(ty, d) {
                let written = type_text(written);
                let hint = match (d, ty) {
                    (DefaultValue::None, ArgType::Int(_) | ArgType::Float(_) | ArgType::Str | ArgType::Bytes) => {
                        format!(": make the parameter `Option<{written}>`")
                    }
                    _ => String::new(),
                };
                cx.error_spanned_by(
                    tokens,
                    format!("the default {} of `{}` does not convert to `{written}`{hint}", d.text(), p.name.unraw()),
                );
            }
        }
    }
    let named: Vec<&SigParam> =
        shape.params.iter().filter(|p| !matches!(p.kind, ParamKind::VarArgs | ParamKind::VarKw)).collect();
    let names: Vec<String> = named.iter().map(|p| p.name.unraw().to_string()).collect();
    let varargs = shape.params.iter().any(|p| p.kind == ParamKind::VarArgs);
    let varkw = shape.params.iter().any(|p| p.kind == ParamKind::VarKw);
    let mut next = 0;
    let slots = shape
        .params
        .iter()
        .map(|p| match p.kind {
            ParamKind::VarArgs => names.len(),
            ParamKind::VarKw => names.len() + usize::from(varargs),
            _ => {
                next += 1;
                next - 1
            }
        })
        .collect();
    Spec {
        n_posonly: named.iter().filter(|p| p.kind == ParamKind::PosOnly).count(),
        n_pos: named.iter().filter(|p| p.kind != ParamKind::KwOnly).count(),
        defaults: named.iter().map(|p| p.default.clone()).collect(),
        names,
        varargs,
        varkw,
        slots,
        span: shape.span,
    }
}

/// Whether `FromObj` for `ty` accepts the default `d`.
fn default_fits(ty: &ArgType, d: &DefaultValue) -> bool {
    match (ty, d) {
        // `bool` converts any object by its truth value.
        (ArgType::Obj(_) | ArgType::Bool, _) | (ArgType::Option(_), DefaultValue::None) => true,
        (ArgType::Option(inner), d) => default_fits(inner, d),
        (ArgType::Int(_), DefaultValue::Int(..) | DefaultValue::True | DefaultValue::False) => true,
        // A float parameter takes ints and bools too, as Python's.
        (
            ArgType::Float(_),
            DefaultValue::Int(..) | DefaultValue::Float(..) | DefaultValue::True | DefaultValue::False,
        ) => true,
        // A str has the buffer protocol.
        (ArgType::Str | ArgType::Bytes, DefaultValue::Str(_)) => true,
        _ => false,
    }
}
