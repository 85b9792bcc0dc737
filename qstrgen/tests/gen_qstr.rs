//! The generated qstr table: ordering, determinism, literal escaping, validity, hashes.

use std::collections::BTreeMap;
use std::path::Path;

use proc_macro2::TokenTree;
use qstrgen::{generate_qstrs, qstr_hash, scan_source, Found, CORE};

fn found_from(names: &[&str]) -> Found {
    Found { names: names.iter().map(|s| s.to_string()).collect(), modules: Vec::new(), messages: Default::default() }
}

/// What the generated file says, read back through `syn`.
struct Parsed {
    count: usize,
    strs: Vec<String>,
    hashes: Vec<u32>,
    /// The name -> id table: ids, `u16::MAX` for an empty slot.
    slots: Vec<u16>,
    /// Arms of `qstr!`: the literal's value and the id it expands to.
    arms: Vec<(String, u16)>,
    /// The spelling of each arm's literal, as written.
    arm_spellings: Vec<String>,
    has_fallback: bool,
}

fn parse(code: &str) -> Parsed {
    let file = syn::parse_file(code).expect("generated qstr file is valid Rust syntax");
    let mut parsed = Parsed {
        count: 0,
        strs: Vec::new(),
        hashes: Vec::new(),
        slots: Vec::new(),
        arms: Vec::new(),
        arm_spellings: Vec::new(),
        has_fallback: false,
    };
    let ints = |s: &syn::ItemStatic| -> Vec<u64> {
        let syn::Expr::Array(array) = &*s.expr else { panic!("{} is not an array", s.ident) };
        let int = |e: &syn::Expr| match e {
            syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(n), .. }) => n.base10_parse().unwrap(),
            _ => panic!("{} element is not an integer", s.ident),
        };
        array.elems.iter().map(int).collect()
    };
    let (mut text, mut ends, mut wraps, mut narrow) = (String::new(), Vec::new(), Vec::new(), false);
    for item in &file.items {
        match item {
            syn::Item::Const(c) if c.ident == "ENDS_BITS" => {
                narrow = quote::ToTokens::to_token_stream(&*c.expr).to_string() == "8";
            }
            syn::Item::Const(c) if c.ident == "STATIC_COUNT" => {
                let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(n), .. }) = &*c.expr else {
                    panic!("STATIC_COUNT is not an integer")
                };
                parsed.count = n.base10_parse().unwrap();
            }
            syn::Item::Static(s) if s.ident == "TEXT" => {
                let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(t), .. }) = &*s.expr else {
                    panic!("TEXT is not a string")
                };
                text = t.value();
            }
            syn::Item::Static(s) if s.ident == "ENDS" => ends = ints(s),
            syn::Item::Static(s) if s.ident == "WRAPS" => wraps = ints(s),
            syn::Item::Static(s) if s.ident == "HASHES" => {
                parsed.hashes = ints(s).into_iter().map(|h| h as u32).collect()
            }
            syn::Item::Static(s) if s.ident == "SLOTS" => {
                parsed.slots = ints(s).into_iter().map(|h| h as u16).collect()
            }
            syn::Item::Macro(m) if m.ident.as_ref().is_some_and(|i| i == "qstr") => {
                assert!(m.attrs.iter().any(|a| a.path().is_ident("macro_export")));
                let tokens: Vec<TokenTree> = m.mac.tokens.clone().into_iter().collect();
                // Arms: (pattern) => { body } ;
                let arms: Vec<&[TokenTree]> = tokens.chunks(5).collect();
                for (i, arm) in arms.iter().enumerate() {
                    let [TokenTree::Group(pattern), TokenTree::Punct(eq), TokenTree::Punct(gt), TokenTree::Group(body), TokenTree::Punct(semi)] =
                        arm
                    else {
                        panic!("bad arm {arm:?}")
                    };
                    assert_eq!((eq.as_char(), gt.as_char(), semi.as_char()), ('=', '>', ';'));
                    let body = body.stream().to_string();
                    let pattern_tokens: Vec<TokenTree> = pattern.stream().into_iter().collect();
                    if let [TokenTree::Literal(lit)] = &pattern_tokens[..] {
                        let syn::Lit::Str(s) = syn::Lit::new(lit.clone()) else {
                            panic!("arm literal is not a string: {lit}")
                        };
                        let id = body
                            .strip_prefix("$ crate :: qstr :: Qstr :: from_id (")
                            .and_then(|rest| rest.strip_suffix(")"))
                            .unwrap_or_else(|| panic!("bad arm body {body}"))
                            .trim()
                            .parse()
                            .unwrap();
                        parsed.arms.push((s.value(), id));
                        parsed.arm_spellings.push(lit.to_string());
                    } else {
                        assert_eq!(pattern.stream().to_string(), "$ other : literal");
                        assert!(body.contains("compile_error"), "{body}");
                        assert_eq!(i, arms.len() - 1, "the fallback arm is last");
                        parsed.has_fallback = true;
                    }
                }
            }
            _ => {}
        }
    }
    // The names: consecutive slices of TEXT ending at each of ENDS (whose high bytes, in a
    // small table, come from WRAPS: the run time's `end_of`).
    let mut start = 0;
    for (id, &low) in ends.iter().enumerate() {
        let end = if narrow { (wraps.iter().filter(|&&w| w as usize <= id).count() as u64) << 8 | low } else { low };
        parsed.strs.push(text[start..end as usize].to_string());
        start = end as usize;
    }
    assert_eq!(start, text.len(), "ENDS covers TEXT");
    parsed
}

#[test]
fn empty_string_then_core_then_sorted() {
    let found = found_from(&["zeta", "alpha", "__name__", "", "Beta", "<module>", "_x"]);
    let code = generate_qstrs(&found, &["sys", "alpha", "myport"]).unwrap();
    let parsed = parse(&code);
    assert_eq!(parsed.strs[0], "");
    assert_eq!(parsed.strs[1..=CORE.len()], *CORE);
    assert_eq!(parsed.strs[CORE.len() + 1..], ["Beta", "_x", "alpha", "myport", "sys", "zeta"]);
    assert_eq!(parsed.count, parsed.strs.len());
    assert_eq!(CORE[0], "__name__");
    assert_eq!(CORE[CORE.len() - 1], "<genexpr>");
    assert!(code.starts_with("// @generated by qstrgen. Do not edit.\n"));
}

#[test]
fn arms_map_and_hashes_agree_with_strs() {
    let found = found_from(&["utf-8", "<module>", "\n", "a\"b", "back\\slash", "é", "e\u{301}", "tab\t", "bell\u{7}"]);
    let code = generate_qstrs(&found, &[]).unwrap();
    let parsed = parse(&code);
    // Every name round-trips through the emitted literals.
    for name in ["utf-8", "<module>", "\n", "a\"b", "back\\slash", "é", "e\u{301}", "tab\t", "bell\u{7}"] {
        assert!(parsed.strs.iter().any(|s| s == name), "{name:?} missing from STRS");
    }
    let arms: Vec<(String, u16)> = parsed.strs.iter().enumerate().map(|(i, s)| (s.clone(), i as u16)).collect();
    assert_eq!(parsed.arms, arms);
    assert!(parsed.has_fallback);
    let hashes: Vec<u32> = parsed.strs.iter().map(|s| qstr_hash(s.as_bytes())).collect();
    assert_eq!(parsed.hashes, hashes);
    // Literal spellings: only quote, backslash and control characters are escaped.
    assert!(parsed.arm_spellings.contains(&"\"é\"".to_string()));
    assert!(parsed.arm_spellings.contains(&"\"e\u{301}\"".to_string()));
    assert!(parsed.arm_spellings.contains(&"\"a\\\"b\"".to_string()));
    assert!(parsed.arm_spellings.contains(&"\"\\n\"".to_string()));
    assert!(parsed.arm_spellings.contains(&"\"bell\\u{7}\"".to_string()));
}

#[test]
fn source_spelling_matches_arm_spelling() {
    // macro_rules! literal patterns compare spellings: the arm must be spelled as users write.
    for spelling in [r#""utf-8""#, r#""\n""#, r#""a\"b""#, r#""é""#, r#""<module>""#, r#""back\\slash""#] {
        let text = format!("fn f() {{ qstr!({spelling}); }}");
        let found = scan_source(&text, Path::new("src/lib.rs"), Path::new("src")).unwrap();
        let code = generate_qstrs(&found, &[]).unwrap();
        assert!(code.contains(&format!("    ({spelling}) => {{ $crate::qstr::Qstr::from_id(")), "{spelling}");
    }
}

#[test]
fn slots_find_every_name_by_its_hash() {
    // Past 512 names a slot is the whole id (up to 512 it is the id's low byte: the unit
    // test in gen_qstr.rs runs the run time's lookup over both kinds).
    let names: Vec<String> = (0..600).map(|i| format!("name{i}")).collect();
    let found = Found { names: names.iter().cloned().collect(), modules: Vec::new(), messages: Default::default() };
    let code = generate_qstrs(&found, &[]).unwrap();
    assert!(code.contains("pub const SLOT_BITS: u32 = 16;"));
    let parsed = parse(&code);
    let len = parsed.slots.len();
    assert!(len < 600 * 3 / 2, "{len} slots for 600 names");
    let empty = parsed.slots.iter().filter(|&&s| s == u16::MAX).count();
    assert!(empty * 4 >= len, "{empty} of {len} slots empty");
    let mut seen = vec![false; parsed.count];
    for &id in parsed.slots.iter().filter(|&&s| s != u16::MAX) {
        assert!(!std::mem::replace(&mut seen[usize::from(id)], true), "id {id} twice");
    }
    assert!(seen.iter().all(|&s| s), "every id has a slot");
    // The run-time probe: from the hash's slot to the first empty one.
    for (id, name) in parsed.strs.iter().enumerate() {
        let mut i = qstr_hash(name.as_bytes()) as usize % len;
        while parsed.slots[i] != id as u16 {
            assert_ne!(parsed.slots[i], u16::MAX, "{name:?} not found before an empty slot");
            i = if i + 1 == len { 0 } else { i + 1 };
        }
    }
    // 300 names: a byte a slot.
    let few =
        Found { names: names[..300].iter().cloned().collect(), modules: Vec::new(), messages: Default::default() };
    let code = generate_qstrs(&few, &[]).unwrap();
    assert!(code.contains("pub static SLOTS: [u8; "));
    // And an end is a byte: the names still come out whole, past several multiples of 256.
    assert!(code.contains("pub static ENDS: [u8; "));
    let parsed = parse(&code);
    let mut want: Vec<&str> = names[..300].iter().map(String::as_str).collect();
    want.sort();
    assert_eq!(parsed.strs[1 + qstrgen::CORE.len()..], want[..]);
}

#[test]
fn text_must_fit_u16_offsets() {
    let names: Vec<String> = (0..3_000).map(|i| format!("{i:030}")).collect();
    let found = Found { names: names.into_iter().collect(), modules: Vec::new(), messages: Default::default() };
    let err = generate_qstrs(&found, &[]).unwrap_err();
    assert!(err.to_string().contains("offsets are u16"), "{err}");
}

#[test]
fn hash_function_is_embedded_verbatim() {
    let code = generate_qstrs(&Found::default(), &[]).unwrap();
    let hash_rs = include_str!("../src/hash.rs");
    assert!(code.contains(hash_rs));
    assert!(!hash_rs.contains("use "), "hash.rs must stay free of `use`");
    assert!(!hash_rs.contains("std::"), "hash.rs must stay free of std paths");
    assert!(!hash_rs.contains("//!"), "hash.rs is spliced mid-module: no inner doc");
    assert!(code.contains("pub const fn qstr_hash(bytes: &[u8]) -> u32"));
}

#[test]
fn output_is_deterministic_and_order_independent() {
    let a = "fn f() { qstr!(\"one\"); qstr!(\"two\"); } #[mp_module] mod m { #[mp_function] fn g(p: i32) {} }";
    let b = "fn h() { qstr!(\"three\"); qstr!(\"one\"); }";
    let scan = |text: &str, file: &str| scan_source(text, Path::new(file), Path::new("src")).unwrap();
    let mut ab = scan(a, "src/a.rs");
    ab.merge(scan(b, "src/b.rs"));
    let mut ba = scan(b, "src/b.rs");
    ba.merge(scan(a, "src/a.rs"));
    let out1 = generate_qstrs(&ab, &["sys", "gc"]).unwrap();
    let out2 = generate_qstrs(&ba, &["gc", "sys", "gc"]).unwrap();
    let out3 = generate_qstrs(&ab, &["sys", "gc"]).unwrap();
    assert_eq!(out1, out2);
    assert_eq!(out1, out3);
    assert!(!out1.contains("src/"), "no paths in the output");
    // A different set of names gives a different table.
    let out4 = generate_qstrs(&ab, &["sys"]).unwrap();
    assert_ne!(out1, out4);
}

#[test]
fn ids_must_fit_in_u16() {
    let names: Vec<String> = (0..70_000).map(|i| format!("n{i}")).collect();
    let found = Found { names: names.into_iter().collect(), modules: Vec::new(), messages: Default::default() };
    let err = generate_qstrs(&found, &[]).unwrap_err();
    assert!(err.to_string().contains("u16"), "{err}");
}

#[test]
fn hash_known_values() {
    // FNV-1a's published 32-bit values (0x811c_9dc5, 0xe40c_292c, 0xbf9c_f968), xor-folded.
    let known: BTreeMap<&str, u32> = [("", 0x1cd9), ("a", 0xcd20), ("foobar", 0x46f4)].into();
    for (s, h) in known {
        assert_eq!(qstr_hash(s.as_bytes()), h, "{s:?}");
    }
    const IN_CONST: u32 = qstr_hash(b"a");
    assert_eq!(IN_CONST, 0xcd20);
}
