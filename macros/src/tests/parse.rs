//! Valid modules: what parse and validate make of them.

use super::{model, split_module};
use crate::ctxt::Ctxt;
use crate::parse::{doc_string, parse_module, MARKER};
use crate::validate::{ArgType, ConstKind, Entry, Function, Module, MAX_PARAMS};
use quote::ToTokens;

pub const EXAMPLE: &str = r#"
/// Module docs.
#[mp_module]
pub mod myport {
    use super::*;
    /// Print information about this port.
    #[mp_function]
    fn info() { runtime::mp_print!("info about my port\n"); }
    #[mp_function]
    fn add(a: i32, b: i32) -> i32 { a + b }
    #[mp_function]
    fn greet(name: &'static str, times: Option<u32>) -> Result<runtime::Obj, runtime::Exc> { todo!() }
    #[mp_const]
    const ANSWER: i32 = 42;
    const NOT_EXPORTED: i32 = 1;
    fn helper() {}
}
"#;

fn function<'a>(m: &'a Module, py_name: &str) -> &'a Function {
    m.entries
        .iter()
        .find_map(|e| match e {
            Entry::Function(f) if f.py_name == py_name => Some(f),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no function {py_name}"))
}

fn arg_types(f: &Function) -> Vec<String> {
    f.params.iter().map(|p| p.ty.to_token_stream().to_string()).collect()
}

#[test]
fn example_module() {
    let m = model(EXAMPLE);
    assert_eq!(m.py_name, "myport");
    assert_eq!(m.doc.as_deref(), Some("Module docs."));
    let names: Vec<_> = m
        .entries
        .iter()
        .map(|e| match e {
            Entry::Function(f) => f.py_name.as_str(),
            Entry::Const(c) => c.py_name.as_str(),
        })
        .collect();
    assert_eq!(names, ["info", "add", "greet", "ANSWER"]);

    let info = function(&m, "info");
    assert_eq!((info.min_args, info.params.len()), (0, 0));
    assert_eq!(info.doc.as_deref(), Some("Print information about this port."));

    let add = function(&m, "add");
    assert_eq!((add.min_args, add.params.len()), (2, 2));
    assert_eq!(add.doc, None);
    assert_eq!(arg_types(add), ["i32", "i32"]);

    let greet = function(&m, "greet");
    assert_eq!((greet.min_args, greet.params.len()), (1, 2));
    assert_eq!(arg_types(greet), ["& 'static str", ":: core :: option :: Option < u32 >"]);
    assert!(!greet.params[0].optional && greet.params[1].optional);

    let Some(Entry::Const(answer)) = m.entries.last() else { panic!("no const") };
    assert_eq!((answer.ident.to_string(), answer.kind), ("ANSWER".to_owned(), ConstKind::Int));
}

#[test]
fn name_overrides() {
    let m = model(
        r#"#[mp_module(name = "pm")]
        mod rust_name {
            #[mp_function(name = "py_fn")]
            fn rust_fn() {}
            #[runtime::mp_const(name = "K")]
            const RUST_K: bool = true;
            #[mp_function]
            fn r#type() {}
        }"#,
    );
    assert_eq!(m.py_name, "pm");
    let [Entry::Function(f), Entry::Const(c), Entry::Function(t)] = &m.entries[..] else { panic!("{m:?}") };
    assert_eq!((f.py_name.as_str(), f.ident.to_string().as_str()), ("py_fn", "rust_fn"));
    assert_eq!((c.py_name.as_str(), c.kind), ("K", ConstKind::Bool));
    assert_eq!((t.py_name.as_str(), t.ident.to_string().as_str()), ("type", "r#type"));
}

#[test]
fn every_argument_type() {
    let m = model(
        r#"#[mp_module]
        mod m {
            #[mp_function]
            fn ints(a: i8, b: i16, c: i32, d: i64, e: isize, f: u8, g: u16, h: u32, i: u64, j: usize) {}
            #[mp_function]
            fn others(a: bool, b: &str, c: &'static str, d: Obj, e: runtime::Obj, mut f: ::runtime::Obj) {}
            #[mp_function]
            fn options(a: Option<i8>, b: Option<&str>, c: core::option::Option<Obj>, d: Option<bool>) {}
        }"#,
    );
    let ints = function(&m, "ints");
    assert_eq!(arg_types(ints), ["i8", "i16", "i32", "i64", "isize", "u8", "u16", "u32", "u64", "usize"]);
    let others = function(&m, "others");
    assert_eq!(
        arg_types(others),
        ["bool", "& 'static str", "& 'static str", "Obj", "runtime :: Obj", ":: runtime :: Obj"]
    );
    let options = function(&m, "options");
    assert_eq!((options.min_args, options.params.len()), (0, 4));
    assert_eq!(options.params[1].ty, ArgType::Option(Box::new(ArgType::Str)));
    assert!(options.params.iter().all(|p| p.optional));
}

#[test]
fn only_trailing_options_are_optional() {
    let m = model(
        r#"#[mp_module]
        mod m {
            #[mp_function]
            fn f(a: Option<i32>, b: i32, c: Option<i32>, d: Option<i32>) {}
        }"#,
    );
    let f = function(&m, "f");
    assert_eq!((f.min_args, f.params.len()), (2, 4));
    let optional: Vec<_> = f.params.iter().map(|p| p.optional).collect();
    assert_eq!(optional, [false, false, true, true]);
}

#[test]
fn most_parameters() {
    let params: Vec<_> = (0..MAX_PARAMS).map(|i| format!("a{i}: u8")).collect();
    let src = format!("#[mp_module] mod m {{ #[mp_function] fn f({}) {{}} }}", params.join(", "));
    assert_eq!(function(&model(&src), "f").params.len(), 254);
}

#[test]
fn const_types() {
    let m = model(
        r#"#[mp_module]
        mod m {
            #[mp_const] const A: u64 = 1;
            #[mp_const] const B: bool = false;
            #[mp_const] const C: &str = "c";
            #[mp_const] const D: &'static str = "d";
        }"#,
    );
    let kinds: Vec<_> = m
        .entries
        .iter()
        .map(|e| match e {
            Entry::Const(c) => c.kind,
            Entry::Function(_) => panic!("a function"),
        })
        .collect();
    assert_eq!(kinds, [ConstKind::Int, ConstKind::Bool, ConstKind::Str, ConstKind::Str]);
}

#[test]
fn empty_module_without_docs() {
    let m = model("#[mp_module] mod empty {}");
    assert_eq!((m.py_name.as_str(), m.doc.as_deref(), m.entries.len()), ("empty", None, 0));
}

#[test]
fn doc_lines_lose_one_leading_space() {
    let m = model(
        "/// First.\n///   Indented.\n///No space.\n#[doc = \" attr\"]\n#[doc(hidden)]\n#[mp_module]\nmod m {\n    //! Inner.\n}",
    );
    assert_eq!(m.doc.as_deref(), Some("First.\n  Indented.\nNo space.\nattr\nInner."));
    assert_eq!(doc_string(&[]), None);
}

#[test]
fn marks_become_markers_and_other_items_stay() {
    let (args, input) = split_module(EXAMPLE);
    let cx = Ctxt::new();
    let parsed = parse_module(args, input, &cx).expect("parses");
    cx.check().expect("no errors");
    let text = parsed.module.to_token_stream().to_string();
    assert_eq!(text.matches(&format!("# [mp_function ({MARKER})]")).count(), 3, "{text}");
    assert_eq!(text.matches(&format!("# [mp_const ({MARKER})]")).count(), 1, "{text}");
    for kept in ["use super :: * ;", "const NOT_EXPORTED", "fn helper", "# [doc = \" Module docs.\"]"] {
        assert!(text.contains(kept), "{kept} missing from {text}");
    }
}
