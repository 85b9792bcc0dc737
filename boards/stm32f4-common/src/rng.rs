//! Random bytes for `os.urandom`: the STM32F405's RNG peripheral where it delivers, else a
//! documented fallback generator.
//!
//! The RNG needs the 48 MHz PLL48CLK, which this firmware does not start (it runs from the
//! 16 MHz HSI), and QEMU 7.2's netduinoplus2 does not model the peripheral at all (its
//! registers read 0). So each word is first asked of the RNG with a bounded wait (a few
//! hundred register reads, never a hang); a word it gives (DRDY set, no seed or clock
//! error) is used as is. Once it has failed to give one, it is not asked again, and every word comes from the fallback: a
//! SplitMix64 generator seeded once from the chip's 96-bit unique ID (real silicon only:
//! QEMU maps nothing there) and the SysTick cycle counter, with the cycle counter mixed in
//! again at every call. Its quality: statistically good (SplitMix64 passes BigCrush) but
//! predictable from the unique ID and the time since reset — fine for `random.seed` and
//! test data, not for keys.

use core::ptr::{read_volatile, write_volatile};

use crate::platform;

/// RCC AHB2 peripheral clock enable register; RNGEN is bit 6.
const RCC_AHB2ENR: *mut u32 = 0x4002_3834 as *mut u32;
const RCC_AHB2ENR_RNGEN: u32 = 1 << 6;
/// The RNG's control (RNGEN = bit 2), status (DRDY = bit 0, CECS = bit 1, SECS = bit 2)
/// and data registers.
const RNG_CR: *mut u32 = 0x5006_0800 as *mut u32;
const RNG_SR: *const u32 = 0x5006_0804 as *const u32;
const RNG_DR: *const u32 = 0x5006_0808 as *const u32;
const RNG_CR_RNGEN: u32 = 1 << 2;
const RNG_SR_DRDY: u32 = 1 << 0;
const RNG_SR_ERRORS: u32 = (1 << 1) | (1 << 2);
/// Status reads before giving up on a word: a working RNG has one every 40 of its 48 MHz
/// clock cycles, far fewer than this.
const RNG_POLLS: u32 = 200;
/// The 96-bit unique device ID (RM0090 39.1).
const UID: *const u32 = 0x1FFF_7A10 as *const u32;

pub struct Rng {
    /// Whether the RNG was switched on.
    started: bool,
    /// The RNG failed to give a word: use the fallback from now on.
    failed: bool,
    /// The fallback's state; 0 until seeded.
    state: u64,
}

impl Rng {
    pub const fn new() -> Rng {
        Rng { started: false, failed: false, state: 0 }
    }

    /// A word from the RNG peripheral, if it gives one within `RNG_POLLS` reads.
    fn hardware_word(&mut self) -> Option<u32> {
        if self.failed {
            return None;
        }
        if !self.started {
            // SAFETY: RCC_AHB2ENR and RNG_CR are always-mapped registers of the STM32F405
            // (QEMU ignores the writes); setting RNGEN enables only the RNG's clock and the RNG.
            unsafe {
                write_volatile(RCC_AHB2ENR, read_volatile(RCC_AHB2ENR) | RCC_AHB2ENR_RNGEN);
                write_volatile(RNG_CR, read_volatile(RNG_CR) | RNG_CR_RNGEN);
            }
            self.started = true;
        }
        for _ in 0..RNG_POLLS {
            // SAFETY: reading the RNG's status register has no side effect.
            let sr = unsafe { read_volatile(RNG_SR) };
            if sr & RNG_SR_ERRORS != 0 {
                break;
            }
            if sr & RNG_SR_DRDY != 0 {
                // SAFETY: reading DR takes the ready word (its only side effect).
                return Some(unsafe { read_volatile(RNG_DR) });
            }
        }
        self.failed = true;
        None
    }

    /// A word from the fallback generator (SplitMix64), `cycles` mixed into its state.
    fn fallback_word(&mut self, cycles: u32) -> u32 {
        if self.state == 0 {
            let mut seed = 0x9E37_79B9_7F4A_7C15u64;
            if !platform::on_qemu() {
                for i in 0..3 {
                    // SAFETY: the unique ID is always-mapped read-only system memory on the chip.
                    let w = unsafe { read_volatile(UID.add(i)) };
                    seed = seed.rotate_left(21) ^ u64::from(w);
                }
            }
            self.state = seed;
        }
        self.state = self.state.wrapping_add(0x9E37_79B9_7F4A_7C15 ^ u64::from(cycles));
        let mut z = self.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        (z ^ (z >> 31)) as u32
    }

    /// Fill `buf`; `cycles` reads the SysTick cycle counter.
    pub fn fill(&mut self, buf: &mut [u8], cycles: impl Fn() -> u32) {
        for chunk in buf.chunks_mut(4) {
            let w = match self.hardware_word() {
                Some(w) => w,
                None => self.fallback_word(cycles()),
            };
            chunk.copy_from_slice(&w.to_le_bytes()[..chunk.len()]);
        }
    }
}
