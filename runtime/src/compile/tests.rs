//! Compiler tests: disassembly snapshots (`runtime/tests/data/compile/*.py` → `.dis`,
//! regenerated with `UPDATE_SNAPSHOTS=1`), each error message with its line, limits,
//! deep nesting, and the seed session in a 4 KiB heap.

extern crate std;

use std::string::String;
use std::vec::Vec;

use super::{compile, disassemble, Mode};
use crate::obj::code::Code;
use crate::obj::exc::Exc;
use crate::testing::with_runtime;

fn with_heap<R>(size: usize, f: impl FnOnce() -> R) -> R {
    let _guard = crate::gc::root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut hal = crate::testing::TestHal::default();
    let mut heap = std::vec![0u8; size];
    crate::with_runtime(&mut hal, &mut heap, &crate::obj::module::NO_MODULES, 256 * 1024, f)
}

fn listing(code: &Code) -> String {
    let mut s = String::new();
    disassemble(code, &mut s).expect("formats");
    s
}

/// The disassembly of `src`, or the error as `Type: message (line N)`.
fn dis(src: &str, mode: Mode) -> String {
    match compile(src.as_bytes(), qstr!("<stdin>"), mode) {
        Ok(code) => listing(code),
        Err(e) => describe(e),
    }
}

fn describe(e: Exc) -> String {
    let msg = crate::obj::tuple::as_slice(e.args())
        .and_then(|a| a.first().copied())
        .and_then(crate::obj::str::as_str)
        .unwrap_or("");
    let line = e.traceback().first().map_or(0, |t| t.line);
    std::format!("{}: {} (line {})", e.ty().name(), msg, line)
}

/// Compile `src` (file mode), expecting an error: `Type: message (line N)`.
fn error(src: &str) -> String {
    with_runtime(|| match compile(src.as_bytes(), qstr!("<stdin>"), Mode::File) {
        Ok(_) => String::from("compiled"),
        Err(e) => describe(e),
    })
}

#[test]
fn snapshots() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/compile");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some_and(|v| v == "1");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/data/compile exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    files.sort();
    assert!(!files.is_empty());
    let mut failed = Vec::new();
    for py in files {
        let src = std::fs::read_to_string(&py).expect("reads");
        let stem = py.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let mode = if stem.ends_with("_single") {
            Mode::Single
        } else if stem.ends_with("_eval") {
            Mode::Eval
        } else {
            Mode::File
        };
        let got = with_runtime(|| dis(&src, mode));
        let expected_path = py.with_extension("dis");
        if update {
            std::fs::write(&expected_path, &got).expect("writes");
            continue;
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if got != expected {
            std::eprintln!("--- {} ---\n{got}", expected_path.display());
            failed.push(expected_path);
        }
    }
    assert!(failed.is_empty(), "snapshots differ (UPDATE_SNAPSHOTS=1 to accept): {failed:?}");
}

#[test]
fn module_code_is_named_and_flagged() {
    with_runtime(|| {
        let code = compile(b"x = 1", qstr!("<stdin>"), Mode::File).expect("compiles");
        assert_eq!(code.name, qstr!("<module>"));
        assert_eq!(code.file, qstr!("<stdin>"));
        assert_eq!(code.flags, crate::obj::code::flags::MODULE);
    });
}

#[test]
fn function_code_layout() {
    with_runtime(|| {
        let code = compile(b"def f(a, b, *c, **d):\n  e = 1\n  def g(): return a + e\n", qstr!("<stdin>"), Mode::File)
            .expect("compiles");
        let f = code.consts().iter().find_map(|c| c.downcast::<Code>()).expect("f");
        assert_eq!(f.name, qstr!("f"));
        assert_eq!(f.n_pos_args, 2);
        assert_eq!(f.flags, crate::obj::code::flags::VARARGS | crate::obj::code::flags::VARKW);
        let names: Vec<&str> = f.local_names().iter().map(|q| q.as_str()).collect();
        assert_eq!(names, ["a", "b", "c", "d", "e", "g"]);
        assert_eq!(f.cells(), [0, 4]);
        let g = f.consts().iter().find_map(|c| c.downcast::<Code>()).expect("g");
        assert_eq!((g.n_locals, g.n_free), (2, 2));
        let names: Vec<&str> = g.local_names().iter().map(|q| q.as_str()).collect();
        assert_eq!(names, ["a", "e"]);
    });
}

#[test]
fn lambda_is_named_lambda() {
    with_runtime(|| {
        let code = compile(b"f = lambda: 1", qstr!("<stdin>"), Mode::File).expect("compiles");
        let l = code.consts().iter().find_map(|c| c.downcast::<Code>()).expect("lambda");
        assert_eq!(l.name, qstr!("<lambda>"));
    });
}

#[test]
fn line_table_is_sorted() {
    with_runtime(|| {
        let code = compile(b"a = 1\n\nb = 2\nif a:\n  c = 3\n", qstr!("<stdin>"), Mode::File).expect("compiles");
        let entries: Vec<_> = code.line_entries().collect();
        let lines: Vec<u16> = entries.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 3, 4, 5]);
        assert!(entries.windows(2).all(|w| w[0].offset < w[1].offset));
        assert_eq!(code.line_at(usize::from(entries[1].offset)), 3);
    });
}

#[test]
fn syntax_errors_have_lines() {
    assert_eq!(error("x = 1\nx = = 1\n"), "SyntaxError: invalid syntax (line 2)");
    assert_eq!(error("x = 1\n    y = 2\n"), "IndentationError: unexpected indent (line 2)");
    assert_eq!(
        error("if 1:\n        x\n    y\n"),
        "IndentationError: unindent doesn't match any outer indent level (line 3)"
    );
    assert_eq!(error("x = 'abc\n"), "SyntaxError: invalid syntax (line 1)");
    assert_eq!(error("\n\nclass A:\n  yield 1"), "SyntaxError: 'yield' outside function (line 4)");
    assert_eq!(error("x = 1\nyield x"), "SyntaxError: 'yield' outside function (line 2)");
    assert_eq!(error("class A:\n  return 1"), "SyntaxError: 'return' outside function (line 2)");
}

#[test]
fn statement_errors() {
    assert_eq!(error("x = 1\nreturn x"), "SyntaxError: 'return' outside function (line 2)");
    assert_eq!(error("break"), "SyntaxError: 'break'/'continue' outside loop (line 1)");
    assert_eq!(error("def f():\n  continue"), "SyntaxError: 'break'/'continue' outside loop (line 2)");
    assert_eq!(error("while 1:\n  def f():\n    break"), "SyntaxError: 'break'/'continue' outside loop (line 3)");
}

#[test]
fn target_errors() {
    assert_eq!(error("f() = 1"), "SyntaxError: can't assign to expression (line 1)");
    assert_eq!(error("\n1 = x"), "SyntaxError: can't assign to expression (line 2)");
    assert_eq!(error("a, b + 1 = x"), "SyntaxError: can't assign to expression (line 1)");
    assert_eq!(error("del f()"), "SyntaxError: can't delete expression (line 1)");
    assert_eq!(error("a, b += 1"), "SyntaxError: can't assign to expression (line 1)");
    assert_eq!(error("*a = b"), "SyntaxError: can't assign to expression (line 1)");
    assert_eq!(error("await x"), "SyntaxError: 'await' outside function (line 1)");
    assert_eq!(error("class C:\n    await x"), "SyntaxError: 'await' outside function (line 2)");
    assert_eq!(error("a, *b, *c = d"), "SyntaxError: multiple *x in assignment (line 1)");
}

#[test]
fn scope_errors() {
    assert_eq!(error("def f():\n  x = 1\n  global x"), "SyntaxError: identifier redefined as global (line 3)");
    assert_eq!(error("def f(x):\n  global x"), "SyntaxError: identifier redefined as global (line 2)");
    assert_eq!(error("def f():\n  x = 1\n  nonlocal x"), "SyntaxError: identifier redefined as nonlocal (line 3)");
    assert_eq!(error("def f():\n  nonlocal x"), "SyntaxError: no binding for nonlocal found (line 2)");
    assert_eq!(error("x = 1\nnonlocal x"), "SyntaxError: can't declare nonlocal in outer code (line 2)");
}

#[test]
fn literal_errors() {
    // Number literals depend on the board's `float` and `longint` (tests/numbers covers them).
    #[cfg(mp_float = "none")]
    assert_eq!(error("x = 1.5"), "SyntaxError: decimal numbers not supported (line 1)");
    #[cfg(not(mp_longint = "mpz"))]
    assert_eq!(error("x = 99999999999999999999"), "SyntaxError: long int not supported in this build (line 1)");
    assert_eq!(error("x = b'ab'"), "compiled");
    #[cfg(mp_longint = "none")]
    assert!(error("x = 0x7fffffffffffffff").starts_with("OverflowError"));
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    with_runtime(|| {
        let e = compile(b"x = 1\n\xff = 2\n", qstr!("<stdin>"), Mode::File).err().expect("fails");
        assert_eq!(describe(e), "SyntaxError: invalid syntax (line 2)");
    });
}

#[test]
fn too_many_call_arguments() {
    let src = std::format!("f({})", "1, ".repeat(300));
    assert_eq!(error(&src), "SyntaxError: too many arguments (line 1)");
}

#[test]
fn code_too_big() {
    let src = "x = a + a + a + a + a + a + a + a + a + a\n".repeat(3000);
    let e = with_heap(4 << 20, || match compile(src.as_bytes(), qstr!("<stdin>"), Mode::File) {
        Ok(_) => String::from("compiled"),
        Err(e) => describe(e),
    });
    assert!(e.starts_with("SyntaxError: code too big"), "{e}");
}

fn is_runtime_error(src: &str) -> bool {
    with_heap(4 << 20, || match compile(src.as_bytes(), qstr!("<stdin>"), Mode::File) {
        Err(e) => e.ty().name() == "RuntimeError",
        Ok(_) => false,
    })
}

#[test]
fn deep_nesting_is_a_runtime_error() {
    assert!(is_runtime_error(&"(".repeat(100_000)));
    assert!(is_runtime_error(&(String::from("x = ") + &"not ".repeat(100_000) + "x")));
    assert!(is_runtime_error(&(String::from("x = ") + &"[".repeat(50_000) + &"]".repeat(50_000))));
}

#[test]
fn long_left_nested_sums_are_an_error_not_a_crash() {
    // Parsed iteratively; compiling recurses down the left spine and stops at the stack limit.
    let src = String::from("x = ") + &"a + ".repeat(200_000) + "a";
    with_heap(16 << 20, || {
        if let Err(e) = compile(src.as_bytes(), qstr!("<stdin>"), Mode::File) {
            let name = e.ty().name();
            assert!(name == "RuntimeError" || name == "MemoryError", "{name}");
        }
    });
}

#[test]
fn deeply_nested_functions_are_an_error_not_a_crash() {
    let mut src = String::new();
    for i in 0..99 {
        src.push_str(&" ".repeat(i));
        src.push_str("def f():\n");
    }
    src.push_str(&" ".repeat(99));
    src.push_str("return 1\n");
    with_heap(4 << 20, || {
        if let Err(e) = compile(src.as_bytes(), qstr!("<stdin>"), Mode::File) {
            assert_eq!(e.ty().name(), "RuntimeError");
        }
    });
}

#[test]
fn arbitrary_bytes_never_panic() {
    // A cheap deterministic fuzz: mutate a valid program byte by byte.
    let base = b"def f(a, b=1):\n    if a < b: return [a, (b,), {a: b}]\n    try:\n        x = a.b[c](d) or not e\n    except E as e:\n        raise\nfor i in f(1): print(i, 'x\\n')\n";
    let replacements = b" \n\t()[]{}:'\"\\#=+-*/.,0123456789xyz\x80\xff";
    with_heap(1 << 20, || {
        for i in 0..base.len() {
            for &r in replacements {
                let mut src = base.to_vec();
                src[i] = r;
                let _ = compile(&src, qstr!("<stdin>"), Mode::File);
                src.truncate(i + 1);
                let _ = compile(&src, qstr!("<stdin>"), Mode::Single);
            }
        }
    });
}

#[test]
fn memory_errors_are_reported_not_panics() {
    let src = b"def f(a, b=1):\n    return [a, (b,), {a: b}]\nfor i in f(1):\n    print(i, 'a long string constant')\n";
    for n in 1..200 {
        with_heap(64 * 1024, || {
            crate::gc::root::heap().fail_countdown.set(n);
            let r = compile(src, qstr!("<stdin>"), Mode::File);
            crate::gc::root::heap().fail_countdown.set(0);
            if let Err(e) = r {
                assert_eq!(e.ty().name(), "MemoryError");
            }
        });
    }
}

#[test]
fn a_memory_error_in_an_fstring_escape_is_not_a_syntax_error() {
    // Found by tests/tools/fault_sweep.py: decoding `\\n` in an f-string's text mapped a
    // failed allocation to `SyntaxError: invalid escape sequence`.
    let src = b"x = 1\nprint(f'a\\n{x}\\t', rf'\\n{x}')\n";
    for n in 1..120 {
        with_heap(64 * 1024, || {
            crate::gc::root::heap().fail_countdown.set(n);
            let r = compile(src, qstr!("<stdin>"), Mode::File);
            crate::gc::root::heap().fail_countdown.set(0);
            if let Err(e) = r {
                assert_eq!(e.ty().name(), "MemoryError", "allocation {n}");
            }
        });
    }
}

#[test]
fn gc_stress_gives_the_same_code() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/compile");
    for name in ["func.py", "try.py", "expr.py"] {
        let src = std::fs::read_to_string(dir.join(name)).expect("reads");
        let plain = with_runtime(|| dis(&src, Mode::File));
        let stressed = with_runtime(|| {
            crate::gc::root::heap().stress.set(true);
            let s = dis(&src, Mode::File);
            crate::gc::root::heap().stress.set(false);
            s
        });
        assert_eq!(plain, stressed, "{name}");
    }
}

#[test]
fn seed_session_compiles_in_a_4k_heap() {
    with_heap(4096, || {
        for line in ["import sys", "sys.implementation", "import myport", "myport.info()"] {
            crate::gc::collect();
            let before = crate::gc::root::heap().info().used;
            let code = compile(line.as_bytes(), qstr!("<stdin>"), Mode::Single);
            assert!(code.is_ok(), "{line}");
            crate::gc::collect();
            let after = crate::gc::root::heap().info().used;
            assert!(after <= before + 256, "{line}: {before} -> {after}");
        }
    });
}

#[test]
fn seed_session_peak_heap_is_small() {
    // The smallest free heap each line compiles in.
    for line in ["import sys", "sys.implementation", "import myport", "myport.info()"] {
        let peak = with_heap(8192, || {
            crate::gc::collect();
            let free = crate::gc::root::heap().info().free;
            // Hold all but `budget` bytes, then try to compile.
            (1..=free / 16)
                .map(|blocks| blocks * 16)
                .find(|&budget| {
                    let Ok(hold) = crate::gc::alloc(free - budget) else { return false };
                    let ok = compile(line.as_bytes(), qstr!("<stdin>"), Mode::Single).is_ok();
                    crate::gc::root::heap().free(hold.as_ptr());
                    crate::gc::collect();
                    ok
                })
                .unwrap_or(usize::MAX)
        });
        assert!(peak <= 640, "{line}: needs {peak} bytes of heap");
    }
}
