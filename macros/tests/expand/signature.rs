// `signature = (...)`: every kind of parameter and default.
#[mp_module]
mod sig {
    /// Keyword-only with a default; trailing required names need no default entry.
    #[mp_function(signature = (pin, value=None, *, pull=-1, mode="out", fast=True))]
    fn setup(pin: i32, value: Option<u8>, pull: i8, mode: &str, fast: bool) {}

    #[mp_function(signature = (a, /, *args, key, **kwargs))]
    fn star(a: Obj, args: Obj, key: Obj, kwargs: Obj) -> Obj {
        a
    }

    #[mp_function(signature = ())]
    fn nothing() {}
}
