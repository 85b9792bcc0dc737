//! The host's operating-system services for `open`, `io.FileIO` and the `os` module: the
//! real file system through `std::fs` (MicroPython's unix port's `VfsPosix`). A handle is
//! the file's descriptor, so `fileno()` and the `<io.FileIO 3>` repr are the unix port's.

use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{Read, Seek, SeekFrom, Write};
use std::os::unix::fs::{DirEntryExt, MetadataExt, OpenOptionsExt};
use std::os::unix::io::AsRawFd;

use runtime::os_hal::{Errno, OpenMode, OsHal, Stat, EBADF, EINVAL, EIO, ERANGE};

use crate::hal::HostHal;

/// Open files by descriptor.
#[derive(Default)]
pub struct Files(HashMap<i32, File>);

fn errno(e: std::io::Error) -> Errno {
    e.raw_os_error().unwrap_or(EIO)
}

impl HostHal {
    fn file(&mut self, fd: i32) -> Result<&mut File, Errno> {
        self.files.0.get_mut(&fd).ok_or(EBADF)
    }
}

impl OsHal for HostHal {
    fn open(&mut self, path: &str, mode: OpenMode) -> Result<i32, Errno> {
        let f = OpenOptions::new()
            .read(mode.read)
            .write(mode.write && !mode.append)
            .append(mode.append)
            .create(mode.create && !mode.exclusive)
            .create_new(mode.exclusive)
            .truncate(mode.truncate)
            .mode(0o666)
            .open(path)
            .map_err(errno)?;
        let fd = f.as_raw_fd();
        self.files.0.insert(fd, f);
        Ok(fd)
    }

    fn read(&mut self, fd: i32, buf: &mut [u8]) -> Result<usize, Errno> {
        self.file(fd)?.read(buf).map_err(errno)
    }

    fn write(&mut self, fd: i32, buf: &[u8]) -> Result<usize, Errno> {
        self.file(fd)?.write(buf).map_err(errno)
    }

    fn seek(&mut self, fd: i32, offset: i64, whence: i32) -> Result<u64, Errno> {
        let pos = match whence {
            0 => SeekFrom::Start(u64::try_from(offset).map_err(|_| EINVAL)?),
            1 => SeekFrom::Current(offset),
            2 => SeekFrom::End(offset),
            _ => return Err(EINVAL),
        };
        self.file(fd)?.seek(pos).map_err(errno)
    }

    fn close(&mut self, fd: i32) -> Result<(), Errno> {
        self.files.0.remove(&fd).map(drop).ok_or(EBADF)
    }

    fn flush(&mut self, fd: i32) -> Result<(), Errno> {
        self.file(fd)?.flush().map_err(errno)
    }

    fn stat(&mut self, path: &str) -> Result<Stat, Errno> {
        let m = std::fs::metadata(path).map_err(errno)?;
        Ok(Stat {
            mode: m.mode(),
            ino: m.ino(),
            dev: m.dev(),
            nlink: m.nlink(),
            uid: m.uid(),
            gid: m.gid(),
            size: m.size(),
            atime: m.atime(),
            mtime: m.mtime(),
            ctime: m.ctime(),
        })
    }

    fn statvfs(&mut self, path: &str) -> Result<[u64; 10], Errno> {
        let c = std::ffi::CString::new(path).map_err(|_| EINVAL)?;
        // SAFETY: `st` is a plain C struct that statvfs fills in.
        let mut st: libc::statvfs = unsafe { std::mem::zeroed() };
        // SAFETY: a NUL-terminated path and a valid out pointer.
        if unsafe { libc::statvfs(c.as_ptr(), &mut st) } != 0 {
            return Err(errno(std::io::Error::last_os_error()));
        }
        Ok([
            st.f_bsize as u64,
            st.f_frsize as u64,
            st.f_blocks as u64,
            st.f_bfree as u64,
            st.f_bavail as u64,
            st.f_files as u64,
            st.f_ffree as u64,
            st.f_favail as u64,
            st.f_flag as u64,
            st.f_namemax as u64,
        ])
    }

    fn list_dir(&mut self, path: &str, each: &mut dyn FnMut(&[u8], u32, u64) -> bool) -> Result<(), Errno> {
        use std::os::unix::ffi::OsStrExt;
        for entry in std::fs::read_dir(if path.is_empty() { "." } else { path }).map_err(errno)? {
            let entry = entry.map_err(errno)?;
            let kind = match entry.file_type() {
                Ok(t) if t.is_dir() => runtime::os_hal::S_IFDIR,
                _ => runtime::os_hal::S_IFREG,
            };
            if !each(entry.file_name().as_bytes(), kind, entry.ino()) {
                break;
            }
        }
        Ok(())
    }

    fn mkdir(&mut self, path: &str) -> Result<(), Errno> {
        std::fs::create_dir(path).map_err(errno)
    }

    fn rmdir(&mut self, path: &str) -> Result<(), Errno> {
        std::fs::remove_dir(path).map_err(errno)
    }

    fn remove(&mut self, path: &str) -> Result<(), Errno> {
        std::fs::remove_file(path).map_err(errno)
    }

    fn rename(&mut self, from: &str, to: &str) -> Result<(), Errno> {
        std::fs::rename(from, to).map_err(errno)
    }

    fn chdir(&mut self, path: &str) -> Result<(), Errno> {
        std::env::set_current_dir(path).map_err(errno)
    }

    fn getcwd(&mut self, buf: &mut [u8]) -> Result<usize, Errno> {
        use std::os::unix::ffi::OsStrExt;
        let d = std::env::current_dir().map_err(errno)?;
        let b = d.as_os_str().as_bytes();
        let out = buf.get_mut(..b.len()).ok_or(ERANGE)?;
        out.copy_from_slice(b);
        Ok(b.len())
    }

    fn getenv(&mut self, name: &str, found: &mut dyn FnMut(&[u8])) -> bool {
        use std::os::unix::ffi::OsStrExt;
        match std::env::var_os(name) {
            Some(v) => {
                found(v.as_bytes());
                true
            }
            None => false,
        }
    }

    fn putenv(&mut self, name: &str, value: Option<&str>) -> Result<(), Errno> {
        if name.is_empty() || name.contains(['=', '\0']) || value.is_some_and(|v| v.contains('\0')) {
            return Err(EINVAL);
        }
        match value {
            Some(v) => std::env::set_var(name, v),
            None => std::env::remove_var(name),
        }
        Ok(())
    }

    fn urandom(&mut self, buf: &mut [u8]) -> Result<(), Errno> {
        File::open("/dev/urandom").and_then(|mut f| f.read_exact(buf)).map_err(errno)
    }

    fn system(&mut self, command: &str) -> Result<i32, Errno> {
        use std::os::unix::process::ExitStatusExt;
        // The wait status, as C's system() returns it (the exit code times 256).
        let status = std::process::Command::new("/bin/sh").arg("-c").arg(command).status().map_err(errno)?;
        Ok(status.into_raw())
    }
}
