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
        #[mp_function]
        fn incr(&mut self) -> i64 {
            self.value += 1;
            self.value
        }
    }

    // A ROM instance must be of a frozen class (no `&mut self` method): it is never written.
    #[mp_const(name = "value")]
    const ZERO: Counter = Counter { value: 0 };
}

fn main() {}
