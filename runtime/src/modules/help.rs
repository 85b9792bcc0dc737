//! The `help` builtin (MicroPython's `py/builtinhelp.c`): `help()` prints the welcome
//! text, `help('modules')` the board's modules in columns, `help(obj)` what the object is
//! and the names of its type (or module) with their values.

use crate::gc::{root, GcVec};
use crate::obj::fun::NativeFn;
use crate::obj::{self, exc::Exc, Obj};
use crate::print::{Console, Print, PrintKind};

pub static HELP: NativeFn = NativeFn::new(qstr!("help"), 0, 1, builtin_help);

/// The welcome text (a compressed message).
fn help_text() -> crate::msg::Msg {
    msg!(
        "Welcome to MicroPython!

For online docs please visit http://docs.micropython.org/

Control commands:
  CTRL-A        -- on a blank line, enter raw REPL mode
  CTRL-B        -- on a blank line, enter normal REPL mode
  CTRL-C        -- interrupt a running program
  CTRL-D        -- on a blank line, exit or do a soft reset
  CTRL-E        -- on a blank line, enter paste mode

For further help on a specific object, type help(obj)
"
    )
}

fn builtin_help(args: &[Obj]) -> Result<Obj, Exc> {
    match args.first() {
        None => help_text().print(&mut Console)?,
        Some(&o) if obj::str::eq_qstr(o, qstr!("modules")) => print_modules()?,
        Some(&o) => print_object(o)?,
    }
    Ok(Obj::NONE)
}

const COLUMNS: usize = 4;
const COLUMN_WIDTH: usize = 18;

/// The board's modules, sorted, in four columns filled top to bottom.
fn print_modules() -> Result<(), Exc> {
    let modules = root::state().modules;
    let mut names: GcVec<&'static str> = GcVec::with_capacity(modules.len() + 1)?;
    names.push("__main__")?;
    for (key, m) in modules.entries() {
        // Frozen modules are listed under their `.frozen/...` path: show their names.
        names.push(if key.starts_with('.') { m.name.as_str() } else { key })?;
    }
    // Insertion sort: a board has tens of modules, and `sort_unstable` is 1.2 KB of flash.
    let v = names.as_mut_slice();
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && v[j - 1] > v[j] {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
    let out = &mut Console;
    let rows = names.len().div_ceil(COLUMNS);
    for row in 0..rows {
        let mut i = row;
        loop {
            out.write_str(names[i])?;
            i += rows;
            if i >= names.len() {
                break;
            }
            let mut gap = COLUMN_WIDTH as isize - names[i - rows].len() as isize;
            while gap < 1 {
                gap += COLUMN_WIDTH as isize;
            }
            for _ in 0..gap {
                out.write(b" ")?;
            }
        }
        out.write(b"\n")?;
    }
    msg!("Plus any modules on the filesystem\n").print(out)
}

/// `object <str(o)> is of type <name>`, then `  name -- value` for each name of its
/// module or type.
fn print_object(o: Obj) -> Result<(), Exc> {
    let out = &mut Console;
    out.write(b"object ")?;
    obj::print(o, out, PrintKind::Str)?;
    out.write(b" is of type ")?;
    out.write_str(o.ty().name())?;
    out.write(b"\n")?;
    let mut entry = |k: Obj, v: Obj| -> Result<(), Exc> {
        out.write(b"  ")?;
        obj::print(k, out, PrintKind::Str)?;
        out.write(b" -- ")?;
        obj::print(v, out, PrintKind::Str)?;
        out.write(b"\n")
    };
    // The names: a ROM table (a built-in module's, a ROM type's) or a dict (a module's
    // globals, a class's).
    let ty = o.downcast::<obj::Type>().unwrap_or(o.ty());
    let (rom, dict) = if let Some(m) = o.downcast::<obj::module::Module>() {
        (Some(m.globals), Obj::NULL)
    } else if let Some(m) = o.downcast::<obj::module::ModuleObj>() {
        (None, m.globals)
    } else if let Some(c) = obj::class::as_class(ty) {
        (None, c.dict)
    } else {
        (ty.locals, Obj::NULL)
    };
    for e in rom.map_or(&[][..], |r| r.entries) {
        entry(Obj::from_qstr(e.key), e.value)?;
    }
    if let Some(d) = dict.downcast::<obj::dict::DictObj>() {
        let mut pos = 0;
        while let Some((k, v)) = d.next(&mut pos) {
            entry(k, v)?;
        }
    }
    Ok(())
}
