//! Classes and exceptions: the model, the errors and the names the expansion interns.

use std::collections::BTreeSet;

use proc_macro2::{TokenStream, TokenTree};

use super::{error, model, split_module};
use crate::class::validate::{Receiver, Slot};
use crate::validate::Entry;

const SRC: &str = r#"
#[mp_module]
mod m {
    #[mp_exception(base = ValueError)]
    pub struct Bad(&'static str);
    /// Docs.
    #[mp_class(name = "Ctr")]
    pub struct Counter { value: i64 }
    #[mp_methods]
    impl Counter {
        #[mp_const] const LIMIT: i64 = 9;
        #[new] #[mp_function(signature = (start=0))] fn new(start: i64) -> Self { Counter { value: start } }
        #[mp_function] fn incr(&mut self) -> i64 { 0 }
        #[mp_function] fn get(&self) -> i64 { 0 }
        #[getter] #[mp_function] fn value(&self) -> i64 { 0 }
        #[setter] #[mp_function] fn set_value(&mut self, v: i64) {}
        #[mp_function] fn __iter__(slf: Obj) -> Obj { slf }
        #[mp_function] fn __next__(&mut self) -> Option<i64> { None }
        #[mp_function] fn __len__(&self) -> usize { 0 }
        #[staticmethod] #[mp_function] fn zero() -> Counter { Counter { value: 0 } }
        fn helper(&self) {}
    }
}
"#;

fn class(src: &str) -> Box<crate::class::Class> {
    let m = model(src);
    m.entries
        .into_iter()
        .find_map(|e| match e {
            Entry::Class(c) => Some(c),
            _ => None,
        })
        .expect("a class")
}

#[test]
fn methods_receivers_and_slots() {
    let c = class(SRC);
    assert_eq!(c.py_name, "Ctr");
    assert!(!c.frozen, "a &mut self method");
    assert!(c.new.is_some() && c.next.is_some());
    let kinds: Vec<_> = c.methods.iter().map(|m| (m.func.py_name.as_str(), m.receiver, m.slot)).collect();
    assert_eq!(
        kinds,
        [
            ("incr", Receiver::Mut, None),
            ("get", Receiver::Ref, None),
            ("__iter__", Receiver::Obj, Some(Slot::Iter)),
            ("__len__", Receiver::Ref, Some(Slot::Len)),
            ("zero", Receiver::None, None),
        ]
    );
    assert_eq!(c.properties.len(), 1);
    assert!(c.properties[0].getter.is_some() && c.properties[0].setter.is_some());
    // The receiver is the first, positional-only slot of the synthetic function.
    let incr = &c.methods[0].func;
    assert_eq!((incr.min_args, incr.params.len()), (1, 1));
    let spec = c.new.as_ref().and_then(|n| n.func.spec.as_ref()).expect("a spec");
    assert_eq!(spec.names, ["start"]);
}

#[test]
fn frozen_without_mut() {
    let c = class(
        "#[mp_module] mod m { #[mp_class] struct P { x: i32 } #[mp_methods] impl P { #[mp_function] fn x(&self) -> i32 { self.x } } }",
    );
    assert!(c.frozen);
}

fn qstrs(tokens: TokenStream, out: &mut BTreeSet<String>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    for (i, t) in tokens.iter().enumerate() {
        match t {
            TokenTree::Group(g) => qstrs(g.stream(), out),
            TokenTree::Ident(id) if id == "qstr" => {
                let Some(TokenTree::Group(args)) = tokens.get(i + 2) else { panic!("qstr! without arguments") };
                let lit: syn::LitStr = syn::parse2(args.stream()).expect("qstr! of one string literal");
                out.insert(lit.value());
            }
            _ => {}
        }
    }
}

/// The expansion asks only for names `qstrgen` interns: the class's and exception's names,
/// the `#[mp_function]`s' names and parameters (a property is named by its getter), the
/// `#[mp_const]`s and `__doc__` (a method's receiver, positional-only, is `""`, always
/// interned).
#[test]
fn qstrs_are_the_scanned_names() {
    let (args, input) = split_module(SRC);
    let mut found = BTreeSet::new();
    qstrs(crate::module(args, input), &mut found);
    let expected: BTreeSet<String> = [
        "Bad",
        "Ctr",
        "LIMIT",
        "__doc__",
        "__iter__",
        "__len__",
        "__name__",
        "__next__",
        "get",
        "incr",
        "m",
        "new",
        "set_value",
        "start",
        "value",
        "zero",
    ]
    .map(String::from)
    .into();
    assert_eq!(found, expected);
}

#[test]
fn errors_point_at_the_tokens() {
    let e = error("#[mp_module] mod m { #[mp_class] struct C; #[mp_methods] impl C { #[mp_function] fn __len__(&self) -> bool { true } } }");
    assert_eq!(e, ("`__len__` must return an integer type, found `bool`".into(), "bool".into()));
    let e = error("#[mp_module] mod m { #[mp_class] struct C; #[mp_methods] impl C { #[mp_function] fn f(self) {} } }");
    assert_eq!(e.1, "self");
    let e = error("#[mp_module] mod m { #[mp_methods] impl D {} }");
    assert_eq!(e, ("#[mp_methods] impl for `D`, which is not an #[mp_class] struct of this module".into(), "D".into()));
    let e = error("#[mp_module] mod m { #[mp_exception(base = Nope)] struct E; }");
    assert_eq!(e.1, "Nope");
    let e = error("#[mp_module] mod m { #[mp_class] struct C { v: String } }");
    assert_eq!(e.1, "String");
}
