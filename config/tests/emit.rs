//! What build scripts get: cfgs, check-cfgs, the constants file and the cargo lines.

mod common;

use std::path::Path;

use common::{board_with, TempDir};
use config::Board;

fn seed_board() -> (TempDir, Board) {
    let (dir, path) = TempDir::seed("emit");
    let board = config::load(&path).unwrap();
    (dir, board)
}

#[test]
fn seed_cfgs() {
    let (_dir, board) = seed_board();
    // The seed's features are the minimum level's (derived from the table), then the
    // choices, level and modules.
    let mut want = config::Features::for_level(config::Level::Minimum).cfgs();
    want.extend(["mp_level=\"minimum\"", "mp_module=\"sys\"", "mp_user_module=\"myport\""].map(String::from));
    let mut got = board.cfgs();
    got.sort();
    want.sort();
    assert_eq!(got, want);
}

/// Every flag of the feature table, as its cfg (derived from the table, so adding a
/// feature needs no edit here).
fn every_flag_cfg() -> Vec<String> {
    config::FEATURES
        .iter()
        .filter(|f| matches!(f.kind, config::Kind::Flag { .. }))
        .map(|f| format!("mp_feature=\"{}\"", f.name))
        .collect()
}

#[test]
fn cfgs_list_every_enabled_feature() {
    let text = board_with(
        "level = \"everything\"\nheap_size = 8192",
        "[features]\ngc_stress = true\nfault_injection = true\nfloat = \"double\"\n\
         [modules]\nbuiltin = [\"sys\", \"gc\"]\n",
    );
    let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
    let cfgs = board.cfgs();
    let flags: Vec<String> = cfgs.iter().filter(|c| c.starts_with("mp_feature=")).cloned().collect();
    assert_eq!(flags, every_flag_cfg(), "at level everything with the test switches every flag is on");
    for c in ["mp_float=\"double\"", "mp_level=\"everything\"", "mp_module=\"sys\"", "mp_module=\"gc\""] {
        assert!(cfgs.iter().any(|x| x == c), "{c} missing from {cfgs:?}");
    }
}

#[test]
fn check_cfgs_declare_every_value() {
    let lines = Board::check_cfgs();
    let names: Vec<String> = config::FEATURES
        .iter()
        .filter(|f| matches!(f.kind, config::Kind::Flag { .. }))
        .map(|f| format!("\"{}\"", f.name))
        .collect();
    assert_eq!(lines[0], format!("cfg(mp_feature, values({}))", names.join(", ")));
    for f in config::FEATURES {
        if let config::Kind::Choice { values, .. } = f.kind {
            let vals: Vec<String> = values.iter().map(|v| format!("\"{v}\"")).collect();
            let line = format!("cfg(mp_{}, values({}))", f.name, vals.join(", "));
            assert!(lines.contains(&line), "{line} missing from {lines:?}");
        }
    }
    for l in [
        "cfg(mp_level, values(\"minimum\", \"core\", \"basic\", \"extra\", \"full\", \"everything\"))",
        "cfg(mp_user_module, values(any()))",
    ] {
        assert!(lines.iter().any(|x| x == l), "{l} missing from {lines:?}");
    }
    let modules: Vec<String> = config::BUILTIN_MODULES.iter().map(|m| format!("\"{m}\"")).collect();
    let line = format!("cfg(mp_module, values({}))", modules.join(", "));
    assert!(lines.contains(&line), "{line} missing from {lines:?}");
}

#[test]
fn every_cfg_is_declared() {
    let text = board_with(
        "level = \"everything\"\nheap_size = 8192",
        "[features]\ngc_stress = true\n[modules]\nbuiltin = [\"sys\", \"gc\", \"micropython\", \"builtins\"]\n",
    );
    let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
    let checks = Board::check_cfgs().join(" ");
    for cfg in board.cfgs() {
        let (name, value) = cfg.split_once('=').unwrap();
        let decl = checks
            .split("cfg(")
            .find(|d| d.starts_with(&format!("{name},")))
            .unwrap_or_else(|| panic!("{name} not declared"));
        assert!(decl.contains(value) || decl.contains("any()"), "{cfg}");
    }
}

#[test]
fn seed_constants() {
    let (_dir, board) = seed_board();
    let rs = board.constants_rs_with_date("2026-11-24");
    for line in [
        "pub const HEAP_SIZE: usize = 4096;",
        "pub const BOARD_NAME: &str = \"example-board\";",
        "pub const MCU_NAME: &str = \"unknown-cpu\";",
        "pub const PLATFORM: &str = \"linux\";",
        "pub const LEVEL: &str = \"minimum\";",
        "pub const BUILD_DATE: &str = \"2026-11-24\";",
        "pub const VERSION: (u32, u32, u32) = (1, 21, 0);",
        "pub const VERSION_STR: &str = \"1.21.0\";",
    ] {
        assert!(rs.lines().any(|l| l == line), "missing {line:?} in\n{rs}");
    }
    assert!(!rs.contains("//!"), "inner doc comments break include!");
}

#[test]
fn constants_escape_strings() {
    let text = "level = \"core\"\nheap_size = 2048\n[board]\n\
                name = 'my \"quoted\" \\board'\nmcu = \"tab\\there\"\nplatform = \"x\\ny\"\n";
    let board = config::parse_str(text, Path::new("b.toml")).unwrap();
    let rs = board.constants_rs_with_date("1970-01-01");
    assert!(rs.contains(r#"pub const BOARD_NAME: &str = "my \"quoted\" \\board";"#), "{rs}");
    assert!(rs.contains(r#"pub const MCU_NAME: &str = "tab\there";"#), "{rs}");
    assert!(rs.contains(r#"pub const PLATFORM: &str = "x\ny";"#), "{rs}");
}

#[test]
fn cargo_lines() {
    let (_dir, board) = seed_board();
    let lines = board.cargo_lines();
    let file = board.files[0].display().to_string();
    let expected_start = [
        "cargo::rerun-if-env-changed=MP_BOARD_TOML".to_string(),
        "cargo::rerun-if-env-changed=SOURCE_DATE_EPOCH".to_string(),
        format!("cargo::rerun-if-changed={file}"),
    ];
    assert_eq!(lines[..3], expected_start);
    let checks: Vec<_> = Board::check_cfgs().into_iter().map(|c| format!("cargo::rustc-check-cfg={c}")).collect();
    assert_eq!(lines[3..3 + checks.len()], checks);
    let cfgs: Vec<_> = board.cfgs().into_iter().map(|c| format!("cargo::rustc-cfg={c}")).collect();
    assert_eq!(lines[3 + checks.len()..], cfgs);
}

#[test]
fn civil_dates() {
    assert_eq!(config::civil_date(0), "1970-01-01");
    assert_eq!(config::civil_date(951_782_400), "2000-02-29");
    assert_eq!(config::civil_date(1_795_478_400), "2026-11-24");
}

#[test]
fn check_cfgs_list_every_feature() {
    let checks = Board::check_cfgs();
    let flags = checks.iter().find(|c| c.starts_with("cfg(mp_feature, values(")).unwrap();
    for f in config::FEATURES {
        match f.kind {
            config::Kind::Flag { .. } => assert!(flags.contains(&format!("{:?}", f.name)), "{} not in {flags}", f.name),
            config::Kind::Choice { values, .. } => {
                let quoted: Vec<String> = values.iter().map(|v| format!("{v:?}")).collect();
                let line = format!("cfg(mp_{}, values({}))", f.name, quoted.join(", "));
                assert!(checks.contains(&line), "{line} not in {checks:?}");
            }
        }
    }
    let flag_count = config::FEATURES.iter().filter(|f| matches!(f.kind, config::Kind::Flag { .. })).count();
    assert_eq!(flags.matches('"').count(), 2 * flag_count, "{flags}");
}

#[test]
fn cfgs_follow_the_features() {
    // Every choice has a cfg; every flag has one exactly when it is on.
    let text = board_with("level = \"basic\"\nheap_size = 8192", "[features]\nhelp = true\nsource_line = false\n");
    let board = config::parse_str(&text, Path::new("b.toml")).unwrap();
    let cfgs = board.cfgs();
    for (f, value) in board.features.iter() {
        let present = |cfg: String| cfgs.contains(&cfg);
        match value {
            config::Value::Flag(on) => assert_eq!(present(format!("mp_feature={:?}", f.name)), on, "{}", f.name),
            config::Value::Choice(v) => assert!(present(format!("mp_{}={v:?}", f.name)), "{}", f.name),
        }
    }
    assert!(cfgs.contains(&"mp_feature=\"help\"".to_string()));
    assert!(!cfgs.contains(&"mp_feature=\"source_line\"".to_string()));
}
