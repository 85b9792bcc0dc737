//! `example`: a richer native module than `myport`, written as README's "adding a module"
//! section shows: a function with defaults and keywords, a class with a constructor,
//! methods, getters and setters, `__repr__` and an iterator, a container class holding
//! Python objects, and a custom exception.
//!
//! ```python
//! import example
//! example.scale(3, factor=10, offset=1)     # 31
//! c = example.Counter(5, step=2)
//! c.incr(); c.value                         # 7
//! list(c.upto(11))                          # [7, 9, 11]
//! try:
//!     example.read_sensor(9)
//! except example.SensorError as e:
//!     print(e)                              # no such channel
//! ```
//!
//! A board adds it with two lines that its build checks against each other: `example =
//! "../modules/example"` under `[modules] user` in board.toml and `example = { path =
//! "../modules/example" }` under `[dependencies]` in Cargo.toml.
#![no_std]
use runtime::{mp_class, mp_const, mp_exception, mp_function, mp_methods, mp_module, Exc, Obj};

#[mp_module]
pub mod example {
    use super::*;
    use runtime::obj::native_class::borrow;
    use runtime::print::{print_int, Print, StrBuf};

    /// `scale(x, factor=2, *, offset=0)`: `x * factor + offset`.
    #[mp_function(signature = (x, factor=2, *, offset=0))]
    fn scale(x: i64, factor: i64, offset: i64) -> Result<i64, Exc> {
        x.checked_mul(factor).and_then(|v| v.checked_add(offset)).ok_or_else(runtime::exc::overflow)
    }

    /// Raised for a sensor that cannot be read; a `ValueError`.
    #[mp_exception(base = ValueError)]
    pub struct SensorError(pub &'static str);

    /// Raised when a counter would pass its limit; a `SensorError`.
    #[mp_exception(base = SensorError)]
    pub struct LimitError;

    /// `read_sensor(channel)`: a made-up reading of channel 0 to 3; `SensorError` for
    /// another channel.
    #[mp_function]
    fn read_sensor(channel: i32) -> Result<i32, SensorError> {
        match channel {
            0..=3 => Ok(100 + channel * 10),
            _ => Err(SensorError("no such channel")),
        }
    }

    /// A counter: `Counter(start=0, step=1)`.
    #[mp_class]
    pub struct Counter {
        value: i64,
        step: i64,
    }

    #[mp_methods]
    impl Counter {
        /// The most a counter counts to.
        #[mp_const]
        const LIMIT: i64 = 1_000_000;

        #[new]
        #[mp_function(signature = (start=0, step=1))]
        fn new(start: i64, step: i64) -> Result<Self, SensorError> {
            if step == 0 {
                return Err(SensorError("step must not be zero"));
            }
            Ok(Counter { value: start, step })
        }

        /// Count one step; the new value. `LimitError` past `LIMIT`.
        #[mp_function]
        fn incr(&mut self) -> Result<i64, LimitError> {
            let v = self.value + self.step;
            if v > Self::LIMIT {
                return Err(LimitError);
            }
            self.value = v;
            Ok(v)
        }

        /// `add(n=1, *, times=1)`: count `n * times` steps.
        #[mp_function(signature = (n=1, *, times=1))]
        fn add(&mut self, n: i64, times: i64) -> i64 {
            self.value += n * times * self.step;
            self.value
        }

        /// Call `f()` while this counter is borrowed mutably (re-entering it from `f`
        /// raises `RuntimeError`), then count one step.
        #[mp_function]
        fn update(&mut self, f: Obj) -> Result<i64, Exc> {
            runtime::obj::call(f, &[])?;
            self.value += self.step;
            Ok(self.value)
        }

        /// Call `f()` while this counter is borrowed (shared): `f` may read it, not change it.
        #[mp_function]
        fn peek(&self, f: Obj) -> Result<Obj, Exc> {
            runtime::obj::call(f, &[])
        }

        #[getter]
        #[mp_function]
        fn value(&self) -> i64 {
            self.value
        }

        #[setter]
        #[mp_function]
        fn set_value(&mut self, value: i64) {
            self.value = value;
        }

        #[getter]
        #[mp_function]
        fn step(&self) -> i64 {
            self.step
        }

        /// `upto(stop)`: an iterator over the values from this one to `stop`, a step apart.
        #[mp_function]
        fn upto(&self, stop: i64) -> CountIter {
            CountIter { next: self.value, stop, step: self.step }
        }

        /// `Counter.zero()`: a counter at 0.
        #[staticmethod]
        #[mp_function]
        fn zero() -> Counter {
            Counter { value: 0, step: 1 }
        }

        /// `Counter.of(n)`: `cls(n)`, so a subclass makes its own kind.
        #[classmethod]
        #[mp_function]
        fn of(cls: Obj, n: i64) -> Result<Obj, Exc> {
            runtime::obj::call(cls, &[Obj::small_int(n as isize)])
        }

        #[mp_function]
        fn __repr__(&self) -> Result<StrBuf, Exc> {
            let mut s = StrBuf::new();
            s.write_str("Counter(")?;
            print_int(&mut s, self.value)?;
            s.write_str(", step=")?;
            print_int(&mut s, self.step)?;
            s.write_str(")")?;
            Ok(s)
        }

        #[mp_function]
        fn __iter__(&self) -> CountIter {
            CountIter { next: self.value, stop: Self::LIMIT, step: self.step }
        }

        #[mp_function]
        fn __eq__(&self, other: Obj) -> Result<bool, Exc> {
            Ok(match borrow::<Counter>(other) {
                Ok(o) => o.value == self.value && o.step == self.step,
                Err(_) => false,
            })
        }

        #[mp_function]
        fn __lt__(&self, other: Obj) -> Result<bool, Exc> {
            Ok(self.value < borrow::<Counter>(other)?.value)
        }

        #[mp_function]
        fn __hash__(&self) -> isize {
            self.value as isize
        }

        #[mp_function]
        fn __bool__(&self) -> bool {
            self.value != 0
        }

        #[mp_function]
        fn __add__(&self, n: i64) -> Counter {
            Counter { value: self.value + n, step: self.step }
        }

        /// `n + counter`: the reflected `__add__`.
        #[mp_function]
        fn __radd__(&self, n: i64) -> Counter {
            Counter { value: n + self.value, step: self.step }
        }

        /// `counter -= n`: in place (returning nothing keeps `counter` bound to itself).
        #[mp_function]
        fn __isub__(&mut self, n: i64) {
            self.value -= n;
        }

        #[mp_function]
        fn __neg__(&self) -> Counter {
            Counter { value: -self.value, step: -self.step }
        }

        #[mp_function]
        fn __call__(&mut self, n: i64) -> i64 {
            self.value += n;
            self.value
        }
    }

    /// The iterator `Counter.upto` and `iter(counter)` return.
    #[mp_class]
    pub struct CountIter {
        next: i64,
        stop: i64,
        step: i64,
    }

    #[mp_methods]
    impl CountIter {
        #[mp_function]
        fn __iter__(slf: Obj) -> Obj {
            slf
        }

        #[mp_function]
        fn __next__(&mut self) -> Option<i64> {
            let done = if self.step > 0 { self.next > self.stop } else { self.next < self.stop };
            if done {
                return None;
            }
            let v = self.next;
            self.next += self.step;
            Some(v)
        }
    }

    /// `Version(major, minor=0)`: an immutable value. No method takes `&mut self`, so the
    /// class is frozen: its `&self` calls skip the borrow count.
    #[mp_class]
    pub struct Version {
        major: u16,
        minor: u16,
    }

    #[mp_methods]
    impl Version {
        #[new]
        #[mp_function(signature = (major, minor=0))]
        fn new(major: u16, minor: u16) -> Self {
            Version { major, minor }
        }

        #[getter]
        #[mp_function]
        fn major(&self) -> u16 {
            self.major
        }

        #[getter]
        #[mp_function]
        fn minor(&self) -> u16 {
            self.minor
        }

        /// `bump()`: the next minor version, a new object.
        #[mp_function]
        fn bump(&self) -> Version {
            Version { major: self.major, minor: self.minor.saturating_add(1) }
        }

        #[mp_function]
        fn __str__(&self) -> Result<StrBuf, Exc> {
            let mut s = StrBuf::new();
            print_int(&mut s, self.major.into())?;
            s.write_str(".")?;
            print_int(&mut s, self.minor.into())?;
            Ok(s)
        }

        #[mp_function]
        fn __eq__(&self, other: Obj) -> bool {
            borrow::<Version>(other).is_ok_and(|o| (o.major, o.minor) == (self.major, self.minor))
        }

        #[mp_function]
        fn __lt__(&self, other: Obj) -> Result<bool, Exc> {
            let o = borrow::<Version>(other)?;
            Ok((self.major, self.minor) < (o.major, o.minor))
        }

        #[mp_function]
        fn __hash__(&self) -> u32 {
            (u32::from(self.major) << 16) | u32::from(self.minor)
        }

        /// Call `f()` while this version is borrowed: shared borrows of a frozen class
        /// are not counted, and nothing can take an exclusive one.
        #[mp_function]
        fn visit(&self, f: Obj) -> Result<Obj, Exc> {
            runtime::obj::call(f, &[])
        }
    }

    /// `Handle(n)`: stands for a resource (a peripheral, a buffer in another memory) that
    /// must be let go when the program no longer holds it: `__del__` runs before the GC
    /// frees the instance (boards with the `finaliser` feature), and for every instance left
    /// when the runtime ends. `close()` lets it go early; `released()` counts releases.
    #[mp_class]
    pub struct Handle {
        id: u32,
        open: bool,
    }

    static RELEASED: core::sync::atomic::AtomicUsize = core::sync::atomic::AtomicUsize::new(0);

    /// How many handles were let go (closed or finalised).
    #[mp_function]
    fn released() -> usize {
        RELEASED.load(core::sync::atomic::Ordering::Relaxed)
    }

    #[mp_methods]
    impl Handle {
        #[new]
        #[mp_function]
        fn new(id: u32) -> Self {
            Handle { id, open: true }
        }

        /// Let the resource go (once; later calls, and the finaliser, do nothing).
        #[mp_function]
        fn close(&mut self) {
            if self.open {
                self.open = false;
                RELEASED.fetch_add(1, core::sync::atomic::Ordering::Relaxed);
            }
        }

        #[getter]
        #[mp_function]
        fn id(&self) -> u32 {
            self.id
        }

        #[mp_function]
        fn __del__(&mut self) {
            self.close();
        }
    }

    /// `Bag(size)`: a fixed number of slots holding Python objects (the GC keeps them
    /// alive through the instance), with `len`, `[]`, `in` and `with`.
    #[mp_class]
    pub struct Bag {
        items: [Obj; 8],
        len: usize,
        open: bool,
    }

    #[mp_methods]
    impl Bag {
        /// The most slots a bag has.
        #[mp_const]
        const CAPACITY: usize = 8;

        #[new]
        #[mp_function]
        fn new(size: usize) -> Result<Self, Exc> {
            if size > Self::CAPACITY {
                return Err(runtime::exc::value_error(runtime::msg!("bag too big")));
            }
            Ok(Bag { items: [Obj::NONE; 8], len: size, open: false })
        }

        fn index(&self, i: isize) -> Result<usize, Exc> {
            let j = if i < 0 { i + self.len as isize } else { i };
            if j < 0 || j >= self.len as isize {
                return Err(runtime::exc::index_error(runtime::msg!("bag index out of range")));
            }
            Ok(j as usize)
        }

        #[mp_function]
        fn __len__(&self) -> usize {
            self.len
        }

        #[mp_function]
        fn __getitem__(&self, i: isize) -> Result<Obj, Exc> {
            Ok(self.items[self.index(i)?])
        }

        #[mp_function]
        fn __setitem__(&mut self, i: isize, value: Obj) -> Result<(), Exc> {
            let j = self.index(i)?;
            self.items[j] = value;
            Ok(())
        }

        #[mp_function]
        fn __delitem__(&mut self, i: isize) -> Result<(), Exc> {
            let j = self.index(i)?;
            self.items[j] = Obj::NONE;
            Ok(())
        }

        #[mp_function]
        fn __contains__(&self, x: Obj) -> Result<bool, Exc> {
            for &item in &self.items[..self.len] {
                if runtime::obj::equal(item, x)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }

        #[mp_function]
        fn __enter__(slf: Obj) -> Result<Obj, Exc> {
            runtime::obj::native_class::borrow_mut::<Bag>(slf)?.open = true;
            Ok(slf)
        }

        #[mp_function]
        fn __exit__(&mut self, _ty: Obj, _value: Obj, _tb: Obj) -> bool {
            self.open = false;
            false
        }

        #[getter]
        #[mp_function]
        fn is_open(&self) -> bool {
            self.open
        }
    }
}
