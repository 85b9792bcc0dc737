use runtime::{mp_const, mp_function};

#[mp_function]
fn info() {}

#[mp_const]
const ANSWER: i32 = 42;

fn main() {
    info();
    let _ = ANSWER;
}
