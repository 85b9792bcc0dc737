//! `re` (MicroPython's `modre.c`, on its own engine: `compile.rs`, `matcher.rs`): module
//! functions `compile(pattern, flags=0)`, `match(pattern, string)`, `search(pattern,
//! string)`, `sub(pattern, repl, string, count=0, flags=0)`; compiled patterns with
//! `match`, `search`, `sub`, `split(string, maxsplit=0)`; match objects with `group(n)`,
//! and from level `full` `groups()`, `span(n=0)`, `start(n=0)`, `end(n=0)` (MicroPython's
//! `MICROPY_PY_RE_MATCH_GROUPS` / `_SPAN_START_END`).
//!
//! Subjects and patterns are str or bytes; the results are of the subject's type. `flags`
//! is accepted and ignored (MicroPython has only `DEBUG`). Where MicroPython's re1.5
//! differs from CPython, this follows MicroPython: `.` matches a newline, `$` matches only
//! at the very end, `sub` stops at the first empty match and `split` does not split on
//! empty matches, `split` with capturing groups is `NotImplementedError`, errors in a
//! pattern are `ValueError: regex too complex` (an unbalanced `)`: `error in regex`), a
//! missing group is `IndexError` with the group number. Extensions over re1.5, as
//! CPython: counted repetition `{m,n}`, `\b`/`\B`, `(a*)*`-style loops that terminate.

mod compile;
mod matcher;

use compile::Program;
use matcher::{Matcher, Subject, UNSET};

use crate::gc::GcVec;
use crate::obj::dict::{sort_entries, RomDict, RomEntry};
use crate::obj::exc::{self, Exc};
use crate::obj::fun::NativeFn;
use crate::obj::module::Module;
use crate::obj::repr::PyObj;
use crate::obj::{bytes, str as pystr, Obj, ObjBase, Type};
use crate::print::{Print, PrintKind};

pub static MODULE: Module = Module::new(qstr!("re"), &GLOBALS);

static GLOBALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("__name__"), Obj::from_qstr(qstr!("re"))),
    RomEntry::new(qstr!("compile"), Obj::from_static(&COMPILE)),
    RomEntry::new(qstr!("match"), Obj::from_static(&MOD_MATCH)),
    RomEntry::new(qstr!("search"), Obj::from_static(&MOD_SEARCH)),
    RomEntry::new(qstr!("sub"), Obj::from_static(&MOD_SUB)),
]));

static COMPILE: NativeFn = NativeFn::new(qstr!("compile"), 1, 2, |a| compile_obj(a[0]).map(Obj::from_ref));
static MOD_MATCH: NativeFn = NativeFn::new(qstr!("match"), 2, 3, |a| exec(compile_obj(a[0])?, a[1], true));
static MOD_SEARCH: NativeFn = NativeFn::new(qstr!("search"), 2, 3, |a| exec(compile_obj(a[0])?, a[1], false));
static MOD_SUB: NativeFn =
    NativeFn::new(qstr!("sub"), 3, 5, |a| sub(compile_obj(a[0])?, a[1], a[2], a.get(3).copied()));

/// A compiled pattern.
#[repr(C)]
pub struct RegexObj {
    base: ObjBase,
    prog: Program,
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `REGEX_TYPE` objects are `RegexObj`s.
unsafe impl PyObj for RegexObj {
    const TYPE: Option<&'static Type> = Some(&REGEX_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &REGEX_TYPE)
    }
}

pub static REGEX_TYPE: Type =
    Type { name: qstr!("re"), print: Some(regex_print), locals: Some(&REGEX_LOCALS), ..Type::EMPTY };

static REGEX_LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("match"), Obj::from_static(&MATCH)),
    RomEntry::new(qstr!("search"), Obj::from_static(&SEARCH)),
    RomEntry::new(qstr!("sub"), Obj::from_static(&SUB)),
    RomEntry::new(qstr!("split"), Obj::from_static(&SPLIT)),
]));

static MATCH: NativeFn = NativeFn::new(qstr!("match"), 2, 2, |a| exec(regex(a[0])?, a[1], true));
static SEARCH: NativeFn = NativeFn::new(qstr!("search"), 2, 2, |a| exec(regex(a[0])?, a[1], false));
static SUB: NativeFn = NativeFn::new(qstr!("sub"), 3, 4, |a| sub(regex(a[0])?, a[1], a[2], a.get(3).copied()));
static SPLIT: NativeFn = NativeFn::new(qstr!("split"), 2, 3, |a| split(regex(a[0])?, a[1], a.get(2).copied()));

/// A successful match: the subject and the capture positions (byte offsets).
#[repr(C)]
pub struct MatchObj {
    base: ObjBase,
    subject: Obj,
    /// `2 * groups` positions, [`UNSET`] for a group that did not take part.
    caps: &'static [usize],
}

// SAFETY: `#[repr(C)]`, `ObjBase` first; only `MATCH_TYPE` objects are `MatchObj`s.
unsafe impl PyObj for MatchObj {
    const TYPE: Option<&'static Type> = Some(&MATCH_TYPE);
    fn has_layout(ty: &'static Type) -> bool {
        core::ptr::eq(ty, &MATCH_TYPE)
    }
}

pub static MATCH_TYPE: Type =
    Type { name: qstr!("match"), print: Some(match_print), locals: Some(&MATCH_LOCALS), ..Type::EMPTY };

static MATCH_LOCALS: RomDict = RomDict::new(&sort_entries([
    RomEntry::new(qstr!("group"), Obj::from_static(&GROUP)),
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("groups"), Obj::from_static(&GROUPS)),
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("span"), Obj::from_static(&SPAN)),
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("start"), Obj::from_static(&START)),
    #[cfg(any(mp_level = "full", mp_level = "everything"))]
    RomEntry::new(qstr!("end"), Obj::from_static(&END)),
]));

static GROUP: NativeFn = NativeFn::new(qstr!("group"), 2, 2, |a| {
    let m = this_match(a[0])?;
    let n = group_index(m, a[1])?;
    group(m, n)
});

#[cfg(any(mp_level = "full", mp_level = "everything"))]
static GROUPS: NativeFn = NativeFn::new(qstr!("groups"), 1, 1, |a| {
    let m = this_match(a[0])?;
    let mut items: GcVec<Obj> = GcVec::new();
    for n in 1..m.caps.len() / 2 {
        items.push(group(m, n)?)?;
    }
    crate::obj::tuple::new(items.as_slice())
});

#[cfg(any(mp_level = "full", mp_level = "everything"))]
static SPAN: NativeFn = NativeFn::new(qstr!("span"), 1, 2, |a| {
    let (s, e) = span(a)?;
    crate::obj::tuple::new(&[s, e])
});
#[cfg(any(mp_level = "full", mp_level = "everything"))]
static START: NativeFn = NativeFn::new(qstr!("start"), 1, 2, |a| span(a).map(|(s, _)| s));
#[cfg(any(mp_level = "full", mp_level = "everything"))]
static END: NativeFn = NativeFn::new(qstr!("end"), 1, 2, |a| span(a).map(|(_, e)| e));

fn regex_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(b"<re ")?;
    crate::print::print_int_radix(out, o.addr() as i64, 16, "")?;
    out.write(b">")
}

fn match_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    let n = o.downcast::<MatchObj>().map_or(0, |m| m.caps.len() / 2);
    out.write(b"<match num=")?;
    crate::print::print_int_radix(out, n as i64, 10, "")?;
    out.write(b">")
}

fn regex(o: Obj) -> Result<&'static RegexObj, Exc> {
    o.downcast::<RegexObj>().ok_or_else(|| exc::wrong_self(&REGEX_TYPE, o))
}

fn this_match(o: Obj) -> Result<&'static MatchObj, Exc> {
    o.downcast::<MatchObj>().ok_or_else(|| exc::wrong_self(&MATCH_TYPE, o))
}

/// The subject's bytes and whether it is a str (decoded by characters). Anything but
/// str and bytes is MicroPython's `TypeError`.
fn subject(o: Obj) -> Result<Subject<'static>, Exc> {
    if let Some(b) = pystr::as_str_bytes(o) {
        return Ok(Subject { bytes: b, unicode: cfg!(mp_feature = "str_unicode") });
    }
    if let Some(b) = bytes::as_bytes(o) {
        return Ok(Subject { bytes: b, unicode: false });
    }
    Err(exc::type_error_fmt(msg!("can't convert '{}' object to str implicitly"), &[o.ty().name()]))
}

/// `re.compile(pattern)`; a compiled pattern is returned as it is.
fn compile_obj(pattern: Obj) -> Result<&'static RegexObj, Exc> {
    if let Some(r) = pattern.downcast::<RegexObj>() {
        return Ok(r);
    }
    let s = subject(pattern)?;
    let mut points: GcVec<u32> = GcVec::new();
    let mut pos = 0;
    while let Some((c, n)) = s.at(pos) {
        points.push(c)?;
        pos += n;
    }
    let prog = compile::compile(points.as_slice())?;
    crate::gc::new(RegexObj { base: ObjBase::new(&REGEX_TYPE), prog })
}

fn new_match(subject: Obj, caps: &[usize]) -> Result<Obj, Exc> {
    let caps: &'static [usize] = GcVec::from_slice(caps)?.leak();
    crate::gc::new(MatchObj { base: ObjBase::new(&MATCH_TYPE), subject, caps }).map(Obj::from_ref)
}

/// `match`/`search`: a match object or None.
fn exec(r: &'static RegexObj, string: Obj, anchored: bool) -> Result<Obj, Exc> {
    let s = subject(string)?;
    let mut m = Matcher::new(&r.prog)?;
    if m.search(s, 0, anchored)? {
        new_match(string, m.caps.as_slice())
    } else {
        Ok(Obj::NONE)
    }
}

/// The subject's bytes `from..to` as an object of the subject's type.
fn slice_of(subject: Obj, from: usize, to: usize) -> Result<Obj, Exc> {
    let b = pystr::as_str_bytes(subject).or_else(|| bytes::as_bytes(subject)).unwrap_or(&[]);
    let part = b.get(from..to).unwrap_or(&[]);
    if pystr::is_str(subject) {
        pystr::from_bytes(part)
    } else {
        bytes::from_slice(part)
    }
}

fn group_index(m: &MatchObj, n: Obj) -> Result<usize, Exc> {
    let i = crate::obj::int::expect_i64(n)?;
    match usize::try_from(i) {
        Ok(i) if i < m.caps.len() / 2 => Ok(i),
        _ => Err(exc::new(&exc::INDEX_ERROR, &[n])),
    }
}

fn group(m: &MatchObj, n: usize) -> Result<Obj, Exc> {
    match (m.caps[2 * n], m.caps[2 * n + 1]) {
        (UNSET, _) | (_, UNSET) => Ok(Obj::NONE),
        (s, e) => slice_of(m.subject, s, e),
    }
}

/// `span(n=0)` as (start, end) in characters of the subject (-1 for a group that did not
/// take part).
#[cfg(any(mp_level = "full", mp_level = "everything"))]
fn span(a: &[Obj]) -> Result<(Obj, Obj), Exc> {
    let m = this_match(a[0])?;
    let n = match a.get(1) {
        Some(&n) => group_index(m, n)?,
        None => 0,
    };
    let s = subject(m.subject)?;
    let index = |pos: usize| -> Obj {
        if pos == UNSET {
            return Obj::small_int(-1);
        }
        let prefix = s.bytes.get(..pos).unwrap_or(&[]);
        let chars = if s.unicode { prefix.iter().filter(|&&b| b & 0xc0 != 0x80).count() } else { prefix.len() };
        Obj::small_int(chars as isize)
    };
    Ok((index(m.caps[2 * n]), index(m.caps[2 * n + 1])))
}

fn count_arg(o: Option<Obj>) -> Result<usize, Exc> {
    match o {
        None => Ok(0),
        Some(o) => Ok(usize::try_from(crate::obj::int::expect_i64(o)?).unwrap_or(0)),
    }
}

/// `sub(repl, string, count=0)`: `repl` a template (`\1`, `\g<1>`) or a function of the
/// match object.
fn sub(r: &'static RegexObj, repl: Obj, string: Obj, count: Option<Obj>) -> Result<Obj, Exc> {
    let s = subject(string)?;
    let count = count_arg(count)?;
    let template = if crate::obj::is_callable(repl) { None } else { Some(subject(repl)?.bytes) };
    let mut m = Matcher::new(&r.prog)?;
    let mut out: GcVec<u8> = GcVec::new();
    let mut pos = 0;
    let mut done = 0;
    while (count == 0 || done < count) && pos <= s.bytes.len() && m.search(s, pos, false)? {
        let (start, end) = (m.caps[0], m.caps[1]);
        if start == end {
            // MicroPython's rule: an empty match ends the substitutions.
            break;
        }
        out.extend_from_slice(&s.bytes[pos..start])?;
        match template {
            Some(t) => expand(t, string, m.caps.as_slice(), &mut out)?,
            None => {
                let mo = new_match(string, m.caps.as_slice())?;
                let got = crate::obj::call(repl, &[mo])?;
                out.extend_from_slice(subject(got)?.bytes)?;
            }
        }
        pos = end;
        done += 1;
    }
    out.extend_from_slice(&s.bytes[pos.min(s.bytes.len())..])?;
    if pystr::is_str(string) {
        pystr::from_gcvec(out)
    } else {
        bytes::from_gcvec(out)
    }
}

/// Appends the template `t` with `\N` and `\g<N>` replaced by group N.
fn expand(t: &[u8], subject: Obj, caps: &[usize], out: &mut GcVec<u8>) -> Result<(), Exc> {
    let b = pystr::as_str_bytes(subject).or_else(|| bytes::as_bytes(subject)).unwrap_or(&[]);
    let mut i = 0;
    while i < t.len() {
        let c = t[i];
        let (group, next) = if c != b'\\' || i + 1 >= t.len() {
            (None, i + 1)
        } else if t[i + 1].is_ascii_digit() {
            let mut j = i + 1;
            let mut n = 0usize;
            while j < t.len() && t[j].is_ascii_digit() {
                n = n.saturating_mul(10).saturating_add((t[j] - b'0') as usize);
                j += 1;
            }
            (Some(n), j)
        } else if t[i + 1] == b'g' && t.get(i + 2) == Some(&b'<') {
            match t[i + 3..].iter().position(|&x| x == b'>') {
                Some(len) => {
                    let digits = &t[i + 3..i + 3 + len];
                    let n = crate::obj::unicode::as_utf8(digits).and_then(|d| d.parse::<usize>().ok());
                    match n {
                        Some(n) => (Some(n), i + 4 + len),
                        None => (None, i + 1),
                    }
                }
                None => (None, i + 1),
            }
        } else {
            (None, i + 1)
        };
        match group {
            None => out.push(c)?,
            Some(n) => {
                if n >= caps.len() / 2 {
                    return Err(exc::new(&exc::INDEX_ERROR, &[Obj::small_int(n.min(isize::MAX as usize) as isize)]));
                }
                let (s, e) = (caps[2 * n], caps[2 * n + 1]);
                if s != UNSET && e != UNSET {
                    out.extend_from_slice(b.get(s..e).unwrap_or(&[]))?;
                }
            }
        }
        i = next;
    }
    Ok(())
}

/// `split(string, maxsplit=0)`.
fn split(r: &'static RegexObj, string: Obj, maxsplit: Option<Obj>) -> Result<Obj, Exc> {
    if r.prog.groups > 1 {
        return Err(exc::new_msg(&exc::NOT_IMPLEMENTED_ERROR, msg!("splitting with sub-captures")));
    }
    let s = subject(string)?;
    let max = count_arg(maxsplit)?;
    let list = crate::obj::list::new(&[])?;
    let mut m = Matcher::new(&r.prog)?;
    let mut pos = 0;
    let mut done = 0;
    while (max == 0 || done < max) && m.search(s, pos, false)? {
        let (start, end) = (m.caps[0], m.caps[1]);
        if start == end {
            break;
        }
        crate::obj::list::append(list, slice_of(string, pos, start)?)?;
        pos = end;
        done += 1;
    }
    crate::obj::list::append(list, slice_of(string, pos, s.bytes.len())?)?;
    Ok(list)
}
