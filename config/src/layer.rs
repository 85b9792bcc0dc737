//! One board file's settings, checked and typed ([`Layer`]), and how a file's layer
//! overrides the layer of the file it extends.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use toml::Spanned;

use crate::error::{Error, ErrorKind, Position};
use crate::features::{Feature, Invalid, Setting, FEATURES};
use crate::level::Level;
use crate::schema::{RawFeatures, RawFile};
use crate::suggest;

/// The runtime's built-in modules that `[modules] builtin` may list.
pub const BUILTIN_MODULES: [&str; 20] = [
    "sys",
    "gc",
    "micropython",
    "builtins",
    "math",
    "cmath",
    "os",
    "errno",
    "binascii",
    "json",
    "io",
    "heapq",
    "array",
    "struct",
    "time",
    "random",
    "collections",
    "re",
    "select",
    "hashlib",
];

/// The smallest heap a board may ask for, in bytes.
pub const MIN_HEAP_SIZE: usize = 1024;

/// Where a value was written: for errors found after merging files.
#[derive(Debug, Clone)]
pub struct Origin {
    pub path: PathBuf,
    pub position: Position,
}

/// A `[modules] user` entry: the crate directory joined to the declaring file's directory,
/// not yet checked.
#[derive(Debug, Clone)]
pub struct UserEntry {
    pub written: String,
    pub dir: PathBuf,
    pub origin: Origin,
}

/// A `[frozen]` entry: the path joined to the declaring file's directory, not yet checked.
#[derive(Debug, Clone)]
pub struct FrozenEntry {
    pub written: String,
    pub path: PathBuf,
    pub origin: Origin,
}

/// The checked settings of one file (or of a file merged over the files it extends).
#[derive(Debug, Clone, Default)]
pub struct Layer {
    pub level: Option<Level>,
    pub heap_size: Option<usize>,
    pub name: Option<String>,
    pub mcu: Option<String>,
    pub platform: Option<String>,
    pub machine: Option<String>,
    pub build: Option<String>,
    /// Feature name → the value set, with where (checked against the feature table).
    pub features: BTreeMap<&'static str, Setting>,
    pub builtin: Option<Vec<String>>,
    /// Where each name of `builtin` was written (same order).
    pub builtin_at: Vec<Origin>,
    pub user: BTreeMap<String, UserEntry>,
    /// `[frozen]`: module name -> entry; merged by name over the extended file's.
    pub frozen: BTreeMap<String, FrozenEntry>,
}

/// Checks the values of `raw`, the contents `text` of the file `path`.
pub fn check(raw: RawFile, text: &str, path: &Path) -> Result<Layer, Error> {
    let at = |span: Range<usize>| Some(Position::of_offset(text, span.start));
    let named = |key: &str, v: &Spanned<String>, names: &[&str]| {
        Error::new(
            ErrorKind::InvalidValue,
            path,
            at(v.span()),
            format!("invalid value {:?} for `{key}`: expected one of {}", v.get_ref(), names.join(", ")),
        )
    };
    let mut layer = Layer::default();
    if let Some(v) = &raw.level {
        let names = Level::ALL.map(|l| l.as_str());
        layer.level = Some(Level::from_name(v.get_ref()).ok_or_else(|| named("level", v, &names))?);
    }
    if let Some(v) = &raw.heap_size {
        let size = heap_size(v.get_ref()).map_err(|m| Error::new(ErrorKind::HeapSize, path, at(v.span()), m))?;
        layer.heap_size = Some(size);
    }
    if let Some(board) = raw.board {
        layer.name = board.name;
        layer.mcu = board.mcu;
        layer.platform = board.platform;
        layer.machine = board.machine;
        layer.build = board.build;
    }
    if let Some(f) = raw.features {
        layer.features = features(f, text, path)?;
    }
    if let Some(modules) = raw.modules {
        if let Some(list) = modules.builtin {
            let mut names: Vec<String> = Vec::with_capacity(list.len());
            for v in list {
                let name = v.get_ref();
                if !BUILTIN_MODULES.contains(&name.as_str()) {
                    let hint = suggest::hint(name, &BUILTIN_MODULES, "known builtin modules");
                    let message = format!("unknown builtin module `{name}`{hint}");
                    return Err(Error::new(ErrorKind::UnknownModule, path, at(v.span()), message));
                }
                if names.contains(name) {
                    let message = format!("builtin module `{name}` is listed twice");
                    return Err(Error::new(ErrorKind::DuplicateModule, path, at(v.span()), message));
                }
                layer
                    .builtin_at
                    .push(Origin { path: path.to_path_buf(), position: Position::of_offset(text, v.span().start) });
                names.push(v.into_inner());
            }
            layer.builtin = Some(names);
        }
        let dir = path.parent().unwrap_or(Path::new(""));
        for (crate_name, v) in modules.user.unwrap_or_default() {
            let origin = Origin { path: path.to_path_buf(), position: Position::of_offset(text, v.span().start) };
            let written = v.into_inner();
            let entry = UserEntry { dir: dir.join(&written), written, origin };
            layer.user.insert(crate_name, entry);
        }
    }
    let dir = path.parent().unwrap_or(Path::new(""));
    for (name, v) in raw.frozen.unwrap_or_default() {
        let key_at = Position::of_offset(text, name.span().start);
        let name = name.into_inner();
        let valid = !name.is_empty()
            && name.split('.').all(|part| {
                let mut c = part.chars();
                c.next().is_some_and(|f| f.is_ascii_alphabetic() || f == '_')
                    && c.all(|x| x.is_ascii_alphanumeric() || x == '_')
            });
        if !valid {
            let message = format!("[frozen] `{name}` is not a module name (identifiers joined by dots)");
            return Err(Error::new(ErrorKind::FrozenModule, path, Some(key_at), message));
        }
        let origin = Origin { path: path.to_path_buf(), position: Position::of_offset(text, v.span().start) };
        let written = v.into_inner();
        layer.frozen.insert(name, FrozenEntry { path: dir.join(&written), written, origin });
    }
    Ok(layer)
}

/// `[features]` of the file `path` (contents `text`): every key must name a feature of
/// [`FEATURES`] and every value be one of that feature's values. Checked in file order.
fn features(raw: RawFeatures, text: &str, path: &Path) -> Result<BTreeMap<&'static str, Setting>, Error> {
    let mut entries: Vec<_> = raw.into_iter().collect();
    entries.sort_by_key(|(key, _)| key.span().start);
    let mut settings = BTreeMap::new();
    for (key, value) in entries {
        let key_at = Position::of_offset(text, key.span().start);
        let at = Position::of_offset(text, value.span().start);
        let key = key.into_inner();
        let Some(feature) = Feature::named(&key) else {
            let names: Vec<&str> = FEATURES.iter().map(|f| f.name).collect();
            let message = format!("unknown key `{key}` in [features]{}", suggest::hint(&key, &names, "valid keys"));
            return Err(Error::new(ErrorKind::UnknownKey, path, Some(key_at), message));
        };
        let value = feature.read(value.get_ref()).map_err(|invalid| match invalid {
            Invalid::Type(expected) => {
                let message = format!("invalid type for `{key}`: {}, expected {expected}", unexpected(value.get_ref()));
                Error::new(ErrorKind::InvalidType, path, Some(at), message)
            }
            Invalid::Value => {
                let written = value.get_ref().as_str().unwrap_or_default();
                let message =
                    format!("invalid value {written:?} for `{key}`: expected one of {}", feature.values().join(", "));
                Error::new(ErrorKind::InvalidValue, path, Some(at), message)
            }
        })?;
        settings.insert(feature.name, Setting { value, origin: Origin { path: path.to_path_buf(), position: at } });
    }
    Ok(settings)
}

/// A TOML value as serde names an unexpected one (`integer `1``, `string "yes"`), so that
/// `[features]` type errors read like serde's for the other tables.
fn unexpected(value: &toml::Value) -> String {
    use serde::de::Unexpected;
    match value {
        toml::Value::String(s) => Unexpected::Str(s).to_string(),
        toml::Value::Integer(i) => Unexpected::Signed(*i).to_string(),
        toml::Value::Float(f) => Unexpected::Float(*f).to_string(),
        toml::Value::Boolean(b) => Unexpected::Bool(*b).to_string(),
        toml::Value::Datetime(d) => format!("datetime `{d}`"),
        toml::Value::Array(_) => Unexpected::Seq.to_string(),
        toml::Value::Table(_) => Unexpected::Map.to_string(),
    }
}

/// `heap_size`: a non-negative integer, or a string of digits with an optional `K` or `M`
/// suffix (binary: 1K = 1024); at least [`MIN_HEAP_SIZE`] and a multiple of 16.
pub fn heap_size(value: &toml::Value) -> Result<usize, String> {
    let malformed = || {
        format!(
            "invalid heap_size {value}: expected a number of bytes, as an integer (4096) \
             or a string with a K or M suffix (\"64K\", \"1M\")"
        )
    };
    let size = match value {
        toml::Value::Integer(n) => usize::try_from(*n).map_err(|_| malformed())?,
        toml::Value::String(s) => {
            let (digits, unit) = match s.char_indices().last() {
                Some((i, 'K' | 'k')) => (&s[..i], 1024),
                Some((i, 'M' | 'm')) => (&s[..i], 1024 * 1024),
                _ => (s.as_str(), 1),
            };
            if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
                return Err(malformed());
            }
            let n: usize = digits.parse().map_err(|_| malformed())?;
            n.checked_mul(unit).ok_or_else(|| format!("heap_size {value} is too large"))?
        }
        _ => return Err(malformed()),
    };
    if size < MIN_HEAP_SIZE {
        return Err(format!("heap_size must be at least {MIN_HEAP_SIZE} bytes (got {size})"));
    }
    if size % 16 != 0 {
        return Err(format!("heap_size must be a multiple of 16 (got {size})"));
    }
    Ok(size)
}

impl Layer {
    /// This file's settings over `base`, the settings of the file it extends: every value
    /// set here wins; `builtin` replaces the whole list; `features` and `user` maps merge by
    /// name.
    pub fn over(self, base: Layer) -> Layer {
        let mut features = base.features;
        features.extend(self.features);
        let mut user = base.user;
        user.extend(self.user);
        let mut frozen = base.frozen;
        frozen.extend(self.frozen);
        Layer {
            level: self.level.or(base.level),
            heap_size: self.heap_size.or(base.heap_size),
            name: self.name.or(base.name),
            mcu: self.mcu.or(base.mcu),
            machine: self.machine.or(base.machine),
            build: self.build.or(base.build),
            platform: self.platform.or(base.platform),
            features,
            builtin_at: if self.builtin.is_some() { self.builtin_at } else { base.builtin_at },
            builtin: self.builtin.or(base.builtin),
            user,
            frozen,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use toml::Value;

    fn s(x: &str) -> Value {
        Value::String(x.into())
    }

    #[test]
    fn heap_size_forms() {
        assert_eq!(heap_size(&Value::Integer(4096)), Ok(4096));
        assert_eq!(heap_size(&s("4096")), Ok(4096));
        assert_eq!(heap_size(&s("64K")), Ok(64 * 1024));
        assert_eq!(heap_size(&s("64k")), Ok(64 * 1024));
        assert_eq!(heap_size(&s("1M")), Ok(1024 * 1024));
        assert_eq!(heap_size(&s("2m")), Ok(2 * 1024 * 1024));
        assert_eq!(heap_size(&Value::Integer(1024)), Ok(1024));
    }

    #[test]
    fn heap_size_errors() {
        assert_eq!(heap_size(&Value::Integer(4008)), Err("heap_size must be a multiple of 16 (got 4008)".into()));
        assert_eq!(heap_size(&Value::Integer(1008)), Err("heap_size must be at least 1024 bytes (got 1008)".into()));
        assert_eq!(heap_size(&s("0K")), Err("heap_size must be at least 1024 bytes (got 0)".into()));
        for bad in [
            s("K"),
            s("64KB"),
            s("-4K"),
            s("4 K"),
            s(""),
            Value::Integer(-16),
            Value::Float(4096.0),
            Value::Boolean(true),
        ] {
            let e = heap_size(&bad).unwrap_err();
            assert!(e.starts_with("invalid heap_size "), "{bad}: {e}");
        }
        assert_eq!(
            heap_size(&s("99999999999999999999M")).unwrap_err(),
            "invalid heap_size \"99999999999999999999M\": expected a number of bytes, as an integer (4096) or a string with a K or M suffix (\"64K\", \"1M\")"
        );
        assert_eq!(heap_size(&s("9999999999999999M")).unwrap_err(), "heap_size \"9999999999999999M\" is too large");
    }
}
