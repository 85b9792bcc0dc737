//! `import` (MicroPython's `builtinimport.c`): `sys.modules`, the board's built-in
//! modules, then Python files found through the board's HAL on `sys.path`
//! (`name.py`, or a package `name/__init__.py`), relative imports, `from m import *`
//! and `__import__`.
//!
//! `import a.b.c` imports `a`, then `a.b` from `a.__path__`, then `a.b.c`, binding each
//! as an attribute of its parent. A module is entered in `sys.modules` before its code
//! runs (so circular imports see the partly made module) and removed if the code raises.

use crate::gc::{root, GcVec};
#[cfg(mp_feature = "external_import")]
use crate::hal::ImportStat;
use crate::obj::exc::{self, Exc};
use crate::obj::module;
use crate::obj::{self, dict, str as pystr, Args, Obj};
use crate::qstr::{self, Qstr};

/// The `sys.modules` dict.
fn loaded() -> Option<&'static dict::DictObj> {
    root::state().loaded.get().downcast::<dict::DictObj>()
}

/// `import name` with `level` leading dots, from code whose globals are `globals`: the
/// top package (`import a.b` binds `a`), or with `leaf` the module named itself.
///
/// # Errors
/// `ImportError`, and whatever the module's code raises.
pub fn import_name(name: Qstr, level: u8, leaf: bool, globals: Obj) -> Result<Obj, Exc> {
    let mut full: GcVec<u8> = GcVec::new();
    if level > 0 {
        if !cfg!(mp_feature = "external_import") {
            return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, msg!("relative import")));
        }
        relative_base(globals, level, &mut full)?;
        if !name.as_bytes().is_empty() {
            if !full.is_empty() {
                full.push(b'.')?;
            }
            full.extend_from_slice(name.as_bytes())?;
        }
    } else {
        full.extend_from_slice(name.as_bytes())?;
    }
    if full.is_empty() {
        return Err(exc::new_msg(&exc::IMPORT_ERROR, msg!("can't perform relative import")));
    }
    let mut top = Obj::NULL;
    let mut parent = Obj::NULL;
    let mut start = 0;
    loop {
        let end = full[start..].iter().position(|&c| c == b'.').map_or(full.len(), |i| start + i);
        let prefix = qstr::intern_bytes(&full[..end])?;
        let last = qstr::intern_bytes(&full[start..end])?;
        let m = import_one(prefix, last, parent)?;
        if top.is_null() {
            top = m;
        }
        parent = m;
        if end == full.len() {
            break;
        }
        start = end + 1;
    }
    Ok(if leaf { parent } else { top })
}

/// The package a relative import with `level` dots starts from, from `__name__` (and
/// `__path__`, present on packages) in `globals`.
fn relative_base(globals: Obj, level: u8, out: &mut GcVec<u8>) -> Result<(), Exc> {
    let d = globals.downcast::<dict::DictObj>();
    let get = |q: Qstr| -> Result<Option<Obj>, Exc> { d.map_or(Ok(None), |d| d.get(Obj::from_qstr(q))) };
    let name = get(qstr!("__name__"))?.and_then(pystr::as_str_bytes).unwrap_or(b"");
    let is_package = get(qstr!("__path__"))?.is_some();
    let mut base: &[u8] = name;
    // A module's package is its name without the last part; a package is its own.
    let mut strip = usize::from(level) - usize::from(is_package);
    while strip > 0 {
        match base.iter().rposition(|&c| c == b'.') {
            Some(i) => base = &base[..i],
            None if !base.is_empty() && strip == 1 && base != b"__main__" => base = &[],
            None => return Err(exc::new_msg(&exc::IMPORT_ERROR, msg!("can't perform relative import"))),
        }
        strip -= 1;
    }
    if base == b"__main__" || (base.is_empty() && level > 0 && name == b"__main__") {
        return Err(exc::new_msg(&exc::IMPORT_ERROR, msg!("can't perform relative import")));
    }
    out.extend_from_slice(base)
}

/// Import the module `full` (its last part `last`), a submodule of `parent` (NULL for a
/// top-level one).
fn import_one(full: Qstr, last: Qstr, parent: Obj) -> Result<Obj, Exc> {
    let key = Obj::from_qstr(full);
    if let Some(m) = loaded().map_or(Ok(None), |d| d.get(key))? {
        return Ok(m);
    }
    if parent.is_null() {
        // `import utime` is the built-in `time`, as MicroPython's u-prefixed names are.
        let name = full.as_str();
        let builtin = root::state().modules.get(name).or_else(|| {
            name.strip_prefix('u')
                .filter(|rest| !rest.starts_with('.'))
                .and_then(|rest| root::state().modules.get(rest))
        });
        if let Some(m) = builtin {
            return enter_builtin(key, m);
        }
    } else if let Some(m) = module::builtin_submodule(parent, last) {
        return enter_builtin(key, m);
    }
    search_path(full, last, parent)
}

/// Without `external_import` (MicroPython's `MICROPY_ENABLE_EXTERNAL_IMPORT`, from level
/// `core`) only built-in modules are found: no files, no frozen modules.
#[cfg(not(mp_feature = "external_import"))]
fn search_path(full: Qstr, _last: Qstr, _parent: Obj) -> Result<Obj, Exc> {
    Err(exc::import_error(full))
}

/// `full` from the files on `sys.path` (the parent package's `__path__` for a submodule),
/// frozen modules under `.frozen` included.
#[cfg(mp_feature = "external_import")]
fn search_path(full: Qstr, last: Qstr, parent: Obj) -> Result<Obj, Exc> {
    // The directories to search: `sys.path`, or the parent package's `__path__`.
    let dirs = if parent.is_null() {
        root::state().path.get()
    } else {
        let p = match obj::lookup_attr(parent, qstr!("__path__")) {
            // A module `__getattr__` that raises AttributeError: not a package.
            Err(e) if e.is(&exc::ATTRIBUTE_ERROR) => Obj::NULL,
            r => r?,
        };
        if p.is_null() {
            return Err(exc::import_error(full));
        }
        obj::list::new(&[p])?
    };
    let it = obj::get_iter(dirs)?;
    let mut path: GcVec<u8> = GcVec::new();
    loop {
        let dir = obj::iter_next(it)?;
        if dir.is_null() {
            return Err(exc::import_error(full));
        }
        let Some(dir) = pystr::as_str_bytes(dir) else { continue };
        path.clear();
        if !dir.is_empty() {
            path.extend_from_slice(dir)?;
            path.push(b'/')?;
        }
        path.extend_from_slice(last.as_bytes())?;
        if stat(&path) == ImportStat::Dir {
            let dir_len = path.len();
            // `__init__.py`, else a compiled `__init__.mpy`.
            for init in SOURCE_FILES.map(|(init, _)| init) {
                path.extend_from_slice(init)?;
                if stat(&path) == ImportStat::File {
                    let pkg_dir = pystr::new_str(crate::obj::unicode::as_utf8(&path[..dir_len]).unwrap_or(""))?;
                    return load(full, last, parent, &path, pkg_dir);
                }
                path.truncate(dir_len);
            }
        }
        // `name.py`, else a compiled `name.mpy` (MicroPython's order).
        let base = path.len();
        for ext in SOURCE_FILES.map(|(_, ext)| ext) {
            path.extend_from_slice(ext)?;
            if stat(&path) == ImportStat::File {
                return load(full, last, parent, &path, Obj::NULL);
            }
            path.truncate(base);
        }
    }
}

/// A built-in module (or a built-in module's submodule) imported for the first time: its
/// `__init__` runs, then it is entered in `sys.modules` (not when `__init__` raised, so
/// the next import runs it again).
fn enter_builtin(key: Obj, m: &'static module::Module) -> Result<Obj, Exc> {
    module::call_init(m)?;
    let o = Obj::from_static(m);
    if let Some(d) = loaded() {
        d.set(key, o)?;
    }
    Ok(o)
}

/// What a directory entry may be called to be imported, in the order looked for: a
/// package's `__init__` and a module's file extension (MicroPython's order: source first).
#[cfg(mp_feature = "persistent_code")]
#[cfg(mp_feature = "external_import")]
const SOURCE_FILES: [(&[u8], &[u8]); 2] = [(b"/__init__.py", b".py"), (b"/__init__.mpy", b".mpy")];
#[cfg(not(mp_feature = "persistent_code"))]
#[cfg(mp_feature = "external_import")]
const SOURCE_FILES: [(&[u8], &[u8]); 1] = [(b"/__init__.py", b".py")];

/// The `sys.path` entry under which the board's frozen modules appear (MicroPython's).
#[cfg(mp_feature = "external_import")]
const FROZEN_DIR: &str = ".frozen/";

#[cfg(mp_feature = "external_import")]
fn stat(path: &[u8]) -> ImportStat {
    let Some(p) = crate::obj::unicode::as_utf8(path) else { return ImportStat::NoExist };
    if p.starts_with(FROZEN_DIR) {
        return frozen_stat(p);
    }
    root::with_hal(|h| h.import_stat(p)).unwrap_or(ImportStat::NoExist)
}

/// A frozen module's code, by its `.frozen/...` path.
#[cfg(mp_feature = "external_import")]
fn frozen(path: &str) -> Option<&'static crate::obj::code::Code> {
    root::state().modules.get(path).and_then(|m| m.frozen)
}

/// What is at `path` under `.frozen`: a module (`x.py`), a package directory (one with a
/// frozen `__init__.py`), or nothing. Looked up in the board's module table, no allocation.
#[cfg(mp_feature = "external_import")]
fn frozen_stat(path: &str) -> ImportStat {
    if frozen(path).is_some() {
        return ImportStat::File;
    }
    // `path/__init__.py` without building the string: the table's keys are few and short.
    let is_pkg = root::state().modules.entries().any(|(k, _)| {
        k.strip_prefix(path).and_then(|rest| rest.strip_prefix('/')).is_some_and(|rest| rest == "__init__.py")
    });
    if is_pkg {
        ImportStat::Dir
    } else {
        ImportStat::NoExist
    }
}

/// Compile and run the file at `path` as module `full`; a package when `pkg_dir` is set.
/// A frozen module runs from its code in flash: only its globals and what its code
/// creates are allocated, never a copy of its bytecode.
#[cfg(mp_feature = "external_import")]
fn load(full: Qstr, last: Qstr, parent: Obj, path: &[u8], pkg_dir: Obj) -> Result<Obj, Exc> {
    let path_str = crate::obj::unicode::as_utf8(path).unwrap_or("");
    let frozen_code = path_str.strip_prefix(FROZEN_DIR).and_then(|rel| frozen(path_str).map(|c| (rel, c)));
    let mut src: GcVec<u8> = GcVec::new();
    if frozen_code.is_none() {
        let read = match root::with_hal(|h| h.read_file(path_str, &mut src)) {
            Some(r) => r?,
            None => false,
        };
        if !read {
            return Err(exc::import_error(full));
        }
    }
    let m: &'static module::ModuleObj = module::new_module(full)?;
    // A frozen module's `__file__` is its path under `.frozen`.
    let file = qstr::intern(frozen_code.map_or(path_str, |(rel, _)| rel))?;
    if let Some(g) = m.globals.downcast::<dict::DictObj>() {
        let st = root::state();
        if st.main_module.get() == Obj::from_qstr(full) {
            // `micropython -m full`: the module runs as the main program.
            st.main_module.set(Obj::NULL);
            g.set(Obj::from_qstr(qstr!("__name__")), Obj::from_qstr(qstr!("__main__")))?;
        }
        g.set(Obj::from_qstr(qstr!("__file__")), Obj::from_qstr(file))?;
        if !pkg_dir.is_null() {
            g.set(Obj::from_qstr(qstr!("__path__")), pkg_dir)?;
        }
    }
    let mo = Obj::from_ref(m);
    let key = Obj::from_qstr(full);
    if let Some(d) = loaded() {
        d.set(key, mo)?;
    }
    let code = match frozen_code {
        Some((_, code)) => Ok(code),
        #[cfg(mp_feature = "persistent_code")]
        None if path.ends_with(b".mpy") => crate::mpy::load(&src),
        None => crate::compile::compile(&src, file, crate::compile::Mode::File),
    };
    let run = code.and_then(|code| {
        drop(src);
        super::run_module(code, m.globals)
    });
    if let Err(e) = run {
        if let Some(d) = loaded() {
            let _ = d.remove(key);
        }
        return Err(e);
    }
    if !parent.is_null() {
        obj::store_attr(parent, last, mo)?;
    }
    Ok(mo)
}

/// `from module import name`: the attribute, or the submodule `module.name`.
///
/// # Errors
/// `ImportError: cannot import name x`.
pub fn import_from(m: Obj, name: Qstr) -> Result<Obj, Exc> {
    let v = obj::lookup_attr(m, name)?;
    if !v.is_null() {
        return Ok(v);
    }
    let pkg = obj::lookup_attr(m, qstr!("__name__"))?;
    if let (Some(pkg), false) = (pystr::as_str_bytes(pkg), obj::lookup_attr(m, qstr!("__path__"))?.is_null()) {
        let mut full: GcVec<u8> = GcVec::from_slice(pkg)?;
        full.push(b'.')?;
        full.extend_from_slice(name.as_bytes())?;
        let full = qstr::intern_bytes(&full)?;
        // In a package, a missing name is a missing submodule (MicroPython's message).
        return import_one(full, name, m);
    }
    Err(exc::new_msg_fmt(&exc::IMPORT_ERROR, msg!("can't import name {}"), &[name.as_str()]))
}

/// `from module import *` into the namespace `ns` (a dict): the names in `__all__`, else
/// every name not starting with `_`.
///
/// # Errors
/// Whatever reading the module raises; `MemoryError`.
pub fn import_star(m: Obj, ns: Obj) -> Result<(), Exc> {
    let Some(target) = ns.downcast::<dict::DictObj>() else {
        return Err(exc::type_error(msg!("namespace must be a dict")));
    };
    let all = obj::lookup_attr(m, qstr!("__all__"))?;
    if !all.is_null() {
        let it = obj::get_iter(all)?;
        loop {
            let k = obj::iter_next(it)?;
            if k.is_null() {
                return Ok(());
            }
            let q = obj::class::attr_name(k)?;
            target.set(Obj::from_qstr(q), obj::load_attr(m, q)?)?;
        }
    }
    let globals = obj::lookup_attr(m, qstr!("__dict__"))?;
    if let Some(src) = globals.downcast::<dict::DictObj>() {
        let mut i = 0;
        while let Some((k, v)) = src.next(&mut i) {
            if pystr::as_str_bytes(k).is_none_or(|b| b.first() != Some(&b'_')) {
                target.set(k, v)?;
            }
        }
        return Ok(());
    }
    if let Some(rom) = globals.downcast::<dict::RomDict>() {
        for e in rom.entries {
            if e.key.as_bytes().first() != Some(&b'_') {
                target.set(Obj::from_qstr(e.key), e.value)?;
            }
        }
    }
    Ok(())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
pub static IMPORT: obj::fun::NativeKwFn = obj::fun::NativeKwFn::new(qstr!("__import__"), builtin_import);

fn builtin_import(args: Args<'_>) -> Result<Obj, Exc> {
    let name = args.pos.first().copied().ok_or_else(|| exc::missing_args(1))?;
    if args.pos.len() > 5 {
        return Err(exc::at_most_args(5, args.pos.len()));
    }
    if !obj::str::is_str(name) {
        return Err(obj::str_methods::cant_convert(name, "str"));
    }
    let name = obj::class::attr_name(name)?;
    let arg = |i: usize, q: Qstr| args.pos.get(i).copied().or_else(|| args.kw_get(q));
    let globals = arg(1, qstr!("globals")).filter(|g| *g != Obj::NONE).unwrap_or_else(super::current_globals);
    let fromlist = arg(3, qstr!("fromlist")).map_or(Ok(false), obj::is_true)?;
    let level = match arg(4, qstr!("level")) {
        Some(l) => u8::try_from(obj::int::expect_i64(l)?).map_err(|_| exc::value_error(msg!("level out of range")))?,
        None => 0,
    };
    import_name(name, level, fromlist, globals)
}
