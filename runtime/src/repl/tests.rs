//! The REPL's line editing, auto-indent and completion, driven without a terminal.

extern crate std;

use super::complete::{complete, Completion};
use super::readline::{readline, Event, History};
use crate::gc::GcVec;
use crate::testing::TestHal;

/// Type `keys` into `readline`; the line, how it ended and what the terminal got.
fn type_line(keys: &[u8]) -> (std::vec::Vec<u8>, Event, std::string::String) {
    type_line_failing(keys, 0)
}

/// [`type_line`] with the `fail`th allocation failing (0: none).
fn type_line_failing(keys: &[u8], fail: usize) -> (std::vec::Vec<u8>, Event, std::string::String) {
    let _guard = crate::gc::root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut hal = TestHal { input: keys.to_vec(), ..TestHal::default() };
    let mut heap = std::vec![0u8; 64 * 1024];
    let (line, ev) = crate::with_runtime(&mut hal, &mut heap, &crate::obj::module::NO_MODULES, 256 * 1024, || {
        let mut buf = GcVec::new();
        crate::gc::fail_allocation(fail);
        let ev = readline(&mut buf, b">>> ", &mut History::new()).unwrap_or(Event::Eof);
        (buf.as_slice().to_vec(), ev)
    });
    (line, ev, std::string::String::from_utf8_lossy(&hal.out).into_owned())
}

#[test]
fn editing_redraws_as_micropython() {
    let (line, ev, out) = type_line(b"rint(1)\x01p\x05\r");
    assert_eq!(line, b"print(1)");
    assert_eq!(ev, Event::Line);
    assert_eq!(out, ">>> rint(1)\x1b[7Dprint(1)\x1b[7Drint(1)\r\n");
    let (line, _, out) = type_line(b"abc\x08\x1b[D\x1b[3~\r");
    assert_eq!(line, b"a");
    assert_eq!(out, ">>> abc\x08\x1b[K\x08\x1b[K\r\n");
    // A control key on an empty line goes to the REPL; Ctrl-C anywhere; end of input.
    assert_eq!(type_line(b"\x05").1, Event::Ctrl(5));
    assert_eq!(type_line(b"ab\x03").1, Event::Ctrl(3));
    assert_eq!(type_line(b"ab").1, Event::Eof);
    // A UTF-8 character is one cell: one backspace removes it whole.
    let (line, _, _) = type_line("xé\x7f\r".as_bytes());
    assert_eq!(line, b"x");
}

#[test]
fn a_key_without_memory_rings_and_keeps_the_line() {
    // The first key's allocation fails: a bell, the key dropped, the editing goes on.
    let (line, ev, out) = type_line_failing(b"ab\r", 1);
    assert_eq!((line.as_slice(), ev), (&b"b"[..], Event::Line));
    assert_eq!(out, ">>> \x07b\r\n");
    // A character of several UTF-8 bytes goes whole or not at all.
    let (line, _, out) = type_line_failing("éx\r".as_bytes(), 1);
    assert_eq!(line, b"x");
    assert_eq!(out, ">>> \x07x\r\n");
}

#[test]
fn auto_indent_follows_the_previous_line() {
    crate::testing::with_runtime(|| {
        let indent = |input: &str| {
            let mut line = GcVec::new();
            let added = super::auto_indent(input.as_bytes(), &mut line);
            assert_eq!(added, !line.is_empty());
            line.len()
        };
        assert_eq!(indent("for i in x:"), 4);
        assert_eq!(indent("if a:\n    if b:"), 8);
        assert_eq!(indent("if a:\n    x = 1"), 4);
        assert_eq!(indent("if a:\n        x = 1"), 8);
        assert_eq!(indent("if a:\n    x = 1\n    "), 4);
        assert_eq!(indent("if a:\n    x = 1\n    \n    "), 0);
        assert_eq!(indent("if a:  # no"), 0);
        assert_eq!(indent("f(1,"), 0);
    });
}

#[test]
fn completion_of_globals_and_import() {
    let (_, out) = crate::testing::with_runtime_output(|| {
        crate::exec_and_report(b"apple = 1\napricot = 2\n", qstr!("<stdin>"), crate::compile::Mode::File);
        let insert = |line: &[u8]| match complete(line) {
            Completion::Insert(s) => Some(s),
            _ => None,
        };
        assert_eq!(insert(b"x = apr"), Some(&b"icot"[..]));
        assert_eq!(insert(b"imp"), Some(&b"ort "[..]));
        assert!(matches!(complete(b"zz"), Completion::None));
        assert!(matches!(complete(b"nothing.here."), Completion::None));
        assert!(matches!(complete(b"\"abc\"."), Completion::None));
        assert!(matches!(complete(b"(ap"), Completion::Listed));
    });
    assert_eq!(out, "\napple           apricot\n");
}

#[test]
fn ctrl_c_abandons_a_raw_paste() {
    // Ctrl-C instead of the data's end: `\x04` (end of data), no output, the
    // KeyboardInterrupt between `\x04`s, and the raw prompt again, as MicroPython's
    // raw-paste reader; the bytes after it are ordinary raw-REPL input (Ctrl-B leaves).
    let _guard = crate::gc::root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut hal = TestHal { input: b"\x05A\x01print(1)\n\x03\x02".to_vec(), ..TestHal::default() };
    let mut heap = std::vec![0u8; 64 * 1024];
    crate::with_runtime(&mut hal, &mut heap, &crate::obj::module::NO_MODULES, 256 * 1024, || {
        super::raw::raw_repl();
    });
    let out = &hal.out[..];
    let at = out.windows(2).position(|w| w == b"R\x01").expect("raw-paste answer");
    assert_eq!(&out[at..at + 5], b"R\x01\x80\x00\x01");
    let rest = &out[at + 5..];
    assert!(rest.starts_with(b"\x04\x04KeyboardInterrupt"), "{rest:?}");
    assert!(rest.windows(2).any(|w| w == b"\x04>"), "{rest:?}");
    assert!(!out.windows(3).any(|w| w == b"\n1\n"), "the paste must not run: {out:?}");
}
