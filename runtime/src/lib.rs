//! A compact `#![no_std]` Python runtime: MicroPython's `py/` core in Rust.
//!
//! The pipeline: [`lexer`] → [`parse`] → [`compile`] → [`bytecode`] → [`vm`], over
//! objects ([`obj`]) in one GC heap ([`gc`]) the board gives the runtime, with names
//! interned at build time ([`qstr`]). A board implements [`Hal`] and calls
//! [`run_repl_forever`], [`repl::run`] or [`with_runtime`] + [`exec_str`].
//!
//! Configuration comes from the board's `board.toml` (see `docs/ARCHITECTURE.md`):
//!
//! | cfg | meaning |
//! |---|---|
//! | `mp_feature = "attrtuple"` | `sys.implementation` as a named tuple |
//! | `mp_feature = "gc_stress"` | collect before every allocation |
//! | `mp_feature = "doc_strings"` | keep `///` docs of native functions as `__doc__` |
//! | `mp_feature = "help"` | the banner's `Type "help()"` line |
//! | `mp_feature = "repl_auto_indent"` | auto-indent continuation lines |
//! | `mp_module = "sys"` | built-in modules compiled in |
#![cfg_attr(not(test), no_std)]
#![allow(clippy::module_inception)]

extern crate self as runtime;

#[macro_use]
pub mod qstr;

/// Constants from the board's board.toml (`HEAP_SIZE`, `BOARD_NAME`, `MCU_NAME`, ...).
pub mod config {
    include!(concat!(env!("OUT_DIR"), "/config.rs"));
}

#[doc(hidden)]
#[path = "private.rs"]
pub mod __private;
pub mod bytecode;
pub mod compile;
pub mod convert;
mod exec;
pub mod gc;
pub mod hal;
pub mod lexer;
pub mod modules;
pub mod obj;
pub mod parse;
pub mod print;
pub mod repl;
#[cfg(test)]
pub mod testing;
pub mod vm;

pub use exec::{exec_and_report, exec_str, globals, report, with_runtime, Outcome};
pub use hal::Hal;
pub use macros::{mp_const, mp_function, mp_module};
pub use obj::exc::{self, Exc};
pub use obj::module::{Module, ModuleMap};
pub use obj::Obj;
pub use repl::run_repl_forever;
