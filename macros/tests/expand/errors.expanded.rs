// The expansion of errors.rs: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.

::core::compile_error! {
    "unsupported argument type `Vec<u8>` for a Python function: use an integer type, f32, f64, bool, &str, &[u8], &[Cell<u8>], Obj, or a tuple or Option<...> of these"
}
::core::compile_error! {
    "duplicate Python name `bad` in module `errors` (first defined here: `fn bad`)"
}
mod errors {
    #[mp_function(__mp_marker)]
    fn bad(v: Vec<u8>, f: f32) {}
    #[mp_function(__mp_marker)]
    fn also_bad() {}
    #[mp_const(__mp_marker)]
    const FINE: i32 = 1;
}
