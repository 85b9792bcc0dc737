//! A compact `#![no_std]` Python runtime: MicroPython's `py/` core in Rust.
//!
//! The pipeline: [`lexer`] → [`parse`] → [`compile`] → [`bytecode`] → [`vm`], over
//! objects ([`obj`]) in one GC heap ([`gc`]) the board gives the runtime, with names
//! interned at build time ([`qstr`]). A board implements [`Hal`] and calls
//! [`run_repl_forever`], [`repl::run`] or [`with_runtime`] + [`exec_str`].
//!
//! Configuration comes from the board's `board.toml` (see `docs/ARCHITECTURE.md`), as cfgs
//! that `build.rs` sets:
//!
//! | cfg | set when |
//! |---|---|
//! | `mp_feature = "<flag>"` | the flag is on: `attrtuple`, `help`, `doc_strings`, `gc_stress`, ... |
//! | `mp_<choice> = "<value>"` | always, with the choice's value: `mp_float = "none"`, `mp_longint = "mpz"`, ... |
//! | `mp_level = "<level>"` | always: `minimum` ... `everything` |
//! | `mp_module = "<name>"` | the built-in module is listed in `[modules] builtin` |
//!
//! Every feature, its values, its default at each level and what it gates is listed in
//! `docs/FEATURES.md`, generated from the one table that defines them (`config`'s
//! `FEATURES`). Every cfg value is declared with `rustc-check-cfg`: a misspelt
//! `#[cfg(mp_feature = "...")]` is a warning.
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
pub mod freeze;
pub mod gc;
pub mod hal;
pub mod lexer;
pub mod modules;
#[cfg(mp_feature = "persistent_code")]
pub mod mpy;
pub mod msg;
pub mod obj;
pub mod os_hal;
pub mod parse;
pub mod print;
pub mod repl;
pub mod sched;
#[cfg(test)]
pub mod testing;
pub mod vm;

pub use exec::{
    exec_and_report, exec_str, globals, report, run_atexit, run_main_module, set_argv, set_executable, set_opt_level,
    set_path, set_path0, with_runtime, Outcome,
};
pub use gc::GcVec;
pub use hal::{Hal, ImportStat};
pub use macros::{mp_class, mp_const, mp_exception, mp_function, mp_methods, mp_module};
pub use msg::Msg;
pub use obj::exc::{self, Exc};
pub use obj::module::{Module, ModuleMap};
pub use obj::Obj;
pub use repl::run_repl_forever;
