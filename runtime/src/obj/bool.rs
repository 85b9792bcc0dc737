//! `bool`: the immediates `True` and `False`, a subtype of `int`.

use super::{exc::Exc, int, Obj, Type};
use crate::obj::TypeExt;
use crate::print::{Print, PrintKind};

pub static BOOL_TYPE: Type = Type {
    name: qstr!("bool"),
    parent: Some(&int::INT_TYPE),
    make_new: Some(bool_make_new),
    print: Some(bool_print),
    ext: Some(&TypeExt { unary_op: Some(int::int_unary_op), binary_op: Some(bool_binary_op), ..TypeExt::EMPTY }),
    ..Type::EMPTY
};

fn bool_print(o: Obj, out: &mut dyn Print, _kind: PrintKind) -> Result<(), Exc> {
    out.write(if o == Obj::TRUE { b"True" } else { b"False" })
}

fn bool_make_new(_ty: &'static Type, args: super::Args<'_>) -> Result<Obj, Exc> {
    let args = args.no_kw()?;
    match args {
        [] => Ok(Obj::FALSE),
        [x] => Ok(Obj::from_bool(super::is_true(*x)?)),
        _ => Err(super::exc::at_most_args(1, args.len())),
    }
}

/// `&`, `|`, `^` of two bools is a bool; everything else is int arithmetic.
fn bool_binary_op(op: crate::bytecode::BinOp, a: Obj, b: Obj) -> Result<Obj, Exc> {
    use crate::bytecode::BinOp;
    let both = |o: Obj| o == Obj::TRUE || o == Obj::FALSE;
    if both(a) && both(b) {
        let (x, y) = (a == Obj::TRUE, b == Obj::TRUE);
        match op {
            BinOp::And => return Ok(Obj::from_bool(x & y)),
            BinOp::Or => return Ok(Obj::from_bool(x | y)),
            BinOp::Xor => return Ok(Obj::from_bool(x ^ y)),
            _ => {}
        }
    }
    int::int_binary_op(op, a, b)
}
