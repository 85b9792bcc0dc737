//! The front door: source text → compile → run (MicroPython's `do_str` and pyexec's
//! `parse_compile_execute`), and starting a runtime over a board's heap and HAL.

use crate::compile::{self, Mode};
use crate::gc::root;
use crate::hal::Hal;
use crate::obj::exc::{self, Exc};
use crate::obj::module::ModuleMap;
use crate::obj::{self, dict, int, tuple, Obj};
use crate::print::Console;
use crate::qstr::Qstr;

/// Run `f` inside a fresh runtime: a heap over `heap`, the board's `hal` and built-in
/// `modules`, `stack_limit` bytes of stack for Python. Everything Python allocates comes
/// from `heap`; nothing survives the call.
pub fn with_runtime<R>(
    hal: &mut dyn Hal,
    heap: &mut [u8],
    modules: &'static ModuleMap,
    stack_limit: usize,
    f: impl FnOnce() -> R,
) -> R {
    root::enter(hal, heap, modules, stack_limit, || {
        init_globals();
        f()
    })
}

fn init_globals() {
    let st = root::state();
    if let Ok(g) = dict::new() {
        if let Some(d) = g.downcast::<dict::DictObj>() {
            let _ = d.set(Obj::from_qstr(qstr!("__name__")), Obj::from_qstr(qstr!("__main__")));
        }
        st.globals.set(g);
    }
    if let Ok(l) = dict::new() {
        st.loaded.set(l);
    }
    // `sys.path`: the current directory, then the frozen modules (MicroPython's bare-metal
    // ports' order); a host sets its own (`set_path`).
    if let Ok(p) = crate::obj::list::new(&[Obj::from_qstr(qstr!("")), Obj::from_qstr(qstr!(".frozen"))]) {
        st.path.set(p);
    }
}

/// Make `dir` the first entry of `sys.path` (the host does this for a script's directory,
/// as MicroPython's unix port does).
///
/// # Errors
/// `MemoryError`.
pub fn set_path0(dir: &str) -> Result<(), Exc> {
    let s = crate::obj::str::new_str(dir)?;
    let p = root::state().path.get();
    obj::subscr(p, Obj::small_int(0), s).map(|_| ())
}

/// Replace `sys.path` with `dirs` (the host: `''` or the script's directory, then
/// `MICROPYPATH`'s entries).
///
/// # Errors
/// `MemoryError`.
pub fn set_path(dirs: &[&str]) -> Result<(), Exc> {
    let l = str_list(dirs)?;
    root::state().path.set(l);
    Ok(())
}

/// Set `sys.executable` (the host: the interpreter's path).
///
/// # Errors
/// `MemoryError`.
pub fn set_executable(path: &str) -> Result<(), Exc> {
    let s = crate::obj::str::new_str(path)?;
    root::state().executable.set(s);
    Ok(())
}

/// The compiler's optimisation level (`micropython.opt_level`, the host's `-O[N]`): from 1
/// `assert` is compiled out and `__debug__` is false.
pub fn set_opt_level(level: u8) {
    root::state().opt_level.set(level & 3);
}

/// Call the function `sys.atexit` registered, if any and callable, with Ctrl-C armed, as
/// the program or REPL ends (MicroPython's unix port). An exception it raises is printed;
/// the outcome says what the exit status becomes.
pub fn run_atexit() -> Outcome {
    let f = root::state().atexit.replace(Obj::NULL);
    if f.is_null() || !obj::is_callable(f) {
        return Outcome::Ok;
    }
    root::with_hal(|h| h.set_interrupt_char(Some(0x03)));
    root::state().poll_countdown.set(0);
    let r = obj::call(f, &[]);
    root::with_hal(|h| h.set_interrupt_char(None));
    match r {
        Ok(_) => Outcome::Ok,
        Err(e) => report(e),
    }
}

/// Set `sys.argv` (a list of str; absent until set).
///
/// # Errors
/// `MemoryError`.
pub fn set_argv(args: &[&str]) -> Result<(), Exc> {
    let l = str_list(args)?;
    root::state().argv.set(l);
    Ok(())
}

fn str_list(items: &[&str]) -> Result<Obj, Exc> {
    let l = crate::obj::list::new(&[])?;
    for s in items {
        let s = crate::obj::str::new_str(s)?;
        crate::obj::list::append(l, s)?;
    }
    Ok(l)
}

/// `micropython -m NAME`: import `name` (a dotted name), the module itself running with
/// `__name__ == '__main__'`; report any escaping exception as [`exec_and_report`] does.
pub fn run_main_module(name: &str) -> Outcome {
    let Ok(q) = crate::qstr::intern(name) else {
        return report(exc::memory_error());
    };
    root::state().main_module.set(Obj::from_qstr(q));
    let mut src: crate::gc::GcVec<u8> = crate::gc::GcVec::new();
    let built = src.extend_from_slice(b"import ").and_then(|_| src.extend_from_slice(name.as_bytes()));
    if let Err(e) = built {
        return report(e);
    }
    let src: &[u8] = &src;
    exec_and_report(src, qstr!("<stdin>"), Mode::File)
}

/// `__main__`'s globals.
pub fn globals() -> Obj {
    root::state().globals.get()
}

/// Compile `source` and run it in `__main__`.
///
/// # Errors
/// `SyntaxError` and friends from the compiler, and whatever the code raises.
pub fn exec_str(source: &[u8], file: Qstr, mode: Mode) -> Result<Obj, Exc> {
    let code = compile::compile(source, file, mode)?;
    crate::vm::run_module(code, globals())
}

/// What running a piece of code came to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    /// An exception escaped and was printed.
    Exception,
    /// `SystemExit` with this exit status.
    Exit(i32),
}

/// Run `source` with Ctrl-C armed, print any escaping exception (except `SystemExit`)
/// to the console.
pub fn exec_and_report(source: &[u8], file: Qstr, mode: Mode) -> Outcome {
    root::with_hal(|h| h.set_interrupt_char(Some(0x03)));
    root::state().poll_countdown.set(0);
    let r = exec_str(source, file, mode);
    root::with_hal(|h| h.set_interrupt_char(None));
    match r {
        Ok(_) => Outcome::Ok,
        Err(e) => report(e),
    }
}

/// Print the exception a scheduled function raised, and go on (MicroPython's
/// `mp_call_function_1_protected`).
pub fn print_protected(e: Exc) {
    let _ = exc::print_exception(e, &mut Console);
}

/// Print an uncaught exception (or turn `SystemExit` into an exit status).
pub fn report(e: Exc) -> Outcome {
    if e.is(&exc::SYSTEM_EXIT) {
        let args = tuple::as_slice(e.args()).unwrap_or(&[]);
        let code = match args.first() {
            None => 0,
            Some(&o) if o == Obj::NONE => 0,
            Some(&o) => match int::as_i64(o) {
                Some(v) => v as i32,
                None => {
                    let _ = crate::obj::print(o, &mut Console, crate::print::PrintKind::Str);
                    crate::print::stdout_write(b"\n");
                    1
                }
            },
        };
        return Outcome::Exit(code);
    }
    let _ = exc::print_exception(e, &mut Console);
    Outcome::Exception
}
