//! Stage 3 for classes: per `#[mp_class] struct C` (Python name `P`), after the module's
//! items:
//!
//! - `static __MP_CLASS_C: ClassType<C>` (the `NativeType` typed by `C`): a `Type` (name, the shared slot functions of
//!   `native_class` for the special methods C defines, `locals`), `TypeId::of::<C>`, the
//!   `#[new]` function and the `__next__` thunk; the module dict maps `P` to its `ty`;
//! - `static __MP_LOCALS_C: RomDict`: methods and special methods (`NativeFn`s),
//!   `#[staticmethod]`/`#[classmethod]` (ROM wrapper objects), getters and setters (ROM
//!   `property` objects), constants;
//! - per method a synthetic `fn __mp_C_m(__mp_self: Obj, args...)` that borrows the
//!   instance (`&self`: shared, `&mut self`: exclusive), calls `C::m` and converts the
//!   result, with its `NativeFn` and thunk from the module's function expansion;
//! - `impl NativeClass for C` (the type record, `FROZEN`) and `impl IntoResult for C` (a
//!   method may return a new instance); a compile-time check that `C` needs no `Drop`.
//!
//! Per `#[mp_exception] struct E`: `static __MP_EXC_E: Type` (the base's layout and
//! printing), `E::type_object()` and `impl From<E> for Exc`, so `Err(E(...))` raises it.

use proc_macro2::TokenStream;
use quote::{format_ident, quote, quote_spanned};
use syn::ext::IdentExt;
use syn::Ident;

use super::parse::MethodKind;
use super::validate::ConstKind;
use super::validate::{Class, ExcBase, Exception, Method, Receiver, Slot};
use crate::expand::{function, qstr};

fn class_static(c: &Class) -> Ident {
    format_ident!("__MP_CLASS_{}", c.ident.unraw())
}

/// The module dict entry of class `c` and its items.
pub fn expand_class(c: &Class) -> (TokenStream, TokenStream) {
    let p = quote!(::runtime::__private);
    let ident = &c.ident;
    let raw = ident.unraw();
    let class_static = class_static(c);
    let locals_static = format_ident!("__MP_LOCALS_{}", raw);
    let name = qstr(&c.py_name);
    let mut items = TokenStream::new();
    let mut entries = Vec::new();
    for m in &c.methods {
        items.extend(method_items(c, m));
        let key = qstr(&m.func.py_name);
        let fn_static = fn_static(m);
        let value = match m.kind {
            MethodKind::Static | MethodKind::Class => {
                let w = format_ident!("__MP_WRAP_{}_{}", raw, m.ident.unraw());
                let ty =
                    if m.kind == MethodKind::Static { quote!(STATICMETHOD_TYPE) } else { quote!(CLASSMETHOD_TYPE) };
                items.extend(quote! {
                    #[doc(hidden)]
                    #[allow(non_upper_case_globals)]
                    static #w: #p::WrapperObj = #p::WrapperObj {
                        base: #p::ObjBase::new(&#p::#ty),
                        fun: #p::Obj::from_static(&#fn_static),
                    };
                });
                quote!(#p::Obj::from_static(&#w))
            }
            _ => quote!(#p::Obj::from_static(&#fn_static)),
        };
        entries.push(quote!(#p::RomEntry::new(#key, #value)));
    }
    for prop in &c.properties {
        let mut fns = Vec::new();
        for m in [&prop.getter, &prop.setter] {
            match m {
                Some(m) => {
                    items.extend(method_items(c, m));
                    let f = fn_static(m);
                    fns.push(quote!(#p::Obj::from_static(&#f)));
                }
                None => fns.push(quote!(#p::Obj::NONE)),
            }
        }
        let (fget, fset) = (&fns[0], &fns[1]);
        let st = format_ident!("__MP_PROP_{}_{}", raw, prop.py_name);
        items.extend(quote! {
            #[doc(hidden)]
            #[allow(non_upper_case_globals)]
            static #st: #p::PropertyObj = #p::PropertyObj {
                base: #p::ObjBase::new(&#p::PROPERTY_TYPE),
                fget: #fget,
                fset: #fset,
                fdel: #p::Obj::NONE,
            };
        });
        let key = qstr(&prop.py_name);
        entries.push(quote!(#p::RomEntry::new(#key, #p::Obj::from_static(&#st))));
    }
    for k in &c.consts {
        let key = qstr(&k.py_name);
        let kid = &k.ident;
        let value = match k.kind {
            ConstKind::Int => {
                let msg = format!("#[mp_const] `{kid}` does not fit in a small int");
                items.extend(quote_spanned! {kid.span()=>
                    #[allow(clippy::unnecessary_cast)]
                    const _: () = ::core::assert!(
                        #ident::#kid as i128 == #ident::#kid as i64 as i128
                            && #p::Obj::fits_small_int(#ident::#kid as i64),
                        #msg
                    );
                });
                quote!({
                    #[allow(clippy::unnecessary_cast)]
                    #p::Obj::small_int(#ident::#kid as isize)
                })
            }
            ConstKind::Bool => quote!(#p::Obj::from_bool(#ident::#kid)),
            ConstKind::Str => {
                let s = format_ident!("__MP_CONST_{}_{}", raw, kid.unraw());
                items.extend(quote! {
                    #[doc(hidden)]
                    #[allow(non_upper_case_globals)]
                    static #s: #p::StrObj = #p::StrObj::rom(#ident::#kid);
                });
                quote!(#p::Obj::from_static(&#s))
            }
        };
        entries.push(quote!(#p::RomEntry::new(#key, #value)));
    }
    if let Some(doc) = &c.doc {
        let key = qstr("__doc__");
        entries.push(quote!(#p::RomEntry::new(#key, ::runtime::__mp_doc_obj!(#doc))));
    }
    let new = match &c.new {
        Some(m) => {
            items.extend(method_items(c, m));
            let f = fn_static(m);
            quote!(#p::Obj::from_static(&#f))
        }
        None => quote!(#p::Obj::NULL),
    };
    let next = match &c.next {
        Some(m) => {
            items.extend(method_items(c, m));
            let f = fn_static(m);
            let thunk = format_ident!("__mp_thunk_{}", m.func.ident.unraw());
            // The `NativeFn` is not in the dict (its thunk returns NULL when exhausted,
            // which Python must not see); `it.__next__()` is the builtin `next`.
            items.extend(quote!(const _: &dyn ::core::any::Any = &#f;));
            quote!(::core::option::Option::Some(#thunk))
        }
        None => quote!(::core::option::Option::None),
    };
    let slot = |s: Slot, f: TokenStream| {
        if c.has_slot(s) {
            quote!(::core::option::Option::Some(#p::native::#f))
        } else {
            quote!(::core::option::Option::None)
        }
    };
    let call = slot(Slot::Call, quote!(call));
    let unary = slot(Slot::Unary, quote!(unary_op));
    let binary = slot(Slot::Binary, quote!(binary_op));
    let subscr = slot(Slot::Subscr, quote!(subscr));
    // Without `__iter__`, a class with `__getitem__` iterates by index.
    let has_getitem = c.methods.iter().any(|m| m.func.py_name == "__getitem__");
    let iter = if has_getitem { slot(Slot::Subscr, quote!(iter)) } else { slot(Slot::Iter, quote!(iter)) };
    let len = slot(Slot::Len, quote!(len));
    let iternext = if c.next.is_some() {
        quote!(::core::option::Option::Some(#p::native::iternext))
    } else {
        quote!(::core::option::Option::None)
    };
    // The protocol slots, in a `TypeExt` of the class's own when any is filled.
    let any_ext =
        [Slot::Call, Slot::Unary, Slot::Binary, Slot::Subscr, Slot::Iter, Slot::Len].into_iter().any(|s| c.has_slot(s))
            || c.next.is_some();
    let ext = if any_ext {
        quote!(::core::option::Option::Some(&#p::TypeExt {
            call: #call,
            unary_op: #unary,
            binary_op: #binary,
            subscr: #subscr,
            iter: #iter,
            iternext: #iternext,
            len: #len,
            buffer: ::core::option::Option::None,
        }))
    } else {
        quote!(::core::option::Option::None)
    };
    let make_new = if c.new.is_some() {
        quote!(::core::option::Option::Some(#p::native::make_new))
    } else {
        quote!(::core::option::Option::None)
    };
    let frozen = c.frozen;
    let flags = if c.has_slot(Slot::Finaliser) { quote!(#p::type_flags::FINALISER) } else { quote!(0) };
    let drop_msg =
        format!("#[mp_class] `{raw}` must not need Drop: instances live in the GC heap, which runs no destructors (define `__del__` to be told when an instance is freed)");
    items.extend(quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        static #class_static: #p::ClassType<#ident> = #p::ClassType::new(
            #p::Type {
                name: #name,
                flags: #flags,
                make_new: #make_new,
                print: ::core::option::Option::Some(#p::native::print),
                locals: ::core::option::Option::Some(&#locals_static),
                ext: #ext,
                ..#p::Type::EMPTY
            },
            #new,
            #next,
        );
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        static #locals_static: #p::RomDict = #p::RomDict::new(&#p::sort_entries([
            #(#entries,)*
        ]));
        impl #p::NativeClass for #ident {
            #[inline(always)]
            fn native_type() -> &'static #p::NativeType {
                &#class_static.native
            }
            const FROZEN: bool = #frozen;
        }
        impl #p::IntoResult for #ident {
            fn into_result(self) -> ::core::result::Result<#p::Obj, #p::Exc> {
                #p::native::new(self)
            }
        }
    });
    items.extend(quote_spanned! {ident.span()=>
        const _: () = ::core::assert!(!::core::mem::needs_drop::<#ident>(), #drop_msg);
    });
    let entry = quote!(#p::RomEntry::new(#name, #p::Obj::from_static(&#class_static.native.ty)));
    (entry, items)
}

fn fn_static(m: &Method) -> Ident {
    format_ident!("__MP_FN_{}", m.func.ident.unraw())
}

/// The synthetic function of `m` and, from the module's function expansion, its
/// `NativeFn` and thunk.
fn method_items(c: &Class, m: &Method) -> TokenStream {
    let p = quote!(::runtime::__private);
    let class = &c.ident;
    let synthetic = &m.func.ident;
    let method = &m.ident;
    let names: Vec<&Ident> = m.params.iter().map(|(n, _)| n).collect();
    let types = m.params.iter().map(|(_, t)| t);
    let (borrow, recv) = match m.receiver {
        Receiver::None => (TokenStream::new(), TokenStream::new()),
        Receiver::Ref => (quote!(let __mp_ref = #p::native::borrow::<#class>(__mp_self)?;), quote!(&*__mp_ref,)),
        Receiver::Mut => {
            (quote!(let mut __mp_ref = #p::native::borrow_mut::<#class>(__mp_self)?;), quote!(&mut *__mp_ref,))
        }
        Receiver::Obj => (TokenStream::new(), quote!(__mp_self,)),
    };
    let self_param = if m.receiver == Receiver::None { TokenStream::new() } else { quote!(__mp_self: #p::Obj,) };
    let result = Ident::new("__mp_result", m.ret_span);
    let convert = if m.kind == MethodKind::New {
        quote_spanned!(m.ret_span=> #p::native::construct::<#class, _>(#result))
    } else if m.slot == Some(Slot::Next) {
        quote_spanned!(m.ret_span=> #p::native::next_result(#result))
    } else {
        quote_spanned!(m.ret_span=> #p::IntoResult::into_result(#result))
    };
    let mut out = quote! {
        #[doc(hidden)]
        #[allow(non_snake_case)]
        #[inline(always)]
        fn #synthetic(#self_param #(#names: #types),*) -> ::core::result::Result<#p::Obj, #p::Exc> {
            #borrow
            let #result = #class::#method(#recv #(#names),*);
            #convert
        }
    };
    out.extend(function(&m.func));
    out
}

/// The module dict entry of exception `e` and its items.
pub fn expand_exception(e: &Exception) -> (TokenStream, TokenStream) {
    let p = quote!(::runtime::__private);
    let ident = &e.ident;
    let st = format_ident!("__MP_EXC_{}", ident.unraw());
    let name = qstr(&e.py_name);
    let base = match &e.base {
        ExcBase::Builtin(s) => {
            let s = Ident::new(s, ident.span());
            quote!(&#p::#s)
        }
        ExcBase::Local(i) => {
            let s = format_ident!("__MP_EXC_{}", i.unraw());
            quote!(&#s)
        }
    };
    let from = if e.has_arg {
        quote!(#p::native::new_exception(&#st, e.0))
    } else {
        quote!({
            let _ = e;
            #p::native::new_exception0(&#st)
        })
    };
    let items = quote! {
        #[doc(hidden)]
        #[allow(non_upper_case_globals)]
        pub static #st: #p::Type = #p::native::exception_type(#name, #base);
        impl #ident {
            /// The Python exception type.
            #[allow(dead_code)]
            pub fn type_object() -> &'static #p::Type {
                &#st
            }
        }
        impl ::core::convert::From<#ident> for #p::Exc {
            fn from(e: #ident) -> #p::Exc {
                #from
            }
        }
    };
    (quote!(#p::RomEntry::new(#name, #p::Obj::from_static(&#st))), items)
}
