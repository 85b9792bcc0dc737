//! Type stubs (`.pyi`) for the `#[mp_module]`s of a board's module crates, so that editors
//! and type checkers know native modules as they know Python ones. Written by the board's
//! build (`freezer::board`) from the same sources the module table is made from, with the
//! same reading of the attributes the macros accept: a function's Python parameters are its
//! `signature = (...)` (names, `/`, `*`, defaults as written) or, without one, its Rust
//! parameters as positional-only ones (trailing `Option`s optional); types map from Rust
//! (`i32` → `int`, `&str` → `str`, `&[u8]` → `bytes | bytearray | memoryview` (`bytes` as a
//! result), `&[Cell<u8>]` → `bytearray | memoryview`, `Option<T>` → `T | None`, tuples,
//! `Obj` → `Any`, `Result<T, E>` → `T`, a class of the module → its Python name); `///`
//! docs become docstrings. `#[mp_class]` structs with their `#[mp_methods]` become classes
//! (`#[new]` → `__init__`, `#[getter]`/`#[setter]` → a property, `#[staticmethod]`,
//! `#[classmethod]`, class constants), `#[mp_exception]`s classes deriving from their base,
//! and a nested `#[mp_module]` the stub of a submodule: the parent's stub then is the
//! package's `__init__.pyi` (`sensor/__init__.pyi`, `sensor/sub.pyi`). A module's `__init__`
//! (run on import) is not part of its interface and is left out.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use proc_macro2::TokenTree;
use syn::ext::IdentExt;
use syn::{Attribute, FnArg, Item, ItemMod, Pat, ReturnType, Type};

use crate::items::{arg_value, find_attr, name_override, split_commas};
use crate::Error;

/// One generated stub.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stub {
    /// The Python module name (the file is `<name>.pyi`).
    pub module: String,
    pub text: String,
}

/// The stubs of every `#[mp_module]` under the `src` directories `srcs`, sorted by module.
pub fn stubs_for(srcs: &[PathBuf]) -> Result<Vec<Stub>, Error> {
    let mut stubs = Vec::new();
    for src in srcs {
        let mut files = Vec::new();
        rust_files(src, &mut files)?;
        for file in files {
            let text = std::fs::read_to_string(&file)
                .map_err(|e| Error::new(format!("cannot read {}: {e}", file.display())))?;
            let ast = syn::parse_file(&text).map_err(|e| Error::at(&file, e.span(), e.to_string()))?;
            collect(&ast.items, &mut stubs);
        }
    }
    stubs.sort_by(|a, b| a.module.cmp(&b.module));
    Ok(stubs)
}

/// The stubs of the module crates `board` lists, written to `dir` as `<module>.pyi`.
/// Returns the files written.
pub fn write_stubs(board: &config::Board, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let srcs: Vec<PathBuf> = board.user_modules.iter().map(|m| m.dir.join("src")).collect();
    let stubs = stubs_for(&srcs)?;
    std::fs::create_dir_all(dir).map_err(|e| Error::new(format!("cannot create {}: {e}", dir.display())))?;
    let mut written = Vec::new();
    for stub in &stubs {
        // A module with submodules is a package: `a/__init__.pyi`, `a/b.pyi`.
        let is_package = stubs.iter().any(|s| s.module.starts_with(&format!("{}.", stub.module)));
        let rel = stub.module.replace('.', "/");
        let path = if is_package { dir.join(&rel).join("__init__.pyi") } else { dir.join(format!("{rel}.pyi")) };
        if let Some(parent) = path.parent() {
            std::fs::create_dir_all(parent)
                .map_err(|e| Error::new(format!("cannot create {}: {e}", parent.display())))?;
        }
        // Unchanged stubs are not rewritten (editors watching the folder stay quiet).
        if std::fs::read_to_string(&path).ok().as_deref() != Some(stub.text.as_str()) {
            std::fs::write(&path, &stub.text)
                .map_err(|e| Error::new(format!("cannot write {}: {e}", path.display())))?;
        }
        written.push(path);
    }
    Ok(written)
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| Error::new(format!("cannot read {}: {e}", dir.display())))?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).collect();
    paths.sort();
    for path in paths {
        if path.is_dir() {
            rust_files(&path, out)?;
        } else if path.extension().is_some_and(|x| x == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Finds `#[mp_module]` mods among `items` (and in plain mods nested in them).
fn collect(items: &[Item], stubs: &mut Vec<Stub>) {
    for item in items {
        let Item::Mod(m) = item else { continue };
        match find_attr(&m.attrs, "mp_module") {
            Some(attr) => module_stub(attr, m, "", stubs),
            None => collect(m.content.as_ref().map_or(&[][..], |(_, items)| items), stubs),
        }
    }
}

/// A class of the module being written: its Rust identifier and Python name.
struct ClassName {
    rust: String,
    py: String,
}

/// The module's classes and exceptions by Rust name (for types and bases).
fn class_names(items: &[Item]) -> Vec<ClassName> {
    let mut names = Vec::new();
    for item in items {
        let Item::Struct(s) = item else { continue };
        if let Some(attr) = find_attr(&s.attrs, "mp_class").or_else(|| find_attr(&s.attrs, "mp_exception")) {
            let py = name_override(attr).unwrap_or_else(|| s.ident.unraw().to_string());
            names.push(ClassName { rust: s.ident.to_string(), py });
        }
    }
    names
}

fn module_stub(attr: &Attribute, m: &ItemMod, parent: &str, stubs: &mut Vec<Stub>) {
    let name = name_override(attr).unwrap_or_else(|| m.ident.unraw().to_string());
    let module = if parent.is_empty() { name } else { format!("{parent}.{name}") };
    let mut body = String::new();
    let items = m.content.as_ref().map_or(&[][..], |(_, items)| items);
    let classes = class_names(items);
    let cx = Types { classes: &classes, this: None };
    for item in items {
        match item {
            Item::Mod(sub) => {
                if let Some(attr) = find_attr(&sub.attrs, "mp_module") {
                    let name = name_override(attr).unwrap_or_else(|| sub.ident.unraw().to_string());
                    let _ = writeln!(body, "from . import {name} as {name}");
                    module_stub(attr, sub, &module, stubs);
                }
            }
            Item::Struct(s) => {
                if let Some(attr) = find_attr(&s.attrs, "mp_exception") {
                    exception(attr, s, &cx, &mut body);
                } else if let Some(attr) = find_attr(&s.attrs, "mp_class") {
                    let methods = items.iter().find_map(|i| match i {
                        Item::Impl(imp)
                            if find_attr(&imp.attrs, "mp_methods").is_some()
                                && impl_of(imp) == Some(s.ident.to_string()) =>
                        {
                            Some(imp)
                        }
                        _ => None,
                    });
                    class(attr, s, methods, &classes, &mut body);
                }
            }
            Item::Const(c) => {
                if let Some(attr) = find_attr(&c.attrs, "mp_const") {
                    let name = name_override(attr).unwrap_or_else(|| c.ident.unraw().to_string());
                    constant(&name, &c.ty, &c.expr, &mut body);
                }
            }
            Item::Static(s) => {
                if let Some(attr) = find_attr(&s.attrs, "mp_const") {
                    let name = name_override(attr).unwrap_or_else(|| s.ident.unraw().to_string());
                    constant(&name, &s.ty, &s.expr, &mut body);
                }
            }
            Item::Fn(f) => {
                if let Some(attr) = find_attr(&f.attrs, "mp_function") {
                    let name = name_override(attr).unwrap_or_else(|| f.sig.ident.unraw().to_string());
                    if name != "__init__" {
                        let def = Def { name: &name, attr, sig: &f.sig, doc: &docs(&f.attrs), indent: "" };
                        function(&def, &cx, Receiver::None, &mut body);
                    }
                }
            }
            _ => {}
        }
    }
    let mut text = String::new();
    text.push_str(&format!("# Generated from the #[mp_module] `{module}`: do not edit.\n"));
    let doc = docs(&m.attrs);
    if !doc.is_empty() {
        text.push_str(&docstring(&doc, ""));
    }
    let uses = |name: &str| body.contains(name);
    let typing: Vec<&str> = ["Any", "Final"].into_iter().filter(|n| uses(n)).collect();
    if !typing.is_empty() {
        let _ = writeln!(text, "from typing import {}", typing.join(", "));
    }
    text.push('\n');
    text.push_str(&body);
    stubs.push(Stub { module, text });
}

/// The type an `impl` block is for (`impl Counter`).
fn impl_of(imp: &syn::ItemImpl) -> Option<String> {
    match &*imp.self_ty {
        Type::Path(p) => p.path.segments.last().map(|s| s.ident.to_string()),
        _ => None,
    }
}

/// `class E(Base):` and its docs.
fn exception(attr: &Attribute, s: &syn::ItemStruct, cx: &Types<'_>, out: &mut String) {
    let name = name_override(attr).unwrap_or_else(|| s.ident.unraw().to_string());
    let base = match arg_value(attr, "base") {
        Some(TokenTree::Ident(i)) => {
            let b = i.to_string();
            cx.classes.iter().find(|c| c.rust == b).map_or(b, |c| c.py.clone())
        }
        _ => "Exception".to_string(),
    };
    let _ = writeln!(out, "class {name}({base}):");
    let doc = docs(&s.attrs);
    if doc.is_empty() {
        let _ = writeln!(out, "    ...");
    } else {
        out.push_str(&docstring(&doc, "    "));
    }
}

/// A class: its docs, constants and methods (from its `#[mp_methods]` impl).
fn class(
    attr: &Attribute,
    s: &syn::ItemStruct,
    methods: Option<&syn::ItemImpl>,
    classes: &[ClassName],
    out: &mut String,
) {
    let name = name_override(attr).unwrap_or_else(|| s.ident.unraw().to_string());
    let cx = Types { classes, this: Some(&name) };
    let _ = writeln!(out, "class {name}:");
    let doc = docs(&s.attrs);
    let mut body = String::new();
    if !doc.is_empty() {
        body.push_str(&docstring(&doc, "    "));
    }
    for item in methods.map_or(&[][..], |m| &m.items[..]) {
        match item {
            syn::ImplItem::Const(c) => {
                if let Some(attr) = find_attr(&c.attrs, "mp_const") {
                    let name = name_override(attr).unwrap_or_else(|| c.ident.unraw().to_string());
                    body.push_str("    ");
                    constant(&name, &c.ty, &c.expr, &mut body);
                }
            }
            syn::ImplItem::Fn(f) => {
                let Some(fattr) = find_attr(&f.attrs, "mp_function") else { continue };
                let marked = |n: &str| f.attrs.iter().any(|a| a.path().is_ident(n));
                let doc = docs(&f.attrs);
                let rust_name = f.sig.ident.unraw().to_string();
                let py = name_override(fattr);
                let (py_name, receiver, decorator) = if marked("new") {
                    ("__init__".to_string(), Receiver::New, None)
                } else if marked("getter") {
                    (py.unwrap_or(rust_name), Receiver::SelfParam, Some("@property".to_string()))
                } else if marked("setter") {
                    let n = py.unwrap_or_else(|| rust_name.strip_prefix("set_").unwrap_or(&rust_name).to_string());
                    let d = format!("@{n}.setter");
                    (n, Receiver::SelfParam, Some(d))
                } else if marked("staticmethod") {
                    (py.unwrap_or(rust_name), Receiver::None, Some("@staticmethod".to_string()))
                } else if marked("classmethod") {
                    (py.unwrap_or(rust_name), Receiver::Cls, Some("@classmethod".to_string()))
                } else {
                    (py.unwrap_or(rust_name), Receiver::SelfParam, None)
                };
                if let Some(d) = decorator {
                    let _ = writeln!(body, "    {d}");
                }
                let def = Def { name: &py_name, attr: fattr, sig: &f.sig, doc: &doc, indent: "    " };
                function(&def, &cx, receiver, &mut body);
            }
            _ => {}
        }
    }
    if body.is_empty() {
        body.push_str("    ...\n");
    }
    out.push_str(&body);
}

/// `NAME: Final = value` for a literal, else `NAME: Final[type]`.
fn constant(name: &str, ty: &Type, expr: &syn::Expr, out: &mut String) {
    let literal = match expr {
        syn::Expr::Lit(l) => python_literal(&l.lit),
        syn::Expr::Unary(syn::ExprUnary { op: syn::UnOp::Neg(_), expr, .. }) => match &**expr {
            syn::Expr::Lit(l) => python_literal(&l.lit).map(|v| format!("-{v}")),
            _ => None,
        },
        _ => None,
    };
    match literal {
        Some(value) => {
            let _ = writeln!(out, "{name}: Final = {value}");
        }
        None => {
            let _ = writeln!(out, "{name}: Final[{}]", py_type(ty, &Types { classes: &[], this: None }));
        }
    }
}

fn python_literal(lit: &syn::Lit) -> Option<String> {
    match lit {
        syn::Lit::Int(i) => Some(i.base10_digits().to_string()),
        syn::Lit::Float(f) => Some(f.base10_digits().to_string()),
        syn::Lit::Bool(b) => Some(if b.value { "True" } else { "False" }.to_string()),
        syn::Lit::Str(s) => Some(py_str(&s.value())),
        syn::Lit::ByteStr(b) => Some(format!("b{}", py_str(&String::from_utf8_lossy(&b.value())))),
        _ => None,
    }
}

/// A Python string literal of `s` (double quotes, escapes as `repr` would need).
fn py_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// What a function's stub is written from.
struct Def<'a> {
    name: &'a str,
    attr: &'a Attribute,
    sig: &'a syn::Signature,
    doc: &'a str,
    indent: &'a str,
}

/// How the Python `self`/`cls` of a method comes about.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Receiver {
    /// A module function or a static method.
    None,
    /// `&self`, `&mut self` or a first `slf: Obj`.
    SelfParam,
    /// A class method: its first Rust parameter is `cls`.
    Cls,
    /// The constructor: `__init__(self, ...)`, returning None.
    New,
}

/// The module's classes, and the class a method belongs to (`Self`).
struct Types<'a> {
    classes: &'a [ClassName],
    this: Option<&'a str>,
}

/// `def name(params) -> ret:` with its docstring.
fn function(def: &Def<'_>, cx: &Types<'_>, receiver: Receiver, out: &mut String) {
    let (name, attr, sig, doc, indent) = (def.name, def.attr, def.sig, def.doc, def.indent);
    let mut rust_params: Vec<(String, &Type)> = sig
        .inputs
        .iter()
        .filter_map(|arg| match arg {
            FnArg::Typed(t) => {
                let name = match &*t.pat {
                    Pat::Ident(p) => p.ident.unraw().to_string(),
                    _ => "_".to_string(),
                };
                Some((name, &*t.ty))
            }
            FnArg::Receiver(_) => None,
        })
        .collect();
    // `slf: Obj` (the object itself) and a class method's `cls` are Python's `self`/`cls`.
    let first_is = |n: &str| rust_params.first().is_some_and(|(p, _)| p == n);
    if (receiver == Receiver::SelfParam && first_is("slf")) || receiver == Receiver::Cls {
        rust_params.remove(0);
    }
    let mut params = match arg_value(attr, "signature") {
        Some(TokenTree::Group(group)) => signature_params(group.stream(), &rust_params, cx),
        _ => positional_params(&rust_params, cx),
    };
    match receiver {
        Receiver::None => {}
        Receiver::Cls => params.insert(0, "cls".to_string()),
        Receiver::SelfParam | Receiver::New => params.insert(0, "self".to_string()),
    }
    // An in-place operator returning nothing leaves the instance bound to itself.
    let in_place = name.len() > 5 && name.starts_with("__i") && name.ends_with("__") && name != "__iter__";
    let ret = match (&sig.output, receiver) {
        (ReturnType::Default, Receiver::SelfParam) if in_place => cx.this.unwrap_or("Any").to_string(),
        (_, Receiver::New) | (ReturnType::Default, _) => "None".to_string(),
        // `__next__`'s `None` ends the iteration: it returns the item type.
        (ReturnType::Type(_, ty), _) if name == "__next__" => {
            let ty = generic_arg(ty, "Result").unwrap_or(ty);
            result_type(generic_arg(ty, "Option").unwrap_or(ty), cx)
        }
        (ReturnType::Type(_, ty), _) => result_type(ty, cx),
    };
    let _ = writeln!(out, "{indent}def {name}({}) -> {ret}:", params.join(", "));
    let inner = format!("{indent}    ");
    if doc.is_empty() {
        let _ = writeln!(out, "{inner}...");
    } else {
        out.push_str(&docstring(doc, &inner));
    }
}

/// Without a signature: positional-only parameters, trailing `Option`s defaulting to None.
fn positional_params(rust: &[(String, &Type)], cx: &Types<'_>) -> Vec<String> {
    let optional_from =
        rust.iter().rposition(|(_, ty)| option_inner(ty).is_none()).map_or(0, |last_required| last_required + 1);
    let mut params: Vec<String> = rust
        .iter()
        .enumerate()
        .map(|(i, (name, ty))| {
            let default = if i >= optional_from { " = None" } else { "" };
            format!("{name}: {}{default}", py_type(ty, cx))
        })
        .collect();
    if !params.is_empty() {
        params.push("/".to_string());
    }
    params
}

/// The parameters of `signature = (...)`, typed from the Rust parameters (one to one, in
/// order, as the macro checks); `*args`/`**kwargs` are `Any`.
fn signature_params(tokens: proc_macro2::TokenStream, rust: &[(String, &Type)], cx: &Types<'_>) -> Vec<String> {
    let mut params = Vec::new();
    let mut rust_iter = rust.iter();
    for item in split_commas(tokens) {
        let mut stars = 0;
        let mut rest = &item[..];
        while let [TokenTree::Punct(p), more @ ..] = rest {
            match p.as_char() {
                '*' => stars += 1,
                '/' => {
                    params.push("/".to_string());
                }
                _ => {}
            }
            rest = more;
        }
        let [TokenTree::Ident(name), more @ ..] = rest else {
            if stars == 1 {
                params.push("*".to_string());
            }
            continue;
        };
        let name = name.unraw().to_string();
        let ty = rust_iter.next().map(|(_, ty)| *ty);
        match stars {
            1 => params.push(format!("*{name}: Any")),
            2 => params.push(format!("**{name}: Any")),
            _ => {
                let py = ty.map_or_else(|| "Any".to_string(), |t| py_type(t, cx));
                let default = match more {
                    [TokenTree::Punct(eq), value @ ..] if eq.as_char() == '=' => {
                        let text: String = value.iter().map(ToString::to_string).collect();
                        format!(" = {text}")
                    }
                    _ => String::new(),
                };
                params.push(format!("{name}: {py}{default}"));
            }
        }
    }
    params
}

fn option_inner(ty: &Type) -> Option<&Type> {
    generic_arg(ty, "Option")
}

/// The first type argument of `Name<T, ...>` when `ty` is a path ending in `Name`.
fn generic_arg<'a>(ty: &'a Type, name: &str) -> Option<&'a Type> {
    let Type::Path(p) = ty else { return None };
    let last = p.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    args.args.iter().find_map(|a| match a {
        syn::GenericArgument::Type(t) => Some(t),
        _ => None,
    })
}

/// The Python type of a Rust result type: as a parameter's, but a `&[u8]` result is
/// always `bytes`.
fn result_type(ty: &Type, cx: &Types<'_>) -> String {
    if let Type::Reference(r) = ty {
        if matches!(&*r.elem, Type::Slice(_)) {
            return "bytes".to_string();
        }
    }
    if let Some(inner) = generic_arg(ty, "Result") {
        return result_type(inner, cx);
    }
    py_type(ty, cx)
}

/// The Python type of a Rust parameter or result type.
fn py_type(ty: &Type, cx: &Types<'_>) -> String {
    match ty {
        Type::Reference(r) => match &*r.elem {
            Type::Slice(s) => {
                // `&[Cell<u8>]`: a writable buffer.
                let cells =
                    matches!(&*s.elem, Type::Path(p) if p.path.segments.last().is_some_and(|l| l.ident == "Cell"));
                if r.mutability.is_some() || cells {
                    "bytearray | memoryview".to_string()
                } else {
                    "bytes | bytearray | memoryview".to_string()
                }
            }
            Type::Path(p) if p.path.is_ident("str") => "str".to_string(),
            other => py_type(other, cx),
        },
        Type::Tuple(t) if t.elems.is_empty() => "None".to_string(),
        Type::Tuple(t) => {
            let elems: Vec<String> = t.elems.iter().map(|e| py_type(e, cx)).collect();
            format!("tuple[{}]", elems.join(", "))
        }
        Type::Paren(p) => py_type(&p.elem, cx),
        Type::Group(g) => py_type(&g.elem, cx),
        Type::Path(p) => {
            let Some(last) = p.path.segments.last() else { return "Any".to_string() };
            let ident = last.ident.to_string();
            match ident.as_str() {
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
                    "int".to_string()
                }
                "f32" | "f64" => "float".to_string(),
                "bool" => "bool".to_string(),
                "str" | "String" | "StrBuf" => "str".to_string(),
                "Option" => {
                    generic_arg(ty, "Option").map_or("Any".to_string(), |t| format!("{} | None", py_type(t, cx)))
                }
                "Result" => generic_arg(ty, "Result").map_or("Any".to_string(), |t| py_type(t, cx)),
                "Self" => cx.this.unwrap_or("Any").to_string(),
                other => cx.classes.iter().find(|c| c.rust == other).map_or("Any".to_string(), |c| c.py.clone()),
            }
        }
        _ => "Any".to_string(),
    }
}

/// The `///` docs of an item, joined by newlines, with the one space after `///` removed.
fn docs(attrs: &[Attribute]) -> String {
    let mut lines = Vec::new();
    for attr in attrs {
        if !attr.path().is_ident("doc") {
            continue;
        }
        if let syn::Meta::NameValue(nv) = &attr.meta {
            if let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(s), .. }) = &nv.value {
                let value = s.value();
                lines.push(value.strip_prefix(' ').unwrap_or(&value).to_string());
            }
        }
    }
    lines.join("\n").trim().to_string()
}

/// A triple-quoted docstring at `indent`.
fn docstring(doc: &str, indent: &str) -> String {
    let escaped = doc.replace('\\', "\\\\").replace("\"\"\"", "\\\"\\\"\\\"");
    let mut out = format!("{indent}\"\"\"");
    for (i, line) in escaped.lines().enumerate() {
        if i > 0 {
            out.push('\n');
            if !line.is_empty() {
                out.push_str(indent);
            }
        }
        out.push_str(line);
    }
    if escaped.contains('\n') {
        out.push('\n');
        out.push_str(indent);
    }
    out.push_str("\"\"\"\n");
    out
}
