use runtime::{mp_function, mp_module, Obj};

#[mp_module]
pub mod m {
    use super::*;

    #[mp_function]
    fn __getattr__(name: &str, default: Obj) -> Obj {
        let _ = name;
        default
    }

    #[mp_function(name = "__init__")]
    fn setup(verbose: bool) {
        let _ = verbose;
    }
}

#[mp_module(name = "myport")]
pub mod n {
    use super::*;

    #[mp_function]
    fn __getattr__(index: i32) -> i32 {
        index
    }
}

fn main() {}
