//! `binascii`: `hexlify`, `unhexlify`, `a2b_base64`, `b2a_base64`, `crc32`, taking any
//! object with a buffer (str included) and raising MicroPython's errors.
//!
//! The base64 decoder is MicroPython's: characters outside the alphabet are skipped, and a
//! `=` ends the data only where padding may stand, so it accepts what MicroPython accepts
//! (`b'Y!W Jj\n'` is `b'abc'`) and raises `ValueError: incorrect padding` where it does.

use crate::bytecode::BinOp;
use crate::gc::GcVec;
use crate::obj::buffer;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::{ArgSpec, NativeFn, NativeSpecFn};
use crate::obj::module::Module;
use crate::obj::{self, bytes, int, Obj};

pub static MODULE: Module = Module::new(qstr!("binascii"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("binascii"))),
    RomEntry::new(qstr!("hexlify"), Obj::from_static(&HEXLIFY)),
    RomEntry::new(qstr!("unhexlify"), Obj::from_static(&UNHEXLIFY)),
    RomEntry::new(qstr!("a2b_base64"), Obj::from_static(&A2B_BASE64)),
    RomEntry::new(qstr!("b2a_base64"), Obj::from_static(&B2A_BASE64)),
    RomEntry::new(qstr!("crc32"), Obj::from_static(&CRC32)),
]));

static HEXLIFY: NativeFn = NativeFn::new(qstr!("hexlify"), 1, 2, hexlify);
static UNHEXLIFY: NativeFn = NativeFn::new(qstr!("unhexlify"), 1, 1, unhexlify);
static A2B_BASE64: NativeFn = NativeFn::new(qstr!("a2b_base64"), 1, 1, a2b_base64);
static B2A_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("newline")],
    defaults: &[Obj::NULL, Obj::TRUE],
    n_pos: 2,
    varargs: false,
    varkw: false,
};
static B2A_BASE64: NativeSpecFn = NativeSpecFn::new(qstr!("b2a_base64"), &B2A_SPEC, b2a_base64);
static CRC32: NativeFn = NativeFn::new(qstr!("crc32"), 1, 2, crc32);

const HEX: &[u8; 16] = b"0123456789abcdef";

/// `hexlify(data[, sep])`: two lowercase hex digits per byte; with `sep` (any buffer, its
/// first byte is used, as MicroPython does) between bytes.
fn hexlify(args: &[Obj]) -> Result<Obj, Exc> {
    let data = buffer::get_or_raise(args[0])?;
    let sep = match args.get(1) {
        Some(&s) => buffer::get_or_raise(s)?.bytes().first().copied(),
        None => None,
    };
    let data = data.bytes();
    let mut v = GcVec::with_capacity(data.len().saturating_mul(3))?;
    for (i, &c) in data.iter().enumerate() {
        if let (Some(s), true) = (sep, i > 0) {
            v.push(s)?;
        }
        v.extend_from_slice(&[HEX[(c >> 4) as usize], HEX[(c & 15) as usize]])?;
    }
    bytes::from_gcvec(v)
}

/// `unhexlify(data)`: pairs of hex digits (either case) to bytes.
fn unhexlify(args: &[Obj]) -> Result<Obj, Exc> {
    let data = buffer::get_or_raise(args[0])?.bytes();
    let digit =
        |c: u8| (c as char).to_digit(16).map(|d| d as u8).ok_or_else(|| exc::value_error(msg!("non-hex digit")));
    if data.len() % 2 != 0 {
        // MicroPython v1.21 reports an odd length with the same message.
        return Err(exc::value_error(msg!("non-hex digit")));
    }
    let mut v = GcVec::with_capacity(data.len() / 2)?;
    for pair in data.chunks_exact(2) {
        v.push(digit(pair[0])? << 4 | digit(pair[1])?)?;
    }
    bytes::from_gcvec(v)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn sextet(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// `a2b_base64(data)`: MicroPython's decoder (see the module header).
fn a2b_base64(args: &[Obj]) -> Result<Obj, Exc> {
    let data = buffer::get_or_raise(args[0])?.bytes();
    let mut v = GcVec::with_capacity(data.len() / 4 * 3 + 1)?;
    let (mut shift, mut nbits) = (0u32, 0u32);
    // A `=` since the last alphabet character.
    let mut had_pad = false;
    for &c in data {
        if c == b'=' {
            if nbits == 2 || (nbits == 4 && had_pad) {
                // The padding that completes the last group: the rest is ignored.
                nbits = 0;
                break;
            }
            had_pad = true;
        }
        let Some(s) = sextet(c) else { continue };
        had_pad = false;
        shift = (shift << 6) | s;
        nbits += 6;
        if nbits >= 8 {
            nbits -= 8;
            v.push((shift >> nbits) as u8)?;
        }
    }
    if nbits != 0 {
        return Err(exc::value_error(msg!("incorrect padding")));
    }
    bytes::from_gcvec(v)
}

/// `b2a_base64(data, newline=True)`: base64 with `=` padding, and a `\n` at the end
/// when `newline` is true.
fn b2a_base64(args: &[Obj]) -> Result<Obj, Exc> {
    let data = buffer::get_or_raise(args[0])?.bytes();
    let newline = obj::is_true(args[1])?;
    let mut v = GcVec::with_capacity(data.len().div_ceil(3).saturating_mul(4) + 1)?;
    for group in data.chunks(3) {
        let n =
            (group[0] as u32) << 16 | (*group.get(1).unwrap_or(&0) as u32) << 8 | *group.get(2).unwrap_or(&0) as u32;
        let mut out = [b'='; 4];
        for (i, o) in out.iter_mut().enumerate().take(group.len() + 1) {
            *o = B64[(n >> (18 - 6 * i) & 63) as usize];
        }
        v.extend_from_slice(&out)?;
    }
    if newline {
        v.push(b'\n')?;
    }
    bytes::from_gcvec(v)
}

/// The CRC-32 (IEEE 802.3, reflected, polynomial 0xEDB88320) of `data`, continuing `crc`.
fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            // Shift out the low bit; subtract the polynomial when it was set.
            crc = (crc >> 1) ^ (0xEDB8_8320 & (crc & 1).wrapping_neg());
        }
    }
    !crc
}

/// `crc32(data[, value])`: `value`'s low 32 bits start the CRC (any int, as MicroPython
/// truncates it).
fn crc32(args: &[Obj]) -> Result<Obj, Exc> {
    let data = buffer::get_or_raise(args[0])?.bytes();
    let start = match args.get(1) {
        Some(&v) if int::is_int(v) => {
            let low = obj::binary_op(BinOp::And, v, int::from_i64(0xFFFF_FFFF)?)?;
            int::expect_i64(low)? as u32
        }
        Some(&v) => int::expect_i64(v)? as u32,
        None => 0,
    };
    int::from_u64(crc32_update(start, data) as u64)
}
