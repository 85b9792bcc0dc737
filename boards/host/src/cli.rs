//! The command line of MicroPython's unix port:
//! `micropython [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename> | -] [args...]`.
//! With no program: the REPL when stdin is a terminal, else the script read from stdin.
//!
//! Shared by the full host board (`micropython`) and the seed's minimal one
//! (`micropython-minimal`); each board passes its own module table.

use std::io::Read;

use runtime::compile::Mode;
use runtime::{ModuleMap, Outcome};

use crate::hal::HostHal;

/// Stack for the interpreter thread, and how much of it Python may use.
const STACK: usize = 16 << 20;
const STACK_LIMIT: usize = 8 << 20;
/// Stack kept free below Python's limit on the main thread (for the frames above the
/// runtime and the native code between two stack checks).
const MAIN_MARGIN: usize = 1 << 20;
/// The least Python stack worth running on the main thread for.
const MAIN_MIN: usize = 4 << 20;

/// Exit status for a bad command line (MicroPython's unix port uses 1; 2 keeps it apart
/// from a program that raised).
const USAGE_EXIT: i32 = 2;

enum Program {
    Repl,
    Stdin,
    Command(String),
    Module(String),
    File(String),
}

struct Options {
    program: Option<Program>,
    /// `sys.argv` after the program (the program's own entry is added by `run`).
    args: Vec<String>,
    heap_size: usize,
    inspect: bool,
    compile_only: bool,
    /// `-X fail-alloc=N` (test builds with `fault_injection`): the Nth allocation fails.
    fail_alloc: usize,
    /// `-O[N]`: `-O` is 1, `-OO` 2, `-O3` 3 (`micropython.opt_level`).
    opt_level: u8,
}

fn usage_text(argv0: &str) -> String {
    let heap = runtime::config::HEAP_SIZE;
    format!(
        "usage: {argv0} [<opts>] [-X <implopt>] [-c <command> | -m <module> | <filename>]\n\
         Options:\n\
         --version : show version information\n\
         -h : print this help message\n\
         -i : enable inspection via REPL after running command/module/file\n\
         -v : verbose (accepted, no effect)\n\
         -O[N] : apply bytecode optimizations of level N\n\
         \n\
         Implementation specific options (-X):\n  \
         compile-only                 -- parse and compile only\n  \
         emit={{bytecode,native,viper}} -- set the default code emitter (bytecode only)\n  \
         heapsize=<n>[w][K|M] -- set the heap size for the GC (default {heap})\n"
    )
}

fn bad_usage() -> ! {
    eprintln!("Invalid command line arguments. Use -h option for help.");
    std::process::exit(USAGE_EXIT);
}

/// `<n>[w][K|M]`: bytes, `w` counting machine words, `K`/`M` multiplying by 1024 / 1024².
fn parse_heap_size(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    let mut n: usize = s[..digits].parse().ok()?;
    let mut rest = &s[digits..];
    if let Some(r) = rest.strip_prefix('w') {
        n = n.checked_mul(core::mem::size_of::<usize>())?;
        rest = r;
    }
    n = match rest {
        "" => n,
        "k" | "K" => n.checked_mul(1024)?,
        "m" | "M" => n.checked_mul(1024 * 1024)?,
        _ => return None,
    };
    (n >= 1024).then_some(n)
}

fn parse(args: &[String]) -> Options {
    let argv0 = std::env::args().next().unwrap_or_else(|| "micropython".into());
    let mut o = Options {
        program: None,
        args: Vec::new(),
        heap_size: runtime::config::HEAP_SIZE,
        inspect: false,
        compile_only: false,
        fail_alloc: 0,
        opt_level: 0,
    };
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        match a {
            "-h" => {
                print!("{}", usage_text(&argv0));
                std::process::exit(0);
            }
            "--version" => {
                println!(
                    "MicroPython v{} on {}; {}",
                    runtime::config::VERSION_STR,
                    runtime::config::BUILD_DATE,
                    runtime::config::MACHINE
                );
                std::process::exit(0);
            }
            "-i" => o.inspect = true,
            "-c" | "-m" => {
                let Some(v) = args.get(i) else { bad_usage() };
                i += 1;
                o.program = Some(if a == "-c" { Program::Command(v.clone()) } else { Program::Module(v.clone()) });
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i) else { bad_usage() };
                i += 1;
                if let Some(v) = opt.strip_prefix("heapsize=") {
                    o.heap_size = parse_heap_size(v).unwrap_or_else(|| bad_usage());
                } else if opt == "compile-only" {
                    o.compile_only = true;
                } else if let (true, Some(n)) = (cfg!(mp_feature = "fault_injection"), opt.strip_prefix("fail-alloc="))
                {
                    o.fail_alloc = n.parse().unwrap_or_else(|_| bad_usage());
                } else if !matches!(opt.as_str(), "emit=bytecode" | "emit=native" | "emit=viper") {
                    // Only bytecode is emitted; native and viper are accepted as a port
                    // without those emitters accepts them.
                    bad_usage();
                }
            }
            "-" => {
                o.program = Some(Program::Stdin);
                break;
            }
            _ if a.starts_with("-v") && a[1..].bytes().all(|b| b == b'v') => {}
            _ if a.starts_with("-O") && a[2..].bytes().all(|b| b == b'O') => o.opt_level = (a.len() - 1) as u8,
            _ if a.starts_with("-O") && a[2..].bytes().all(|b| b.is_ascii_digit()) => {
                o.opt_level = a[2..].parse::<u8>().unwrap_or(3).min(3);
            }
            _ if a.starts_with('-') => bad_usage(),
            _ => {
                o.program = Some(Program::File(a.to_string()));
                break;
            }
        }
    }
    o.args = args[i..].to_vec();
    o
}

/// `MICROPYPATH`, else the unix port's default `.frozen:~/.micropython/lib:/usr/lib/micropython`.
fn search_path() -> Vec<String> {
    let spec = std::env::var("MICROPYPATH").unwrap_or_else(|_| {
        let home = std::env::var("HOME").unwrap_or_default();
        format!(".frozen:{home}/.micropython/lib:/usr/lib/micropython")
    });
    spec.split(':').map(str::to_string).collect()
}

/// Parse the command line, run, exit with the program's status.
pub fn main(modules: &'static ModuleMap) -> ! {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let opts = parse(&args);
    // The main thread when its stack may grow enough (usually 8 MiB): creating a thread
    // is a quarter of the start-up time. Else a thread with a stack of its own.
    let main_limit = main_stack().saturating_sub(MAIN_MARGIN).min(STACK_LIMIT);
    if main_limit >= MAIN_MIN {
        std::process::exit(run(opts, modules, main_limit));
    }
    let child = std::thread::Builder::new().stack_size(STACK).spawn(move || run(opts, modules, STACK_LIMIT));
    let code = match child.map(|c| c.join()) {
        Ok(Ok(code)) => code,
        _ => 1,
    };
    std::process::exit(code);
}

/// How far the main thread's stack may grow (`RLIMIT_STACK`'s soft limit; 0 if unknown).
fn main_stack() -> usize {
    let mut rl = libc::rlimit { rlim_cur: 0, rlim_max: 0 };
    // SAFETY: getrlimit fills in the struct it is given.
    if unsafe { libc::getrlimit(libc::RLIMIT_STACK, &mut rl) } != 0 {
        return 0;
    }
    if rl.rlim_cur == libc::RLIM_INFINITY {
        return usize::MAX;
    }
    usize::try_from(rl.rlim_cur).unwrap_or(usize::MAX)
}

fn run(mut o: Options, modules: &'static ModuleMap, stack_limit: usize) -> i32 {
    let mut hal = HostHal::new();
    let program = match o.program.take() {
        Some(p) => p,
        None if hal.is_tty() => Program::Repl,
        None => Program::Stdin,
    };
    // The source to run, the entry for `sys.path[0]` and `sys.argv[0]`.
    let (source, path0, argv0): (Option<Vec<u8>>, String, Option<String>) = match &program {
        Program::Repl => (None, String::new(), None),
        Program::Stdin => {
            let mut src = Vec::new();
            if std::io::stdin().read_to_end(&mut src).is_err() {
                return 1;
            }
            (Some(src), String::new(), None)
        }
        Program::Command(c) => (Some(c.as_bytes().to_vec()), String::new(), Some("-c".into())),
        Program::Module(m) => (None, String::new(), Some(m.clone())),
        Program::File(path) => match std::fs::read(path) {
            // The script's directory is `sys.path[0]`, as in MicroPython's unix port.
            Ok(src) => {
                let dir = std::path::Path::new(path).parent().map(|d| d.to_string_lossy().into_owned());
                (Some(src), dir.unwrap_or_default(), Some(path.clone()))
            }
            Err(e) => {
                let prog = std::env::args().next().unwrap_or_else(|| "micropython".into());
                eprintln!(
                    "{prog}: can't open file '{path}': [Errno {}] {}",
                    e.raw_os_error().unwrap_or(0),
                    os_text(&e)
                );
                return 2;
            }
        },
    };
    let mut heap = vec![0u8; o.heap_size];
    let path = {
        let mut p = vec![path0];
        p.extend(search_path());
        p
    };
    let mut argv: Vec<String> = argv0.into_iter().collect();
    argv.extend(o.args.iter().cloned());
    let setup = || {
        let path: Vec<&str> = path.iter().map(String::as_str).collect();
        let argv: Vec<&str> = argv.iter().map(String::as_str).collect();
        let exe = std::env::current_exe().map(|p| p.to_string_lossy().into_owned()).unwrap_or_default();
        runtime::set_opt_level(o.opt_level);
        runtime::set_path(&path).and_then(|()| runtime::set_argv(&argv)).and_then(|()| runtime::set_executable(&exe))
    };
    let mut next = runtime::with_runtime(&mut hal, &mut heap, modules, stack_limit, || {
        // `sys.atexit`'s function runs as the program (or the REPL) ends; its own failure
        // or `sys.exit` decides the status then.
        let next = run_program(&o, &program, &source, &setup);
        match (next, runtime::run_atexit()) {
            (Next::Exit(_), Outcome::Exit(c)) => Next::Exit(c & 0xff),
            (Next::Exit(_), Outcome::Exception) => Next::Exit(1),
            (next, _) => next,
        }
    });
    // A soft reset in the raw REPL (what mpremote and pyboard.py do on connecting): a fresh
    // runtime, back in the raw REPL, as a board does. (MicroPython's unix port exits
    // instead, so tools must `resume`; here they need not.)
    while let Next::SoftResetRaw = next {
        next = runtime::with_runtime(&mut hal, &mut heap, modules, stack_limit, || {
            runtime::print::stdout_write(b"MPY: soft reboot\n");
            if let Err(e) = setup() {
                runtime::report(e);
                return Next::Exit(1);
            }
            repl(true)
        });
    }
    hal.restore();
    match next {
        Next::Exit(c) => c,
        Next::SoftResetRaw => 0,
    }
}

/// The program itself, in its runtime: set-up, then the REPL, a module, a command or a file.
fn run_program(
    o: &Options,
    program: &Program,
    source: &Option<Vec<u8>>,
    setup: &dyn Fn() -> Result<(), runtime::Exc>,
) -> Next {
    if let Err(e) = setup() {
        runtime::report(e);
        return Next::Exit(1);
    }
    if o.fail_alloc > 0 {
        runtime::gc::fail_allocation(o.fail_alloc);
    }
    let outcome = match (&program, &source) {
        (Program::Repl, _) => return repl(false),
        (Program::Module(m), _) => runtime::run_main_module(m),
        (_, Some(src)) if o.compile_only => {
            match runtime::compile::compile(src, runtime::qstr!("<stdin>"), Mode::File) {
                Ok(_) => Outcome::Ok,
                Err(e) => runtime::report(e),
            }
        }
        (Program::File(path), Some(src)) => match runtime::qstr::intern(path) {
            Ok(file) => runtime::exec_and_report(src, file, Mode::File),
            Err(e) => runtime::report(e),
        },
        (_, Some(src)) => runtime::exec_and_report(src, runtime::qstr!("<stdin>"), Mode::File),
        (_, None) => Outcome::Ok,
    };
    match outcome {
        Outcome::Exit(c) => Next::Exit(c & 0xff),
        // `-i`: the REPL in the program's runtime, its globals still there.
        _ if o.inspect => repl(false),
        Outcome::Ok => Next::Exit(0),
        Outcome::Exception => Next::Exit(1),
    }
}

/// What follows a REPL session.
enum Next {
    Exit(i32),
    SoftResetRaw,
}

fn repl(raw: bool) -> Next {
    if !raw {
        runtime::repl::banner();
    }
    match runtime::repl::run(raw) {
        runtime::repl::Exit::Exit(c) => Next::Exit(c),
        runtime::repl::Exit::SoftReset { raw: true } => Next::SoftResetRaw,
        // Ctrl-D at the friendly prompt leaves the REPL, as in MicroPython's unix port.
        runtime::repl::Exit::SoftReset { raw: false } => Next::Exit(0),
    }
}

/// The C library's text for an OS error (`No such file or directory`), without Rust's
/// ` (os error N)` suffix.
fn os_text(e: &std::io::Error) -> String {
    let s = e.to_string();
    match s.rfind(" (os error") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
