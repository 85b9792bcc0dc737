//! `machine.mem8`, `mem16`, `mem32`: `mem32[addr]` reads and `mem32[addr] = v` writes
//! memory, through the board ([`crate::Board::mem_read`]/`mem_write`), which says which
//! addresses are readable and writable (the MCU: reads of flash, RAM, system memory and
//! peripherals; writes to peripherals only, never into the RAM the runtime owns).
//! MicroPython's messages: `ValueError: address 00000001 is not aligned to 4 bytes`;
//! an address the board refuses is `ValueError: invalid address`.

use runtime::obj::exc::{self, Exc};
use runtime::obj::repr::{ObjBase, PyObj};
use runtime::obj::{int, Obj, Type, SENTINEL_DELETE};
use runtime::print::{Print, PrintKind};
use runtime::qstr;

use super::board;

#[repr(C)]
pub struct MemObj {
    base: ObjBase,
    width: u8,
}

// SAFETY: `#[repr(C)]` with `ObjBase` first; only `MEM_TYPE` objects are `MemObj`s.
unsafe impl PyObj for MemObj {
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &MEM_TYPE)
    }
}

pub static MEM_TYPE: Type =
    Type { name: qstr!("mem"), print: Some(mem_print), subscr: Some(mem_subscr), ..Type::EMPTY };

pub static MEM8: MemObj = MemObj { base: ObjBase::new(&MEM_TYPE), width: 1 };
pub static MEM16: MemObj = MemObj { base: ObjBase::new(&MEM_TYPE), width: 2 };
pub static MEM32: MemObj = MemObj { base: ObjBase::new(&MEM_TYPE), width: 4 };

fn width(o: Obj) -> u8 {
    o.downcast::<MemObj>().map_or(1, |m| m.width)
}

/// `<8-bit memory>`, as MicroPython prints it.
fn mem_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(match width(o) {
        1 => b"<8-bit memory>".as_slice(),
        2 => b"<16-bit memory>",
        _ => b"<32-bit memory>",
    })
}

/// The address `index` names, checked for alignment.
fn address(index: Obj, width: u8) -> Result<usize, Exc> {
    if !int::is_int(index) {
        return Err(exc::type_error_fmt("can't convert ", index.ty().name(), " to int"));
    }
    let a = int::expect_i64(index)?;
    let addr = usize::try_from(a).map_err(|_| exc::value_error("invalid address"))?;
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
    let (Ok(hex), Ok(w)) = (core::str::from_utf8(&hex), core::str::from_utf8(&w)) else {
        return exc::value_error("address is not aligned");
    };
    exc::new_msg_parts(&exc::VALUE_ERROR, &["address ", hex, " is not aligned to ", w, " bytes"])
}

fn mem_subscr(o: Obj, index: Obj, value: Obj) -> Result<Obj, Exc> {
    let w = width(o);
    if value == SENTINEL_DELETE {
        return Err(exc::type_error("'mem' object doesn't support item deletion"));
    }
    let addr = address(index, w)?;
    if value.is_null() {
        let v = board(|b| b.mem_read(addr, w))?.ok_or_else(|| exc::value_error("invalid address"))?;
        return int::from_u64(u64::from(v));
    }
    // The value's low `8 * w` bits, as MicroPython's `mp_obj_get_int_truncated`.
    let v = int::expect_i64(value)? as u32;
    if board(|b| b.mem_write(addr, w, v))? {
        Ok(Obj::NONE)
    } else {
        Err(exc::value_error("invalid address"))
    }
}
