//! What `machine.mem8`, `mem16`, `mem32` do (the `mem` class and the three ROM instances
//! are declared in `py/mod.rs`): `mem32[addr]` reads and `mem32[addr] = v` writes memory,
//! through the board ([`crate::Board::mem_read`]/`mem_write`), which says which addresses
//! are readable and writable (the MCU: reads of flash, RAM, system memory and peripherals;
//! writes to peripherals only, never into the RAM the runtime owns). MicroPython's
//! messages: `ValueError: address 00000001 is not aligned to 4 bytes`; an address the
//! board refuses is `ValueError: invalid address`.

use runtime::obj::exc::{self, Exc};
use runtime::obj::{int, Obj};

use super::board;

/// `<8-bit memory>`, as MicroPython prints it.
pub fn repr(width: u8) -> &'static str {
    match width {
        1 => "<8-bit memory>",
        2 => "<16-bit memory>",
        _ => "<32-bit memory>",
    }
}

/// The address `index` names, checked for alignment.
fn address(index: Obj, width: u8) -> Result<usize, Exc> {
    if !int::is_int(index) {
        return Err(exc::type_error_fmt(runtime::msg!("can't convert {} to int"), &[index.ty().name()]));
    }
    let a = int::expect_i64(index)?;
    let addr = usize::try_from(a).map_err(|_| exc::value_error(runtime::msg!("invalid address")))?;
    if addr % usize::from(width) != 0 {
        return Err(not_aligned(addr, width));
    }
    Ok(addr)
}

/// `ValueError: address 00000001 is not aligned to 4 bytes`.
#[cold]
fn not_aligned(addr: usize, width: u8) -> Exc {
    let mut hex = [b'0'; 8];
    for (i, d) in hex.iter_mut().enumerate() {
        let nibble = (addr >> (28 - 4 * i)) & 0xF;
        *d = b"0123456789abcdef"[nibble];
    }
    let w = [b'0' + width];
    let (Some(hex), Some(w)) = (runtime::obj::unicode::as_utf8(&hex), runtime::obj::unicode::as_utf8(&w)) else {
        return exc::value_error(runtime::msg!("address is not aligned"));
    };
    exc::new_msg_fmt(&exc::VALUE_ERROR, runtime::msg!("address {} is not aligned to {} bytes"), &[hex, w])
}

/// `mem[index]`.
pub fn get(width: u8, index: Obj) -> Result<Obj, Exc> {
    let addr = address(index, width)?;
    let v = board(|b| b.mem_read(addr, width))?.ok_or_else(|| exc::value_error(runtime::msg!("invalid address")))?;
    int::from_u64(u64::from(v))
}

/// `mem[index] = value`: the value's low `8 * width` bits, as MicroPython's
/// `mp_obj_get_int_truncated`.
pub fn set(width: u8, index: Obj, value: Obj) -> Result<(), Exc> {
    let addr = address(index, width)?;
    let v = int::expect_i64(value)? as u32;
    if board(|b| b.mem_write(addr, width, v))? {
        Ok(())
    } else {
        Err(exc::value_error(runtime::msg!("invalid address")))
    }
}
