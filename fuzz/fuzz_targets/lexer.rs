#![no_main]
//! Any bytes through the lexer: tokens or a lexical error, never a panic.
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    fuzz::with_runtime(&[], || {
        let Ok(mut lexer) = runtime::lexer::Lexer::new(data) else { return };
        for _ in 0..data.len() + 16 {
            match lexer.next_token() {
                Ok(t) if t.kind == runtime::lexer::Kind::EndMarker => break,
                Ok(_) => {}
                Err(_) => break,
            }
        }
    });
});
