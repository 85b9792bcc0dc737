//! Expansions: snapshots of whole outputs under `tests/expand/` (regenerated with
//! `UPDATE_SNAPSHOTS=1 cargo test -p macros`), and the properties other crates rely on.

use std::collections::BTreeSet;
use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use quote::quote;

use super::parse::EXAMPLE;
use super::split_module;
use crate::parse::{AttrKind, MARKER};

fn expand_src(src: &str) -> TokenStream {
    let (args, input) = split_module(src);
    crate::module(args, input)
}

/// Each `tests/expand/NAME.rs` holds an `#[mp_module]`; `NAME.expanded.rs` is its
/// expansion, pretty-printed.
#[test]
fn snapshots() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expand");
    let update = std::env::var_os("UPDATE_SNAPSHOTS").is_some();
    let mut inputs: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/expand exists")
        .map(|e| e.expect("readable dir").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name.ends_with(".rs") && !name.ends_with(".expanded.rs")
        })
        .collect();
    inputs.sort();
    assert!(inputs.len() >= 3, "snapshot inputs missing in {}", dir.display());
    let mut stale = Vec::new();
    for input in &inputs {
        let src = std::fs::read_to_string(input).expect("readable input");
        let file: syn::File = syn::parse2(expand_src(&src)).expect("the expansion parses as a file");
        let name = input.file_name().and_then(|n| n.to_str()).expect("utf-8 name");
        let text = format!(
            "// The expansion of {name}: `UPDATE_SNAPSHOTS=1 cargo test -p macros` regenerates it.\n\n{}",
            prettyplease::unparse(&file)
        );
        let snapshot = input.with_extension("expanded.rs");
        if update {
            std::fs::write(&snapshot, &text).expect("writable snapshot");
        } else if std::fs::read_to_string(&snapshot).ok().as_deref() != Some(text.as_str()) {
            stale.push(format!("{}:\n{text}", snapshot.display()));
        }
    }
    assert!(stale.is_empty(), "stale snapshots (rerun with UPDATE_SNAPSHOTS=1):\n{}", stale.join("\n"));
}

/// The literals of every `qstr!(...)` in `tokens`.
fn qstrs(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, t) in tokens.iter().enumerate() {
        match t {
            TokenTree::Group(g) => qstrs(g.stream(), out),
            TokenTree::Ident(id) if id == "qstr" => {
                let Some(TokenTree::Group(args)) = tokens.get(i + 2) else { panic!("qstr! without arguments") };
                let lit: syn::LitStr = syn::parse2(args.stream()).expect("qstr! of one string literal");
                assert_eq!(args.stream().to_string(), format!("{:?}", lit.value()), "spelled plainly");
                out.insert(lit.value());
            }
            _ => {}
        }
    }
}

/// `qstrgen` interns the module's name, each entry's name, `__name__` and `__doc__` (and
/// parameter names): the expansion must ask for no other.
#[test]
fn qstrs_are_the_scanned_names() {
    let mut found = BTreeSet::new();
    qstrs(expand_src(EXAMPLE), &mut found);
    let expected: BTreeSet<String> =
        ["myport", "__name__", "__doc__", "info", "add", "greet", "ANSWER"].map(String::from).into();
    assert_eq!(found, expected);

    let mut found = BTreeSet::new();
    qstrs(
        expand_src("#[mp_module(name = \"pm\")] mod m { #[mp_const(name = \"k\")] const K: bool = true; }"),
        &mut found,
    );
    assert_eq!(found, ["__name__", "k", "pm"].map(String::from).into());

    // A signature: its names and string defaults; `""` (always interned) for positional-only.
    let mut found = BTreeSet::new();
    qstrs(
        expand_src(
            "#[mp_module] mod m { #[mp_function(signature = (a, /, b=\"dflt\", *c, d=1, **e))] fn f(a: Obj, b: &str, c: Obj, d: i32, e: Obj) {} }",
        ),
        &mut found,
    );
    assert_eq!(found, ["", "__name__", "b", "d", "dflt", "f", "m"].map(String::from).into());
}

#[test]
fn thunks_unpack_and_convert() {
    let text = expand_src(EXAMPLE).to_string();
    let expected = [
        "NativeFn :: new (:: runtime :: qstr ! (\"info\") , 0 , 0 , __mp_thunk_info) . with_doc (:: runtime :: __mp_doc ! (\"Print information about this port.\"))",
        "NativeFn :: new (:: runtime :: qstr ! (\"add\") , 2 , 2 , __mp_thunk_add) ;",
        "let & [] = __mp_args else",
        "let & [__mp_a0 , __mp_a1] = __mp_args else { return :: core :: result :: Result :: Err (:: runtime :: __private :: arg_count (2 , __mp_args . len ())) } ;",
        "let __mp_a0 = < i32 as :: runtime :: __private :: FromObj > :: from_obj (__mp_a0) ? ;",
        "let __mp_result = add (__mp_a0 , __mp_a1) ; :: runtime :: __private :: IntoResult :: into_result (__mp_result)",
        "let & [__mp_a0 , ref __mp_rest @ ..] = __mp_args else",
        "if __mp_rest . len () > 1",
        "let __mp_a1 = match __mp_rest . get (0) . copied () { :: core :: option :: Option :: Some (__mp_o) => < :: core :: option :: Option < u32 > as :: runtime :: __private :: FromObj > :: from_obj (__mp_o) ? , :: core :: option :: Option :: None => :: core :: option :: Option :: None , } ;",
        ":: runtime :: __private :: int_obj (ANSWER as i128 , & __MP_CONST_ANSWER)",
        "static __MP_CONST_ANSWER : :: runtime :: __private :: BigConst = :: runtime :: __private :: big_const (ANSWER as i128 , & __MP_CONST_ANSWER_DIGITS) ;",
        "const _ : () = :: core :: assert ! (:: runtime :: __private :: VERSION == 2 , \"runtime and macros versions differ\") ;",
    ];
    for e in expected {
        assert!(text.contains(e), "missing `{e}` in\n{text}");
    }
}

#[test]
fn signatures_expand_to_a_const_spec() {
    let src = "#[mp_module] mod m { #[mp_function(signature = (n, /, value=None, *args, pull=\"up\", fast=-2, req, **opts))] fn pin(n: i32, value: Option<i32>, args: Obj, pull: &str, fast: i64, req: bool, opts: Obj) {} }";
    let text = expand_src(src).to_string();
    let expected = [
        "static __MP_SPEC_pin : :: runtime :: __private :: ArgSpec = :: runtime :: __private :: ArgSpec { names : & [:: runtime :: qstr ! (\"\") , :: runtime :: qstr ! (\"value\") , :: runtime :: qstr ! (\"pull\") , :: runtime :: qstr ! (\"fast\") , :: runtime :: qstr ! (\"req\")] ,",
        "defaults : & [:: runtime :: __private :: Obj :: NULL , :: runtime :: __private :: Obj :: NONE , :: runtime :: __private :: Obj :: from_qstr (:: runtime :: qstr ! (\"up\")) , :: runtime :: __private :: Obj :: small_int (- 2i64 as isize)] ,",
        "n_pos : 2 , varargs : true , varkw : true , } ;",
        "const _ : () = :: core :: assert ! (:: runtime :: __private :: Obj :: fits_small_int (- 2i64) , \"the default -2 of `fast` (#[mp_function] `pin`) does not fit in a small int\") ;",
        "(i64 :: MIN as i128) <= (- 2i64 as i128) && (- 2i64 as i128) <= (i64 :: MAX as i128)",
        "const _ : () = :: core :: assert ! (7 <= :: runtime :: __private :: MAX_SPEC_SLOTS , \"#[mp_function] `pin`: its signature has 7 parameters, more than the runtime's MAX_SPEC_SLOTS\") ;",
        "NativeSpecFn :: new (:: runtime :: qstr ! (\"pin\") , & __MP_SPEC_pin , __mp_thunk_pin) ;",
        // Slots: the names, then `*args`, then `**kwargs`; each bound to its Rust parameter.
        "let & [__mp_a0 , __mp_a1 , __mp_a3 , __mp_a4 , __mp_a5 , __mp_a2 , __mp_a6] = __mp_args else { return :: core :: result :: Result :: Err (:: runtime :: __private :: arg_count (7 , __mp_args . len ())) } ;",
        "let __mp_a1 = < :: core :: option :: Option < i32 > as :: runtime :: __private :: FromObj > :: from_obj (__mp_a1) ? ;",
        "let __mp_a2 = < Obj as :: runtime :: __private :: FromObj > :: from_obj (__mp_a2) ? ;",
        "let __mp_result = pin (__mp_a0 , __mp_a1 , __mp_a2 , __mp_a3 , __mp_a4 , __mp_a5 , __mp_a6) ;",
    ];
    for e in expected {
        assert!(text.contains(e), "missing `{e}` in\n{text}");
    }
    // No per-function argument parsing: no `__mp_rest`, no count check beyond the pattern.
    assert!(!text.contains("__mp_rest"), "{text}");
}

#[test]
fn errors_leave_the_module_without_tables() {
    let out = expand_src("#[mp_module] mod m { #[mp_function] fn f(x: Vec<u8>) {} #[mp_const] const K: i32 = 1; }");
    let text = out.to_string();
    assert!(text.starts_with(":: core :: compile_error ! {"), "{text}");
    assert!(text.contains(&format!("# [mp_function ({MARKER})] fn f (x : Vec < u8 >) {{ }}")), "{text}");
    assert!(text.contains(&format!("# [mp_const ({MARKER})] const K")), "{text}");
    assert!(!text.contains("__MP_MODULE") && !text.contains("qstr"), "{text}");

    // Not a module at all: the item as written.
    let text = expand_src("#[mp_module] fn f() {}").to_string();
    assert!(text.ends_with("fn f () { }"), "{text}");
}

#[test]
fn marks_outside_a_module() {
    let item = quote!(
        fn f() {}
    );
    let text = crate::mark(AttrKind::Function, TokenStream::new(), item.clone()).to_string();
    assert!(text.contains("\"#[mp_function] must be inside an #[mp_module] mod\""), "{text}");
    assert!(text.ends_with("fn f () { }"), "{text}");
    let text = crate::mark(AttrKind::Const, quote!(name = "x"), item.clone()).to_string();
    assert!(text.contains("\"#[mp_const] must be inside an #[mp_module] mod\""), "{text}");

    let marker = syn::Ident::new(MARKER, proc_macro2::Span::call_site());
    let out = crate::mark(AttrKind::Function, quote!(#marker), item.clone());
    assert_eq!(out.to_string(), item.to_string());
}
