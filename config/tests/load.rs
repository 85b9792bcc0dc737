//! Loading boards: the seed board, level resolution, overrides, heap sizes, `extends`.

mod common;

use std::path::Path;

use common::{board_with, TempDir, SEED};
use config::{Features, Level};

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
    assert_eq!(board.features, Features::for_level(Level::Minimum)); // `attrtuple = false` is minimum's default
    assert!(!board.features.is_on("attrtuple") && board.features.is_on("compiler"));
    assert_eq!((board.features.choice("float"), board.features.choice("longint")), ("none", "none"));
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
fn the_repository_boards_load() {
    let boards = Path::new(env!("CARGO_MANIFEST_DIR")).join("../boards");
    let load = |p: &str| config::load(&boards.join(p)).unwrap();

    let host = load("host/board.toml");
    assert_eq!(host.level.as_str(), "full");
    assert_eq!(host.machine, "linux [rustc 1.95] version");
    // `sys.implementation._build`: the unix port's standard variant.
    assert_eq!(host.build, "standard");
    assert!(host.heap_size >= 2 << 20);
    assert_eq!(host.features.choice("float"), "double");

    // The seed's boards: the banner's machine is `<name> with <mcu>`.
    for seed in ["host-minimal/board.toml", "netduinoplus2/minimal.toml"] {
        let b = load(seed);
        assert_eq!((b.name.as_str(), b.mcu.as_str()), ("example-board", "unknown-cpu"));
        assert_eq!(b.machine, "example-board with unknown-cpu");
        assert_eq!((b.level.as_str(), b.heap_size), ("minimum", 4096));
        assert!(!b.features.is_on("attrtuple"));
        assert!(b.user_modules.iter().any(|m| m.crate_name == "myport"));
    }

    let fw = load("netduinoplus2/board.toml");
    assert_eq!((fw.level.as_str(), fw.features.choice("float")), ("extra", "float"));
    // Without `[board] build`, `_build` is the board's name.
    assert_eq!(fw.build, "netduinoplus2");
    let test = load("netduinoplus2/test.toml");
    assert_eq!(test.heap_size, fw.heap_size);
}

#[test]
fn a_board_is_built_only_with_its_own_configuration() {
    let boards = Path::new(env!("CARGO_MANIFEST_DIR")).join("../boards");
    let gcstress = config::load(&boards.join("host/gcstress.toml")).unwrap();
    // A variant in the board's directory that extends its board.toml.
    assert_eq!(gcstress.check_belongs_to(&boards.join("host")), Ok(()));
    let err = gcstress.check_belongs_to(&boards.join("host-minimal")).unwrap_err();
    assert!(err.contains("host/gcstress.toml, which is not this board's configuration"), "{err}");
    assert!(err.contains("cargo build --release"), "{err}");

    // A file elsewhere that extends the board's file belongs to it.
    let dir = TempDir::new("belongs");
    let variant = dir.path().join("size.toml");
    std::fs::write(&variant, format!("extends = {:?}\nheap_size = 8192\n", boards.join("netduinoplus2/board.toml")))
        .unwrap();
    let b = config::load(&variant).unwrap();
    assert_eq!(b.check_belongs_to(&boards.join("netduinoplus2")), Ok(()));
    assert!(b.check_belongs_to(&boards.join("host")).is_err());
}

fn level_features(level: &str) -> Features {
    let text = board_with(&format!("level = \"{level}\"\nheap_size = 8192"), "");
    let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
    assert_eq!(board.level.as_str(), level);
    board.features
}

/// `name=value` for every feature of `features` that differs from `level`'s default.
fn changed(features: &Features, level: Level) -> Vec<String> {
    let defaults = Features::for_level(level);
    features.iter().filter(|(f, v)| defaults.get(f.name) != Some(*v)).map(|(f, v)| format!("{}={v}", f.name)).collect()
}

#[test]
fn each_level_resolves() {
    let min = level_features("minimum");
    assert!(!min.is_on("attrtuple") && !min.is_on("source_line") && !min.is_on("help") && !min.is_on("doc_strings"));
    assert!(min.is_on("compiler") && !min.is_on("gc_stress"));
    assert_eq!((min.choice("float"), min.choice("longint")), ("none", "none"));

    let core = level_features("core");
    assert!(core.is_on("attrtuple") && !core.is_on("source_line"));
    assert_eq!((core.choice("float"), core.choice("longint")), ("none", "none"));

    let basic = level_features("basic");
    assert!(basic.is_on("attrtuple") && basic.is_on("source_line"));
    assert!(!basic.is_on("help") && !basic.is_on("repl_auto_indent"));
    assert_eq!((basic.choice("float"), basic.choice("longint")), ("float", "none"));

    let extra = level_features("extra");
    assert!(extra.is_on("help") && extra.is_on("repl_auto_indent") && !extra.is_on("doc_strings"));
    assert_eq!((extra.choice("float"), extra.choice("longint")), ("float", "mpz"));

    let full = level_features("full");
    assert!(full.is_on("doc_strings") && !full.is_on("gc_stress"));

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
    let got = changed(&f, Level::Full);
    for want in [
        "attrtuple=false",
        "float=double",
        "longint=longlong",
        "compiler=false",
        "source_line=false",
        "help=false",
        "repl_auto_indent=false",
        "doc_strings=false",
        "gc_stress=true",
    ] {
        assert!(got.iter().any(|g| g == want), "{want} not in {got:?}");
    }
    let text = board_with(
        "level = \"minimum\"\nheap_size = 8192",
        "[features]\nattrtuple = true\nfloat = \"float\"\nlongint = \"mpz\"\nhelp = true\n",
    );
    let f = config::parse_str(&text, Path::new("b.toml")).unwrap().features;
    assert_eq!(changed(&f, Level::Minimum), ["attrtuple=true", "float=float", "longint=mpz", "help=true"]);
}

#[test]
fn a_requirement_turned_off_turns_its_dependents_defaults_off() {
    // `repl_auto_indent`, `eval_exec` and `builtin_compile` (on by default at extra) need
    // `compiler`.
    let text = board_with("level = \"extra\"\nheap_size = 8192", "[features]\ncompiler = false\n");
    let f = config::parse_str(&text, Path::new("b.toml")).unwrap().features;
    let got = changed(&f, Level::Extra);
    assert!(got.iter().any(|g| g == "compiler=false") && got.iter().any(|g| g == "repl_auto_indent=false"), "{got:?}");
    for g in got.iter().filter(|g| *g != "compiler=false") {
        assert!(requires_compiler_off(g), "{g} changed but doesn't need the compiler");
    }
}

/// `name=false` for a flag of the table that requires `compiler`.
fn requires_compiler_off(change: &str) -> bool {
    let Some(name) = change.strip_suffix("=false") else { return false };
    config::FEATURES.iter().any(|f| f.name == name && f.requires.contains(&"compiler"))
}

#[test]
fn features_merge_across_extends() {
    let dir = TempDir::new("features-extends");
    dir.write(
        "base.toml",
        &board_with("level = \"core\"\nheap_size = 2048", "[features]\nhelp = true\nfloat = \"double\"\n"),
    );
    let leaf = dir.write("leaf.toml", "extends = \"base.toml\"\n[features]\nfloat = \"none\"\ngc_stress = true\n");
    let f = config::load(&leaf).unwrap().features;
    assert_eq!(changed(&f, Level::Core), ["help=true", "gc_stress=true"]);
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
    assert!(board.features.is_on("gc_stress"));
    assert!(!board.features.is_on("help"));
    assert_eq!(board.features.choice("float"), "double");
    assert!(board.features.is_on("source_line")); // basic's default
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
    assert!(!board.features.is_on("help") && board.features.is_on("repl_auto_indent"));
    assert_eq!(board.features.choice("longint"), "mpz");
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
