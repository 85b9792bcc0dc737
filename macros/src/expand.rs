//! Stage 3, expand: writes the ROM tables of a checked module (MicroPython's
//! `MP_DEFINE_CONST_FUN_OBJ_*`, `MP_DEFINE_CONST_DICT`, `MP_REGISTER_MODULE`) into the
//! module, after the user's items:
//!
//! - `pub static __MP_MODULE: Module`, which the board's module table names;
//! - `static __MP_GLOBALS: RomDict`: `__name__`, `__doc__` (when the mod has docs), then
//!   every function and constant, sorted by qstr id at compile time (`sort_entries`) so
//!   attribute lookups binary-search;
//! - per function a `static __MP_FN_<name>: NativeFn` and its thunk `__mp_thunk_<name>`,
//!   which unpacks the argument slice, converts each argument with `FromObj`, calls the
//!   function and converts its result with `IntoResult`;
//! - per function with `signature = (...)`, a `static __MP_SPEC_<name>: ArgSpec` (names,
//!   defaults, counts: const data; the binding is the runtime's shared `parse_args`) and
//!   a `NativeSpecFn` instead of a `NativeFn`; integer defaults get compile-time
//!   checks that they fit a small int and the parameter's integer type;
//! - per constant its ROM object where it needs one (`__MP_CONST_<NAME>`: a `StrObj`,
//!   `BytesObj`, `FloatObj` at the board's precision, `RomTuple` with its items as
//!   `__MP_CONST_<NAME>_<i>`); an integer constant is a small int, or the ROM long int
//!   beside it (`__private::BigConst`, dropped by the linker when unused) where the board
//!   has long ints, else a compile-time error;
//! - per submodule (a nested `#[mp_module] mod sub`) the entry `sub` naming
//!   `sub::__MP_MODULE`; the submodule's own `#[mp_module]` expands it, with its parent's
//!   name in its `__name__`;
//! - a compile-time check that the runtime's `__private` surface is the one this crate
//!   writes for.
//!
//! Everything is named by absolute path through `::runtime::__private`; interned names are
//! `::runtime::qstr!("...")` of exactly the names `qstrgen`'s scanner interns (the module's
//! name, each entry's name, `__name__`, `__doc__`, the names and string defaults of a
//! signature), plus `qstr!("")`, always interned, for positional-only parameters.

use proc_macro2::{Ident, Literal, TokenStream};
use quote::{format_ident, quote, quote_spanned, ToTokens};
use syn::ext::IdentExt;
use syn::{Item, ItemMod};

use crate::signature::DefaultValue;
use crate::validate::{ArgType, Const, ConstType, Entry, Function, Module, Spec};

/// The version of `::runtime::__private` this crate writes for.
pub const PRIVATE_VERSION: u32 = 2;

/// `module` with the tables of `model` appended to its items.
pub fn expand(model: &Module, mut module: ItemMod) -> TokenStream {
    let generated = tables(model);
    if let Some((_, items)) = &mut module.content {
        items.push(Item::Verbatim(generated));
    }
    module.into_token_stream()
}

pub(crate) fn qstr(name: &str) -> TokenStream {
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
        entries.push(quote!(#p::RomEntry::new(#doc_key, ::runtime::__mp_doc_obj!(#doc))));
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
                let cfgs = &c.cfgs;
                entries.push(quote!(#(#cfgs)* #p::RomEntry::new(#key, #value)));
                items.extend(item);
            }
            Entry::Submodule(sub) => {
                let key = qstr(&sub.py_name);
                let ident = &sub.ident;
                entries.push(quote!(#p::RomEntry::new(#key, #p::Obj::from_static(&#ident::__MP_MODULE))));
            }
            Entry::Class(c) => {
                let (entry, item) = crate::class::expand::expand_class(c);
                entries.push(entry);
                items.extend(item);
            }
            Entry::Exception(e) => {
                let (entry, item) = crate::class::expand::expand_exception(e);
                entries.push(entry);
                items.extend(item);
            }
        }
    }
    let version = Literal::u32_unsuffixed(PRIVATE_VERSION);
    quote! {
        #[doc(hidden)]
        pub static __MP_MODULE: #p::Module = #p::Module::new(#module_name, &__MP_GLOBALS);
        #[doc(hidden)]
        static __MP_GLOBALS: #p::RomDict = #p::RomDict::new(&#p::sort_entries([
            #(#entries,)*
        ]));
        #items
        const _: () = ::core::assert!(#p::VERSION == #version, "runtime and macros versions differ");
    }
}

fn fn_static_ident(f: &Function) -> syn::Ident {
    format_ident!("__MP_FN_{}", f.ident.unraw())
}

/// The `NativeFn` static and the thunk of `f` (and, with a signature, its `ArgSpec`).
pub(crate) fn function(f: &Function) -> TokenStream {
    let p = quote!(::runtime::__private);
    let ident = &f.ident;
    let fn_static = fn_static_ident(f);
    let thunk = format_ident!("__mp_thunk_{}", ident.unraw());
    let key = qstr(&f.py_name);
    let with_doc = f.doc.as_ref().map(|doc| quote!(.with_doc(::runtime::__mp_doc!(#doc))));
    let body = thunk_body(f);
    let (ty, native, spec_items) = match &f.spec {
        None => {
            let min = Literal::usize_unsuffixed(f.min_args);
            let max = Literal::usize_unsuffixed(f.params.len());
            (quote!(#p::NativeFn), quote!(#p::NativeFn::new(#key, #min, #max, #thunk)), TokenStream::new())
        }
        Some(spec) => {
            let spec_static = format_ident!("__MP_SPEC_{}", ident.unraw());
            (
                quote!(#p::NativeSpecFn),
                quote!(#p::NativeSpecFn::new(#key, &#spec_static, #thunk)),
                arg_spec(f, spec, &spec_static),
            )
        }
    };
    quote! {
        #spec_items
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        static #fn_static: #ty = #native #with_doc;
        #[doc(hidden)]
        #[allow(non_snake_case)]
        fn #thunk(__mp_args: &[#p::Obj]) -> ::core::result::Result<#p::Obj, #p::Exc> {
            #body
        }
    }
}

/// The const `ArgSpec` of `f`'s signature, and compile-time checks: each integer default
/// fits a small int and its parameter's type, and the slots fit the runtime's array.
fn arg_spec(f: &Function, spec: &Spec, spec_static: &syn::Ident) -> TokenStream {
    let p = quote!(::runtime::__private);
    let fn_name = f.ident.unraw();
    let names = spec.names.iter().enumerate().map(|(i, name)| {
        // A positional-only parameter has the empty name, which no keyword matches.
        qstr(if i < spec.n_posonly { "" } else { name })
    });
    // Trailing required parameters need no entry: `parse_args` reads a missing one as
    // `Obj::NULL`, required.
    let n_defaults = spec.defaults.iter().rposition(Option::is_some).map_or(0, |i| i + 1);
    let mut checks = TokenStream::new();
    let mut defaults = Vec::new();
    for (slot, default) in spec.defaults[..n_defaults].iter().enumerate() {
        defaults.push(match default {
            Some(DefaultValue::Float(text, span)) => {
                let f = format_ident!("__MP_DEFAULT_{}_{}", fn_name, slot);
                let lit: TokenStream = text.parse().expect("a float literal");
                checks.extend(quote_spanned! {*span=>
                    #[doc(hidden)]
                    #[allow(non_upper_case_globals, clippy::unnecessary_cast)]
                    static #f: #p::FloatConst = #p::float_const(#lit as f64);
                });
                quote!(#p::float_obj(&#f))
            }
            None => quote!(#p::Obj::NULL),
            Some(DefaultValue::None) => quote!(#p::Obj::NONE),
            Some(DefaultValue::True) => quote!(#p::Obj::TRUE),
            Some(DefaultValue::False) => quote!(#p::Obj::FALSE),
            Some(DefaultValue::Str(s)) => {
                let q = qstr(s);
                quote!(#p::Obj::from_qstr(#q))
            }
            Some(DefaultValue::Int(v, span)) => {
                let lit = Literal::i64_suffixed(*v);
                let name = &spec.names[slot];
                let msg =
                    format!("the default {v} of `{name}` (#[mp_function] `{fn_name}`) does not fit in a small int");
                // Spanned so that the compiler's error points at the default.
                checks.extend(quote_spanned! {*span=>
                    const _: () = ::core::assert!(#p::Obj::fits_small_int(#lit), #msg);
                });
                let rust_index = spec.slots.iter().position(|&s| s == slot).expect("every name has a slot");
                let int_ty = match &f.params[rust_index].ty {
                    ArgType::Int(t) => Some(t),
                    ArgType::Option(inner) => match &**inner {
                        ArgType::Int(t) => Some(t),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(t) = int_ty {
                    let msg = format!("the default {v} of `{name}` (#[mp_function] `{fn_name}`) does not fit in `{t}`");
                    checks.extend(quote_spanned! {*span=>
                        const _: () = ::core::assert!(
                            (#t::MIN as i128) <= (#lit as i128) && (#lit as i128) <= (#t::MAX as i128),
                            #msg
                        );
                    });
                }
                quote!(#p::Obj::small_int(#lit as isize))
            }
        });
    }
    let n_pos = Literal::usize_unsuffixed(spec.n_pos);
    let n_slots = Literal::usize_unsuffixed(spec.n_slots());
    let (varargs, varkw) = (spec.varargs, spec.varkw);
    let msg = format!(
        "#[mp_function] `{fn_name}`: its signature has {} parameters, more than the runtime's MAX_SPEC_SLOTS",
        spec.n_slots()
    );
    if spec.n_slots() > 0 {
        checks.extend(quote_spanned! {spec.span=>
            const _: () = ::core::assert!(#n_slots <= #p::MAX_SPEC_SLOTS, #msg);
        });
    }
    quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        static #spec_static: #p::ArgSpec = #p::ArgSpec {
            names: &[#(#names),*],
            defaults: &[#(#defaults),*],
            n_pos: #n_pos,
            varargs: #varargs,
            varkw: #varkw,
        };
        #checks
    }
}

/// Unpacks `__mp_args` into `__mp_a0`, `__mp_a1`... (prefixed so that no constant of the
/// user's module turns a binding into a pattern), converts each, calls the function.
///
/// All required: `let &[a0, a1] = args else { ... };`. With trailing optional parameters,
/// the required ones come from the slice pattern and the optional ones from the rest, each
/// `None` when absent. The runtime checks the count against `min_args`/`max_args` before
/// calling, so the `else` branches are a safety net.
///
/// With a signature, the slice is every slot of the spec (names, then `*args`, then
/// `**kwargs`); the pattern lists them in slot order, each named after its Rust parameter.
fn thunk_body(f: &Function) -> TokenStream {
    let p = quote!(::runtime::__private);
    let max = Literal::usize_unsuffixed(f.params.len());
    let count_error = quote! {
        return ::core::result::Result::Err(#p::arg_count(#max, __mp_args.len()))
    };
    let names: Vec<_> = (0..f.params.len()).map(|i| format_ident!("__mp_a{}", i)).collect();
    let required = &names[..f.min_args];
    let mut body = TokenStream::new();
    if let Some(spec) = &f.spec {
        let mut in_slots: Vec<_> = spec.slots.iter().zip(&names).collect();
        in_slots.sort_by_key(|(slot, _)| **slot);
        let pattern = in_slots.into_iter().map(|(_, name)| name);
        body.extend(quote!(let &[#(#pattern),*] = __mp_args else { #count_error };));
    } else if f.min_args == f.params.len() {
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
    let ident = &c.ident;
    let mut items = TokenStream::new();
    let value = const_value(quote!(#ident), &c.ty, &format!("__MP_CONST_{}", ident.unraw()), ident, &mut items);
    if c.cfgs.is_empty() {
        return (value, items);
    }
    // Each ROM static gets the constant's `#[cfg]`s, as its dict entry does.
    let cfgs = &c.cfgs;
    let items = syn::parse2::<syn::File>(items)
        .map_or_else(|e| e.to_compile_error(), |file| file.items.iter().map(|item| quote!(#(#cfgs)* #item)).collect());
    (value, items)
}

/// The `Obj` of the constant expression `expr` of type `ty` (the constant itself, or one
/// of its tuple's fields), adding the ROM statics it needs, named from `name`, to `items`.
/// Errors of the compile-time checks point at `ident`, the constant.
fn const_value(expr: TokenStream, ty: &ConstType, name: &str, ident: &Ident, items: &mut TokenStream) -> TokenStream {
    let p = quote!(::runtime::__private);
    let s = format_ident!("{}", name);
    let rom = |ty: TokenStream, init: TokenStream| {
        quote! {
            #[doc(hidden)]
            #[allow(non_upper_case_globals)]
            static #s: #ty = #init;
        }
    };
    match ty {
        ConstType::Int(t) if ["i8", "i16", "u8", "u16"].iter().any(|n| t == n) => {
            quote!(#p::Obj::small_int(#expr as isize))
        }
        ConstType::Int(_) => {
            // The long int beside a constant that fits a small int is never referenced, and
            // the linker drops it. Spanned so that a compile-time error (no long ints on this
            // board) points at the constant.
            let digits = format_ident!("{}_DIGITS", name);
            items.extend(quote_spanned! {ident.span()=>
                #[doc(hidden)]
                #[allow(non_upper_case_globals)]
                static #digits: [u32; 4] = #p::big_digits(#expr as i128);
                #[doc(hidden)]
                #[allow(non_upper_case_globals)]
                static #s: #p::BigConst = #p::big_const(#expr as i128, &#digits);
            });
            quote!(#p::int_obj(#expr as i128, &#s))
        }
        ConstType::Float => {
            items.extend(quote_spanned! {ident.span()=>
                #[doc(hidden)]
                #[allow(non_upper_case_globals, clippy::unnecessary_cast)]
                static #s: #p::FloatConst = #p::float_const(#expr as f64);
            });
            quote!(#p::float_obj(&#s))
        }
        ConstType::Bool => quote!(#p::Obj::from_bool(#expr)),
        ConstType::Str => {
            items.extend(rom(quote!(#p::StrObj), quote!(#p::StrObj::rom(#expr))));
            quote!(#p::Obj::from_static(&#s))
        }
        ConstType::Bytes => {
            items.extend(rom(quote!(#p::BytesObj), quote!(#p::BytesObj::rom(#expr))));
            quote!(#p::Obj::from_static(&#s))
        }
        ConstType::Instance(class) => {
            // Spanned (the path too) so that a class that is not frozen is reported at the
            // constant.
            let record = format_ident!("__MP_CLASS_{}", class.unraw());
            items.extend(quote_spanned! {ident.span()=>
                #[doc(hidden)]
                #[allow(non_upper_case_globals)]
                static #s: ::runtime::__private::RomObj<#class> =
                    ::runtime::__private::RomObj::new(&#record, #expr);
            });
            quote!(#p::Obj::from_static(&#s))
        }
        ConstType::Tuple(fields) => {
            let values: Vec<TokenStream> = fields
                .iter()
                .enumerate()
                .map(|(i, t)| {
                    let index = syn::Index::from(i);
                    const_value(quote!(#expr.#index), t, &format!("{name}_{i}"), ident, items)
                })
                .collect();
            let n = Literal::usize_unsuffixed(fields.len());
            items.extend(rom(quote!(#p::RomTuple<#n>), quote!(#p::RomTuple::new([#(#values),*]))));
            quote!(#p::Obj::from_static(&#s))
        }
    }
}
