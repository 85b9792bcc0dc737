//! Stage 1 for classes: reads an `#[mp_class]` struct, an `#[mp_methods]` impl (its
//! `#[mp_function]` methods with their helper attributes, its `#[mp_const]` constants) and
//! an `#[mp_exception]` struct. The marks are rewritten to the inert marker, as the
//! module's are; the helper attributes (`#[new]`, `#[getter]`, `#[setter]`,
//! `#[staticmethod]`, `#[classmethod]`) are removed, since no attribute of that name
//! exists for the compiler to resolve.

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;
use syn::{Attribute, Fields, Generics, Ident, ImplItem, ItemImpl, ItemStruct, Meta};

use crate::ctxt::Ctxt;
use crate::parse::{doc_string, parse_attr_args, AttrArgs, AttrKind, ConstInput, FunctionInput, PyName, MARKER};

/// An `#[mp_class]` struct.
pub struct ClassInput {
    pub name: PyName,
    pub ident: Ident,
    pub doc: Option<String>,
    pub generics: Generics,
    pub fields: Fields,
}

/// An `#[mp_exception(base = ...)]` struct.
pub struct ExceptionInput {
    pub name: PyName,
    pub ident: Ident,
    pub base: Option<syn::Path>,
    pub generics: Generics,
    pub fields: Fields,
}

/// An `#[mp_methods]` impl.
pub struct MethodsInput {
    /// `impl ... Type`: the tokens errors about the impl point at.
    pub head: TokenStream,
    pub self_ty: syn::Type,
    pub generics: Generics,
    pub trait_: bool,
    pub methods: Vec<MethodInput>,
    pub consts: Vec<ConstInput>,
}

/// How a method is exposed.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MethodKind {
    Method,
    New,
    Getter,
    Setter,
    Static,
    Class,
}

impl MethodKind {
    pub fn attr(self) -> &'static str {
        match self {
            MethodKind::Method => "#[mp_function]",
            MethodKind::New => "#[new]",
            MethodKind::Getter => "#[getter]",
            MethodKind::Setter => "#[setter]",
            MethodKind::Static => "#[staticmethod]",
            MethodKind::Class => "#[classmethod]",
        }
    }
}

/// One `#[mp_function]` of an `#[mp_methods]` impl.
pub struct MethodInput {
    pub kind: MethodKind,
    /// The helper attribute, which errors about the kind point at (the name otherwise).
    pub kind_span: Span,
    pub func: FunctionInput,
}

pub fn parse_class(args: AttrArgs, s: &ItemStruct) -> ClassInput {
    ClassInput {
        name: PyName::new(&args, &s.ident),
        ident: s.ident.clone(),
        doc: doc_string(&s.attrs),
        generics: s.generics.clone(),
        fields: s.fields.clone(),
    }
}

pub fn parse_exception(args: AttrArgs, s: &ItemStruct) -> ExceptionInput {
    ExceptionInput {
        name: PyName::new(&args, &s.ident),
        ident: s.ident.clone(),
        base: args.base,
        generics: s.generics.clone(),
        fields: s.fields.clone(),
    }
}

fn helper_kind(attr: &Attribute) -> Option<MethodKind> {
    let path = attr.path();
    let ident = path.get_ident()?;
    Some(match ident.to_string().as_str() {
        "new" => MethodKind::New,
        "getter" => MethodKind::Getter,
        "setter" => MethodKind::Setter,
        "staticmethod" => MethodKind::Static,
        "classmethod" => MethodKind::Class,
        _ => return None,
    })
}

fn is_mark(attr: &Attribute, name: &str) -> bool {
    attr.path().segments.last().is_some_and(|s| s.ident == name)
}

/// Rewrites `attr` (an `#[mp_function]` / `#[mp_const]`) to the marker; its arguments.
fn take_mark(attr: &mut Attribute, kind: AttrKind, cx: &Ctxt) -> AttrArgs {
    let args = match &attr.meta {
        Meta::Path(_) => AttrArgs::default(),
        Meta::List(list) => parse_attr_args(list.tokens.clone(), kind, cx),
        Meta::NameValue(nv) => {
            cx.error_spanned_by(nv, format!("expected #[{}] or #[{}(...)]", kind.name(), kind.name()));
            AttrArgs::default()
        }
    };
    let path = attr.path().clone();
    let marker = Ident::new(MARKER, Span::call_site());
    *attr = syn::parse_quote!(#[#path(#marker)]);
    args
}

pub fn parse_methods(imp: &mut ItemImpl, cx: &Ctxt) -> MethodsInput {
    let mut head = TokenStream::new();
    imp.impl_token.to_tokens(&mut head);
    imp.self_ty.to_tokens(&mut head);
    let mut methods = Vec::new();
    let mut consts = Vec::new();
    for item in &mut imp.items {
        match item {
            ImplItem::Fn(f) => {
                let mut mark = None;
                let mut kind: Option<(MethodKind, Span)> = None;
                let mut keep = Vec::new();
                for mut attr in std::mem::take(&mut f.attrs) {
                    if is_mark(&attr, "mp_function") {
                        if mark.is_some() {
                            cx.error_spanned_by(&attr, "a method takes one #[mp_function]");
                        }
                        mark = Some(take_mark(&mut attr, AttrKind::Function, cx));
                        keep.push(attr);
                    } else if let Some(k) = helper_kind(&attr) {
                        if let Some((first, _)) = kind {
                            cx.error_spanned_by(
                                &attr,
                                format!("{} conflicts with {} on the same method", k.attr(), first.attr()),
                            );
                        } else {
                            kind = Some((k, attr.path().get_ident().map_or(Span::call_site(), Ident::span)));
                        }
                    } else {
                        keep.push(attr);
                    }
                }
                f.attrs = keep;
                let Some(mut args) = mark else {
                    if let Some((k, span)) = kind {
                        cx.error_at(span, format!("{} needs #[mp_function] as well (it names the method)", k.attr()));
                    }
                    continue;
                };
                let (kind, kind_span) = kind.unwrap_or((MethodKind::Method, f.sig.ident.span()));
                methods.push(MethodInput {
                    kind,
                    kind_span,
                    func: FunctionInput {
                        name: PyName::new(&args, &f.sig.ident),
                        doc: doc_string(&f.attrs),
                        sig: f.sig.clone(),
                        signature: args.signature.take(),
                    },
                });
            }
            ImplItem::Const(c) => {
                let mut mark = None;
                for attr in &mut c.attrs {
                    if is_mark(attr, "mp_const") {
                        mark = Some(take_mark(attr, AttrKind::Const, cx));
                    }
                }
                if let Some(args) = mark {
                    consts.push(ConstInput {
                        name: PyName::new(&args, &c.ident),
                        ident: c.ident.clone(),
                        ty: c.ty.clone(),
                    });
                }
            }
            _ => {}
        }
    }
    MethodsInput {
        head,
        self_ty: (*imp.self_ty).clone(),
        generics: imp.generics.clone(),
        trait_: imp.trait_.is_some(),
        methods,
        consts,
    }
}
