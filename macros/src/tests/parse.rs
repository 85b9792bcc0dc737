//! Valid modules: what parse and validate make of them.

use super::{model, split_module};
use crate::ctxt::Ctxt;
use crate::parse::{doc_string, parse_module, MARKER};
use crate::validate::{ArgType, ConstType, Entry, Function, Module, MAX_PARAMS};
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
            Entry::Submodule(s) => s.py_name.as_str(),
            Entry::Class(c) => c.py_name.as_str(),
            Entry::Exception(e) => e.py_name.as_str(),
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
    assert_eq!((answer.ident.to_string(), matches!(answer.ty, ConstType::Int(_))), ("ANSWER".to_owned(), true));
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
    assert_eq!((c.py_name.as_str(), c.ty.clone()), ("K", ConstType::Bool));
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
            Entry::Const(c) => c.ty.clone(),
            _ => panic!("not a constant"),
        })
        .collect();
    assert!(matches!(kinds[0], ConstType::Int(_)));
    assert_eq!(kinds[1..], [ConstType::Bool, ConstType::Str, ConstType::Str]);
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

/// A spec's defaults as Python writes them (`-` for a required parameter).
fn defaults(spec: &crate::validate::Spec) -> Vec<String> {
    use crate::signature::DefaultValue;
    spec.defaults
        .iter()
        .map(|d| match d {
            None => "-".to_owned(),
            Some(DefaultValue::Int(v, _)) => v.to_string(),
            Some(DefaultValue::None) => "None".to_owned(),
            Some(DefaultValue::True) => "True".to_owned(),
            Some(DefaultValue::False) => "False".to_owned(),
            Some(DefaultValue::Str(s)) => format!("{s:?}"),
            Some(DefaultValue::Float(s, _)) => s.clone(),
        })
        .collect()
}

#[test]
fn signatures() {
    let m = model(
        r#"#[mp_module]
        mod m {
            #[mp_function(signature = (a, b=1, *, scale=1))]
            fn add(a: i64, b: i64, scale: i64) -> i64 { (a + b) * scale }
            #[mp_function(name = "pin", signature = (n, /, value=None, *args, pull="up", fast=True, **opts,))]
            fn pin(n: i32, value: Option<i32>, args: Obj, pull: &str, fast: bool, opts: Obj) {}
            #[mp_function(signature = (*, key, reverse=False))]
            fn sort(key: Obj, reverse: bool) {}
            #[mp_function(signature = ())]
            fn none() {}
            #[mp_function(signature = (x=-0x10, y=0b11, z=1_000))]
            fn ints(x: i8, y: Option<u8>, z: Obj) {}
        }"#,
    );
    let add = function(&m, "add");
    let spec = add.spec.as_ref().expect("a spec");
    assert_eq!(spec.names, ["a", "b", "scale"]);
    assert_eq!((spec.n_posonly, spec.n_pos, spec.varargs, spec.varkw), (0, 2, false, false));
    assert_eq!(defaults(spec), ["-", "1", "1"]);
    assert_eq!(spec.slots, [0, 1, 2]);
    // With a signature every slot is there: nothing is optional at the Rust level.
    assert_eq!((add.min_args, add.params.len()), (3, 3));

    let pin = function(&m, "pin");
    let spec = pin.spec.as_ref().expect("a spec");
    assert_eq!(spec.names, ["n", "value", "pull", "fast"]);
    assert_eq!((spec.n_posonly, spec.n_pos, spec.varargs, spec.varkw), (1, 2, true, true));
    assert_eq!(defaults(spec), ["-", "None", "\"up\"", "True"]);
    // `*args` after the names, `**kwargs` last; the Rust order is the signature's.
    assert_eq!(spec.slots, [0, 1, 4, 2, 3, 5]);
    assert_eq!(spec.n_slots(), 6);
    assert!(pin.params.iter().all(|p| !p.optional));
    assert_eq!(arg_types(pin)[2], "Obj");

    let sort = function(&m, "sort");
    let spec = sort.spec.as_ref().expect("a spec");
    assert_eq!((spec.n_pos, defaults(spec)), (0, vec!["-".to_owned(), "False".to_owned()]));

    let none = function(&m, "none");
    assert_eq!(none.spec.as_ref().map(|s| s.n_slots()), Some(0));

    let ints = function(&m, "ints");
    assert_eq!(defaults(ints.spec.as_ref().expect("a spec")), ["-16", "3", "1000"]);

    // Without a signature, no spec: positional only, trailing `Option`s optional.
    assert!(function(&model(EXAMPLE), "greet").spec.is_none());
}
