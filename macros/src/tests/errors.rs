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
        format!("unsupported argument type `{ty}` for a Python function: use an integer type, bool, &str, Obj or Option<...> of these")
    };
    for ty in
        ["Vec<u8>", "String", "&mut str", "&[u8]", "Option<Option<i32>>", "(i32, i32)", "char", "runtime::Obj<u8>"]
    {
        let src = in_module(&format!("#[mp_function]\nfn f(a: i32, b: {ty}) {{}}"));
        assert_error(&src, &message(ty), ty);
    }
}

#[test]
fn float_argument() {
    let msg = "float arguments need the float feature (not implemented yet)";
    assert_error(&in_module("#[mp_function]\nfn f(x: f64) {}"), msg, "f64");
    assert_error(&in_module("#[mp_function]\nfn f(x: Option<f32>) {}"), msg, "f32");
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
        "unknown argument `nmae` to #[mp_module]; valid arguments: `name = \"...\"`",
        "nmae",
    );
    assert_error(
        &in_module("#[mp_function(name = \"g\", doc)]\nfn f() {}"),
        "unknown argument `doc` to #[mp_function]; valid arguments: `name = \"...\"`",
        "doc",
    );
    assert_error(
        &in_module("#[mp_const(name = X)]\nconst X: i32 = 1;"),
        "expected a string literal: `name = \"...\"`",
        "X",
    );
    assert_error(&in_module("#[mp_function(name)]\nfn f() {}"), "expected `name = \"...\"`", "name");
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
    assert_error(
        &in_module("#[mp_const]\nconst X: [u8; 2] = [0, 1];"),
        "unsupported type `[u8; 2]` for a #[mp_const]: use an integer type, bool or &str",
        "[u8; 2]",
    );
    assert_error(
        &in_module("#[mp_const]\nconst X: f32 = 1.0;"),
        "float constants need the float feature (not implemented yet)",
        "f32",
    );
}

#[test]
fn every_error_is_reported() {
    let src = in_module(
        "#[mp_function]\nfn f(self, x: f32, y: Vec<u8>) {}\n#[mp_function(bad)]\nfn g() {}\n#[mp_function]\nfn f2(a: i32) {}\n#[mp_function(name = \"f2\")]\nfn h() {}",
    );
    let at: Vec<_> = errors(&src).into_iter().map(|(_, at)| at).collect();
    assert_eq!(at, ["bad", "self", "f32", "Vec<u8>", "\"f2\""]);
}
