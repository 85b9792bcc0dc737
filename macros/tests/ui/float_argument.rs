use runtime::{mp_function, mp_module};

#[mp_module]
pub mod m {
    use super::*;

    #[mp_function]
    fn half(x: f64) -> i32 {
        (x / 2.0) as i32
    }

    #[mp_function]
    fn maybe(x: Option<f32>) -> bool {
        x.is_some()
    }
}

fn main() {}
