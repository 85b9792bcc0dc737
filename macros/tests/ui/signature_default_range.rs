// Integer defaults are checked when the module compiles: they must fit a small int (on the
// target) and the parameter's type. The names are ones the board's qstr table has.
use runtime::{mp_function, mp_module};

#[mp_module(name = "myport")]
pub mod m {
    use super::*;

    #[mp_function(signature = (a, b=300, *, scale=9223372036854775807))]
    fn add(a: i64, b: u8, scale: i64) -> i64 {
        a + i64::from(b) * scale
    }
}

fn main() {}
