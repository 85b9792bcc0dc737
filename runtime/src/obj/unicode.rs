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
    if !cfg!(mp_feature = "str_unicode") || b.is_ascii() {
        return true;
    }
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        let (n, min) = match c {
            0x00..=0x7f => (1, 0),
            0xc2..=0xdf => (2, 0x80),
            0xe0..=0xef => (3, 0x800),
            0xf0..=0xf4 => (4, 0x1_0000),
            _ => return false,
        };
        if i + n > b.len() || b[i + 1..i + n].iter().any(|&x| x & 0xc0 != 0x80) {
            return false;
        }
        let (v, _) = decode_at(b, i);
        if v < min || v > 0x10_ffff {
            return false;
        }
        i += n;
    }
    true
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
