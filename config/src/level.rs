//! The ROM levels (MicroPython's `MICROPY_CONFIG_ROM_LEVEL`). Each feature's default at
//! each level is in the feature table (`features.rs`).

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for l in Level::ALL {
            assert_eq!(Level::from_name(l.as_str()), Some(l));
        }
        assert_eq!(Level::from_name("Minimum"), None);
    }

    #[test]
    fn levels_are_ordered() {
        assert!(Level::Minimum < Level::Core);
        assert!(Level::Full < Level::Everything);
        // The feature table compares levels as integers in const context.
        assert!(Level::ALL.windows(2).all(|w| (w[0] as u8) < (w[1] as u8)));
    }
}
