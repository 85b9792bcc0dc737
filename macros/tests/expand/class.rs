use runtime::{mp_class, mp_exception, mp_function, mp_methods, mp_module, Exc, Obj};

/// A module with a class.
#[mp_module(name = "example")]
pub mod example_mod {
    use super::*;

    #[mp_exception(base = ValueError)]
    pub struct SensorError(pub &'static str);

    /// A counter.
    #[mp_class]
    pub struct Counter {
        value: i64,
    }

    #[mp_methods]
    impl Counter {
        #[new]
        #[mp_function(signature = (start=0))]
        fn new(start: i64) -> Result<Self, SensorError> {
            Ok(Counter { value: start })
        }

        #[mp_function]
        fn incr(&mut self) -> i64 {
            self.value += 1;
            self.value
        }

        #[getter]
        #[mp_function]
        fn value(&self) -> i64 {
            self.value
        }

        #[mp_function]
        fn __eq__(&self, other: Obj) -> bool {
            other == Obj::NONE
        }

        #[mp_function]
        fn __next__(&mut self) -> Option<i64> {
            None
        }
    }
}
