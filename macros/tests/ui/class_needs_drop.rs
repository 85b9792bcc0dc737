use runtime::{mp_class, mp_module};

#[mp_module(name = "example")]
mod example {
    use super::*;

    #[mp_class]
    pub struct Counter {
        value: i64,
    }

    impl Drop for Counter {
        fn drop(&mut self) {}
    }
}

fn main() {}
