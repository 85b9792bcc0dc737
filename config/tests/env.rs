//! `load_from_env` and `SOURCE_DATE_EPOCH`: one test, because it changes process-wide state
//! (environment variables, current directory).

mod common;

use common::TempDir;
use config::ErrorKind;

#[test]
fn environment() {
    std::env::remove_var(config::ENV_VAR);
    let e = config::load_from_env().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::EnvNotSet);
    let text = e.to_string();
    assert!(text.starts_with("MP_BOARD_TOML is not set"), "{text}");
    assert!(text.contains("workspace root"), "{text}");

    std::env::set_var(config::ENV_VAR, "");
    assert_eq!(config::load_from_env().unwrap_err().kind(), ErrorKind::EnvNotSet);

    // Absolute.
    let (dir, path) = TempDir::seed("env");
    std::env::set_var(config::ENV_VAR, &path);
    let board = config::load_from_env().unwrap();
    assert_eq!(board.path, path);

    // Relative to the current directory; errors show the absolute path.
    std::env::set_current_dir(dir.path()).unwrap();
    std::env::set_var(config::ENV_VAR, "boards/host/board.toml");
    assert_eq!(config::load_from_env().unwrap().path, path);
    std::env::set_var(config::ENV_VAR, "boards/none/board.toml");
    let e = config::load_from_env().unwrap_err();
    assert_eq!(e.kind(), ErrorKind::Unreadable);
    assert_eq!(e.path(), Some(dir.path().join("boards/none/board.toml").as_path()));

    // SOURCE_DATE_EPOCH pins BUILD_DATE.
    std::env::set_var("SOURCE_DATE_EPOCH", "1795478400");
    assert!(board.constants_rs().contains("pub const BUILD_DATE: &str = \"2026-11-24\";"));
    std::env::remove_var("SOURCE_DATE_EPOCH");
    let rs = board.constants_rs();
    let date = rs.lines().find_map(|l| l.strip_prefix("pub const BUILD_DATE: &str = \"")?.strip_suffix("\";")).unwrap();
    let shape: String = date.chars().map(|c| if c.is_ascii_digit() { 'D' } else { c }).collect();
    assert_eq!(shape, "DDDD-DD-DD", "{date}");
    assert!(date > "2024-01-01", "{date}");
    std::env::set_var("SOURCE_DATE_EPOCH", "yesterday");
    let panic = std::panic::catch_unwind(|| board.constants_rs()).unwrap_err();
    let message = panic.downcast_ref::<String>().unwrap();
    assert!(message.contains("SOURCE_DATE_EPOCH"), "{message}");
    std::env::remove_var("SOURCE_DATE_EPOCH");
    std::env::set_current_dir(std::env::temp_dir()).unwrap();
}
