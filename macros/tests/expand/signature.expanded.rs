// The expansion of signature.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

mod sig {
    /// Keyword-only with a default; trailing required names need no default entry.
    #[mp_function(__mp_marker)]
    fn setup(pin: i32, value: Option<u8>, pull: i8, mode: &str, fast: bool) {}
    #[mp_function(__mp_marker)]
    fn star(a: Obj, args: Obj, key: Obj, kwargs: Obj) -> Obj {
        a
    }
    #[mp_function(__mp_marker)]
    fn nothing() {}
    #[doc(hidden)]
    pub static __MP_MODULE: ::runtime::__private::Module = ::runtime::__private::Module::new(
        ::runtime::qstr!("sig"),
        &__MP_GLOBALS,
    );
    #[doc(hidden)]
    static __MP_GLOBALS: ::runtime::__private::RomDict = ::runtime::__private::RomDict::new(
        &::runtime::__private::sort_entries([
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__name__"),
                ::runtime::__private::Obj::from_qstr(::runtime::qstr!("sig")),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("setup"),
                ::runtime::__private::Obj::from_static(&__MP_FN_setup),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("star"),
                ::runtime::__private::Obj::from_static(&__MP_FN_star),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("nothing"),
                ::runtime::__private::Obj::from_static(&__MP_FN_nothing),
            ),
        ]),
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC_setup: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[
            ::runtime::qstr!("pin"),
            ::runtime::qstr!("value"),
            ::runtime::qstr!("pull"),
            ::runtime::qstr!("mode"),
            ::runtime::qstr!("fast"),
        ],
        defaults: &[
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::Obj::NONE,
            ::runtime::__private::Obj::small_int(-1i64 as isize),
            ::runtime::__private::Obj::from_qstr(::runtime::qstr!("out")),
            ::runtime::__private::Obj::TRUE,
        ],
        n_pos: 2,
        varargs: false,
        varkw: false,
    };
    const _: () = ::core::assert!(
        ::runtime::__private::Obj::fits_small_int(- 1i64),
        "the default -1 of `pull` (#[mp_function] `setup`) does not fit in a small int"
    );
    const _: () = ::core::assert!(
        (i8::MIN as i128) <= (- 1i64 as i128) && (- 1i64 as i128) <= (i8::MAX as i128),
        "the default -1 of `pull` (#[mp_function] `setup`) does not fit in `i8`"
    );
    const _: () = ::core::assert!(
        5 <= ::runtime::__private::MAX_SPEC_SLOTS,
        "#[mp_function] `setup`: its signature has 5 parameters, more than the runtime's MAX_SPEC_SLOTS"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_setup: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
            ::runtime::qstr!("setup"),
            &__MP_SPEC_setup,
            __mp_thunk_setup,
        )
        .with_doc(
            ::runtime::__mp_doc!(
                "Keyword-only with a default; trailing required names need no default entry."
            ),
        );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_setup(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a1, __mp_a2, __mp_a3, __mp_a4] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(5, __mp_args.len()),
            )
        };
        let __mp_a0 = <i32 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_a1 = <::core::option::Option<
            u8,
        > as ::runtime::__private::FromObj>::from_obj(__mp_a1)?;
        let __mp_a2 = <i8 as ::runtime::__private::FromObj>::from_obj(__mp_a2)?;
        let __mp_a3 = <&'static str as ::runtime::__private::FromObj>::from_obj(
            __mp_a3,
        )?;
        let __mp_a4 = <bool as ::runtime::__private::FromObj>::from_obj(__mp_a4)?;
        let __mp_result = setup(__mp_a0, __mp_a1, __mp_a2, __mp_a3, __mp_a4);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC_star: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[::runtime::qstr!(""), ::runtime::qstr!("key")],
        defaults: &[],
        n_pos: 1,
        varargs: true,
        varkw: true,
    };
    const _: () = ::core::assert!(
        4 <= ::runtime::__private::MAX_SPEC_SLOTS,
        "#[mp_function] `star`: its signature has 4 parameters, more than the runtime's MAX_SPEC_SLOTS"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_star: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
        ::runtime::qstr!("star"),
        &__MP_SPEC_star,
        __mp_thunk_star,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_star(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a2, __mp_a1, __mp_a3] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(4, __mp_args.len()),
            )
        };
        let __mp_a0 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_a1 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a1)?;
        let __mp_a2 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a2)?;
        let __mp_a3 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a3)?;
        let __mp_result = star(__mp_a0, __mp_a1, __mp_a2, __mp_a3);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC_nothing: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[],
        defaults: &[],
        n_pos: 0,
        varargs: false,
        varkw: false,
    };
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_nothing: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
        ::runtime::qstr!("nothing"),
        &__MP_SPEC_nothing,
        __mp_thunk_nothing,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_nothing(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(0, __mp_args.len()),
            )
        };
        let __mp_result = nothing();
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    const _: () = ::core::assert!(
        ::runtime::__private::VERSION == 2, "runtime and macros versions differ"
    );
}
