//! Messages compressed at build time (MicroPython's `MP_ERROR_TEXT` with
//! `MICROPY_ROM_TEXT_COMPRESSION`).
//!
//! `msg!("text")` names a message: `qstrgen` gathered every `msg!` text of the runtime and
//! the board's module crates, compressed them together by byte-pair encoding (see
//! `qstrgen::gen_msg`) and generated the macro, whose arms give each text's offset in the
//! compressed table. A [`Msg`] is that `u16` offset: one instruction loads it where a
//! `&'static str` needed a pointer and a length. It is decoded only when used, into the
//! exception's message string ([`crate::obj::exc::new_msg`]) or straight to an output.
//!
//! A text may hold `{}`: [`crate::obj::exc::new_msg_fmt`] puts its arguments there.

use crate::obj::exc::Exc;
use crate::print::Print;
use crate::qstr::{msg_token, MSG_DEPTH, MSG_LOW, MSG_PAIRS, MSG_TEXT};

/// A message of the compressed table: `msg!("text")`.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Msg(u16);

impl Msg {
    /// The message at `offset` of the table; only `msg!` calls this.
    #[doc(hidden)]
    #[inline]
    pub const fn at(offset: u16) -> Msg {
        Msg(offset)
    }

    /// The message's bytes, decoded one by one.
    pub fn bytes(self) -> Bytes {
        Bytes { pos: usize::from(self.0), stack: [0; MSG_DEPTH + 1], depth: 0 }
    }

    /// Write the message to `out`.
    ///
    /// # Errors
    /// As `out`'s.
    pub fn print(self, out: &mut dyn Print) -> Result<(), Exc> {
        let mut buf = [0u8; 32];
        let mut n = 0;
        for b in self.bytes() {
            if let Some(slot) = buf.get_mut(n) {
                *slot = b;
                n += 1;
            }
            if n == buf.len() {
                out.write(&buf)?;
                n = 0;
            }
        }
        out.write(buf.get(..n).unwrap_or(&[]))
    }

    /// The decoded length.
    pub fn len(self) -> usize {
        self.bytes().count()
    }

    /// Whether the message is empty.
    pub fn is_empty(self) -> bool {
        self.bytes().next().is_none()
    }

    /// The message as a `String` (tests).
    #[cfg(test)]
    pub fn to_std_string(self) -> std::string::String {
        self.bytes().map(char::from).collect()
    }
}

/// The bytes of a [`Msg`]: codes still to expand wait on a stack as deep as the table's
/// codes nest, so decoding needs no heap.
pub struct Bytes {
    pos: usize,
    /// Codes to expand, the next on top (`stack[depth - 1]`).
    stack: [u8; MSG_DEPTH + 1],
    depth: usize,
}

impl Iterator for Bytes {
    type Item = u8;

    fn next(&mut self) -> Option<u8> {
        loop {
            let c = if self.depth > 0 {
                self.depth -= 1;
                *self.stack.get(self.depth)?
            } else {
                match MSG_TEXT.get(self.pos) {
                    Some(&c) if c != 0 => {
                        self.pos += 1;
                        c
                    }
                    _ => return None,
                }
            };
            match msg_token(c, MSG_LOW).and_then(|i| MSG_PAIRS.get(i)) {
                None => return Some(c),
                Some(&[a, b]) => {
                    // The generator bounds the nesting, so the stack never overflows; were
                    // it to, the message would end early rather than fault.
                    *self.stack.get_mut(self.depth)? = b;
                    *self.stack.get_mut(self.depth + 1)? = a;
                    self.depth += 2;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::qstr::MSG_ALL;

    use super::Msg;

    #[test]
    fn every_message_decodes_to_its_text() {
        assert!(!MSG_ALL.is_empty());
        for &(text, off) in MSG_ALL {
            let m = Msg::at(off);
            assert_eq!(m.to_std_string(), text);
            assert_eq!(m.len(), text.len());
        }
    }

    #[test]
    fn the_macro_names_the_text() {
        assert_eq!(msg!("divide by zero").to_std_string(), "divide by zero");
    }
}
