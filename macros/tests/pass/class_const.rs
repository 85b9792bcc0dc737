// A module constant that is a ROM instance of one of the module's (frozen) classes, in a
// tuple too, and one compiled out by its `#[cfg]` (its dict entry goes with it). Python
// names must be ones the board's qstr table has.
use runtime::{mp_class, mp_const, mp_function, mp_methods, mp_module, Obj};

#[mp_module(name = "machine")]
pub mod m {
    use super::*;

    #[mp_class(name = "mem")]
    pub struct Mem {
        width: u8,
    }

    #[mp_methods]
    impl Mem {
        #[mp_function]
        fn __getitem__(&self, i: Obj) -> (u8, Obj) {
            (self.width, i)
        }
    }

    #[mp_const(name = "mem8")]
    const MEM8: Mem = Mem { width: 1 };

    #[cfg(any())]
    #[mp_const(name = "mem16")]
    const MEM16: Mem = Mem { width: 2 };

    #[mp_const(name = "value")]
    const PAIR: (Mem, i32) = (Mem { width: 4 }, 1);
}

fn main() {
    let _ = &m::__MP_MODULE;
}
