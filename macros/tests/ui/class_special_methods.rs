use runtime::{mp_class, mp_function, mp_methods, mp_module};

#[mp_module(name = "example")]
mod example {
    use super::*;

    #[mp_class]
    pub struct Counter {
        value: i64,
    }

    #[mp_methods]
    impl Counter {
        #[mp_function]
        fn __len__(&self, extra: i32) -> usize {
            self.value as usize + extra as usize
        }

        #[mp_function]
        fn __hash__(&self) -> &'static str {
            "no"
        }

        #[mp_function]
        fn __next__(&mut self) -> i64 {
            self.value
        }

        #[mp_function]
        fn __exit__(&mut self) {}

        #[mp_function]
        fn __del__(&mut self) -> i64 {
            self.value
        }

        #[mp_function]
        fn __index__(&self) -> i64 {
            self.value
        }

        #[mp_function]
        fn __init__(&mut self) {}
    }
}

fn main() {}
