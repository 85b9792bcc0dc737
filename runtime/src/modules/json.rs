//! `json`: `dumps`, `dump`, `loads`, `load`, as MicroPython's module behaves.
//!
//! Writing follows MicroPython's JSON printing: str and bytes become JSON strings (`"` and
//! `\` escaped, `\n` `\r` `\t` and other control characters as escapes, everything else,
//! non-ASCII included, as is); None, True and False are `null`, `true`, `false`; lists and
//! tuples are arrays and dicts objects (a key that is not a str is written in JSON and put
//! in quotes, as MicroPython does: `{1: 2}` is `{"1": 2}`); every other object is written as
//! its `repr`, so nothing is "not serialisable" (MicroPython raises nothing either). Nested
//! data recurses, with the runtime's stack check at each level: data nested too deeply
//! raises `RuntimeError: maximum recursion depth exceeded`.
//!
//! Reading is MicroPython's parser, iterative over an explicit stack of open containers (so
//! deep nesting costs heap, not native stack), with its leniency kept: `,` and `:` are
//! skipped like whitespace, any closing bracket closes the open container, a key may be
//! any value. Every malformed input raises `ValueError: syntax error in JSON`, except a bad
//! number, which raises the int or float parser's `ValueError`.
//!
//! `dump` calls the stream's `write` once with the whole text; `load` calls `read()` and
//! parses what it returns. Both work with any object that has the method (MicroPython's
//! need a native stream; io.StringIO and io.BytesIO are both).

use crate::gc::{root::check_stack, GcVec};
use crate::obj::dict::{self, sort_entries, DictObj, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::{ArgSpec, NativeFn, NativeSpecFn};
use crate::obj::module::Module;
use crate::obj::tuple::Items;
use crate::obj::{self, buffer, bytes, int, list, str as pystr, unicode, Obj};
use crate::print::{Print, PrintKind, StrBuf};

pub static MODULE: Module = Module::new(qstr!("json"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("json"))),
    RomEntry::new(qstr!("dumps"), Obj::from_static(&DUMPS)),
    RomEntry::new(qstr!("dump"), Obj::from_static(&DUMP)),
    RomEntry::new(qstr!("loads"), Obj::from_static(&LOADS)),
    RomEntry::new(qstr!("load"), Obj::from_static(&LOAD)),
]));

/// `dumps(obj, *, separators=None)`.
static DUMPS_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!("separators")],
    defaults: &[Obj::NULL, Obj::NONE],
    n_pos: 1,
    varargs: false,
    varkw: false,
};
/// `dump(obj, stream, *, separators=None)`.
static DUMP_SPEC: ArgSpec = ArgSpec {
    names: &[qstr!(""), qstr!(""), qstr!("separators")],
    defaults: &[Obj::NULL, Obj::NULL, Obj::NONE],
    n_pos: 2,
    varargs: false,
    varkw: false,
};
static DUMPS: NativeSpecFn = NativeSpecFn::new(qstr!("dumps"), &DUMPS_SPEC, json_dumps);
static DUMP: NativeSpecFn = NativeSpecFn::new(qstr!("dump"), &DUMP_SPEC, json_dump);
static LOADS: NativeFn = NativeFn::new(qstr!("loads"), 1, 1, json_loads);
static LOAD: NativeFn = NativeFn::new(qstr!("load"), 1, 1, json_load);

// ---------------------------------------------------------------------------------------
// Writing

/// What goes between items and between a key and its value.
struct Separators {
    item: &'static [u8],
    key: &'static [u8],
}

/// `separators=(item, key)`, or the defaults `(", ", ": ")` for None.
fn separators(o: Obj) -> Result<Separators, Exc> {
    if o == Obj::NONE {
        return Ok(Separators { item: b", ", key: b": " });
    }
    let items =
        Items::of(o).ok_or_else(|| exc::type_error_fmt(msg!("object '{}' isn't a tuple or list"), &[o.ty().name()]))?;
    if items.len() != 2 {
        let mut a = [0u8; 24];
        let n = crate::print::int_str(items.len() as i64, &mut a);
        return Err(exc::new_msg_fmt(&exc::VALUE_ERROR, msg!("requested length 2 but object has length {}"), &[n]));
    }
    let text = |x: Obj| {
        pystr::as_str_bytes(x)
            .or_else(|| bytes::as_bytes(x))
            .ok_or_else(|| exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[x.ty().name()]))
    };
    let (item, key) = (items.get(0).unwrap_or(Obj::NONE), items.get(1).unwrap_or(Obj::NONE));
    Ok(Separators { item: text(item)?, key: text(key)? })
}

/// `s` as a JSON string (MicroPython's `mp_str_print_json`).
fn write_string(out: &mut dyn Print, s: &[u8]) -> Result<(), Exc> {
    out.write(b"\"")?;
    let mut start = 0;
    for (i, &c) in s.iter().enumerate() {
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=31 => b"",
            _ => continue,
        };
        out.write(&s[start..i])?;
        if esc.is_empty() {
            const HEX: &[u8; 16] = b"0123456789abcdef";
            out.write(&[b'\\', b'u', b'0', b'0', HEX[(c >> 4) as usize], HEX[(c & 15) as usize]])?;
        } else {
            out.write(esc)?;
        }
        start = i + 1;
    }
    out.write(&s[start..])?;
    out.write(b"\"")
}

/// The str or bytes behind `o`, if it is one (these are written as JSON strings).
fn text_of(o: Obj) -> Option<&'static [u8]> {
    pystr::as_str_bytes(o).or_else(|| bytes::as_bytes(o))
}

/// Write `o` as JSON. Recursive: one stack check per level.
fn write_json(o: Obj, out: &mut dyn Print, seps: &Separators) -> Result<(), Exc> {
    check_stack()?;
    match o {
        Obj::NONE => return out.write(b"null"),
        Obj::TRUE => return out.write(b"true"),
        Obj::FALSE => return out.write(b"false"),
        _ => {}
    }
    if let Some(s) = text_of(o) {
        return write_string(out, s);
    }
    if let Some(items) = Items::of(o) {
        out.write(b"[")?;
        // The length is read at every step: an item's `__repr__` may change the list.
        let mut i = 0;
        while let Some(x) = items.get(i) {
            if i > 0 {
                out.write(seps.item)?;
            }
            write_json(x, out, seps)?;
            i += 1;
        }
        return out.write(b"]");
    }
    if let Some(d) = o.downcast::<DictObj>() {
        out.write(b"{")?;
        let (mut pos, mut first) = (0, true);
        while let Some((k, v)) = d.next(&mut pos) {
            if !first {
                out.write(seps.item)?;
            }
            first = false;
            if text_of(k).is_some() {
                write_json(k, out, seps)?;
            } else {
                out.write(b"\"")?;
                write_json(k, out, seps)?;
                out.write(b"\"")?;
            }
            out.write(seps.key)?;
            write_json(v, out, seps)?;
        }
        return out.write(b"}");
    }
    // Numbers, and anything else as its repr (as MicroPython prints it in JSON mode).
    obj::print(o, out, PrintKind::Repr)
}

/// `o` as a JSON str.
fn to_json(o: Obj, seps: Obj) -> Result<Obj, Exc> {
    let seps = separators(seps)?;
    let mut buf = StrBuf::new();
    write_json(o, &mut buf, &seps)?;
    // Everything written is str/bytes content, ASCII or repr text. Bytes that are not UTF-8
    // would make an invalid str: such text is refused rather than stored.
    if !unicode::is_valid(&buf.buf) {
        return Err(exc::new_msg(&exc::UNICODE_ERROR, msg!("invalid utf-8")));
    }
    pystr::from_gcvec(buf.buf)
}

fn json_dumps(a: &[Obj]) -> Result<Obj, Exc> {
    to_json(a[0], a[1])
}

fn json_dump(a: &[Obj]) -> Result<Obj, Exc> {
    let write = obj::load_attr(a[1], qstr!("write"))?;
    let s = to_json(a[0], a[2])?;
    obj::call(write, &[s])?;
    Ok(Obj::NONE)
}

// ---------------------------------------------------------------------------------------
// Reading

#[cold]
fn syntax_error() -> Exc {
    exc::value_error(msg!("syntax error in JSON"))
}

/// The input, one byte at a time, as MicroPython's stream reader sees it: `cur` is the
/// byte under the cursor, 0 at the end (so a NUL byte ends the input too).
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    cur: u8,
}

impl Reader<'_> {
    /// Move to the next byte and return it.
    fn next(&mut self) -> u8 {
        self.pos = self.pos.saturating_add(1);
        self.cur = self.data.get(self.pos).copied().unwrap_or(0);
        self.cur
    }

    fn at_end(&self) -> bool {
        self.cur == 0
    }

    /// Whether the next bytes are `word` (the first already matched); moves past them.
    fn expect(&mut self, word: &[u8]) -> bool {
        for &w in word {
            if self.cur != w {
                return false;
            }
            self.next();
        }
        true
    }

    /// A string's contents up to its closing `"` (the opening one already read).
    fn string(&mut self) -> Result<Obj, Exc> {
        let mut v = GcVec::new();
        while !self.at_end() && self.cur != b'"' {
            let mut c = self.cur;
            if c == b'\\' {
                c = match self.next() {
                    b'b' => 0x08,
                    b'f' => 0x0c,
                    b'n' => b'\n',
                    b'r' => b'\r',
                    b't' => b'\t',
                    b'u' => {
                        // Four hex digits, combined as MicroPython does (without checking
                        // them: a non-digit adds its own bits).
                        let mut num: u32 = 0;
                        for _ in 0..4 {
                            let mut d = (self.next() | 0x20).wrapping_sub(b'0');
                            if d > 9 {
                                d = d.wrapping_sub(b'a' - (b'9' + 1));
                            }
                            num = (num << 4) | d as u32;
                        }
                        let mut b = [0u8; 4];
                        v.extend_from_slice(unicode::encode(num, &mut b))?;
                        self.next();
                        continue;
                    }
                    other => other,
                };
            }
            v.push(c)?;
            self.next();
        }
        if self.at_end() {
            return Err(syntax_error());
        }
        self.next();
        if !unicode::is_valid(&v) {
            return Err(syntax_error());
        }
        // A string that is already a name (a key the program spells out) is that name, as
        // MicroPython's `mp_obj_new_str` does: no block per key of every object decoded.
        if let Some(q) = crate::obj::unicode::as_utf8(&v).and_then(crate::qstr::lookup) {
            return Ok(Obj::from_qstr(q));
        }
        pystr::from_gcvec(v)
    }

    /// A number whose first character was just read: with the run of digits, signs, `.`,
    /// `e` and `E` that follows, an int or (with `.`, `e` or `E`) a float.
    fn number(&mut self) -> Result<Obj, Exc> {
        let start = self.pos - 1;
        let mut is_float = false;
        loop {
            match self.cur {
                b'.' | b'e' | b'E' => is_float = true,
                b'+' | b'-' | b'0'..=b'9' => {}
                _ => break,
            }
            self.next();
        }
        let text = &self.data[start..self.pos.min(self.data.len())];
        if is_float {
            return parse_float(text);
        }
        int::parse(crate::obj::unicode::as_utf8(text).unwrap_or(""), 10)
    }
}

#[cfg(not(mp_float = "none"))]
fn parse_float(text: &[u8]) -> Result<Obj, Exc> {
    match crate::obj::float::parse::parse(text) {
        Some(f) => crate::obj::float::new(f),
        None => Err(exc::value_error(msg!("invalid syntax for number"))),
    }
}

#[cfg(mp_float = "none")]
fn parse_float(_text: &[u8]) -> Result<Obj, Exc> {
    Err(exc::value_error(msg!("decimal numbers not supported")))
}

/// Parse `data` (MicroPython's `mod_json_load`, see the module header).
fn parse(data: &[u8]) -> Result<Obj, Exc> {
    let mut r = Reader { data, pos: 0, cur: data.first().copied().unwrap_or(0) };
    // The open containers below the innermost one, which is `top`.
    let mut stack: GcVec<Obj> = GcVec::new();
    let mut top = Obj::NULL;
    // A dict's key waiting for its value.
    let mut key = Obj::NULL;
    loop {
        if r.at_end() {
            // The input ended inside a container (or held nothing).
            return Err(syntax_error());
        }
        let c = r.cur;
        r.next();
        let (value, enter) = match c {
            b',' | b':' | b' ' | b'\t' | b'\n' | b'\r' => continue,
            b'n' if r.expect(b"ull") => (Obj::NONE, false),
            b't' if r.expect(b"rue") => (Obj::TRUE, false),
            b'f' if r.expect(b"alse") => (Obj::FALSE, false),
            b'"' => (r.string()?, false),
            b'-' | b'0'..=b'9' => (r.number()?, false),
            b'[' => (list::new(&[])?, true),
            b'{' => (dict::new()?, true),
            b']' | b'}' => {
                if top.is_null() {
                    return Err(syntax_error());
                }
                match stack.pop() {
                    Some(outer) => {
                        top = outer;
                        continue;
                    }
                    None => break,
                }
            }
            _ => return Err(syntax_error()),
        };
        if top.is_null() {
            top = value;
            if !enter {
                // A single value, not a container.
                break;
            }
            continue;
        }
        if let Some(d) = top.downcast::<DictObj>() {
            if key.is_null() {
                if enter {
                    // A list or dict as a key.
                    return Err(syntax_error());
                }
                key = value;
            } else {
                d.set(key, value)?;
                key = Obj::NULL;
            }
        } else {
            list::append(top, value)?;
        }
        if enter {
            stack.push(top)?;
            top = value;
        }
    }
    while unicode::is_space(r.cur) {
        r.next();
    }
    if !r.at_end() {
        return Err(syntax_error());
    }
    Ok(top)
}

fn json_loads(a: &[Obj]) -> Result<Obj, Exc> {
    // No Python code runs while parsing, so the bytes stay as they are (buffer.rs).
    parse(buffer::get_or_raise(a[0])?.bytes())
}

fn json_load(a: &[Obj]) -> Result<Obj, Exc> {
    let read = obj::load_attr(a[0], qstr!("read"))?;
    let text = obj::call(read, &[])?;
    parse(buffer::get_or_raise(text)?.bytes())
}
