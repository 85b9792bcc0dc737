//! Stage 3, expand: writes the ROM tables of a checked module (MicroPython's
//! `MP_DEFINE_CONST_FUN_OBJ_*`, `MP_DEFINE_CONST_DICT`, `MP_REGISTER_MODULE`) into the
//! module, after the user's items:
//!
//! - `pub static __MP_MODULE: Module`, which the board's module table names;
//! - `static __MP_GLOBALS: RomDict`: `__name__`, `__doc__` (when the mod has docs), then
//!   every function and constant in source order;
//! - per function a `static __MP_FN_<name>: NativeFn` and its thunk `__mp_thunk_<name>`,
//!   which unpacks the argument slice, converts each argument with `FromObj`, calls the
//!   function and converts its result with `IntoResult`;
//! - per `&str` constant a `static __MP_CONST_<NAME>: StrObj`; integer constants get a
//!   compile-time check that they fit a small int;
//! - a compile-time check that the runtime's `__private` surface is the one this crate
//!   writes for.
//!
//! Everything is named by absolute path through `::runtime::__private`; interned names are
//! `::runtime::qstr!("...")` of exactly the names `qstrgen`'s scanner interns (the module's
//! name, each entry's name, `__name__`, `__doc__`).

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::{Item, ItemMod};

use crate::validate::{Const, ConstKind, Entry, Function, Module};

/// The version of `::runtime::__private` this crate writes for.
pub const PRIVATE_VERSION: u32 = 1;

/// `module` with the tables of `model` appended to its items.
pub fn expand(model: &Module, mut module: ItemMod) -> TokenStream {
    let generated = tables(model);
    if let Some((_, items)) = &mut module.content {
        items.push(Item::Verbatim(generated));
    }
    module.into_token_stream()
}

fn qstr(name: &str) -> TokenStream {
    let lit = Literal::string(name);
    quote!(::runtime::qstr!(#lit))
}

fn tables(m: &Module) -> TokenStream {
    let p = quote!(::runtime::__private);
    let module_name = qstr(&m.py_name);
    let name_key = qstr("__name__");
    let mut entries = vec![quote!(#p::RomEntry::new(#name_key, #p::Obj::from_qstr(#module_name)))];
    let mut items = TokenStream::new();
    if let Some(doc) = &m.doc {
        let doc_key = qstr("__doc__");
        entries.push(quote!(#p::RomEntry::new(#doc_key, #p::Obj::from_static(&__MP_DOC))));
        items.extend(quote! {
            #[doc(hidden)]
            static __MP_DOC: #p::StrObj = #p::StrObj::rom(#doc);
        });
    }
    for entry in &m.entries {
        match entry {
            Entry::Function(f) => {
                let key = qstr(&f.py_name);
                let fn_static = fn_static_ident(f);
                entries.push(quote!(#p::RomEntry::new(#key, #p::Obj::from_static(&#fn_static))));
                items.extend(function(f));
            }
            Entry::Const(c) => {
                let key = qstr(&c.py_name);
                let (value, item) = constant(c);
                entries.push(quote!(#p::RomEntry::new(#key, #value)));
                items.extend(item);
            }
        }
    }
    let version = Literal::u32_unsuffixed(PRIVATE_VERSION);
    quote! {
        #[doc(hidden)]
        pub static __MP_MODULE: #p::Module = #p::Module::new(#module_name, &__MP_GLOBALS);
        #[doc(hidden)]
        static __MP_GLOBALS: #p::RomDict = #p::RomDict::new(&[
            #(#entries,)*
        ]);
        #items
        const _: () = ::core::assert!(#p::VERSION == #version, "runtime and macros versions differ");
    }
}

fn fn_static_ident(f: &Function) -> syn::Ident {
    format_ident!("__MP_FN_{}", f.ident.unraw())
}

/// The `NativeFn` static and the thunk of `f`.
fn function(f: &Function) -> TokenStream {
    let p = quote!(::runtime::__private);
    let ident = &f.ident;
    let fn_static = fn_static_ident(f);
    let thunk = format_ident!("__mp_thunk_{}", ident.unraw());
    let key = qstr(&f.py_name);
    let min = Literal::usize_unsuffixed(f.min_args);
    let max = Literal::usize_unsuffixed(f.params.len());
    let with_doc = f.doc.as_ref().map(|doc| quote!(.with_doc(::runtime::__mp_doc!(#doc))));
    let body = thunk_body(f);
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        static #fn_static: #p::NativeFn = #p::NativeFn::new(#key, #min, #max, #thunk)#with_doc;
        #[doc(hidden)]
        #[allow(non_snake_case)]
        fn #thunk(__mp_args: &[#p::Obj]) -> ::core::result::Result<#p::Obj, #p::Exc> {
            #body
        }
    }
}

/// Unpacks `__mp_args` into `__mp_a0`, `__mp_a1`... (prefixed so that no constant of the
/// user's module turns a binding into a pattern), converts each, calls the function.
///
/// All required: `let &[a0, a1] = args else { ... };`. With trailing optional parameters,
/// the required ones come from the slice pattern and the optional ones from the rest, each
/// `None` when absent. The runtime checks the count against `min_args`/`max_args` before
/// calling, so the `else` branches are a safety net.
fn thunk_body(f: &Function) -> TokenStream {
    let p = quote!(::runtime::__private);
    let max = Literal::usize_unsuffixed(f.params.len());
    let count_error = quote! {
        return ::core::result::Result::Err(#p::arg_count(#max, __mp_args.len()))
    };
    let names: Vec<_> = (0..f.params.len()).map(|i| format_ident!("__mp_a{}", i)).collect();
    let required = &names[..f.min_args];
    let mut body = TokenStream::new();
    if f.min_args == f.params.len() {
        body.extend(quote!(let &[#(#required),*] = __mp_args else { #count_error };));
    } else {
        if f.min_args == 0 {
            body.extend(quote!(let __mp_rest = __mp_args;));
        } else {
            body.extend(quote!(let &[#(#required,)* ref __mp_rest @ ..] = __mp_args else { #count_error };));
        }
        let n_optional = Literal::usize_unsuffixed(f.params.len() - f.min_args);
        body.extend(quote!(if __mp_rest.len() > #n_optional { #count_error }));
    }
    for (i, (param, name)) in f.params.iter().zip(&names).enumerate() {
        let ty = &param.ty;
        let from_obj = quote_spanned!(param.span=> <#ty as #p::FromObj>::from_obj);
        if param.optional {
            let index = Literal::usize_unsuffixed(i - f.min_args);
            body.extend(quote! {
                let #name = match __mp_rest.get(#index).copied() {
                    ::core::option::Option::Some(__mp_o) => #from_obj(__mp_o)?,
                    ::core::option::Option::None => ::core::option::Option::None,
                };
            });
        } else {
            body.extend(quote!(let #name = #from_obj(#name)?;));
        }
    }
    let ident = &f.ident;
    // The conversion is spanned so that a result type that does not convert is reported
    // at the return type.
    let result = Ident::new("__mp_result", f.ret_span);
    body.extend(quote!(let #result = #ident(#(#names),*);));
    body.extend(quote_spanned!(f.ret_span=> #p::IntoResult::into_result(#result)));
    body
}

/// The value of constant `c` in the module dict, and the items it needs.
fn constant(c: &Const) -> (TokenStream, TokenStream) {
    let p = quote!(::runtime::__private);
    let ident = &c.ident;
    match c.kind {
        ConstKind::Int => {
            let msg = format!("#[mp_const] `{ident}` does not fit in a small int");
            // Spanned so that the compiler's error points at the constant.
            let check = quote_spanned! {ident.span()=>
                const _: () = ::core::assert!(
                    #ident as i128 == #ident as i64 as i128 && #p::Obj::fits_small_int(#ident as i64),
                    #msg
                );
            };
            (quote!(#p::Obj::small_int(#ident as isize)), check)
        }
        ConstKind::Bool => (quote!(#p::Obj::from_bool(#ident)), TokenStream::new()),
        ConstKind::Str => {
            let s = format_ident!("__MP_CONST_{}", ident.unraw());
            let item = quote! {
                #[doc(hidden)]
                #[allow(non_upper_case_globals)]
                static #s: #p::StrObj = #p::StrObj::rom(#ident);
            };
            (quote!(#p::Obj::from_static(&#s)), item)
        }
    }
}
