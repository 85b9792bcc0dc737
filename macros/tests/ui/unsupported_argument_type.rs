use runtime::{mp_function, mp_module};

#[mp_module]
pub mod m {
    use super::*;

    #[mp_function]
    fn sum(values: Vec<u8>) -> u32 {
        values.iter().map(|&v| u32::from(v)).sum()
    }
}

fn main() {}
