//! Stage 1, parse: reads the `#[mp_module]` item and its attribute arguments, finds the
//! items marked `#[mp_function]` / `#[mp_const]` inside it, and reads their arguments and
//! `///` docs. Only syntax here: what the items may be is [`crate::validate`]'s business.
//!
//! The marked items stay in the module, their `#[mp_function]` / `#[mp_const]` attribute
//! rewritten to `#[mp_function(__mp_marker)]`: the attribute then expands to the item
//! unchanged, and still resolves, so the user's `use runtime::mp_function` is not reported
//! as unused.

use proc_macro2::{Delimiter, Group, Punct, Span, TokenStream, TokenTree};
use quote::ToTokens;
use syn::ext::IdentExt;
use syn::{Attribute, Expr, Ident, Item, ItemMod, Lit, LitStr, Meta, Signature, Type};

use crate::ctxt::Ctxt;

/// The argument an `#[mp_module]` gives the attributes of the items it has registered.
pub const MARKER: &str = "__mp_marker";

/// Which of the three attributes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AttrKind {
    Module,
    Function,
    Const,
    Class,
    Methods,
    Exception,
}

impl AttrKind {
    pub fn name(self) -> &'static str {
        match self {
            AttrKind::Module => "mp_module",
            AttrKind::Function => "mp_function",
            AttrKind::Const => "mp_const",
            AttrKind::Class => "mp_class",
            AttrKind::Methods => "mp_methods",
            AttrKind::Exception => "mp_exception",
        }
    }
}

/// The arguments of an `#[mp_*(...)]` attribute.
#[derive(Default)]
pub struct AttrArgs {
    /// `name = "..."`: the Python name, instead of the Rust identifier.
    pub name: Option<LitStr>,
    /// `signature = (...)` (`#[mp_function]` only): the Python parameters.
    pub signature: Option<SignatureInput>,
    /// `__mp_parent = "a.b"` (`#[mp_module]` only, written by the enclosing
    /// `#[mp_module]`): this module is the submodule `a.b.<name>`.
    pub parent: Option<LitStr>,
    /// `base = ExceptionName` (`#[mp_exception]` only).
    pub base: Option<syn::Path>,
}

/// The hidden argument an `#[mp_module]` gives the `#[mp_module]` of a submodule: the
/// parent's full Python name.
pub const PARENT_ARG: &str = "__mp_parent";

/// `signature = (a, b=1, *, c=0)` as written (PyO3's attribute): Python parameter syntax.
#[derive(Debug)]
pub struct SignatureInput {
    /// The `(...)`, which errors about the signature as a whole point at.
    pub span: Span,
    pub items: Vec<SigItem>,
    /// Whether an item could not be parsed (error recorded; the item is not in `items`).
    pub malformed: bool,
}

/// One comma-separated item of a signature.
#[derive(Debug)]
pub struct SigItem {
    pub kind: SigKind,
    /// Its tokens, which errors about it point at.
    pub tokens: TokenStream,
}

#[derive(Debug)]
pub enum SigKind {
    /// `name` or `name=default` (the default's tokens, checked by validate).
    Param { name: Ident, default: Option<TokenStream> },
    /// `/`: the parameters before it are positional-only.
    PosOnlyMarker,
    /// `*`: the parameters after it are keyword-only.
    KwOnlyMarker,
    /// `*name`: extra positional arguments, as a tuple.
    VarArgs(Ident),
    /// `**name`: extra keyword arguments, as a dict.
    VarKw(Ident),
}

/// A Python name, and the tokens that gave it (the `name = "..."` literal, else the Rust
/// identifier), which errors about the name point at.
#[derive(Clone, Debug)]
pub struct PyName {
    pub value: String,
    pub span: Span,
    /// Whether it comes from `name = "..."` (and so needs checking as a Python identifier).
    pub overridden: bool,
}

impl PyName {
    pub(crate) fn new(args: &AttrArgs, ident: &Ident) -> PyName {
        match &args.name {
            Some(lit) => PyName { value: lit.value(), span: lit.span(), overridden: true },
            None => PyName { value: ident.unraw().to_string(), span: ident.span(), overridden: false },
        }
    }
}

/// An `#[mp_module]` as written.
pub struct ModuleInput {
    /// The module, its marked items' attributes rewritten to markers.
    pub module: ItemMod,
    pub name: PyName,
    /// The enclosing module's full Python name, for a submodule.
    pub parent: Option<String>,
    pub doc: Option<String>,
    /// The marked items, in source order.
    pub entries: Vec<EntryInput>,
}

impl ModuleInput {
    /// The name `import` and `__name__` use: `parent.name` for a submodule.
    pub fn full_name(&self) -> String {
        match &self.parent {
            Some(parent) => format!("{parent}.{}", self.name.value),
            None => self.name.value.clone(),
        }
    }
}

pub enum EntryInput {
    Function(FunctionInput),
    Const(ConstInput),
    Class(crate::class::ClassInput),
    Methods(crate::class::MethodsInput),
    Exception(crate::class::ExceptionInput),
    /// A nested `#[mp_module] mod sub`: the attribute `sub` of this module.
    Submodule(SubmoduleInput),
}

pub struct SubmoduleInput {
    pub name: PyName,
    /// The Rust `mod`'s identifier (its `__MP_MODULE` is `ident::__MP_MODULE`).
    pub ident: Ident,
}

pub struct FunctionInput {
    pub name: PyName,
    pub doc: Option<String>,
    pub sig: Signature,
    pub signature: Option<SignatureInput>,
}

pub struct ConstInput {
    pub name: PyName,
    pub ident: Ident,
    pub ty: Type,
}

/// Parses `#[mp_module(args)] input`. `None` when `input` is not an inline `mod` (the
/// error is in `cx`): then there is nothing to expand.
pub fn parse_module(args: TokenStream, input: TokenStream, cx: &Ctxt) -> Option<ModuleInput> {
    let item = match syn::parse2::<Item>(input) {
        Ok(item) => item,
        Err(e) => {
            cx.syn_error(e);
            return None;
        }
    };
    let args = parse_attr_args(args, AttrKind::Module, cx);
    let mut module = match item {
        Item::Mod(m) => m,
        other => {
            cx.error_spanned_by(other, "#[mp_module] goes on a module: `mod name { ... }`");
            return None;
        }
    };
    if module.content.is_none() {
        // `pub mod name;`, without the attributes above it.
        let (vis, mod_token, ident, semi) = (&module.vis, &module.mod_token, &module.ident, &module.semi);
        let msg = "#[mp_module] needs an inline module: `mod name { ... }`";
        cx.error_spanned_by(quote::quote!(#vis #mod_token #ident #semi), msg);
        return None;
    }
    let name = PyName::new(&args, &module.ident);
    let parent = args.parent.as_ref().map(LitStr::value);
    let doc = doc_string(&module.attrs);
    let mut input = ModuleInput { module: module.clone(), name, parent, doc, entries: Vec::new() };
    let full_name = input.full_name();
    let items = &mut module.content.as_mut().expect("checked above").1;
    for item in items {
        if let Some(entry) = parse_item(item, &full_name, cx) {
            input.entries.push(entry);
        }
    }
    input.module = module;
    Some(input)
}

/// The entry `item` makes, if it is marked; rewrites its mark to the marker. A nested
/// `#[mp_module]` is a submodule: its attribute gets `__mp_parent = "<full_name>"`.
fn parse_item(item: &mut Item, full_name: &str, cx: &Ctxt) -> Option<EntryInput> {
    if let Item::Mod(m) = item {
        if let Some(attr) =
            m.attrs.iter_mut().find(|a| a.path().segments.last().is_some_and(|s| s.ident == "mp_module"))
        {
            let args = match &attr.meta {
                Meta::Path(_) => AttrArgs::default(),
                Meta::List(list) => parse_attr_args(list.tokens.clone(), AttrKind::Module, cx),
                Meta::NameValue(nv) => {
                    cx.error_spanned_by(nv, "expected #[mp_module] or #[mp_module(name = \"...\")]");
                    AttrArgs::default()
                }
            };
            let path = attr.path().clone();
            let key = Ident::new(PARENT_ARG, Span::call_site());
            let parent = LitStr::new(full_name, Span::call_site());
            let name_arg = args.name.as_ref().map(|n| quote::quote!(name = #n,));
            *attr = syn::parse_quote!(#[#path(#name_arg #key = #parent)]);
            // `mod sub;` is reported by the submodule's own #[mp_module].
            m.content.as_ref()?;
            return Some(EntryInput::Submodule(SubmoduleInput {
                name: PyName::new(&args, &m.ident),
                ident: m.ident.clone(),
            }));
        }
    }
    let attrs = match item {
        Item::Fn(f) => &mut f.attrs,
        Item::Const(c) => &mut c.attrs,
        Item::Static(s) => &mut s.attrs,
        Item::Struct(s) => &mut s.attrs,
        Item::Enum(e) => &mut e.attrs,
        Item::Mod(m) => &mut m.attrs,
        Item::Use(u) => &mut u.attrs,
        Item::Type(t) => &mut t.attrs,
        Item::Impl(i) => &mut i.attrs,
        Item::Trait(t) => &mut t.attrs,
        Item::Union(u) => &mut u.attrs,
        Item::Macro(m) => &mut m.attrs,
        Item::ExternCrate(e) => &mut e.attrs,
        Item::ForeignMod(f) => &mut f.attrs,
        Item::TraitAlias(t) => &mut t.attrs,
        _ => return None,
    };
    let mut mark: Option<(AttrKind, AttrArgs)> = None;
    for attr in attrs.iter_mut() {
        let Some(kind) = mark_kind(attr) else {
            continue;
        };
        let args = match &attr.meta {
            Meta::Path(_) => AttrArgs::default(),
            Meta::List(list) => parse_attr_args(list.tokens.clone(), kind, cx),
            Meta::NameValue(nv) => {
                cx.error_spanned_by(nv, format!("expected #[{}] or #[{}(name = \"...\")]", kind.name(), kind.name()));
                AttrArgs::default()
            }
        };
        if mark.is_some() {
            cx.error_spanned_by(&*attr, "an item takes one #[mp_function] or #[mp_const]");
        } else {
            mark = Some((kind, args));
        }
        let path = attr.path().clone();
        let marker = Ident::new(MARKER, Span::call_site());
        *attr = syn::parse_quote!(#[#path(#marker)]);
    }
    let (kind, mut args) = mark?;
    match (kind, &mut *item) {
        (AttrKind::Class, Item::Struct(s)) => {
            return Some(EntryInput::Class(crate::class::parse::parse_class(args, s)))
        }
        (AttrKind::Exception, Item::Struct(s)) => {
            return Some(EntryInput::Exception(crate::class::parse::parse_exception(args, s)))
        }
        (AttrKind::Methods, Item::Impl(i)) => {
            return Some(EntryInput::Methods(crate::class::parse::parse_methods(i, cx)))
        }
        (AttrKind::Class | AttrKind::Exception | AttrKind::Methods, other) => {
            let what = if kind == AttrKind::Methods { "an `impl` block" } else { "a `struct`" };
            cx.error_spanned_by(item_head(other), format!("#[{}] goes on {what}", kind.name()));
            return None;
        }
        _ => {}
    }
    match (kind, &*item) {
        (AttrKind::Function, Item::Fn(f)) => Some(EntryInput::Function(FunctionInput {
            name: PyName::new(&args, &f.sig.ident),
            doc: doc_string(&f.attrs),
            sig: f.sig.clone(),
            signature: args.signature.take(),
        })),
        (AttrKind::Const, Item::Const(c)) => Some(EntryInput::Const(ConstInput {
            name: PyName::new(&args, &c.ident),
            ident: c.ident.clone(),
            ty: (*c.ty).clone(),
        })),
        (AttrKind::Function, other) => {
            cx.error_spanned_by(item_head(other), "#[mp_function] goes on a `fn` item");
            None
        }
        (_, other) => {
            cx.error_spanned_by(item_head(other), "#[mp_const] goes on a `const` item");
            None
        }
    }
}

/// Rewrites the `#[mp_module]` of each submodule of `module` to the marker, so that it
/// passes through unexpanded (used when `module` has errors and gets no tables).
pub fn quiet_submodules(module: &mut ItemMod) {
    let Some((_, items)) = &mut module.content else { return };
    for item in items {
        if let Item::Mod(m) = item {
            for attr in &mut m.attrs {
                if attr.path().segments.last().is_some_and(|s| s.ident == "mp_module") {
                    let path = attr.path().clone();
                    let marker = Ident::new(MARKER, Span::call_site());
                    *attr = syn::parse_quote!(#[#path(#marker)]);
                }
            }
        }
    }
}

/// The tokens of `item` an error about its kind points at: up to its name, not its body.
fn item_head(item: &Item) -> TokenStream {
    let mut head = TokenStream::new();
    match item {
        Item::Static(s) => {
            s.static_token.to_tokens(&mut head);
            s.ident.to_tokens(&mut head);
        }
        Item::Struct(s) => {
            s.struct_token.to_tokens(&mut head);
            s.ident.to_tokens(&mut head);
        }
        Item::Enum(e) => {
            e.enum_token.to_tokens(&mut head);
            e.ident.to_tokens(&mut head);
        }
        Item::Mod(m) => {
            m.mod_token.to_tokens(&mut head);
            m.ident.to_tokens(&mut head);
        }
        Item::Fn(f) => {
            f.sig.fn_token.to_tokens(&mut head);
            f.sig.ident.to_tokens(&mut head);
        }
        Item::Const(c) => {
            c.const_token.to_tokens(&mut head);
            c.ident.to_tokens(&mut head);
        }
        other => other.to_tokens(&mut head),
    }
    head
}

/// Whether `attr` is `#[mp_function]` or `#[mp_const]` (any path ending so: `#[mp_const]`,
/// `#[runtime::mp_const(...)]`), as `qstrgen`'s scanner decides it.
fn mark_kind(attr: &Attribute) -> Option<AttrKind> {
    let last = attr.path().segments.last()?;
    if last.ident == "mp_function" {
        Some(AttrKind::Function)
    } else if last.ident == "mp_const" {
        Some(AttrKind::Const)
    } else if last.ident == "mp_class" {
        Some(AttrKind::Class)
    } else if last.ident == "mp_methods" {
        Some(AttrKind::Methods)
    } else if last.ident == "mp_exception" {
        Some(AttrKind::Exception)
    } else {
        None
    }
}

/// The valid arguments of an attribute, as its error messages show them.
fn valid_args(kind: AttrKind) -> &'static [(&'static str, &'static str)] {
    match kind {
        AttrKind::Function => &[("name", "`name = \"...\"`"), ("signature", "`signature = (...)`")],
        AttrKind::Module | AttrKind::Const | AttrKind::Class => &[("name", "`name = \"...\"`")],
        AttrKind::Methods => &[],
        AttrKind::Exception => &[("name", "`name = \"...\"`"), ("base", "`base = ValueError`")],
    }
}

/// `tokens` split at its top-level commas (a group is one token, so commas inside `(...)`
/// do not split). Each piece comes with the comma after it, if any; a trailing comma gives
/// no empty last piece.
fn split_commas(tokens: TokenStream) -> Vec<(Vec<TokenTree>, Option<Punct>)> {
    let mut pieces = Vec::new();
    let mut piece = Vec::new();
    for token in tokens {
        match token {
            TokenTree::Punct(p) if p.as_char() == ',' => pieces.push((std::mem::take(&mut piece), Some(p))),
            other => piece.push(other),
        }
    }
    if !piece.is_empty() {
        pieces.push((piece, None));
    }
    pieces
}

fn stream(tokens: &[TokenTree]) -> TokenStream {
    tokens.iter().cloned().collect()
}

/// Parses the arguments of an `#[mp_*(...)]` attribute: `name = "..."`, and for
/// `#[mp_function]` also `signature = (...)`, comma-separated, each at most once.
pub fn parse_attr_args(tokens: TokenStream, kind: AttrKind, cx: &Ctxt) -> AttrArgs {
    let mut args = AttrArgs::default();
    for (arg, comma) in split_commas(tokens) {
        let Some((TokenTree::Ident(key), rest)) = arg.split_first() else {
            match (arg.first(), comma) {
                (Some(_), _) => cx.error_spanned_by(stream(&arg), format!("expected an argument: {}", arg_list(kind))),
                (None, Some(comma)) => cx.error_at(comma.span(), format!("expected an argument: {}", arg_list(kind))),
                (None, None) => {}
            }
            continue;
        };
        let value = match rest {
            [TokenTree::Punct(eq), value @ ..] if eq.as_char() == '=' && !value.is_empty() => Some(value),
            _ => None,
        };
        if key == "name" {
            let Some(value) = value else {
                cx.error_spanned_by(stream(&arg), "expected `name = \"...\"`");
                continue;
            };
            let lit = match value {
                [TokenTree::Literal(lit)] => match Lit::new(lit.clone()) {
                    Lit::Str(s) => Some(s),
                    _ => None,
                },
                _ => None,
            };
            match lit {
                Some(_) if args.name.is_some() => {
                    cx.error_spanned_by(stream(&arg), format!("duplicate argument `name` to #[{}]", kind.name()));
                }
                Some(s) => args.name = Some(s),
                None => cx.error_spanned_by(stream(value), "expected a string literal: `name = \"...\"`"),
            }
        } else if key == PARENT_ARG && kind == AttrKind::Module {
            if let Some([TokenTree::Literal(lit)]) = value {
                if let Lit::Str(s) = Lit::new(lit.clone()) {
                    args.parent = Some(s);
                }
            }
        } else if key == "signature" && kind == AttrKind::Function {
            let group = match value {
                Some([TokenTree::Group(g)]) if g.delimiter() == Delimiter::Parenthesis => g,
                _ => {
                    cx.error_spanned_by(
                        stream(&arg),
                        "expected `signature = (...)`: Python parameters in parentheses, such as `(a, b=1, *, c=0)`",
                    );
                    continue;
                }
            };
            if args.signature.is_some() {
                cx.error_spanned_by(stream(&arg), "duplicate argument `signature` to #[mp_function]");
            } else {
                args.signature = Some(parse_signature(group, cx));
            }
        } else if key == "base" && kind == AttrKind::Exception {
            match value.map(|v| syn::parse2::<syn::Path>(stream(v))) {
                Some(Ok(path)) => args.base = Some(path),
                _ => cx.error_spanned_by(stream(&arg), "expected `base = ExceptionName`, such as `base = ValueError`"),
            }
        } else {
            let name = key.unraw().to_string();
            let valid = valid_args(kind);
            let keys: Vec<&str> = valid.iter().map(|(k, _)| *k).collect();
            let hint = match crate::suggest::nearest(&name, &keys) {
                Some(near) => {
                    let shown = valid.iter().find(|(k, _)| *k == near).map_or(near, |(_, shown)| shown);
                    format!("did you mean {shown}?")
                }
                None => format!("valid arguments: {}", arg_list(kind)),
            };
            cx.error_spanned_by(key, format!("unknown argument `{name}` to #[{}]; {hint}", kind.name()));
        }
    }
    args
}

/// `name = "..."`, `signature = (...)`: the valid arguments of `kind`, for messages.
fn arg_list(kind: AttrKind) -> String {
    valid_args(kind).iter().map(|(_, shown)| *shown).collect::<Vec<_>>().join(", ")
}

/// Parses the inside of `signature = (...)`: Python parameter syntax. Only the shape of
/// each item is checked here; the rules between items, the defaults and the match with the
/// Rust parameters are [`crate::validate`]'s.
fn parse_signature(group: &Group, cx: &Ctxt) -> SignatureInput {
    let mut items = Vec::new();
    let mut malformed = false;
    for (tokens, comma) in split_commas(group.stream()) {
        if tokens.is_empty() {
            if let Some(comma) = comma {
                cx.error_at(comma.span(), "expected a parameter before `,`");
                malformed = true;
            }
            continue;
        }
        match parse_sig_item(&tokens, cx) {
            Some(item) => items.push(item),
            None => malformed = true,
        }
    }
    SignatureInput { span: group.span(), items, malformed }
}

/// One item of a signature: `name`, `name=default`, `/`, `*`, `*name`, `**name`.
fn parse_sig_item(tokens: &[TokenTree], cx: &Ctxt) -> Option<SigItem> {
    let all = stream(tokens);
    let is = |t: &TokenTree, c: char| matches!(t, TokenTree::Punct(p) if p.as_char() == c);
    let kind = match tokens {
        [TokenTree::Ident(name)] => SigKind::Param { name: name.clone(), default: None },
        [TokenTree::Ident(name), eq, default @ ..] if is(eq, '=') && !default.is_empty() => {
            SigKind::Param { name: name.clone(), default: Some(stream(default)) }
        }
        [slash] if is(slash, '/') => SigKind::PosOnlyMarker,
        [star] if is(star, '*') => SigKind::KwOnlyMarker,
        [star, TokenTree::Ident(name)] if is(star, '*') => SigKind::VarArgs(name.clone()),
        [s1, s2, TokenTree::Ident(name)] if is(s1, '*') && is(s2, '*') => SigKind::VarKw(name.clone()),
        [s1, TokenTree::Ident(_), eq, ..] if is(s1, '*') && is(eq, '=') => {
            cx.error_spanned_by(all, "`*args` cannot have a default value");
            return None;
        }
        [s1, s2, TokenTree::Ident(_), eq, ..] if is(s1, '*') && is(s2, '*') && is(eq, '=') => {
            cx.error_spanned_by(all, "`**kwargs` cannot have a default value");
            return None;
        }
        _ => {
            cx.error_spanned_by(
                all,
                "expected a Python parameter: `name`, `name=default`, `*`, `*args`, `**kwargs` or `/`",
            );
            return None;
        }
    };
    Some(SigItem { kind, tokens: all })
}

/// The `///` doc of an item: the lines joined with `\n`, each without its first space.
/// `None` when there is none. `#[doc = ...]` that is not a string literal is skipped.
pub fn doc_string(attrs: &[Attribute]) -> Option<String> {
    let mut lines = Vec::new();
    for attr in attrs {
        let Meta::NameValue(nv) = &attr.meta else {
            continue;
        };
        if !nv.path.is_ident("doc") {
            continue;
        }
        if let Expr::Lit(syn::ExprLit { lit: Lit::Str(s), .. }) = &nv.value {
            let line = s.value();
            lines.push(line.strip_prefix(' ').map(str::to_owned).unwrap_or(line));
        }
    }
    if lines.is_empty() {
        None
    } else {
        Some(lines.join("\n"))
    }
}
