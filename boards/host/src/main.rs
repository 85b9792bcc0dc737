//! The host port: `micropython [-c CMD] [-m MOD] [-X heapsize=N] [-X emit=bytecode]
//! [FILE [ARGS]]`, like MicroPython's unix port. With no FILE: the REPL when stdin is a
//! terminal, else the script read from stdin.

mod hal;

use std::io::Read;

use runtime::compile::Mode;
use runtime::Outcome;

include!(concat!(env!("OUT_DIR"), "/modules.rs"));

/// Stack for the interpreter thread, and how much of it Python may use.
const STACK: usize = 16 << 20;
const STACK_LIMIT: usize = 8 << 20;

enum Source {
    Repl,
    Stdin,
    Command(String),
    Module(String),
    File(String),
}

fn usage() -> ! {
    eprintln!("usage: micropython [-c <command> | -m <module> | <filename>] [-X heapsize=N[K|M]] [-X emit=bytecode] [args...]");
    std::process::exit(1);
}

fn parse_size(s: &str) -> Option<usize> {
    let (num, mul) = match s.as_bytes().last()? {
        b'k' | b'K' => (&s[..s.len() - 1], 1024),
        b'm' | b'M' => (&s[..s.len() - 1], 1024 * 1024),
        _ => (s, 1),
    };
    num.parse::<usize>().ok()?.checked_mul(mul)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut heap_size = runtime::config::HEAP_SIZE;
    let mut source = None;
    let mut i = 0;
    while i < args.len() {
        let a = &args[i];
        match a.as_str() {
            "-c" | "-m" => {
                let Some(v) = args.get(i + 1) else { usage() };
                source = Some(if a == "-c" { Source::Command(v.clone()) } else { Source::Module(v.clone()) });
                break;
            }
            "-X" => {
                let Some(opt) = args.get(i + 1) else { usage() };
                if let Some(v) = opt.strip_prefix("heapsize=") {
                    heap_size = parse_size(v).filter(|&n| n >= 1024).unwrap_or_else(|| usage());
                } else if opt.starts_with("emit=") {
                    // Only bytecode is emitted; accepted for MicroPython's tools.
                } else {
                    usage();
                }
                i += 2;
                continue;
            }
            "-" => {
                source = Some(Source::Stdin);
                break;
            }
            _ if a.starts_with('-') && a.len() > 1 => usage(),
            _ => {
                source = Some(Source::File(a.clone()));
                break;
            }
        }
    }
    let child = std::thread::Builder::new().stack_size(STACK).spawn(move || run(source, heap_size));
    let code = match child.map(|c| c.join()) {
        Ok(Ok(code)) => code,
        _ => 1,
    };
    std::process::exit(code);
}

fn run(source: Option<Source>, heap_size: usize) -> i32 {
    let mut hal = hal::HostHal::new();
    let source = source.unwrap_or(if hal.is_tty() { Source::Repl } else { Source::Stdin });
    let mut heap = vec![0u8; heap_size];
    let code = match source {
        Source::Repl => runtime::with_runtime(&mut hal, &mut heap, &MODULES, STACK_LIMIT, || {
            runtime::repl::banner();
            match runtime::repl::run(false) {
                runtime::repl::Exit::Exit(c) => c,
                runtime::repl::Exit::SoftReset { .. } => 0,
            }
        }),
        Source::Stdin => {
            let mut src = Vec::new();
            if std::io::stdin().read_to_end(&mut src).is_err() {
                return 1;
            }
            exec(&mut hal, &mut heap, &src)
        }
        Source::Command(c) => exec(&mut hal, &mut heap, c.as_bytes()),
        Source::Module(m) => exec(&mut hal, &mut heap, format!("import {m}\n").as_bytes()),
        Source::File(path) => match std::fs::read(&path) {
            Ok(src) => {
                // The script's directory is `sys.path[0]`, as in MicroPython's unix port.
                let dir = std::path::Path::new(&path).parent().map(|d| d.to_string_lossy().into_owned());
                exec_in(&mut hal, &mut heap, &src, dir.as_deref())
            }
            Err(e) => {
                eprintln!("micropython: can't open file '{path}': [Errno {}] {e}", e.raw_os_error().unwrap_or(0));
                2
            }
        },
    };
    hal.restore();
    code
}

fn exec(hal: &mut hal::HostHal, heap: &mut [u8], src: &[u8]) -> i32 {
    exec_in(hal, heap, src, None)
}

fn exec_in(hal: &mut hal::HostHal, heap: &mut [u8], src: &[u8], dir: Option<&str>) -> i32 {
    runtime::with_runtime(hal, heap, &MODULES, STACK_LIMIT, || {
        if let Some(d) = dir {
            if runtime::set_path0(d).is_err() {
                return 1;
            }
        }
        match runtime::exec_and_report(src, runtime::qstr!("<stdin>"), Mode::File) {
            Outcome::Ok => 0,
            Outcome::Exception => 1,
            Outcome::Exit(c) => c & 0xff,
        }
    })
}
