// The expansion of example.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

/// An example module.
///
/// Its functions show each kind of parameter.
pub mod example_mod {
    use super::*;
    /// Add two numbers.
    #[mp_function(__mp_marker)]
    fn add(a: i32, b: i32) -> i32 {
        a + b
    }
    /// Greet someone, a few times.
    #[mp_function(__mp_marker)]
    fn greet(name: &'static str, times: Option<u32>) -> Result<Obj, Exc> {
        let _ = (name, times);
        Ok(Obj::NONE)
    }
    #[mp_function(__mp_marker)]
    fn all_optional(a: Option<bool>, b: Option<&str>) -> bool {
        a.unwrap_or(b.is_some())
    }
    #[mp_function(__mp_marker)]
    fn r#type(o: Obj) -> Obj {
        o
    }
    #[mp_const(__mp_marker)]
    const ANSWER: i32 = 42;
    #[mp_const(__mp_marker)]
    const IS_DEBUG: bool = false;
    #[mp_const(__mp_marker)]
    const GREETING: &str = "hello";
    fn helper() {}
    #[doc(hidden)]
    pub static __MP_MODULE: ::runtime::__private::Module = ::runtime::__private::Module::new(
        ::runtime::qstr!("example"),
        &__MP_GLOBALS,
    );
    #[doc(hidden)]
    static __MP_GLOBALS: ::runtime::__private::RomDict = ::runtime::__private::RomDict::new(
        &::runtime::__private::sort_entries([
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__name__"),
                ::runtime::__private::Obj::from_qstr(::runtime::qstr!("example")),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__doc__"),
                ::runtime::__mp_doc_obj!(
                    "An example module.\n\nIts functions show each kind of parameter."
                ),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("add"),
                ::runtime::__private::Obj::from_static(&__MP_FN_add),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("greet"),
                ::runtime::__private::Obj::from_static(&__MP_FN_greet),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("opt"),
                ::runtime::__private::Obj::from_static(&__MP_FN_all_optional),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("type"),
                ::runtime::__private::Obj::from_static(&__MP_FN_type),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("ANSWER"),
                ::runtime::__private::int_obj(ANSWER as i128, &__MP_CONST_ANSWER),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("DEBUG"),
                ::runtime::__private::Obj::from_bool(IS_DEBUG),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("GREETING"),
                ::runtime::__private::Obj::from_static(&__MP_CONST_GREETING),
            ),
        ]),
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_add: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
            ::runtime::qstr!("add"),
            2,
            2,
            __mp_thunk_add,
        )
        .with_doc(::runtime::__mp_doc!("Add two numbers."));
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_add(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a1] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(2, __mp_args.len()),
            )
        };
        let __mp_a0 = <i32 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_a1 = <i32 as ::runtime::__private::FromObj>::from_obj(__mp_a1)?;
        let __mp_result = add(__mp_a0, __mp_a1);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_greet: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
            ::runtime::qstr!("greet"),
            1,
            2,
            __mp_thunk_greet,
        )
        .with_doc(::runtime::__mp_doc!("Greet someone, a few times."));
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_greet(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, ref __mp_rest @ ..] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(2, __mp_args.len()),
            )
        };
        if __mp_rest.len() > 1 {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(2, __mp_args.len()),
            );
        }
        let __mp_a0 = <&'static str as ::runtime::__private::FromObj>::from_obj(
            __mp_a0,
        )?;
        let __mp_a1 = match __mp_rest.get(0).copied() {
            ::core::option::Option::Some(__mp_o) => {
                <::core::option::Option<
                    u32,
                > as ::runtime::__private::FromObj>::from_obj(__mp_o)?
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __mp_result = greet(__mp_a0, __mp_a1);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_all_optional: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("opt"),
        0,
        2,
        __mp_thunk_all_optional,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_all_optional(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let __mp_rest = __mp_args;
        if __mp_rest.len() > 2 {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(2, __mp_args.len()),
            );
        }
        let __mp_a0 = match __mp_rest.get(0).copied() {
            ::core::option::Option::Some(__mp_o) => {
                <::core::option::Option<
                    bool,
                > as ::runtime::__private::FromObj>::from_obj(__mp_o)?
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __mp_a1 = match __mp_rest.get(1).copied() {
            ::core::option::Option::Some(__mp_o) => {
                <::core::option::Option<
                    &'static str,
                > as ::runtime::__private::FromObj>::from_obj(__mp_o)?
            }
            ::core::option::Option::None => ::core::option::Option::None,
        };
        let __mp_result = all_optional(__mp_a0, __mp_a1);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_type: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("type"),
        1,
        1,
        __mp_thunk_type,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_type(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_result = r#type(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_ANSWER_DIGITS: [u32; 4] = ::runtime::__private::big_digits(
        ANSWER as i128,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_ANSWER: ::runtime::__private::BigConst = ::runtime::__private::big_const(
        ANSWER as i128,
        &__MP_CONST_ANSWER_DIGITS,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_GREETING: ::runtime::__private::StrObj = ::runtime::__private::StrObj::rom(
        GREETING,
    );
    const _: () = ::core::assert!(
        ::runtime::__private::VERSION == 2, "runtime and macros versions differ"
    );
}
