use runtime::{mp_function, mp_module};

pub struct Reading(i32);

#[mp_module(name = "myport")]
pub mod m {
    use super::*;

    // The result converts with `IntoResult`: the error is at the return type.
    #[mp_function]
    fn read() -> Reading {
        Reading(1)
    }
}

fn main() {}
