// The expansion of myport.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

pub mod myport {
    use super::*;
    /// Print information about this port.
    #[mp_function(__mp_marker)]
    fn info() {
        runtime::mp_print!("info about my port\n");
    }
    #[doc(hidden)]
    pub static __MP_MODULE: ::runtime::__private::Module = ::runtime::__private::Module::new(
        ::runtime::qstr!("myport"),
        &__MP_GLOBALS,
    );
    #[doc(hidden)]
    static __MP_GLOBALS: ::runtime::__private::RomDict = ::runtime::__private::RomDict::new(
        &[
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__name__"),
                ::runtime::__private::Obj::from_qstr(::runtime::qstr!("myport")),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("info"),
                ::runtime::__private::Obj::from_static(&__MP_FN_info),
            ),
        ],
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
    const _: () = ::core::assert!(
        ::runtime::__private::VERSION == 1, "runtime and macros versions differ"
    );
}
