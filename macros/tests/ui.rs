//! Compile tests. Each `tests/ui/*.rs` must fail to compile with the errors of its
//! `.stderr` (regenerate with `TRYBUILD=overwrite cargo test -p macros --test ui`, then
//! read every diff); each `tests/pass/*.rs` must compile against the runtime.

#[test]
fn ui() {
    let t = trybuild::TestCases::new();
    t.compile_fail("tests/ui/*.rs");
    t.pass("tests/pass/*.rs");
}
