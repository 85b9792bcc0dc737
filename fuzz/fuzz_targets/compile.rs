#![no_main]
//! Any bytes through the compiler in each mode: code or an exception.
use libfuzzer_sys::fuzz_target;
use runtime::compile::Mode;

fuzz_target!(|data: &[u8]| {
    fuzz::with_runtime(&[], || {
        for mode in [Mode::File, Mode::Single, Mode::Eval] {
            let _ = runtime::compile::compile(data, runtime::qstr!("<stdin>"), mode);
        }
    });
});
