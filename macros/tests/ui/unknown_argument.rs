use runtime::{mp_function, mp_module};

#[mp_module(nmae = "m")]
pub mod m {
    use super::*;

    #[mp_function(name = "f", doc = "no")]
    fn f() {}

    #[mp_function(signatur = (a, b=1))]
    fn g(a: i32, b: i32) -> i32 {
        a + b
    }
}

fn main() {}
