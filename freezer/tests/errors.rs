//! A frozen module that does not compile fails the build with its file, line and the
//! board.toml entry that listed it; a good one gives statics for the module table.

use std::path::PathBuf;

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("freezer-test-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// The running runtime's qstr table is the workspace board's, which lacks these tests'
/// names: they are not checked here (a board's build checks them).
fn freeze(board: &config::Board, word_bits: u32) -> Result<String, String> {
    freezer::frozen_rs_for(board, freezer::Target { word_bits, check_names: false })
}

fn board_with(dir: &std::path::Path, frozen: &str) -> config::Board {
    let text = format!(
        "level = \"core\"\nheap_size = 8192\n[board]\nname = \"b\"\nmcu = \"m\"\nplatform = \"p\"\n[frozen]\n{frozen}\n"
    );
    let path = dir.join("board.toml");
    std::fs::write(&path, &text).unwrap();
    config::load(&path).unwrap()
}

#[test]
fn a_syntax_error_names_the_file_line_and_board_entry() {
    let dir = scratch("syntax");
    std::fs::write(dir.join("bad.py"), "x = 1\ndef f(:\n    pass\n").unwrap();
    let board = board_with(&dir, "bad = \"bad.py\"");
    let err = freeze(&board, 32).unwrap_err();
    assert!(err.contains("frozen module `bad`"), "{err}");
    assert!(err.contains("listed by [frozen] `bad` at"), "{err}");
    assert!(err.contains("board.toml:8:7"), "{err}");
    assert!(err.contains("File \"bad.py\", line 2"), "{err}");
    assert!(err.contains("SyntaxError: invalid syntax"), "{err}");
}

#[test]
fn an_int_beyond_the_targets_small_ints_becomes_a_rom_long_int() {
    let dir = scratch("bigint");
    std::fs::write(
        dir.join("big.py"),
        "X = 1099511627776\nY = -1099511627777\nZ = 10**30\nW = 123456789012345678901234567890\n",
    )
    .unwrap();
    let board = board_with(&dir, "big = \"big.py\"");
    // A small int on a 64-bit target; a long int (digits 0, 256) on a 32-bit one.
    let rs64 = freeze(&board, 64).unwrap();
    assert!(rs64.contains("small_int(1099511627776)"), "{rs64}");
    let rs32 = freeze(&board, 32).unwrap();
    assert!(rs32.contains("neg: false, digits: &[0, 256]"), "{rs32}");
    assert!(rs32.contains("neg: true, digits: &[1, 256]"), "{rs32}");
    // A literal beyond 64 bits is a long int on both.
    assert!(rs64.contains("LongObj"), "{rs64}");
}

#[test]
fn a_module_becomes_statics_named_for_the_table() {
    let dir = scratch("good");
    std::fs::write(dir.join("good.py"), "def f(a, b=2):\n    return a + b * 1.5\nS = 'text'\n").unwrap();
    let board = board_with(&dir, "good = \"good.py\"");
    let rs = freeze(&board, 32).unwrap();
    assert!(
        rs.contains("pub static FROZEN_0: runtime::Module = runtime::Module::frozen(runtime::qstr!(\"good\")"),
        "{rs}"
    );
    assert!(rs.contains("runtime::qstr!(\"good.py\")"), "{rs}");
    assert!(rs.contains("FloatObj"), "{rs}");
    // Nothing frozen: nothing written.
    let none = board_with(&scratch("none"), "");
    assert_eq!(freeze(&none, 32).unwrap(), "");
}
