use runtime::{mp_class, mp_exception, mp_function, mp_methods};

#[mp_class]
pub struct Counter {
    value: i64,
}

#[mp_methods]
impl Counter {
    #[mp_function]
    fn value(&self) -> i64 {
        self.value
    }
}

#[mp_exception(base = ValueError)]
pub struct SensorError;

fn main() {}
