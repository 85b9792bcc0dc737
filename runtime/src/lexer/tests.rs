//! Token streams for layout, literals and operators; errors with their lines.

extern crate std;

use std::vec::Vec;

use super::number::parse_int;
use super::string::{split, Literal};
use super::{Kind, LexError, LexErrorKind, Lexer, Token};
use Kind::*;

fn tokens(src: &str) -> Result<Vec<Token>, LexError> {
    let mut lx = Lexer::new(src.as_bytes())?;
    let mut out = Vec::new();
    loop {
        let t = lx.next_token()?;
        out.push(t);
        if t.kind == EndMarker {
            return Ok(out);
        }
        assert!(out.len() < 10_000, "lexer does not terminate");
    }
}

fn kinds(src: &str) -> Vec<Kind> {
    tokens(src).expect("lexes").iter().map(|t| t.kind).collect()
}

fn error(src: &str) -> (LexErrorKind, u32) {
    let e = tokens(src).expect_err("should fail");
    (e.kind, e.line)
}

#[test]
fn token_size_is_pinned() {
    assert_eq!(core::mem::size_of::<Token>(), 16);
}

#[test]
fn empty_source_is_just_the_end() {
    assert_eq!(kinds(""), [EndMarker]);
    assert_eq!(kinds("\n\n  \n# c\n"), [EndMarker]);
}

#[test]
fn last_line_gets_a_newline_without_one_in_the_source() {
    assert_eq!(kinds("x"), [Name, Newline, EndMarker]);
    assert_eq!(kinds("x\n"), [Name, Newline, EndMarker]);
}

#[test]
fn blocks_give_indent_and_dedent() {
    let src = "if x:\n    y\n    if z:\n        w\nv\n";
    assert_eq!(
        kinds(src),
        [
            If, Name, Colon, Newline, Indent, Name, Newline, If, Name, Colon, Newline, Indent, Name, Newline, Dedent,
            Dedent, Name, Newline, EndMarker
        ]
    );
}

#[test]
fn open_blocks_close_at_end_of_input() {
    assert_eq!(kinds("if x:\n  y"), [If, Name, Colon, Newline, Indent, Name, Newline, Dedent, EndMarker]);
}

#[test]
fn tabs_advance_to_multiples_of_eight() {
    // A tab and eight spaces are the same width.
    assert_eq!(
        kinds("if x:\n\ty\n        z\n"),
        [If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, EndMarker]
    );
}

#[test]
fn blank_and_comment_lines_do_not_change_indentation() {
    let src = "if x:\n    y\n\n  # comment at another width\n    z\n";
    assert_eq!(kinds(src), [If, Name, Colon, Newline, Indent, Name, Newline, Name, Newline, Dedent, EndMarker]);
}

#[test]
fn brackets_join_lines() {
    assert_eq!(kinds("x = (1,\n  2)\n"), [Name, Assign, LParen, Int, Comma, Int, RParen, Newline, EndMarker]);
    assert_eq!(kinds("[\n\n]"), [LBracket, RBracket, Newline, EndMarker]);
}

#[test]
fn backslash_joins_lines() {
    assert_eq!(kinds("x = 1 + \\\n    2\n"), [Name, Assign, Int, Plus, Int, Newline, EndMarker]);
    assert_eq!(kinds("x = 1 + \\\r\n    2\r\n"), [Name, Assign, Int, Plus, Int, Newline, EndMarker]);
}

#[test]
fn backslash_before_other_text_is_an_error() {
    assert_eq!(error("x = 1 \\ 2\n"), (LexErrorKind::BadContinuation, 1));
}

#[test]
fn lines_and_columns_are_counted() {
    let t = tokens("a\n  \n(b,\n c)").expect("lexes");
    let c = t.iter().find(|t| t.kind == Name && t.start == 10).expect("c");
    assert_eq!((c.line, c.col), (4, 2));
    assert_eq!((t[0].line, t[0].col), (1, 1));
}

#[test]
fn crlf_and_cr_are_newlines() {
    assert_eq!(kinds("a\r\nb\rc"), [Name, Newline, Name, Newline, Name, Newline, EndMarker]);
}

#[test]
fn dedent_to_an_unknown_width_is_an_error() {
    assert_eq!(error("if x:\n        y\n    z\n"), (LexErrorKind::DedentMismatch, 3));
}

#[test]
fn too_many_indent_levels_is_an_error() {
    let mut src = std::string::String::new();
    for i in 0..=super::MAX_INDENT {
        src.push_str(&" ".repeat(i));
        src.push_str("if x:\n");
    }
    src.push_str(&" ".repeat(super::MAX_INDENT + 1));
    src.push_str("pass\n");
    assert_eq!(error(&src).0, LexErrorKind::TooDeep);
}

#[test]
fn keywords_and_names() {
    assert_eq!(kinds("def lambda_ None nonlocal"), [Def, Name, None, Nonlocal, Newline, EndMarker]);
}

#[test]
fn non_ascii_identifiers() {
    let t = tokens("café = 1").expect("lexes");
    assert_eq!(t[0].kind, Name);
    assert_eq!((t[0].start, t[0].end), (0, 5));
}

#[test]
fn invalid_utf8_is_an_error_on_its_line() {
    let e = Lexer::new(b"x = 1\ny = '\xff'\n").err().expect("fails");
    assert_eq!((e.kind, e.line), (LexErrorKind::InvalidUtf8, 2));
}

#[test]
fn integers_in_every_base() {
    assert_eq!(
        kinds("0 7 0x1f 0o17 0b101 1_000 0x_ff 00"),
        [Int, Int, Int, Int, Int, Int, Int, Int, Newline, EndMarker]
    );
    for (text, v) in [("0", 0), ("1_000", 1000), ("0x1F", 31), ("0o17", 15), ("0b101", 5), ("0x_f_f", 255)] {
        assert_eq!(parse_int(text.as_bytes()), Some(v), "{text}");
    }
    assert_eq!(parse_int(b"18446744073709551615"), Some(u64::MAX));
    assert_eq!(parse_int(b"18446744073709551616"), Option::None);
}

#[test]
fn numbers_take_every_letter_digit_dot_and_underscore() {
    // As MicroPython's lexer: the parser reports what does not convert.
    for (src, kind) in [("0x", Int), ("1__0", Int), ("012", Int), ("12abc", Int), ("0x1e", Int), ("1e+5_0", Float)] {
        let t = tokens(src).expect("lexes");
        assert_eq!((t[0].kind, t[0].end as usize), (kind, src.len()), "{src}");
    }
    assert_eq!(kinds("0x1j 1.e 1if"), [Float, Float, Int, Newline, EndMarker]);
    for text in ["0x", "012", "0b2", "1x", "0x_"] {
        assert_eq!(parse_int(text.as_bytes()), Option::None, "{text}");
    }
    assert_eq!(parse_int(b"1__0_"), Some(10));
}

#[test]
fn floats_are_lexed() {
    assert_eq!(
        kinds("1.5 .5 1. 1e3 1E-3 2j 1.5e+2"),
        [Float, Float, Float, Float, Float, Float, Float, Newline, EndMarker]
    );
}

#[test]
fn strings_of_every_form() {
    assert_eq!(
        kinds(r#"'a' "b" '''c''' """d""" r'\e' b'f' rb'g' BR"h" u'i' f'j'"#),
        [Str, Str, Str, Str, Str, Bytes, Bytes, Bytes, Str, FString, Newline, EndMarker]
    );
}

#[test]
fn escaped_quotes_do_not_end_a_string() {
    let t = tokens(r#"'it\'s' x"#).expect("lexes");
    assert_eq!((t[0].kind, t[0].end), (Str, 7));
    assert_eq!(t[1].kind, Name);
}

#[test]
fn triple_quoted_strings_span_lines() {
    let t = tokens("x = '''a\nb'''\ny").expect("lexes");
    assert_eq!(t[2].kind, Str);
    let y = t.iter().rev().find(|t| t.kind == Name).expect("y");
    assert_eq!(y.line, 3);
}

#[test]
fn unterminated_strings_are_errors() {
    assert_eq!(error("x = 'abc\n"), (LexErrorKind::UnterminatedString, 1));
    assert_eq!(error("\nx = '''abc\n\n"), (LexErrorKind::UnterminatedString, 2));
}

#[test]
fn a_prefix_word_not_before_a_quote_is_a_name() {
    assert_eq!(kinds("rb br f"), [Name, Name, Name, Newline, EndMarker]);
}

#[test]
fn every_operator() {
    let src = "+ - * ** / // % @ << >> & | ^ ~ := < > <= >= == != ( ) [ ] { } , : . ; = -> ... \
               += -= *= /= //= %= @= &= |= ^= <<= >>= **=";
    assert_eq!(
        kinds(src),
        [
            Plus,
            Minus,
            Star,
            DoubleStar,
            Slash,
            DoubleSlash,
            Percent,
            At,
            LShift,
            RShift,
            Amp,
            Pipe,
            Caret,
            Tilde,
            Walrus,
            Less,
            Greater,
            LessEq,
            GreaterEq,
            EqEq,
            NotEq,
            LParen,
            RParen,
            LBracket,
            RBracket,
            LBrace,
            RBrace,
            Comma,
            Colon,
            Dot,
            Semicolon,
            Assign,
            Arrow,
            Ellipsis,
            PlusAssign,
            MinusAssign,
            StarAssign,
            SlashAssign,
            DoubleSlashAssign,
            PercentAssign,
            AtAssign,
            AmpAssign,
            PipeAssign,
            CaretAssign,
            LShiftAssign,
            RShiftAssign,
            DoubleStarAssign,
            Newline,
            EndMarker
        ]
    );
}

#[test]
fn unknown_characters_are_errors() {
    assert_eq!(error("x = 1\ny = $\n"), (LexErrorKind::BadCharacter, 2));
    assert_eq!(error("a ! b"), (LexErrorKind::BadCharacter, 1));
}

#[test]
fn string_parts_split_prefix_and_quotes() {
    assert_eq!(split(b"'abc'"), Literal { raw: false, bytes: false, body: b"abc" });
    assert_eq!(split(b"rB'''a'b'''"), Literal { raw: true, bytes: true, body: b"a'b" });
    assert_eq!(split(b"''"), Literal { raw: false, bytes: false, body: b"" });
    assert_eq!(split(b"''''''"), Literal { raw: false, bytes: false, body: b"" });
}

#[test]
fn decoding_escapes() {
    crate::testing::with_runtime(|| {
        let cases: [(&[u8], &[u8]); 9] = [
            (br"'a\nb\tc\\d'", b"a\nb\tc\\d"),
            (br#"'\'\"\a\b\f\v\r\0'"#, b"'\"\x07\x08\x0c\x0b\r\0"),
            (br"'\x41\101\7'", b"AA\x07"),
            (br"'\u00e9\U0001F600'", "é😀".as_bytes()),
            (br"'\q'", br"\q"),
            (br"r'\n\x'", br"\n\x"),
            (b"'''a\r\nb'''", b"a\nb"),
            (b"'a\\\nb'", b"ab"),
            (br"b'\xff\u'", b"\xff\\u"),
        ];
        for (text, want) in cases {
            let mut out = crate::gc::GcVec::new();
            super::string::decode(split(text), &mut out).expect("decodes");
            assert_eq!(&out[..], want, "{}", std::string::String::from_utf8_lossy(text));
        }
    });
}

#[test]
fn bad_escapes_are_errors() {
    use super::string::DecodeError;
    crate::testing::with_runtime(|| {
        for (text, want) in [
            (&br"'\x4'"[..], DecodeError::BadEscape),
            (br"'\U00110000'", DecodeError::BadEscape),
            (br"'\N{DASH}'", DecodeError::NameEscape),
            ("b'é'".as_bytes(), DecodeError::NonAsciiBytes),
        ] {
            let mut out = crate::gc::GcVec::new();
            assert_eq!(super::string::decode(split(text), &mut out), Err(want));
        }
    });
}
