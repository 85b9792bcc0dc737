//! The builtins that compile code or look at namespaces: `eval exec compile globals
//! locals dir` (`__import__` is `vm::import`'s).

use crate::obj::fun::NativeFn;
#[cfg(mp_feature = "dir")]
use crate::obj::{self, class};
use crate::obj::{dict, exc, str as pystr, Obj};
use exc::Exc;

/// The calling code's module globals.
pub static GLOBALS: NativeFn = NativeFn::new(qstr!("globals"), 0, 0, |_| Ok(crate::vm::current_globals()));
/// The namespace of the innermost running module, class body or `exec`: a function has no
/// locals dict, and as in MicroPython its `locals()` is its caller's namespace.
pub static LOCALS: NativeFn = NativeFn::new(qstr!("locals"), 0, 0, |_| Ok(crate::vm::current_locals()));
#[cfg(mp_feature = "eval_exec")]
pub static EVAL: NativeFn = NativeFn::new(qstr!("eval"), 1, 3, |a| eval_exec(a, crate::compile::Mode::Eval));
#[cfg(mp_feature = "eval_exec")]
pub static EXEC: NativeFn = NativeFn::new(qstr!("exec"), 1, 3, |a| eval_exec(a, crate::compile::Mode::File));
/// MicroPython's `execfile` (level extra), on boards with a file system (the `os` module).
#[cfg(all(mp_feature = "execfile", mp_module = "os"))]
pub static EXECFILE: NativeFn = NativeFn::new(qstr!("execfile"), 1, 3, builtin_execfile);
#[cfg(mp_feature = "builtin_compile")]
pub static COMPILE: NativeFn = NativeFn::new(qstr!("compile"), 3, 5, builtin_compile);
#[cfg(mp_feature = "dir")]
pub static DIR: NativeFn = NativeFn::new(qstr!("dir"), 0, 1, builtin_dir);

/// The dict argument `o` of `eval`/`exec`, or `dflt` for None.
#[cfg(mp_feature = "eval_exec")]
fn namespace(o: Option<&Obj>, dflt: Obj) -> Result<Obj, Exc> {
    match o {
        None => Ok(dflt),
        Some(&o) if o == Obj::NONE => Ok(dflt),
        Some(&o) if o.downcast::<dict::DictObj>().is_some() => Ok(o),
        // MicroPython's `TypeError` here has no message.
        Some(_) => Err(exc::new(&exc::TYPE_ERROR, &[])),
    }
}

/// `eval(source, globals=None, locals=None)` and `exec(...)`: compile a str (a code object
/// as it is) and run it with those namespaces.
#[cfg(mp_feature = "eval_exec")]
fn eval_exec(a: &[Obj], mode: crate::compile::Mode) -> Result<Obj, Exc> {
    let (globals, locals) = namespaces(a)?;
    let code = match a[0].downcast::<crate::obj::code::Code>() {
        Some(c) => c,
        None => {
            let src = pystr::as_str_bytes(a[0])
                .ok_or_else(|| exc::type_error(msg!("object with buffer protocol required")))?;
            crate::compile::compile(src, qstr!("<string>"), mode)?
        }
    };
    let r = run(code, globals, locals)?;
    Ok(if mode == crate::compile::Mode::Eval { r } else { Obj::NONE })
}

/// The globals and locals of `eval`/`exec`/`execfile` from their 2nd and 3rd arguments: no
/// globals, the caller's globals and locals; globals alone, both.
#[cfg(mp_feature = "eval_exec")]
fn namespaces(a: &[Obj]) -> Result<(Obj, Obj), Exc> {
    let (globals, locals) = match a.get(1) {
        Some(&g) if g != Obj::NONE => (namespace(Some(&g), Obj::NONE)?, g),
        _ => (crate::vm::current_globals(), crate::vm::current_locals()),
    };
    Ok((globals, namespace(a.get(2), locals)?))
}

/// Run `code` with these namespaces: a function over the code gives it its globals; the
/// locals are its namespace.
#[cfg(mp_feature = "eval_exec")]
fn run(code: &'static crate::obj::code::Code, globals: Obj, locals: Obj) -> Result<Obj, Exc> {
    let f = crate::obj::fun::new_fun(code, globals, Obj::NULL, Obj::NULL, Obj::NULL)?;
    crate::vm::run_class_body(f, locals)
}

/// `execfile(path, globals=None, locals=None)`: compile the file's source (its tracebacks
/// name `path`) and run it as `exec` does. `OSError` as `open` raises it (`ENOENT`).
#[cfg(all(mp_feature = "execfile", mp_module = "os"))]
fn builtin_execfile(a: &[Obj]) -> Result<Obj, Exc> {
    let path = pystr::as_str(a[0]).ok_or_else(|| crate::obj::str_methods::cant_convert(a[0], "str"))?;
    let (globals, locals) = namespaces(a)?;
    let src = read_file(path)?;
    let code = crate::compile::compile(&src, crate::qstr::intern(path)?, crate::compile::Mode::File)?;
    drop(src);
    run(code, globals, locals)?;
    Ok(Obj::NONE)
}

/// The whole file at `path`.
#[cfg(all(mp_feature = "execfile", mp_module = "os"))]
fn read_file(path: &str) -> Result<crate::gc::GcVec<u8>, Exc> {
    use crate::obj::file::with_os;
    use crate::os_hal::OpenMode;
    let fd = with_os(|os| os.open(path, OpenMode { read: true, ..OpenMode::default() }))?;
    let mut src = crate::gc::GcVec::new();
    let mut buf = [0u8; 256];
    let r = loop {
        if let Err(e) = crate::vm::poll_interrupt() {
            break Err(e);
        }
        match with_os(|os| os.read(fd, &mut buf)) {
            Ok(0) => break Ok(()),
            Ok(n) => {
                if let Err(e) = src.extend_from_slice(&buf[..n.min(buf.len())]) {
                    break Err(e);
                }
            }
            Err(e) => break Err(e),
        }
    };
    let _ = with_os(|os| os.close(fd));
    r.map(|()| src)
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False)`: a code object.
#[cfg(mp_feature = "builtin_compile")]
fn builtin_compile(a: &[Obj]) -> Result<Obj, Exc> {
    use crate::compile::Mode;
    let src = pystr::as_str_bytes(a[0]).ok_or_else(|| crate::obj::str_methods::cant_convert(a[0], "str"))?;
    let file =
        crate::qstr::intern(pystr::as_str(a[1]).ok_or_else(|| exc::type_error(msg!("filename must be a str")))?)?;
    let mode = match pystr::as_str(a[2]) {
        Some("exec") => Mode::File,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(exc::value_error(msg!("bad compile mode"))),
    };
    Ok(Obj::from_ref(crate::compile::compile(src, file, mode)?))
}

/// Add the keys of the dict `d` to the names `out` (a dict used as an ordered set).
#[cfg(mp_feature = "dir")]
fn add_dict_keys(out: &dict::DictObj, d: Obj) -> Result<(), Exc> {
    if let Some(d) = d.downcast::<dict::DictObj>() {
        let mut pos = 0;
        while let Some((k, _)) = d.next(&mut pos) {
            out.set(k, Obj::NONE)?;
        }
    }
    Ok(())
}

/// Add the names a type and its bases define.
#[cfg(mp_feature = "dir")]
fn add_type_names(out: &dict::DictObj, t: &'static obj::Type) -> Result<(), Exc> {
    if let Some(c) = class::as_class(t) {
        for &m in crate::obj::tuple::as_slice(c.mro.get()).unwrap_or(&[]) {
            match m.downcast::<obj::Type>() {
                Some(mt) if class::as_class(mt).is_some() => {
                    add_dict_keys(out, class::as_class(mt).map_or(Obj::NULL, |c| c.dict))?
                }
                Some(mt) => add_type_names(out, mt)?,
                None => {}
            }
        }
        return Ok(());
    }
    let mut ty = Some(t);
    while let Some(t) = ty {
        if let Some(l) = t.locals {
            for e in l.entries {
                out.set(Obj::from_qstr(e.key), Obj::NONE)?;
            }
        }
        ty = t.parent;
    }
    Ok(())
}

/// Add the attributes a built-in object's `attr` slot answers (`range.start`, an
/// exception's `args`), found as MicroPython's `dir` finds every name: by asking for each
/// interned name. A class's instances are not asked (their `__getattr__` could run).
#[cfg(mp_feature = "dir")]
fn add_native_attrs(out: &dict::DictObj, o: Obj) -> Result<(), Exc> {
    let t = o.ty();
    let Some(attr) = t.attr else { return Ok(()) };
    if t.flags & obj::type_flags::INSTANCE != 0 {
        return Ok(());
    }
    add_answered(out, o, attr)
}

/// Add every interned name `attr` answers for `o` (errors count as no answer).
#[cfg(mp_feature = "dir")]
fn add_answered(out: &dict::DictObj, o: Obj, attr: obj::AttrFn) -> Result<(), Exc> {
    for id in 1..crate::qstr::STATIC_COUNT {
        let q = crate::qstr::Qstr::from_id(id as u16);
        if matches!(attr(o, q), Ok(v) if !v.is_null()) {
            out.set(Obj::from_qstr(q), Obj::NONE)?;
        }
    }
    Ok(())
}

/// `dir()`: the global names; `dir(obj)`: the names of its attributes that can be listed
/// (instance dict, class and base classes, module globals), in no particular order.
#[cfg(mp_feature = "dir")]
fn builtin_dir(a: &[Obj]) -> Result<Obj, Exc> {
    let names = dict::new()?;
    let Some(out) = names.downcast::<dict::DictObj>() else { return Err(exc::memory_error()) };
    match a.first() {
        None => add_dict_keys(out, crate::vm::current_locals())?,
        Some(&o) => {
            if let Some(m) = o.downcast::<crate::obj::module::Module>() {
                for e in m.globals.entries {
                    out.set(Obj::from_qstr(e.key), Obj::NONE)?;
                }
                if let Some(f) = m.dynamic {
                    add_answered(out, o, f)?;
                }
            } else if let Some(t) = o.downcast::<obj::Type>() {
                add_type_names(out, t)?;
                for q in [qstr!("__name__"), qstr!("__bases__"), qstr!("__dict__")] {
                    out.set(Obj::from_qstr(q), Obj::NONE)?;
                }
            } else {
                if let Some(i) = o.downcast::<class::InstanceObj>() {
                    class::attrs::for_each_name(i, |k| out.set(k, Obj::NONE).map(|_| ()))?;
                }
                add_type_names(out, o.ty())?;
                add_native_attrs(out, o)?;
                if o.ty().iternext().is_some() && o.ty().flags & obj::type_flags::INSTANCE == 0 {
                    out.set(Obj::from_qstr(qstr!("__next__")), Obj::NONE)?;
                }
            }
            out.set(Obj::from_qstr(qstr!("__class__")), Obj::NONE)?;
        }
    }
    let l = crate::obj::list::new(&[])?;
    let mut pos = 0;
    while let Some((k, _)) = out.next(&mut pos) {
        crate::obj::list::append(l, k)?;
    }
    Ok(l)
}
