//! `mpy-cross`: compile a `.py` file to this project's `.mpy` format (`runtime::mpy`), for
//! the host board's runtime (its format version, float and int implementations), as
//! MicroPython's `mpy-cross` does for its own format.
//!
//! `mpy-cross [-o OUTPUT] [-s SOURCE_NAME] [-X emit=bytecode] [-O[N]] [-v] FILE.py`: writes
//! `FILE.mpy` (or OUTPUT). A syntax error prints the traceback and exits with status 1; a
//! bad command line exits with status 2.

use std::io::Write;

use runtime::compile::Mode;

const USAGE: &str = "usage: mpy-cross [-o OUTPUT] [-s SOURCE_NAME] [-X emit=bytecode] [-O[N]] [-v] FILE.py";

/// Errors and tracebacks go to stderr.
struct ToolHal;

impl runtime::Hal for ToolHal {
    fn stdin_rx_chr(&mut self) -> Option<u8> {
        None
    }
    fn stdout_tx_strn(&mut self, bytes: &[u8]) {
        let _ = std::io::stderr().write_all(bytes);
    }
    fn crlf(&self) -> bool {
        false
    }
    fn ticks_ms(&mut self) -> u32 {
        0
    }
    fn delay_ms(&mut self, _ms: u32) {}
    fn set_interrupt_char(&mut self, _c: Option<u8>) {}
    fn interrupt_pending(&mut self) -> bool {
        false
    }
}

fn bad_usage(why: &str) -> ! {
    eprintln!("mpy-cross: {why}\n{USAGE}");
    std::process::exit(2);
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (mut input, mut output, mut source_name) = (None, None, None);
    let mut i = 0;
    while i < args.len() {
        let a = args[i].as_str();
        i += 1;
        match a {
            "-h" | "--help" => {
                println!("{USAGE}");
                return;
            }
            "--version" => {
                println!("mpy-cross for this project's .mpy format version {}", runtime::mpy::VERSION);
                return;
            }
            "-o" | "-s" | "-X" => {
                let Some(v) = args.get(i) else { bad_usage(&format!("{a} needs a value")) };
                i += 1;
                match a {
                    "-o" => output = Some(v.clone()),
                    "-s" => source_name = Some(v.clone()),
                    _ if v == "emit=bytecode" => {}
                    _ => bad_usage(&format!("unsupported option -X {v} (only emit=bytecode)")),
                }
            }
            "-v" => {}
            _ if a.starts_with("-O") && a[2..].bytes().all(|b| b.is_ascii_digit()) => {}
            _ if a.starts_with('-') => bad_usage(&format!("unknown option {a}")),
            _ if input.is_none() => input = Some(a.to_string()),
            _ => bad_usage("more than one input file"),
        }
    }
    let Some(input) = input else { bad_usage("no input file") };
    let source = std::fs::read(&input).unwrap_or_else(|e| {
        eprintln!("mpy-cross: can't open {input}: {e}");
        std::process::exit(1);
    });
    let output = output.unwrap_or_else(|| match input.strip_suffix(".py") {
        Some(stem) => format!("{stem}.mpy"),
        None => format!("{input}.mpy"),
    });
    let name = source_name.unwrap_or_else(|| input.clone());
    let mut heap = vec![0u8; 64 << 20];
    let bytes = runtime::with_runtime(&mut ToolHal, &mut heap, &runtime::obj::module::NO_MODULES, 4 << 20, || {
        let compiled = runtime::qstr::intern(&name)
            .and_then(|file| runtime::compile::compile(&source, file, Mode::File))
            .and_then(|code| {
                let mut out = runtime::GcVec::new();
                runtime::mpy::save(code, &mut out).map(|()| out.to_vec())
            });
        compiled.map_err(|e| {
            runtime::report(e);
        })
    });
    let Ok(bytes) = bytes else { std::process::exit(1) };
    if let Err(e) = std::fs::write(&output, bytes) {
        eprintln!("mpy-cross: can't write {output}: {e}");
        std::process::exit(1);
    }
}
