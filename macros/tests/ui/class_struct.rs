use runtime::{mp_class, mp_exception, mp_function, mp_methods, mp_module};

#[mp_module(name = "example")]
mod example {
    use super::*;

    #[mp_class]
    pub struct Counter<T> {
        value: T,
    }

    #[mp_class]
    pub struct Bag {
        items: Vec<u8>,
        name: &'static str,
    }

    #[mp_methods]
    impl Unknown {
        #[mp_function]
        fn value(&self) -> i64 {
            0
        }
    }

    #[mp_methods]
    impl Bag {
        #[new]
        #[mp_function]
        fn new() -> i64 {
            0
        }
    }

    #[mp_methods]
    impl Bag {}

    #[mp_exception(base = NoSuchError)]
    pub struct SensorError;

    #[mp_exception]
    pub struct TwoArgs(i32, i32);

    #[mp_class]
    fn not_a_struct() {}
}

fn main() {}
