//! Invalid modules: each error's message and the tokens it points at.

use super::{error, errors};
use crate::validate::MAX_PARAMS;

/// `items` inside `#[mp_module] mod m { ... }`.
fn in_module(items: &str) -> String {
    format!("#[mp_module]\nmod m {{\n{items}\n}}")
}

fn assert_error(src: &str, message: &str, points_at: &str) {
    let (msg, at) = error(src);
    assert_eq!(msg, message);
    assert_eq!(at, points_at);
}

#[test]
fn module_not_inline() {
    let msg = "#[mp_module] needs an inline module: `mod name { ... }`";
    assert_error("#[mp_module]\nmod m;", msg, "mod m;");
    assert_error("#[mp_module]\n#[path = \"x.rs\"]\npub mod m;", msg, "pub mod m;");
}

#[test]
fn module_not_a_mod() {
    assert_error("#[mp_module]\nfn m() {}", "#[mp_module] goes on a module: `mod name { ... }`", "fn m() {}");
}

#[test]
fn unsupported_argument_type() {
    let message = |ty: &str| {
        format!("unsupported argument type `{ty}` for a Python function: use an integer type, f32, f64, bool, &str, &[u8], &[Cell<u8>], Obj, or a tuple or Option<...> of these")
    };
    for ty in ["Vec<u8>", "String", "&mut str", "&[i8]", "Option<Option<i32>>", "()", "char", "runtime::Obj<u8>"] {
        let src = in_module(&format!("#[mp_function]\nfn f(a: i32, b: {ty}) {{}}"));
        assert_error(&src, &message(ty), ty);
    }
    // In a tuple, the element at fault.
    let src = in_module("#[mp_function]\nfn f(a: (i32, (bool, char))) {}");
    assert_error(&src, &message("char"), "char");
    let src = in_module("#[mp_function]\nfn f(a: (i32, i32, i32, i32, i32)) {}");
    assert_error(&src, &message("(i32, i32, i32, i32, i32)"), "(i32, i32, i32, i32, i32)");
}

#[test]
fn mut_bytes_argument() {
    let msg = "`&mut [u8]` cannot be a Python argument: two arguments may be one bytearray; take a writable buffer as `&[Cell<u8>]`";
    assert_error(&in_module("#[mp_function]\nfn f(b: &mut [u8]) {}"), msg, "&mut [u8]");
}

#[test]
fn every_argument_type() {
    let m = super::model(&in_module(
        "#[mp_function]\nfn f(a: f64, b: Option<f32>, c: &[u8], d: &[core::cell::Cell<u8>], e: (i32, (&str, Obj)), f: (u8,)) {}",
    ));
    let crate::validate::Entry::Function(f) = &m.entries[0] else { panic!("a function") };
    assert_eq!(f.params.len(), 6);
}

#[test]
fn self_generics_async_unsafe() {
    let cases = [
        ("fn f(&self) {}", "#[mp_function] cannot take `self`: it is a module-level function", "&self"),
        ("fn f<T>(x: i32) {}", "#[mp_function] cannot be generic", "<T>"),
        ("async fn f() {}", "#[mp_function] cannot be `async`", "async"),
        ("unsafe fn f() {}", "#[mp_function] cannot be `unsafe`", "unsafe"),
    ];
    for (item, message, points_at) in cases {
        assert_error(&in_module(&format!("#[mp_function]\n{item}")), message, points_at);
    }
}

#[test]
fn parameters_must_be_identifiers() {
    let msg = "#[mp_function] parameters must be plain identifiers (each names the Python parameter)";
    assert_error(&in_module("#[mp_function]\nfn f((a): i32) {}"), msg, "(a)");
    assert_error(&in_module("#[mp_function]\nfn f(_: i32) {}"), msg, "_");
    assert_error(&in_module("#[mp_function]\nfn f(ref a: i32) {}"), msg, "ref a");
}

#[test]
fn too_many_parameters() {
    let params: Vec<_> = (0..=MAX_PARAMS).map(|i| format!("a{i}: u8")).collect();
    let src = in_module(&format!("#[mp_function]\nfn many({}) {{}}", params.join(", ")));
    assert_error(&src, "#[mp_function] takes at most 254 parameters; `many` has 255", "many");
}

#[test]
fn duplicate_python_names() {
    let src = in_module(
        "#[mp_function]\nfn first() {}\n#[mp_function(name = \"first\")]\nfn second() {}\n#[mp_const(name = \"first\")]\nconst THIRD: i32 = 3;",
    );
    let all = errors(&src);
    let msg = "duplicate Python name `first` in module `m` (first defined here: `fn first`)";
    assert_eq!(all, [(msg.to_owned(), "\"first\"".to_owned()), (msg.to_owned(), "\"first\"".to_owned())]);

    let src = format!(
        "#[mp_module(name = \"pm\")]\nmod m {{\n{}\n}}",
        "#[mp_const]\nconst X: i32 = 1;\n#[mp_function]\nfn X() {}"
    );
    let (msg, at) = error(&src);
    assert_eq!(msg, "duplicate Python name `X` in module `pm` (first defined here: `const X`)");
    assert_eq!(at, "X");
    // The second one is the `fn`, on line 6.
    let (args, input) = super::split_module(&src);
    let cx = crate::ctxt::Ctxt::new();
    let parsed = crate::parse::parse_module(args, input, &cx).expect("parses");
    crate::validate::validate(&parsed, &cx);
    let errs = cx.check().expect_err("duplicate");
    assert_eq!(errs[0].span().start().line, 6);
}

#[test]
fn reserved_names() {
    for name in ["__name__", "__doc__"] {
        let src = in_module(&format!("#[mp_function(name = \"{name}\")]\nfn f() {{}}"));
        let msg = format!("the Python name `{name}` is reserved: #[mp_module] sets it");
        assert_error(&src, &msg, &format!("\"{name}\""));
    }
}

#[test]
fn names_must_be_python_identifiers() {
    assert_error(
        &in_module("#[mp_function(name = \"a b\")]\nfn f() {}"),
        "#[mp_function] name `a b` is not a Python identifier",
        "\"a b\"",
    );
    assert_error(
        "#[mp_module(name = \"1m\")]\nmod m {}",
        "#[mp_module] name `1m` is not a Python identifier",
        "\"1m\"",
    );
}

#[test]
fn unknown_attribute_arguments() {
    assert_error(
        "#[mp_module(nmae = \"x\")]\nmod m {}",
        "unknown argument `nmae` to #[mp_module]; did you mean `name = \"...\"`?",
        "nmae",
    );
    assert_error(
        "#[mp_module(signature = (a))]\nmod m {}",
        "unknown argument `signature` to #[mp_module]; valid arguments: `name = \"...\"`",
        "signature",
    );
    assert_error(
        &in_module("#[mp_function(name = \"g\", doc)]\nfn f() {}"),
        "unknown argument `doc` to #[mp_function]; valid arguments: `name = \"...\"`, `signature = (...)`",
        "doc",
    );
    assert_error(
        &in_module("#[mp_function(signatur = (a))]\nfn f(a: i32) {}"),
        "unknown argument `signatur` to #[mp_function]; did you mean `signature = (...)`?",
        "signatur",
    );
    assert_error(
        &in_module("#[mp_const(signature = (a))]\nconst X: i32 = 1;"),
        "unknown argument `signature` to #[mp_const]; valid arguments: `name = \"...\"`",
        "signature",
    );
    assert_error(
        &in_module("#[mp_function(name = \"g\",, signature = ())]\nfn f() {}"),
        "expected an argument: `name = \"...\"`, `signature = (...)`",
        ",",
    );
    assert_error(
        &in_module("#[mp_function(\"g\")]\nfn f() {}"),
        "expected an argument: `name = \"...\"`, `signature = (...)`",
        "\"g\"",
    );
    assert_error(
        &in_module("#[mp_const(name = X)]\nconst X: i32 = 1;"),
        "expected a string literal: `name = \"...\"`",
        "X",
    );
    assert_error(&in_module("#[mp_function(name)]\nfn f() {}"), "expected `name = \"...\"`", "name");
    assert_error(&in_module("#[mp_function(name =)]\nfn f() {}"), "expected `name = \"...\"`", "name =");
    assert_error(
        &in_module("#[mp_function(name = \"a\", name = \"b\")]\nfn f() {}"),
        "duplicate argument `name` to #[mp_function]",
        "name = \"b\"",
    );
    assert_error(
        &in_module("#[mp_function = \"f\"]\nfn f() {}"),
        "expected #[mp_function] or #[mp_function(name = \"...\")]",
        "mp_function = \"f\"",
    );
}

#[test]
fn marks_on_the_wrong_item() {
    assert_error(&in_module("#[mp_function]\nstruct S;"), "#[mp_function] goes on a `fn` item", "struct S");
    assert_error(&in_module("#[mp_const]\nstatic S: i32 = 1;"), "#[mp_const] goes on a `const` item", "static S");
    assert_error(&in_module("#[mp_const]\nfn f() {}"), "#[mp_const] goes on a `const` item", "fn f");
    assert_error(
        &in_module("#[mp_function]\n#[mp_const]\nfn f() {}"),
        "an item takes one #[mp_function] or #[mp_const]",
        "#[mp_const]",
    );
}

#[test]
fn unsupported_const_types() {
    let msg = |ty: &str| {
        format!("unsupported type `{ty}` for a #[mp_const]: use an integer type, f32, f64, bool, &str, &[u8], a frozen #[mp_class] of the module, or a tuple of these")
    };
    for ty in ["[u8; 2]", "()", "(i32, char)", "Option<i32>"] {
        assert_error(&in_module(&format!("#[mp_const]\nconst X: {ty} = todo!();")), &msg(ty), ty);
    }
}

#[test]
fn special_functions() {
    let cases = [
        ("fn __getattr__() {}", "module-level `__getattr__` takes 1 parameter: `fn __getattr__(name: &str)`: it gets the attribute's name", "()"),
        ("fn __getattr__(a: &str, b: i32) {}", "module-level `__getattr__` takes 1 parameter: `fn __getattr__(name: &str)`: it gets the attribute's name", "a: &str, b: i32"),
        ("fn __getattr__(a: i32) {}", "the name `__getattr__` gets is a str: make the parameter `&str` or `Obj`; `fn __getattr__(name: &str)`: it gets the attribute's name", "i32"),
        ("fn __init__(a: i32) {}", "module-level `__init__` takes 0 parameters: `fn __init__()`: the runtime calls it with no arguments on the first import", "a: i32"),
    ];
    for (item, message, points_at) in cases {
        assert_error(&in_module(&format!("#[mp_function]\n{item}")), message, points_at);
    }
    assert_error(
        &in_module("#[mp_function(signature = ())]\nfn __init__() {}"),
        "module-level `__init__` takes no `signature = (...)`: `fn __init__()`: the runtime calls it with no arguments on the first import",
        "()",
    );
    // Under another Rust name too: the Python name counts.
    assert_error(
        &in_module("#[mp_function(name = \"__init__\")]\nfn setup(x: i32) {}"),
        "module-level `__init__` takes 0 parameters: `fn __init__()`: the runtime calls it with no arguments on the first import",
        "x: i32",
    );
}

#[test]
fn submodule_names_are_entries() {
    assert_error(
        &in_module("#[mp_const]\nconst sub: i32 = 1;\n#[mp_module]\nmod sub {}"),
        "duplicate Python name `sub` in module `m` (first defined here: `const sub`)",
        "sub",
    );
}

#[test]
fn every_error_is_reported() {
    let src = in_module(
        "#[mp_function]\nfn f(self, x: f32, y: Vec<u8>) {}\n#[mp_function(bad)]\nfn g() {}\n#[mp_function]\nfn f2(a: i32) {}\n#[mp_function(name = \"f2\")]\nfn h() {}",
    );
    let at: Vec<_> = errors(&src).into_iter().map(|(_, at)| at).collect();
    assert_eq!(at, ["bad", "self", "Vec<u8>", "\"f2\""]);
}

/// `fn f(<rust>)` with `#[mp_function(signature = (<sig>))]`.
fn with_signature(sig: &str, rust: &str) -> String {
    in_module(&format!("#[mp_function(signature = ({sig}))]\nfn f({rust}) {{}}"))
}

#[test]
fn signature_syntax() {
    let expected = "expected `signature = (...)`: Python parameters in parentheses, such as `(a, b=1, *, c=0)`";
    assert_error(&in_module("#[mp_function(signature)]\nfn f() {}"), expected, "signature");
    assert_error(&in_module("#[mp_function(signature = [a])]\nfn f(a: i32) {}"), expected, "signature = [a]");
    assert_error(&in_module("#[mp_function(signature = \"a\")]\nfn f(a: i32) {}"), expected, "signature = \"a\"");
    assert_error(
        &in_module("#[mp_function(signature = (a), signature = (a))]\nfn f(a: i32) {}"),
        "duplicate argument `signature` to #[mp_function]",
        "signature = (a)",
    );
    let item = "expected a Python parameter: `name`, `name=default`, `*`, `*args`, `**kwargs` or `/`";
    assert_error(&with_signature("a: i32", "a: i32"), item, "a: i32");
    assert_error(&with_signature("a, ***b", "a: i32, b: Obj"), item, "***b");
    assert_error(&with_signature("a, b=", "a: i32, b: i32"), item, "b=");
    assert_error(&with_signature("&a", "a: i32"), item, "&a");
    assert_error(&with_signature("a,, b", "a: i32, b: i32"), "expected a parameter before `,`", ",");
    assert_error(&with_signature("*a=1", "a: Obj"), "`*args` cannot have a default value", "*a=1");
    assert_error(&with_signature("**a=1", "a: Obj"), "`**kwargs` cannot have a default value", "**a=1");
}

#[test]
fn signature_rules() {
    assert_error(
        &with_signature("a=1, b", "a: i32, b: i32"),
        "parameter `b` without a default follows a parameter with a default",
        "b",
    );
    assert_error(
        &with_signature("a, *args, *rest", "a: i32, args: Obj, rest: Obj"),
        "`*` or `*args` may appear only once",
        "*rest",
    );
    assert_error(&with_signature("a, *, *, b", "a: i32, b: i32"), "`*` or `*args` may appear only once", "*");
    assert_error(
        &with_signature("**kw, a", "kw: Obj, a: i32"),
        "parameters cannot follow `**kwargs`: it comes last",
        "a",
    );
    assert_error(
        &with_signature("**kw, **more", "kw: Obj, more: Obj"),
        "parameters cannot follow `**kwargs`: it comes last",
        "**more",
    );
    assert_error(&with_signature("a, *", "a: i32"), "named parameters must follow a bare `*`", "*");
    assert_error(&with_signature("a, *, **kw", "a: i32, kw: Obj"), "named parameters must follow a bare `*`", "*");
    assert_error(&with_signature("/, a", "a: i32"), "at least one parameter must precede `/`", "/");
    assert_error(&with_signature("a, /, /", "a: i32"), "`/` may appear only once", "/");
    assert_error(&with_signature("a, *, b, /", "a: i32, b: i32"), "`/` must be ahead of `*`", "/");
    // After `*`, a parameter without a default is fine (keyword-only, required).
    super::model(&with_signature("a=1, *, b, c=2", "a: i32, b: i32, c: i32"));
}

#[test]
fn signature_names_match_the_rust_parameters() {
    assert_error(
        &with_signature("a, c=1", "a: i32, b: i32"),
        "`c` does not match the parameter `b` of `fn f`: the signature names the Rust parameters, in order",
        "c",
    );
    assert_error(
        &with_signature("a", "a: i32, b: i32, c: i32"),
        "the signature names 1 parameters but `fn f` has 3: `b`, `c` are missing",
        "(a)",
    );
    assert_error(
        &with_signature("a, *, b", "a: i32, c: i32, b: i32"),
        "the signature names 2 parameters but `fn f` has 3: `c` is missing",
        "(a, *, b)",
    );
    assert_error(&with_signature("a, b, c", "a: i32, b: i32"), "`c` is not a parameter of `fn f`", "c");
    assert_error(
        &with_signature("b, a", "a: i32, b: i32"),
        "`b` is out of order: the signature lists the parameters of `fn f` in their order (a, b)",
        "b",
    );
    let errors = super::errors(&with_signature("a, a", "a: i32, b: i32"));
    let expected = [
        ("duplicate parameter `a` in the signature".to_owned(), "a".to_owned()),
        ("the signature names 2 parameters but `fn f` has 2: `b` is missing".to_owned(), "(a, a)".to_owned()),
    ];
    assert_eq!(errors, expected);
    assert_error(&with_signature("r#in", "r#in: i32"), "`in` is a Python keyword: it cannot name a parameter", "r#in");
    // Raw identifiers match by their name.
    super::model(&with_signature("r#type, *, r#match=1", "r#type: i32, r#match: i32"));
}

#[test]
fn signature_defaults() {
    let not_constant = |name: &str| {
        format!("the default of `{name}` must be a constant: an integer or float literal, None, True, False or a string literal")
    };
    for default in ["x", "1 + 2", "[1]", "b\"x\"", "'c'", "-None", "CONST", "f()", "-\"x\""] {
        assert_error(&with_signature(&format!("a, b={default}"), "a: i32, b: Obj"), &not_constant("b"), default);
    }
    super::model(&with_signature("a=1.5, b=-2e3, c=1", "a: Obj, b: f32, c: f64"));
    assert_error(
        &with_signature("a=1.5f32", "a: f32"),
        "a float default is a Python literal: no type suffix",
        "1.5f32",
    );
    assert_error(&with_signature("a=1.5", "a: i32"), "the default 1.5 of `a` does not convert to `i32`", "1.5");
    assert_error(&with_signature("a=1u8", "a: u8"), "an integer default is a Python literal: no type suffix", "1u8");
    assert_error(
        &with_signature("a=9223372036854775808", "a: i64"),
        "the default 9223372036854775808 of `a` does not fit in a small int",
        "9223372036854775808",
    );
    super::model(&with_signature("a=-9223372036854775808", "a: i64"));
    let cases = [
        (
            "a=None",
            "a: i32",
            "the default None of `a` does not convert to `i32`: make the parameter `Option<i32>`",
            "None",
        ),
        (
            "a=None",
            "a: &str",
            "the default None of `a` does not convert to `&str`: make the parameter `Option<&str>`",
            "None",
        ),
        ("a=\"x\"", "a: u8", "the default \"x\" of `a` does not convert to `u8`", "\"x\""),
        ("a=1", "a: &'static str", "the default 1 of `a` does not convert to `&'static str`", "1"),
        ("a=True", "a: Option<&str>", "the default True of `a` does not convert to `Option<&str>`", "True"),
    ];
    for (sig, rust, message, at) in cases {
        assert_error(&with_signature(sig, rust), message, at);
    }
    // What does convert.
    super::model(&with_signature(
        "a=None, b=None, c=True, d=0, e=\"s\", f=None, g=1, h=\"x\", i=-1, j=False",
        "a: Option<i32>, b: Obj, c: bool, d: bool, e: &str, f: bool, g: Option<u8>, h: Option<&str>, i: i8, j: u8",
    ));
}

#[test]
fn star_parameters_take_obj() {
    assert_error(
        &with_signature("*args", "args: &[Obj]"),
        "`*args` receives a tuple: its Rust type must be `Obj`, not `&[Obj]`",
        "&[Obj]",
    );
    assert_error(
        &with_signature("a, **kw", "a: i32, kw: Option<Obj>"),
        "`**kw` receives a dict: its Rust type must be `Obj`, not `Option<Obj>`",
        "Option<Obj>",
    );
    super::model(&with_signature("*args, **kw", "args: runtime::Obj, kw: Obj"));
}

#[test]
fn signature_errors_are_all_reported() {
    let src = with_signature("a=x, b, *, *c, **d, e", "a: i32, b: Vec<u8>, c: i32, d: Obj, e: i32");
    let at: Vec<_> = super::errors(&src).into_iter().map(|(_, at)| at).collect();
    assert_eq!(at, ["x", "b", "*c", "e", "Vec<u8>"]);
}
