// The expansion of class.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

/// A module with a class.
pub mod example_mod {
    use super::*;
    #[mp_exception(__mp_marker)]
    pub struct SensorError(pub &'static str);
    /// A counter.
    #[mp_class(__mp_marker)]
    pub struct Counter {
        value: i64,
    }
    #[mp_methods(__mp_marker)]
    impl Counter {
        #[mp_function(__mp_marker)]
        fn new(start: i64) -> Result<Self, SensorError> {
            Ok(Counter { value: start })
        }
        #[mp_function(__mp_marker)]
        fn incr(&mut self) -> i64 {
            self.value += 1;
            self.value
        }
        #[mp_function(__mp_marker)]
        fn value(&self) -> i64 {
            self.value
        }
        #[mp_function(__mp_marker)]
        fn __eq__(&self, other: Obj) -> bool {
            other == Obj::NONE
        }
        #[mp_function(__mp_marker)]
        fn __next__(&mut self) -> Option<i64> {
            None
        }
    }
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
                ::runtime::__mp_doc_obj!("A module with a class."),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("Counter"),
                ::runtime::__private::Obj::from_static(&__MP_CLASS_Counter.native.ty),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("SensorError"),
                ::runtime::__private::Obj::from_static(&__MP_EXC_SensorError),
            ),
        ]),
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __mp_Counter_incr(
        __mp_self: ::runtime::__private::Obj,
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let mut __mp_ref = ::runtime::__private::native::borrow_mut::<
            Counter,
        >(__mp_self)?;
        let __mp_result = Counter::incr(&mut *__mp_ref);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___mp_Counter_incr: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("incr"),
        1,
        1,
        __mp_thunk___mp_Counter_incr,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___mp_Counter_incr(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <::runtime::__private::Obj as ::runtime::__private::FromObj>::from_obj(
            __mp_a0,
        )?;
        let __mp_result = __mp_Counter_incr(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __mp_Counter___eq__(
        __mp_self: ::runtime::__private::Obj,
        other: Obj,
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let __mp_ref = ::runtime::__private::native::borrow::<Counter>(__mp_self)?;
        let __mp_result = Counter::__eq__(&*__mp_ref, other);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___mp_Counter___eq__: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("__eq__"),
        2,
        2,
        __mp_thunk___mp_Counter___eq__,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___mp_Counter___eq__(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0, __mp_a1] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(2, __mp_args.len()),
            )
        };
        let __mp_a0 = <::runtime::__private::Obj as ::runtime::__private::FromObj>::from_obj(
            __mp_a0,
        )?;
        let __mp_a1 = <Obj as ::runtime::__private::FromObj>::from_obj(__mp_a1)?;
        let __mp_result = __mp_Counter___eq__(__mp_a0, __mp_a1);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __mp_Counter_value(
        __mp_self: ::runtime::__private::Obj,
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let __mp_ref = ::runtime::__private::native::borrow::<Counter>(__mp_self)?;
        let __mp_result = Counter::value(&*__mp_ref);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___mp_Counter_value: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("value"),
        1,
        1,
        __mp_thunk___mp_Counter_value,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___mp_Counter_value(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <::runtime::__private::Obj as ::runtime::__private::FromObj>::from_obj(
            __mp_a0,
        )?;
        let __mp_result = __mp_Counter_value(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_PROP_Counter_value: ::runtime::__private::PropertyObj = ::runtime::__private::PropertyObj {
        base: ::runtime::__private::ObjBase::new(&::runtime::__private::PROPERTY_TYPE),
        fget: ::runtime::__private::Obj::from_static(&__MP_FN___mp_Counter_value),
        fset: ::runtime::__private::Obj::NONE,
        fdel: ::runtime::__private::Obj::NONE,
    };
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __mp_Counter_new(
        start: i64,
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let __mp_result = Counter::new(start);
        ::runtime::__private::native::construct::<Counter, _>(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_SPEC___mp_Counter_new: ::runtime::__private::ArgSpec = ::runtime::__private::ArgSpec {
        names: &[::runtime::qstr!("start")],
        defaults: &[::runtime::__private::Obj::small_int(0i64 as isize)],
        n_pos: 1,
        varargs: false,
        varkw: false,
    };
    const _: () = ::core::assert!(
        ::runtime::__private::Obj::fits_small_int(0i64),
        "the default 0 of `start` (#[mp_function] `__mp_Counter_new`) does not fit in a small int"
    );
    const _: () = ::core::assert!(
        (i64::MIN as i128) <= (0i64 as i128) && (0i64 as i128) <= (i64::MAX as i128),
        "the default 0 of `start` (#[mp_function] `__mp_Counter_new`) does not fit in `i64`"
    );
    const _: () = ::core::assert!(
        1 <= ::runtime::__private::MAX_SPEC_SLOTS,
        "#[mp_function] `__mp_Counter_new`: its signature has 1 parameters, more than the runtime's MAX_SPEC_SLOTS"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___mp_Counter_new: ::runtime::__private::NativeSpecFn = ::runtime::__private::NativeSpecFn::new(
        ::runtime::qstr!("new"),
        &__MP_SPEC___mp_Counter_new,
        __mp_thunk___mp_Counter_new,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___mp_Counter_new(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <i64 as ::runtime::__private::FromObj>::from_obj(__mp_a0)?;
        let __mp_result = __mp_Counter_new(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_snake_case)]
    #[inline(always)]
    fn __mp_Counter___next__(
        __mp_self: ::runtime::__private::Obj,
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let mut __mp_ref = ::runtime::__private::native::borrow_mut::<
            Counter,
        >(__mp_self)?;
        let __mp_result = Counter::__next__(&mut *__mp_ref);
        ::runtime::__private::native::next_result(__mp_result)
    }
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_FN___mp_Counter___next__: ::runtime::__private::NativeFn = ::runtime::__private::NativeFn::new(
        ::runtime::qstr!("__next__"),
        1,
        1,
        __mp_thunk___mp_Counter___next__,
    );
    #[doc(hidden)]
    #[allow(non_snake_case)]
    fn __mp_thunk___mp_Counter___next__(
        __mp_args: &[::runtime::__private::Obj],
    ) -> ::core::result::Result<::runtime::__private::Obj, ::runtime::__private::Exc> {
        let &[__mp_a0] = __mp_args else {
            return ::core::result::Result::Err(
                ::runtime::__private::arg_count(1, __mp_args.len()),
            )
        };
        let __mp_a0 = <::runtime::__private::Obj as ::runtime::__private::FromObj>::from_obj(
            __mp_a0,
        )?;
        let __mp_result = __mp_Counter___next__(__mp_a0);
        ::runtime::__private::IntoResult::into_result(__mp_result)
    }
    const _: &dyn ::core::any::Any = &__MP_FN___mp_Counter___next__;
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_CLASS_Counter: ::runtime::__private::ClassType<Counter> = ::runtime::__private::ClassType::new(
        ::runtime::__private::Type {
            name: ::runtime::qstr!("Counter"),
            flags: 0,
            make_new: ::core::option::Option::Some(
                ::runtime::__private::native::make_new,
            ),
            print: ::core::option::Option::Some(::runtime::__private::native::print),
            locals: ::core::option::Option::Some(&__MP_LOCALS_Counter),
            ext: ::core::option::Option::Some(
                &::runtime::__private::TypeExt {
                    call: ::core::option::Option::None,
                    unary_op: ::core::option::Option::None,
                    binary_op: ::core::option::Option::Some(
                        ::runtime::__private::native::binary_op,
                    ),
                    subscr: ::core::option::Option::None,
                    iter: ::core::option::Option::None,
                    iternext: ::core::option::Option::Some(
                        ::runtime::__private::native::iternext,
                    ),
                    len: ::core::option::Option::None,
                    buffer: ::core::option::Option::None,
                },
            ),
            ..::runtime::__private::Type::EMPTY
        },
        ::runtime::__private::Obj::from_static(&__MP_FN___mp_Counter_new),
        ::core::option::Option::Some(__mp_thunk___mp_Counter___next__),
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    static __MP_LOCALS_Counter: ::runtime::__private::RomDict = ::runtime::__private::RomDict::new(
        &::runtime::__private::sort_entries([
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("incr"),
                ::runtime::__private::Obj::from_static(&__MP_FN___mp_Counter_incr),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__eq__"),
                ::runtime::__private::Obj::from_static(&__MP_FN___mp_Counter___eq__),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("value"),
                ::runtime::__private::Obj::from_static(&__MP_PROP_Counter_value),
            ),
            ::runtime::__private::RomEntry::new(
                ::runtime::qstr!("__doc__"),
                ::runtime::__mp_doc_obj!("A counter."),
            ),
        ]),
    );
    impl ::runtime::__private::NativeClass for Counter {
        #[inline(always)]
        fn native_type() -> &'static ::runtime::__private::NativeType {
            &__MP_CLASS_Counter.native
        }
        const FROZEN: bool = false;
    }
    impl ::runtime::__private::IntoResult for Counter {
        fn into_result(
            self,
        ) -> ::core::result::Result<
            ::runtime::__private::Obj,
            ::runtime::__private::Exc,
        > {
            ::runtime::__private::native::new(self)
        }
    }
    const _: () = ::core::assert!(
        ! ::core::mem::needs_drop:: < Counter > (),
        "#[mp_class] `Counter` must not need Drop: instances live in the GC heap, which runs no destructors (define `__del__` to be told when an instance is freed)"
    );
    #[doc(hidden)]
    #[allow(non_upper_case_globals)]
    pub static __MP_EXC_SensorError: ::runtime::__private::Type = ::runtime::__private::native::exception_type(
        ::runtime::qstr!("SensorError"),
        &::runtime::__private::VALUE_ERROR,
    );
    impl SensorError {
        /// The Python exception type.
        #[allow(dead_code)]
        pub fn type_object() -> &'static ::runtime::__private::Type {
            &__MP_EXC_SensorError
        }
    }
    impl ::core::convert::From<SensorError> for ::runtime::__private::Exc {
        fn from(e: SensorError) -> ::runtime::__private::Exc {
            ::runtime::__private::native::new_exception(&__MP_EXC_SensorError, e.0)
        }
    }
    const _: () = ::core::assert!(
        ::runtime::__private::VERSION == 2, "runtime and macros versions differ"
    );
}
