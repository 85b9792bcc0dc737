//! Type stubs (`.pyi`) for the `#[mp_module]`s of a board's module crates, so that editors
//! and type checkers know native modules as they know Python ones. Written by the board's
//! build (`freezer::board`) from the same sources the module table is made from, with the
//! same reading of the attributes the macros accept: a function's Python parameters are its
//! `signature = (...)` (names, `/`, `*`, defaults as written) or, without one, its Rust
//! parameters as positional-only ones (trailing `Option`s optional); types map from Rust
//! (`i32` → `int`, `&str` → `str`, `&[u8]` → `bytes | bytearray | memoryview`, `Option<T>`
//! → `T | None`, tuples, `Obj` → `Any`, `Result<T, E>` → `T`); `///` docs become
//! docstrings.

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
    for stub in stubs {
        let path = dir.join(format!("{}.pyi", stub.module));
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
            Some(attr) => stubs.push(module_stub(attr, m)),
            None => collect(m.content.as_ref().map_or(&[][..], |(_, items)| items), stubs),
        }
    }
}

fn module_stub(attr: &Attribute, m: &ItemMod) -> Stub {
    let module = name_override(attr).unwrap_or_else(|| m.ident.unraw().to_string());
    let mut body = String::new();
    let items = m.content.as_ref().map_or(&[][..], |(_, items)| items);
    for item in items {
        match item {
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
                    function(&name, attr, &f.sig, &docs(&f.attrs), "", &mut body);
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
    Stub { module, text }
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
            let _ = writeln!(out, "{name}: Final[{}]", py_type(ty));
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

/// `def name(params) -> ret:` with its docstring, indented by `indent`.
fn function(name: &str, attr: &Attribute, sig: &syn::Signature, doc: &str, indent: &str, out: &mut String) {
    let rust_params: Vec<(String, &Type)> = sig
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
    let params = match arg_value(attr, "signature") {
        Some(TokenTree::Group(group)) => signature_params(group.stream(), &rust_params),
        _ => positional_params(&rust_params),
    };
    let ret = match &sig.output {
        ReturnType::Default => "None".to_string(),
        ReturnType::Type(_, ty) => py_type(ty),
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
fn positional_params(rust: &[(String, &Type)]) -> Vec<String> {
    let optional_from =
        rust.iter().rposition(|(_, ty)| option_inner(ty).is_none()).map_or(0, |last_required| last_required + 1);
    let mut params: Vec<String> = rust
        .iter()
        .enumerate()
        .map(|(i, (name, ty))| {
            let default = if i >= optional_from { " = None" } else { "" };
            format!("{name}: {}{default}", py_type(ty))
        })
        .collect();
    if !params.is_empty() {
        params.push("/".to_string());
    }
    params
}

/// The parameters of `signature = (...)`, typed from the Rust parameters (one to one, in
/// order, as the macro checks); `*args`/`**kwargs` are `Any`.
fn signature_params(tokens: proc_macro2::TokenStream, rust: &[(String, &Type)]) -> Vec<String> {
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
                let py = ty.map_or_else(|| "Any".to_string(), py_type);
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

/// The Python type of a Rust parameter or result type.
fn py_type(ty: &Type) -> String {
    match ty {
        Type::Reference(r) => match &*r.elem {
            Type::Slice(_) => {
                if r.mutability.is_some() {
                    "bytearray | memoryview".to_string()
                } else {
                    "bytes | bytearray | memoryview".to_string()
                }
            }
            Type::Path(p) if p.path.is_ident("str") => "str".to_string(),
            other => py_type(other),
        },
        Type::Tuple(t) if t.elems.is_empty() => "None".to_string(),
        Type::Tuple(t) => {
            let elems: Vec<String> = t.elems.iter().map(py_type).collect();
            format!("tuple[{}]", elems.join(", "))
        }
        Type::Paren(p) => py_type(&p.elem),
        Type::Group(g) => py_type(&g.elem),
        Type::Path(p) => {
            let Some(last) = p.path.segments.last() else { return "Any".to_string() };
            let ident = last.ident.to_string();
            match ident.as_str() {
                "i8" | "i16" | "i32" | "i64" | "i128" | "isize" | "u8" | "u16" | "u32" | "u64" | "u128" | "usize" => {
                    "int".to_string()
                }
                "f32" | "f64" => "float".to_string(),
                "bool" => "bool".to_string(),
                "str" | "String" => "str".to_string(),
                "Option" => generic_arg(ty, "Option").map_or("Any".to_string(), |t| format!("{} | None", py_type(t))),
                "Result" => generic_arg(ty, "Result").map_or("Any".to_string(), py_type),
                _ => "Any".to_string(),
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
