// The expansion of myport.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

pub mod myport {
    use super::*;
    /// Print information about this port.
    #[mp_function(__mp_marker)]
    fn info() {
        runtime::mp_print!("info about my port\n");
    }
    /// `add(a, b=1, *, scale=1)`: `(a + b) * scale`.
    #[mp_function(__mp_marker)]
    fn add(a: i64, b: i64, scale: i64) -> Result<i64, Exc> {
        a.checked_add(b)
            .and_then(|sum| sum.checked_mul(scale))
            .ok_or_else(runtime::exc::overflow)
    }
    /// `pin(n, /, value=None, *args, pull="up", **opts)`: how the arguments bound, as
    /// `((n, value), args, (pull, opts))`.
    #[mp_function(__mp_marker)]
    fn pin(
        n: i32,
        value: Option<i32>,
        args: Obj,
        pull: &str,
        opts: Obj,
    ) -> ((i32, Option<i32>), Obj, (&str, Obj)) {
        ((n, value), args, (pull, opts))
    }
    #[doc(hidden)]
    pub static __MP_MODULE: ::runtime::__private::Module = ::runtime::__private::Module::new(
        ::runtime::qstr!("myport"),
        &__MP_GLOBALS,
    );
    #[doc(hidden)]
    static __MP_GLOBALS: ::runtime::__private::RomDict = ::runtime::__private::RomDict::new(
        &::runtime::__private::sort_entries([
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__name__"),
                ::runtime::__private::Obj::from_qstr(::runtime::qstr!("myport")),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("info"),
                ::runtime::__private::Obj::from_static(&__MP_FN_info),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("add"),
                ::runtime::__private::Obj::from_static(&__MP_FN_add),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("pin"),
                ::runtime::__private::Obj::from_static(&__MP_FN_pin),
            ),
        ]),
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_info: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
            ::runtime::qstr!("info"),
            0,
            0,
            __mp_thunk_info,
        )
        .with_doc(::runtime::__mp_doc!("Print information about this port."));
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_info(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(0, __mp_args.len()),
            )
        };
        let __mp_result = info();
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC_add: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[
            ::runtime::qstr!("a"),
            ::runtime::qstr!("b"),
            ::runtime::qstr!("scale"),
        ],
        defaults: &[
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::Obj::small_int(1i64 as isize),
            ::runtime::__private::Obj::small_int(1i64 as isize),
        ],
        n_pos: 2,
        varargs: false,
        varkw: false,
    };
    const _: () = ::core::assert!(
        ::runtime::__private::Obj::fits_small_int(1i64),
        "the default 1 of `b` (#[mp_function] `add`) does not fit in a small int"
    );
    const _: () = ::core::assert!(
        (i64::MIN as i128) <= (1i64 as i128) && (1i64 as i128) <= (i64::MAX as i128),
        "the default 1 of `b` (#[mp_function] `add`) does not fit in `i64`"
    );
    const _: () = ::core::assert!(
        ::runtime::__private::Obj::fits_small_int(1i64),
        "the default 1 of `scale` (#[mp_function] `add`) does not fit in a small int"
    );
    const _: () = ::core::assert!(
        (i64::MIN as i128) <= (1i64 as i128) && (1i64 as i128) <= (i64::MAX as i128),
        "the default 1 of `scale` (#[mp_function] `add`) does not fit in `i64`"
    );
    const _: () = ::core::assert!(
        3 <= ::runtime::__private::MAX_SPEC_SLOTS,
        "#[mp_function] `add`: its signature has 3 parameters, more than the runtime's MAX_SPEC_SLOTS"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_add: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
            ::runtime::qstr!("add"),
            &__MP_SPEC_add,
            __mp_thunk_add,
        )
        .with_doc(::runtime::__mp_doc!("`add(a, b=1, *, scale=1)`: `(a + b) * scale`."));
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_add(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a1, __mp_a2] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(3, __mp_args.len()),
            )
        };
        let __mp_a0 = <i64 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_a1 = <i64 as ::runtime::__private::FromObj>::from_obj(__mp_a1)?;
        let __mp_a2 = <i64 as ::runtime::__private::FromObj>::from_obj(__mp_a2)?;
        let __mp_result = add(__mp_a0, __mp_a1, __mp_a2);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC_pin: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[
            ::runtime::qstr!(""),
            ::runtime::qstr!("value"),
            ::runtime::qstr!("pull"),
        ],
        defaults: &[
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::Obj::NONE,
            ::runtime::__private::Obj::from_qstr(::runtime::qstr!("up")),
        ],
        n_pos: 2,
        varargs: true,
        varkw: true,
    };
    const _: () = ::core::assert!(
        5 <= ::runtime::__private::MAX_SPEC_SLOTS,
        "#[mp_function] `pin`: its signature has 5 parameters, more than the runtime's MAX_SPEC_SLOTS"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_pin: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
            ::runtime::qstr!("pin"),
            &__MP_SPEC_pin,
            __mp_thunk_pin,
        )
        .with_doc(
            ::runtime::__mp_doc!(
                "`pin(n, /, value=None, *args, pull=\"up\", **opts)`: how the arguments bound, as\n`((n, value), args, (pull, opts))`."
            ),
        );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_pin(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a1, __mp_a3, __mp_a2, __mp_a4] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(5, __mp_args.len()),
            )
        };
        let __mp_a0 = <i32 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_a1 = <::core::option::Option<
            i32,
        > as ::runtime::__private::FromObj>::from_obj(__mp_a1)?;
        let __mp_a2 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a2)?;
        let __mp_a3 = <&'static str as ::runtime::__private::FromObj>::from_obj(
            __mp_a3,
        )?;
        let __mp_a4 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a4)?;
        let __mp_result = pin(__mp_a0, __mp_a1, __mp_a2, __mp_a3, __mp_a4);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    const _: () = ::core::assert!(
        ::runtime::__private::VERSION == 2, "runtime and macros versions differ"
    );
}
