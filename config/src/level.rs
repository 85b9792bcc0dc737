//! The ROM levels (MicroPython's `MICROPY_CONFIG_ROM_LEVEL`), the feature value types and
//! each level's default feature set.

/// How much of the language and library a board includes, smallest first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Level {
    Minimum,
    Core,
    Basic,
    Extra,
    Full,
    Everything,
}

impl Level {
    /// Every level, smallest first.
    pub const ALL: [Level; 6] =
        [Level::Minimum, Level::Core, Level::Basic, Level::Extra, Level::Full, Level::Everything];

    /// The name used in `board.toml` and in the `mp_level` cfg.
    pub fn as_str(&self) -> &'static str {
        match self {
            Level::Minimum => "minimum",
            Level::Core => "core",
            Level::Basic => "basic",
            Level::Extra => "extra",
            Level::Full => "full",
            Level::Everything => "everything",
        }
    }

    /// The level named `name`, if any.
    pub fn from_name(name: &str) -> Option<Level> {
        Level::ALL.into_iter().find(|l| l.as_str() == name)
    }
}

/// The float implementation (`MICROPY_FLOAT_IMPL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FloatImpl {
    None,
    Float,
    Double,
}

impl FloatImpl {
    /// Every value, in `board.toml` order.
    pub const ALL: [FloatImpl; 3] = [FloatImpl::None, FloatImpl::Float, FloatImpl::Double];

    /// The name used in `board.toml` and in the `mp_float` cfg.
    pub fn as_str(&self) -> &'static str {
        match self {
            FloatImpl::None => "none",
            FloatImpl::Float => "float",
            FloatImpl::Double => "double",
        }
    }

    /// The value named `name`, if any.
    pub fn from_name(name: &str) -> Option<FloatImpl> {
        FloatImpl::ALL.into_iter().find(|v| v.as_str() == name)
    }
}

/// The long-integer implementation (`MICROPY_LONGINT_IMPL`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum LongInt {
    None,
    LongLong,
    Mpz,
}

impl LongInt {
    /// Every value, in `board.toml` order.
    pub const ALL: [LongInt; 3] = [LongInt::None, LongInt::LongLong, LongInt::Mpz];

    /// The name used in `board.toml` and in the `mp_longint` cfg.
    pub fn as_str(&self) -> &'static str {
        match self {
            LongInt::None => "none",
            LongInt::LongLong => "longlong",
            LongInt::Mpz => "mpz",
        }
    }

    /// The value named `name`, if any.
    pub fn from_name(name: &str) -> Option<LongInt> {
        LongInt::ALL.into_iter().find(|v| v.as_str() == name)
    }
}

/// The resolved feature set: the level's defaults with the board's overrides applied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Features {
    pub attrtuple: bool,
    pub float: FloatImpl,
    pub longint: LongInt,
    pub compiler: bool,
    pub source_line: bool,
    pub help: bool,
    pub repl_auto_indent: bool,
    pub doc_strings: bool,
    pub gc_stress: bool,
}

impl Features {
    /// The names of the boolean features, as they appear in `[features]` and in the
    /// `mp_feature` cfg.
    pub const BOOL_NAMES: [&'static str; 7] =
        ["attrtuple", "compiler", "source_line", "help", "repl_auto_indent", "doc_strings", "gc_stress"];

    /// The defaults of `level`: a feature is on at the level that introduces it and above.
    pub fn for_level(level: Level) -> Features {
        Features {
            attrtuple: level >= Level::Core,
            float: if level >= Level::Basic { FloatImpl::Float } else { FloatImpl::None },
            longint: if level >= Level::Extra { LongInt::Mpz } else { LongInt::None },
            compiler: true,
            source_line: level >= Level::Basic,
            help: level >= Level::Extra,
            repl_auto_indent: level >= Level::Extra,
            doc_strings: level >= Level::Full,
            gc_stress: false,
        }
    }

    /// The boolean features with their values, in [`Features::BOOL_NAMES`] order.
    pub fn bools(&self) -> [(&'static str, bool); 7] {
        [
            ("attrtuple", self.attrtuple),
            ("compiler", self.compiler),
            ("source_line", self.source_line),
            ("help", self.help),
            ("repl_auto_indent", self.repl_auto_indent),
            ("doc_strings", self.doc_strings),
            ("gc_stress", self.gc_stress),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::from_name(l.as_str()), Some(l));
        }
        for f in FloatImpl::ALL {
            assert_eq!(FloatImpl::from_name(f.as_str()), Some(f));
        }
        for i in LongInt::ALL {
            assert_eq!(LongInt::from_name(i.as_str()), Some(i));
        }
        assert_eq!(Level::from_name("Minimum"), None);
    }

    #[test]
    fn levels_are_ordered() {
        assert!(Level::Minimum < Level::Core);
        assert!(Level::Full < Level::Everything);
    }

    #[test]
    fn bool_names_match_bools() {
        let names: Vec<_> = Features::for_level(Level::Full).bools().iter().map(|(n, _)| *n).collect();
        assert_eq!(names, Features::BOOL_NAMES);
    }

    #[test]
    fn each_level_defaults() {
        use FloatImpl as F;
        use LongInt as L;
        // (level, attrtuple, float, longint, source_line, help, repl_auto_indent, doc_strings)
        let table = [
            (Level::Minimum, false, F::None, L::None, false, false, false, false),
            (Level::Core, true, F::None, L::None, false, false, false, false),
            (Level::Basic, true, F::Float, L::None, true, false, false, false),
            (Level::Extra, true, F::Float, L::Mpz, true, true, true, false),
            (Level::Full, true, F::Float, L::Mpz, true, true, true, true),
            (Level::Everything, true, F::Float, L::Mpz, true, true, true, true),
        ];
        for (level, attrtuple, float, longint, source_line, help, auto_indent, doc) in table {
            let f = Features::for_level(level);
            let expected = Features {
                attrtuple,
                float,
                longint,
                compiler: true,
                source_line,
                help,
                repl_auto_indent: auto_indent,
                doc_strings: doc,
                gc_stress: false,
            };
            assert_eq!(f, expected, "{level:?}");
        }
    }
}
