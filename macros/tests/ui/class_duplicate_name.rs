use runtime::{mp_class, mp_const, mp_function, mp_methods, mp_module};

#[mp_module(name = "example")]
mod example {
    use super::*;

    #[mp_class]
    pub struct Counter {
        value: i64,
    }

    #[mp_methods]
    impl Counter {
        #[mp_const]
        const LIMIT: i64 = 10;

        #[new]
        #[mp_function]
        fn new() -> Self {
            Counter { value: 0 }
        }

        #[new]
        #[mp_function(name = "zero")]
        fn make() -> Self {
            Counter { value: 0 }
        }

        #[mp_function]
        fn incr(&mut self) {
            self.value += 1;
        }

        #[mp_function(name = "incr")]
        fn incr_again(&mut self) {
            self.value += 1;
        }

        #[mp_function(name = "LIMIT")]
        fn limit(&self) -> i64 {
            Self::LIMIT
        }

        #[getter]
        #[mp_function]
        fn value(&self) -> i64 {
            self.value
        }

        #[getter]
        #[mp_function(name = "value")]
        fn value_again(&self) -> i64 {
            self.value
        }
    }

    #[mp_function(name = "Counter")]
    fn counter() {}
}

fn main() {}
