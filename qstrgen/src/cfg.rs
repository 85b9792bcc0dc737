//! The board's cfgs applied to the runtime's sources before scanning, as rustc applies them,
//! so that a name only code compiled out uses (a module the board leaves out, a feature off
//! at its level) is not interned: MicroPython's qstr extraction runs on preprocessed C for
//! the same reason.
//!
//! Evaluation is three-valued. The board's own cfg keys (`mp_feature`, `mp_float`,
//! `mp_module`, ...) are known exactly; any other predicate (`test`, `feature = ...`,
//! `target_os = ...`) is unknown, and an item is removed only when its cfg is false for
//! certain. Keeping too much costs flash; removing too much would be a compile error (a
//! `qstr!` of a name not in the table), never a wrong table.

use std::collections::BTreeSet;

use proc_macro2::TokenTree;
use syn::visit_mut::{self, VisitMut};
use syn::{Attribute, Meta};

/// The active cfgs of a board and the keys they decide.
#[derive(Debug, Clone, Default)]
pub struct Cfgs {
    /// Keys whose every value the board decides (`mp_feature`, `mp_module`, ...).
    known: BTreeSet<String>,
    /// The active `key = "value"` pairs.
    set: BTreeSet<(String, String)>,
}

impl Cfgs {
    /// From the board's `cargo::rustc-cfg` values (`mp_feature="set"`) and its check-cfg
    /// declarations (`cfg(mp_feature, values(...))`), which name every key it decides.
    pub fn new(active: &[String], declared: &[String]) -> Cfgs {
        let known = declared
            .iter()
            .filter_map(|d| d.strip_prefix("cfg(")?.split(',').next())
            .map(|k| k.trim().to_string())
            .collect();
        let set = active
            .iter()
            .filter_map(|c| {
                let (k, v) = c.split_once('=')?;
                Some((k.trim().to_string(), v.trim().trim_matches('"').to_string()))
            })
            .collect();
        Cfgs { known, set }
    }

    /// The value of a cfg predicate: `None` when it depends on something the board does not
    /// decide.
    fn eval(&self, tokens: &[TokenTree]) -> Option<bool> {
        match tokens {
            [TokenTree::Ident(key)] => {
                let key = key.to_string();
                // A bare key the board decides (none today) is false: it sets only pairs.
                self.known.contains(&key).then_some(false)
            }
            [TokenTree::Ident(key), TokenTree::Punct(eq), TokenTree::Literal(lit)] if eq.as_char() == '=' => {
                let key = key.to_string();
                if !self.known.contains(&key) {
                    return None;
                }
                let syn::Lit::Str(value) = syn::Lit::new(lit.clone()) else {
                    return None;
                };
                Some(self.set.contains(&(key, value.value())))
            }
            [TokenTree::Ident(op), TokenTree::Group(args)] => {
                let args = crate::items::split_commas(args.stream());
                let values: Vec<Option<bool>> = args.iter().map(|a| self.eval(a)).collect();
                // all: false if any is false, true if all are true; any: the dual; else unknown.
                let decided = |v: bool| {
                    if values.contains(&Some(v)) {
                        Some(v)
                    } else if values.iter().all(|x| *x == Some(!v)) {
                        Some(!v)
                    } else {
                        None
                    }
                };
                match op.to_string().as_str() {
                    "not" if args.len() == 1 => self.eval(&args[0]).map(|b| !b),
                    "all" => decided(false),
                    "any" => decided(true),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// Whether `attrs` hold a `#[cfg(...)]` that is false for certain.
    pub fn off(&self, attrs: &[Attribute]) -> bool {
        attrs.iter().any(|a| match &a.meta {
            Meta::List(list) if list.path.is_ident("cfg") => {
                let tokens: Vec<TokenTree> = list.tokens.clone().into_iter().collect();
                self.eval(&tokens) == Some(false)
            }
            _ => false,
        })
    }

    /// Removes from `file` what these cfgs compile out (items, statements, match arms,
    /// impl and trait items) and returns the names of the out-of-line modules removed
    /// (`#[cfg(...)] mod x;`), whose files are then not scanned either.
    pub fn strip(&self, file: &mut syn::File) -> Vec<String> {
        let mut s = Stripper { cfgs: self, removed_mods: Vec::new() };
        s.visit_file_mut(file);
        s.removed_mods
    }
}

struct Stripper<'a> {
    cfgs: &'a Cfgs,
    removed_mods: Vec<String>,
}

impl Stripper<'_> {
    fn keep_items(&mut self, items: &mut Vec<syn::Item>) {
        items.retain(|item| {
            if !item_attrs(item).is_some_and(|a| self.cfgs.off(a)) {
                return true;
            }
            if let syn::Item::Mod(m) = item {
                // A `#[path]` module's file is not where its name says: not tracked.
                if m.content.is_none() && !m.attrs.iter().any(|a| a.path().is_ident("path")) {
                    let name = m.ident.to_string();
                    self.removed_mods.push(name.strip_prefix("r#").unwrap_or(&name).to_string());
                }
            }
            false
        });
    }
}

/// The attributes of an item.
fn item_attrs(item: &syn::Item) -> Option<&[Attribute]> {
    Some(match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::ExternCrate(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::ForeignMod(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::TraitAlias(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Union(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => return None,
    })
}

impl VisitMut for Stripper<'_> {
    fn visit_file_mut(&mut self, f: &mut syn::File) {
        self.keep_items(&mut f.items);
        visit_mut::visit_file_mut(self, f);
    }

    fn visit_item_mod_mut(&mut self, m: &mut syn::ItemMod) {
        if let Some((_, items)) = &mut m.content {
            // Out-of-line modules are only removed at the top level of a file: an inline
            // module's `mod x;` would load a file from a directory this does not track.
            let before = self.removed_mods.len();
            self.keep_items(items);
            self.removed_mods.truncate(before);
        }
        visit_mut::visit_item_mod_mut(self, m);
    }

    fn visit_item_impl_mut(&mut self, i: &mut syn::ItemImpl) {
        let cfgs = self.cfgs;
        i.items.retain(|item| match item {
            syn::ImplItem::Const(c) => !cfgs.off(&c.attrs),
            syn::ImplItem::Fn(f) => !cfgs.off(&f.attrs),
            syn::ImplItem::Type(t) => !cfgs.off(&t.attrs),
            syn::ImplItem::Macro(m) => !cfgs.off(&m.attrs),
            _ => true,
        });
        visit_mut::visit_item_impl_mut(self, i);
    }

    fn visit_item_trait_mut(&mut self, t: &mut syn::ItemTrait) {
        let cfgs = self.cfgs;
        t.items.retain(|item| match item {
            syn::TraitItem::Const(c) => !cfgs.off(&c.attrs),
            syn::TraitItem::Fn(f) => !cfgs.off(&f.attrs),
            syn::TraitItem::Type(t) => !cfgs.off(&t.attrs),
            syn::TraitItem::Macro(m) => !cfgs.off(&m.attrs),
            _ => true,
        });
        visit_mut::visit_item_trait_mut(self, t);
    }

    fn visit_block_mut(&mut self, b: &mut syn::Block) {
        let cfgs = self.cfgs;
        b.stmts.retain(|s| {
            let attrs = match s {
                syn::Stmt::Local(l) => Some(&l.attrs[..]),
                syn::Stmt::Macro(m) => Some(&m.attrs[..]),
                syn::Stmt::Expr(e, _) => expr_attrs(e),
                // An out-of-line `mod x;` in a block is not tracked (see above).
                syn::Stmt::Item(i) => item_attrs(i),
            };
            !attrs.is_some_and(|a| cfgs.off(a))
        });
        visit_mut::visit_block_mut(self, b);
    }

    fn visit_expr_array_mut(&mut self, a: &mut syn::ExprArray) {
        let cfgs = self.cfgs;
        let elems = std::mem::take(&mut a.elems);
        a.elems = elems.into_iter().filter(|e| !expr_attrs(e).is_some_and(|x| cfgs.off(x))).collect();
        visit_mut::visit_expr_array_mut(self, a);
    }

    fn visit_expr_struct_mut(&mut self, s: &mut syn::ExprStruct) {
        let cfgs = self.cfgs;
        let fields = std::mem::take(&mut s.fields);
        s.fields = fields.into_iter().filter(|f| !cfgs.off(&f.attrs)).collect();
        visit_mut::visit_expr_struct_mut(self, s);
    }

    fn visit_expr_match_mut(&mut self, m: &mut syn::ExprMatch) {
        let cfgs = self.cfgs;
        m.arms.retain(|arm| !cfgs.off(&arm.attrs));
        visit_mut::visit_expr_match_mut(self, m);
    }
}

/// The attributes of an expression (a statement `#[cfg(..)] foo();`, an array element).
fn expr_attrs(e: &syn::Expr) -> Option<&[Attribute]> {
    Some(match e {
        syn::Expr::Call(x) => &x.attrs,
        syn::Expr::MethodCall(x) => &x.attrs,
        syn::Expr::Macro(x) => &x.attrs,
        syn::Expr::If(x) => &x.attrs,
        syn::Expr::Match(x) => &x.attrs,
        syn::Expr::Block(x) => &x.attrs,
        syn::Expr::Assign(x) => &x.attrs,
        syn::Expr::Return(x) => &x.attrs,
        syn::Expr::Path(x) => &x.attrs,
        syn::Expr::Struct(x) => &x.attrs,
        syn::Expr::Tuple(x) => &x.attrs,
        syn::Expr::Try(x) => &x.attrs,
        syn::Expr::Unsafe(x) => &x.attrs,
        syn::Expr::ForLoop(x) => &x.attrs,
        syn::Expr::While(x) => &x.attrs,
        syn::Expr::Loop(x) => &x.attrs,
        syn::Expr::Reference(x) => &x.attrs,
        syn::Expr::Lit(x) => &x.attrs,
        syn::Expr::Cast(x) => &x.attrs,
        syn::Expr::Paren(x) => &x.attrs,
        syn::Expr::Unary(x) => &x.attrs,
        syn::Expr::Binary(x) => &x.attrs,
        syn::Expr::Field(x) => &x.attrs,
        syn::Expr::Index(x) => &x.attrs,
        syn::Expr::Closure(x) => &x.attrs,
        _ => return None,
    })
}
