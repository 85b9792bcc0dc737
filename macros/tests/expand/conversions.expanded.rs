// The expansion of conversions.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

/// Every kind of argument, result and constant; a submodule, `__getattr__` and `__init__`.
pub mod conv {
    use super::*;
    #[mp_function(__mp_marker)]
    fn convert(
        x: f32,
        data: &[u8],
        out: &[Cell<u8>],
        pair: (u8, Option<&str>),
        factor: f64,
    ) -> (f64, usize) {
        let _ = (data, out, pair);
        (x as f64 * factor, data.len())
    }
    #[mp_function(__mp_marker)]
    fn fail(code: i32) -> Result<(), runtime::convert::OsError> {
        Err(runtime::convert::OsError(code))
    }
    #[mp_function(__mp_marker)]
    fn __init__() {}
    #[mp_function(__mp_marker)]
    fn __getattr__(name: &str) -> Result<Obj, Exc> {
        let _ = name;
        Ok(Obj::NONE)
    }
    #[mp_const(__mp_marker)]
    const SMALL: u8 = 255;
    #[mp_const(__mp_marker)]
    const WIDE: u64 = u64::MAX;
    #[mp_const(__mp_marker)]
    const RATIO: f32 = 0.5;
    #[mp_const(__mp_marker)]
    const DATA: &[u8] = b"\x00\x01";
    #[mp_const(__mp_marker)]
    const PAIR: (i32, (&str, bool)) = (1, ("one", true));
    /// A submodule: `conv.sub`.
    #[mp_module(__mp_parent = "conv")]
    pub mod sub {
        use super::*;
        #[mp_const]
        const DEPTH: i32 = 1;
    }
    #[doc(hidden)]
    pub static __MP_MODULE: ::runtime::__private::Module = ::runtime::__private::Module::new(
        ::runtime::qstr!("conv"),
        &__MP_GLOBALS,
    );
    #[doc(hidden)]
    static __MP_GLOBALS: ::runtime::__private::RomDict = ::runtime::__private::RomDict::new(
        &::runtime::__private::sort_entries([
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__name__"),
                ::runtime::__private::Obj::from_qstr(::runtime::qstr!("conv")),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__doc__"),
                ::runtime::__mp_doc_obj!(
                    "Every kind of argument, result and constant; a submodule, `__getattr__` and `__init__`."
                ),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("convert"),
                ::runtime::__private::Obj::from_static(&__MP_FN_convert),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("fail"),
                ::runtime::__private::Obj::from_static(&__MP_FN_fail),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__init__"),
                ::runtime::__private::Obj::from_static(&__MP_FN___init__),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__getattr__"),
                ::runtime::__private::Obj::from_static(&__MP_FN___getattr__),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("SMALL"),
                ::runtime::__private::Obj::small_int(SMALL as isize),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("WIDE"),
                ::runtime::__private::int_obj(WIDE as i128, &__MP_CONST_WIDE),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("RATIO"),
                ::runtime::__private::float_obj(&__MP_CONST_RATIO),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("DATA"),
                ::runtime::__private::Obj::from_static(&__MP_CONST_DATA),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("PAIR"),
                ::runtime::__private::Obj::from_static(&__MP_CONST_PAIR),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("sub"),
                ::runtime::__private::Obj::from_static(&sub::__MP_MODULE),
            ),
        ]),
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC_convert: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[
            ::runtime::qstr!("x"),
            ::runtime::qstr!("data"),
            ::runtime::qstr!("out"),
            ::runtime::qstr!("pair"),
            ::runtime::qstr!("factor"),
        ],
        defaults: &[
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::Obj::NULL,
            ::runtime::__private::float_obj(&__MP_DEFAULT_convert_4),
        ],
        n_pos: 5,
        varargs: false,
        varkw: false,
    };
    #[doc(hidden)]
    #[allow(non_upper_case_globals, clippy::unnecessary_cast)]
    static __MP_DEFAULT_convert_4: ::runtime::__private::FloatConst = ::runtime::__private::float_const(
        2.5 as f64,
    );
    const _: () = ::core::assert!(
        5 <= ::runtime::__private::MAX_SPEC_SLOTS,
        "#[mp_function] `convert`: its signature has 5 parameters, more than the runtime's MAX_SPEC_SLOTS"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_convert: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
        ::runtime::qstr!("convert"),
        &__MP_SPEC_convert,
        __mp_thunk_convert,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_convert(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a1, __mp_a2, __mp_a3, __mp_a4] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(5, __mp_args.len()),
            )
        };
        let __mp_a0 = <f32 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_a1 = <&'static [u8] as ::runtime::__private::FromObj>::from_obj(
            __mp_a1,
        )?;
        let __mp_a2 = <&'static [::core::cell::Cell<
            u8,
        >] as ::runtime::__private::FromObj>::from_obj(__mp_a2)?;
        let __mp_a3 = <(
            u8,
            ::core::option::Option<&'static str>,
        ) as ::runtime::__private::FromObj>::from_obj(__mp_a3)?;
        let __mp_a4 = <f64 as ::runtime::__private::FromObj>::from_obj(__mp_a4)?;
        let __mp_result = convert(__mp_a0, __mp_a1, __mp_a2, __mp_a3, __mp_a4);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN_fail: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("fail"),
        1,
        1,
        __mp_thunk_fail,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk_fail(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <i32 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_result = fail(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___init__: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("__init__"),
        0,
        0,
        __mp_thunk___init__,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___init__(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(0, __mp_args.len()),
            )
        };
        let __mp_result = __init__();
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___getattr__: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("__getattr__"),
        1,
        1,
        __mp_thunk___getattr__,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___getattr__(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <&'static str as ::runtime::__private::FromObj>::from_obj(
            __mp_a0,
        )?;
        let __mp_result = __getattr__(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_WIDE_DIGITS: [u32; 4] = ::runtime::__private::big_digits(
        WIDE as i128,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_WIDE: ::runtime::__private::BigConst = ::runtime::__private::big_const(
        WIDE as i128,
        &__MP_CONST_WIDE_DIGITS,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals, clippy::unnecessary_cast)]
    static __MP_CONST_RATIO: ::runtime::__private::FloatConst = ::runtime::__private::float_const(
        RATIO as f64,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_DATA: ::runtime::__private::BytesObj = ::runtime::__private::BytesObj::rom(
        DATA,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_PAIR_0_DIGITS: [u32; 4] = ::runtime::__private::big_digits(
        PAIR.0 as i128,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_PAIR_0: ::runtime::__private::BigConst = ::runtime::__private::big_const(
        PAIR.0 as i128,
        &__MP_CONST_PAIR_0_DIGITS,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_PAIR_1_0: ::runtime::__private::StrObj = ::runtime::__private::StrObj::rom(
        PAIR.1.0,
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_PAIR_1: ::runtime::__private::RomTuple<2> = ::runtime::__private::RomTuple::new([
        ::runtime::__private::Obj::from_static(&__MP_CONST_PAIR_1_0),
        ::runtime::__private::Obj::from_bool(PAIR.1.1),
    ]);
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CONST_PAIR: ::runtime::__private::RomTuple<2> = ::runtime::__private::RomTuple::new([
        ::runtime::__private::int_obj(PAIR.0 as i128, &__MP_CONST_PAIR_0),
        ::runtime::__private::Obj::from_static(&__MP_CONST_PAIR_1),
    ]);
    const _: () = ::core::assert!(
        ::runtime::__private::VERSION == 2, "runtime and macros versions differ"
    );
}
