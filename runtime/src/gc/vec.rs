//! `GcVec<T>`: a growable array whose buffer lives in the GC heap.
//!
//! Used by the lexer, parser, compiler and objects, so that the compiler too allocates
//! only from the board's heap. The buffer is freed when the `GcVec` drops; `into_raw`
//! hands it to an object instead (the GC then owns it). Elements are `Copy`: heap memory
//! never runs destructors.

use core::marker::PhantomData;
use core::ops::{Deref, DerefMut};
use core::ptr::NonNull;

use super::root;
use crate::obj::exc::Exc;

pub struct GcVec<T: Copy> {
    raw: Raw,
    _items: PhantomData<T>,
}

/// A `GcVec`'s buffer, untyped, so that growing it is one copy of the code for every `T`.
struct Raw {
    ptr: NonNull<u8>,
    len: usize,
    cap: usize,
}

impl Raw {
    /// Make room for `extra` more elements of `size` bytes.
    #[inline(never)]
    fn reserve(&mut self, extra: usize, size: usize) -> Result<(), Exc> {
        if self.cap - self.len >= extra {
            return Ok(());
        }
        let old = if self.cap == 0 { core::ptr::null_mut() } else { self.ptr.as_ptr() };
        let (p, cap) = grow(old, self.len, self.cap, extra, size)?;
        self.ptr = p;
        self.cap = cap;
        Ok(())
    }
}

/// The capacity a growing buffer (a `GcVec`, a list's items) of `cap` asks for when it
/// needs `need`: double, for amortised O(1) pushes.
pub(crate) fn doubled(cap: usize, need: usize) -> usize {
    need.max(cap.saturating_mul(2)).max(4)
}

/// What it asks for when the heap had no room for [`doubled`]: a quarter more, still
/// geometric, so one near the end of a small heap (the compiler's arrays, a list being
/// filled) fits where twice its size would not; `None` under 64 items (not worth a second
/// attempt) or when that is no smaller.
pub(crate) fn quarter_more(cap: usize, need: usize) -> Option<usize> {
    let c = need.max(cap + cap / 4);
    (cap >= 64 && c < doubled(cap, need)).then_some(c)
}

/// The growth of every `GcVec`, whatever its element type (one copy of the code, not one
/// per `T`): reallocate the buffer `old` (null when none) of `cap` elements of `size`
/// bytes, `len` of them in use, to hold `extra` more. Returns the buffer and its capacity.
fn grow(old: *mut u8, len: usize, cap: usize, extra: usize, size: usize) -> Result<(NonNull<u8>, usize), Exc> {
    let need = len.checked_add(extra).ok_or_else(crate::obj::exc::memory_error)?;
    let heap = root::heap();
    let mut new_cap = doubled(cap, need);
    loop {
        let bytes = new_cap.checked_mul(size).ok_or_else(crate::obj::exc::memory_error)?;
        match heap.realloc(old, cap * size, bytes) {
            Ok(p) => return Ok((p, new_cap)),
            Err(e) if e.is(&crate::obj::exc::MEMORY_ERROR) => match quarter_more(cap, need) {
                Some(c) if c < new_cap => new_cap = c,
                _ => return Err(e),
            },
            Err(e) => return Err(e),
        }
    }
}

impl<T: Copy> Default for GcVec<T> {
    fn default() -> Self {
        Self::new()
    }
}

impl<T: Copy> GcVec<T> {
    const SIZE: usize = core::mem::size_of::<T>();

    /// An empty vector; allocates nothing.
    pub const fn new() -> Self {
        GcVec { raw: Raw { ptr: NonNull::<T>::dangling().cast(), len: 0, cap: 0 }, _items: PhantomData }
    }

    /// # Errors
    /// `MemoryError`.
    pub fn with_capacity(cap: usize) -> Result<Self, Exc> {
        let mut v = Self::new();
        v.reserve(cap)?;
        Ok(v)
    }

    /// A vector holding a copy of `items`.
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn from_slice(items: &[T]) -> Result<Self, Exc> {
        let mut v = Self::with_capacity(items.len())?;
        v.extend_from_slice(items)?;
        Ok(v)
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.raw.len
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.raw.len == 0
    }

    pub fn capacity(&self) -> usize {
        self.raw.cap
    }

    /// Make room for `extra` more elements.
    ///
    /// # Errors
    /// `MemoryError` (the vector is unchanged).
    #[inline]
    pub fn reserve(&mut self, extra: usize) -> Result<(), Exc> {
        self.raw.reserve(extra, Self::SIZE)
    }

    /// The buffer, typed.
    #[inline]
    fn ptr(&self) -> *mut T {
        self.raw.ptr.as_ptr().cast()
    }

    /// # Errors
    /// `MemoryError`.
    #[inline]
    pub fn push(&mut self, v: T) -> Result<(), Exc> {
        if self.raw.len == self.raw.cap {
            self.reserve(1)?;
        }
        // SAFETY: `len < cap`, so the slot is inside the buffer.
        unsafe { self.ptr().add(self.raw.len).write(v) };
        self.raw.len += 1;
        Ok(())
    }

    /// # Errors
    /// `MemoryError`.
    pub fn extend_from_slice(&mut self, items: &[T]) -> Result<(), Exc> {
        self.reserve(items.len())?;
        // SAFETY: capacity for `items.len()` more was reserved; `items` cannot alias our
        // spare capacity (it is not yet initialised for anyone else to borrow).
        unsafe {
            core::ptr::copy_nonoverlapping(items.as_ptr(), self.ptr().add(self.raw.len), items.len());
        }
        self.raw.len += items.len();
        Ok(())
    }

    pub fn pop(&mut self) -> Option<T> {
        if self.raw.len == 0 {
            return None;
        }
        self.raw.len -= 1;
        // SAFETY: the slot at the old `len - 1` is initialised.
        Some(unsafe { self.ptr().add(self.raw.len).read() })
    }

    pub fn truncate(&mut self, len: usize) {
        self.raw.len = self.raw.len.min(len);
    }

    pub fn clear(&mut self) {
        self.raw.len = 0;
    }

    /// Insert at `idx` (clamped to `len`).
    ///
    /// # Errors
    /// `MemoryError`.
    pub fn insert(&mut self, idx: usize, v: T) -> Result<(), Exc> {
        let idx = idx.min(self.raw.len);
        self.push(v)?;
        let s = self.as_mut_slice();
        s.copy_within(idx..s.len() - 1, idx + 1);
        s[idx] = v;
        Ok(())
    }

    pub fn remove(&mut self, idx: usize) -> Option<T> {
        if idx >= self.raw.len {
            return None;
        }
        let s = self.as_mut_slice();
        let v = s[idx];
        s.copy_within(idx + 1.., idx);
        self.raw.len -= 1;
        Some(v)
    }

    pub fn as_slice(&self) -> &[T] {
        // SAFETY: `ptr` is valid for `len` initialised elements (dangling only when `len == 0`).
        unsafe { core::slice::from_raw_parts(self.ptr(), self.raw.len) }
    }

    pub fn as_mut_slice(&mut self) -> &mut [T] {
        // SAFETY: as in `as_slice`, and we hold `&mut self`.
        unsafe { core::slice::from_raw_parts_mut(self.ptr(), self.raw.len) }
    }

    /// Give the buffer away: `(pointer, len)`; the GC owns it from now on. An empty vector
    /// gives a dangling pointer with length 0.
    pub fn into_raw(self) -> (*mut T, usize) {
        let me = core::mem::ManuallyDrop::new(self);
        (me.ptr(), me.raw.len)
    }

    /// Give the buffer away as a slice that lives as long as something references it.
    pub fn leak(self) -> &'static mut [T] {
        let (p, len) = self.into_raw();
        // SAFETY: the buffer holds `len` initialised elements; nothing else owns it now, and
        // the conservative GC keeps it alive while the returned slice is reachable.
        unsafe { core::slice::from_raw_parts_mut(p, len) }
    }
}

impl<T: Copy> Drop for GcVec<T> {
    fn drop(&mut self) {
        if self.raw.cap > 0 {
            root::heap().free(self.ptr() as *mut u8);
        }
    }
}

impl<T: Copy> Deref for GcVec<T> {
    type Target = [T];
    fn deref(&self) -> &[T] {
        self.as_slice()
    }
}

impl<T: Copy> DerefMut for GcVec<T> {
    fn deref_mut(&mut self) -> &mut [T] {
        self.as_mut_slice()
    }
}
