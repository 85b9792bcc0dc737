//! 64-bit unsigned division, small: `__udivmoddi4`, which `compiler_builtins`'
//! `__aeabi_uldivmod` (what LLVM calls for `u64 / u64` and `u64 % u64` on the Cortex-M)
//! and `__aeabi_ldivmod` call.
//!
//! `compiler_builtins`' own (weak) definition is tuned for speed and takes 864 bytes of
//! flash. This one is about 330: a divisor that fits in 32 bits (the long ints' digits,
//! libm's `fmodf`) divides with two or three of the core's 32-bit `UDIV`s (`divlu`, Hacker's
//! Delight's 64-by-32 long division in 16-bit halves); a wider one, whose quotient fits in
//! 32 bits, by shift and subtract, a bit per step. The runtime divides 64-bit numbers
//! rarely: long-int digits, `fmod`, exact float conversions.

/// `(u1 · 2**32 + u0) / v` and its remainder, where `u1 < v` (so the quotient fits in 32
/// bits): two steps of schoolbook division by `v`'s two 16-bit halves after normalising
/// `v` to its top bit, each digit estimate corrected at most twice (Knuth's algorithm D).
/// All intermediate values fit in 32 bits: a product is formed only after `q < 2**16` is
/// checked, and `rhat < 2**16` holds wherever it is multiplied.
pub fn divlu(u1: u32, u0: u32, v: u32) -> (u32, u32) {
    const B: u32 = 1 << 16;
    let s = v.leading_zeros();
    let v = v << s;
    let (vn1, vn0) = (v >> 16, v & 0xffff);
    // `u1 << s` loses nothing: `u1 < v` before the shift.
    let un32 = if s == 0 { u1 } else { (u1 << s) | (u0 >> (32 - s)) };
    let un10 = u0 << s;
    let (un1, un0) = (un10 >> 16, un10 & 0xffff);
    let digit = |un: u32, next: u32| {
        let mut q = un / vn1;
        let mut rhat = un - q * vn1;
        while q >= B || q * vn0 > B * rhat + next {
            q -= 1;
            rhat += vn1;
            if rhat >= B {
                break;
            }
        }
        q
    };
    let q1 = digit(un32, un1);
    let un21 = un32.wrapping_mul(B).wrapping_add(un1).wrapping_sub(q1.wrapping_mul(v));
    let q0 = digit(un21, un0);
    let r = un21.wrapping_mul(B).wrapping_add(un0).wrapping_sub(q0.wrapping_mul(v)) >> s;
    (q1 * B + q0, r)
}

/// `n / d` and `n % d`; `(0, 0)` for `d == 0`, which Rust's own divisor checks keep from
/// ever getting here.
pub fn udivmod64(n: u64, d: u64) -> (u64, u64) {
    if d >> 32 == 0 {
        let d = d as u32;
        if d == 0 {
            return (0, 0);
        }
        let n1 = (n >> 32) as u32;
        let (q0, r) = divlu(n1 % d, n as u32, d);
        return ((u64::from(n1 / d) << 32) | u64::from(q0), u64::from(r));
    }
    if n < d {
        return (0, n);
    }
    // `d ≥ 2**32`: the quotient has at most 32 bits. Align `d`'s top bit with `n`'s and
    // subtract down.
    let shift = d.leading_zeros() - n.leading_zeros();
    let (mut q, mut r, mut dd) = (0u64, n, d << shift);
    for _ in 0..=shift {
        q <<= 1;
        if r >= dd {
            r -= dd;
            q |= 1;
        }
        dd >>= 1;
    }
    (q, r)
}

/// The C ABI entry `compiler_builtins`' `__aeabi_uldivmod` and `__aeabi_ldivmod` call.
///
/// # Safety
/// `rem` is null or valid for a `u64` write.
#[no_mangle]
pub unsafe extern "C" fn __udivmoddi4(n: u64, d: u64, rem: *mut u64) -> u64 {
    let (q, r) = udivmod64(n, d);
    if !rem.is_null() {
        // SAFETY: the caller's contract: a non-null `rem` is valid for the write.
        unsafe { rem.write(r) };
    }
    q
}
