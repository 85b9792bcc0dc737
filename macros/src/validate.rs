//! Stage 2, validate: checks what [`crate::parse`] found against the rules of a Python
//! module in ROM, and turns it into the model [`crate::expand`] writes out. Every error is
//! recorded with the span of the tokens at fault; the model is only expanded when there
//! were none.
//!
//! Rules: functions take no `self`, are not generic, async or unsafe, and name each
//! parameter with a plain identifier; parameters convert with `FromObj` from an integer
//! type, `f32`/`f64`, `bool`, `&str`, `&[u8]`, `&[Cell<u8>]`, `Obj`, tuples of 1 to 4 of
//! these or `Option<...>` of these (without a signature, trailing `Option`s are optional
//! arguments); at most 254 parameters (255 means "any number" to the runtime).
//! `signature = (...)` has its own rules ([`crate::signature`]). The module's special
//! functions have fixed shapes: `__getattr__(name)` one parameter, `__init__()` none.
//! Constants are integers, floats, `bool`, `&str`, `&[u8]` or tuples of these. Python names
//! are identifiers, unique within the module (submodules included), and not `__name__` /
//! `__doc__` (the module's own entries).

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::{quote, ToTokens};
use syn::spanned::Spanned;
use syn::{FnArg, GenericArgument, Ident, Pat, PathArguments, ReturnType, Type};

use crate::ctxt::Ctxt;
use crate::parse::{ConstInput, EntryInput, FunctionInput, ModuleInput, PyName, SubmoduleInput};
pub use crate::signature::Spec;
use crate::signature::{self, ParamKind};

/// Most parameters a function may have: the runtime's `u8` argument counts keep 255 for
/// "any number".
pub const MAX_PARAMS: usize = 254;

const INT_TYPES: [&str; 10] = ["i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize"];

/// A checked module, ready to expand.
#[derive(Debug)]
pub struct Module {
    /// The full name: `parent.name` for a submodule.
    pub py_name: String,
    pub doc: Option<String>,
    pub entries: Vec<Entry>,
}

#[derive(Debug)]
pub enum Entry {
    Function(Function),
    Const(Const),
    Class(Box<crate::class::Class>),
    Exception(crate::class::Exception),
    Submodule(Submodule),
}

#[derive(Debug)]
pub struct Submodule {
    pub py_name: String,
    pub ident: Ident,
}

#[derive(Debug)]
pub struct Function {
    pub ident: Ident,
    pub py_name: String,
    pub doc: Option<String>,
    pub params: Vec<Param>,
    /// Parameters before the trailing `Option`s.
    pub min_args: usize,
    /// Span of the return type (or of the name when there is none), for errors about
    /// the result not converting.
    pub ret_span: Span,
    /// `signature = (...)`: the const argument spec. The thunk then gets every slot, and
    /// no parameter is `optional`.
    pub spec: Option<Spec>,
}

#[derive(Debug)]
pub struct Param {
    pub ty: ArgType,
    /// A trailing `Option`: `None` when the caller leaves it out.
    pub optional: bool,
    /// Span of the declared type, for errors about the conversion.
    pub span: Span,
}

/// A supported argument type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgType {
    Int(Ident),
    /// `f32` / `f64`.
    Float(Ident),
    Bool,
    Str,
    /// `&[u8]`: any buffer, read.
    Bytes,
    /// `&[Cell<u8>]`: a writable buffer.
    Cells,
    /// `(A, B, ...)`: a tuple or list of that length.
    Tuple(Vec<ArgType>),
    /// A path ending in `Obj`, as written.
    Obj(syn::Path),
    Option(Box<ArgType>),
}

impl ToTokens for ArgType {
    /// The type the argument converts to with `FromObj`.
    fn to_tokens(&self, tokens: &mut TokenStream) {
        match self {
            ArgType::Int(ident) | ArgType::Float(ident) => ident.to_tokens(tokens),
            ArgType::Bool => tokens.extend(quote!(bool)),
            ArgType::Str => tokens.extend(quote!(&'static str)),
            ArgType::Bytes => tokens.extend(quote!(&'static [u8])),
            ArgType::Cells => tokens.extend(quote!(&'static [::core::cell::Cell<u8>])),
            ArgType::Tuple(items) => tokens.extend(quote!((#(#items,)*))),
            ArgType::Obj(path) => path.to_tokens(tokens),
            ArgType::Option(inner) => tokens.extend(quote!(::core::option::Option<#inner>)),
        }
    }
}

#[derive(Debug)]
pub struct Const {
    pub ident: Ident,
    pub py_name: String,
    pub ty: ConstType,
    /// The item's `#[cfg(...)]`s: its dict entry and ROM statics carry them too.
    pub cfgs: Vec<syn::Attribute>,
}

/// What a constant becomes in ROM.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ConstType {
    /// A small int, or a ROM long int where the board has them (the type: `i8`, `u16`
    /// and narrower always fit a small int).
    Int(Ident),
    /// A ROM float at the board's precision.
    Float,
    Bool,
    /// A ROM str.
    Str,
    /// A ROM bytes (`&[u8]`).
    Bytes,
    /// A ROM tuple of these.
    Tuple(Vec<ConstType>),
    /// A ROM instance (`RomObj`) of the module's `#[mp_class]` of that name (frozen).
    Instance(Ident),
}

/// Checks `input`; errors go to `cx` (the model is then incomplete).
pub fn validate(input: &ModuleInput, cx: &Ctxt) -> Module {
    check_py_name(&input.name, "#[mp_module]", cx);
    let module_name = &input.full_name();
    let mut seen: HashMap<String, String> = HashMap::new();
    let mut entries = Vec::new();
    for entry in &input.entries {
        let (name, what) = match entry {
            EntryInput::Function(f) => (&f.name, format!("fn {}", f.sig.ident)),
            EntryInput::Const(c) => (&c.name, format!("const {}", c.ident)),
            EntryInput::Submodule(m) => (&m.name, format!("mod {}", m.ident)),
            EntryInput::Class(c) => (&c.name, format!("struct {}", c.ident)),
            EntryInput::Exception(e) => (&e.name, format!("struct {}", e.ident)),
            EntryInput::Methods(_) => continue,
        };
        check_entry_name(name, module_name, &what, &mut seen, cx);
        let checked = match entry {
            EntryInput::Function(f) => validate_function(f, cx).map(Entry::Function),
            EntryInput::Const(c) => validate_const(c, input, cx).map(Entry::Const),
            EntryInput::Submodule(SubmoduleInput { name, ident }) => {
                Some(Entry::Submodule(Submodule { py_name: name.value.clone(), ident: ident.clone() }))
            }
            _ => None,
        };
        entries.extend(checked);
    }
    // Classes and exceptions (crate::class), after the module's names are checked.
    let (classes, exceptions) = crate::class::validate::validate(input, cx);
    entries.extend(classes.into_iter().map(|c| Entry::Class(Box::new(c))));
    entries.extend(exceptions.into_iter().map(Entry::Exception));
    Module { py_name: module_name.clone(), doc: input.doc.clone(), entries }
}

fn check_entry_name(name: &PyName, module: &str, what: &str, seen: &mut HashMap<String, String>, cx: &Ctxt) {
    let attr = match what.split(' ').next() {
        Some("fn") => "#[mp_function]",
        Some("mod") => "#[mp_module]",
        Some("struct") => "#[mp_class]",
        _ => "#[mp_const]",
    };
    check_py_name(name, attr, cx);
    if name.value == "__name__" || name.value == "__doc__" {
        cx.error_at(name.span, format!("the Python name `{}` is reserved: #[mp_module] sets it", name.value));
    } else if let Some(first) = seen.get(&name.value) {
        cx.error_at(
            name.span,
            format!("duplicate Python name `{}` in module `{module}` (first defined here: `{first}`)", name.value),
        );
    } else {
        seen.insert(name.value.clone(), what.to_owned());
    }
}

/// `name = "..."` must be a Python identifier (Rust identifiers always are).
fn check_py_name(name: &PyName, attr: &str, cx: &Ctxt) {
    if name.overridden && !is_py_identifier(&name.value) {
        cx.error_at(name.span, format!("{attr} name `{}` is not a Python identifier", name.value));
    }
}

fn is_py_identifier(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c == '_' || c.is_alphabetic()) && chars.all(|c| c == '_' || c.is_alphanumeric())
}

pub(crate) fn validate_function(f: &FunctionInput, cx: &Ctxt) -> Option<Function> {
    let sig = &f.sig;
    let errors_before = cx.error_count();
    if let Some(t) = &sig.asyncness {
        cx.error_spanned_by(t, "#[mp_function] cannot be `async`");
    }
    if let Some(t) = &sig.unsafety {
        cx.error_spanned_by(t, "#[mp_function] cannot be `unsafe`");
    }
    if !sig.generics.params.is_empty() || sig.generics.where_clause.is_some() {
        cx.error_spanned_by(&sig.generics, "#[mp_function] cannot be generic");
    }
    if let Some(v) = &sig.variadic {
        cx.error_spanned_by(v, "#[mp_function] cannot be variadic");
    }
    if sig.inputs.len() > MAX_PARAMS {
        cx.error_spanned_by(
            &sig.ident,
            format!("#[mp_function] takes at most {MAX_PARAMS} parameters; `{}` has {}", sig.ident, sig.inputs.len()),
        );
    }
    // The signature's shape first: whether a parameter is `*args` / `**kwargs` decides how
    // its type is checked.
    let shape = f.signature.as_ref().map(|s| signature::shape(s, cx));
    let mut params = Vec::new();
    let mut idents = Vec::new();
    let mut written = Vec::new();
    for input in &sig.inputs {
        match input {
            FnArg::Receiver(r) => {
                cx.error_spanned_by(r, "#[mp_function] cannot take `self`: it is a module-level function")
            }
            FnArg::Typed(pt) => {
                let ident = match &*pt.pat {
                    Pat::Ident(p) if p.by_ref.is_none() && p.subpat.is_none() => Some(p.ident.clone()),
                    _ => None,
                };
                if ident.is_none() {
                    cx.error_spanned_by(
                        &pt.pat,
                        "#[mp_function] parameters must be plain identifiers (each names the Python parameter)",
                    );
                }
                let star = match (&shape, &ident) {
                    (Some(shape), Some(ident)) => shape
                        .kind_of(ident)
                        .filter(|k| matches!(k, ParamKind::VarArgs | ParamKind::VarKw))
                        .map(|k| (k, ident)),
                    _ => None,
                };
                let ty = match star {
                    Some((kind, ident)) => signature::star_type(kind, ident, &pt.ty, cx),
                    None => arg_type(&pt.ty, cx),
                };
                if let Some(ty) = ty {
                    params.push(Param { ty, optional: false, span: pt.ty.span() });
                }
                idents.extend(ident);
                written.push(&*pt.ty);
            }
        }
    }
    if let Some(shape) = &shape {
        if shape.complete && idents.len() == sig.inputs.len() {
            signature::match_names(shape, &sig.ident, &idents, cx);
        }
    }
    check_special(f, &params, cx);
    if cx.error_count() > errors_before {
        return None;
    }
    let spec = shape.map(|shape| {
        let types: Vec<(&ArgType, &Type)> = params.iter().map(|p| &p.ty).zip(written.iter().copied()).collect();
        signature::spec(&shape, &types, cx)
    });
    if cx.error_count() > errors_before {
        return None;
    }
    let min_args = if spec.is_some() {
        params.len()
    } else {
        params.iter().rposition(|p| !matches!(p.ty, ArgType::Option(_))).map_or(0, |i| i + 1)
    };
    for p in &mut params[min_args..] {
        p.optional = true;
    }
    let ret_span = match &sig.output {
        ReturnType::Type(_, ty) => ty.span(),
        ReturnType::Default => sig.ident.span(),
    };
    Some(Function {
        ident: sig.ident.clone(),
        py_name: f.name.value.clone(),
        doc: f.doc.clone(),
        params,
        min_args,
        ret_span,
        spec,
    })
}

/// The module's special functions, which the runtime calls with fixed arguments:
/// `__getattr__(name)` (an attribute the module does not have, MicroPython's
/// `MICROPY_MODULE_GETATTR`) and `__init__()` (on the first import,
/// `MICROPY_MODULE_BUILTIN_INIT`).
fn check_special(f: &FunctionInput, params: &[Param], cx: &Ctxt) {
    let sig = &f.sig;
    let (wanted, shape) = match f.name.value.as_str() {
        "__getattr__" => (1, "`fn __getattr__(name: &str)`: it gets the attribute's name"),
        "__init__" => (0, "`fn __init__()`: the runtime calls it with no arguments on the first import"),
        _ => return,
    };
    if sig.inputs.len() != wanted {
        let at = if sig.inputs.is_empty() { sig.paren_token.span.join() } else { sig.inputs.span() };
        cx.error_at(
            at,
            format!(
                "module-level `{}` takes {wanted} parameter{}: {shape}",
                f.name.value,
                if wanted == 1 { "" } else { "s" }
            ),
        );
    } else if wanted == 1 {
        if let Some(p) = params.first().filter(|p| !matches!(p.ty, ArgType::Str | ArgType::Obj(_))) {
            cx.error_at(
                p.span,
                format!("the name `__getattr__` gets is a str: make the parameter `&str` or `Obj`; {shape}"),
            );
        }
    }
    if let Some(s) = &f.signature {
        cx.error_at(s.span, format!("module-level `{}` takes no `signature = (...)`: {shape}", f.name.value));
    }
}

/// What a parameter of type `ty` converts to; `None` (error recorded) if unsupported.
fn arg_type(ty: &Type, cx: &Ctxt) -> Option<ArgType> {
    match classify(ty) {
        Ok(t) => Some(t),
        Err(Unsupported::MutBytes(tokens)) => {
            cx.error_spanned_by(
                tokens,
                "`&mut [u8]` cannot be a Python argument: two arguments may be one bytearray; take a writable buffer as `&[Cell<u8>]`",
            );
            None
        }
        Err(Unsupported::Other(tokens, text)) => {
            cx.error_spanned_by(
                tokens,
                format!(
                    "unsupported argument type `{text}` for a Python function: use an integer type, f32, f64, bool, &str, &[u8], &[Cell<u8>], Obj, or a tuple or Option<...> of these"
                ),
            );
            None
        }
    }
}

pub(crate) enum Unsupported {
    /// `&mut [u8]`: its tokens.
    MutBytes(TokenStream),
    /// Another type: the tokens and text of the part that is not supported (the element of
    /// a tuple, the whole type otherwise).
    Other(TokenStream, String),
}

/// What a parameter of type `ty` converts to, without recording errors.
pub(crate) fn classify(ty: &Type) -> Result<ArgType, Unsupported> {
    let other = || Unsupported::Other(ty.to_token_stream(), type_text(ty));
    match simple_type(ty) {
        Some(SimpleType::Int(i)) => return Ok(ArgType::Int(i)),
        Some(SimpleType::Bool) => return Ok(ArgType::Bool),
        Some(SimpleType::Str) => return Ok(ArgType::Str),
        Some(SimpleType::Float(i)) => return Ok(ArgType::Float(i)),
        Some(SimpleType::Bytes) => return Ok(ArgType::Bytes),
        None => {}
    }
    match strip(ty) {
        Type::Reference(r) => {
            if let Type::Slice(s) = strip(&r.elem) {
                if r.mutability.is_some() && is_ident(&s.elem, "u8") {
                    return Err(Unsupported::MutBytes(ty.to_token_stream()));
                }
                if r.mutability.is_none() && is_cell_u8(&s.elem) {
                    return Ok(ArgType::Cells);
                }
            }
            return Err(other());
        }
        Type::Tuple(t) if (1..=4).contains(&t.elems.len()) => {
            return t.elems.iter().map(classify).collect::<Result<Vec<_>, _>>().map(ArgType::Tuple);
        }
        _ => {}
    }
    let Type::Path(tp) = strip(ty) else {
        return Err(other());
    };
    if tp.qself.is_some() {
        return Err(other());
    }
    let last = tp.path.segments.last().ok_or_else(other)?;
    if last.ident == "Obj" && last.arguments.is_none() {
        return Ok(ArgType::Obj(tp.path.clone()));
    }
    if last.ident == "Option" {
        if let PathArguments::AngleBracketed(ab) = &last.arguments {
            if let [GenericArgument::Type(inner)] = ab.args.iter().collect::<Vec<_>>()[..] {
                return match classify(inner)? {
                    ArgType::Option(_) => Err(other()),
                    t => Ok(ArgType::Option(Box::new(t))),
                };
            }
        }
    }
    Err(other())
}

fn is_ident(ty: &Type, name: &str) -> bool {
    matches!(strip(ty), Type::Path(tp) if tp.qself.is_none() && tp.path.is_ident(name))
}

/// `Cell<u8>` (any path ending in `Cell`).
fn is_cell_u8(ty: &Type) -> bool {
    let Type::Path(tp) = strip(ty) else { return false };
    let Some(last) = tp.path.segments.last() else { return false };
    match &last.arguments {
        PathArguments::AngleBracketed(ab) if last.ident == "Cell" && ab.args.len() == 1 => {
            matches!(ab.args.first(), Some(GenericArgument::Type(t)) if is_ident(t, "u8"))
        }
        _ => false,
    }
}

/// Types both parameters and constants may have.
enum SimpleType {
    Int(Ident),
    Bool,
    Str,
    Float(Ident),
    /// `&[u8]`.
    Bytes,
}

fn simple_type(ty: &Type) -> Option<SimpleType> {
    match strip(ty) {
        Type::Path(tp) if tp.qself.is_none() => {
            let ident = tp.path.get_ident()?;
            if INT_TYPES.iter().any(|t| ident == t) {
                Some(SimpleType::Int(ident.clone()))
            } else if ident == "bool" {
                Some(SimpleType::Bool)
            } else if ident == "f32" || ident == "f64" {
                Some(SimpleType::Float(ident.clone()))
            } else {
                None
            }
        }
        Type::Reference(r) if r.mutability.is_none() => match strip(&r.elem) {
            Type::Path(tp) if tp.qself.is_none() && tp.path.is_ident("str") => Some(SimpleType::Str),
            Type::Slice(s) if is_ident(&s.elem, "u8") => Some(SimpleType::Bytes),
            _ => None,
        },
        _ => None,
    }
}

/// `ty` without the invisible groups of macro expansion and parentheses.
fn strip(ty: &Type) -> &Type {
    match ty {
        Type::Group(g) => strip(&g.elem),
        Type::Paren(p) => strip(&p.elem),
        other => other,
    }
}

fn validate_const(c: &ConstInput, module: &ModuleInput, cx: &Ctxt) -> Option<Const> {
    let classes: Vec<&Ident> = module
        .entries
        .iter()
        .filter_map(|e| match e {
            EntryInput::Class(class) => Some(&class.ident),
            _ => None,
        })
        .collect();
    // The item's own `#[cfg]`s, from the module as written.
    let items = module.module.content.as_ref().map_or(&[][..], |(_, items)| items);
    let cfgs = items
        .iter()
        .find_map(|item| match item {
            syn::Item::Const(k) if k.ident == c.ident => {
                Some(k.attrs.iter().filter(|a| a.path().is_ident("cfg")).cloned().collect())
            }
            _ => None,
        })
        .unwrap_or_default();
    match const_type(&c.ty, &classes) {
        Some(ty) => Some(Const { ident: c.ident.clone(), py_name: c.name.value.clone(), ty, cfgs }),
        None => {
            cx.error_spanned_by(
                &c.ty,
                format!(
                    "unsupported type `{}` for a #[mp_const]: use an integer type, f32, f64, bool, &str, &[u8], a frozen #[mp_class] of the module, or a tuple of these",
                    type_text(&c.ty)
                ),
            );
            None
        }
    }
}

/// What a constant of type `ty` becomes in ROM; `None` if unsupported. `classes`: the
/// module's `#[mp_class]` structs (a constant of one is a ROM instance).
fn const_type(ty: &Type, classes: &[&Ident]) -> Option<ConstType> {
    if let Type::Tuple(t) = strip(ty) {
        if t.elems.is_empty() {
            return None;
        }
        return t.elems.iter().map(|t| const_type(t, classes)).collect::<Option<Vec<_>>>().map(ConstType::Tuple);
    }
    if let Type::Path(tp) = strip(ty) {
        if let Some(class) = tp.path.get_ident().and_then(|i| classes.iter().find(|c| *c == &i)) {
            return Some(ConstType::Instance((*class).clone()));
        }
    }
    Some(match simple_type(ty)? {
        SimpleType::Int(i) => ConstType::Int(i),
        SimpleType::Float(_) => ConstType::Float,
        SimpleType::Bool => ConstType::Bool,
        SimpleType::Str => ConstType::Str,
        SimpleType::Bytes => ConstType::Bytes,
    })
}

/// `ty` as a person writes it (`Vec<u8>`, `&'static str`), for messages.
pub fn type_text(ty: &Type) -> String {
    let mut s = ty.to_token_stream().to_string();
    for (from, to) in [
        (" < ", "<"),
        ("< ", "<"),
        (" <", "<"),
        (" >", ">"),
        (" ,", ","),
        (" :: ", "::"),
        (":: ", "::"),
        ("& ", "&"),
        ("( ", "("),
        (" )", ")"),
        ("[ ", "["),
        (" ]", "]"),
        (" ;", ";"),
        ("* ", "*"),
    ] {
        s = s.replace(from, to);
    }
    s
}
