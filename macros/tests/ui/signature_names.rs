use runtime::{mp_function, mp_module};

#[mp_module]
pub mod m {
    use super::*;

    // A name that is not the Rust parameter's.
    #[mp_function(signature = (a, c=1))]
    fn misspelt(a: i32, b: i32) -> i32 {
        a + b
    }

    // A Rust parameter left out.
    #[mp_function(signature = (a, b=1))]
    fn missing(a: i32, b: i32, scale: i32) -> i32 {
        (a + b) * scale
    }

    // A name with no Rust parameter.
    #[mp_function(signature = (a, b, extra=0))]
    fn extra(a: i32, b: i32) -> i32 {
        a + b
    }

    // Every name, but not in the Rust order.
    #[mp_function(signature = (b, a))]
    fn swapped(a: i32, b: i32) -> i32 {
        a - b
    }
}

fn main() {}
