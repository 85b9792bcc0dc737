// On error: the errors, then the module as written (its marks made quiet), no tables.
#[mp_module]
mod errors {
    #[mp_function]
    fn bad(v: Vec<u8>, f: f32) {}

    #[mp_function(name = "bad")]
    fn also_bad() {}

    #[mp_const]
    const FINE: i32 = 1;
}
