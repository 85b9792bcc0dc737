use runtime::{mp_class, mp_function, mp_methods, mp_module, Obj};

#[mp_module(name = "example")]
mod example {
    use super::*;

    #[mp_class]
    pub struct Counter {
        value: i64,
    }

    #[mp_methods]
    impl Counter {
        #[new]
        #[mp_function]
        fn new(&self) -> Self {
            Counter { value: self.value }
        }

        #[mp_function]
        fn incr(self) -> i64 {
            self.value
        }

        #[mp_function]
        fn add(n: i64) -> i64 {
            n
        }

        #[mp_function]
        fn value(slf: i64) -> i64 {
            slf
        }

        #[mp_function]
        fn scale(&self, factor: f32, v: Vec<u8>) -> i64 {
            let _ = v;
            self.value * factor as i64
        }

        #[staticmethod]
        #[mp_function]
        fn zero(&self) -> Obj {
            Obj::NONE
        }

        #[getter]
        fn missing_mark(&self) -> i64 {
            self.value
        }
    }
}

fn main() {}
