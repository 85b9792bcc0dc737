//! `collections.OrderedDict`: a dict (every dict keeps insertion order here) under its
//! own type, which prints as `OrderedDict({...})`, as MicroPython's does. Its objects are
//! `DictObj`s: a ROM type whose parent is `dict` shares dict's layout, so every dict
//! method, operator and view works on it unchanged.

use crate::obj::dict::table::Table;
use crate::obj::dict::{DictObj, DICT_TYPE};
use crate::obj::exc::Exc;
use crate::obj::{Args, Obj, ObjBase, Type};
use crate::print::{Print, PrintKind};

pub static ORDERED_DICT_TYPE: Type = Type {
    name: qstr!("OrderedDict"),
    parent: Some(&DICT_TYPE),
    make_new: Some(ordered_dict_make_new),
    print: Some(ordered_dict_print),
    locals: DICT_TYPE.locals,
    ext: DICT_TYPE.ext,
    ..Type::EMPTY
};

/// `OrderedDict(...)`: an empty one filled as `dict.update` fills a dict (same arguments,
/// same errors).
fn ordered_dict_make_new(_ty: &'static Type, args: Args<'_>) -> Result<Obj, Exc> {
    let d = crate::gc::new(DictObj { base: ObjBase::new(&ORDERED_DICT_TYPE), table: Table::new() })?;
    let o = Obj::from_ref(d);
    if !args.pos.is_empty() || !args.kw.is_empty() {
        let (f, self_) = crate::obj::load_method(o, qstr!("update"))?;
        crate::obj::call_method(f, self_, args)?;
    }
    Ok(o)
}

fn ordered_dict_print(o: Obj, out: &mut dyn Print, kind: PrintKind) -> Result<(), Exc> {
    out.write(b"OrderedDict(")?;
    if let Some(p) = DICT_TYPE.print {
        p(o, out, kind)?;
    }
    out.write(b")")
}
