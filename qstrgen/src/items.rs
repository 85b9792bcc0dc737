//! The items of a parsed file: `#[mp_module]` mods (with their Rust paths), and the names
//! that `#[mp_module]`, `#[mp_function]` and `#[mp_const]` make Python see.

use std::path::Path;

use proc_macro2::{TokenStream, TokenTree};
use syn::ext::IdentExt;
use syn::visit::{self, Visit};
use syn::{Attribute, Ident, Lit, Meta, Signature};

use crate::{Error, Found, ModuleDef};

/// Adds the modules and names of `ast` to `found`. `file_path` is the Rust module path of
/// `file` (`None` if it could not be derived from `crate_src_root`: only an error if the file
/// holds an `#[mp_module]`).
pub(crate) fn scan_items(
    ast: &syn::File,
    file: &Path,
    file_path: Option<Vec<String>>,
    crate_src_root: &Path,
    found: &mut Found,
) -> Result<(), Error> {
    let mut visitor = Visitor { file, file_path, crate_src_root, mods: Vec::new(), opaque: 0, found, error: None };
    visitor.visit_file(ast);
    match visitor.error {
        Some(e) => Err(e),
        None => Ok(()),
    }
}

/// The attribute among `attrs` whose path ends with `name` (`#[mp_module]`,
/// `#[macros::mp_module(...)]`).
pub(crate) fn find_attr<'a>(attrs: &'a [Attribute], name: &str) -> Option<&'a Attribute> {
    attrs.iter().find(|a| a.path().segments.last().is_some_and(|s| s.ident == name))
}

/// The top-level comma-separated arguments of an attribute (`#[a(x, y = (1, 2))]`: `x` and
/// `y = (1, 2)`), as token lists. Empty for `#[a]` and `#[a = ...]`.
fn attr_args(attr: &Attribute) -> Vec<Vec<TokenTree>> {
    let Meta::List(list) = &attr.meta else {
        return Vec::new();
    };
    split_commas(list.tokens.clone())
}

/// `tokens` split at its top-level commas; empty pieces (a trailing comma) are dropped.
pub(crate) fn split_commas(tokens: TokenStream) -> Vec<Vec<TokenTree>> {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let is_comma = |t: &TokenTree| matches!(t, TokenTree::Punct(p) if p.as_char() == ',');
    tokens.split(is_comma).filter(|piece| !piece.is_empty()).map(<[TokenTree]>::to_vec).collect()
}

/// The value of `key = value` among an attribute's arguments, if any.
pub(crate) fn arg_value(attr: &Attribute, key: &str) -> Option<TokenTree> {
    attr_args(attr).into_iter().find_map(|arg| match &arg[..] {
        [TokenTree::Ident(k), TokenTree::Punct(eq), value] if k == key && eq.as_char() == '=' => Some(value.clone()),
        _ => None,
    })
}

/// The value of a string literal token.
fn str_value(token: &TokenTree) -> Option<String> {
    match token {
        TokenTree::Literal(lit) => match Lit::new(lit.clone()) {
            Lit::Str(s) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

/// The `name = "..."` argument of an attribute, if any. Other arguments are ignored: the
/// `macros` crate validates them, this only needs the name.
pub(crate) fn name_override(attr: &Attribute) -> Option<String> {
    match arg_value(attr, "name")? {
        TokenTree::Ident(ident) => Some(ident.unraw().to_string()),
        value => str_value(&value),
    }
}

/// The names `signature = (...)` of an `#[mp_function]` makes Python see: each parameter's
/// name (`a`, `b=1`, `*args`, `**kwargs`) and each string default (`mode="up"`). Markers
/// (`*`, `/`) and other defaults name nothing; malformed items are the macro's to report.
fn signature_names(attr: &Attribute) -> Vec<String> {
    let Some(TokenTree::Group(group)) = arg_value(attr, "signature") else {
        return Vec::new();
    };
    let mut names = Vec::new();
    for item in split_commas(group.stream()) {
        let mut rest = &item[..];
        while let [TokenTree::Punct(p), more @ ..] = rest {
            if p.as_char() != '*' {
                break;
            }
            rest = more;
        }
        let [TokenTree::Ident(name), more @ ..] = rest else { continue };
        names.push(name.unraw().to_string());
        if let [TokenTree::Punct(eq), default] = more {
            if eq.as_char() == '=' {
                names.extend(str_value(default));
            }
        }
    }
    names
}

struct Visitor<'a> {
    file: &'a Path,
    /// Module path of the file itself, if it could be computed.
    file_path: Option<Vec<String>>,
    crate_src_root: &'a Path,
    /// Inline mods entered within the file.
    mods: Vec<String>,
    /// How many blocks (fn bodies, const blocks...) we are in: items there have no path.
    opaque: usize,
    found: &'a mut Found,
    error: Option<Error>,
}

impl Visitor<'_> {
    fn fail(&mut self, error: Error) {
        self.error.get_or_insert(error);
    }

    fn add_name(&mut self, attr: &Attribute, ident: &Ident) {
        let name = name_override(attr).unwrap_or_else(|| ident.unraw().to_string());
        self.found.names.insert(name);
    }

    fn function(&mut self, attr: &Attribute, sig: &Signature) {
        self.add_name(attr, &sig.ident);
        self.found.names.extend(signature_names(attr));
        for input in &sig.inputs {
            if let syn::FnArg::Typed(pat_type) = input {
                if let syn::Pat::Ident(pat) = &*pat_type.pat {
                    self.found.names.insert(pat.ident.unraw().to_string());
                }
            }
        }
    }

    fn module(&mut self, attr: &Attribute, item: &syn::ItemMod) {
        let span = item.ident.span();
        if item.content.is_none() {
            let msg = "#[mp_module] needs an inline module: `mod name { ... }`";
            return self.fail(Error::at(self.file, span, msg));
        }
        if self.opaque > 0 {
            let msg = "#[mp_module] inside a function body or block cannot be named by the module table; move it to module level";
            return self.fail(Error::at(self.file, span, msg));
        }
        let Some(file_path) = &self.file_path else {
            let msg = format!(
                "cannot derive the Rust path of this #[mp_module]: the file is not a .rs file under {}",
                self.crate_src_root.display()
            );
            return self.fail(Error::at(self.file, span, msg));
        };
        let py_name = name_override(attr).unwrap_or_else(|| item.ident.unraw().to_string());
        let mut rust_path = file_path.clone();
        rust_path.extend(self.mods.iter().cloned());
        rust_path.push(item.ident.to_string());
        for name in ["__name__", "__doc__", py_name.as_str()] {
            self.found.names.insert(name.to_string());
        }
        self.found.modules.push(ModuleDef {
            py_name,
            rust_path,
            file: self.file.to_path_buf(),
            line: span.start().line,
        });
    }
}

impl<'ast> Visit<'ast> for Visitor<'_> {
    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        if let Some(attr) = find_attr(&item.attrs, "mp_module") {
            self.module(attr, item);
        }
        self.mods.push(item.ident.to_string());
        visit::visit_item_mod(self, item);
        self.mods.pop();
    }

    fn visit_block(&mut self, block: &'ast syn::Block) {
        self.opaque += 1;
        visit::visit_block(self, block);
        self.opaque -= 1;
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        if let Some(attr) = find_attr(&item.attrs, "mp_function") {
            self.function(attr, &item.sig);
        }
        visit::visit_item_fn(self, item);
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        if let Some(attr) = find_attr(&item.attrs, "mp_function") {
            self.function(attr, &item.sig);
        }
        visit::visit_impl_item_fn(self, item);
    }

    fn visit_item_const(&mut self, item: &'ast syn::ItemConst) {
        if let Some(attr) = find_attr(&item.attrs, "mp_const") {
            self.add_name(attr, &item.ident);
        }
        visit::visit_item_const(self, item);
    }

    fn visit_impl_item_const(&mut self, item: &'ast syn::ImplItemConst) {
        if let Some(attr) = find_attr(&item.attrs, "mp_const") {
            self.add_name(attr, &item.ident);
        }
        visit::visit_impl_item_const(self, item);
    }

    fn visit_item_static(&mut self, item: &'ast syn::ItemStatic) {
        if let Some(attr) = find_attr(&item.attrs, "mp_const") {
            self.add_name(attr, &item.ident);
        }
        visit::visit_item_static(self, item);
    }
}
