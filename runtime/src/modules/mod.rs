//! Built-in modules. Each is a ROM `Module` named `MODULE`, compiled in when the board's
//! board.toml lists it (`cfg(mp_module = "...")`), and found by `import` through the
//! board's module table.

#[cfg(mp_module = "array")]
pub mod array;
#[cfg(mp_module = "binascii")]
pub mod binascii;
pub mod builtins;
pub mod builtins_num;
pub mod builtins_str;
#[cfg(all(mp_module = "cmath", mp_feature = "complex", not(mp_float = "none")))]
pub mod cmath;
#[cfg(mp_module = "collections")]
pub mod collections;
#[cfg(mp_module = "errno")]
pub mod errno;
#[cfg(mp_module = "gc")]
pub mod gc;
#[cfg(mp_module = "hashlib")]
pub mod hashlib;
#[cfg(mp_module = "heapq")]
pub mod heapq;
#[cfg(mp_feature = "help")]
pub mod help;
#[cfg(mp_module = "io")]
pub mod io;
#[cfg(mp_module = "json")]
pub mod json;
#[cfg(all(mp_module = "math", not(mp_float = "none")))]
pub mod math;
#[cfg(mp_module = "micropython")]
pub mod micropython;
#[cfg(mp_module = "os")]
pub mod os;
#[cfg(mp_module = "random")]
pub mod random;
#[cfg(mp_module = "re")]
pub mod re;
#[cfg(mp_module = "select")]
pub mod select;
#[cfg(mp_module = "struct")]
pub mod r#struct;
#[cfg(mp_module = "sys")]
pub mod sys;
#[cfg(mp_module = "time")]
pub mod time;
