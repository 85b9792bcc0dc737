use runtime::{mp_const, mp_function, mp_module, Exc, Obj};

/// An example module.
///
/// Its functions show each kind of parameter.
#[mp_module(name = "example")]
pub mod example_mod {
    use super::*;

    /// Add two numbers.
    #[mp_function]
    fn add(a: i32, b: i32) -> i32 {
        a + b
    }

    /// Greet someone, a few times.
    #[mp_function]
    fn greet(name: &'static str, times: Option<u32>) -> Result<Obj, Exc> {
        let _ = (name, times);
        Ok(Obj::NONE)
    }

    #[mp_function(name = "opt")]
    fn all_optional(a: Option<bool>, b: Option<&str>) -> bool {
        a.unwrap_or(b.is_some())
    }

    #[mp_function]
    fn r#type(o: Obj) -> Obj {
        o
    }

    #[mp_const]
    const ANSWER: i32 = 42;

    #[mp_const(name = "DEBUG")]
    const IS_DEBUG: bool = false;

    #[mp_const]
    const GREETING: &str = "hello";

    fn helper() {}
}
