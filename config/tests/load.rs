//! Loading boards: the seed board, level resolution, overrides, heap sizes, `extends`.

mod common;

use std::path::Path;

use common::{board_with, TempDir, SEED};
use config::{Features, FloatImpl, Level, LongInt};

#[test]
fn seed_board() {
    let (dir, path) = TempDir::seed("seed");
    let board = config::load(&path).unwrap();
    assert_eq!(board.path, path);
    assert_eq!(board.files, vec![path.clone()]);
    assert_eq!(board.name, "example-board");
    assert_eq!(board.mcu, "unknown-cpu");
    assert_eq!(board.platform, "linux");
    assert_eq!(board.level, Level::Minimum);
    assert_eq!(board.heap_size, 4096);
    assert_eq!(
        board.features,
        Features {
            attrtuple: false,
            float: FloatImpl::None,
            longint: LongInt::None,
            compiler: true,
            source_line: false,
            help: false,
            repl_auto_indent: false,
            doc_strings: false,
            gc_stress: false,
        }
    );
    assert_eq!(board.builtin_modules, ["sys"]);
    assert_eq!(board.user_modules.len(), 1);
    assert_eq!(board.user_modules[0].crate_name, "myport");
    assert_eq!(board.user_modules[0].dir, dir.path().join("boards/modules/myport"));
}

#[test]
fn parse_str_resolves_relative_to_the_path() {
    let (_dir, path) = TempDir::seed("parse-str");
    let board = config::parse_str(SEED, &path).unwrap();
    assert_eq!(board, config::load(&path).unwrap());
}

#[test]
fn parse_str_of_a_file_that_does_not_exist() {
    let dir = TempDir::new("virtual");
    let path = dir.path().join("nowhere/board.toml");
    let board = config::parse_str(&board_with("level = \"core\"\nheap_size = 2048", ""), &path).unwrap();
    assert_eq!(board.path, path);
    assert_eq!(board.files, vec![path]);
    assert!(board.builtin_modules.is_empty());
    assert!(board.user_modules.is_empty());
}

#[test]
fn relative_path_becomes_absolute() {
    let board =
        config::parse_str(&board_with("level = \"core\"\nheap_size = 2048", ""), Path::new("some/board.toml")).unwrap();
    assert!(board.path.is_absolute());
    assert!(board.path.ends_with("some/board.toml"));
}

#[test]
fn the_workspace_host_board_loads() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../boards/host/board.toml");
    let board = config::load(&path).unwrap();
    assert_eq!(board.name, "example-board");
    assert_eq!(board.mcu, "unknown-cpu");
    assert!(board.user_modules.iter().any(|m| m.crate_name == "myport"));
}

fn level_features(level: &str) -> Features {
    let text = board_with(&format!("level = \"{level}\"\nheap_size = 8192"), "");
    let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
    assert_eq!(board.level.as_str(), level);
    board.features
}

#[test]
fn each_level_resolves() {
    let min = level_features("minimum");
    assert!(!min.attrtuple && !min.source_line && !min.help && !min.doc_strings);
    assert!(min.compiler && !min.gc_stress);
    assert_eq!((min.float, min.longint), (FloatImpl::None, LongInt::None));

    let core = level_features("core");
    assert!(core.attrtuple && !core.source_line);
    assert_eq!((core.float, core.longint), (FloatImpl::None, LongInt::None));

    let basic = level_features("basic");
    assert!(basic.attrtuple && basic.source_line && !basic.help && !basic.repl_auto_indent);
    assert_eq!((basic.float, basic.longint), (FloatImpl::Float, LongInt::None));

    let extra = level_features("extra");
    assert!(extra.help && extra.repl_auto_indent && !extra.doc_strings);
    assert_eq!((extra.float, extra.longint), (FloatImpl::Float, LongInt::Mpz));

    let full = level_features("full");
    assert!(full.doc_strings && !full.gc_stress);

    let everything = level_features("everything");
    assert_eq!(everything, full);
    for level in Level::ALL {
        assert_eq!(level_features(level.as_str()), Features::for_level(level));
    }
}

#[test]
fn features_override_the_level() {
    let text = board_with(
        "level = \"full\"\nheap_size = 8192",
        "[features]\nattrtuple = false\nfloat = \"double\"\nlongint = \"longlong\"\n\
         compiler = false\nsource_line = false\nhelp = false\nrepl_auto_indent = false\n\
         doc_strings = false\ngc_stress = true\n",
    );
    let f = config::parse_str(&text, Path::new("b.toml")).unwrap().features;
    assert_eq!(
        f,
        Features {
            attrtuple: false,
            float: FloatImpl::Double,
            longint: LongInt::LongLong,
            compiler: false,
            source_line: false,
            help: false,
            repl_auto_indent: false,
            doc_strings: false,
            gc_stress: true,
        }
    );
    let text = board_with(
        "level = \"minimum\"\nheap_size = 8192",
        "[features]\nattrtuple = true\nfloat = \"float\"\nlongint = \"mpz\"\nhelp = true\n",
    );
    let f = config::parse_str(&text, Path::new("b.toml")).unwrap().features;
    assert!(f.attrtuple && f.help && !f.source_line);
    assert_eq!((f.float, f.longint), (FloatImpl::Float, LongInt::Mpz));
}

#[test]
fn heap_size_suffixes() {
    for (written, bytes) in [
        ("4096", 4096),
        ("\"4096\"", 4096),
        ("\"64K\"", 65536),
        ("\"64k\"", 65536),
        ("\"1M\"", 1 << 20),
        ("\"2m\"", 2 << 20),
        ("1_024", 1024),
        ("0x4000", 0x4000),
    ] {
        let text = board_with(&format!("level = \"core\"\nheap_size = {written}"), "");
        let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
        assert_eq!(board.heap_size, bytes, "{written}");
    }
}

#[test]
fn builtin_modules_keep_their_order() {
    let text = board_with(
        "level = \"core\"\nheap_size = 2048",
        "[modules]\nbuiltin = [\"micropython\", \"sys\", \"gc\", \"builtins\"]\n",
    );
    let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
    assert_eq!(board.builtin_modules, ["micropython", "sys", "gc", "builtins"]);
}

#[test]
fn user_modules_are_sorted() {
    let dir = TempDir::new("user-sorted");
    for m in ["zeta", "alpha", "mid"] {
        dir.mkdir(&format!("mods/{m}/src"));
    }
    let path = dir.write(
        "board.toml",
        &board_with(
            "level = \"core\"\nheap_size = 2048",
            "[modules.user]\nzeta = \"mods/zeta\"\nalpha = \"mods/alpha\"\nmid = \"./mods/mid/\"\n",
        ),
    );
    let board = config::load(&path).unwrap();
    let names: Vec<_> = board.user_modules.iter().map(|m| m.crate_name.as_str()).collect();
    assert_eq!(names, ["alpha", "mid", "zeta"]);
    assert_eq!(board.user_modules[1].dir, dir.path().join("mods/mid"));
}

#[test]
fn extends_then_overrides() {
    let dir = TempDir::new("extends");
    dir.mkdir("modules/a/src");
    dir.mkdir("modules/b/src");
    dir.mkdir("variants/modules/b2/src");
    let base = dir.write(
        "board.toml",
        "level = \"basic\"\nheap_size = \"16K\"\n\
         [board]\nname = \"base\"\nmcu = \"cpu\"\nplatform = \"linux\"\n\
         [features]\nhelp = true\nfloat = \"double\"\n\
         [modules]\nbuiltin = [\"sys\", \"gc\"]\nuser = { a = \"modules/a\", b = \"modules/b\" }\n",
    );
    let leaf = dir.write(
        "variants/gc-stress.toml",
        "extends = \"../board.toml\"\nheap_size = 2048\n\
         [board]\nname = \"stress\"\n\
         [features]\ngc_stress = true\nhelp = false\n\
         [modules]\nbuiltin = [\"micropython\"]\nuser = { b = \"modules/b2\" }\n",
    );
    let board = config::load(&leaf).unwrap();
    assert_eq!(board.path, leaf);
    assert_eq!(board.files, vec![leaf.clone(), base]);
    assert_eq!(board.name, "stress");
    assert_eq!(board.mcu, "cpu");
    assert_eq!(board.platform, "linux");
    assert_eq!(board.level, Level::Basic);
    assert_eq!(board.heap_size, 2048);
    assert!(board.features.gc_stress);
    assert!(!board.features.help);
    assert_eq!(board.features.float, FloatImpl::Double);
    assert!(board.features.source_line); // basic's default
    assert_eq!(board.builtin_modules, ["micropython"]); // replaced, not merged
    let user: Vec<_> = board.user_modules.iter().map(|m| (m.crate_name.as_str(), m.dir.clone())).collect();
    assert_eq!(
        user,
        [
            ("a", dir.path().join("modules/a")), // relative to the file that names it
            ("b", dir.path().join("variants/modules/b2")),
        ]
    );
}

#[test]
fn extends_chain_of_three() {
    let dir = TempDir::new("chain");
    let a = dir.write("a.toml", &board_with("level = \"core\"\nheap_size = 2048", ""));
    let b = dir.write("b.toml", "extends = \"a.toml\"\nlevel = \"extra\"\n");
    let c = dir.write("c.toml", "extends = \"b.toml\"\n[features]\nhelp = false\n");
    let board = config::load(&c).unwrap();
    assert_eq!(board.files, vec![c, b, a]);
    assert_eq!(board.level, Level::Extra);
    assert!(!board.features.help && board.features.repl_auto_indent);
    assert_eq!(board.features.longint, LongInt::Mpz);
}

#[test]
fn parse_str_extends_relative_to_the_path() {
    let dir = TempDir::new("parse-str-extends");
    let base = dir.write("base.toml", &board_with("level = \"core\"\nheap_size = 2048", ""));
    let leaf = dir.path().join("leaf.toml");
    let board = config::parse_str("extends = \"base.toml\"\nheap_size = 4096\n", &leaf).unwrap();
    assert_eq!(board.files, vec![leaf, base]);
    assert_eq!(board.heap_size, 4096);
    assert_eq!(board.name, "b");
}
