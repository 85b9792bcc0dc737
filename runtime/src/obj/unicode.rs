//! Characters of a str: UTF-8 code points with the `str_unicode` feature (MicroPython's
//! `MICROPY_PY_BUILTINS_STR_UNICODE`), bytes without it. Every index a str method takes
//! or returns goes through here, so the two modes differ in this file only.
//!
//! Strs are always valid UTF-8 when unicode is on (every constructor checks or builds it),
//! so a character starts at every byte that is not a continuation byte (`0b10xx_xxxx`).

/// Whether `c` starts a character (is not a UTF-8 continuation byte).
#[inline]
pub fn starts_char(c: u8) -> bool {
    !cfg!(mp_feature = "str_unicode") || c & 0xc0 != 0x80
}

/// Number of characters in `b`.
pub fn char_count(b: &[u8]) -> usize {
    if !cfg!(mp_feature = "str_unicode") || b.is_ascii() {
        return b.len();
    }
    b.iter().filter(|&&c| c & 0xc0 != 0x80).count()
}

/// Byte offset of character `i` (`b.len()` when `i` is at or past the end).
pub fn byte_offset(b: &[u8], i: usize) -> usize {
    if !cfg!(mp_feature = "str_unicode") || b.is_ascii() {
        return i.min(b.len());
    }
    let mut n = 0;
    for (pos, &c) in b.iter().enumerate() {
        if c & 0xc0 != 0x80 {
            if n == i {
                return pos;
            }
            n += 1;
        }
    }
    b.len()
}

/// Character index of byte offset `pos` (which starts a character, or is `b.len()`).
pub fn char_index(b: &[u8], pos: usize) -> usize {
    char_count(&b[..pos.min(b.len())])
}

/// Length in bytes of the character starting at `pos`.
#[inline]
pub fn char_len_at(b: &[u8], pos: usize) -> usize {
    let mut end = pos + 1;
    while end < b.len() && !starts_char(b[end]) {
        end += 1;
    }
    end.min(b.len()) - pos
}

/// The code point starting at `pos` and its length in bytes.
pub fn decode_at(b: &[u8], pos: usize) -> (u32, usize) {
    let n = char_len_at(b, pos);
    let lead = b[pos] as u32;
    if n == 1 {
        return (lead, 1);
    }
    let mut v = lead & (0x7f >> n);
    for &c in &b[pos + 1..pos + n] {
        v = (v << 6) | (c as u32 & 0x3f);
    }
    (v, n)
}

/// The UTF-8 encoding of `c` (a code point below 0x110000) into `buf`.
pub fn encode(c: u32, buf: &mut [u8; 4]) -> &[u8] {
    match char::from_u32(c) {
        Some(ch) => ch.encode_utf8(buf).as_bytes(),
        None => {
            // A lone surrogate: encoded as CPython's `surrogatepass` would (MicroPython does
            // the same), so `chr(0xd800)` is a one-character str.
            buf[0] = 0xe0 | (c >> 12) as u8;
            buf[1] = 0x80 | ((c >> 6) & 0x3f) as u8;
            buf[2] = 0x80 | (c & 0x3f) as u8;
            &buf[..3]
        }
    }
}

/// Whether `b` is text a str may hold: well-formed UTF-8 (surrogates allowed, as `chr`
/// makes them), or anything when unicode is off.
pub fn is_valid(b: &[u8]) -> bool {
    !cfg!(mp_feature = "str_unicode") || b.is_ascii() || scan(b, true).is_none()
}

/// Where `b` stops being UTF-8 as Rust's `str` defines it (Unicode's well-formed
/// sequences: no overlong forms, surrogates or code points past U+10FFFF): `None` when all
/// of it is, else the length of the good prefix and of the bad sequence after it (as
/// `core::str::Utf8Error`'s `valid_up_to` and `error_len`; a sequence cut short by the end
/// counts all the bytes left). The runtime's own check in place of `core::str::from_utf8`,
/// whose validator and 256-byte table take 620 bytes of flash.
pub fn utf8_error(b: &[u8]) -> Option<(usize, usize)> {
    scan(b, false)
}

/// [`utf8_error`], or with `surrogates` the same rules but for encoded surrogates
/// (`ED A0..BF xx`), which a str may hold.
fn scan(b: &[u8], surrogates: bool) -> Option<(usize, usize)> {
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c < 0x80 {
            i += 1;
            continue;
        }
        // The sequence's length and the range of its second byte (Table 3-7).
        let (n, lo, hi) = match c {
            0xc2..=0xdf => (2, 0x80, 0xbf),
            0xe0 => (3, 0xa0, 0xbf),
            0xe1..=0xec | 0xee..=0xef => (3, 0x80, 0xbf),
            0xed => (3, 0x80, if surrogates { 0xbf } else { 0x9f }),
            0xf0 => (4, 0x90, 0xbf),
            0xf1..=0xf3 => (4, 0x80, 0xbf),
            0xf4 => (4, 0x80, 0x8f),
            _ => return Some((i, 1)),
        };
        for k in 1..n {
            let Some(&x) = b.get(i + k) else { return Some((i, b.len() - i)) };
            let ok = if k == 1 { (lo..=hi).contains(&x) } else { x & 0xc0 == 0x80 };
            if !ok {
                return Some((i, k));
            }
        }
        i += n;
    }
    None
}

/// `b` as a `&str` when it is UTF-8 by Rust's rules ([`utf8_error`]).
pub fn as_utf8(b: &[u8]) -> Option<&str> {
    if utf8_error(b).is_some() {
        return None;
    }
    // SAFETY: `utf8_error` found `b` well-formed UTF-8 by the rules `core::str::from_utf8`
    // checks (the same table of sequences), which is all `from_utf8_unchecked` requires.
    Some(unsafe { core::str::from_utf8_unchecked(b) })
}

/// Largest code point `chr()` accepts, plus one.
pub const CHR_LIMIT: u32 = if cfg!(mp_feature = "str_unicode") { 0x11_0000 } else { 0x100 };

/// Append the character with code `v` (`chr(v)`, `'%c' % v`); `false` when `v` is outside
/// `0..CHR_LIMIT`. Without unicode a code from 0x80 is still written as UTF-8 (two bytes).
///
/// # Errors
/// `MemoryError`.
pub fn push_char(out: &mut crate::gc::GcVec<u8>, v: i64) -> Result<bool, crate::obj::exc::Exc> {
    let Some(c) = u32::try_from(v).ok().filter(|&c| c < CHR_LIMIT) else { return Ok(false) };
    let mut buf = [0u8; 4];
    out.extend_from_slice(encode(c, &mut buf))?;
    Ok(true)
}

/// MicroPython's whitespace for `split()`/`strip()`/`isspace()`: ASCII only.
#[inline]
pub fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `utf8_error` against `core::str::from_utf8`: the same verdict, `valid_up_to` and
    /// `error_len` (an end cut short: the bytes left).
    fn check(b: &[u8]) {
        let want = core::str::from_utf8(b)
            .err()
            .map(|e| (e.valid_up_to(), e.error_len().unwrap_or(b.len() - e.valid_up_to())));
        assert_eq!(utf8_error(b), want, "{b:x?}");
        assert_eq!(as_utf8(b).is_some(), want.is_none());
        // What a str may hold: the same, and encoded surrogates too.
        let surrogate = |w: &[u8]| w.len() == 3 && w[0] == 0xed && (0xa0..=0xbf).contains(&w[1]) && w[2] & 0xc0 == 0x80;
        let loose = want.is_none()
            || b.windows(3).any(surrogate) && {
                // Valid once each surrogate is replaced by a valid 3-byte character.
                let mut v = b.to_vec();
                let mut i = 0;
                while i + 3 <= v.len() {
                    if surrogate(&v[i..i + 3]) {
                        v[i + 1] = 0x80;
                        i += 3;
                    } else {
                        i += 1;
                    }
                }
                core::str::from_utf8(&v).is_ok()
            };
        if cfg!(mp_feature = "str_unicode") {
            assert_eq!(is_valid(b), loose, "{b:x?}");
        }
    }

    #[test]
    fn utf8_error_agrees_with_core() {
        for a in 0..=255u8 {
            check(&[a]);
            check(&[b'x', a]);
            for b in 0..=255u8 {
                check(&[a, b]);
                check(&[a, b, b'z']);
                if a >= 0xe0 {
                    for c in [0x00, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xff] {
                        check(&[a, b, c]);
                        for d in [0x00, 0x80, 0xbf, 0xc0] {
                            check(&[a, b, c, d]);
                            check(&[a, b, c, d, 0x41]);
                        }
                    }
                }
            }
        }
        let mut x: u32 = 0x1234_5678;
        for _ in 0..100_000 {
            let mut v = [0u8; 12];
            for c in &mut v {
                x ^= x << 13;
                x ^= x >> 17;
                x ^= x << 5;
                // Mostly continuation and lead bytes, where the cases are.
                *c = if x & 3 == 0 { (x >> 8) as u8 & 0x7f } else { 0x80 | (x >> 8) as u8 };
            }
            check(&v);
        }
    }
}
