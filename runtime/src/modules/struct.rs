//! `struct` (MicroPython's `modstruct.c` over `binary.c`): `pack`, `unpack`, `pack_into`,
//! `unpack_from`, `calcsize`.
//!
//! A format is an optional first character for the byte order (`<` little, `>` and `!`
//! big, `@` native order with native sizes and alignment, the default), then items: an
//! optional count and a code among `b B h H i I l L q Q P s x` and, with a float type,
//! `e f d`. As in MicroPython: `=` is accepted as a prefix but then every sized code is
//! `ValueError: bad typecode`; `?`, spaces and a count without a code are bad typecodes;
//! ints are stored truncated to the field (no range check); `pack` fills missing
//! arguments with zero bytes and ignores extra ones; `unpack` accepts a buffer longer than
//! the format; negative offsets count from the end of the buffer. MicroPython's `O` and
//! `S` codes (raw object and string pointers) are left out: unpacking them would turn
//! arbitrary bytes into object pointers.
//!
//! Every call computes the format's size first (so a bad format fails before anything is
//! converted or written), and no Python code runs between taking a buffer and writing it.

use crate::gc::GcVec;
use crate::obj::buffer::{self, Buf};
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::{bytes, int, str as pystr, tuple, Obj};

pub static MODULE: Module = Module::new(qstr!("struct"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("struct"))),
    RomEntry::new(qstr!("calcsize"), Obj::from_static(&CALCSIZE)),
    RomEntry::new(qstr!("pack"), Obj::from_static(&PACK)),
    RomEntry::new(qstr!("pack_into"), Obj::from_static(&PACK_INTO)),
    RomEntry::new(qstr!("unpack"), Obj::from_static(&UNPACK)),
    RomEntry::new(qstr!("unpack_from"), Obj::from_static(&UNPACK_FROM)),
]));

static CALCSIZE: NativeFn = NativeFn::new(qstr!("calcsize"), 1, 1, struct_calcsize);
static PACK: NativeFn = NativeFn::new(qstr!("pack"), 1, NativeFn::VARARGS, struct_pack);
static PACK_INTO: NativeFn = NativeFn::new(qstr!("pack_into"), 3, NativeFn::VARARGS, struct_pack_into);
// As in MicroPython, `unpack` is `unpack_from`: it takes an offset too.
static UNPACK: NativeFn = NativeFn::new(qstr!("unpack"), 2, 3, struct_unpack_from);
static UNPACK_FROM: NativeFn = NativeFn::new(qstr!("unpack_from"), 2, 3, struct_unpack_from);

/// A parsed format: the byte-order character (`@`, `<`, `>` or `=`) and the items.
#[derive(Clone, Copy)]
struct Format {
    kind: u8,
    items: &'static [u8],
}

impl Format {
    fn of(o: Obj) -> Result<Format, Exc> {
        let text = pystr::as_str_bytes(o).or_else(|| bytes::as_bytes(o)).ok_or_else(|| {
            exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()])
        })?;
        Ok(match text.first() {
            Some(&c @ (b'@' | b'=' | b'<' | b'>')) => Format { kind: c, items: &text[1..] },
            Some(b'!') => Format { kind: b'>', items: &text[1..] },
            _ => Format { kind: b'@', items: text },
        })
    }

    fn big_endian(self) -> bool {
        self.kind == b'>' || (self.kind == b'@' && cfg!(target_endian = "big"))
    }

    /// The items as `(count, code)`; a count with nothing after it has code 0.
    fn iter(self) -> impl Iterator<Item = (usize, u8)> {
        let mut rest = self.items;
        core::iter::from_fn(move || {
            if rest.is_empty() {
                return None;
            }
            let digits = rest.iter().take_while(|c| c.is_ascii_digit()).count();
            let count = if digits == 0 {
                1
            } else {
                rest[..digits].iter().fold(0usize, |n, &d| n.saturating_mul(10).saturating_add(usize::from(d - b'0')))
            };
            let code = rest.get(digits).copied().unwrap_or(0);
            rest = rest.get(digits + 1..).unwrap_or(&[]);
            Some((count, code))
        })
    }

    /// The number of values and the size in bytes (MicroPython's `calc_size_items`).
    fn size(self) -> Result<(usize, usize), Exc> {
        let (mut n, mut size) = (0usize, 0usize);
        for (count, code) in self.iter() {
            let add = match code {
                b'x' => count,
                b's' => {
                    n += 1;
                    count
                }
                _ => {
                    let (sz, align) = field(self.kind, code)?;
                    n = n.saturating_add(count);
                    if count > 0 {
                        size = size.checked_next_multiple_of(align).ok_or_else(exc::memory_error)?;
                    }
                    count.checked_mul(sz).ok_or_else(exc::memory_error)?
                }
            };
            size = size.checked_add(add).ok_or_else(exc::memory_error)?;
        }
        Ok((n, size))
    }
}

/// Size and alignment of a value of `code` under the byte-order character `kind`
/// (MicroPython's `mp_binary_get_size`).
fn field(kind: u8, code: u8) -> Result<(usize, usize), Exc> {
    use core::mem::{align_of, size_of};
    const WORD: usize = size_of::<usize>();
    let (size, align) = match kind {
        b'<' | b'>' => match code {
            b'b' | b'B' => (1, 1),
            b'h' | b'H' => (2, 1),
            b'e' if FLOATS => (2, 1),
            b'i' | b'I' | b'l' | b'L' => (4, 1),
            b'f' if FLOATS => (4, 1),
            b'q' | b'Q' => (8, 1),
            b'd' if FLOATS => (8, 1),
            b'P' => (WORD, 1),
            _ => (0, 1),
        },
        // Native: C's sizes and alignments (`long` is a word on the targets we build for).
        b'@' => match code {
            b'b' | b'B' => (1, 1),
            b'h' | b'H' => (2, 2),
            b'e' if FLOATS => (2, 2),
            b'i' | b'I' => (4, 4),
            b'f' if FLOATS => (4, 4),
            b'l' | b'L' | b'P' => (WORD, WORD),
            b'q' | b'Q' => (8, align_of::<u64>()),
            b'd' if FLOATS => (8, align_of::<f64>()),
            _ => (0, 1),
        },
        _ => (0, 1),
    };
    if size == 0 {
        return Err(exc::value_error(msg!("bad typecode")));
    }
    Ok((size, align))
}

const FLOATS: bool = cfg!(not(mp_float = "none"));

fn struct_calcsize(args: &[Obj]) -> Result<Obj, Exc> {
    let (_, size) = Format::of(args[0])?.size()?;
    int::from_u64(size as u64)
}

fn struct_pack(args: &[Obj]) -> Result<Obj, Exc> {
    let fmt = Format::of(args[0])?;
    let (_, size) = fmt.size()?;
    let mut out = GcVec::with_capacity(size)?;
    let mut left = size;
    while left > 0 {
        let n = left.min(ZEROS.len());
        out.extend_from_slice(&ZEROS[..n])?;
        left -= n;
    }
    pack_values(fmt, &args[1..], &mut |at, src| out[at..at + src.len()].copy_from_slice(src))?;
    bytes::from_gcvec(out)
}

fn struct_pack_into(args: &[Obj]) -> Result<Obj, Exc> {
    let fmt = Format::of(args[0])?;
    let dst = buffer::get(args[1]).filter(|b| b.writable);
    let dst = dst.ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))?;
    let offset = offset_in(dst.len, int::expect_i64(args[2])?)?;
    let (_, size) = fmt.size()?;
    if offset.checked_add(size).is_none_or(|end| end > dst.len) {
        return Err(too_small());
    }
    pack_values(fmt, &args[3..], &mut |at, src| dst.write(offset + at, src))?;
    Ok(Obj::NONE)
}

#[cold]
fn too_small() -> Exc {
    exc::value_error(msg!("buffer too small"))
}

/// A byte offset into a buffer of `len` bytes; negative counts from the end.
fn offset_in(len: usize, offset: i64) -> Result<usize, Exc> {
    let at = if offset < 0 { len as i64 + offset } else { offset };
    usize::try_from(at).map_err(|_| too_small())
}

static ZEROS: [u8; 64] = [0; 64];

/// Write `args` as `fmt` says through `put(offset, bytes)`, the offsets relative to the
/// start of the packed data (MicroPython's `struct_pack_into_internal`: stop when the
/// arguments or the items run out).
fn pack_values(fmt: Format, args: &[Obj], put: &mut dyn FnMut(usize, &[u8])) -> Result<(), Exc> {
    let mut items = fmt.iter();
    let (mut p, mut i) = (0usize, 0usize);
    while i < args.len() {
        let Some((count, code)) = items.next() else { break };
        match code {
            b'x' => {
                zero_fill(put, p, count);
                p += count;
            }
            b's' => {
                let src = buffer::get_or_raise(args[i])?;
                i += 1;
                let n = count.min(src.len);
                copy_field(put, p, src, n)?;
                zero_fill(put, p + n, count - n);
                p += count;
            }
            _ => {
                let (size, align) = field(fmt.kind, code)?;
                for _ in 0..count {
                    let Some(&v) = args.get(i) else { break };
                    i += 1;
                    p = p.next_multiple_of(align);
                    let mut word = encode(code, v)?.to_le_bytes();
                    let field = &mut word[..size];
                    if fmt.big_endian() {
                        field.reverse();
                    }
                    put(p, field);
                    p += size;
                }
            }
        }
    }
    Ok(())
}

fn zero_fill(put: &mut dyn FnMut(usize, &[u8]), mut at: usize, mut n: usize) {
    while n > 0 {
        let k = n.min(ZEROS.len());
        put(at, &ZEROS[..k]);
        at += k;
        n -= k;
    }
}

/// Copy the first `n` bytes of `src` to `at`. A source that is the destination's own
/// buffer (`pack_into(f, b, 0, b)`) is copied aside first, so no slice of the destination
/// is held while it is written.
fn copy_field(put: &mut dyn FnMut(usize, &[u8]), at: usize, src: Buf, n: usize) -> Result<(), Exc> {
    if src.writable {
        let copy = GcVec::from_slice(&src.bytes()[..n])?;
        put(at, &copy);
    } else {
        put(at, &src.bytes()[..n]);
    }
    Ok(())
}

/// The bits of `v` as a value of `code`, in the low bytes of a `u64`.
fn encode(code: u8, v: Obj) -> Result<u64, Exc> {
    #[cfg(not(mp_float = "none"))]
    {
        use crate::obj::float;
        match code {
            b'e' => return Ok(u64::from(half::encode(float::expect(v)? as f32))),
            b'f' => return Ok(u64::from((float::expect(v)? as f32).to_bits())),
            // `Float` is f32 or f64 by board; the cast is a no-op on double boards.
            #[allow(clippy::unnecessary_cast)]
            b'd' => return Ok(float::to_f64_bits(float::expect(v)?)),
            _ => {}
        }
    }
    let _ = code;
    int_bits(v)
}

/// The low 64 bits of an int's two's-complement value (MicroPython truncates to the field).
fn int_bits(v: Obj) -> Result<u64, Exc> {
    if let Some(i) = int::as_i64(v) {
        return Ok(i as u64);
    }
    #[cfg(mp_longint = "mpz")]
    if let Some(l) = crate::obj::longint::as_long(v) {
        let low = |k: usize| u64::from(l.digits.get(k).copied().unwrap_or(0));
        let u = low(0) | low(1) << 32;
        return Ok(if l.neg { u.wrapping_neg() } else { u });
    }
    Err(exc::type_error_fmt(msg!("can't convert {} to int"), &[v.ty().name()]))
}

fn struct_unpack_from(args: &[Obj]) -> Result<Obj, Exc> {
    let fmt = Format::of(args[0])?;
    let (n, size) = fmt.size()?;
    let (result, items) = tuple::alloc(n)?;
    let src = buffer::get_or_raise(args[1])?;
    let offset = match args.get(2) {
        Some(&o) => offset_in(src.len, int::expect_i64(o)?)?,
        None => 0,
    };
    if offset.checked_add(size).is_none_or(|end| end > src.len) {
        return Err(too_small());
    }
    let data = &src.bytes()[offset..offset + size];
    let (mut p, mut i) = (0usize, 0usize);
    for (count, code) in fmt.iter() {
        if i == n {
            break;
        }
        match code {
            b'x' => p += count,
            b's' => {
                items[i] = bytes::from_slice(&data[p..p + count])?;
                i += 1;
                p += count;
            }
            _ => {
                let (size, align) = field(fmt.kind, code)?;
                for _ in 0..count {
                    p = p.next_multiple_of(align);
                    let mut word = [0u8; 8];
                    word[..size].copy_from_slice(&data[p..p + size]);
                    if fmt.big_endian() {
                        word[..size].reverse();
                    }
                    items[i] = decode(code, u64::from_le_bytes(word), size)?;
                    i += 1;
                    p += size;
                }
            }
        }
    }
    Ok(result)
}

/// The value of `code` whose `size` bytes are the low bytes of `bits`.
fn decode(code: u8, bits: u64, size: usize) -> Result<Obj, Exc> {
    #[cfg(not(mp_float = "none"))]
    {
        use crate::obj::float::{self, Float};
        match code {
            b'e' => return float::new(half::decode(bits as u16) as Float),
            b'f' => return float::new(f32::from_bits(bits as u32) as Float),
            b'd' => return float::new(float::from_f64_bits(bits)),
            _ => {}
        }
    }
    if code.is_ascii_lowercase() {
        // Sign-extend from the field's width.
        let shift = 64 - 8 * size as u32;
        int::from_i64(((bits << shift) as i64) >> shift)
    } else {
        int::from_u64(bits)
    }
}

/// IEEE half precision (`e`), converted as MicroPython's software `mp_encode_half_float`
/// and `mp_decode_half_float` do, so packed bytes match MicroPython's byte for byte:
/// the mantissa rounds half up and a carry spills into the exponent field; exponents past
/// the half range wrap into the upper bits (very large values only become infinity beyond
/// 2**48), and single-precision subnormals keep their mantissa bits.
#[cfg(not(mp_float = "none"))]
mod half {
    pub fn encode(x: f32) -> u16 {
        let i = x.to_bits();
        let mut m = (i >> 13) & 0x3ff;
        if i & (1 << 12) != 0 {
            m += 1;
        }
        let mut e = ((i >> 23) & 0xff) as i32;
        if e == 0xff {
            e = 0x1f;
        } else if e != 0 {
            e -= 127 - 15;
            if e < 0 {
                // A half subnormal: shift the mantissa with its implicit bit, rounding
                // half up.
                m = if e >= -11 {
                    let s = (m | 0x400) >> -e;
                    if s & 1 != 0 {
                        (s >> 1) + 1
                    } else {
                        s >> 1
                    }
                } else {
                    0
                };
                e = 0;
            } else if e > 0x3f {
                e = 0x1f;
                m = 0;
            }
        }
        (((i >> 16) & 0x8000) | ((e as u32) << 10) | m) as u16
    }

    pub fn decode(h: u16) -> f32 {
        let mut m = u32::from(h & 0x3ff);
        let mut e = u32::from((h >> 10) & 0x1f);
        if e == 0x1f {
            e = 0xff;
        } else if e != 0 {
            e += 127 - 15;
        } else if m != 0 {
            // A subnormal: normalise it.
            e = 127 - 15 + 1;
            while m & 0x400 == 0 {
                m <<= 1;
                e -= 1;
            }
            m &= 0x3ff;
        }
        f32::from_bits((u32::from(h & 0x8000) << 16) | (e << 23) | (m << 13))
    }
}
