//! The compressed message table (MicroPython's `MICROPY_ROM_TEXT_COMPRESSION`,
//! makecompresseddata.py): every `msg!("...")` text of the scanned sources, compressed
//! together at build time, and the `msg!` macro that names a message by its offset.
//!
//! The scheme is byte-pair encoding: the most frequent pair of adjacent codes in all the
//! messages becomes a new one-byte code, again and again, while codes are free and a pair
//! occurs three times or more (a pair's entry costs two bytes, each replacement saves one).
//! Messages are ASCII, so the codes `0x80..=0xFF` are free, and so are the control codes no
//! message uses. A code expands to its two codes, which may be codes themselves, to at most
//! [`MAX_DEPTH`] levels, so the run time decodes with a fixed stack. Each message ends with
//! a 0 byte: a `Msg` is a `u16` offset, which a call site loads in one instruction where a
//! `&str` took a pointer from the literal pool and a length.

use std::fmt::Write as _;

use crate::gen_qstr::str_literal;
use crate::Error;

/// How deep a code may nest (a code of two plain bytes is at depth 1). The run time's
/// decoding stack holds `MAX_DEPTH + 1` codes.
pub const MAX_DEPTH: u8 = 14;

/// The fallback arm of `msg!`: a text the scan did not see is a compile error saying what to do.
const FALLBACK_ARM: &str = r#"    ($other:literal) => { ::core::compile_error!(::core::concat!("msg!(", ::core::stringify!($other), ") is not in the message table: the source using it was not scanned at build time. Runtime code must live under runtime/src; a module crate must be listed in the board's board.toml under [modules] user = { crate = \"dir\" } (board file: MP_BOARD_TOML) and be a dependency of the board's Cargo.toml. Then rebuild.")) };
"#;

/// The messages compressed: the codes of all messages one after the other (each ended by 0),
/// where each message starts, and what each new code stands for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compressed {
    pub text: Vec<u8>,
    /// `(message, offset in text)`, in the order given.
    pub offsets: Vec<(String, usize)>,
    /// The pair each new code stands for: `pairs[i]` for code `0x80 + i` (`i < 128`) and
    /// for control code `i - 128` (`i >= 128`, only those set in `low`).
    pub pairs: Vec<[u8; 2]>,
    /// Bit `c` set: control code `c` is a compressed code (no message uses it as a character).
    pub low: u32,
}

pub use crate::msg_token::msg_token as token_index;

/// The text of `msg_token.rs`, embedded in the output so that build time and run time
/// agree on which bytes are codes.
const MSG_TOKEN_RS: &str = include_str!("msg_token.rs");

/// Compresses `messages` (each ASCII, without NUL).
pub fn compress<'a>(messages: impl IntoIterator<Item = &'a str>) -> Result<Compressed, Error> {
    let messages: Vec<&str> = messages.into_iter().collect();
    let mut used = [false; 128];
    for m in &messages {
        if let Some(b) = m.bytes().find(|&b| b == 0 || b >= 0x80) {
            return Err(Error::new(format!(
                "msg!({}): a message must be ASCII without NUL (byte {b:#04x}); use a plain string",
                str_literal(m)
            )));
        }
        for b in m.bytes() {
            used[usize::from(b)] = true;
        }
    }
    // The free codes, in the order they are handed out: 0x80.., then unused control codes.
    let mut free: Vec<u8> = (0x80..=0xFF).collect();
    free.extend((1u8..32).filter(|&c| !used[usize::from(c)]));
    let mut low = 0u32;
    let mut codes: Vec<Vec<u8>> = messages.iter().map(|m| m.as_bytes().to_vec()).collect();
    let mut pairs: Vec<[u8; 2]> = Vec::new();
    let mut depth = [0u8; 256];
    let mut counts = vec![0u32; 1 << 16];
    for code in free {
        for m in &codes {
            for w in m.windows(2) {
                counts[usize::from(w[0]) << 8 | usize::from(w[1])] += 1;
            }
        }
        // The most frequent pair within the depth limit; ties go to the smallest pair. The
        // counts are read (and cleared) through the windows again: far fewer than 65,536.
        let mut best: Option<(u32, usize)> = None;
        for m in &codes {
            for w in m.windows(2) {
                let p = usize::from(w[0]) << 8 | usize::from(w[1]);
                let n = std::mem::take(&mut counts[p]);
                let d = 1 + depth[p >> 8].max(depth[p & 0xFF]);
                if n >= 3 && d <= MAX_DEPTH && best.is_none_or(|(bn, bp)| n > bn || (n == bn && p < bp)) {
                    best = Some((n, p));
                }
            }
        }
        let Some((_, p)) = best else { break };
        let pair = [(p >> 8) as u8, p as u8];
        for m in &mut codes {
            let mut out = Vec::with_capacity(m.len());
            let mut i = 0;
            while i < m.len() {
                if m[i..].starts_with(&pair) {
                    out.push(code);
                    i += 2;
                } else {
                    out.push(m[i]);
                    i += 1;
                }
            }
            *m = out;
        }
        depth[usize::from(code)] = 1 + depth[usize::from(pair[0])].max(depth[usize::from(pair[1])]);
        let index = if code >= 0x80 {
            usize::from(code - 0x80)
        } else {
            low |= 1 << code;
            128 + usize::from(code)
        };
        if pairs.len() <= index {
            pairs.resize(index + 1, [0, 0]);
        }
        pairs[index] = pair;
    }
    let mut text = Vec::new();
    let mut offsets = Vec::with_capacity(messages.len());
    for (m, c) in messages.iter().zip(&codes) {
        offsets.push((m.to_string(), text.len()));
        text.extend_from_slice(c);
        text.push(0);
    }
    if text.len() > usize::from(u16::MAX) {
        return Err(Error::new(format!(
            "the messages take {} bytes compressed: their offsets are u16, at most {} bytes fit",
            text.len(),
            u16::MAX
        )));
    }
    Ok(Compressed { text, offsets, pairs, low })
}

/// The message at `offset`, decoded (what the run time does, for the tests).
pub fn decode(c: &Compressed, offset: usize) -> String {
    fn expand(c: &Compressed, code: u8, out: &mut String) {
        match token_index(code, c.low) {
            Some(i) => c.pairs[i].iter().for_each(|&b| expand(c, b, out)),
            None => out.push(char::from(code)),
        }
    }
    let mut out = String::new();
    for &code in c.text[offset..].iter().take_while(|&&b| b != 0) {
        expand(c, code, &mut out);
    }
    out
}

/// The generated code: `MSG_TEXT`, `MSG_PAIRS`, `MSG_LOW`, `MSG_DEPTH`, the `msg!` macro, and
/// for the runtime's unit tests `MSG_ALL` (every message with its offset).
pub fn generate(messages: &std::collections::BTreeSet<String>) -> Result<String, Error> {
    let c = compress(messages.iter().map(String::as_str))?;
    let mut out = String::new();
    out.push_str("/// Every `msg!` text compressed (see `runtime::msg`), each ended by 0.\n");
    let _ = writeln!(out, "pub static MSG_TEXT: [u8; {}] = [", c.text.len());
    for row in c.text.chunks(24) {
        let row: Vec<String> = row.iter().map(u8::to_string).collect();
        let _ = writeln!(out, "    {},", row.join(", "));
    }
    out.push_str("];\n");
    out.push_str("/// The two codes each compressed code stands for (`0x80 + i`, then control codes).\n");
    let _ = writeln!(out, "pub static MSG_PAIRS: [[u8; 2]; {}] = [", c.pairs.len());
    for p in &c.pairs {
        let _ = writeln!(out, "    [{}, {}],", p[0], p[1]);
    }
    out.push_str("];\n");
    out.push_str("/// Bit `c`: control code `c` is a compressed code.\n");
    let _ = writeln!(out, "pub const MSG_LOW: u32 = {:#x};", c.low);
    out.push_str(MSG_TOKEN_RS);
    out.push_str("/// How deep compressed codes nest.\n");
    let _ = writeln!(out, "pub const MSG_DEPTH: usize = {MAX_DEPTH};");
    out.push_str(
        "/// Every message and its offset in `MSG_TEXT`.\n#[cfg(test)]\npub static MSG_ALL: &[(&str, u16)] = &[\n",
    );
    for (m, off) in &c.offsets {
        let _ = writeln!(out, "    ({}, {off}),", str_literal(m));
    }
    out.push_str("];\n\n");
    out.push_str("/// The `Msg` of a message text compressed at build time: `msg!(\"text\")`.\n");
    out.push_str("///\n");
    out.push_str("/// A text that was not found when the sources were scanned is a compile error.\n");
    out.push_str("#[macro_export]\nmacro_rules! msg {\n");
    for (m, off) in &c.offsets {
        let _ = writeln!(out, "    ({}) => {{ $crate::msg::Msg::at({off}) }};", str_literal(m));
        // A `macro_rules!` literal pattern compares spellings: a text written over several
        // lines matches only a pattern with the line breaks in it.
        if m.contains('\n') {
            let raw = str_literal(m).replace("\\n", "\n");
            let _ = writeln!(out, "    ({raw}) => {{ $crate::msg::Msg::at({off}) }};");
        }
    }
    out.push_str(FALLBACK_ARM);
    out.push_str("}\n");
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_decodes_to_itself() {
        let msgs = [
            "can't convert str to int",
            "can't convert float to int",
            "object isn't callable",
            "object isn't iterable",
            "",
            "a",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
            "tab\there, newline\n",
        ];
        let c = compress(msgs).unwrap();
        assert!(!c.pairs.is_empty());
        for (m, off) in &c.offsets {
            assert_eq!(&decode(&c, *off), m);
        }
        let plain: usize = msgs.iter().map(|m| m.len() + 1).sum();
        assert!(c.text.len() + 2 * c.pairs.len() < plain, "no gain: {} vs {plain}", c.text.len());
        // Tab and newline are characters here, never codes.
        assert_eq!(c.low & (1 << 9 | 1 << 10), 0);
    }

    #[test]
    fn depth_is_bounded_and_codes_run_out_gracefully() {
        // One long run of one letter would nest codes as deep as they could go.
        let long = "x".repeat(1 << 16 >> 2);
        let c = compress([long.as_str(), "xy"]).unwrap();
        fn depth(c: &Compressed, code: u8) -> u8 {
            match token_index(code, c.low) {
                Some(i) => 1 + depth(c, c.pairs[i][0]).max(depth(c, c.pairs[i][1])),
                None => 0,
            }
        }
        assert!(c.text.iter().all(|&b| depth(&c, b) <= MAX_DEPTH));
        assert_eq!(decode(&c, c.offsets[0].1), long);
        assert_eq!(decode(&c, c.offsets[1].1), "xy");
    }

    #[test]
    fn non_ascii_is_an_error() {
        let e = compress(["caf\u{e9}"]).unwrap_err();
        assert!(e.message().contains("must be ASCII"), "{}", e.message());
        assert!(compress(["a\0b"]).is_err());
    }

    #[test]
    fn generated_macro_names_offsets() {
        let set: std::collections::BTreeSet<String> = ["one two", "two three"].iter().map(|s| s.to_string()).collect();
        let code = generate(&set).unwrap();
        assert!(code.contains("(\"one two\") => { $crate::msg::Msg::at(0) };"), "{code}");
        assert!(code.contains("macro_rules! msg"));
        // The code test is the same text at build time and at run time.
        assert!(code.contains(MSG_TOKEN_RS));
        // A text the scan did not see falls to the last arm: a compile error saying why.
        let fallback = code.find("($other:literal) => { ::core::compile_error!").expect("fallback arm");
        assert!(code[fallback..].contains("is not in the message table"));
        assert!(!code[fallback..].contains("$crate::msg::Msg::at("), "the fallback arm is last");
        syn::parse_file(&code).expect("valid Rust");
    }
}
