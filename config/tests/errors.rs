//! Every kind of error, with its exact position and message.

mod common;

use std::path::Path;

use common::{board_with, TempDir};
use config::{ErrorKind, Position};

/// The error of loading `text` as `b.toml`.
fn err(text: &str) -> config::Error {
    config::parse_str(text, Path::new("b.toml")).unwrap_err()
}

const TOP: &str = "level = \"minimum\"\nheap_size = 4096";

#[test]
fn unknown_key_with_suggestion() {
    // Line 7 once `board_with` has added its four lines.
    let e = err(&board_with(TOP, "[features]\nattrtupel = false\n"));
    assert_eq!(e.kind(), ErrorKind::UnknownKey);
    assert_eq!(e.position(), Some(Position { line: 8, col: 1 }));
    assert_eq!(e.to_string(), "b.toml:8:1: unknown key `attrtupel` in [features]; did you mean `attrtuple`?");
}

#[test]
fn unknown_key_seed_example() {
    let text = "level = \"minimum\"\nheap_size = 4096\n[board]\nname = \"x\"\n\
                [features]\n\nattrtupel = false\n";
    let e = config::parse_str(text, Path::new("boards/host/board.toml")).unwrap_err();
    assert_eq!(
        e.to_string(),
        "boards/host/board.toml:7:1: unknown key `attrtupel` in [features]; did you mean `attrtuple`?"
    );
}

#[test]
fn unknown_key_without_suggestion_lists_keys() {
    let e = err("verbose = true\n");
    assert_eq!(
        e.to_string(),
        "b.toml:1:1: unknown key `verbose` in the top level; valid keys: extends, level, \
         heap_size, board, features, modules, frozen"
    );
    let e = err(&board_with(TOP, "[modules]\n  frozen = []\n"));
    assert_eq!(e.to_string(), "b.toml:8:3: unknown key `frozen` in [modules]; valid keys: builtin, user");
}

#[test]
fn invalid_level() {
    let e = err("# comment\n\nlevel = \"medium\"\n");
    assert_eq!(e.kind(), ErrorKind::InvalidValue);
    assert_eq!(
        e.to_string(),
        "b.toml:3:9: invalid value \"medium\" for `level`: expected one of minimum, core, \
         basic, extra, full, everything"
    );
}

#[test]
fn invalid_float_and_longint() {
    let e = err(&board_with(TOP, "[features]\nfloat = \"single\"\n"));
    assert_eq!(e.to_string(), "b.toml:8:9: invalid value \"single\" for `float`: expected one of none, float, double");
    let e = err(&board_with(TOP, "[features]\nlongint = \"bignum\"\n"));
    assert_eq!(
        e.to_string(),
        "b.toml:8:11: invalid value \"bignum\" for `longint`: expected one of none, \
         longlong, mpz"
    );
}

#[test]
fn invalid_type() {
    let e = err(&board_with(TOP, "[features]\nhelp = 1\n"));
    assert_eq!(e.kind(), ErrorKind::InvalidType);
    assert_eq!(e.to_string(), "b.toml:8:8: invalid type for `help`: integer `1`, expected a boolean");
    let e = err("level = \"core\"\n[modules]\nbuiltin = \"sys\"\n");
    assert_eq!(e.to_string(), "b.toml:3:11: invalid type for `builtin`: string \"sys\", expected a sequence");
}

#[test]
fn syntax_error() {
    let e = err("level = \"core\"\nheap_size = = 4\n");
    assert_eq!(e.kind(), ErrorKind::Syntax);
    assert_eq!(e.position(), Some(Position { line: 2, col: 13 }));
    assert!(e.to_string().starts_with("b.toml:2:13: "), "{e}");
}

#[test]
fn heap_size_not_a_multiple_of_16() {
    let e = err("level = \"core\"\nheap_size = 4008\n");
    assert_eq!(e.kind(), ErrorKind::HeapSize);
    assert_eq!(e.to_string(), "b.toml:2:13: heap_size must be a multiple of 16 (got 4008)");
}

#[test]
fn heap_size_too_small_or_malformed() {
    let e = err("heap_size = \"0K\"\n");
    assert_eq!(e.to_string(), "b.toml:1:13: heap_size must be at least 1024 bytes (got 0)");
    let e = err("heap_size = \"64 KiB\"\n");
    assert_eq!(e.kind(), ErrorKind::HeapSize);
    assert_eq!(
        e.to_string(),
        "b.toml:1:13: invalid heap_size \"64 KiB\": expected a number of bytes, as an \
         integer (4096) or a string with a K or M suffix (\"64K\", \"1M\")"
    );
    let e = err("heap_size = -4096\n");
    assert_eq!(e.kind(), ErrorKind::HeapSize);
}

#[test]
fn unknown_builtin_module() {
    let e = err(&board_with(TOP, "[modules]\nbuiltin = [\"sys\", \"gcc\"]\n"));
    assert_eq!(e.kind(), ErrorKind::UnknownModule);
    assert_eq!(e.to_string(), "b.toml:8:19: unknown builtin module `gcc`; did you mean `gc`?");
    let e = err(&board_with(TOP, "[modules]\nbuiltin = [\"network\"]\n"));
    assert_eq!(
        e.to_string(),
        "b.toml:8:12: unknown builtin module `network`; known builtin modules: sys, gc, \
         micropython, builtins, math, cmath, os, errno, binascii, json, io, heapq, array, struct, time, random, collections, re, select, hashlib"
    );
}

#[test]
fn builtin_module_whose_feature_is_off() {
    // Level minimum has no floats.
    let e = err(&board_with(TOP, "[modules]\nbuiltin = [\"sys\", \"math\"]\n"));
    assert_eq!(e.kind(), ErrorKind::UnmetRequirement);
    assert_eq!(
        e.to_string(),
        "b.toml:8:19: builtin module `math` needs feature `float` other than `\"none\"`, which is off here; \
         turn it on or remove `math` from [modules] builtin"
    );
    let top = "level = \"extra\"\nheap_size = 4096";
    let e = err(&board_with(top, "[features]\ncomplex = false\n[modules]\nbuiltin = [\"math\", \"cmath\"]\n"));
    assert_eq!(
        e.to_string(),
        "b.toml:10:20: builtin module `cmath` needs feature `complex`, which is off here; \
         turn it on or remove `cmath` from [modules] builtin"
    );
}

#[test]
fn duplicate_builtin_module() {
    let e = err(&board_with(TOP, "[modules]\nbuiltin = [\"sys\", \"sys\"]\n"));
    assert_eq!(e.kind(), ErrorKind::DuplicateModule);
    assert_eq!(e.to_string(), "b.toml:8:19: builtin module `sys` is listed twice");
}

#[test]
fn user_module_dir_missing() {
    let dir = TempDir::new("user-missing");
    let path = dir.write("board.toml", &board_with(TOP, "[modules]\nuser = { myport = \"../modules/myport\" }\n"));
    let e = config::load(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UserModuleDir);
    assert_eq!(e.position(), Some(Position { line: 8, col: 19 }));
    let text = e.to_string();
    let prefix = format!(
        "{}:8:19: user module `myport`: cannot find its crate directory \"../modules/myport\" ({}): ",
        path.display(),
        dir.path().join("../modules/myport").display()
    );
    assert!(text.starts_with(&prefix), "{text}");
}

#[test]
fn user_module_dir_without_src() {
    let dir = TempDir::new("user-nosrc");
    dir.mkdir("myport");
    let path = dir.write("board.toml", &board_with(TOP, "[modules.user]\nmyport = \"myport\"\n"));
    let e = config::load(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UserModuleDir);
    assert_eq!(
        e.to_string(),
        format!(
            "{}:8:10: user module `myport`: crate directory \"myport\" ({}) has no src/ directory",
            path.display(),
            dir.path().join("myport").display()
        )
    );
}

#[test]
fn user_module_error_names_the_file_that_declared_it() {
    let dir = TempDir::new("user-origin");
    let base = dir.write("base.toml", &board_with(TOP, "[modules]\nuser = { gone = \"gone\" }\n"));
    let leaf = dir.write("leaf.toml", "extends = \"base.toml\"\n");
    let e = config::load(&leaf).unwrap_err();
    assert_eq!(e.path(), Some(base.as_path()));
    assert_eq!(e.position(), Some(Position { line: 8, col: 17 }));
}

#[test]
fn missing_required_keys() {
    let e = err("level = \"core\"\n[board]\nname = \"x\"\nmcu = \"y\"\nplatform = \"z\"\n");
    assert_eq!(e.kind(), ErrorKind::MissingKey);
    assert_eq!(e.position(), None);
    assert_eq!(e.to_string(), "b.toml: missing required key `heap_size`: set it in this file or in a file it extends");
    let e = err("");
    assert_eq!(
        e.to_string(),
        "b.toml: missing required keys `level`, `heap_size`, `name` in [board], `mcu` in \
         [board], `platform` in [board]: set them in this file or in a file it extends"
    );
}

#[test]
fn missing_key_names_the_leaf_file() {
    let dir = TempDir::new("missing-leaf");
    dir.write("base.toml", "level = \"core\"\n");
    let leaf = dir.write("leaf.toml", "extends = \"base.toml\"\nheap_size = 2048\n");
    let e = config::load(&leaf).unwrap_err();
    assert_eq!(e.path(), Some(leaf.as_path()));
    assert_eq!(
        e.message(),
        "missing required keys `name` in [board], `mcu` in [board], `platform` in [board]: \
         set them in this file or in a file it extends"
    );
}

#[test]
fn unreadable_file() {
    let dir = TempDir::new("unreadable");
    let path = dir.path().join("absent.toml");
    let e = config::load(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unreadable);
    assert!(e.to_string().starts_with(&format!("{}: cannot read this board file: ", path.display())), "{e}");
}

#[test]
fn unreadable_extended_file() {
    let dir = TempDir::new("unreadable-extends");
    let leaf = dir.write("leaf.toml", "\n  extends = \"nope.toml\"\n");
    let e = config::load(&leaf).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unreadable);
    let expected = format!(
        "{}:2:13: cannot read `{}` named by `extends`: ",
        leaf.display(),
        dir.path().join("nope.toml").display()
    );
    assert!(e.to_string().starts_with(&expected), "{e}");
}

#[test]
fn errors_in_an_extended_file_name_that_file() {
    let dir = TempDir::new("error-in-base");
    let base = dir.write("sub/base.toml", "level = \"core\"\n\n[board]\nnmae = \"x\"\n");
    let leaf = dir.write("leaf.toml", "extends = \"sub/base.toml\"\n");
    let e = config::load(&leaf).unwrap_err();
    assert_eq!(
        e.to_string(),
        format!(
            "{}:4:1: unknown key `nmae` in [board]; did you mean `name`?",
            dir.path().join("sub/base.toml").display()
        )
    );
    assert_eq!(e.path(), Some(base.as_path()));
}

#[test]
fn extends_cycle() {
    let dir = TempDir::new("cycle");
    let a = dir.write("a.toml", "extends = \"b.toml\"\n");
    dir.write("b.toml", "level = \"core\"\nextends = \"a.toml\"\n");
    let e = config::load(&a).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ExtendsCycle);
    let b = dir.path().join("b.toml");
    assert_eq!(
        e.to_string(),
        format!(
            "{}:2:11: `extends` makes a cycle: {} -> {} -> {}",
            b.display(),
            a.display(),
            b.display(),
            dir.path().join("a.toml").display()
        )
    );
}

#[test]
fn extends_itself() {
    let dir = TempDir::new("self");
    let a = dir.write("a.toml", "extends = \"./a.toml\"\n");
    let e = config::load(&a).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::ExtendsCycle);
    assert_eq!(
        e.to_string(),
        format!(
            "{}:1:11: `extends` makes a cycle: {} -> {}",
            a.display(),
            a.display(),
            dir.path().join("./a.toml").display()
        )
    );
}

#[test]
fn unknown_feature_suggests_the_nearest() {
    let e = err(&board_with(TOP, "[features]\nhelp = true\nrepl_autoindent = true\n"));
    assert_eq!(e.kind(), ErrorKind::UnknownKey);
    assert_eq!(
        e.to_string(),
        "b.toml:9:1: unknown key `repl_autoindent` in [features]; did you mean `repl_auto_indent`?"
    );
    // In an inline table, at the key's column.
    let e = err(&format!("{TOP}\nfeatures = {{ help = true, gc_strss = true }}\n"));
    assert_eq!(e.to_string(), "b.toml:3:27: unknown key `gc_strss` in [features]; did you mean `gc_stress`?");
}

#[test]
fn unknown_feature_without_suggestion_lists_every_feature() {
    let e = err(&board_with(TOP, "[features]\nnetwork = true\n"));
    let names: Vec<&str> = config::FEATURES.iter().map(|f| f.name).collect();
    assert_eq!(
        e.to_string(),
        format!("b.toml:8:1: unknown key `network` in [features]; valid keys: {}", names.join(", "))
    );
}

#[test]
fn the_first_bad_feature_in_the_file_is_reported() {
    // Keys are checked in file order, not in the map's (alphabetical) order.
    let e = err(&board_with(TOP, "[features]\nzzz = true\naaa = true\n"));
    assert!(e.to_string().starts_with("b.toml:8:1: unknown key `zzz`"), "{e}");
}

#[test]
fn every_choice_lists_its_values() {
    for f in config::FEATURES {
        let config::Kind::Choice { values, .. } = f.kind else { continue };
        let e = err(&board_with(TOP, &format!("[features]\n{} = \"nope\"\n", f.name)));
        assert_eq!(e.kind(), ErrorKind::InvalidValue);
        let col = f.name.len() + 4;
        let expected =
            format!("b.toml:8:{col}: invalid value \"nope\" for `{}`: expected one of {}", f.name, values.join(", "));
        assert_eq!(e.to_string(), expected);
    }
}

#[test]
fn feature_types() {
    let e = err(&board_with(TOP, "[features]\nfloat = 1.5\n"));
    assert_eq!(e.kind(), ErrorKind::InvalidType);
    assert_eq!(e.to_string(), "b.toml:8:9: invalid type for `float`: floating point `1.5`, expected a string");
    let e = err(&board_with(TOP, "[features]\nhelp = \"yes\"\n"));
    assert_eq!(e.to_string(), "b.toml:8:8: invalid type for `help`: string \"yes\", expected a boolean");
    let e = err(&board_with(TOP, "[features]\nhelp = [true]\n"));
    assert_eq!(e.to_string(), "b.toml:8:8: invalid type for `help`: sequence, expected a boolean");
    let e = err(&board_with(TOP, "[features]\nhelp = 1979-05-27\n"));
    assert_eq!(e.to_string(), "b.toml:8:8: invalid type for `help`: datetime `1979-05-27`, expected a boolean");
    let e = err("features = 3\n");
    assert_eq!(e.to_string(), "b.toml:1:12: invalid type for `features`: integer `3`, expected a map");
}

#[test]
fn unmet_requirement_names_both_features() {
    let e = err(&board_with(TOP, "[features]\ncompiler = false\nrepl_auto_indent = true\n"));
    assert_eq!(e.kind(), ErrorKind::UnmetRequirement);
    assert_eq!(e.position(), Some(Position { line: 9, col: 20 }));
    assert_eq!(
        e.to_string(),
        "b.toml:9:20: feature `repl_auto_indent` = true needs `compiler`, which is set to false at \
         b.toml:8:12; turn `compiler` on or `repl_auto_indent` off"
    );
}

#[test]
fn unmet_requirement_across_extends() {
    // The base asks for the feature; the variant turns off what it needs.
    let dir = TempDir::new("unmet-extends");
    let base = dir.write("base.toml", &board_with(TOP, "[features]\nrepl_auto_indent = true\n"));
    let leaf = dir.write("leaf.toml", "extends = \"base.toml\"\n[features]\ncompiler = false\n");
    let e = config::load(&leaf).unwrap_err();
    assert_eq!(e.path(), Some(base.as_path()));
    assert_eq!(
        e.to_string(),
        format!(
            "{}:8:20: feature `repl_auto_indent` = true needs `compiler`, which is set to false at {}:3:12; \
             turn `compiler` on or `repl_auto_indent` off",
            base.display(),
            leaf.display()
        )
    );
    // Turning the feature off in the variant too resolves it.
    let leaf =
        dir.write("leaf.toml", "extends = \"base.toml\"\n[features]\ncompiler = false\nrepl_auto_indent = false\n");
    assert!(!config::load(&leaf).unwrap().features.is_on("repl_auto_indent"));
}

#[test]
fn frozen_modules_need_external_import() {
    let dir = TempDir::new("frozen-noimport");
    dir.write("boot.py", "print(1)\n");
    // Level minimum has no external import, so nothing could import a frozen module.
    let path = dir.write("board.toml", &board_with(TOP, "[frozen]\nboot = \"boot.py\"\n"));
    let e = config::load(&path).unwrap_err();
    assert_eq!(e.kind(), ErrorKind::UnmetRequirement);
    assert_eq!(
        e.to_string(),
        format!(
            "{}:8:8: [frozen] module `boot` needs feature `external_import` (frozen modules are imported from \
             `.frozen` on sys.path), which is off here; turn it on or remove the [frozen] entries",
            path.display()
        )
    );
    let on =
        dir.write("on.toml", &board_with(TOP, "[features]\nexternal_import = true\n[frozen]\nboot = \"boot.py\"\n"));
    assert_eq!(config::load(&on).unwrap().frozen.len(), 1);
}
