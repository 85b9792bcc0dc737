//! Magnitudes: unsigned integers as little-endian `u32` digits in the GC heap, and the
//! schoolbook algorithms on them (Knuth's algorithm D for division). Inputs are slices
//! without high zero digits; outputs are `GcVec`s, trimmed. Long loops poll for Ctrl-C.

use core::cmp::Ordering;

use crate::gc::GcVec;
use crate::obj::exc::Exc;

pub type Mag = GcVec<u32>;

pub fn trim(v: &[u32]) -> &[u32] {
    let mut n = v.len();
    while n > 0 && v[n - 1] == 0 {
        n -= 1;
    }
    &v[..n]
}

pub fn trim_vec(v: &mut Mag) {
    while v.last() == Some(&0) {
        v.pop();
    }
}

pub fn cmp(a: &[u32], b: &[u32]) -> Ordering {
    a.len().cmp(&b.len()).then_with(|| a.iter().rev().cmp(b.iter().rev()))
}

pub fn bit_len(a: &[u32]) -> usize {
    match a.last() {
        Some(&top) => 32 * a.len() - top.leading_zeros() as usize,
        None => 0,
    }
}

fn zeros(n: usize) -> Result<Mag, Exc> {
    let mut v = Mag::with_capacity(n)?;
    for _ in 0..n {
        v.push(0)?;
    }
    Ok(v)
}

/// `a + b`.
///
/// # Errors
/// `MemoryError`.
pub fn add(a: &[u32], b: &[u32]) -> Result<Mag, Exc> {
    let (a, b) = if a.len() >= b.len() { (a, b) } else { (b, a) };
    let mut r = Mag::with_capacity(a.len() + 1)?;
    let mut carry = 0u64;
    for (i, &x) in a.iter().enumerate() {
        let t = u64::from(x) + u64::from(b.get(i).copied().unwrap_or(0)) + carry;
        r.push(t as u32)?;
        carry = t >> 32;
    }
    if carry != 0 {
        r.push(carry as u32)?;
    }
    Ok(r)
}

/// `a - b` for `a >= b`.
///
/// # Errors
/// `MemoryError`.
pub fn sub(a: &[u32], b: &[u32]) -> Result<Mag, Exc> {
    let mut r = Mag::with_capacity(a.len())?;
    let mut borrow = 0i64;
    for (i, &x) in a.iter().enumerate() {
        let t = i64::from(x) - i64::from(b.get(i).copied().unwrap_or(0)) - borrow;
        r.push(t as u32)?;
        borrow = i64::from(t < 0);
    }
    trim_vec(&mut r);
    Ok(r)
}

/// `a × b`.
///
/// # Errors
/// `MemoryError`, `KeyboardInterrupt`.
pub fn mul(a: &[u32], b: &[u32]) -> Result<Mag, Exc> {
    if a.is_empty() || b.is_empty() {
        return Ok(Mag::new());
    }
    let mut r = zeros(a.len() + b.len())?;
    for (i, &x) in a.iter().enumerate() {
        // Every row: the poll is a countdown (Ctrl-C is read once per 1000 calls), so a
        // coarser step would leave a product of a few 10,000-digit ints uninterruptible.
        crate::vm::poll_interrupt()?;
        let mut carry = 0u64;
        for (j, &y) in b.iter().enumerate() {
            let t = u64::from(x) * u64::from(y) + u64::from(r[i + j]) + carry;
            r[i + j] = t as u32;
            carry = t >> 32;
        }
        r[i + b.len()] = carry as u32;
    }
    trim_vec(&mut r);
    Ok(r)
}

/// `v = v × m + add` in place.
///
/// # Errors
/// `MemoryError`.
pub fn mul_add_small(v: &mut Mag, m: u32, add: u32) -> Result<(), Exc> {
    let mut carry = u64::from(add);
    for x in v.iter_mut() {
        let t = u64::from(*x) * u64::from(m) + carry;
        *x = t as u32;
        carry = t >> 32;
    }
    if carry != 0 {
        v.push(carry as u32)?;
    }
    Ok(())
}

/// `v /= d` in place, returning the remainder.
pub fn divrem_small(v: &mut Mag, d: u32) -> u32 {
    let mut rem = 0u64;
    for x in v.iter_mut().rev() {
        let t = (rem << 32) | u64::from(*x);
        *x = (t / u64::from(d)) as u32;
        rem = t % u64::from(d);
    }
    trim_vec(v);
    rem as u32
}

/// `a << bits`.
///
/// # Errors
/// `MemoryError`.
pub fn shl(a: &[u32], bits: usize) -> Result<Mag, Exc> {
    if a.is_empty() {
        return Ok(Mag::new());
    }
    let (w, b) = (bits / 32, (bits % 32) as u32);
    let mut r = zeros(w)?;
    r.reserve(a.len() + 1)?;
    let mut carry = 0u32;
    for &x in a {
        r.push(if b == 0 { x } else { (x << b) | carry })?;
        carry = if b == 0 { 0 } else { x >> (32 - b) };
    }
    if carry != 0 {
        r.push(carry)?;
    }
    Ok(r)
}

/// `a >> bits`, and whether any bit shifted out was set.
///
/// # Errors
/// `MemoryError`.
pub fn shr(a: &[u32], bits: usize) -> Result<(Mag, bool), Exc> {
    let (w, b) = (bits / 32, (bits % 32) as u32);
    if w >= a.len() {
        return Ok((Mag::new(), !a.is_empty()));
    }
    let lost = a[..w].iter().any(|&x| x != 0) || (b != 0 && a[w] & ((1 << b) - 1) != 0);
    let mut r = Mag::with_capacity(a.len() - w)?;
    for i in w..a.len() {
        let hi = if b != 0 && i + 1 < a.len() { a[i + 1] << (32 - b) } else { 0 };
        r.push(if b == 0 { a[i] } else { (a[i] >> b) | hi })?;
    }
    trim_vec(&mut r);
    Ok((r, lost))
}

/// `(a / b, a % b)` for nonzero `b` (Knuth, TAOCP 4.3.1, algorithm D).
///
/// # Errors
/// `MemoryError`, `KeyboardInterrupt`.
pub fn divmod(a: &[u32], b: &[u32]) -> Result<(Mag, Mag), Exc> {
    if cmp(a, b) == Ordering::Less {
        return Ok((Mag::new(), Mag::from_slice(a)?));
    }
    if b.len() == 1 {
        let mut q = Mag::from_slice(a)?;
        let r = divrem_small(&mut q, b[0]);
        let mut rv = Mag::new();
        if r != 0 {
            rv.push(r)?;
        }
        return Ok((q, rv));
    }
    // Normalize so that the divisor's top digit has its high bit set.
    let s = b[b.len() - 1].leading_zeros() as usize;
    let v = shl(b, s)?;
    let mut u = shl(a, s)?;
    if u.len() == a.len() {
        u.push(0)?;
    }
    let n = v.len();
    let m = u.len() - n;
    let mut q = zeros(m)?;
    let (vt, vt2) = (u64::from(v[n - 1]), u64::from(v[n - 2]));
    for j in (0..m).rev() {
        // Every row, as in `mul`.
        crate::vm::poll_interrupt()?;
        let num = (u64::from(u[j + n]) << 32) | u64::from(u[j + n - 1]);
        let mut qh = num / vt;
        let mut rh = num % vt;
        while qh >= 1 << 32 || qh * vt2 > ((rh << 32) | u64::from(u[j + n - 2])) {
            qh -= 1;
            rh += vt;
            if rh >= 1 << 32 {
                break;
            }
        }
        // u[j..=j+n] -= qh × v
        let mut borrow = 0i64;
        let mut carry = 0u64;
        for i in 0..n {
            let p = qh * u64::from(v[i]) + carry;
            carry = p >> 32;
            let t = i64::from(u[i + j]) - borrow - (p & 0xffff_ffff) as i64;
            u[i + j] = t as u32;
            borrow = i64::from(t < 0);
        }
        let t = i64::from(u[j + n]) - borrow - carry as i64;
        u[j + n] = t as u32;
        if t < 0 {
            // qh was one too large: add v back.
            qh -= 1;
            let mut c = 0u64;
            for i in 0..n {
                let s2 = u64::from(u[i + j]) + u64::from(v[i]) + c;
                u[i + j] = s2 as u32;
                c = s2 >> 32;
            }
            u[j + n] = u[j + n].wrapping_add(c as u32);
        }
        q[j] = qh as u32;
    }
    trim_vec(&mut q);
    u.truncate(n);
    trim_vec(&mut u);
    let (r, _) = shr(&u, s)?;
    Ok((q, r))
}
