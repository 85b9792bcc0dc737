//! Built-in modules. Each is a ROM `Module` named `MODULE`, compiled in when the board's
//! board.toml lists it (`cfg(mp_module = "...")`), and found by `import` through the
//! board's module table.

pub mod builtins;
pub mod builtins_num;
pub mod builtins_str;
#[cfg(all(mp_module = "cmath", mp_feature = "complex", not(mp_float = "none")))]
pub mod cmath;
#[cfg(mp_module = "collections")]
pub mod collections;
#[cfg(mp_module = "gc")]
pub mod gc;
#[cfg(all(mp_module = "math", not(mp_float = "none")))]
pub mod math;
#[cfg(mp_module = "micropython")]
pub mod micropython;
#[cfg(mp_module = "random")]
pub mod random;
#[cfg(mp_module = "struct")]
pub mod r#struct;
#[cfg(mp_module = "sys")]
pub mod sys;
#[cfg(mp_module = "time")]
pub mod time;
