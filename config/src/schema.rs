//! The raw shape of one `board.toml` (serde structs of `Option`s with spans; `[features]` as
//! a map), and parsing a file's text into it with errors rewritten to name the key and its
//! position.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use toml::Spanned;

use crate::error::{Error, ErrorKind, Position};
use crate::suggest;

/// One board file as written: nothing resolved, nothing defaulted.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawFile {
    pub extends: Option<Spanned<String>>,
    pub level: Option<Spanned<String>>,
    /// An integer or a string with a `K`/`M` suffix: checked in `validate`.
    pub heap_size: Option<Spanned<toml::Value>>,
    pub board: Option<RawBoard>,
    pub features: Option<RawFeatures>,
    pub modules: Option<RawModules>,
    /// Module name (dotted: `pkg.mod`) -> a `.py` file or a package directory, relative to
    /// the file.
    pub frozen: Option<BTreeMap<Spanned<String>, Spanned<String>>>,
}

/// `[board]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawBoard {
    pub name: Option<String>,
    pub mcu: Option<String>,
    pub platform: Option<String>,
    /// The banner's and `sys.implementation._machine`'s machine text (MicroPython's
    /// `MICROPY_BANNER_MACHINE`); default `<name> with <mcu>`.
    pub machine: Option<String>,
    /// `sys.implementation._build`: MicroPython's board/variant build name (`standard` for
    /// the unix port's standard variant); default the board's `name`.
    pub build: Option<String>,
}

/// `[features]`: key → value, both with spans. Keys, types and values are checked against
/// the feature table in `layer::check`, not by serde: the table, not a struct, defines them.
pub type RawFeatures = BTreeMap<Spanned<String>, Spanned<toml::Value>>;

/// `[modules]`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RawModules {
    pub builtin: Option<Vec<Spanned<String>>>,
    /// Crate name → crate directory, relative to the file.
    pub user: Option<BTreeMap<String, Spanned<String>>>,
}

/// The keys of each table that serde checks, in struct order, with the name used in
/// messages. (`[features]` is checked against `features::FEATURES`.)
pub const TABLES: [(&str, &[&str]); 3] = [
    ("the top level", &["extends", "level", "heap_size", "board", "features", "modules", "frozen"]),
    ("[board]", &["name", "mcu", "platform", "machine", "build"]),
    ("[modules]", &["builtin", "user"]),
];

/// Parses `text` (the contents of `path`).
pub fn parse(text: &str, path: &Path) -> Result<RawFile, Error> {
    toml::from_str(text).map_err(|e| rewrite(&e, text, path))
}

/// Turns a `toml` error into an [`Error`] at the offending key or value.
fn rewrite(e: &toml::de::Error, text: &str, path: &Path) -> Error {
    let span = e.span();
    let position = span.as_ref().map(|s| Position::of_offset(text, s.start));
    let message = e.message().trim().replace('\n', ": ");
    if let Some(rest) = message.strip_prefix("unknown field ") {
        // serde: "unknown field `x`, expected one of `a`, `b`" / "expected `a` or `b`".
        let names: Vec<&str> = rest.split('`').skip(1).step_by(2).collect();
        if let Some((key, expected)) = names.split_first() {
            let table = TABLES
                .iter()
                .find(|(_, keys)| keys.len() == expected.len() && expected.iter().all(|k| keys.contains(k)));
            let message = match table {
                Some((table, keys)) => {
                    format!("unknown key `{key}` in {table}{}", suggest::hint(key, keys, "valid keys"))
                }
                None => format!("unknown key `{key}`"),
            };
            return Error::new(ErrorKind::UnknownKey, path, position, message);
        }
    }
    for what in ["invalid type", "invalid value"] {
        if let Some(rest) = message.strip_prefix(what) {
            let message = match span.and_then(|s| key_before(text, s.start)) {
                Some(key) => format!("{what} for `{key}`{rest}"),
                None => message,
            };
            return Error::new(ErrorKind::InvalidType, path, position, message);
        }
    }
    Error::new(ErrorKind::Syntax, path, position, message)
}

/// The key of the value starting at byte `offset`: the name before the `=` that precedes it
/// on the same line, as in `attrtuple = "yes"` or `{ help = 1 }`.
fn key_before(text: &str, offset: usize) -> Option<&str> {
    let line = &text[text[..offset].rfind('\n').map_or(0, |i| i + 1)..offset];
    let before_eq = line.trim_end().strip_suffix('=')?.trim_end();
    let is_key_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let start = before_eq.char_indices().rev().take_while(|&(_, c)| is_key_char(c)).last()?.0;
    Some(&before_eq[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> Error {
        parse(text, Path::new("b.toml")).unwrap_err()
    }

    #[test]
    fn spans_are_kept() {
        let raw = parse("level = \"core\"\n[modules]\nbuiltin = [\"sys\", \"gc\"]\n", Path::new("b.toml")).unwrap();
        let level = raw.level.unwrap();
        assert_eq!(level.get_ref(), "core");
        assert_eq!(level.span(), 8..14);
        let builtin = raw.modules.unwrap().builtin.unwrap();
        assert_eq!(builtin[1].span(), 43..47);
        let raw = parse("[features]\nhelp = true\n", Path::new("b.toml")).unwrap();
        let (key, value) = raw.features.unwrap().into_iter().next().unwrap();
        assert_eq!((key.get_ref().as_str(), key.span()), ("help", 11..15));
        assert_eq!((value.get_ref(), value.span()), (&toml::Value::Boolean(true), 18..22));
    }

    #[test]
    fn tables_match_the_structs() {
        // An unknown key in each table must be recognised as belonging to that table,
        // which holds only while `TABLES` lists exactly serde's field names.
        for (text, table) in [
            ("zzzzzzzzzz = 1", "the top level"),
            ("[board]\nzzzzzzzzzz = 1", "[board]"),
            ("[modules]\nzzzzzzzzzz = 1", "[modules]"),
        ] {
            let e = err(text);
            assert_eq!(e.kind(), ErrorKind::UnknownKey);
            assert!(e.message().starts_with(&format!("unknown key `zzzzzzzzzz` in {table}; valid keys: ")), "{e}");
        }
    }

    #[test]
    fn unknown_key_with_suggestion() {
        let e = err("level = \"core\"\n\n[board]\nplatfrom = \"x\"\n");
        assert_eq!(e.to_string(), "b.toml:4:1: unknown key `platfrom` in [board]; did you mean `platform`?");
        let e = err("[feature]\nhelp = true\n");
        assert_eq!(e.to_string(), "b.toml:1:2: unknown key `feature` in the top level; did you mean `features`?");
    }

    #[test]
    fn unknown_key_in_inline_table() {
        let e = err("board = { name = \"x\", mcuu = \"y\" }\n");
        assert_eq!(e.to_string(), "b.toml:1:23: unknown key `mcuu` in [board]; did you mean `mcu`?");
    }

    #[test]
    fn unknown_key_lists_valid_keys() {
        let e = err("[board]\ncolour = \"red\"\n");
        assert_eq!(
            e.to_string(),
            "b.toml:2:1: unknown key `colour` in [board]; valid keys: name, mcu, platform, machine, build"
        );
    }

    #[test]
    fn wrong_type_names_the_key() {
        let e = err("[modules]\nbuiltin = \"sys\"\n");
        assert_eq!(e.kind(), ErrorKind::InvalidType);
        assert_eq!(e.to_string(), "b.toml:2:11: invalid type for `builtin`: string \"sys\", expected a sequence");
        let e = err("[board]\nname = 3\n");
        assert_eq!(e.to_string(), "b.toml:2:8: invalid type for `name`: integer `3`, expected a string");
    }

    #[test]
    fn syntax_error() {
        let e = err("level = \"core\"\n[features]\nhelp = yes\n");
        assert_eq!(e.kind(), ErrorKind::Syntax);
        assert_eq!(e.position(), Some(Position { line: 3, col: 8 }));
        assert!(e.to_string().starts_with("b.toml:3:8: "), "{e}");
        assert!(!e.to_string().contains('\n'), "{e}");
    }

    #[test]
    fn key_before_finds_the_key() {
        assert_eq!(key_before("a = 1", 4), Some("a"));
        assert_eq!(key_before("x\nfoo_bar =  1", 13), Some("foo_bar"));
        assert_eq!(key_before("t = { help = 1 }", 13), Some("help"));
        assert_eq!(key_before("[a]", 1), None);
    }
}
