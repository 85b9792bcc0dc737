use runtime::{mp_const, mp_function, mp_module};

#[mp_module]
pub mod m {
    use super::*;

    #[mp_function]
    fn info() {}

    #[mp_function(name = "info")]
    fn more_info() {}

    #[mp_const(name = "info")]
    const INFO: i32 = 1;

    // A submodule's name is an entry too.
    #[mp_const]
    const sub: i32 = 1;

    #[mp_module]
    mod sub {}
}

fn main() {}
