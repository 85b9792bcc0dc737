//! Backend unit tests: the stages run on token streams parsed from source text (with
//! `proc-macro2`'s span locations, so that a test can read which tokens an error covers).

mod class;
mod errors;
mod expand;
mod parse;

use proc_macro2::{Span, TokenStream};
use quote::ToTokens;

use crate::ctxt::Ctxt;
use crate::parse::parse_module;
use crate::validate::{validate, Module};

/// The `#[mp_module(...)]` item of `src`: its attribute arguments and the item without
/// that attribute, as the compiler hands them to the macro.
pub fn split_module(src: &str) -> (TokenStream, TokenStream) {
    let file: syn::File = syn::parse_str(src).expect("test source parses");
    for mut item in file.items {
        let attrs = match &mut item {
            syn::Item::Mod(m) => &mut m.attrs,
            syn::Item::Fn(f) => &mut f.attrs,
            syn::Item::Struct(s) => &mut s.attrs,
            _ => continue,
        };
        let Some(i) = attrs.iter().position(|a| a.path().is_ident("mp_module")) else {
            continue;
        };
        let attr = attrs.remove(i);
        let args = match attr.meta {
            syn::Meta::List(list) => list.tokens,
            _ => TokenStream::new(),
        };
        return (args, item.into_token_stream());
    }
    panic!("no #[mp_module] in test source");
}

/// Parses and validates the module of `src`.
pub fn check(src: &str) -> Result<Module, Vec<syn::Error>> {
    let (args, input) = split_module(src);
    let cx = Ctxt::new();
    let model = parse_module(args, input, &cx).map(|p| validate(&p, &cx));
    cx.check().map(|()| model.expect("a model when there is no error"))
}

/// The model of `src`, which must be valid.
pub fn model(src: &str) -> Module {
    match check(src) {
        Ok(m) => m,
        Err(errors) => panic!("unexpected errors: {:?}", errors.iter().map(ToString::to_string).collect::<Vec<_>>()),
    }
}

/// Each error of `src` as (message, the source text it covers).
pub fn errors(src: &str) -> Vec<(String, String)> {
    match check(src) {
        Ok(_) => panic!("expected errors"),
        Err(errors) => errors.iter().map(|e| (e.to_string(), span_text(src, e.span()))).collect(),
    }
}

/// The single error of `src`.
pub fn error(src: &str) -> (String, String) {
    let mut all = errors(src);
    assert_eq!(all.len(), 1, "expected one error: {all:?}");
    all.remove(0)
}

/// The text of `src` that `span` covers.
pub fn span_text(src: &str, span: Span) -> String {
    let offset = |lc: proc_macro2::LineColumn| -> usize {
        let line_start: usize = src.split_inclusive('\n').take(lc.line - 1).map(str::len).sum();
        let line = &src[line_start..];
        line_start + line.char_indices().nth(lc.column).map_or(line.len(), |(i, _)| i)
    };
    src[offset(span.start())..offset(span.end())].to_owned()
}
