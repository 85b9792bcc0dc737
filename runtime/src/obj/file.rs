//! Calls to the board's OS services (files, directories) and their errors, shared by
//! `open`'s file objects (`obj::fileio`), `os` and `execfile`.

use super::{exc, str as pystr, Obj};
use crate::gc::root;
use crate::os_hal::{Errno, OsHal, ENODEV};
use exc::Exc;

/// Run `f` with the board's OS services; `OSError(errno)` on failure, `OSError(ENODEV)`
/// on a board without them.
pub fn with_os<R>(f: impl FnOnce(&mut dyn OsHal) -> Result<R, Errno>) -> Result<R, Exc> {
    with_os_or(ENODEV, f)
}

/// [`with_os`], with `OSError(missing)` on a board without OS services.
pub(crate) fn with_os_or<R>(missing: Errno, f: impl FnOnce(&mut dyn OsHal) -> Result<R, Errno>) -> Result<R, Exc> {
    let r = root::with_hal(|h| h.os().map(f)).flatten().unwrap_or(Err(missing));
    r.map_err(os_error)
}

/// `OSError(errno)`.
pub fn os_error(errno: Errno) -> Exc {
    exc::new(&exc::OS_ERROR, &[Obj::small_int(errno as isize)])
}

/// A path argument: a str.
pub fn path_arg(o: Obj) -> Result<&'static str, Exc> {
    pystr::as_str(o)
        .ok_or_else(|| exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()]))
}
