use runtime::{mp_function, mp_module};

#[mp_module]
pub mod m {
    use super::*;

    // A writable buffer is `&[Cell<u8>]`: two arguments may be one bytearray.
    #[mp_function]
    fn fill(buf: &mut [u8], value: u8) {
        buf.fill(value);
    }
}

fn main() {}
