//! `Board::check_module_crates`: board.toml's `[modules] user` and the board package's
//! Cargo.toml dependencies must agree, each missing half an error saying what to add.

mod common;

use common::TempDir;
use config::ErrorKind;

const MODULE_MANIFEST: &str =
    "[package]\nname = \"myport\"\n[dependencies]\nruntime = { path = \"../../../runtime\" }\n";
const MODULE_SRC: &str = "#[mp_module]\npub mod myport {}\n";

/// The seed's layout with a module crate that really is one, and the board's manifest.
fn layout(name: &str, board_manifest: &str) -> (TempDir, config::Board) {
    let (dir, path) = TempDir::seed(name);
    dir.write("boards/modules/myport/Cargo.toml", MODULE_MANIFEST);
    dir.write("boards/modules/myport/src/lib.rs", MODULE_SRC);
    dir.write("boards/host/Cargo.toml", board_manifest);
    let board = config::load(&path).unwrap();
    (dir, board)
}

#[test]
fn agreeing_halves_pass() {
    let manifest = "[package]\nname = \"host\"\n[dependencies]\nmyport = { path = \"../modules/myport\" }\n";
    let (dir, board) = layout("agree", manifest);
    board.check_module_crates(&dir.path().join("boards/host")).unwrap();
}

#[test]
fn workspace_and_target_dependencies_count() {
    let (dir, board) = layout("ws", "[package]\nname = \"host\"\n[dependencies]\nmyport = { workspace = true }\n");
    dir.write("Cargo.toml", "[workspace]\n[workspace.dependencies]\nmyport = { path = \"boards/modules/myport\" }\n");
    board.check_module_crates(&dir.path().join("boards/host")).unwrap();
    let manifest = "[package]\nname = \"h\"\n[target.'cfg(unix)'.dependencies]\nmyport = { path = \"../modules/myport\", optional = true }\n";
    dir.write("boards/host/Cargo.toml", manifest);
    board.check_module_crates(&dir.path().join("boards/host")).unwrap();
}

#[test]
fn listed_but_not_a_dependency() {
    let (dir, board) = layout("listed", "[package]\nname = \"host\"\n[dependencies]\nlibc = \"0.2\"\n");
    let e = board.check_module_crates(&dir.path().join("boards/host")).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UserModuleDir);
    assert!(e.path().unwrap().ends_with("boards/host/board.toml"), "{e}");
    assert_eq!(e.position().map(|p| p.line), Some(12), "{e}");
    let want = "user module `myport` is listed here but is not a dependency of";
    assert!(e.message().starts_with(want), "{e}");
    assert!(e.message().contains("add `myport = { path = \"../modules/myport\" }` under [dependencies]"), "{e}");
}

#[test]
fn dependency_but_not_listed() {
    let manifest = "[package]\nname = \"host\"\n[dependencies]\nmyport = { path = \"../modules/myport\" }\nother = { path = \"../modules/other\" }\n";
    let (dir, board) = layout("unlisted", manifest);
    dir.write(
        "boards/modules/other/Cargo.toml",
        "[package]\nname = \"other\"\n[dependencies]\nruntime = { path = \"x\" }\n",
    );
    dir.write("boards/modules/other/src/sub/m.rs", "#[mp_module(name = \"o\")]\nmod o {}\n");
    let e = board.check_module_crates(&dir.path().join("boards/host")).unwrap_err();
    assert!(e.path().unwrap().ends_with("boards/host/Cargo.toml"), "{e}");
    let want = "add `other = \"../modules/other\"` to `user` under [modules] in";
    assert!(e.message().contains("is a Python module crate (it uses #[mp_module])"), "{e}");
    assert!(e.message().contains(want), "{e}");
}

#[test]
fn plain_path_dependencies_are_not_modules() {
    let manifest = "[package]\nname = \"host\"\n[dependencies]\nmyport = { path = \"../modules/myport\" }\nhal = { path = \"../hal\" }\n";
    let (dir, board) = layout("plain", manifest);
    // A crate that depends on the runtime but defines no Python module (a HAL glue crate).
    dir.write("boards/hal/Cargo.toml", "[package]\nname = \"hal\"\n[dependencies]\nruntime = { path = \"x\" }\n");
    dir.write("boards/hal/src/lib.rs", "pub fn f() {}\n");
    board.check_module_crates(&dir.path().join("boards/host")).unwrap();
}

#[test]
fn renamed_dependency_is_named() {
    let manifest =
        "[package]\nname = \"host\"\n[dependencies]\nmp = { path = \"../modules/myport\", package = \"myport\" }\n";
    let (dir, board) = layout("renamed", manifest);
    let e = board.check_module_crates(&dir.path().join("boards/host")).unwrap_err();
    assert!(e.message().contains("is the dependency `mp` of"), "{e}");
}
