#![no_main]
//! Any bytes through the parser (file and eval modes): a tree or a SyntaxError.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fuzz::with_runtime(&[], || {
        let _ = runtime::parse::parse(data, false);
        let _ = runtime::parse::parse(data, true);
    });
});
