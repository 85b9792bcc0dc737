use runtime::{mp_function, mp_module};

#[mp_module(nmae = "m")]
pub mod m {
    use super::*;

    #[mp_function(name = "f", doc = "no")]
    fn f() {}
}

fn main() {}
