//! Every `[features]` key of board.toml, defined once: [`FEATURES`] gives each feature's
//! name, kind, default at each ROM level, what it gates and which features it needs, as
//! MicroPython's `mpconfig.h` defines each option once with its default per level.
//!
//! Everything else reads the table: checking `[features]` (unknown keys, types, values,
//! requirements), the level defaults ([`Features::for_level`]), the cfgs and check-cfgs a
//! build script emits, and the feature list in docs/FEATURES.md ([`markdown`]). Adding a
//! feature is adding one line to the table; a malformed line (a default that is not one of
//! the values, a requirement that names no earlier flag, ...) fails the build of this crate.

use std::collections::BTreeMap;
use std::fmt;

use crate::error::{Error, ErrorKind};
use crate::layer::Origin;
use crate::level::Level::{self, Basic, Core, Everything, Extra, Full, Minimum};

/// Every feature, in the order that cfgs, check-cfgs and docs list them. A feature may only
/// require flags defined above it.
#[rustfmt::skip]
pub const FEATURES: &[Feature] = &[
    //     name                on by default  needs          what it gates
    flag(  "attrtuple",        Some(Core),    &[],           "`sys.implementation` is a named tuple (`.name`, `.version`, `._machine`), not the seed's plain tuple"),
    //     name       values                         default from each level                  needs what it gates
    choice("float",   &["none", "float", "double"],  &[(Minimum, "none"), (Basic, "float")],  &[],  "the float implementation: none, single (`f32`, boxed) or double (`f64`, boxed) precision; `float()`, float literals and `/`"),
    choice("longint", &["none", "longlong", "mpz"],  &[(Minimum, "none"), (Extra, "mpz")],    &[],  "ints past the small-int range: none (`OverflowError`), 64-bit (boxed `i64`) or arbitrary precision (heap digits)"),
    flag(  "complex",          Some(Basic),   &[],           "`complex` and imaginary literals `1j` (only when `float` is not `none`); `cmath` in `[modules] builtin` needs it"),
    flag(  "compiler",         Some(Minimum), &[],           "compiling Python source on the board: the REPL, `exec_str` (always built today)"),
    flag(  "source_line",      Some(Basic),   &[],           "line numbers in tracebacks (always kept today)"),
    flag(  "help",             Some(Extra),   &[],           "the `help()` builtin and the banner's `Type \"help()\" for more information.` line"),
    flag(  "repl_auto_indent", Some(Extra),   &["compiler"], "REPL continuation lines start indented after a line that opens a block"),
    flag(  "repl_emacs_keys",  Some(Extra),   &["compiler"], "REPL line editing with Ctrl-B/F/D/K/N/P/U (`MICROPY_REPL_EMACS_KEYS`); Ctrl-A/E, arrows and history are always there"),
    flag(  "repl_emacs_words_move", Some(Extra), &["compiler"], "REPL word moves: Alt-B/F, Ctrl-left/right (`MICROPY_REPL_EMACS_WORDS_MOVE`)"),
    flag(  "repl_emacs_extra_words_move", Some(Everything), &["compiler"], "REPL word kills: Ctrl-W, Alt-D, Alt-Backspace (`MICROPY_REPL_EMACS_EXTRA_WORDS_MOVE`; the unix port turns it on)"),
    flag(  "repl_last_result", Some(Extra),   &["compiler"], "`_` holds the last value the REPL printed (MicroPython's `MICROPY_CAN_OVERRIDE_BUILTINS` part for it)"),
    flag(  "doc_strings",      Some(Full),    &[],           "`///` docs of native functions kept as their `__doc__`"),
    flag(  "persistent_code",  Some(Extra),   &[],           "importing compiled `.mpy` files and writing them for `mpy-cross` (`MICROPY_PERSISTENT_CODE_LOAD`/`_SAVE`, `runtime::mpy`); off: `import` looks for `.py` only"),
    flag(  "finaliser",        Some(Extra),   &[],           "native classes' `__del__` runs before the GC frees an instance, and for all at the runtime's end (`MICROPY_ENABLE_FINALISER`; costs a bit of RAM per heap block)"),
    flag(  "scheduler",        Some(Extra),   &[],           "`micropython.schedule` and the queue the VM runs between bytecodes, which timer and pin callbacks go through (`MICROPY_ENABLE_SCHEDULER`)"),
    flag(  "micropython_mem_info", Some(Extra), &[],         "`micropython.mem_info`, `qstr_info`, `stack_use` (`MICROPY_PY_MICROPYTHON_MEM_INFO`)"),
    flag(  "gc_stress",        None,          &[],           "a collection before every allocation (a test switch, off at every level)"),
    flag(  "fault_injection",  None,          &[],           "the host's `-X fail-alloc=N`: the Nth heap allocation fails with `MemoryError` (a test switch, off at every level)"),
    flag(  "async_await",      Some(Core),    &["compiler"], "`async def`, `await`, `async for`, `async with` (MicroPython's `MICROPY_PY_ASYNC_AWAIT`); off: `SyntaxError`"),
    flag(  "assign_expr",      Some(Core),    &["compiler"], "assignment expressions `name := value` (`MICROPY_PY_ASSIGN_EXPR`); off: `SyntaxError`"),
    flag(  "fstrings",         Some(Extra),   &["compiler"], "f-strings, compiled to `str.format` calls (`MICROPY_PY_FSTRINGS`); off: `SyntaxError`"),
    flag(  "str_unicode",      Some(Basic),   &[],           "str is unicode: `len`, indices and slices count code points (UTF-8 inside), `chr` up to 0x10ffff; off: bytes, `chr` below 256"),
    flag(  "str_count",        Some(Core),    &[],           "`str.count` (and `bytes.count`, `bytearray.count`)"),
    flag(  "str_op_modulo",    Some(Core),    &[],           "`%`-formatting of str (`'%d' % 3`, `'%(x)s' % d`)"),
    flag(  "str_center",       Some(Extra),   &[],           "`str.center` (and on bytes, bytearray)"),
    flag(  "str_partition",    Some(Extra),   &[],           "`str.partition`, `str.rpartition` (and on bytes, bytearray)"),
    flag(  "str_splitlines",   Some(Extra),   &[],           "`str.splitlines` (and on bytes, bytearray)"),
    flag(  "str_justify",      Some(Everything), &[],        "`str.ljust`, `str.rjust`, `str.zfill` (and on bytes, bytearray): CPython's, no MicroPython level has them"),
    flag(  "str_encode",       Some(Core),    &[],           "`str.encode`, `bytes.decode`, `bytearray.decode` (MicroPython's `MICROPY_CPYTHON_COMPAT` part for them)"),
    flag(  "bytes_decode_errors", Some(Extra), &["str_encode"], "the `'ignore'` and `'replace'` error handlers of `decode`"),
    flag(  "bytes_hex",        Some(Extra),   &[],           "`hex()` and `fromhex()` of bytes, bytearray (and `memoryview.hex`)"),
    flag(  "bytearray",        Some(Core),    &[],           "the `bytearray` type"),
    flag(  "bytearray_list_ops", Some(Everything), &["bytearray"], "`bytearray.pop`, `insert`, `remove`, `del b[i]`: CPython's, no MicroPython level has them"),
    flag(  "array_slice_assign", Some(Extra), &["bytearray"], "slice assignment and deletion on bytearray (`b[1:3] = b'xy'`, `del b[:2]`)"),
    flag(  "memoryview",       Some(Extra),   &[],           "the `memoryview` type: slices share the underlying bytes"),
    flag(  "memoryview_itemsize", Some(Extra), &["memoryview"], "`memoryview.itemsize`"),
    flag(  "builtin_format",   Some(Everything), &[],        "the `format(value, spec)` built-in: CPython's, no MicroPython level has it (`str.format` is always there)"),
    flag(  "format_dunder",    Some(Everything), &[],        "`format()`, `str.format` and f-strings call a class's own `__format__`: CPython's, no MicroPython level calls it"),
    flag(  "int_bit_length",   Some(Everything), &[],        "`int.bit_length()`: CPython's, no MicroPython level has it"),
    flag(  "complex_conjugate", Some(Everything), &["complex"], "`complex.conjugate()`: CPython's, no MicroPython level has it"),
    flag(  "pow3",             Some(Extra),   &[],           "`pow(base, exp, mod)` of ints (`MICROPY_PY_BUILTINS_POW3`); off: `NotImplementedError: 3-arg pow() not supported`"),
    flag(  "builtin_ascii",    Some(Everything), &[],        "the `ascii(x)` built-in: CPython's, no MicroPython level has it"),
    flag(  "external_import",  Some(Core),    &[],           "`import` of Python files on `sys.path` and of `[frozen]` modules, packages and relative imports (`MICROPY_ENABLE_EXTERNAL_IMPORT`); off: built-in modules only, `NotImplementedError: relative import`"),
    flag(  "property",         Some(Core),    &[],           "the `property` builtin and its `getter`/`setter`/`deleter` (`MICROPY_PY_BUILTINS_PROPERTY`); native classes' getters work at every level"),
    flag(  "multiple_inheritance", Some(Core), &[],          "classes with two or more bases, C3 method resolution order (`MICROPY_MULTIPLE_INHERITANCE`); off: `NotImplementedError: multiple inheritance not supported`"),
    flag(  "descriptors",      Some(Extra),   &[],           "a class attribute whose class defines `__get__`, `__set__` or `__delete__` acts on access (`MICROPY_PY_DESCRIPTORS`); off: it is a plain attribute"),
    flag(  "delattr_setattr",  Some(Extra),   &[],           "a class's `__setattr__` and `__delattr__` run on attribute stores and deletions (`MICROPY_PY_DELATTR_SETATTR`)"),
    flag(  "set",              Some(Core),    &[],           "the `set` type, set displays `{1, 2}` and set comprehensions"),
    flag(  "frozenset",        Some(Extra),   &["set"],      "the `frozenset` type (hashable by its items)"),
    flag(  "dict_fromkeys",    Some(Core),    &[],           "the `dict.fromkeys` classmethod"),
    flag(  "slice",            Some(Core),    &[],           "slices `a[i:j:k]` of str, bytes, list, tuple, range... and the `slice` type (`MICROPY_PY_BUILTINS_SLICE`); off: `SyntaxError` at the `:`"),
    flag(  "slice_attrs",      Some(Extra),   &["slice"],           "`slice` objects' `start`, `stop` and `step` attributes"),
    flag(  "slice_indices",    Some(Extra),   &["slice"],           "`slice.indices(len)`"),
    flag(  "range_attrs",      Some(Core),    &[],           "`range` objects' `start`, `stop` and `step` attributes"),
    flag(  "range_binop",      Some(Everything), &[],        "`range == range` by the items (off: only the same object is equal)"),
    flag(  "enumerate",        Some(Core),    &[],           "the `enumerate` builtin"),
    flag(  "filter",           Some(Core),    &[],           "the `filter` builtin"),
    flag(  "reversed",         Some(Core),    &[],           "the `reversed` builtin"),
    flag(  "min_max",          Some(Core),    &[],           "the `min` and `max` builtins (with `key=` and `default=`)"),
    flag(  "next2",            Some(Basic),   &[],           "`next(iterator, default)`: the default when exhausted"),
    flag(  "dir",              Some(Core),    &[],           "the `dir` builtin"),
    flag(  "notimplemented",   Some(Extra),   &[],           "the `NotImplemented` builtin name"),
    flag(  "open",             Some(Core),    &[],           "the `open` builtin (also `io.open`) and its file objects `io.FileIO`, `io.TextIOWrapper` over the board's file system; only on boards that list the `os` module (a file system), as MicroPython's ports add `open` with their VFS"),
    flag(  "input",            Some(Extra),   &[],           "the `input` builtin (reads a line from the console, with line editing)"),
    flag(  "eval_exec",        Some(Minimum), &["compiler"], "the `eval` and `exec` builtins"),
    flag(  "builtin_compile",  Some(Extra),   &["compiler"], "the `compile` builtin"),
    flag(  "execfile",         Some(Extra),   &["compiler", "eval_exec"], "the `execfile(path[, globals[, locals]])` builtin (MicroPython's); only on boards that list the `os` module (a file system)"),
    flag(  "select_select",    Some(Core),    &[],           "`select.select(rlist, wlist, xlist[, timeout])` when `select` is in `[modules] builtin` (MicroPython's bare-metal ports have it; the unix port, whose `poll` uses file descriptors, has not)"),
];

// A malformed table line is a compile error whose message names the feature; the note
// points at the line of `Problem::fail` that says what is wrong.
const _: () = if let Some((name, problem)) = first_problem(FEATURES) {
    problem.fail(name)
};

/// One board.toml feature.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Feature {
    /// The key in `[features]`; a lowercase identifier.
    pub name: &'static str,
    pub kind: Kind,
    /// Flags that must be on for this feature to be on (for a choice: to take any value
    /// but its first). A requirement that is off turns the feature's default off; setting
    /// the feature on explicitly is then an error.
    pub requires: &'static [&'static str],
    /// What the feature gates: one line of markdown, for docs/FEATURES.md.
    pub gates: &'static str,
}

/// What values a feature takes and its default at each level.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// `true` or `false`; on by default at `on_from` and every larger level (never when
    /// `None`). Sets `cfg(mp_feature = "<name>")` when on.
    Flag { on_from: Option<Level> },
    /// One of `values`, the first being the "off" value (`none`). The default at a level is
    /// the value of the last `(level, value)` pair of `defaults` at or below it; the first
    /// pair is at `minimum`. Sets `cfg(mp_<name> = "<value>")`.
    Choice { values: &'static [&'static str], defaults: &'static [(Level, &'static str)] },
}

/// A flag: `true`/`false`, on by default from level `on_from` up.
const fn flag(
    name: &'static str,
    on_from: Option<Level>,
    requires: &'static [&'static str],
    gates: &'static str,
) -> Feature {
    Feature { name, kind: Kind::Flag { on_from }, requires, gates }
}

/// A choice between `values`, defaulting to each pair's value from its level up.
const fn choice(
    name: &'static str,
    values: &'static [&'static str],
    defaults: &'static [(Level, &'static str)],
    requires: &'static [&'static str],
    gates: &'static str,
) -> Feature {
    Feature { name, kind: Kind::Choice { values, defaults }, requires, gates }
}

/// A feature's value on a board.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Value {
    Flag(bool),
    Choice(&'static str),
}

impl fmt::Display for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Flag(b) => write!(f, "{b}"),
            Value::Choice(s) => f.write_str(s),
        }
    }
}

/// Why a TOML value cannot be a feature's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Invalid {
    /// Not a boolean (flag) or not a string (choice); the text is what was expected.
    Type(&'static str),
    /// A string that is not one of a choice's values.
    Value,
}

impl Feature {
    /// The feature named `name` in [`FEATURES`].
    pub fn named(name: &str) -> Option<&'static Feature> {
        FEATURES.iter().find(|f| f.name == name)
    }

    /// The feature's default at `level`.
    pub const fn default_at(&self, level: Level) -> Value {
        match self.kind {
            Kind::Flag { on_from: Some(from) } => Value::Flag(level as u8 >= from as u8),
            Kind::Flag { on_from: None } => Value::Flag(false),
            Kind::Choice { defaults, .. } => {
                let mut value = defaults[0].1;
                let mut i = 1;
                while i < defaults.len() && defaults[i].0 as u8 <= level as u8 {
                    value = defaults[i].1;
                    i += 1;
                }
                Value::Choice(value)
            }
        }
    }

    /// The feature's off value: `false`, or a choice's first value.
    pub const fn off(&self) -> Value {
        match self.kind {
            Kind::Flag { .. } => Value::Flag(false),
            Kind::Choice { values, .. } => Value::Choice(values[0]),
        }
    }

    /// The allowed values, as written in board.toml.
    pub fn values(&self) -> &'static [&'static str] {
        match self.kind {
            Kind::Flag { .. } => &["true", "false"],
            Kind::Choice { values, .. } => values,
        }
    }

    /// The cfg this feature sets: `mp_feature` for a flag, `mp_<name>` for a choice.
    pub fn cfg_name(&self) -> String {
        match self.kind {
            Kind::Flag { .. } => "mp_feature".to_string(),
            Kind::Choice { .. } => format!("mp_{}", self.name),
        }
    }

    /// `value` (from board.toml) as this feature's value.
    pub(crate) fn read(&self, value: &toml::Value) -> Result<Value, Invalid> {
        match (self.kind, value) {
            (Kind::Flag { .. }, toml::Value::Boolean(b)) => Ok(Value::Flag(*b)),
            (Kind::Flag { .. }, _) => Err(Invalid::Type("a boolean")),
            (Kind::Choice { values, .. }, toml::Value::String(s)) => {
                values.iter().find(|v| **v == s).map(|v| Value::Choice(v)).ok_or(Invalid::Value)
            }
            (Kind::Choice { .. }, _) => Err(Invalid::Type("a string")),
        }
    }
}

/// A board's value of every feature of [`FEATURES`]: the level's defaults with the board's
/// settings applied.
#[derive(Clone, PartialEq, Eq)]
pub struct Features {
    /// One per line of [`FEATURES`], in its order.
    values: Vec<Value>,
}

impl Features {
    /// The defaults at `level` (which always meet every requirement: the table is checked).
    pub fn for_level(level: Level) -> Features {
        Features { values: FEATURES.iter().map(|f| f.default_at(level)).collect() }
    }

    /// The value of the feature `name`, if there is such a feature.
    pub fn get(&self, name: &str) -> Option<Value> {
        FEATURES.iter().position(|f| f.name == name).map(|i| self.values[i])
    }

    /// Whether the flag `name` is on.
    ///
    /// # Panics
    /// If `name` is not a flag of [`FEATURES`].
    pub fn is_on(&self, name: &str) -> bool {
        match self.get(name) {
            Some(Value::Flag(on)) => on,
            _ => panic!("`{name}` is not a flag in config's FEATURES table"),
        }
    }

    /// The value of the choice `name`.
    ///
    /// # Panics
    /// If `name` is not a choice of [`FEATURES`].
    pub fn choice(&self, name: &str) -> &'static str {
        match self.get(name) {
            Some(Value::Choice(v)) => v,
            _ => panic!("`{name}` is not a choice in config's FEATURES table"),
        }
    }

    /// Every feature with its value, in table order.
    pub fn iter(&self) -> impl Iterator<Item = (&'static Feature, Value)> + '_ {
        FEATURES.iter().zip(self.values.iter().copied())
    }

    /// The cfgs (`name="value"`): `mp_feature` for every flag that is on, then
    /// `mp_<name>` for every choice, in table order.
    pub fn cfgs(&self) -> Vec<String> {
        let flags =
            self.iter().filter(|(_, v)| *v == Value::Flag(true)).map(|(f, _)| format!("mp_feature={:?}", f.name));
        let choices = self.iter().filter_map(|(f, v)| match v {
            Value::Choice(c) => Some(format!("{}={c:?}", f.cfg_name())),
            Value::Flag(_) => None,
        });
        flags.chain(choices).collect()
    }
}

impl fmt::Debug for Features {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_map().entries(self.iter().map(|(feature, v)| (feature.name, v))).finish()
    }
}

/// The check-cfg declarations for every cfg that [`Features::cfgs`] can produce, with
/// every value: `mp_feature` with every flag, then one per choice.
pub fn check_cfgs() -> Vec<String> {
    check_cfgs_of(FEATURES)
}

fn check_cfgs_of(table: &[Feature]) -> Vec<String> {
    let flags = table.iter().filter(|f| matches!(f.kind, Kind::Flag { .. })).map(|f| f.name);
    let mut lines = vec![format!("cfg(mp_feature, {})", values(flags))];
    for f in table {
        if let Kind::Choice { values: v, .. } = f.kind {
            lines.push(format!("cfg({}, {})", f.cfg_name(), values(v.iter().copied())));
        }
    }
    lines
}

/// `values("a", "b")` for a check-cfg.
pub(crate) fn values<'a>(names: impl IntoIterator<Item = &'a str>) -> String {
    let quoted: Vec<String> = names.into_iter().map(|n| format!("{n:?}")).collect();
    format!("values({})", quoted.join(", "))
}

/// A feature set in a board file, with where.
#[derive(Debug, Clone)]
pub(crate) struct Setting {
    pub value: Value,
    pub origin: Origin,
}

/// The features of a board at `level` with `settings` (by feature name) applied.
///
/// # Errors
/// A feature set on whose requirement is off ([`ErrorKind::UnmetRequirement`]), reported
/// at the setting and naming the requirement and why it is off.
pub(crate) fn resolve(level: Level, settings: &BTreeMap<&'static str, Setting>) -> Result<Features, Error> {
    Ok(Features { values: resolve_in(FEATURES, level, settings)? })
}

/// Why a feature has its value, for messages.
#[derive(Debug, Clone)]
enum Why<'a> {
    Set(&'a Origin),
    Default,
    Needs(&'static str),
}

fn resolve_in(table: &[Feature], level: Level, settings: &BTreeMap<&str, Setting>) -> Result<Vec<Value>, Error> {
    let mut values: Vec<Value> = Vec::with_capacity(table.len());
    let mut why: Vec<Why> = Vec::with_capacity(table.len());
    for f in table {
        let set = settings.get(f.name);
        let (mut value, mut reason) = match set {
            Some(s) => (s.value, Why::Set(&s.origin)),
            None => (f.default_at(level), Why::Default),
        };
        // Requirements are flags above this line (the table is checked), already resolved.
        let missing = f.requires.iter().find_map(|r| {
            let i = table.iter().position(|t| t.name == *r)?;
            (values[i] == Value::Flag(false)).then_some((*r, i))
        });
        if let (true, Some((requirement, i))) = (value != f.off(), missing) {
            match set {
                None => (value, reason) = (f.off(), Why::Needs(requirement)),
                Some(s) => return Err(unmet(f, s, requirement, &why[i], level)),
            }
        }
        values.push(value);
        why.push(reason);
    }
    Ok(values)
}

/// The error for feature `f`, set to `s`, whose `requirement` is off because of `why`.
fn unmet(f: &Feature, s: &Setting, requirement: &str, why: &Why, level: Level) -> Error {
    let because = match why {
        Why::Set(o) => format!("set to false at {}:{}:{}", o.path.display(), o.position.line, o.position.col),
        Why::Default => format!("off by default at level `{}`", level.as_str()),
        Why::Needs(r) => format!("off because it needs `{r}`"),
    };
    let name = f.name;
    let message = format!(
        "feature `{name}` = {} needs `{requirement}`, which is {because}; turn `{requirement}` on or `{name}` off",
        s.value
    );
    Error::new(ErrorKind::UnmetRequirement, &s.origin.path, Some(s.origin.position), message)
}

/// The feature list of docs/FEATURES.md: a markdown table with one row per feature.
pub fn markdown() -> String {
    markdown_of(FEATURES)
}

fn markdown_of(table: &[Feature]) -> String {
    let code = |s: &str| format!("`{s}`");
    let mut s = String::from("| feature | values | default | needs | what it gates |\n|---|---|---|---|---|\n");
    for f in table {
        let (values, default) = match f.kind {
            Kind::Flag { on_from: Some(Minimum) } => ("bool".to_string(), "on".to_string()),
            Kind::Flag { on_from: Some(level) } => ("bool".to_string(), format!("on from `{}`", level.as_str())),
            Kind::Flag { on_from: None } => ("bool".to_string(), "off".to_string()),
            Kind::Choice { values, defaults } => {
                let values: Vec<String> = values.iter().map(|v| code(v)).collect();
                let defaults: Vec<String> = defaults
                    .iter()
                    .map(|(level, v)| match level {
                        Minimum => code(v),
                        _ => format!("`{v}` from `{}`", level.as_str()),
                    })
                    .collect();
                (values.join(", "), defaults.join("; "))
            }
        };
        let needs: Vec<String> = f.requires.iter().map(|r| code(r)).collect();
        let cells = [code(f.name), values, default, needs.join(", "), f.gates.to_string()];
        let cells: Vec<String> = cells.iter().map(|c| c.replace('|', "\\|")).collect();
        s.push_str(&format!("| {} |\n", cells.join(" | ")));
    }
    s
}

/// What is wrong with a table line; [`first_problem`] finds it at compile time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Problem {
    /// The name is not a lowercase identifier (`[a-z][a-z0-9_]*`).
    BadName,
    /// Two lines define the same name.
    Duplicate,
    /// A choice named `feature`, `level`, `module` or `user_module`: its cfg would clash.
    ReservedName,
    /// A choice without values.
    NoValues,
    /// A choice's value is not a lowercase identifier.
    BadValue,
    /// A choice lists a value twice.
    DuplicateValue,
    /// A choice's defaults do not start at `Minimum` with levels strictly increasing.
    BadDefaults,
    /// A choice's default is not one of its values.
    DefaultNotAValue,
    /// A requirement is not a flag defined on an earlier line.
    UnknownRequirement,
    /// On by default at a level where a requirement is off by default.
    DefaultBreaksRequirement,
}

impl Problem {
    /// Fails compilation (in const context) with the feature's name; the line of the
    /// panic, shown in the compiler's note, says what is wrong.
    #[rustfmt::skip]
    const fn fail(self, name: &str) -> ! {
        match self {
            Problem::BadName => panic!("{}", name),                  // not a lowercase identifier: [a-z][a-z0-9_]*
            Problem::Duplicate => panic!("{}", name),                // defined on two lines
            Problem::ReservedName => panic!("{}", name),             // a choice named feature, level, module or user_module
            Problem::NoValues => panic!("{}", name),                 // a choice without values
            Problem::BadValue => panic!("{}", name),                 // a choice's value is not a lowercase identifier
            Problem::DuplicateValue => panic!("{}", name),           // a choice lists a value twice
            Problem::BadDefaults => panic!("{}", name),              // a choice's defaults must start at Minimum, levels increasing
            Problem::DefaultNotAValue => panic!("{}", name),         // a choice's default is not one of its values
            Problem::UnknownRequirement => panic!("{}", name),       // a requirement must be a flag defined on an earlier line
            Problem::DefaultBreaksRequirement => panic!("{}", name), // on by default at a level where a requirement is off by default
        }
    }
}

/// `a == b`, in const context.
const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// `[a-z][a-z0-9_]*`: a TOML bare key, a Rust identifier and a cfg value without escapes.
const fn is_identifier(s: &str) -> bool {
    let s = s.as_bytes();
    if s.is_empty() || !s[0].is_ascii_lowercase() {
        return false;
    }
    let mut i = 1;
    while i < s.len() {
        if !(s[i].is_ascii_lowercase() || s[i].is_ascii_digit() || s[i] == b'_') {
            return false;
        }
        i += 1;
    }
    true
}

/// Whether `v` is `f`'s off value, in const context.
const fn is_off(f: &Feature, v: Value) -> bool {
    match (v, f.off()) {
        (Value::Flag(a), Value::Flag(b)) => a == b,
        (Value::Choice(a), Value::Choice(b)) => same(a, b),
        _ => false,
    }
}

/// The index of the feature `name` among `table[..end]`.
const fn index_of(table: &[Feature], end: usize, name: &str) -> Option<usize> {
    let mut i = 0;
    while i < end {
        if same(table[i].name, name) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// The first malformed line of `table`: its feature's name and what is wrong.
const fn first_problem(table: &[Feature]) -> Option<(&str, Problem)> {
    let mut i = 0;
    while i < table.len() {
        let f = &table[i];
        if !is_identifier(f.name) {
            return Some((f.name, Problem::BadName));
        }
        if index_of(table, i, f.name).is_some() {
            return Some((f.name, Problem::Duplicate));
        }
        if let Kind::Choice { values, defaults } = f.kind {
            let reserved = ["feature", "level", "module", "user_module"];
            let mut r = 0;
            while r < reserved.len() {
                if same(f.name, reserved[r]) {
                    return Some((f.name, Problem::ReservedName));
                }
                r += 1;
            }
            if values.is_empty() {
                return Some((f.name, Problem::NoValues));
            }
            let mut v = 0;
            while v < values.len() {
                if !is_identifier(values[v]) {
                    return Some((f.name, Problem::BadValue));
                }
                let mut w = 0;
                while w < v {
                    if same(values[v], values[w]) {
                        return Some((f.name, Problem::DuplicateValue));
                    }
                    w += 1;
                }
                v += 1;
            }
            if defaults.is_empty() || defaults[0].0 as u8 != Minimum as u8 {
                return Some((f.name, Problem::BadDefaults));
            }
            let mut d = 0;
            while d < defaults.len() {
                if d > 0 && defaults[d].0 as u8 <= defaults[d - 1].0 as u8 {
                    return Some((f.name, Problem::BadDefaults));
                }
                let mut found = false;
                let mut v = 0;
                while v < values.len() {
                    found |= same(defaults[d].1, values[v]);
                    v += 1;
                }
                if !found {
                    return Some((f.name, Problem::DefaultNotAValue));
                }
                d += 1;
            }
        }
        let mut r = 0;
        while r < f.requires.len() {
            let Some(j) = index_of(table, i, f.requires[r]) else {
                return Some((f.name, Problem::UnknownRequirement));
            };
            let Kind::Flag { .. } = table[j].kind else {
                return Some((f.name, Problem::UnknownRequirement));
            };
            let mut level = 0;
            while level < Level::ALL.len() {
                let at = Level::ALL[level];
                if !is_off(f, f.default_at(at)) && matches!(table[j].default_at(at), Value::Flag(false)) {
                    return Some((f.name, Problem::DefaultBreaksRequirement));
                }
                level += 1;
            }
            r += 1;
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Position;
    use crate::level::Level::Everything;
    use std::path::PathBuf;

    #[test]
    fn the_table_is_well_formed() {
        assert_eq!(first_problem(FEATURES), None);
    }

    #[test]
    fn each_level_defaults() {
        // (level, attrtuple, float, longint, help, doc_strings)
        let table = [
            (Minimum, false, "none", "none", false, false),
            (Core, true, "none", "none", false, false),
            (Basic, true, "float", "none", false, false),
            (Extra, true, "float", "mpz", true, false),
            (Full, true, "float", "mpz", true, true),
            (Everything, true, "float", "mpz", true, true),
        ];
        for (level, attrtuple, float, longint, help, doc_strings) in table {
            let f = Features::for_level(level);
            let got =
                (f.is_on("attrtuple"), f.choice("float"), f.choice("longint"), f.is_on("help"), f.is_on("doc_strings"));
            assert_eq!(got, (attrtuple, float, longint, help, doc_strings), "{level:?}");
            assert!(f.is_on("compiler") && !f.is_on("gc_stress"), "{level:?}");
        }
    }

    #[test]
    fn defaults_rise_with_the_level() {
        // A flag on at one level stays on at every larger level.
        for f in FEATURES {
            let on: Vec<bool> = Level::ALL.iter().map(|l| f.default_at(*l) == Value::Flag(true)).collect();
            assert!(on.windows(2).all(|w| w[0] <= w[1]), "{}: {on:?}", f.name);
        }
    }

    #[test]
    fn lookups() {
        let f = Features::for_level(Basic);
        assert_eq!(f.get("float"), Some(Value::Choice("float")));
        assert_eq!(f.get("source_line"), Some(Value::Flag(true)));
        assert_eq!(f.get("nope"), None);
        assert_eq!(Feature::named("help").map(|f| f.name), Some("help"));
        assert_eq!(Feature::named("float").unwrap().cfg_name(), "mp_float");
        assert_eq!(Feature::named("help").unwrap().cfg_name(), "mp_feature");
        assert_eq!(f.iter().count(), FEATURES.len());
        let debug = format!("{f:?}");
        assert!(debug.starts_with("{\"attrtuple\": Flag(true), \"float\": Choice(\"float\")"), "{debug}");
    }

    #[test]
    #[should_panic(expected = "`float` is not a flag")]
    fn is_on_of_a_choice_panics() {
        Features::for_level(Minimum).is_on("float");
    }

    #[test]
    fn read_checks_type_and_value() {
        let float = Feature::named("float").unwrap();
        let help = Feature::named("help").unwrap();
        assert_eq!(help.read(&toml::Value::Boolean(true)), Ok(Value::Flag(true)));
        assert_eq!(help.read(&toml::Value::String("yes".into())), Err(Invalid::Type("a boolean")));
        assert_eq!(float.read(&toml::Value::String("double".into())), Ok(Value::Choice("double")));
        assert_eq!(float.read(&toml::Value::String("single".into())), Err(Invalid::Value));
        assert_eq!(float.read(&toml::Value::Integer(1)), Err(Invalid::Type("a string")));
    }

    // A table for the checks and resolution: c needs b needs a; e (a choice) needs a.
    const CHAIN: &[Feature] = &[
        flag("a", Some(Minimum), &[], "A"),
        flag("b", Some(Core), &["a"], "B"),
        flag("c", Some(Basic), &["b"], "C"),
        choice("e", &["none", "some"], &[(Minimum, "none"), (Extra, "some")], &["a"], "E | F"),
        flag("d", None, &[], "D"),
    ];

    fn set(pairs: &[(&'static str, Value, usize)]) -> BTreeMap<&'static str, Setting> {
        pairs
            .iter()
            .map(|&(name, value, line)| {
                let origin = Origin { path: PathBuf::from("b.toml"), position: Position { line, col: 5 } };
                (name, Setting { value, origin })
            })
            .collect()
    }

    #[test]
    fn requirements_turn_defaults_off() {
        use Value::{Choice, Flag};
        assert_eq!(first_problem(CHAIN), None);
        let all = resolve_in(CHAIN, Everything, &set(&[])).unwrap();
        assert_eq!(all, [Flag(true), Flag(true), Flag(true), Choice("some"), Flag(false)]);
        // a off: b, c (through b) and e fall back to off.
        let off = resolve_in(CHAIN, Everything, &set(&[("a", Flag(false), 1)])).unwrap();
        assert_eq!(off, [Flag(false), Flag(false), Flag(false), Choice("none"), Flag(false)]);
        // Setting a dependent off is always fine.
        let off = resolve_in(CHAIN, Minimum, &set(&[("a", Flag(false), 1), ("c", Flag(false), 2)])).unwrap();
        assert_eq!(off, [Flag(false), Flag(false), Flag(false), Choice("none"), Flag(false)]);
    }

    #[test]
    fn unmet_requirements_name_both_features() {
        use Value::{Choice, Flag};
        let message = |level, pairs: &[(&'static str, Value, usize)]| {
            let e = resolve_in(CHAIN, level, &set(pairs)).unwrap_err();
            assert_eq!(e.kind(), ErrorKind::UnmetRequirement);
            e.to_string()
        };
        assert_eq!(
            message(Everything, &[("a", Flag(false), 3), ("b", Flag(true), 4)]),
            "b.toml:4:5: feature `b` = true needs `a`, which is set to false at b.toml:3:5; turn `a` on or `b` off"
        );
        assert_eq!(
            message(Everything, &[("a", Flag(false), 3), ("c", Flag(true), 4)]),
            "b.toml:4:5: feature `c` = true needs `b`, which is off because it needs `a`; turn `b` on or `c` off"
        );
        assert_eq!(
            message(Minimum, &[("c", Flag(true), 7)]),
            "b.toml:7:5: feature `c` = true needs `b`, which is off by default at level `minimum`; turn `b` on or `c` off"
        );
        assert_eq!(
            message(Minimum, &[("a", Flag(false), 1), ("e", Choice("some"), 2)]),
            "b.toml:2:5: feature `e` = some needs `a`, which is set to false at b.toml:1:5; turn `a` on or `e` off"
        );
        // A choice's off value needs nothing.
        assert!(resolve_in(CHAIN, Minimum, &set(&[("a", Flag(false), 1), ("e", Choice("none"), 2)])).is_ok());
    }

    #[test]
    fn malformed_tables_are_caught() {
        let cases: [(&[Feature], &str, Problem); 11] = [
            (&[flag("Help", None, &[], "")], "Help", Problem::BadName),
            (&[flag("a", None, &[], ""), flag("a", None, &[], "")], "a", Problem::Duplicate),
            (&[choice("level", &["x"], &[(Minimum, "x")], &[], "")], "level", Problem::ReservedName),
            (&[choice("x", &[], &[(Minimum, "x")], &[], "")], "x", Problem::NoValues),
            (&[choice("x", &["a b"], &[(Minimum, "a b")], &[], "")], "x", Problem::BadValue),
            (&[choice("x", &["a", "a"], &[(Minimum, "a")], &[], "")], "x", Problem::DuplicateValue),
            (&[choice("x", &["a"], &[(Core, "a")], &[], "")], "x", Problem::BadDefaults),
            (
                &[choice("x", &["a", "b"], &[(Minimum, "a"), (Full, "b"), (Core, "a")], &[], "")],
                "x",
                Problem::BadDefaults,
            ),
            (&[choice("x", &["a"], &[(Minimum, "b")], &[], "")], "x", Problem::DefaultNotAValue),
            (&[flag("b", None, &["a"], ""), flag("a", None, &[], "")], "b", Problem::UnknownRequirement),
            (
                &[flag("a", Some(Full), &[], ""), flag("b", Some(Extra), &["a"], "")],
                "b",
                Problem::DefaultBreaksRequirement,
            ),
        ];
        for (table, name, problem) in cases {
            assert_eq!(first_problem(table), Some((name, problem)));
        }
        let needs_a_choice = [choice("x", &["a"], &[(Minimum, "a")], &[], ""), flag("b", None, &["x"], "")];
        assert_eq!(first_problem(&needs_a_choice), Some(("b", Problem::UnknownRequirement)));
    }

    #[test]
    fn check_cfgs_of_a_table() {
        assert_eq!(
            check_cfgs_of(CHAIN),
            ["cfg(mp_feature, values(\"a\", \"b\", \"c\", \"d\"))", "cfg(mp_e, values(\"none\", \"some\"))"]
        );
    }

    #[test]
    fn markdown_of_a_table() {
        assert_eq!(
            markdown_of(CHAIN),
            "| feature | values | default | needs | what it gates |\n\
             |---|---|---|---|---|\n\
             | `a` | bool | on |  | A |\n\
             | `b` | bool | on from `core` | `a` | B |\n\
             | `c` | bool | on from `basic` | `b` | C |\n\
             | `e` | `none`, `some` | `none`; `some` from `extra` | `a` | E \\| F |\n\
             | `d` | bool | off |  | D |\n"
        );
    }
}
