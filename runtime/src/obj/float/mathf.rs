//! sin, cos, tan, asin, hypot and lgamma in `f32` arithmetic only (board.toml
//! `float = "float"`). The `libm` crate's single-precision versions of these compute in
//! `f64`, which on a single-precision FPU (the Cortex-M4's) is software floating point:
//! 6 KB of flash and a hundred-odd cycles per operation. Here every operation is an `f32`
//! one, or integer arithmetic.
//!
//! - Arguments of sin, cos and tan are reduced by π/2 exactly: the float's 24-bit mantissa
//!   times a 96-bit window of the bits of 2/π (Payne and Hanek's method, in integers),
//!   giving the quadrant and a 64-bit fraction of it. Near a multiple of π/2 no precision is
//!   lost, at any magnitude.
//! - The kernels on [-π/4, π/4] are the Taylor series far enough that the truncation is
//!   below half a unit in the last place.
//! - lgamma for x > 0 recurs to lgamma(2 + t) = t·Q(t), t in [-½, ½) and exact, with Q a
//!   degree-8 polynomial (a Chebyshev fit, relative error 4.5e-9), so lgamma(1) and
//!   lgamma(2) are exactly 0; from 8 up it is Stirling's series; below 0 the reflection
//!   formula.
//!
//! Results are within a few units in the last place (tests/numbers/math_trig_range.py and
//! math_gamma.py compare them with CPython's to the digits single precision holds).

use core::f32::consts::PI;

/// The bits of 2/π after the binary point, preceded by one word of zeros so that the
/// window of an argument in (π/4, 1) (whose bits start before the point) needs no
/// special case.
const TWO_OVER_PI: [u32; 10] = [
    0,
    0xA2F9_836E,
    0x4E44_1529,
    0xFC27_57D1,
    0xF534_DDC0,
    0xDB62_9599,
    0x3C43_9041,
    0xFE51_63AB,
    0xDEBB_C561,
    0xB724_6E3A,
];

/// π/2 × 2**62, rounded.
const PIO2_Q62: u64 = 0x6487_ED51_10B4_611A;

/// The high 64 bits of the 128-bit product `a × b`.
fn mul_high(a: u64, b: u64) -> u64 {
    let (a1, a0, b1, b0) = (a >> 32, a & 0xffff_ffff, b >> 32, b & 0xffff_ffff);
    let low = a0 * b0;
    let cross1 = a1 * b0 + (low >> 32);
    let cross2 = a0 * b1 + (cross1 & 0xffff_ffff);
    a1 * b1 + (cross1 >> 32) + (cross2 >> 32)
}

/// `(n, hi, lo)` with x = n·π/2 + hi + lo, |hi| ≤ π/4 and lo below hi's last place (finite
/// x).
fn reduce(x: f32) -> (i32, f32, f32) {
    let bits = x.to_bits();
    let abs = bits & 0x7fff_ffff;
    if abs <= 0x3f49_0fdb {
        // |x| ≤ π/4 (0x3f490fdb is π/4 rounded down).
        return (0, x, 0.0);
    }
    // |x| = m × 2**e with m the 24-bit mantissa; |x| > π/4, so the exponent is at least -1
    // and e ≥ -24.
    let m = u64::from((abs & 0x007f_ffff) | 0x0080_0000);
    let e = (abs >> 23) as i32 - 150;
    // |x|·2/π = m·Σ b_i 2**(e-i) over the bits b_i of 2/π. Terms with e - i ≥ 2 are
    // multiples of 4 and do not change the quadrant; bits from i = e - 1 on, 96 of them,
    // leave an error below 2**-70. Bit i is at position i + 31 of the table.
    let p = (e - 1 + 31) as usize;
    let (w, sh) = (p / 32, (p % 32) as u32);
    let word = |k: usize| {
        let pair = (u64::from(TWO_OVER_PI[w + k]) << 32) | u64::from(TWO_OVER_PI[w + k + 1]);
        (pair >> (32 - sh)) as u32 as u64
    };
    // P = m × (w0, w1, w2) has the quadrant in bits 95..94 and the fraction below.
    let lo = m * word(2);
    let mid = m * word(1) + (lo >> 32);
    let hi = m * word(0) + (mid >> 32);
    let top = (hi << 32) | (mid & 0xffff_ffff); // bits 95..32
    let mut n = (top >> 62) as i32;
    let frac = ((top << 2) | ((lo & 0xffff_ffff) >> 30)) as i64;
    // Round to the nearest quadrant: a fraction of a half or more is the next one, less
    // the rest (the i64 reading of those 64 bits).
    if frac < 0 {
        n += 1;
    }
    // r = frac/2**64 × π/2, in fixed point with 62 bits after the point, then as two floats.
    let r = mul_high(frac.unsigned_abs(), PIO2_Q62) as i64;
    let r = if (frac < 0) != (bits >> 31 != 0) { -r } else { r };
    let r_hi = r as f32;
    let r_lo = r.wrapping_sub(r_hi as i64) as f32;
    const SCALE: f32 = 1.0 / 4_611_686_018_427_387_904.0; // 2**-62
    let n = if bits >> 31 != 0 { -n } else { n };
    (n, r_hi * SCALE, r_lo * SCALE)
}

/// sin(hi + lo) for |hi| ≤ π/4: the series to r⁹ (the next term is below 2e-9 of the
/// result), with sin(hi + lo) ≈ sin hi + lo·cos hi.
fn sin_kernel(hi: f32, lo: f32) -> f32 {
    let z = hi * hi;
    let p = -1.0 / 6.0 + z * (1.0 / 120.0 + z * (-1.0 / 5040.0 + z * (1.0 / 362_880.0)));
    hi + (hi * z * p + lo * (1.0 - 0.5 * z))
}

/// cos(hi + lo) for |hi| ≤ π/4: the series to r¹⁰, with cos(hi + lo) ≈ cos hi - lo·hi and
/// the rounding of 1 - z/2 added back.
fn cos_kernel(hi: f32, lo: f32) -> f32 {
    let z = hi * hi;
    let p = 1.0 / 24.0 + z * (-1.0 / 720.0 + z * (1.0 / 40_320.0 + z * (-1.0 / 3_628_800.0)));
    let hz = 0.5 * z;
    let w = 1.0 - hz;
    w + (((1.0 - w) - hz) + (z * z * p - hi * lo))
}

/// Below this, sin x and tan x round to x (and -0.0 stays -0.0).
const TINY: f32 = 1.0 / 4096.0;

pub fn sin(x: f32) -> f32 {
    if !x.is_finite() {
        return f32::NAN;
    }
    if libm::fabsf(x) < TINY {
        return x;
    }
    let (n, hi, lo) = reduce(x);
    match n & 3 {
        0 => sin_kernel(hi, lo),
        1 => cos_kernel(hi, lo),
        2 => -sin_kernel(hi, lo),
        _ => -cos_kernel(hi, lo),
    }
}

pub fn cos(x: f32) -> f32 {
    if !x.is_finite() {
        return f32::NAN;
    }
    let (n, hi, lo) = reduce(x);
    match n & 3 {
        0 => cos_kernel(hi, lo),
        1 => -sin_kernel(hi, lo),
        2 => -cos_kernel(hi, lo),
        _ => sin_kernel(hi, lo),
    }
}

pub fn tan(x: f32) -> f32 {
    if !x.is_finite() {
        return f32::NAN;
    }
    if libm::fabsf(x) < TINY {
        return x;
    }
    let (n, hi, lo) = reduce(x);
    let (s, c) = (sin_kernel(hi, lo), cos_kernel(hi, lo));
    if n & 1 == 0 {
        s / c
    } else {
        -c / s
    }
}

/// asin x = atan2(x, √(1 - x²)), with 1 - x² as (1 - x)(1 + x) (exact near |x| = 1);
/// NaN past ±1.
pub fn asin(x: f32) -> f32 {
    libm::atan2f(x, libm::sqrtf((1.0 - x) * (1.0 + x)))
}

/// √(x² + y²) without overflow or underflow in between.
pub fn hypot(x: f32, y: f32) -> f32 {
    let (mut a, mut b) = (libm::fabsf(x), libm::fabsf(y));
    if a.is_infinite() || b.is_infinite() {
        return f32::INFINITY;
    }
    if a < b {
        core::mem::swap(&mut a, &mut b);
    }
    if b == 0.0 || a.is_nan() || b.is_nan() {
        return a + b;
    }
    if a < 1e18 && b > 1e-18 {
        // Both squares are normal floats: one rounding before the square root.
        return libm::sqrtf(a * a + b * b);
    }
    let r = b / a;
    a * libm::sqrtf(1.0 + r * r)
}

/// Q(t) = lgamma(2 + t) / t on [-0.5, 0.5], highest power first (a Chebyshev fit, made
/// with mpmath, of relative error 4.5e-9; Q(0) = 1 - γ).
const LGAMMA_Q: [f32; 9] = [
    -2.505_620_4e-4,
    5.702_512_6e-4,
    -1.187_484_8e-3,
    2.878_868_7e-3,
    -7.385_920_7e-3,
    2.058_162_5e-2,
    -6.735_229_5e-2,
    3.224_670_3e-1,
    4.227_843_3e-1,
];

/// ln|Γ(x)| for x > 0 (finite).
fn lgamma_positive(x: f32) -> f32 {
    if x >= 8.0 {
        // Stirling's series: (x - ½)(ln x - 1) + ½(ln 2π - 1) + 1/12x - 1/360x³ + 1/1260x⁵
        // (the next term is below 3e-10 from 8 up).
        let l = libm::logf(x);
        let w = 1.0 / x;
        let z = w * w;
        let s = w * (1.0 / 12.0 + z * (-1.0 / 360.0 + z * (1.0 / 1260.0)));
        return (x - 0.5) * (l - 1.0) + 0.418_938_53 + s;
    }
    // lgamma(2 + t) = t·Q(t) for t in [-½, ½), with t exact: Γ(x) = Γ(x + 2)/(x(x + 1))
    // below ½, Γ(x) = Γ(x + 1)/x below 1.5, Γ(x) = (x - 1)Γ(x - 1) from 2.5 (exact steps
    // below 8). A rounded x + 1 would cost up to 2e-7 next to the zero at 1.
    let near_2 = |t: f32| t * LGAMMA_Q.iter().fold(0.0f32, |acc, &c| acc * t + c);
    if x < 0.5 {
        return near_2(x) - libm::logf(x) - libm::log1pf(x);
    }
    if x < 1.5 {
        return near_2(x - 1.0) - libm::logf(x);
    }
    let (mut y, mut prod) = (x, 1.0f32);
    while y >= 2.5 {
        y -= 1.0;
        prod *= y;
    }
    near_2(y - 2.0) + libm::logf(prod)
}

/// sin(πx) for finite x, exact at the integers and half-integers.
fn sin_pi(x: f32) -> f32 {
    // x - 2·round(x/2) is exact: r in [-1, 1], sin(πx) = sin(πr).
    let mut r = x - 2.0 * libm::roundf(x * 0.5);
    // sin(πr) = sin(π(1 - r)) keeps the argument in [-½, ½], where π·r is accurate relative
    // to the result.
    if r > 0.5 {
        r = 1.0 - r;
    } else if r < -0.5 {
        r = -1.0 - r;
    }
    sin(PI * r)
}

/// (ln|Γ(x)|, the sign of Γ(x)), as C's `lgammaf_r`: +∞ at the poles (x ≤ 0 whole).
pub fn lgamma_r(x: f32) -> (f32, i32) {
    if x.is_nan() {
        return (x, 1);
    }
    if x.is_infinite() {
        return (f32::INFINITY, 1);
    }
    if x > 0.0 {
        return (lgamma_positive(x), 1);
    }
    // Γ(x)Γ(1 - x) = π / sin(πx) with Γ(1 - x) = -xΓ(-x) > 0 here (-x is exact, 1 - x
    // would not be).
    let s = sin_pi(x);
    if s == 0.0 {
        return (f32::INFINITY, 1);
    }
    let l = libm::logf(PI / libm::fabsf(x * s)) - lgamma_positive(-x);
    (l, if s < 0.0 { -1 } else { 1 })
}

pub fn lgamma(x: f32) -> f32 {
    lgamma_r(x).0
}
