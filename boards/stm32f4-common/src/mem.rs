//! The C library's memory functions, small: `memcpy`, `memmove`, `memset`, `memcmp` and the
//! ARM EABI entry points LLVM calls for them (`__aeabi_memcpy4`, `__aeabi_memclr`, ...).
//!
//! `compiler_builtins` defines them all as weak symbols tuned for speed: 3.4 KB of flash,
//! 1.6 KB of it `memmove`'s misaligned-shift paths. These strong definitions replace them
//! with word loops when both pointers are word-aligned and byte loops otherwise (about
//! 400 bytes), as MicroPython's bare-metal ports do with their own `string0.c`. The
//! Cortex-M4 copies a word per load/store pair either way; only misaligned copies, which
//! the runtime rarely makes (its heap blocks are word-aligned), go a byte at a time.
//!
//! LLVM knows these functions by name: a call to `memset` in the body of `__aeabi_memclr`
//! becomes a call to `__aeabi_memclr` again. So every entry point calls the private
//! functions below (`copy_forward`, `move_bytes`, `fill`, `compare`), whose loops use
//! volatile accesses so that LLVM cannot recognise them as a copy or a fill either.

use core::ptr::{read_volatile, write_volatile};

const WORD: usize = core::mem::size_of::<usize>();

fn aligned(a: usize, b: usize) -> bool {
    (a | b).is_multiple_of(WORD)
}

/// Copy `n` bytes from `src` to `dest`, lowest address first (also right for overlapping
/// buffers when `dest` is below `src`).
///
/// # Safety
/// As `memcpy`: both ranges valid for `n` bytes.
unsafe fn copy_forward(dest: *mut u8, src: *const u8, n: usize) {
    let mut i = 0;
    if aligned(dest as usize, src as usize) {
        while i + WORD <= n {
            // SAFETY: `i + WORD <= n` and both pointers are word-aligned, so is `+ i`.
            unsafe { write_volatile(dest.add(i).cast::<usize>(), read_volatile(src.add(i).cast::<usize>())) };
            i += WORD;
        }
    }
    while i < n {
        // SAFETY: `i < n`: inside both ranges.
        unsafe { write_volatile(dest.add(i), read_volatile(src.add(i))) };
        i += 1;
    }
}

/// Copy `n` bytes from `src` to `dest`, highest address first (for overlapping buffers
/// with `dest` above `src`).
///
/// # Safety
/// As `memmove`: both ranges valid for `n` bytes.
unsafe fn copy_backward(dest: *mut u8, src: *const u8, n: usize) {
    let mut i = n;
    if aligned(dest as usize + n, src as usize + n) {
        while i >= WORD {
            i -= WORD;
            // SAFETY: `i + WORD` was at most `n`; the ends are word-aligned, so is `+ i`.
            unsafe { write_volatile(dest.add(i).cast::<usize>(), read_volatile(src.add(i).cast::<usize>())) };
        }
    }
    while i > 0 {
        i -= 1;
        // SAFETY: `i < n`: inside both ranges.
        unsafe { write_volatile(dest.add(i), read_volatile(src.add(i))) };
    }
}

/// # Safety
/// The C function's contract: `dest` and `src` valid for `n` bytes and not overlapping.
#[no_mangle]
pub unsafe extern "C" fn memcpy(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract.
    unsafe { copy_forward(dest, src, n) };
    dest
}

/// Copy `n` bytes from `src` to `dest`, which may overlap.
///
/// # Safety
/// As `memmove`: both ranges valid for `n` bytes.
unsafe fn move_bytes(dest: *mut u8, src: *const u8, n: usize) {
    // SAFETY: the caller's contract; a forward copy is right unless `dest` lies inside
    // `src`'s range, where it would overwrite bytes before reading them.
    unsafe {
        if (dest as usize).wrapping_sub(src as usize) >= n {
            copy_forward(dest, src, n);
        } else {
            copy_backward(dest, src, n);
        }
    }
}

/// # Safety
/// The C function's contract: `dest` and `src` valid for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memmove(dest: *mut u8, src: *const u8, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract.
    unsafe { move_bytes(dest, src, n) };
    dest
}

/// Set `n` bytes at `s` to `byte`.
///
/// # Safety
/// As `memset`: `s` valid for `n` bytes.
unsafe fn fill(s: *mut u8, byte: u8, n: usize) {
    let mut i = 0;
    if (s as usize).is_multiple_of(WORD) {
        let word = usize::from_ne_bytes([byte; WORD]);
        while i + WORD <= n {
            // SAFETY: `i + WORD <= n`, and `s + i` is word-aligned.
            unsafe { write_volatile(s.add(i).cast::<usize>(), word) };
            i += WORD;
        }
    }
    while i < n {
        // SAFETY: `i < n`.
        unsafe { write_volatile(s.add(i), byte) };
        i += 1;
    }
}

/// # Safety
/// The C function's contract: `s` valid for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memset(s: *mut u8, c: i32, n: usize) -> *mut u8 {
    // SAFETY: the caller's contract.
    unsafe { fill(s, c as u8, n) };
    s
}

/// The first difference of `n` bytes at `a` and `b` (0: none).
///
/// # Safety
/// As `memcmp`: both ranges valid for `n` bytes.
unsafe fn compare(a: *const u8, b: *const u8, n: usize) -> i32 {
    for i in 0..n {
        // SAFETY: `i < n`.
        let (x, y) = unsafe { (read_volatile(a.add(i)), read_volatile(b.add(i))) };
        if x != y {
            return i32::from(x) - i32::from(y);
        }
    }
    0
}

/// # Safety
/// The C function's contract: `a` and `b` valid for `n` bytes.
#[no_mangle]
pub unsafe extern "C" fn memcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the caller's contract.
    unsafe { compare(a, b, n) }
}

/// # Safety
/// As [`memcmp`].
#[no_mangle]
pub unsafe extern "C" fn bcmp(a: *const u8, b: *const u8, n: usize) -> i32 {
    // SAFETY: the caller's contract.
    unsafe { compare(a, b, n) }
}

// The ARM EABI's names (what LLVM calls on this target). `memset`'s take the length
// before the byte; the `4`/`8` variants promise aligned pointers, which the plain
// functions check for themselves.

macro_rules! aeabi {
    ([$($name:ident),*] $params:tt => $body:expr) => {
        $(
            /// # Safety
            /// As the C function it stands for: the pointers valid for `n` bytes.
            #[no_mangle]
            pub unsafe extern "C" fn $name $params {
                // SAFETY: the caller's contract.
                unsafe { $body };
            }
        )*
    };
}

aeabi!([__aeabi_memcpy, __aeabi_memcpy4, __aeabi_memcpy8] (dest: *mut u8, src: *const u8, n: usize) => copy_forward(dest, src, n));
aeabi!([__aeabi_memmove, __aeabi_memmove4, __aeabi_memmove8] (dest: *mut u8, src: *const u8, n: usize) => move_bytes(dest, src, n));
aeabi!([__aeabi_memset, __aeabi_memset4, __aeabi_memset8] (s: *mut u8, n: usize, c: i32) => fill(s, c as u8, n));
aeabi!([__aeabi_memclr, __aeabi_memclr4, __aeabi_memclr8] (s: *mut u8, n: usize) => fill(s, 0, n));
