//! The operating-system services a board may offer: files, directories, the environment,
//! random bytes (MicroPython's VFS and the unix port's `os` calls). A board with a file
//! system returns them from [`crate::Hal::os`]; the `open` builtin, `io.FileIO` and the
//! `os` module call them. Errors are `errno` values, raised as `OSError(errno)`.
//!
//! Kept apart from [`crate::Hal`] so boards without a file system implement nothing.

/// Whether this build calls [`crate::Hal::os`] at all: only the `os` module and `open`
/// (built when the board lists `os`) do. A board may answer `None` when it is `false`, so
/// that its `OsHal` (which a vtable would otherwise keep whole) is left out of the firmware.
pub const USED: bool = cfg!(mp_module = "os");

/// An error number (`ENOENT` = 2 ...), as the `errno` module names them.
pub type Errno = i32;

pub const EPERM: Errno = 1;
pub const ENOENT: Errno = 2;
pub const EIO: Errno = 5;
pub const EBADF: Errno = 9;
pub const EEXIST: Errno = 17;
pub const ENODEV: Errno = 19;
pub const EINVAL: Errno = 22;
pub const ERANGE: Errno = 34;

/// How to open a file: Python's mode letters `r w a x +` resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct OpenMode {
    pub read: bool,
    pub write: bool,
    pub append: bool,
    /// Create the file if missing.
    pub create: bool,
    /// Empty it on opening.
    pub truncate: bool,
    /// Fail with `EEXIST` if it exists (`x`).
    pub exclusive: bool,
}

/// What `os.stat` reports (the ten fields of MicroPython's stat tuple).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Stat {
    /// `S_IFDIR` (0x4000) or `S_IFREG` (0x8000) with the permission bits.
    pub mode: u32,
    pub ino: u64,
    pub dev: u64,
    pub nlink: u64,
    pub uid: u32,
    pub gid: u32,
    pub size: u64,
    pub atime: i64,
    pub mtime: i64,
    pub ctime: i64,
}

/// A directory entry's type, as `os.ilistdir` gives it.
pub const S_IFDIR: u32 = 0x4000;
pub const S_IFREG: u32 = 0x8000;

/// The services. Every method has a default that says "no such device", so a board
/// implements what it has.
pub trait OsHal {
    /// Open `path`; a small non-negative handle (the host: the file descriptor).
    fn open(&mut self, _path: &str, _mode: OpenMode) -> Result<i32, Errno> {
        Err(ENODEV)
    }
    /// Read up to `buf.len()` bytes; 0 at the end of the file.
    fn read(&mut self, _fd: i32, _buf: &mut [u8]) -> Result<usize, Errno> {
        Err(EBADF)
    }
    /// Write some of `buf`; how many bytes were written.
    fn write(&mut self, _fd: i32, _buf: &[u8]) -> Result<usize, Errno> {
        Err(EBADF)
    }
    /// Move to `offset` from the start (0), the current position (1) or the end (2);
    /// the new position.
    fn seek(&mut self, _fd: i32, _offset: i64, _whence: i32) -> Result<u64, Errno> {
        Err(EBADF)
    }
    fn close(&mut self, _fd: i32) -> Result<(), Errno> {
        Err(EBADF)
    }
    /// Write out buffered data.
    fn flush(&mut self, _fd: i32) -> Result<(), Errno> {
        Ok(())
    }
    fn stat(&mut self, _path: &str) -> Result<Stat, Errno> {
        Err(ENODEV)
    }
    /// `os.statvfs`: `(bsize, frsize, blocks, bfree, bavail, files, ffree, favail, flag, namemax)`.
    fn statvfs(&mut self, _path: &str) -> Result<[u64; 10], Errno> {
        Err(ENODEV)
    }
    /// Call `each(name, type, inode)` for each entry of the directory (not `.` and `..`)
    /// until it returns `false`.
    fn list_dir(&mut self, _path: &str, _each: &mut dyn FnMut(&[u8], u32, u64) -> bool) -> Result<(), Errno> {
        Err(ENODEV)
    }
    fn mkdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }
    fn rmdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }
    fn remove(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }
    fn rename(&mut self, _from: &str, _to: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }
    fn chdir(&mut self, _path: &str) -> Result<(), Errno> {
        Err(ENODEV)
    }
    /// The current directory into `buf`; its length (`ERANGE` if `buf` is too small).
    fn getcwd(&mut self, _buf: &mut [u8]) -> Result<usize, Errno> {
        Err(ENODEV)
    }
    /// The environment variable `name`, given to `found` if set; whether it was set.
    fn getenv(&mut self, _name: &str, _found: &mut dyn FnMut(&[u8])) -> bool {
        false
    }
    /// Set (`Some`) or remove (`None`) an environment variable.
    fn putenv(&mut self, _name: &str, _value: Option<&str>) -> Result<(), Errno> {
        Err(ENODEV)
    }
    /// Fill `buf` with random bytes from the system's source of randomness.
    fn urandom(&mut self, _buf: &mut [u8]) -> Result<(), Errno> {
        Err(ENODEV)
    }
    /// `os.system(command)`: the command's exit status.
    fn system(&mut self, _command: &str) -> Result<i32, Errno> {
        Err(ENODEV)
    }
}
