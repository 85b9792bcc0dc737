use runtime::{mp_function, mp_module};

#[mp_module]
pub mod m {
    use super::*;

    #[mp_function]
    fn generic<T>(_x: i32) {}

    #[mp_function]
    async fn later() {}

    #[mp_function]
    fn pattern(ref _a: i32, _: bool) {}

    #[mp_function(name = "__name__")]
    fn name() {}
}

fn main() {}
