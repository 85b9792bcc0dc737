//! A fixed-size unsigned big integer on the stack, only for exact float ↔ decimal
//! conversion (the float formatter and parser). Sized for the board's float: every value
//! they build fits, so there is no overflow path to take.

use core::cmp::Ordering;

use super::Float;

/// Words needed by the largest value the conversions build (see `parse::to_float`).
pub const WORDS: usize = if Float::MANTISSA_DIGITS > 24 { 124 } else { 28 };

/// Little-endian 32-bit words; `n` of them in use, the top one nonzero (or `n == 0`).
#[derive(Clone, Copy)]
pub struct Big {
    w: [u32; WORDS],
    n: usize,
}

impl Big {
    pub fn from_u64(v: u64) -> Big {
        let mut b = Big { w: [0; WORDS], n: 2 };
        b.w[0] = v as u32;
        b.w[1] = (v >> 32) as u32;
        b.trim();
        b
    }

    fn trim(&mut self) {
        while self.n > 0 && self.w[self.n - 1] == 0 {
            self.n -= 1;
        }
    }

    pub fn is_zero(&self) -> bool {
        self.n == 0
    }

    /// `self = self * m + add` (stops growing at the fixed size: callers stay below it).
    pub fn mul_add_small(&mut self, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for x in &mut self.w[..self.n] {
            let t = u64::from(*x) * u64::from(m) + carry;
            *x = t as u32;
            carry = t >> 32;
        }
        if carry != 0 && self.n < WORDS {
            self.w[self.n] = carry as u32;
            self.n += 1;
        }
    }

    pub fn mul_pow5(&mut self, mut k: u32) {
        while k >= 13 {
            self.mul_add_small(1_220_703_125, 0); // 5**13
            k -= 13;
        }
        if k > 0 {
            self.mul_add_small(5u32.pow(k), 0);
        }
    }

    pub fn mul_pow10(&mut self, k: u32) {
        self.mul_pow5(k);
        self.shl(k);
    }

    pub fn shl(&mut self, bits: u32) {
        if self.n == 0 {
            return;
        }
        let words = (bits / 32) as usize;
        let b = bits % 32;
        let n = (self.n + words + 1).min(WORDS);
        let mut i = n;
        while i > words {
            i -= 1;
            let src = i - words;
            let hi = if src < self.n { self.w[src] } else { 0 };
            let lo = if b != 0 && src >= 1 && src - 1 < self.n { self.w[src - 1] >> (32 - b) } else { 0 };
            self.w[i] = if b == 0 { hi } else { (hi << b) | lo };
        }
        for x in &mut self.w[..words.min(n)] {
            *x = 0;
        }
        self.n = n;
        self.trim();
    }

    pub fn shr1(&mut self) {
        for i in 0..self.n {
            let hi = if i + 1 < self.n { self.w[i + 1] << 31 } else { 0 };
            self.w[i] = (self.w[i] >> 1) | hi;
        }
        self.trim();
    }

    pub fn bit_len(&self) -> u32 {
        if self.n == 0 {
            return 0;
        }
        32 * self.n as u32 - self.w[self.n - 1].leading_zeros()
    }

    pub fn cmp(&self, o: &Big) -> Ordering {
        if self.n != o.n {
            return self.n.cmp(&o.n);
        }
        for i in (0..self.n).rev() {
            if self.w[i] != o.w[i] {
                return self.w[i].cmp(&o.w[i]);
            }
        }
        Ordering::Equal
    }

    /// `self -= o`; `o` must not exceed `self`.
    pub fn sub(&mut self, o: &Big) {
        let mut borrow = 0i64;
        for i in 0..self.n {
            let t = i64::from(self.w[i]) - i64::from(if i < o.n { o.w[i] } else { 0 }) - borrow;
            self.w[i] = t as u32;
            borrow = i64::from(t < 0);
        }
        self.trim();
    }

    /// `self /= d`, returning the remainder.
    pub fn divrem_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for i in (0..self.n).rev() {
            let t = (rem << 32) | u64::from(self.w[i]);
            self.w[i] = (t / u64::from(d)) as u32;
            rem = t % u64::from(d);
        }
        self.trim();
        rem as u32
    }

    /// `self / den` when the quotient is below 2**66, leaving the remainder in `self`.
    pub fn div_small_quotient(&mut self, den: &Big) -> u128 {
        let mut d = *den;
        d.shl(65);
        let mut q: u128 = 0;
        for _ in 0..=65 {
            q <<= 1;
            if self.cmp(&d) != Ordering::Less {
                self.sub(&d);
                q |= 1;
            }
            d.shr1();
        }
        q
    }

    /// The decimal digits (ASCII), most significant first, written at the end of `out`;
    /// returns where they start. Zero gives no digits.
    pub fn decimal_into(mut self, out: &mut [u8]) -> usize {
        let mut i = out.len();
        while !self.is_zero() {
            let mut chunk = self.divrem_small(1_000_000_000);
            let last = self.is_zero();
            for _ in 0..9 {
                if last && chunk == 0 {
                    break;
                }
                i -= 1;
                out[i] = b'0' + (chunk % 10) as u8;
                chunk /= 10;
            }
        }
        i
    }
}
