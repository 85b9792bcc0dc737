//! Parser tests: tree shapes (printed as s-expressions), errors with their lines,
//! and nesting too deep for the stack.

extern crate std;

use std::format;
use std::string::String;

use super::ast::{Ast, Node, NodeId, NO_LIST, NO_NODE};
use super::{parse, Error, ErrorKind, Feature};
use crate::lexer::LexErrorKind;
use crate::testing::with_runtime;

fn sexp(ast: &Ast, id: NodeId) -> String {
    let list = |l: u32| -> String {
        if l == NO_LIST {
            return "-".into();
        }
        let items: std::vec::Vec<String> = ast.list(l).iter().map(|&i| sexp(ast, i)).collect();
        format!("[{}]", items.join(" "))
    };
    if id == NO_NODE {
        return "-".into();
    }
    match ast.node(id) {
        Node::Name(q) => q.as_str().into(),
        Node::Const(i) => {
            let o = ast.constant(i);
            if o.is_small_int() {
                format!("{}", o.small_int_value())
            } else {
                format!("'{}'", crate::obj::str::as_str(o).unwrap_or("?"))
            }
        }
        Node::NoneLit => "None".into(),
        Node::TrueLit => "True".into(),
        Node::FalseLit => "False".into(),
        Node::EllipsisLit => "...".into(),
        Node::Attr(o, q) => format!("(. {} {})", sexp(ast, o), q.as_str()),
        Node::Subscr(o, i) => format!("(sub {} {})", sexp(ast, o), sexp(ast, i)),
        Node::Call(f, args) => format!("(call {} {})", sexp(ast, f), list(args)),
        Node::BinOp(op, a, b) => format!("({op:?} {} {})", sexp(ast, a), sexp(ast, b)),
        Node::UnaryOp(op, a) => format!("({op:?} {})", sexp(ast, a)),
        Node::And(l) => format!("(and {})", list(l)),
        Node::Or(l) => format!("(or {})", list(l)),
        Node::Compare(a, l) => format!("(cmp {} {})", sexp(ast, a), list(l)),
        Node::CmpItem(op, b) => format!("{op:?}:{}", sexp(ast, b)),
        Node::IfExp(l) => format!("(ifexp {})", list(l)),
        Node::Tuple(l) => format!("(tuple {})", list(l)),
        Node::List(l) => format!("(list {})", list(l)),
        Node::Dict(l) => format!("(dict {})", list(l)),
        Node::Set(l) => format!("(set {})", list(l)),
        Node::Starred(e) => format!("*{}", sexp(ast, e)),
        Node::Lambda(p, b) => format!("(lambda {} {})", list(p), sexp(ast, b)),
        Node::Param(q, d, k) => format!(
            "{}{}{}",
            ["", "*", "**"][k as usize],
            q.as_str(),
            if d == NO_NODE { String::new() } else { format!("={}", sexp(ast, d)) }
        ),
        Node::Expr(e) => format!("(expr {})", sexp(ast, e)),
        Node::Assign(t, v) => format!("(= {} {})", list(t), sexp(ast, v)),
        Node::AugAssign(op, t, v) => format!("({op:?}= {} {})", sexp(ast, t), sexp(ast, v)),
        Node::Del(l) => format!("(del {})", list(l)),
        Node::Pass => "pass".into(),
        Node::Break => "break".into(),
        Node::Continue => "continue".into(),
        Node::Return(v) => format!("(return {})", sexp(ast, v)),
        Node::Raise(e, c) => format!("(raise {} {})", sexp(ast, e), sexp(ast, c)),
        Node::Assert(t, m) => format!("(assert {} {})", sexp(ast, t), sexp(ast, m)),
        Node::Global(l) | Node::Nonlocal(l) => {
            let names: std::vec::Vec<&str> =
                ast.list(l).iter().map(|&q| crate::qstr::Qstr::from_id(q as u16).as_str()).collect();
            let kw = if matches!(ast.node(id), Node::Global(_)) { "global" } else { "nonlocal" };
            format!("({kw} {})", names.join(" "))
        }
        Node::Import(l) => format!("(import {})", list(l)),
        Node::ImportFrom(m, l) => format!("(from {} {})", m.as_str(), list(l)),
        Node::Alias(n, a, has_as) => {
            if has_as {
                format!("{} as {}", n.as_str(), a.as_str())
            } else {
                n.as_str().into()
            }
        }
        Node::If(p) => format!("(if {} {} {})", sexp(ast, ast.item(p, 0)), list(ast.item(p, 1)), list(ast.item(p, 2))),
        Node::While(p) => {
            format!("(while {} {} {})", sexp(ast, ast.item(p, 0)), list(ast.item(p, 1)), list(ast.item(p, 2)))
        }
        Node::For(p) => format!(
            "(for {} {} {} {})",
            sexp(ast, ast.item(p, 0)),
            sexp(ast, ast.item(p, 1)),
            list(ast.item(p, 2)),
            list(ast.item(p, 3))
        ),
        Node::Try(p) => format!("(try {} {} {})", list(ast.item(p, 0)), list(ast.item(p, 1)), list(ast.item(p, 2))),
        Node::Handler(t, n, b) => format!("(except {} {} {})", sexp(ast, t), n.as_str(), list(b)),
        Node::Def(n, p, b) => format!("(def {} {} {})", n.as_str(), list(p), list(b)),
        Node::Missing => "?".into(),
    }
}

/// The module's statements as one s-expression per statement, joined by newlines.
fn tree(src: &str) -> String {
    with_runtime(|| {
        let ast = parse(src.as_bytes(), false).expect("parses");
        let items: std::vec::Vec<String> = ast.list(ast.root).iter().map(|&s| sexp(&ast, s)).collect();
        items.join("\n")
    })
}

fn err(src: &str) -> (ErrorKind, u32) {
    with_runtime(|| match parse(src.as_bytes(), false) {
        Err(Error::Syntax { kind, line }) => (kind, line),
        Err(Error::Exc(_)) => panic!("exception instead of a syntax error"),
        Ok(_) => panic!("parsed"),
    })
}

/// Run `f` in a runtime with a 4 MiB heap (for long inputs).
fn with_big_runtime<R>(f: impl FnOnce() -> R) -> R {
    let _guard = crate::gc::root::TEST_LOCK.lock().unwrap_or_else(|e| e.into_inner());
    let mut hal = crate::testing::TestHal::default();
    let mut heap = std::vec![0u8; 4 << 20];
    crate::with_runtime(&mut hal, &mut heap, &crate::obj::module::NO_MODULES, 256 * 1024, f)
}

/// Whether parsing fails with `RuntimeError: maximum recursion depth exceeded`.
fn too_deep(src: &str) -> bool {
    with_big_runtime(|| match parse(src.as_bytes(), false) {
        Err(Error::Exc(e)) => e.ty().name() == "RuntimeError",
        _ => false,
    })
}

#[test]
fn node_size_is_pinned() {
    assert_eq!(core::mem::size_of::<Node>(), 12);
}

#[test]
fn precedence_of_binary_operators() {
    assert_eq!(tree("a + b * c - d"), "(expr (Sub (Add a (Mul b c)) d))");
    assert_eq!(tree("a | b ^ c & d << e"), "(expr (Or a (Xor b (And c (LShift d e)))))");
    assert_eq!(tree("a // b % c @ d"), "(expr (MatMul (Mod (FloorDiv a b) c) d))");
}

#[test]
fn power_is_right_associative_and_binds_tighter_than_unary_minus() {
    assert_eq!(tree("-a ** -b ** c"), "(expr (Neg (Pow a (Neg (Pow b c)))))");
}

#[test]
fn unary_minus_on_an_int_literal_folds() {
    assert_eq!(tree("-5\n~0\n--3"), "(expr -5)\n(expr -1)\n(expr 3)");
}

#[test]
fn boolean_operators_and_not() {
    assert_eq!(tree("a or b and not c or d"), "(expr (or [a (and [b (Not c)]) d]))");
}

#[test]
fn comparisons_chain() {
    assert_eq!(tree("a < b == c"), "(expr (cmp a [Lt:b Eq:c]))");
    assert_eq!(tree("a not in b is not c is d in e"), "(expr (cmp a [NotIn:b IsNot:c Is:d In:e]))");
}

#[test]
fn conditional_expression_and_lambda() {
    assert_eq!(tree("x = a if b else c"), "(= [x] (ifexp [b a c]))");
    assert_eq!(tree("f = lambda a, b=1, *c, **d: a"), "(= [f] (lambda [a b=1 *c **d] a))");
}

#[test]
fn trailers() {
    assert_eq!(tree("a.b(c, d)[e].f"), "(expr (. (sub (call (. a b) [c d]) e) f))");
    assert_eq!(tree("a[1, 2]"), "(expr (sub a (tuple [1 2])))");
}

#[test]
fn displays_and_tuples() {
    assert_eq!(tree("()\n(1,)\n(1)\n1, 2,\n[]\n[1, 2,]\n{}\n{1: 2, 3: 4}\n{1, 2}"), "(expr (tuple []))\n(expr (tuple [1]))\n(expr 1)\n(expr (tuple [1 2]))\n(expr (list []))\n(expr (list [1 2]))\n(expr (dict []))\n(expr (dict [1 2 3 4]))\n(expr (set [1 2]))");
}

#[test]
fn literals() {
    assert_eq!(tree("None, True, False, ..., 'a' \"b\", 0x10"), "(expr (tuple [None True False ... 'ab' 16]))");
}

#[test]
fn long_strings_are_heap_strs() {
    assert_eq!(tree("'a string longer than ten bytes'"), "(expr 'a string longer than ten bytes')");
}

#[test]
fn assignments() {
    assert_eq!(tree("a = b = 1"), "(= [a b] 1)");
    assert_eq!(tree("a, (b, c) = d"), "(= [(tuple [a (tuple [b c])])] d)");
    assert_eq!(tree("x[0] += 1"), "(Add= (sub x 0) 1)");
    assert_eq!(tree("x: int = 5\ny: int"), "(= [x] 5)\npass");
}

#[test]
fn simple_statements() {
    assert_eq!(
        tree("pass; del a, b.c\nreturn\nreturn 1, 2\nraise\nraise E from C\nassert x, 'm'\nglobal a, b\nnonlocal c"),
        "pass\n(del [a (. b c)])\n(return -)\n(return (tuple [1 2]))\n(raise - -)\n(raise E C)\n(assert x 'm')\n(global a b)\n(nonlocal c)"
    );
}

#[test]
fn imports() {
    assert_eq!(tree("import a, b.c as d"), "(import [a b.c as d])");
    assert_eq!(tree("from a.b import (c, d as e,)"), "(from a.b [c d as e])");
}

#[test]
fn if_elif_else_nests_from_the_last_elif() {
    assert_eq!(tree("if a: x\nelif b: y\nelse: z"), "(if a [(expr x)] [(if b [(expr y)] [(expr z)])])");
}

#[test]
fn loops() {
    assert_eq!(tree("while a:\n  b\nelse:\n  c"), "(while a [(expr b)] [(expr c)])");
    assert_eq!(tree("for x, y in a, b:\n  break\n  continue"), "(for (tuple [x y]) (tuple [a b]) [break continue] -)");
}

#[test]
fn try_except() {
    assert_eq!(
        tree("try:\n  a\nexcept (E, F) as e:\n  b\nexcept G:\n  c\nexcept:\n  d\nelse:\n  f"),
        "(try [(expr a)] [(except (tuple [E F]) e [(expr b)]) (except G  [(expr c)]) (except -  [(expr d)])] [(expr f)])"
    );
}

#[test]
fn def_with_defaults_and_annotations() {
    assert_eq!(tree("def f(a, b: int = 2) -> int:\n  return a"), "(def f [a b=2] [(return a)])");
}

#[test]
fn invalid_syntax_has_its_line() {
    assert_eq!(err("x = 1\nx = = 1\n"), (ErrorKind::InvalidSyntax, 2));
    assert_eq!(err("print('a')\ndef f(:\n    return 1\n"), (ErrorKind::InvalidSyntax, 2));
    assert_eq!(err("f(1,\n  2\n"), (ErrorKind::InvalidSyntax, 3));
}

#[test]
fn unexpected_indent() {
    let (kind, line) = err("x = 1\n    y = 2\n");
    assert_eq!((kind, line), (ErrorKind::UnexpectedIndent, 2));
    assert!(kind.is_indentation());
}

#[test]
fn unindent_mismatch() {
    let (kind, line) = err("if True:\n        x = 1\n    y = 2\n");
    assert_eq!((kind, line), (ErrorKind::Lex(LexErrorKind::DedentMismatch), 3));
    assert!(kind.is_indentation());
}

#[test]
fn missing_block_is_invalid_syntax() {
    assert_eq!(err("if x:\npass\n"), (ErrorKind::InvalidSyntax, 2));
}

#[test]
fn unsupported_features_say_so_on_their_line() {
    let cases = [
        ("x = 1\nclass A: pass", Feature::Class, 2),
        ("with a: pass", Feature::With, 1),
        ("async def f(): pass", Feature::Async, 1),
        ("@d\ndef f(): pass", Feature::Decorator, 1),
        ("[x for x in y]", Feature::Comprehension, 1),
        ("f(x for x in y)", Feature::Comprehension, 1),
        ("f'{x}'", Feature::FString, 1),
        ("x = b'a'", Feature::Bytes, 1),
        ("try:\n  a\nfinally:\n  b", Feature::Finally, 3),
        ("a[1:2]", Feature::Slice, 1),
        ("f(a=1)", Feature::KeywordArgs, 1),
        ("f(*a)", Feature::StarArgs, 1),
        ("def f(*, a): pass", Feature::KeywordOnly, 1),
        ("(x := 1)", Feature::Walrus, 1),
        ("from a import *", Feature::ImportStar, 1),
        ("from . import a", Feature::RelativeImport, 1),
        ("def f():\n  yield 1", Feature::Yield, 2),
        ("await x", Feature::Await, 1),
    ];
    for (src, feature, line) in cases {
        assert_eq!(err(src), (ErrorKind::NotSupported(feature), line), "{src}");
    }
}

#[test]
fn float_literals_are_not_supported_without_floats() {
    assert_eq!(err("x = 1\ny = 1.5"), (ErrorKind::DecimalNumbers, 2));
}

#[test]
fn int_literal_beyond_64_bits() {
    assert_eq!(err("x = 123456789012345678901234567890"), (ErrorKind::LongInt, 1));
}

#[test]
fn bad_escape_has_its_line() {
    assert_eq!(err("\n'\\x4'"), (ErrorKind::BadEscape, 2));
}

#[test]
fn default_except_must_be_last() {
    assert_eq!(err("try:\n  a\nexcept:\n  b\nexcept E:\n  c"), (ErrorKind::DefaultExceptNotLast, 5));
}

#[test]
fn parameter_errors() {
    assert_eq!(err("def f(a=1, b): pass"), (ErrorKind::NonDefaultAfterDefault, 1));
    assert_eq!(err("def f(a, a): pass"), (ErrorKind::ArgNameReused, 1));
}

#[test]
fn eval_input_is_one_expression() {
    with_runtime(|| {
        let ast = parse(b"1 + 2\n\n", true).expect("parses");
        assert_eq!(sexp(&ast, ast.item(ast.root, 0)), "(Add 1 2)");
        assert!(parse(b"x = 1", true).is_err());
    });
}

#[test]
fn deep_parentheses_are_a_runtime_error() {
    let src = "(".repeat(100_000);
    assert!(too_deep(&src));
}

#[test]
fn long_not_chain_is_a_runtime_error() {
    let src = "not ".repeat(100_000) + "x";
    assert!(too_deep(&src));
}

#[test]
fn long_unary_and_power_chains_are_runtime_errors() {
    assert!(too_deep(&("-".repeat(100_000) + "1")));
    assert!(too_deep(&(String::from("2") + &"**2".repeat(100_000))));
    assert!(too_deep(&(String::from("x = ") + &"lambda: ".repeat(100_000) + "1")));
}

#[test]
fn long_flat_sequences_are_fine() {
    let src = std::format!("x = [{}]\ny = {}\n", "1, ".repeat(20_000), "a + ".repeat(2_000) + "a");
    with_big_runtime(|| assert!(parse(src.as_bytes(), false).is_ok()));
}

#[test]
fn long_elif_chains_do_not_recurse() {
    let mut src = String::from("if a: pass\n");
    for _ in 0..20_000 {
        src.push_str("elif a: pass\n");
    }
    with_big_runtime(|| assert!(parse(src.as_bytes(), false).is_ok()));
}
