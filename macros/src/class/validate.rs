//! Stage 2 for classes: checks the marked structs and impls of a module into [`Class`]
//! and [`Exception`] models. Methods go through the module's own
//! [`crate::validate::validate_function`] as synthetic functions (an `Obj` for the
//! receiver, then the method's parameters), so they take the same argument types and
//! `signature = (...)` as `#[mp_function]`s, with the same errors on the same tokens.
//!
//! Rules: a class is a non-generic struct without fields that need `Drop` (instances live
//! in the GC heap, which runs no destructors); its one `#[mp_methods]` impl is inherent and
//! in the same module. Methods take `&self`, `&mut self` or `slf: Obj` (the object itself,
//! unborrowed); `#[new]`, `#[staticmethod]` and `#[classmethod]` take no receiver (a
//! classmethod's first parameter is the class, an `Obj`). At most one `#[new]`. Special
//! methods (`__x__`) must be among the supported ones, with their parameter count and, for
//! `__len__`/`__hash__`/`__bool__`/`__contains__`/`__next__`, their result type; `__del__`
//! is refused (no finalisers). Python names are unique within a class.

use std::collections::HashMap;

use proc_macro2::Span;
use quote::{format_ident, quote};
use syn::ext::IdentExt;
use syn::spanned::Spanned;
use syn::{FnArg, GenericArgument, Ident, Pat, PathArguments, ReturnType, Type};

use super::parse::{ClassInput, ExceptionInput, MethodInput, MethodKind, MethodsInput};
use crate::ctxt::Ctxt;
use crate::parse::{EntryInput, FunctionInput, ModuleInput, SigItem, SigKind, SignatureInput};
use crate::validate::{classify, type_text, validate_function, ArgType, Function};

/// What a class constant becomes (module constants have the fuller `ConstType`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ConstKind {
    Int,
    Bool,
    Str,
}

/// How a method gets its instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receiver {
    /// `#[new]`, `#[staticmethod]`, `#[classmethod]`.
    None,
    /// `&self`: a shared borrow.
    Ref,
    /// `&mut self`: the exclusive borrow.
    Mut,
    /// `slf: Obj`: the object itself.
    Obj,
}

/// Which type slot a special method drives.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    Call,
    Unary,
    Binary,
    Subscr,
    Iter,
    Next,
    Len,
    /// Found by name only (`__repr__`, `__hash__`, `__enter__`...): the shared slots or
    /// the runtime look it up in the class's dict.
    Named,
    /// `__del__`: instances are allocated with the GC's finaliser bit.
    Finaliser,
}

#[derive(Debug)]
pub struct Method {
    pub kind: MethodKind,
    pub receiver: Receiver,
    /// The Rust method.
    pub ident: Ident,
    /// The synthetic function's model: its `NativeFn` and thunk come from the module's
    /// function expansion.
    pub func: Function,
    /// The method's own parameters (after the receiver): names and types as written.
    pub params: Vec<(Ident, Type)>,
    /// Span of the return type, for errors about the result not converting.
    pub ret_span: Span,
    pub slot: Option<Slot>,
}

#[derive(Debug)]
pub struct Property {
    pub py_name: String,
    pub getter: Option<Method>,
    pub setter: Option<Method>,
}

#[derive(Debug)]
pub struct ClassConst {
    pub py_name: String,
    pub ident: Ident,
    pub kind: ConstKind,
}

#[derive(Debug)]
pub struct Class {
    pub ident: Ident,
    pub py_name: String,
    pub doc: Option<String>,
    /// No `&mut self` method: shared borrows are not counted.
    pub frozen: bool,
    pub new: Option<Method>,
    pub next: Option<Method>,
    /// Methods, special methods (except `__next__`), static and class methods.
    pub methods: Vec<Method>,
    pub properties: Vec<Property>,
    pub consts: Vec<ClassConst>,
}

impl Class {
    pub fn has_slot(&self, slot: Slot) -> bool {
        self.methods.iter().any(|m| m.slot == Some(slot))
    }
}

#[derive(Debug)]
pub struct Exception {
    pub ident: Ident,
    pub py_name: String,
    /// The base: a runtime exception static, or another `#[mp_exception]` of the module.
    pub base: ExcBase,
    /// A tuple struct with one field: its value is the exception's argument.
    pub has_arg: bool,
}

#[derive(Debug)]
pub enum ExcBase {
    Builtin(&'static str),
    Local(Ident),
}

/// Python's built-in exceptions a Rust exception may derive from, and their statics.
const EXC_BASES: [(&str, &str); 21] = [
    ("ArithmeticError", "ARITHMETIC_ERROR"),
    ("AssertionError", "ASSERTION_ERROR"),
    ("AttributeError", "ATTRIBUTE_ERROR"),
    ("BaseException", "BASE_EXCEPTION"),
    ("EOFError", "EOF_ERROR"),
    ("Exception", "EXCEPTION"),
    ("ImportError", "IMPORT_ERROR"),
    ("IndexError", "INDEX_ERROR"),
    ("KeyError", "KEY_ERROR"),
    ("LookupError", "LOOKUP_ERROR"),
    ("MemoryError", "MEMORY_ERROR"),
    ("NameError", "NAME_ERROR"),
    ("NotImplementedError", "NOT_IMPLEMENTED_ERROR"),
    ("OSError", "OS_ERROR"),
    ("OverflowError", "OVERFLOW_ERROR"),
    ("RuntimeError", "RUNTIME_ERROR"),
    ("StopIteration", "STOP_ITERATION"),
    ("TypeError", "TYPE_ERROR"),
    ("UnicodeError", "UNICODE_ERROR"),
    ("ValueError", "VALUE_ERROR"),
    ("ZeroDivisionError", "ZERO_DIVISION_ERROR"),
];

/// What a special method's result must be.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Ret {
    Any,
    Int,
    Bool,
    Option,
    /// Nothing (`__del__`).
    Unit,
}

/// The supported special methods: name, parameters after the receiver (`None`: any),
/// result, slot.
fn special(name: &str) -> Option<(Option<usize>, Ret, Slot)> {
    const BINARY: [&str; 20] = [
        "__add__",
        "__sub__",
        "__mul__",
        "__matmul__",
        "__truediv__",
        "__floordiv__",
        "__mod__",
        "__pow__",
        "__lshift__",
        "__rshift__",
        "__and__",
        "__or__",
        "__xor__",
        "__eq__",
        "__ne__",
        "__lt__",
        "__le__",
        "__gt__",
        "__ge__",
        "__contains__",
    ];
    Some(match name {
        "__repr__" | "__str__" => (Some(0), Ret::Any, Slot::Named),
        "__len__" => (Some(0), Ret::Int, Slot::Len),
        "__hash__" => (Some(0), Ret::Int, Slot::Named),
        "__bool__" => (Some(0), Ret::Bool, Slot::Named),
        "__getitem__" | "__delitem__" => (Some(1), Ret::Any, Slot::Subscr),
        "__setitem__" => (Some(2), Ret::Any, Slot::Subscr),
        "__iter__" => (Some(0), Ret::Any, Slot::Iter),
        "__next__" => (Some(0), Ret::Option, Slot::Next),
        "__enter__" => (Some(0), Ret::Any, Slot::Named),
        "__exit__" => (Some(3), Ret::Any, Slot::Named),
        "__call__" => (None, Ret::Any, Slot::Call),
        "__neg__" | "__pos__" | "__invert__" => (Some(0), Ret::Any, Slot::Unary),
        "__contains__" => (Some(1), Ret::Bool, Slot::Binary),
        "__del__" => (Some(0), Ret::Unit, Slot::Finaliser),
        n if BINARY.contains(&n) => (Some(1), Ret::Any, Slot::Binary),
        // Reflected (`3 + c`) and in-place (`c += 3`; returning `()` keeps `c`) operators.
        n if n.len() > 5
            && (n.starts_with("__r") || n.starts_with("__i"))
            && BINARY[..13].contains(&["__", &n[3..]].concat().as_str()) =>
        {
            (Some(1), Ret::Any, Slot::Binary)
        }
        _ => return None,
    })
}

/// Checks the classes and exceptions of `input`; the models, or errors in `cx`.
pub fn validate(input: &ModuleInput, cx: &Ctxt) -> (Vec<Class>, Vec<Exception>) {
    let classes: Vec<&ClassInput> = input
        .entries
        .iter()
        .filter_map(|e| match e {
            EntryInput::Class(c) => Some(c),
            _ => None,
        })
        .collect();
    let exceptions: Vec<&ExceptionInput> = input
        .entries
        .iter()
        .filter_map(|e| match e {
            EntryInput::Exception(x) => Some(x),
            _ => None,
        })
        .collect();
    let mut impls: HashMap<String, &MethodsInput> = HashMap::new();
    for entry in &input.entries {
        let EntryInput::Methods(m) = entry else { continue };
        if m.trait_ {
            cx.error_spanned_by(
                &m.head,
                "#[mp_methods] goes on an inherent impl (`impl Type { ... }`), not a trait impl",
            );
            continue;
        }
        if !m.generics.params.is_empty() {
            cx.error_spanned_by(&m.generics, "#[mp_methods] impl cannot be generic");
            continue;
        }
        let ident = match &m.self_ty {
            Type::Path(tp) if tp.qself.is_none() => tp.path.get_ident().cloned(),
            _ => None,
        };
        let Some(ident) = ident.filter(|i| classes.iter().any(|c| &c.ident == i)) else {
            cx.error_spanned_by(
                &m.self_ty,
                format!(
                    "#[mp_methods] impl for `{}`, which is not an #[mp_class] struct of this module",
                    type_text(&m.self_ty)
                ),
            );
            continue;
        };
        match impls.entry(ident.to_string()) {
            std::collections::hash_map::Entry::Occupied(_) => cx.error_spanned_by(
                &m.head,
                format!("a second #[mp_methods] impl for `{ident}`: put its methods in one impl"),
            ),
            std::collections::hash_map::Entry::Vacant(v) => {
                v.insert(m);
            }
        }
    }
    let classes =
        classes.iter().filter_map(|c| validate_class(c, impls.get(&c.ident.to_string()).copied(), cx)).collect();
    let local_exc: Vec<&Ident> = exceptions.iter().map(|e| &e.ident).collect();
    let exceptions = exceptions.iter().filter_map(|e| validate_exception(e, &local_exc, cx)).collect();
    (classes, exceptions)
}

fn validate_exception(e: &ExceptionInput, locals: &[&Ident], cx: &Ctxt) -> Option<Exception> {
    if !e.generics.params.is_empty() {
        cx.error_spanned_by(&e.generics, "#[mp_exception] cannot be generic");
        return None;
    }
    let has_arg = match &e.fields {
        syn::Fields::Unit => false,
        syn::Fields::Unnamed(f) if f.unnamed.len() == 1 => true,
        other => {
            cx.error_spanned_by(
                other,
                "#[mp_exception] is a unit struct (`struct E;`, no arguments) or has one unnamed field (`struct E(&'static str);`, the argument)",
            );
            return None;
        }
    };
    let base = match &e.base {
        None => ExcBase::Builtin("EXCEPTION"),
        Some(path) => {
            let ident = path.get_ident();
            match ident {
                Some(i) if locals.contains(&i) && i != &e.ident => ExcBase::Local(i.clone()),
                Some(i) => match EXC_BASES.iter().find(|(py, _)| i == py) {
                    Some((_, st)) => ExcBase::Builtin(st),
                    None => {
                        let names: Vec<&str> = EXC_BASES.iter().map(|(p, _)| *p).collect();
                        cx.error_spanned_by(
                            path,
                            format!(
                                "unknown exception base `{i}`: use a built-in exception ({}) or another #[mp_exception] of this module",
                                names.join(", ")
                            ),
                        );
                        return None;
                    }
                },
                None => {
                    cx.error_spanned_by(path, "expected an exception name, such as `base = ValueError`");
                    return None;
                }
            }
        }
    };
    Some(Exception { ident: e.ident.clone(), py_name: e.name.value.clone(), base, has_arg })
}

/// Types that own memory through a destructor: not allowed as fields.
const DROP_TYPES: [&str; 8] = ["Vec", "String", "Box", "Rc", "Arc", "GcVec", "RefCell", "BTreeMap"];

fn validate_class(c: &ClassInput, imp: Option<&MethodsInput>, cx: &Ctxt) -> Option<Class> {
    let before = cx.error_count();
    if !c.generics.params.is_empty() || c.generics.where_clause.is_some() {
        cx.error_spanned_by(
            &c.generics,
            "#[mp_class] cannot be generic or have lifetimes: its Python type is one ROM record",
        );
    }
    for field in c.fields.iter() {
        check_field(&field.ty, cx);
    }
    let mut class = Class {
        ident: c.ident.clone(),
        py_name: c.name.value.clone(),
        doc: c.doc.clone(),
        frozen: true,
        new: None,
        next: None,
        methods: Vec::new(),
        properties: Vec::new(),
        consts: Vec::new(),
    };
    let mut seen: HashMap<String, String> = HashMap::new();
    if let Some(imp) = imp {
        for m in &imp.methods {
            let Some(method) = validate_method(&c.ident, m, cx) else { continue };
            if method.receiver == Receiver::Mut {
                class.frozen = false;
            }
            let name = &m.func.name;
            let what = format!("fn {}", m.func.sig.ident);
            match m.kind {
                MethodKind::New => {
                    if let Some(first) = &class.new {
                        cx.error_at(
                            m.kind_span,
                            format!("a second #[new] for `{}` (the first is `fn {}`)", c.ident, first.ident),
                        );
                    } else {
                        class.new = Some(method);
                    }
                }
                MethodKind::Getter | MethodKind::Setter => {
                    let py = if m.kind == MethodKind::Setter && !name.overridden {
                        name.value.strip_prefix("set_").unwrap_or(&name.value).to_owned()
                    } else {
                        name.value.clone()
                    };
                    let index = match class.properties.iter().position(|p| p.py_name == py) {
                        Some(i) => i,
                        None => {
                            if let Some(first) = seen.get(&py) {
                                cx.error_at(name.span, duplicate(&py, &c.name.value, first));
                                continue;
                            }
                            seen.insert(py.clone(), what);
                            class.properties.push(Property { py_name: py.clone(), getter: None, setter: None });
                            class.properties.len() - 1
                        }
                    };
                    let p = &mut class.properties[index];
                    let slot = if m.kind == MethodKind::Getter { &mut p.getter } else { &mut p.setter };
                    if let Some(first) = slot {
                        let msg = format!("a second {} for `{py}` (the first is `fn {}`)", m.kind.attr(), first.ident);
                        cx.error_at(m.kind_span, msg);
                    } else {
                        *slot = Some(method);
                    }
                }
                _ => {
                    if let Some(first) = seen.get(&name.value) {
                        cx.error_at(name.span, duplicate(&name.value, &c.name.value, first));
                        continue;
                    }
                    seen.insert(name.value.clone(), what);
                    if method.slot == Some(Slot::Next) {
                        class.next = Some(method);
                    } else {
                        class.methods.push(method);
                    }
                }
            }
        }
        for k in &imp.consts {
            let kind = match classify(&k.ty) {
                Ok(ArgType::Int(_)) => Some(ConstKind::Int),
                Ok(ArgType::Bool) => Some(ConstKind::Bool),
                Ok(ArgType::Str) => Some(ConstKind::Str),
                _ => None,
            };
            let Some(kind) = kind else {
                cx.error_spanned_by(
                    &k.ty,
                    format!(
                        "unsupported type `{}` for a class #[mp_const]: use an integer type, bool or &str",
                        type_text(&k.ty)
                    ),
                );
                continue;
            };
            if let Some(first) = seen.get(&k.name.value) {
                cx.error_at(k.name.span, duplicate(&k.name.value, &c.name.value, first));
                continue;
            }
            seen.insert(k.name.value.clone(), format!("const {}", k.ident));
            class.consts.push(ClassConst { py_name: k.name.value.clone(), ident: k.ident.clone(), kind });
        }
    }
    (cx.error_count() == before).then_some(class)
}

fn duplicate(name: &str, class: &str, first: &str) -> String {
    format!("duplicate Python name `{name}` in class `{class}` (first defined here: `{first}`)")
}

fn check_field(ty: &Type, cx: &Ctxt) {
    match ty {
        Type::Reference(r) if r.lifetime.as_ref().is_none_or(|l| l.ident != "static") => {
            cx.error_spanned_by(ty, "unsupported field type in #[mp_class]: a reference must be `&'static`");
        }
        Type::Path(tp) => {
            if let Some(last) = tp.path.segments.last() {
                if DROP_TYPES.iter().any(|d| last.ident == d) {
                    cx.error_spanned_by(
                        ty,
                        format!(
                            "unsupported field type `{}` in #[mp_class]: instances live in the GC heap, which runs no destructors; hold Python objects as `Obj` fields (the GC keeps them alive) or fixed-size data",
                            type_text(ty)
                        ),
                    );
                }
            }
        }
        _ => {}
    }
}

/// The receiver of `sig` and the inputs after it.
fn receiver(sig: &syn::Signature, cx: &Ctxt) -> Option<(Receiver, Vec<FnArg>)> {
    let mut inputs: Vec<FnArg> = sig.inputs.iter().cloned().collect();
    let recv = match inputs.first() {
        Some(FnArg::Receiver(r)) => {
            if r.colon_token.is_some() || r.reference.is_none() {
                cx.error_spanned_by(
                    r,
                    "unsupported receiver: a method takes `&self`, `&mut self` or `slf: Obj` (the object itself)",
                );
                return None;
            }
            if r.mutability.is_some() {
                Receiver::Mut
            } else {
                Receiver::Ref
            }
        }
        Some(FnArg::Typed(pt)) if matches!(&*pt.pat, Pat::Ident(p) if p.ident == "slf") => {
            if !matches!(classify(&pt.ty), Ok(ArgType::Obj(_))) {
                cx.error_spanned_by(&pt.ty, "`slf` (the object itself) must be an `Obj`");
                return None;
            }
            Receiver::Obj
        }
        _ => return Some((Receiver::None, inputs)),
    };
    inputs.remove(0);
    Some((recv, inputs))
}

fn validate_method(class: &Ident, m: &MethodInput, cx: &Ctxt) -> Option<Method> {
    let sig = &m.func.sig;
    let (recv, rest) = receiver(sig, cx)?;
    let wants_none = matches!(m.kind, MethodKind::New | MethodKind::Static | MethodKind::Class);
    if wants_none && recv != Receiver::None {
        cx.error_at(m.kind_span, format!("{} takes no `self`", m.kind.attr()));
        return None;
    }
    if !wants_none && recv == Receiver::None {
        cx.error_spanned_by(
            &sig.ident,
            format!(
                "method `{}` takes no `self`: take `&self`, `&mut self` or `slf: Obj`, or mark it #[staticmethod]",
                sig.ident
            ),
        );
        return None;
    }
    if m.kind == MethodKind::Class && rest.is_empty() {
        cx.error_spanned_by(&sig.ident, "#[classmethod] takes the class first: `cls: Obj`");
        return None;
    }
    let n = rest.len();
    let ret_span = match &sig.output {
        ReturnType::Type(_, ty) => ty.span(),
        ReturnType::Default => sig.ident.span(),
    };
    let name = m.func.name.value.as_str();
    let mut slot = None;
    match m.kind {
        MethodKind::Getter if n != 0 => {
            cx.error_spanned_by(&sig.inputs, "#[getter] takes only the receiver: `fn x(&self) -> T`");
            return None;
        }
        MethodKind::Setter if n != 1 => {
            cx.error_spanned_by(
                &sig.inputs,
                "#[setter] takes the receiver and the value: `fn set_x(&mut self, value: T)`",
            );
            return None;
        }
        MethodKind::New => check_new_return(class, &sig.output, sig.ident.span(), cx),
        MethodKind::Method if name.starts_with("__") && name.ends_with("__") && name.len() > 4 => {
            if name == "__init__" || name == "__new__" {
                cx.error_spanned_by(&sig.ident, format!("`{name}`: mark the constructor #[new] instead"));
                return None;
            }
            let Some((params, ret, s)) = special(name) else {
                cx.error_spanned_by(
                    &sig.ident,
                    format!(
                        "unsupported special method `{name}` for an #[mp_class] (supported: __repr__, __str__, __len__, __hash__, __bool__, __getitem__, __setitem__, __delitem__, __iter__, __next__, __enter__, __exit__, __call__, __del__, __neg__, __pos__, __invert__, __contains__, comparisons, and binary operators such as __add__ with their reflected __radd__ and in-place __iadd__ forms)"
                    ),
                );
                return None;
            };
            if let Some(p) = params {
                if p != n {
                    let takes = match p {
                        0 => "only the receiver".to_owned(),
                        1 => "the receiver and 1 parameter".to_owned(),
                        p => format!("the receiver and {p} parameters"),
                    };
                    cx.error_spanned_by(&sig.inputs, format!("`{name}` takes {takes}; this one has {n}"));
                    return None;
                }
                if m.func.signature.is_some() {
                    cx.error_at(m.func.name.span, format!("`{name}` takes no `signature = (...)`"));
                    return None;
                }
            }
            if !check_ret(ret, &sig.output) {
                let want = match ret {
                    Ret::Int => "an integer type",
                    Ret::Bool => "`bool`",
                    Ret::Unit => "nothing (a finaliser cannot fail)",
                    _ => "`Option<T>` (`None` ends the iteration)",
                };
                match &sig.output {
                    ReturnType::Type(_, ty) => {
                        cx.error_spanned_by(ty, format!("`{name}` must return {want}, found `{}`", type_text(ty)))
                    }
                    ReturnType::Default => {
                        cx.error_spanned_by(&sig.ident, format!("`{name}` must return {want}, found `()`"))
                    }
                }
                return None;
            }
            slot = Some(s);
        }
        _ => {}
    }
    // The synthetic function: the receiver as `__mp_self: Obj`, then the method's own
    // parameters (without `mut`, which is the method's business).
    let p = quote!(::runtime::__private);
    let mut params = Vec::new();
    let mut inputs: Vec<FnArg> = Vec::new();
    if recv != Receiver::None {
        inputs.push(syn::parse_quote!(__mp_self: #p::Obj));
    }
    for arg in &rest {
        let FnArg::Typed(pt) = arg else {
            cx.error_spanned_by(arg, "`self` must be the first parameter");
            return None;
        };
        let mut pt = pt.clone();
        if let Pat::Ident(pi) = &mut *pt.pat {
            pi.mutability = None;
            params.push((pi.ident.clone(), (*pt.ty).clone()));
        }
        inputs.push(FnArg::Typed(pt));
    }
    let synthetic = format_ident!("__mp_{}_{}", class.unraw(), sig.ident.unraw(), span = sig.ident.span());
    let mut ssig = sig.clone();
    ssig.ident = synthetic;
    ssig.inputs = inputs.into_iter().collect();
    ssig.output = syn::parse_quote!(-> ::core::result::Result<#p::Obj, #p::Exc>);
    let signature = m.func.signature.as_ref().map(|s| with_self(s, recv != Receiver::None));
    let input = FunctionInput { name: m.func.name.clone(), doc: m.func.doc.clone(), sig: ssig, signature };
    let func = validate_function(&input, cx)?;
    Some(Method { kind: m.kind, receiver: recv, ident: sig.ident.clone(), func, params, ret_span, slot })
}

/// `signature = (...)` with the receiver first, positional-only: `(__mp_self, /, ...)`.
fn with_self(s: &SignatureInput, has_self: bool) -> SignatureInput {
    let mut items = Vec::new();
    if has_self {
        let name = Ident::new("__mp_self", s.span);
        items.push(SigItem { tokens: quote!(#name), kind: SigKind::Param { name, default: None } });
        if !s.items.iter().any(|i| matches!(i.kind, SigKind::PosOnlyMarker)) {
            items.push(SigItem { kind: SigKind::PosOnlyMarker, tokens: quote!(/) });
        }
    }
    for i in &s.items {
        let kind = match &i.kind {
            SigKind::Param { name, default } => SigKind::Param { name: name.clone(), default: default.clone() },
            SigKind::PosOnlyMarker => SigKind::PosOnlyMarker,
            SigKind::KwOnlyMarker => SigKind::KwOnlyMarker,
            SigKind::VarArgs(n) => SigKind::VarArgs(n.clone()),
            SigKind::VarKw(n) => SigKind::VarKw(n.clone()),
        };
        items.push(SigItem { kind, tokens: i.tokens.clone() });
    }
    SignatureInput { span: s.span, items, malformed: s.malformed }
}

/// The type inside `Result<T, _>`, or the type itself.
fn ok_type(ty: &Type) -> &Type {
    if let Type::Path(tp) = ty {
        if let Some(last) = tp.path.segments.last() {
            if last.ident == "Result" {
                if let PathArguments::AngleBracketed(ab) = &last.arguments {
                    if let Some(GenericArgument::Type(t)) = ab.args.first() {
                        return t;
                    }
                }
            }
        }
    }
    ty
}

fn check_ret(ret: Ret, output: &ReturnType) -> bool {
    let ReturnType::Type(_, ty) = output else { return matches!(ret, Ret::Any | Ret::Unit) };
    if ret == Ret::Unit {
        return matches!(ty.as_ref(), Type::Tuple(t) if t.elems.is_empty());
    }
    let ty = ok_type(ty);
    match ret {
        Ret::Any | Ret::Unit => true,
        Ret::Int => matches!(classify(ty), Ok(ArgType::Int(_))),
        Ret::Bool => matches!(classify(ty), Ok(ArgType::Bool)),
        Ret::Option => matches!(ty, Type::Path(tp) if tp.path.segments.last().is_some_and(|s| s.ident == "Option")),
    }
}

fn check_new_return(class: &Ident, output: &ReturnType, span: Span, cx: &Ctxt) {
    let ok = match output {
        ReturnType::Type(_, ty) => {
            let ty = ok_type(ty);
            matches!(ty, Type::Path(tp) if tp.qself.is_none() && (tp.path.is_ident("Self") || tp.path.is_ident(class)))
        }
        ReturnType::Default => false,
    };
    if !ok {
        let msg = format!("#[new] returns the new `{class}`: `-> Self` or `-> Result<Self, E>`");
        match output {
            ReturnType::Type(_, ty) => cx.error_spanned_by(ty, msg),
            ReturnType::Default => cx.error_at(span, msg),
        }
    }
}
