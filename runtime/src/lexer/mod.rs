//! The lexer: source bytes → tokens (MicroPython's `lexer.c`).
//!
//! Tokens are produced on demand (the parser pulls one at a time), so the lexer holds no
//! token buffer and allocates nothing: a token is a kind plus the byte span and position
//! of its text. Literal values are decoded later from the span (`string::decode`,
//! `number::value`). Layout follows Python 3: a stack of indent widths (tabs advance to
//! the next multiple of 8) turns leading whitespace into INDENT/DEDENT tokens, NEWLINE ends
//! each logical line, brackets join lines implicitly and `\` joins them explicitly; blank
//! and comment-only lines produce nothing. The source is checked to be UTF-8 up front, so
//! every identifier span is valid UTF-8; non-ASCII bytes may appear in identifiers.

pub mod number;
pub mod string;

#[cfg(test)]
mod tests;

/// Most nested indentation levels (CPython's limit too).
pub const MAX_INDENT: usize = 100;

/// What a token is.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Kind {
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    /// An integer literal (decimal, `0x`, `0o`, `0b`, underscores).
    Int,
    /// A literal with a fraction, an exponent or `j`.
    Float,
    /// A str literal, any prefix but `b`/`f` (the span includes prefix and quotes).
    Str,
    Bytes,
    FString,
    // Keywords.
    False,
    None,
    True,
    And,
    As,
    Assert,
    Async,
    Await,
    Break,
    Class,
    Continue,
    Def,
    Del,
    Elif,
    Else,
    Except,
    Finally,
    For,
    From,
    Global,
    If,
    Import,
    In,
    Is,
    Lambda,
    Nonlocal,
    Not,
    Or,
    Pass,
    Raise,
    Return,
    Try,
    While,
    With,
    Yield,
    // Operators.
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
    // Delimiters.
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
}

/// One token: its kind, the byte span of its text and where it starts.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Token {
    pub kind: Kind,
    /// 1-based column of the first byte (saturates).
    pub col: u16,
    pub start: u32,
    pub end: u32,
    /// 1-based line of the first byte.
    pub line: u32,
}

/// Why the lexer stopped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum LexErrorKind {
    /// The source is not UTF-8.
    InvalidUtf8,
    /// A byte that starts no token (`$`, `?`, a lone `!`).
    BadCharacter,
    /// `\` not followed by the end of the line.
    BadContinuation,
    /// A string literal without its closing quote.
    UnterminatedString,
    /// A dedent to a width that no enclosing block has.
    DedentMismatch,
    /// More than [`MAX_INDENT`] nested blocks.
    TooDeep,
    /// Source longer than 4 GiB.
    TooLong,
}

impl LexErrorKind {
    /// The message MicroPython gives (most lexer failures are plain "invalid syntax").
    pub fn message(self) -> crate::msg::Msg {
        match self {
            LexErrorKind::DedentMismatch => msg!("unindent doesn't match any outer indent level"),
            LexErrorKind::TooDeep => msg!("too many levels of indentation"),
            LexErrorKind::TooLong => msg!("source too long"),
            _ => msg!("invalid syntax"),
        }
    }

    /// Whether Python sees it as an `IndentationError`.
    pub fn is_indentation(self) -> bool {
        matches!(self, LexErrorKind::DedentMismatch | LexErrorKind::TooDeep)
    }
}

/// A lexer error with its position.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub line: u32,
    pub col: u16,
}

/// The tokenizer state over one source text.
pub struct Lexer<'s> {
    src: &'s [u8],
    pos: usize,
    line: u32,
    line_start: usize,
    /// Open brackets: newlines inside them are not tokens.
    nesting: u32,
    /// Widths of the open blocks; `indents[0]` is the module's 0.
    indents: [u16; MAX_INDENT + 1],
    n_indents: usize,
    pending_dedents: usize,
    /// At the start of a logical line: measure its indentation first.
    at_bol: bool,
    /// A token other than NEWLINE/INDENT/DEDENT was produced since the last NEWLINE.
    in_line: bool,
}

impl<'s> Lexer<'s> {
    /// A lexer over `src`, which must be UTF-8 (a leading BOM is skipped).
    ///
    /// # Errors
    /// `InvalidUtf8` (with the line of the first bad byte), `TooLong`.
    pub fn new(src: &'s [u8]) -> Result<Lexer<'s>, LexError> {
        if u32::try_from(src.len()).is_err() {
            return Err(LexError { kind: LexErrorKind::TooLong, line: 1, col: 1 });
        }
        if let Some((bad, _)) = crate::obj::unicode::utf8_error(src) {
            let before = src.get(..bad).unwrap_or(&[]);
            let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
            return Err(LexError { kind: LexErrorKind::InvalidUtf8, line: clamp_u32(line), col: 1 });
        }
        let pos = if src.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        Ok(Lexer {
            src,
            pos,
            line: 1,
            line_start: pos,
            nesting: 0,
            indents: [0; MAX_INDENT + 1],
            n_indents: 1,
            pending_dedents: 0,
            at_bol: true,
            in_line: false,
        })
    }

    /// A lexer over the expression of an f-string replacement field (`src` is that
    /// slice of the source, on line `line`): as inside brackets, so newlines and
    /// indentation make no tokens; the end gives NEWLINE then END_MARKER.
    ///
    /// # Errors
    /// As [`Lexer::new`].
    pub fn for_expression(src: &'s [u8], line: u32) -> Result<Lexer<'s>, LexError> {
        let mut l = Lexer::new(src)?;
        l.line = line;
        l.nesting = 1;
        l.at_bol = false;
        Ok(l)
    }

    /// The source text.
    pub fn source(&self) -> &'s [u8] {
        self.src
    }

    #[inline]
    fn peek(&self, ahead: usize) -> u8 {
        self.src.get(self.pos.wrapping_add(ahead)).copied().unwrap_or(0)
    }

    #[inline]
    fn at_end(&self) -> bool {
        self.pos >= self.src.len()
    }

    fn col_of(&self, pos: usize) -> u16 {
        u16::try_from(pos.saturating_sub(self.line_start).saturating_add(1)).unwrap_or(u16::MAX)
    }

    fn error(&self, kind: LexErrorKind) -> LexError {
        LexError { kind, line: self.line, col: self.col_of(self.pos) }
    }

    fn token(&self, kind: Kind, start: usize, line: u32, col: u16) -> Token {
        Token { kind, col, start: clamp_u32(start), end: clamp_u32(self.pos), line }
    }

    /// Consume a line break at `pos` (`\n`, `\r\n` or `\r`) if there is one.
    fn eat_newline(&mut self) -> bool {
        let n = match self.peek(0) {
            b'\n' => 1,
            b'\r' if self.peek(1) == b'\n' => 2,
            b'\r' => 1,
            _ => return false,
        };
        self.pos += n;
        self.line = self.line.saturating_add(1);
        self.line_start = self.pos;
        true
    }

    fn skip_comment(&mut self) {
        while !self.at_end() && !matches!(self.peek(0), b'\n' | b'\r') {
            self.pos += 1;
        }
    }

    /// The next token.
    ///
    /// # Errors
    /// A [`LexError`] at the offending position; after one, the lexer should not be used.
    pub fn next_token(&mut self) -> Result<Token, LexError> {
        if self.pending_dedents > 0 {
            self.pending_dedents -= 1;
            return Ok(self.token(Kind::Dedent, self.pos, self.line, self.col_of(self.pos)));
        }
        if self.at_bol && self.nesting == 0 {
            self.at_bol = false;
            if let Some(t) = self.indentation()? {
                return Ok(t);
            }
        }
        loop {
            match self.peek(0) {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => self.skip_comment(),
                b'\\' => {
                    self.pos += 1;
                    if !self.eat_newline() {
                        // A backslash at the very end of the input joins nothing.
                        if self.at_end() {
                            continue;
                        }
                        return Err(self.error(LexErrorKind::BadContinuation));
                    }
                }
                b'\n' | b'\r' if self.nesting > 0 => {
                    self.eat_newline();
                }
                b'\n' | b'\r' => {
                    let (start, line, col) = (self.pos, self.line, self.col_of(self.pos));
                    self.eat_newline();
                    self.at_bol = true;
                    self.in_line = false;
                    let mut t = self.token(Kind::Newline, start, line, col);
                    t.end = t.start.saturating_add(1);
                    return Ok(t);
                }
                _ if self.at_end() => return Ok(self.end_of_input()),
                _ => break,
            }
        }
        self.in_line = true;
        self.scan()
    }

    /// NEWLINE (if a line is open), then one DEDENT per open block, then END_MARKER.
    fn end_of_input(&mut self) -> Token {
        let (pos, line, col) = (self.pos, self.line, self.col_of(self.pos));
        if self.in_line {
            self.in_line = false;
            return self.token(Kind::Newline, pos, line, col);
        }
        if self.n_indents > 1 {
            self.n_indents -= 1;
            return self.token(Kind::Dedent, pos, line, col);
        }
        self.token(Kind::EndMarker, pos, line, col)
    }

    /// Measure the indentation of the next line with content and turn a change of width
    /// into INDENT or DEDENT. Blank and comment-only lines are skipped whole.
    fn indentation(&mut self) -> Result<Option<Token>, LexError> {
        loop {
            let mut width: u32 = 0;
            loop {
                match self.peek(0) {
                    b' ' => width = width.saturating_add(1),
                    b'\t' => width = (width / 8).saturating_add(1).saturating_mul(8),
                    b'\x0c' => width = 0,
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek(0) {
                b'#' => {
                    self.skip_comment();
                    if !self.eat_newline() {
                        return Ok(None);
                    }
                }
                b'\n' | b'\r' => {
                    self.eat_newline();
                }
                _ if self.at_end() => return Ok(None),
                _ => return self.change_indent(width),
            }
        }
    }

    fn change_indent(&mut self, width: u32) -> Result<Option<Token>, LexError> {
        let (pos, line, col) = (self.pos, self.line, self.col_of(self.pos));
        let top = self.indents.get(self.n_indents - 1).copied().unwrap_or(0) as u32;
        if width > top {
            let w = u16::try_from(width).map_err(|_| self.error(LexErrorKind::TooDeep))?;
            let slot =
                self.indents.get_mut(self.n_indents).ok_or(LexError { kind: LexErrorKind::TooDeep, line, col })?;
            *slot = w;
            self.n_indents += 1;
            return Ok(Some(self.token(Kind::Indent, pos, line, col)));
        }
        let mut dedents = 0;
        while self.n_indents > 1 && width < self.indents.get(self.n_indents - 1).copied().unwrap_or(0) as u32 {
            self.n_indents -= 1;
            dedents += 1;
        }
        if width != self.indents.get(self.n_indents - 1).copied().unwrap_or(0) as u32 {
            return Err(LexError { kind: LexErrorKind::DedentMismatch, line, col });
        }
        if dedents == 0 {
            return Ok(None);
        }
        self.pending_dedents = dedents - 1;
        Ok(Some(self.token(Kind::Dedent, pos, line, col)))
    }

    /// Scan one token starting at a byte that is not whitespace, a comment or a newline.
    fn scan(&mut self) -> Result<Token, LexError> {
        let (start, line, col) = (self.pos, self.line, self.col_of(self.pos));
        let c = self.peek(0);
        let kind = if is_ident_start(c) {
            while is_ident_char(self.peek(0)) {
                self.pos += 1;
            }
            let word = self.src.get(start..self.pos).unwrap_or(&[]);
            if matches!(self.peek(0), b'\'' | b'"') {
                if let Some(kind) = string_prefix(word) {
                    self.scan_string()?;
                    return Ok(self.token(kind, start, line, col));
                }
            }
            keyword(word).unwrap_or(Kind::Name)
        } else if c.is_ascii_digit() || (c == b'.' && self.peek(1).is_ascii_digit()) {
            number::scan(self)
        } else if c == b'\'' || c == b'"' {
            self.scan_string()?;
            Kind::Str
        } else {
            self.scan_operator()?
        };
        Ok(self.token(kind, start, line, col))
    }

    /// Scan a quoted literal from its opening quote; escapes are only skipped here.
    fn scan_string(&mut self) -> Result<(), LexError> {
        let q = self.peek(0);
        let triple = self.peek(1) == q && self.peek(2) == q;
        let open = if triple { 3 } else { 1 };
        let (line, col) = (self.line, self.col_of(self.pos));
        let unterminated = LexError { kind: LexErrorKind::UnterminatedString, line, col };
        self.pos += open;
        loop {
            if self.at_end() {
                return Err(unterminated);
            }
            match self.peek(0) {
                b'\\' => {
                    self.pos += 1;
                    if !self.eat_newline() && !self.at_end() {
                        self.pos += 1;
                    }
                }
                b'\n' | b'\r' => {
                    if !triple {
                        return Err(unterminated);
                    }
                    self.eat_newline();
                }
                c if c == q => {
                    if !triple {
                        self.pos += 1;
                        return Ok(());
                    }
                    if self.peek(1) == q && self.peek(2) == q {
                        self.pos += 3;
                        return Ok(());
                    }
                    self.pos += 1;
                }
                _ => self.pos += 1,
            }
        }
    }

    fn scan_operator(&mut self) -> Result<Kind, LexError> {
        let (a, b, c) = (self.peek(0), self.peek(1), self.peek(2));
        let (kind, len) = match (a, b, c) {
            (b'*', b'*', b'=') => (Kind::DoubleStarAssign, 3),
            (b'/', b'/', b'=') => (Kind::DoubleSlashAssign, 3),
            (b'<', b'<', b'=') => (Kind::LShiftAssign, 3),
            (b'>', b'>', b'=') => (Kind::RShiftAssign, 3),
            (b'.', b'.', b'.') => (Kind::Ellipsis, 3),
            (b'*', b'*', _) => (Kind::DoubleStar, 2),
            (b'/', b'/', _) => (Kind::DoubleSlash, 2),
            (b'<', b'<', _) => (Kind::LShift, 2),
            (b'>', b'>', _) => (Kind::RShift, 2),
            (b'<', b'=', _) => (Kind::LessEq, 2),
            (b'>', b'=', _) => (Kind::GreaterEq, 2),
            (b'=', b'=', _) => (Kind::EqEq, 2),
            (b'!', b'=', _) => (Kind::NotEq, 2),
            (b'-', b'>', _) => (Kind::Arrow, 2),
            (b':', b'=', _) => (Kind::Walrus, 2),
            (b'+', b'=', _) => (Kind::PlusAssign, 2),
            (b'-', b'=', _) => (Kind::MinusAssign, 2),
            (b'*', b'=', _) => (Kind::StarAssign, 2),
            (b'/', b'=', _) => (Kind::SlashAssign, 2),
            (b'%', b'=', _) => (Kind::PercentAssign, 2),
            (b'@', b'=', _) => (Kind::AtAssign, 2),
            (b'&', b'=', _) => (Kind::AmpAssign, 2),
            (b'|', b'=', _) => (Kind::PipeAssign, 2),
            (b'^', b'=', _) => (Kind::CaretAssign, 2),
            (b'+', _, _) => (Kind::Plus, 1),
            (b'-', _, _) => (Kind::Minus, 1),
            (b'*', _, _) => (Kind::Star, 1),
            (b'/', _, _) => (Kind::Slash, 1),
            (b'%', _, _) => (Kind::Percent, 1),
            (b'@', _, _) => (Kind::At, 1),
            (b'&', _, _) => (Kind::Amp, 1),
            (b'|', _, _) => (Kind::Pipe, 1),
            (b'^', _, _) => (Kind::Caret, 1),
            (b'~', _, _) => (Kind::Tilde, 1),
            (b'<', _, _) => (Kind::Less, 1),
            (b'>', _, _) => (Kind::Greater, 1),
            (b'(', _, _) => (Kind::LParen, 1),
            (b')', _, _) => (Kind::RParen, 1),
            (b'[', _, _) => (Kind::LBracket, 1),
            (b']', _, _) => (Kind::RBracket, 1),
            (b'{', _, _) => (Kind::LBrace, 1),
            (b'}', _, _) => (Kind::RBrace, 1),
            (b',', _, _) => (Kind::Comma, 1),
            (b':', _, _) => (Kind::Colon, 1),
            (b'.', _, _) => (Kind::Dot, 1),
            (b';', _, _) => (Kind::Semicolon, 1),
            (b'=', _, _) => (Kind::Assign, 1),
            _ => return Err(self.error(LexErrorKind::BadCharacter)),
        };
        match kind {
            Kind::LParen | Kind::LBracket | Kind::LBrace => self.nesting = self.nesting.saturating_add(1),
            Kind::RParen | Kind::RBracket | Kind::RBrace => self.nesting = self.nesting.saturating_sub(1),
            _ => {}
        }
        self.pos += len;
        Ok(kind)
    }
}

fn clamp_u32(v: usize) -> u32 {
    u32::try_from(v).unwrap_or(u32::MAX)
}

#[inline]
fn is_ident_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_' || c >= 0x80
}

#[inline]
fn is_ident_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// The literal kind for a string prefix (`r`, `b`, `rb`, `f`, ...), if `word` is one.
fn string_prefix(word: &[u8]) -> Option<Kind> {
    let mut raw = false;
    let mut kind = Kind::Str;
    if word.len() > 2 {
        return None;
    }
    for &c in word {
        match c.to_ascii_lowercase() {
            b'r' if !raw => raw = true,
            b'b' if kind == Kind::Str => kind = Kind::Bytes,
            b'f' if kind == Kind::Str => kind = Kind::FString,
            b'u' if word.len() == 1 => {}
            _ => return None,
        }
    }
    Some(kind)
}

/// The keywords in byte order, padded with zeros to 8 bytes, and their kinds: a binary
/// search over a table (a `match` over byte strings is five times the flash).
#[rustfmt::skip]
static KEYWORDS: [([u8; 8], Kind); 35] = [
    (*b"False\0\0\0", Kind::False), (*b"None\0\0\0\0", Kind::None), (*b"True\0\0\0\0", Kind::True),
    (*b"and\0\0\0\0\0", Kind::And), (*b"as\0\0\0\0\0\0", Kind::As), (*b"assert\0\0", Kind::Assert),
    (*b"async\0\0\0", Kind::Async), (*b"await\0\0\0", Kind::Await), (*b"break\0\0\0", Kind::Break),
    (*b"class\0\0\0", Kind::Class), (*b"continue", Kind::Continue), (*b"def\0\0\0\0\0", Kind::Def),
    (*b"del\0\0\0\0\0", Kind::Del), (*b"elif\0\0\0\0", Kind::Elif), (*b"else\0\0\0\0", Kind::Else),
    (*b"except\0\0", Kind::Except), (*b"finally\0", Kind::Finally), (*b"for\0\0\0\0\0", Kind::For),
    (*b"from\0\0\0\0", Kind::From), (*b"global\0\0", Kind::Global), (*b"if\0\0\0\0\0\0", Kind::If),
    (*b"import\0\0", Kind::Import), (*b"in\0\0\0\0\0\0", Kind::In), (*b"is\0\0\0\0\0\0", Kind::Is),
    (*b"lambda\0\0", Kind::Lambda), (*b"nonlocal", Kind::Nonlocal), (*b"not\0\0\0\0\0", Kind::Not),
    (*b"or\0\0\0\0\0\0", Kind::Or), (*b"pass\0\0\0\0", Kind::Pass), (*b"raise\0\0\0", Kind::Raise),
    (*b"return\0\0", Kind::Return), (*b"try\0\0\0\0\0", Kind::Try), (*b"while\0\0\0", Kind::While),
    (*b"with\0\0\0\0", Kind::With), (*b"yield\0\0\0", Kind::Yield),
];

fn keyword(word: &[u8]) -> Option<Kind> {
    let mut key = [0u8; 8];
    key.get_mut(..word.len())?.copy_from_slice(word);
    let i = KEYWORDS.binary_search_by(|(k, _)| k.cmp(&key)).ok()?;
    KEYWORDS.get(i).map(|&(_, kind)| kind)
}
