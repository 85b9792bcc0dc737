use runtime::{mp_function, mp_module};

const ONE: i32 = 1;

#[mp_module]
pub mod m {
    use super::*;

    // Defaults are constant Python values, not Rust expressions.
    #[mp_function(signature = (a, b=ONE, c=2 + 3))]
    fn not_constant(a: i32, b: i32, c: i32) -> i32 {
        a + b + c
    }

    // Before `*`, a parameter without a default cannot follow one with a default.
    #[mp_function(signature = (a=0, b))]
    fn required_after_default(a: i32, b: i32) -> i32 {
        a + b
    }

    // `None` does not convert to an integer: the parameter must be an `Option`.
    #[mp_function(signature = (a, b=None))]
    fn none_for_int(a: i32, b: i32) -> i32 {
        a + b
    }

    // A float does not convert to an integer, nor a str to a float.
    #[mp_function(signature = (a=1.5, b="x"))]
    fn float_for_int(a: u8, b: f32) -> f32 {
        a as f32 + b
    }

    // Larger than any i64.
    #[mp_function(signature = (a=99999999999999999999))]
    fn huge(a: i64) -> i64 {
        a
    }
}

fn main() {}
