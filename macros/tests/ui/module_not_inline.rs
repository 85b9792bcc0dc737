use runtime::mp_module;

#[mp_module]
#[path = "module_not_inline/m.rs"]
pub mod m;

fn main() {}
