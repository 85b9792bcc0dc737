//! Source scanning (MicroPython's makeqstrdefs.py): every `qstr!("...")` literal and every
//! `#[mp_module]` / `#[mp_function]` / `#[mp_const]` item of Rust source files.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use syn::Lit;

use crate::cfg::Cfgs;
use crate::items::scan_items;
use crate::Error;

/// What scanning found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Found {
    /// Every name to intern (the strings of `qstr!` invocations, module, function, parameter
    /// and constant names, `__name__` and `__doc__` for each module).
    pub names: BTreeSet<String>,
    /// Every `#[mp_module]`, in the order met (files in sorted order, then source order).
    pub modules: Vec<ModuleDef>,
    /// Every `msg!("...")` text (the compressed message table, `gen_msg`).
    pub messages: BTreeSet<String>,
}

impl Found {
    /// Adds everything `other` found.
    pub fn merge(&mut self, other: Found) {
        self.names.extend(other.names);
        self.modules.extend(other.modules);
        self.messages.extend(other.messages);
    }
}

/// One `#[mp_module] mod name { ... }`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct ModuleDef {
    /// The name Python imports: `#[mp_module(name = "...")]`, or the mod's identifier.
    pub py_name: String,
    /// The Rust path of the `mod` item from its crate root (`a::b` is `["a", "b"]`); raw
    /// identifiers keep their `r#`.
    pub rust_path: Vec<String>,
    /// The source file it is in.
    pub file: PathBuf,
    /// The 1-based line of the mod's identifier in `file`.
    pub line: usize,
}

impl ModuleDef {
    /// `file:line`, for messages.
    pub fn location(&self) -> String {
        format!("{}:{}", self.file.display(), self.line)
    }
}

/// Scans the text of one Rust source file.
///
/// `file` is used in messages and, relative to `crate_src_root` (the crate's `src`
/// directory), to compute the Rust path of the modules found (`lib.rs`/`main.rs` are the
/// crate root, `a.rs` and `a/mod.rs` are `a`, `a/b.rs` is `a::b`). A file outside
/// `crate_src_root` is fine unless it holds an `#[mp_module]`.
pub fn scan_source(text: &str, file: &Path, crate_src_root: &Path) -> Result<Found, Error> {
    let ast = syn::parse_file(text).map_err(|e| parse_error(file, text, &e))?;
    scan_ast(&ast, file, crate_src_root)
}

/// [`scan_source`] of a parsed file.
fn scan_ast(ast: &syn::File, file: &Path, crate_src_root: &Path) -> Result<Found, Error> {
    let mut found = Found::default();
    literals(ast.to_token_stream(), &mut found);
    let file_path = file_module_path(file, crate_src_root);
    scan_items(ast, file, file_path, crate_src_root, &mut found)?;
    Ok(found)
}

/// A syn error as an [`Error`] at the best position known.
fn parse_error(file: &Path, text: &str, e: &syn::Error) -> Error {
    let message = e.to_string();
    if message.starts_with("unexpected end of input") {
        // syn gives no position for the end of the text: report the end of the file.
        let line = text.lines().count().max(1);
        let col = text.lines().last().map_or(0, |l| l.chars().count()) + 1;
        return Error::at_line_col(file, line, col, message);
    }
    if message == "cannot parse string into token stream" {
        // proc-macro2's lexer error: say what it usually means.
        let message = "cannot split into tokens: unbalanced delimiter or unterminated literal";
        return Error::at(file, e.span(), message);
    }
    Error::at(file, e.span(), message)
}

/// Scans a file, or every `*.rs` file under a directory (recursively, in sorted order).
///
/// Returns what was found and the files read. For a directory, module paths are computed
/// relative to it (pass the crate's `src`); for a single file, relative to its parent.
pub fn scan_dir(src_root: &Path) -> Result<(Found, Vec<PathBuf>), Error> {
    scan_dir_with(src_root, None)
}

/// [`scan_dir`], first removing what `cfgs` compile out (see [`crate::cfg`]): items whose
/// `#[cfg]` is false, and the files of modules whose `mod x;` is. The files returned are
/// all those read, skipped ones included (a change there may change what is compiled).
pub fn scan_dir_with(src_root: &Path, cfgs: Option<&Cfgs>) -> Result<(Found, Vec<PathBuf>), Error> {
    let meta = fs::metadata(src_root).map_err(|e| Error::in_file(src_root, e.to_string()))?;
    let (files, root) = if meta.is_dir() {
        let mut files = Vec::new();
        collect_rs_files(src_root, &mut files)?;
        files.sort();
        (files, src_root)
    } else {
        (vec![src_root.to_path_buf()], src_root.parent().unwrap_or(Path::new("")))
    };
    let mut parsed = Vec::with_capacity(files.len());
    let mut removed: Vec<Vec<String>> = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).map_err(|e| Error::in_file(file, e.to_string()))?;
        let mut ast = syn::parse_file(&text).map_err(|e| parse_error(file, &text, &e))?;
        let path = file_module_path(file, root);
        if let Some(cfgs) = cfgs {
            for name in cfgs.strip(&mut ast) {
                if let Some(p) = &path {
                    removed.push(p.iter().cloned().chain([name]).collect());
                }
            }
        }
        parsed.push((file, path, ast));
    }
    let mut found = Found::default();
    for (file, path, ast) in &parsed {
        // A file inside a removed module (its own or an ancestor's `mod` is compiled out).
        if path.as_ref().is_some_and(|p| removed.iter().any(|r| p.starts_with(r))) {
            continue;
        }
        found.merge(scan_ast(ast, file, root)?);
    }
    Ok((found, files))
}

fn collect_rs_files(dir: &Path, out: &mut Vec<PathBuf>) -> Result<(), Error> {
    let entries = fs::read_dir(dir).map_err(|e| Error::in_file(dir, e.to_string()))?;
    for entry in entries {
        let path = entry.map_err(|e| Error::in_file(dir, e.to_string()))?.path();
        // Hidden entries (editor lock files such as `.#lib.rs`, `.git`) are not sources.
        if path.file_name().is_some_and(|n| n.to_string_lossy().starts_with('.')) {
            continue;
        }
        let meta = fs::metadata(&path).map_err(|e| Error::in_file(&path, e.to_string()))?;
        if meta.is_dir() {
            collect_rs_files(&path, out)?;
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            out.push(path);
        }
    }
    Ok(())
}

/// Every `qstr!("...")` and `msg!("...")` in a token tree, at any depth (inside other macros'
/// input too). Only the last identifier of a path matters, so `runtime::qstr!` and
/// `$crate::qstr!` count.
fn literals(tokens: TokenStream, found: &mut Found) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, token) in tokens.iter().enumerate() {
        match token {
            TokenTree::Group(group) => literals(group.stream(), found),
            TokenTree::Ident(ident) if ident == "qstr" || ident == "msg" => {
                if let [TokenTree::Punct(bang), TokenTree::Group(args), ..] = &tokens[i + 1..] {
                    if bang.as_char() == '!' {
                        if let Some(value) = single_str_literal(args.stream()) {
                            let set = if ident == "qstr" { &mut found.names } else { &mut found.messages };
                            set.insert(value);
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// The value of a token stream that is exactly one string literal.
fn single_str_literal(stream: TokenStream) -> Option<String> {
    let mut iter = stream.into_iter();
    match (iter.next(), iter.next()) {
        (Some(TokenTree::Literal(lit)), None) => match Lit::new(lit) {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

/// The Rust module path of a file relative to its crate's `src`, or `None` if the file is not
/// under it or is not a `.rs` file.
fn file_module_path(file: &Path, crate_src_root: &Path) -> Option<Vec<String>> {
    let rel = file.strip_prefix(crate_src_root).ok()?;
    let parts: Vec<&str> = rel
        .components()
        .map(|c| match c {
            std::path::Component::Normal(s) => s.to_str(),
            _ => None,
        })
        .collect::<Option<_>>()?;
    let (last, dirs) = parts.split_last()?;
    let stem = last.strip_suffix(".rs")?;
    let mut path: Vec<String> = dirs.iter().map(|s| s.to_string()).collect();
    let crate_root = dirs.is_empty() && (stem == "lib" || stem == "main");
    if !crate_root && stem != "mod" {
        path.push(stem.to_string());
    }
    Some(path)
}
