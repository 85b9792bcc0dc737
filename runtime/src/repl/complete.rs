//! Tab completion at the friendly REPL, as MicroPython's `mp_repl_autocomplete` does it.
//!
//! The word before the cursor is a dotted chain `a.b.c`: `a` is looked up in `__main__`'s
//! globals, `b` as an attribute of that, and the last part is completed against the names
//! of the object reached (after `import `, against the board's modules). Candidates are
//! every interned name in id order (the static names are sorted, then those made at run
//! time in the order they were made), kept when the object has that attribute; names
//! starting with `_` only when the typed part is not empty. One match, or several sharing
//! a longer prefix, is inserted; otherwise the matches are printed in 16-column slots.

use crate::gc::root;
use crate::obj::{self, dict, Obj};
use crate::print::stdout_write;
use crate::qstr::{self, Qstr};

/// What a Tab press did.
pub enum Completion {
    /// No match: nothing happens.
    None,
    /// Several matches were printed on lines of their own; the prompt is to be redrawn.
    Listed,
    /// Insert these bytes at the cursor.
    Insert(&'static [u8]),
}

/// Where the last part of the word is looked up.
#[derive(Clone, Copy)]
enum Target {
    /// `__main__`'s globals.
    Globals(Obj),
    /// The attributes of an object.
    Attrs(Obj),
    /// The board's built-in modules (after `import `).
    Modules,
}

impl Target {
    fn has(self, q: Qstr) -> bool {
        match self {
            // As attributes of the `__main__` module, which has `__dict__` too.
            Target::Globals(g) => {
                q == qstr!("__dict__")
                    || g.downcast::<dict::DictObj>().is_some_and(|d| matches!(d.get(Obj::from_qstr(q)), Ok(Some(_))))
            }
            Target::Attrs(o) => matches!(obj::load_method(o, q), Ok((v, _)) if !v.is_null()),
            Target::Modules => root::state().modules.get(q.as_str()).is_some(),
        }
    }

    /// The value of `q` here, NULL if absent or its lookup raised.
    fn get(self, q: Qstr) -> Obj {
        match self {
            Target::Globals(g) => match g.downcast::<dict::DictObj>().map(|d| d.get(Obj::from_qstr(q))) {
                Some(Ok(Some(v))) => v,
                _ => Obj::NULL,
            },
            Target::Attrs(o) => obj::load_method(o, q).map_or(Obj::NULL, |(v, _)| v),
            Target::Modules => Obj::NULL,
        }
    }
}

const IMPORT: &str = "import ";
const SLOT: usize = 16;
const LINE: usize = 4 * SLOT;

/// Every interned name whose text starts with `part` and that `target` has, in id order.
fn matches(target: Target, part: &[u8], mut f: impl FnMut(&'static str)) {
    let total = qstr::STATIC_COUNT + root::state().qstrs.len();
    for id in 1..total {
        let q = Qstr::from_id(id as u16);
        let text = q.as_str();
        if part.is_empty() && text.starts_with('_') {
            continue;
        }
        if text.as_bytes().starts_with(part) && target.has(q) {
            f(text);
        }
    }
}

/// Complete the word that ends `line` (the line up to the cursor). Lookups that raise
/// count as no match.
pub fn complete(line: &[u8]) -> Completion {
    let start = line.iter().rposition(|&c| !(c.is_ascii_alphanumeric() || c == b'_' || c == b'.')).map_or(0, |i| i + 1);
    let mut word = &line[start..];
    let mut target = Target::Globals(crate::exec::globals());
    while let Some(dot) = word.iter().position(|&c| c == b'.') {
        let Some(q) = crate::obj::unicode::as_utf8(&word[..dot]).and_then(qstr::lookup) else {
            return Completion::None;
        };
        let v = target.get(q);
        if v.is_null() {
            return Completion::None;
        }
        target = Target::Attrs(v);
        word = &word[dot + 1..];
    }
    if line.starts_with(IMPORT.as_bytes()) {
        target = Target::Modules;
    }

    let mut first: &'static str = "";
    let mut common = 0;
    let mut count = 0usize;
    matches(target, word, |text| {
        if count == 0 {
            first = text;
            common = text.len();
        } else {
            common = first.bytes().zip(text.bytes()).take(common).take_while(|(a, b)| a == b).count();
        }
        count += 1;
    });

    if count == 0 {
        // At the start of the line, a prefix of `import`.
        if start == 0 && !word.is_empty() && word.len() < IMPORT.len() && IMPORT.as_bytes().starts_with(word) {
            return Completion::Insert(&IMPORT.as_bytes()[word.len()..]);
        }
        return Completion::None;
    }
    if count == 1 || common > word.len() {
        return Completion::Insert(&first.as_bytes()[word.len()..common]);
    }

    // Several: in 16-column slots, at most 64 columns a line, on a new line.
    let mut line_len = LINE;
    matches(target, word, |text| {
        let mut gap = line_len.div_ceil(SLOT) * SLOT - line_len;
        if gap < 2 {
            gap += SLOT;
        }
        if line_len + gap + text.len() <= LINE {
            for _ in 0..gap {
                stdout_write(b" ");
            }
            stdout_write(text.as_bytes());
            line_len += gap + text.len();
        } else {
            stdout_write(b"\n");
            stdout_write(text.as_bytes());
            line_len = text.len();
        }
    });
    stdout_write(b"\n");
    Completion::Listed
}
