//! `random` (MicroPython's `extmod/modrandom.c`): `getrandbits seed randrange randint
//! choice random uniform` over the same generator, Yasmarang (a 32-bit generator of four
//! state words by Ilya Levin), so a seeded sequence is MicroPython's number for number.
//!
//! As MicroPython: `getrandbits(n)` takes `0 <= n <= 32`; a bound below `n` is drawn by
//! masking to the next power of two and drawing again while out of range; `random()`
//! fills a float's fraction bits from one draw (single precision) or two (double, the
//! first draw giving the high bits); `randrange`/`randint` raise a bare `ValueError` for
//! an empty range and `choice` a bare `IndexError` for an empty sequence. Bounds past 32
//! bits (where MicroPython's 64-bit unix port truncates to 32 bits and may loop forever)
//! are drawn from two draws the same way.
//!
//! The state is four words of atomics (the runtime runs on one core; atomics just avoid
//! `unsafe`). Until `seed(n)` is called it is seeded once from the clock, as the unix
//! port seeds itself at import; `seed()` and `seed(None)` seed from the clock again.

use core::sync::atomic::{AtomicBool, AtomicU32, Ordering::Relaxed};

use crate::gc::root;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::{int, Obj};

pub static MODULE: Module = Module::new(qstr!("random"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("random"))),
    RomEntry::new(qstr!("getrandbits"), Obj::from_static(&GETRANDBITS)),
    RomEntry::new(qstr!("seed"), Obj::from_static(&SEED)),
    RomEntry::new(qstr!("randrange"), Obj::from_static(&RANDRANGE)),
    RomEntry::new(qstr!("randint"), Obj::from_static(&RANDINT)),
    RomEntry::new(qstr!("choice"), Obj::from_static(&CHOICE)),
    #[cfg(not(mp_float = "none"))]
    RomEntry::new(qstr!("random"), Obj::from_static(&RANDOM)),
    #[cfg(not(mp_float = "none"))]
    RomEntry::new(qstr!("uniform"), Obj::from_static(&UNIFORM)),
]));

static GETRANDBITS: NativeFn = NativeFn::new(qstr!("getrandbits"), 1, 1, random_getrandbits);
static SEED: NativeFn = NativeFn::new(qstr!("seed"), 0, 1, random_seed);
static RANDRANGE: NativeFn = NativeFn::new(qstr!("randrange"), 1, 3, random_randrange);
static RANDINT: NativeFn = NativeFn::new(qstr!("randint"), 2, 2, random_randint);
static CHOICE: NativeFn = NativeFn::new(qstr!("choice"), 1, 1, random_choice);
#[cfg(not(mp_float = "none"))]
static RANDOM: NativeFn = NativeFn::new(qstr!("random"), 0, 0, |_| crate::obj::float::new(draw_float()));
#[cfg(not(mp_float = "none"))]
static UNIFORM: NativeFn = NativeFn::new(qstr!("uniform"), 2, 2, random_uniform);

static PAD: AtomicU32 = AtomicU32::new(0xeda4_baba);
static N: AtomicU32 = AtomicU32::new(69);
static D: AtomicU32 = AtomicU32::new(233);
static DAT: AtomicU32 = AtomicU32::new(0);
static SEEDED: AtomicBool = AtomicBool::new(false);

fn set_seed(seed: u32) {
    PAD.store(seed, Relaxed);
    N.store(69, Relaxed);
    D.store(233, Relaxed);
    DAT.store(0, Relaxed);
    SEEDED.store(true, Relaxed);
}

/// A seed from the clocks: the wall clock and the finest ticks counter.
fn clock_seed() -> u32 {
    root::with_hal(|h| {
        let ns = h.time_ns();
        (ns as u32) ^ ((ns >> 32) as u32) ^ h.ticks_cpu().rotate_left(16)
    })
    .unwrap_or(0)
}

/// The next 32 bits of Yasmarang.
fn next() -> u32 {
    if !SEEDED.load(Relaxed) {
        set_seed(clock_seed());
    }
    let (n, mut d, mut dat) = (N.load(Relaxed), D.load(Relaxed), DAT.load(Relaxed));
    let mut pad = PAD.load(Relaxed).wrapping_add(dat).wrapping_add(d.wrapping_mul(n));
    pad = pad.rotate_left(3);
    d ^= (pad << 31).wrapping_add(pad >> 1);
    dat = (dat ^ pad ^ (d >> 8) ^ 1) & 0xff;
    PAD.store(pad, Relaxed);
    N.store(pad | 2, Relaxed);
    D.store(d, Relaxed);
    DAT.store(dat, Relaxed);
    pad ^ (d << 5) ^ (pad >> 18) ^ (dat << 1)
}

/// A number in `0..n` (`n > 0`): draws masked to `n`'s bit length until one is below `n`
/// (MicroPython's `yasmarang_randbelow`; two draws per try past 32 bits, high word first).
fn below(n: u64) -> u64 {
    let mask = u64::MAX >> n.leading_zeros();
    loop {
        let r = if n > u64::from(u32::MAX) { (u64::from(next()) << 32) | u64::from(next()) } else { u64::from(next()) };
        if r & mask < n {
            return r & mask;
        }
    }
}

#[cold]
fn empty_range() -> Exc {
    exc::new(&exc::VALUE_ERROR, &[])
}

fn random_getrandbits(args: &[Obj]) -> Result<Obj, Exc> {
    let n = int::expect_i64(args[0])?;
    if !(0..=32).contains(&n) {
        return Err(exc::value_error(msg!("bits must be 32 or less")));
    }
    if n == 0 {
        return Ok(Obj::small_int(0));
    }
    int::from_u64(u64::from(next() & (u32::MAX >> (32 - n))))
}

fn random_seed(args: &[Obj]) -> Result<Obj, Exc> {
    let seed = match args.first() {
        None => clock_seed(),
        Some(&o) if o == Obj::NONE => clock_seed(),
        Some(&o) => low_bits(o)?,
    };
    set_seed(seed);
    Ok(Obj::NONE)
}

/// The low 32 bits of an int's two's-complement value (`mp_obj_get_int_truncated`).
fn low_bits(o: Obj) -> Result<u32, Exc> {
    if let Some(v) = int::as_i64(o) {
        return Ok(v as u32);
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(l) = crate::obj::longint::as_long(o) {
        let low = l.digits.first().copied().unwrap_or(0);
        return Ok(if l.neg { low.wrapping_neg() } else { low });
    }
    Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[o.ty().name()]))
}

/// `start + step * below(n)` for a range of `n` items, or `ValueError` when it is empty.
fn pick(start: i128, step: i128, n: i128) -> Result<Obj, Exc> {
    let n = u64::try_from(n).ok().filter(|&n| n > 0).ok_or_else(empty_range)?;
    let v = start + step * i128::from(below(n));
    // The value lies inside the range, whose ends are i64s.
    int::from_i64(v as i64)
}

fn random_randrange(args: &[Obj]) -> Result<Obj, Exc> {
    let mut v = [0i128; 3];
    for (slot, &a) in v.iter_mut().zip(args) {
        *slot = i128::from(int::expect_i64(a)?);
    }
    match args.len() {
        1 => pick(0, 1, v[0]),
        2 => pick(v[0], 1, v[1] - v[0]),
        _ => {
            let (start, stop, step) = (v[0], v[1], v[2]);
            let n = match step {
                0 => return Err(empty_range()),
                s if s > 0 => (stop - start + s - 1) / s,
                s => (stop - start + s + 1) / s,
            };
            pick(start, step, n)
        }
    }
}

fn random_randint(args: &[Obj]) -> Result<Obj, Exc> {
    let (a, b) = (i128::from(int::expect_i64(args[0])?), i128::from(int::expect_i64(args[1])?));
    pick(a, 1, b - a + 1)
}

fn random_choice(args: &[Obj]) -> Result<Obj, Exc> {
    let seq = args[0];
    let n = crate::obj::len(seq)?;
    if n == 0 {
        return Err(exc::new(&exc::INDEX_ERROR, &[]));
    }
    let i = below(n as u64) as i64;
    crate::obj::subscr(seq, int::from_i64(i)?, Obj::NULL)
}

/// A float in `[0, 1)`: 1.x with random fraction bits, minus 1.
#[cfg(not(mp_float = "none"))]
fn draw_float() -> crate::obj::float::Float {
    #[cfg(mp_float = "double")]
    {
        let hi = u64::from(next());
        let frac = ((hi << 32) | u64::from(next())) & ((1 << 52) - 1);
        f64::from_bits((1023 << 52) | frac) - 1.0
    }
    #[cfg(mp_float = "float")]
    {
        f32::from_bits((127 << 23) | (next() & ((1 << 23) - 1))) - 1.0
    }
}

#[cfg(not(mp_float = "none"))]
fn random_uniform(args: &[Obj]) -> Result<Obj, Exc> {
    use crate::obj::float;
    let (a, b) = (float::expect(args[0])?, float::expect(args[1])?);
    float::new(a + (b - a) * draw_float())
}
