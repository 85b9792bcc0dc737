//! The names a frozen Python module needs interned at build time: every identifier (outside
//! comments and plain string literals; inside f-strings, whose fields are code), and the
//! dotted names of its `import` and `from` statements (the compiler interns `a.b.c` whole).
//! A superset is harmless (a few more table entries); a missing name would leave frozen
//! bytecode naming a qstr the board's table lacks, which the freezer reports as an error.

use std::collections::BTreeSet;

/// The names `source` needs, added to `out`.
pub fn names(source: &str, out: &mut BTreeSet<String>) {
    let b = source.as_bytes();
    let mut i = 0;
    // Identifiers of the current logical line, to spot import statements.
    let mut line_start = true;
    let mut import_line = false;
    while i < b.len() {
        let c = b[i];
        match c {
            b'#' => {
                while i < b.len() && b[i] != b'\n' {
                    i += 1;
                }
            }
            b'\n' => {
                line_start = true;
                import_line = false;
                i += 1;
            }
            b'\'' | b'"' => i = string(b, i, false, out),
            _ if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] >= 0x80) {
                    i += 1;
                }
                let word = &source[start..i];
                // A string prefix (r, b, f, u and their pairs) directly before a quote.
                if i < b.len() && (b[i] == b'\'' || b[i] == b'"') && word.len() <= 2 {
                    let lower = word.to_ascii_lowercase();
                    if ["r", "b", "f", "u", "rb", "br", "fr", "rf"].contains(&lower.as_str()) {
                        i = string(b, i, lower.contains('f'), out);
                        continue;
                    }
                }
                if line_start && (word == "import" || word == "from") {
                    import_line = true;
                }
                line_start = false;
                // A dotted name: `a.b.c`, whole, on an import line.
                let mut end = i;
                while import_line && end + 1 < b.len() && b[end] == b'.' && is_start(b[end + 1]) {
                    end += 1;
                    while end < b.len() && (b[end].is_ascii_alphanumeric() || b[end] == b'_') {
                        end += 1;
                    }
                }
                if end > i {
                    let dotted = &source[start..end];
                    for part in dotted.split('.') {
                        out.insert(part.to_string());
                    }
                    out.insert(dotted.to_string());
                    i = end;
                } else {
                    out.insert(word.to_string());
                }
            }
            b' ' | b'\t' | b'\r' | b'\x0c' => i += 1,
            b'\\' => i += 2,
            _ => {
                line_start = false;
                i += 1;
            }
        }
    }
}

fn is_start(c: u8) -> bool {
    c.is_ascii_alphabetic() || c == b'_'
}

/// Skip the string literal whose opening quote is at `i`; the index after it. An f-string's
/// text is scanned for names (its fields are expressions).
fn string(b: &[u8], i: usize, fstring: bool, out: &mut BTreeSet<String>) -> usize {
    let q = b[i];
    let triple = b.len() >= i + 3 && b[i + 1] == q && b[i + 2] == q;
    let open = if triple { 3 } else { 1 };
    let mut j = i + open;
    let body_start = j;
    while j < b.len() {
        if b[j] == b'\\' {
            j += 2;
            continue;
        }
        if !triple && b[j] == b'\n' {
            break;
        }
        if b[j] == q && (!triple || (j + 2 < b.len() && b[j + 1] == q && b[j + 2] == q)) {
            break;
        }
        j += 1;
    }
    let body_end = j.min(b.len());
    if fstring {
        if let Ok(text) = std::str::from_utf8(&b[body_start..body_end]) {
            names(text, out);
        }
    }
    (j + open).min(b.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all(src: &str) -> Vec<String> {
        let mut s = BTreeSet::new();
        names(src, &mut s);
        s.into_iter().collect()
    }

    #[test]
    fn identifiers_not_comments_or_strings() {
        assert_eq!(
            all("def f(a, b=1):  # comment words\n    return a.x + 'not_a_name' + \"\"\"doc\nwords\"\"\"\n"),
            ["a", "b", "def", "f", "return", "x"]
        );
    }

    #[test]
    fn dotted_import_names_and_fstring_fields() {
        assert_eq!(
            all("import a.b.c\nfrom p.q import r\n"),
            ["a", "a.b.c", "b", "c", "from", "import", "p", "p.q", "q", "r"]
        );
        assert_eq!(all("x = f'{val.attr!r:>{width}}' + rb'raw' + u'\\''"), ["attr", "r", "val", "width", "x"]);
        // A dotted chain outside an import line is only its parts.
        assert_eq!(all("y = m.n\n"), ["m", "n", "y"]);
    }
}
