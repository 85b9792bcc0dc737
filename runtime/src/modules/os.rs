//! `os` (board.toml `[modules] builtin = ["os"]`): MicroPython's unix port's `os` over the
//! board's OS services (`Hal::os`): files and directories, the environment, random bytes,
//! plus `uname` (MicroPython's bare-metal ports have it). A board gives the services it
//! has (the STM32F4 board: `urandom` only); each other call raises `OSError(ENODEV)`, as
//! on a board without them. `uname` (a ROM named tuple) and `sep` always work.
//!
//! Not here, deliberately: the VFS classes and `mount`/`umount` (there is no VFS layer: the
//! host works on the real file system), and the unix port's `os.errno()`.

use crate::config;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::Exc;
use crate::obj::file::{os_error, path_arg, with_os};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::str::StrObj;
use crate::obj::{bytes, int, list, str as pystr, tuple, Obj};
use crate::os_hal::{ERANGE, S_IFDIR};

pub static MODULE: Module = Module::new(qstr!("os"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("os"))),
    RomEntry::new(qstr!("sep"), Obj::from_qstr(qstr!("/"))),
    RomEntry::new(qstr!("chdir"), Obj::from_static(&CHDIR)),
    RomEntry::new(qstr!("getcwd"), Obj::from_static(&GETCWD)),
    RomEntry::new(qstr!("getenv"), Obj::from_static(&GETENV)),
    RomEntry::new(qstr!("putenv"), Obj::from_static(&PUTENV)),
    RomEntry::new(qstr!("unsetenv"), Obj::from_static(&UNSETENV)),
    RomEntry::new(qstr!("ilistdir"), Obj::from_static(&ILISTDIR)),
    RomEntry::new(qstr!("listdir"), Obj::from_static(&LISTDIR)),
    RomEntry::new(qstr!("mkdir"), Obj::from_static(&MKDIR)),
    RomEntry::new(qstr!("remove"), Obj::from_static(&REMOVE)),
    RomEntry::new(qstr!("unlink"), Obj::from_static(&UNLINK)),
    RomEntry::new(qstr!("rename"), Obj::from_static(&RENAME)),
    RomEntry::new(qstr!("rmdir"), Obj::from_static(&RMDIR)),
    RomEntry::new(qstr!("stat"), Obj::from_static(&STAT)),
    RomEntry::new(qstr!("statvfs"), Obj::from_static(&STATVFS)),
    RomEntry::new(qstr!("system"), Obj::from_static(&SYSTEM)),
    RomEntry::new(qstr!("uname"), Obj::from_static(&UNAME)),
    RomEntry::new(qstr!("urandom"), Obj::from_static(&URANDOM)),
]));

static CHDIR: NativeFn = NativeFn::new(qstr!("chdir"), 1, 1, |a| path_op(a[0], |os, p| os.chdir(p)));
static MKDIR: NativeFn = NativeFn::new(qstr!("mkdir"), 1, 1, |a| path_op(a[0], |os, p| os.mkdir(p)));
static REMOVE: NativeFn = NativeFn::new(qstr!("remove"), 1, 1, |a| path_op(a[0], |os, p| os.remove(p)));
static UNLINK: NativeFn = NativeFn::new(qstr!("unlink"), 1, 1, |a| path_op(a[0], |os, p| os.remove(p)));
static RMDIR: NativeFn = NativeFn::new(qstr!("rmdir"), 1, 1, |a| path_op(a[0], |os, p| os.rmdir(p)));
static RENAME: NativeFn = NativeFn::new(qstr!("rename"), 2, 2, os_rename);
static GETCWD: NativeFn = NativeFn::new(qstr!("getcwd"), 0, 0, os_getcwd);
static GETENV: NativeFn = NativeFn::new(qstr!("getenv"), 1, 2, os_getenv);
static PUTENV: NativeFn = NativeFn::new(qstr!("putenv"), 2, 2, os_putenv);
static UNSETENV: NativeFn = NativeFn::new(qstr!("unsetenv"), 1, 1, os_unsetenv);
static LISTDIR: NativeFn = NativeFn::new(qstr!("listdir"), 0, 1, |a| list_dir(a, false));
static ILISTDIR: NativeFn = NativeFn::new(qstr!("ilistdir"), 0, 1, |a| {
    let l = list_dir(a, true)?;
    crate::obj::get_iter(l)
});
static STAT: NativeFn = NativeFn::new(qstr!("stat"), 1, 1, os_stat);
static STATVFS: NativeFn = NativeFn::new(qstr!("statvfs"), 1, 1, os_statvfs);
static SYSTEM: NativeFn = NativeFn::new(qstr!("system"), 1, 1, os_system);
static URANDOM: NativeFn = NativeFn::new(qstr!("urandom"), 1, 1, os_urandom);
static UNAME: NativeFn = NativeFn::new(qstr!("uname"), 0, 0, os_uname);

/// Call `f` with the board's services and the str path `p`; `None`.
fn path_op(p: Obj, f: impl FnOnce(&mut dyn crate::os_hal::OsHal, &str) -> Result<(), i32>) -> Result<Obj, Exc> {
    let p = path_arg(p)?;
    with_os(|os| f(os, p))?;
    Ok(Obj::NONE)
}

fn os_rename(a: &[Obj]) -> Result<Obj, Exc> {
    let (from, to) = (path_arg(a[0])?, path_arg(a[1])?);
    with_os(|os| os.rename(from, to))?;
    Ok(Obj::NONE)
}

fn os_getcwd(_: &[Obj]) -> Result<Obj, Exc> {
    let mut buf = [0u8; 1024];
    let n = with_os(|os| os.getcwd(&mut buf))?;
    let s = crate::obj::unicode::as_utf8(&buf[..n]).ok_or_else(|| os_error(ERANGE))?;
    pystr::new_str(s)
}

fn os_getenv(a: &[Obj]) -> Result<Obj, Exc> {
    let name = path_arg(a[0])?;
    let mut value: Result<Obj, Exc> = Ok(Obj::NULL);
    let mut found = |v: &[u8]| {
        value = match crate::obj::unicode::as_utf8(v) {
            Some(s) => pystr::new_str(s),
            None => bytes::from_slice(v),
        }
    };
    // A board without OS services has no environment: the default.
    let set = crate::gc::root::with_hal(|h| h.os().map(|os| os.getenv(name, &mut found))).flatten().unwrap_or(false);
    let value = value?;
    Ok(if set && !value.is_null() { value } else { a.get(1).copied().unwrap_or(Obj::NONE) })
}

fn os_putenv(a: &[Obj]) -> Result<Obj, Exc> {
    let (name, value) = (path_arg(a[0])?, path_arg(a[1])?);
    with_os(|os| os.putenv(name, Some(value)))?;
    Ok(Obj::NONE)
}

fn os_unsetenv(a: &[Obj]) -> Result<Obj, Exc> {
    let name = path_arg(a[0])?;
    with_os(|os| os.putenv(name, None))?;
    Ok(Obj::NONE)
}

/// `listdir(path='')` (names) or `ilistdir`'s items `(name, type, inode)`, in a list.
fn list_dir(a: &[Obj], detailed: bool) -> Result<Obj, Exc> {
    let path = match a.first() {
        Some(&p) => path_arg(p)?,
        None => "",
    };
    let l = list::new(&[])?;
    let mut failed: Result<(), Exc> = Ok(());
    let mut each = |name: &[u8], kind: u32, ino: u64| -> bool {
        let item = (|| {
            let n = match crate::obj::unicode::as_utf8(name) {
                Some(s) => pystr::new_str(s)?,
                None => bytes::from_slice(name)?,
            };
            let item = if detailed {
                let kind = Obj::small_int(if kind == S_IFDIR { 0x4000 } else { 0x8000 });
                tuple::new(&[n, kind, int::from_u64(ino)?])?
            } else {
                n
            };
            list::append(l, item)
        })();
        failed = item;
        failed.is_ok()
    };
    with_os(|os| os.list_dir(path, &mut each))?;
    failed?;
    Ok(l)
}

fn os_stat(a: &[Obj]) -> Result<Obj, Exc> {
    let p = path_arg(a[0])?;
    let s = with_os(|os| os.stat(p))?;
    tuple::new(&[
        int::from_u64(s.mode as u64)?,
        int::from_u64(s.ino)?,
        int::from_u64(s.dev)?,
        int::from_u64(s.nlink)?,
        int::from_u64(s.uid as u64)?,
        int::from_u64(s.gid as u64)?,
        int::from_u64(s.size)?,
        int::from_i64(s.atime)?,
        int::from_i64(s.mtime)?,
        int::from_i64(s.ctime)?,
    ])
}

fn os_statvfs(a: &[Obj]) -> Result<Obj, Exc> {
    let p = path_arg(a[0])?;
    let v = with_os(|os| os.statvfs(p))?;
    let mut items = [Obj::NONE; 10];
    for (o, x) in items.iter_mut().zip(v) {
        *o = int::from_u64(x)?;
    }
    tuple::new(&items)
}

fn os_system(a: &[Obj]) -> Result<Obj, Exc> {
    let cmd = path_arg(a[0])?;
    Ok(Obj::small_int(with_os(|os| os.system(cmd))? as isize))
}

fn os_urandom(a: &[Obj]) -> Result<Obj, Exc> {
    let n =
        usize::try_from(int::expect_i64(a[0])?).map_err(|_| crate::obj::exc::value_error(msg!("negative count")))?;
    let mut buf = crate::gc::GcVec::with_capacity(n)?;
    let mut chunk = [0u8; 64];
    while buf.len() < n {
        let k = (n - buf.len()).min(chunk.len());
        with_os(|os| os.urandom(&mut chunk[..k]))?;
        buf.extend_from_slice(&chunk[..k])?;
    }
    bytes::from_gcvec(buf)
}

static SYSNAME: StrObj = StrObj::rom(config::PLATFORM);
static NODENAME: StrObj = StrObj::rom(config::PLATFORM);
static RELEASE: StrObj = StrObj::rom(config::VERSION_STR);
static VERSION: StrObj = StrObj::rom(UNAME_VERSION);
static MACHINE: StrObj = StrObj::rom(config::MACHINE);

/// `uname().version`: `<version> on <build date>`, as MicroPython's bare-metal ports give it,
/// joined at compile time so the whole result is in ROM.
const UNAME_VERSION: &str = {
    const PARTS: [&str; 3] = [config::VERSION_STR, " on ", config::BUILD_DATE];
    const LEN: usize = PARTS[0].len() + PARTS[1].len() + PARTS[2].len();
    const BYTES: [u8; LEN] = {
        let mut out = [0u8; LEN];
        let (mut at, mut p) = (0, 0);
        while p < PARTS.len() {
            let b = PARTS[p].as_bytes();
            let mut i = 0;
            while i < b.len() {
                out[at] = b[i];
                at += 1;
                i += 1;
            }
            p += 1;
        }
        out
    };
    match core::str::from_utf8(&BYTES) {
        Ok(s) => s,
        Err(_) => "",
    }
};

const UNAME_ITEMS: [Obj; 5] = [
    Obj::from_static(&SYSNAME),
    Obj::from_static(&NODENAME),
    Obj::from_static(&RELEASE),
    Obj::from_static(&VERSION),
    Obj::from_static(&MACHINE),
];

/// `uname()`'s result, a named tuple `(sysname, nodename, release, version, machine)`
/// as MicroPython's (a plain tuple on boards without attrtuples).
#[cfg(mp_feature = "attrtuple")]
static UNAME_FIELDS: tuple::RomTuple<5> = tuple::RomTuple::new([
    Obj::from_qstr(qstr!("sysname")),
    Obj::from_qstr(qstr!("nodename")),
    Obj::from_qstr(qstr!("release")),
    Obj::from_qstr(qstr!("version")),
    Obj::from_qstr(qstr!("machine")),
]);
#[cfg(mp_feature = "attrtuple")]
static UNAME_RESULT: tuple::RomAttrTuple<5> = tuple::RomAttrTuple::new(UNAME_ITEMS, &UNAME_FIELDS);
#[cfg(not(mp_feature = "attrtuple"))]
static UNAME_RESULT: tuple::RomTuple<5> = tuple::RomTuple::new(UNAME_ITEMS);

fn os_uname(_: &[Obj]) -> Result<Obj, Exc> {
    Ok(Obj::from_static(&UNAME_RESULT))
}
