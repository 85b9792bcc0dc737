//! `hashlib` (board.toml `[modules] builtin = ["hashlib"]`): `sha256`, the one algorithm
//! MicroPython's unix port builds (`extmod/modhashlib.c`; `sha1` and `md5` are optional
//! there and off in the reference build, so absent here).
//!
//! `sha256(data=b'')` is a type: `update(data)` and `digest()` (32 bytes); no `hexdigest`,
//! no `copy`, no keywords, as MicroPython. After `digest()` the hash is final: `update` and
//! a second `digest` raise MicroPython's `ValueError: hash is final`. Data is any object
//! with the buffer protocol, or a str (its UTF-8 bytes).
//!
//! The compression function is this file's own (FIPS 180-4): the whole module costs 1,788
//! bytes of flash on the STM32F4 firmware, against 3,444 with RustCrypto's `sha2` 0.10
//! (`default-features = false`) doing the hashing behind the same Python interface
//! (measured with `size -A`, board.toml plus `hashlib`), and it needs no dependency.
//! Checked against CPython's `hashlib` in `tests/modules_std/hashlib_sha256.py`.

use core::cell::Cell;

use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::repr::PyObj;
use crate::obj::{buffer, bytes, str as pystr, Args, Obj, ObjBase, Type};
use crate::print::{Print, PrintKind};

pub static MODULE: Module = Module::new(qstr!("hashlib"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("hashlib"))),
    RomEntry::new(qstr!("sha256"), Obj::from_static(&SHA256_TYPE)),
]));

pub static SHA256_TYPE: Type = Type {
    name: qstr!("sha256"),
    make_new: Some(sha256_make_new),
    print: Some(sha256_print),
    locals: Some(&LOCALS),
    ..Type::EMPTY
};

static LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("update"), Obj::from_static(&UPDATE)),
    RomEntry::new(qstr!("digest"), Obj::from_static(&DIGEST)),
]));

static UPDATE: NativeFn = NativeFn::new(qstr!("update"), 2, 2, sha256_update);
static DIGEST: NativeFn = NativeFn::new(qstr!("digest"), 1, 1, sha256_digest);

/// The running state of one SHA-256 computation.
#[derive(Clone, Copy)]
struct State {
    h: [u32; 8],
    /// The bytes of the block being filled (`len % 64` of them).
    block: [u8; 64],
    /// Bytes hashed so far.
    len: u64,
}

#[repr(C)]
pub struct Sha256Obj {
    base: ObjBase,
    state: Cell<State>,
    /// `digest()` was called: no more data.
    finished: Cell<bool>,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `SHA256_TYPE` objects are `Sha256Obj`s (made
// by `sha256_make_new` alone).
unsafe impl PyObj for Sha256Obj {
    const TYPE: Option<&'static Type> = Some(&SHA256_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &SHA256_TYPE)
    }
}

const H0: [u32; 8] = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/// The round constants (the first 32 bits of the fractional parts of the cube roots of the
/// first 64 primes).
const K: [u32; 64] = [
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
    0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
    0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
    0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
    0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
    0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
    0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
    0xc67178f2,
];

impl State {
    const fn new() -> State {
        State { h: H0, block: [0; 64], len: 0 }
    }

    /// Mix one 64-byte block into `h` (FIPS 180-4, 6.2.2).
    fn compress(h: &mut [u32; 8], block: &[u8; 64]) {
        let mut w = [0u32; 64];
        for (i, c) in block.chunks_exact(4).enumerate() {
            w[i] = u32::from_be_bytes([c[0], c[1], c[2], c[3]]);
        }
        for i in 16..64 {
            let s0 = w[i - 15].rotate_right(7) ^ w[i - 15].rotate_right(18) ^ (w[i - 15] >> 3);
            let s1 = w[i - 2].rotate_right(17) ^ w[i - 2].rotate_right(19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16].wrapping_add(s0).wrapping_add(w[i - 7]).wrapping_add(s1);
        }
        let mut v = *h;
        for i in 0..64 {
            let [a, b, c, d, e, f, g, hh] = v;
            let s1 = e.rotate_right(6) ^ e.rotate_right(11) ^ e.rotate_right(25);
            let ch = (e & f) ^ (!e & g);
            let t1 = hh.wrapping_add(s1).wrapping_add(ch).wrapping_add(K[i]).wrapping_add(w[i]);
            let s0 = a.rotate_right(2) ^ a.rotate_right(13) ^ a.rotate_right(22);
            let maj = (a & b) ^ (a & c) ^ (b & c);
            let t2 = s0.wrapping_add(maj);
            v = [t1.wrapping_add(t2), a, b, c, d.wrapping_add(t1), e, f, g];
        }
        for (x, y) in h.iter_mut().zip(v) {
            *x = x.wrapping_add(y);
        }
    }

    fn update(&mut self, mut data: &[u8]) {
        while !data.is_empty() {
            let at = (self.len % 64) as usize;
            let n = (64 - at).min(data.len());
            self.block[at..at + n].copy_from_slice(&data[..n]);
            self.len = self.len.wrapping_add(n as u64);
            data = &data[n..];
            if at + n == 64 {
                State::compress(&mut self.h, &self.block);
            }
        }
    }

    /// The digest: the padding (`0x80`, zeros, the bit length) hashed in, `h` as bytes.
    fn finish(mut self) -> [u8; 32] {
        let bits = self.len.wrapping_mul(8);
        self.update(&[0x80]);
        while self.len % 64 != 56 {
            self.update(&[0]);
        }
        self.update(&bits.to_be_bytes());
        let mut out = [0u8; 32];
        for (o, x) in out.chunks_exact_mut(4).zip(self.h) {
            o.copy_from_slice(&x.to_be_bytes());
        }
        out
    }
}

fn sha256_print(_o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<sha256>")
}

fn this(o: Obj) -> Result<&'static Sha256Obj, Exc> {
    o.downcast::<Sha256Obj>().ok_or_else(|| exc::wrong_self(&SHA256_TYPE, o))
}

/// The bytes of a data argument: a str's UTF-8, or any buffer.
fn data_arg(o: Obj) -> Result<&'static [u8], Exc> {
    if let Some(s) = pystr::as_str(o) {
        return Ok(s.as_bytes());
    }
    Ok(buffer::get_or_raise(o)?.bytes())
}

fn sha256_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let pos = args.no_kw()?;
    if pos.len() > 1 {
        return Err(exc::at_most_args(1, pos.len()));
    }
    let mut state = State::new();
    if let Some(&d) = pos.first() {
        feed(&mut state, data_arg(d)?)?;
    }
    let h = crate::gc::new(Sha256Obj {
        base: ObjBase::new(&SHA256_TYPE),
        state: Cell::new(state),
        finished: Cell::new(false),
    })?;
    Ok(Obj::from_ref(h))
}

#[cold]
fn hash_is_final() -> Exc {
    exc::value_error(msg!("hash is final"))
}

fn sha256_update(a: &[Obj]) -> Result<Obj, Exc> {
    let h = this(a[0])?;
    if h.finished.get() {
        return Err(hash_is_final());
    }
    let data = data_arg(a[1])?;
    let mut s = h.state.get();
    feed(&mut s, data)?;
    h.state.set(s);
    Ok(Obj::NONE)
}

/// Hash `data` into `s` a chunk at a time, with a Ctrl-C check between chunks.
fn feed(s: &mut State, data: &[u8]) -> Result<(), Exc> {
    for chunk in data.chunks(4096) {
        crate::vm::poll_interrupt()?;
        s.update(chunk);
    }
    Ok(())
}

fn sha256_digest(a: &[Obj]) -> Result<Obj, Exc> {
    let h = this(a[0])?;
    if h.finished.get() {
        return Err(hash_is_final());
    }
    h.finished.set(true);
    bytes::from_slice(&h.state.get().finish())
}
