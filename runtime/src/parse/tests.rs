//! Parser tests: tree shapes (printed as s-expressions), errors with their lines,
//! and nesting too deep for the stack.

extern crate std;

use std::format;
use std::string::String;

use super::ast::{Ast, Node, NodeId, NO_LIST, NO_NODE};
use super::error::Detail;
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
        Node::Keyword(q, v) => format!("{}={}", q.as_str(), sexp(ast, v)),
        Node::DoubleStarred(e) => format!("**{}", sexp(ast, e)),
        Node::Yield(v) => format!("(yield {})", sexp(ast, v)),
        Node::YieldFrom(v) => format!("(yield-from {})", sexp(ast, v)),
        Node::ListComp(e, l) => format!("(listcomp {} {})", sexp(ast, e), list(l)),
        Node::SetComp(e, l) => format!("(setcomp {} {})", sexp(ast, e), list(l)),
        Node::GenExp(e, l) => format!("(genexp {} {})", sexp(ast, e), list(l)),
        Node::DictComp(l) => format!("(dictcomp {})", list(l)),
        Node::CompFor(l) => format!("(compfor {})", list(l)),
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
            ["", "*", "**", "kw:", "/"].get(k as usize).unwrap_or(&"?"),
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
        Node::ImportFrom(m, l, level) => format!("(from {}{} {})", ".".repeat(level as usize), m.as_str(), list(l)),
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
        Node::Try(p) => format!(
            "(try {} {} {} {})",
            list(ast.item(p, 0)),
            list(ast.item(p, 1)),
            list(ast.item(p, 2)),
            list(ast.item(p, 3))
        ),
        Node::Handler(t, n, b) => format!("(except {} {} {})", sexp(ast, t), n.as_str(), list(b)),
        Node::Def(n, p, b) => format!("(def {} {} {})", n.as_str(), list(p), list(b)),
        Node::Class(n, a, b) => format!("(class {} {} {})", n.as_str(), list(a), list(b)),
        Node::Decorated(d, n) => format!("(decorated {} {})", list(d), sexp(ast, n)),
        Node::With(items, b) => format!("(with {} {})", list(items), list(b)),
        Node::WithItem(c, t) => format!("(item {} {})", sexp(ast, c), sexp(ast, t)),
        Node::Slice(p) => {
            format!("(slice {} {} {})", sexp(ast, ast.item(p, 0)), sexp(ast, ast.item(p, 1)), sexp(ast, ast.item(p, 2)))
        }
        Node::Await(e) => format!("(await {})", sexp(ast, e)),
        Node::Async(n) => format!("(async {})", sexp(ast, n)),
        Node::NamedExpr(q, v) => format!("(:= {} {})", q.as_str(), sexp(ast, v)),
        Node::FString(f, l) => format!("(f {} {})", sexp(ast, f), list(l)),
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
    with_runtime(|| match parse(src.as_bytes(), false).map_err(Error::detail) {
        Err(Detail::Syntax { kind, line, .. }) => (kind, line),
        Err(Detail::Exc(_) | Detail::Literal { .. }) => panic!("exception instead of a syntax error"),
        Ok(_) => panic!("parsed"),
    })
}

/// The message and line of a number literal that does not convert.
fn literal_err(src: &str) -> (String, u32) {
    with_runtime(|| match parse(src.as_bytes(), false).map_err(Error::detail) {
        Err(Detail::Literal { exc, line }) => {
            let msg = crate::obj::tuple::as_slice(exc.args()).and_then(|a| a.first().copied());
            (msg.and_then(crate::obj::str::as_str).unwrap_or("?").into(), line)
        }
        _ => panic!("no literal error"),
    })
}

#[test]
fn malformed_numbers_have_micropythons_messages() {
    let cases = [
        ("x = 0x", "invalid syntax for integer with base 16: ''"),
        ("x = 0_7", "invalid syntax for integer with base 0: '07'"),
        ("x = 0b12", "invalid syntax for integer with base 2: '12'"),
        ("x = 12abc", "invalid syntax for integer with base 10: '12abc'"),
    ];
    for (src, msg) in cases {
        assert_eq!(literal_err(src), (msg.into(), 1), "{src}");
    }
    #[cfg(not(mp_float = "none"))]
    assert_eq!(literal_err("x = 1\ny = 1e+"), ("invalid syntax for number".into(), 2));
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
    with_big_runtime(|| match parse(src.as_bytes(), false).map_err(Error::detail) {
        Err(Detail::Exc(e)) => e.ty().name() == "RuntimeError",
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
        "(try [(expr a)] [(except (tuple [E F]) e [(expr b)]) (except G  [(expr c)]) (except -  [(expr d)])] [(expr f)] -)"
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
        ("[x async for x in y]", Feature::Async, 1),
        ("[x for x in y\n async for z in x]", Feature::Async, 2),
        ("f(x async for x in y)", Feature::Async, 1),
    ];
    for (src, feature, line) in cases {
        assert_eq!(err(src), (ErrorKind::NotSupported(feature), line), "{src}");
    }
}

#[cfg(mp_float = "none")]
#[test]
fn float_literals_are_not_supported_without_floats() {
    assert_eq!(literal_err("x = 1\ny = 1.5"), ("decimal numbers not supported".into(), 2));
}

#[cfg(all(not(mp_float = "none"), not(mp_feature = "complex")))]
#[test]
fn imaginary_literals_are_not_supported_without_complex() {
    assert_eq!(literal_err("x = 2j"), ("complex values not supported".into(), 1));
}

#[cfg(not(mp_longint = "mpz"))]
#[test]
fn int_literal_beyond_64_bits() {
    with_runtime(|| match parse(b"x = 123456789012345678901234567890", false).map_err(Error::detail) {
        Err(Detail::Literal { exc, .. }) => assert!(exc.is(&crate::obj::exc::OVERFLOW_ERROR)),
        _ => panic!("no OverflowError"),
    });
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

/// The lines of the module's first statement and, if it is `Decorated`, of the `def` or
/// `class` it holds.
fn lines(src: &str) -> (u32, u32) {
    with_runtime(|| {
        let ast = parse(src.as_bytes(), false).expect("parses");
        let s = ast.item(ast.root, 0);
        let inner = if let Node::Decorated(_, n) = ast.node(s) { n } else { s };
        (ast.line(s), ast.line(inner))
    })
}

#[test]
fn call_arguments_in_source_order() {
    assert_eq!(tree("f(a, *b, k=v, **m)"), "(expr (call f [a *b k=v **m]))");
    assert_eq!(tree("f(*a, b, *c, k=1, *d, **m, j=2, **n)"), "(expr (call f [*a b *c k=1 *d **m j=2 **n]))");
    assert_eq!(tree("f(k=1, *a,)"), "(expr (call f [k=1 *a]))");
    assert_eq!(tree("f(a=b==c, d=lambda: 1)"), "(expr (call f [a=(cmp b [Eq:c]) d=(lambda [] 1)]))");
    assert_eq!(tree("f(*a or b, **c if d else e)"), "(expr (call f [*(or [a b]) **(ifexp [d c e])]))");
}

#[test]
fn repeated_keywords_are_left_to_run_time() {
    assert_eq!(tree("f(a=1, a=2)"), "(expr (call f [a=1 a=2]))");
}

#[test]
fn call_argument_order_errors() {
    assert_eq!(err("f(a=1, b)"), (ErrorKind::PosAfterKeyword, 1));
    assert_eq!(err("f(\n  a=1,\n\n  b)"), (ErrorKind::PosAfterKeyword, 1));
    assert_eq!(err("f(**a,\n  b)"), (ErrorKind::PosAfterDoubleStar, 1));
    assert_eq!(err("f(**a, k=1, b)"), (ErrorKind::PosAfterDoubleStar, 1));
    assert_eq!(err("f(\n  **a,\n\n  *b)"), (ErrorKind::StarAfterDoubleStar, 1));
    assert_eq!(err("class A(metaclass=M, B): pass"), (ErrorKind::PosAfterKeyword, 1));
}

#[test]
fn keyword_argument_names_must_be_plain_names() {
    assert_eq!(err("f(a.b=1)"), (ErrorKind::KeywordNotName, 1));
    assert_eq!(err("f(x,\n  1+\n1=2)"), (ErrorKind::KeywordNotName, 2));
    assert_eq!(err("f((a)=1)"), (ErrorKind::KeywordNotName, 1));
    assert_eq!(err("f(True=1)"), (ErrorKind::KeywordNotName, 1));
    assert_eq!(err("class A(a[0]=1): pass"), (ErrorKind::KeywordNotName, 1));
    assert_eq!(err("f(a=1 for a in b)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f(a=)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f(*)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f(**)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f(,)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f(a b)"), (ErrorKind::InvalidSyntax, 1));
}

#[test]
fn a_generator_argument_must_be_alone() {
    assert_eq!(tree("f(x for x in y)"), "(expr (call f [(genexp x [(compfor [x y])])]))");
    assert_eq!(tree("f(x for x in y)(1)"), "(expr (call (call f [(genexp x [(compfor [x y])])]) [1]))");
    assert_eq!(err("f(x for x in y, 1)"), (ErrorKind::GenExpNotParenthesized, 1));
    assert_eq!(err("f(x for x in y,)"), (ErrorKind::GenExpNotParenthesized, 1));
    assert_eq!(err("f(1,\n  x for x in y)"), (ErrorKind::GenExpNotParenthesized, 2));
    assert_eq!(err("f(x for x in y z)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f(*x for x in y)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(tree("f((x for x in y), 1)"), "(expr (call f [(genexp x [(compfor [x y])]) 1]))");
}

#[test]
fn parameters_of_every_kind() {
    assert_eq!(tree("def f(a, b=1, *c, d, e=2, **g): pass"), "(def f [a b=1 *c kw:d kw:e=2 **g] [pass])");
    assert_eq!(tree("def f(a, /, b, *, c=1, d): pass"), "(def f [a / b * kw:c=1 kw:d] [pass])");
    assert_eq!(tree("def f(a=1, /, b=2, *c): pass"), "(def f [a=1 / b=2 *c] [pass])");
    assert_eq!(tree("def f(*, a): pass"), "(def f [* kw:a] [pass])");
    assert_eq!(
        tree("def f(**k,): pass\ndef g(*a,): pass\ndef h(a, /,): pass"),
        "(def f [**k] [pass])\n(def g [*a] [pass])\n(def h [a /] [pass])"
    );
    assert_eq!(tree("def f(): pass"), "(def f [] [pass])");
}

#[test]
fn annotations_are_dropped_in_def() {
    assert_eq!(
        tree("def f(a: int, /, b: 'x' = 1, *c: T, d: U = 2, **e: V) -> R: pass"),
        "(def f [a / b=1 *c kw:d=2 **e] [pass])"
    );
}

#[test]
fn lambda_parameters() {
    assert_eq!(tree("lambda: 0"), "(expr (lambda [] 0))");
    assert_eq!(tree("lambda a, /, b=1, *, c, **d: 0"), "(expr (lambda [a / b=1 * kw:c **d] 0))");
    assert_eq!(tree("lambda *a, b=1: 0"), "(expr (lambda [*a kw:b=1] 0))");
    assert_eq!(tree("lambda a,: 0"), "(expr (lambda [a] 0))");
    assert_eq!(err("f = lambda a: int: 0"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("lambda *: 0"), (ErrorKind::BareStar, 1));
    assert_eq!(err("f = lambda a, a: 0"), (ErrorKind::ArgNameReused, 1));
}

#[test]
fn nested_parameter_lists_have_their_own_names() {
    assert_eq!(tree("def f(a, b=lambda a, b: 0): pass"), "(def f [a b=(lambda [a b] 0)] [pass])");
}

#[test]
fn parameter_errors_of_the_new_kinds() {
    assert_eq!(err("def f(*): pass"), (ErrorKind::BareStar, 1));
    assert_eq!(err("def f(*,): pass"), (ErrorKind::BareStar, 1));
    assert_eq!(err("def f(a,\n  *,\n  **k): pass"), (ErrorKind::BareStar, 2));
    assert_eq!(err("def f(**k, a): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(**k,\n  *a): pass"), (ErrorKind::InvalidSyntax, 2));
    assert_eq!(err("def f(**k, **j): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(**k=1): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(*a=1): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(*a, *b): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(*, *b): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(/, a): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(a, /, /): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(*a, /): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(**a, /): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(*: int, a): pass"), (ErrorKind::BareStar, 1));
    assert_eq!(err("def f(,): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("def f(a=1, /, b): pass"), (ErrorKind::NonDefaultAfterDefault, 1));
    assert_eq!(err("def f(a=1,\n  b, *c): pass"), (ErrorKind::NonDefaultAfterDefault, 2));
    assert_eq!(err("def f(a, *, b, a): pass"), (ErrorKind::ArgNameReused, 1));
    assert_eq!(err("def f(a, *a): pass"), (ErrorKind::ArgNameReused, 1));
    assert_eq!(err("def f(a,\n  **a): pass"), (ErrorKind::ArgNameReused, 2));
}

#[test]
fn yield_statements_and_values() {
    assert_eq!(
        tree("yield\nyield x\nyield a, *b\nyield from f()"),
        "(expr (yield -))\n(expr (yield x))\n(expr (yield (tuple [a *b])))\n(expr (yield-from (call f [])))"
    );
    assert_eq!(tree("x = yield\ny = z = yield 1, 2"), "(= [x] (yield -))\n(= [y z] (yield (tuple [1 2])))");
    assert_eq!(tree("x += yield a\nx -= yield from b"), "(Add= x (yield a))\n(Sub= x (yield-from b))");
    assert_eq!(tree("x: int = yield"), "(= [x] (yield -))");
    assert_eq!(tree("a = yield = 2"), "(= [a (yield -)] 2)");
}

#[test]
fn parenthesised_yield_is_an_atom() {
    assert_eq!(tree("f((yield))"), "(expr (call f [(yield -)]))");
    assert_eq!(tree("x = (yield a) + (yield from b)"), "(= [x] (Add (yield a) (yield-from b)))");
    assert_eq!(tree("lambda: (yield)"), "(expr (lambda [] (yield -)))");
    assert_eq!(tree("[(yield x) for x in y]"), "(expr (listcomp (yield x) [(compfor [x y])]))");
}

#[test]
fn yield_errors() {
    assert_eq!(err("f(yield)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("x = 1\nyield = 1"), (ErrorKind::InvalidSyntax, 2));
    assert_eq!(err("yield x = 1"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("yield from"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("yield from a, b"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("x = 1 if yield else 2"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("return yield"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[yield]"), (ErrorKind::InvalidSyntax, 1));
}

#[test]
fn comprehensions() {
    assert_eq!(tree("[e for t in it if c for u in it2]"), "(expr (listcomp e [(compfor [t it c]) (compfor [u it2])]))");
    assert_eq!(tree("{e for a, b in c if d if f}"), "(expr (setcomp e [(compfor [(tuple [a b]) c d f])]))");
    assert_eq!(tree("{k: v for k, v in d}"), "(expr (dictcomp [k v (compfor [(tuple [k v]) d])]))");
    assert_eq!(tree("(e for x, in y)"), "(expr (genexp e [(compfor [(tuple [x]) y])]))");
    assert_eq!(
        tree("[a if b else c for (x, *y) in z]"),
        "(expr (listcomp (ifexp [b a c]) [(compfor [(tuple [x *y]) z])]))"
    );
    assert_eq!(
        tree("[x for x in a or b if not c and d]"),
        "(expr (listcomp x [(compfor [x (or [a b]) (and [(Not c) d])])]))"
    );
    assert_eq!(
        tree("[x for x in (a if b else c) if (lambda: 1)]"),
        "(expr (listcomp x [(compfor [x (ifexp [b a c]) (lambda [] 1)])]))"
    );
    assert_eq!(
        tree("[[y for y in x] for x in z]"),
        "(expr (listcomp (listcomp y [(compfor [y x])]) [(compfor [x z])]))"
    );
    assert_eq!(tree("x = [\n  e\n  for a in b\n]"), "(= [x] (listcomp e [(compfor [a b])]))");
}

#[test]
fn comprehension_errors() {
    assert_eq!(err("[x for x in 1 if 2 if 3 else 4]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[x for x in a if b else c]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[x for x in lambda: 1]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[x for x in y if lambda: 1]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[x for x in 1, 2]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[a, b for c in d]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("{a: b, c for c in d}"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("{a: b for c in d, e}"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[x for x]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[x for in y]"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("(x for x in y for)"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("[\n  *a for a in b]"), (ErrorKind::StarTarget, 2));
    assert_eq!(err("{*a for a in b}"), (ErrorKind::StarTarget, 1));
    assert_eq!(err("(*a for a in b)"), (ErrorKind::StarTarget, 1));
}

#[test]
fn try_finally() {
    assert_eq!(tree("try:\n  a\nfinally:\n  b"), "(try [(expr a)] [] - [(expr b)])");
    assert_eq!(
        tree("try:\n  a\nexcept E:\n  b\nelse:\n  c\nfinally:\n  d"),
        "(try [(expr a)] [(except E  [(expr b)])] [(expr c)] [(expr d)])"
    );
    assert_eq!(tree("try: a\nexcept: b\nfinally: c"), "(try [(expr a)] [(except -  [(expr b)])] - [(expr c)])");
}

#[test]
fn try_errors() {
    assert_eq!(err("try:\n  pass\n\nx = 1"), (ErrorKind::InvalidSyntax, 4));
    assert_eq!(err("try:\n  pass\nelse:\n  pass"), (ErrorKind::InvalidSyntax, 3));
    assert_eq!(err("try:\n  pass\nfinally:\n  pass\nelse:\n  pass"), (ErrorKind::InvalidSyntax, 5));
    assert_eq!(err("try:\n  pass\nexcept:\n  pass\nfinally:\n  pass\nelse:\n  pass"), (ErrorKind::InvalidSyntax, 7));
    assert_eq!(err("try:\n  pass\nfinally:\n  pass\nexcept:\n  pass"), (ErrorKind::InvalidSyntax, 5));
    assert_eq!(err("try:\n  pass\nfinally:\n  pass\nfinally:\n  pass"), (ErrorKind::InvalidSyntax, 5));
    assert_eq!(err("try:\n  pass\nfinally\n  pass"), (ErrorKind::InvalidSyntax, 3));
}

#[test]
fn classes() {
    assert_eq!(tree("class A: pass"), "(class A [] [pass])");
    assert_eq!(tree("class A():\n  x = 1\n  def f(self): pass"), "(class A [] [(= [x] 1) (def f [self] [pass])])");
    assert_eq!(tree("class A(B, C, metaclass=M, *a, **k): pass"), "(class A [B C metaclass=M *a **k] [pass])");
    assert_eq!(tree("class A(x for x in y): pass"), "(class A [(genexp x [(compfor [x y])])] [pass])");
}

#[test]
fn class_errors() {
    assert_eq!(err("class A.b: pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("class (A): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("class A(\nb=1,\nc)\n: pass"), (ErrorKind::PosAfterKeyword, 1));
    assert_eq!(err("class A(B)\n  pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("class A(**k, *a): pass"), (ErrorKind::StarAfterDoubleStar, 1));
}

#[test]
fn decorators() {
    assert_eq!(tree("@d\ndef f(): pass"), "(decorated [d] (def f [] [pass]))");
    assert_eq!(tree("@a.b(1)\n\n# c\n@c\nclass A: pass"), "(decorated [(call (. a b) [1]) c] (class A [] [pass]))");
    assert_eq!(
        tree("@x[0].y + 1\n@(yield)\n@lambda f: f\n@a if b else c\ndef f(): pass"),
        "(decorated [(Add (. (sub x 0) y) 1) (yield -) (lambda [f] f) (ifexp [b a c])] (def f [] [pass]))"
    );
    assert_eq!(
        tree("class A:\n  @staticmethod\n  def f(): pass"),
        "(class A [] [(decorated [staticmethod] (def f [] [pass]))])"
    );
}

#[test]
fn decorated_nodes_keep_the_lines_of_both_parts() {
    assert_eq!(lines("\n@a\n\n@b\ndef f(): pass"), (2, 5));
    assert_eq!(lines("@a\nclass A: pass"), (1, 2));
    assert_eq!(lines("\ndef f(): pass"), (2, 2));
}

#[test]
fn decorator_errors() {
    assert_eq!(err("@x\nx = 1"), (ErrorKind::InvalidSyntax, 2));
    assert_eq!(err("@x\n\nx = 1"), (ErrorKind::InvalidSyntax, 3));
    assert_eq!(err("@x, y\ndef f(): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("@*x\ndef f(): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("@\ndef f(): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("@x def f(): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("@x\n  def f(): pass"), (ErrorKind::UnexpectedIndent, 2));
    assert_eq!(err("@x"), (ErrorKind::InvalidSyntax, 1));
}

#[test]
fn with_statements() {
    assert_eq!(
        tree("with a as x, b as (c, d), e: pass"),
        "(with [(item a x) (item b (tuple [c d])) (item e -)] [pass])"
    );
    assert_eq!(tree("with a as b.c, d as e[0]:\n  pass"), "(with [(item a (. b c)) (item d (sub e 0))] [pass])");
    assert_eq!(tree("with a if b else c as d: pass"), "(with [(item (ifexp [b a c]) d)] [pass])");
    assert_eq!(tree("with a as (b, *c): pass"), "(with [(item a (tuple [b *c]))] [pass])");
    assert_eq!(tree("with f() as [a, b]: pass"), "(with [(item (call f []) (list [a b]))] [pass])");
}

#[test]
fn parenthesised_with_items() {
    assert_eq!(tree("with (a as b, c): pass"), "(with [(item a b) (item c -)] [pass])");
    assert_eq!(tree("with (\n  a as b,\n  c as d,\n): pass"), "(with [(item a b) (item c d)] [pass])");
    assert_eq!(tree("with (a, b): pass"), "(with [(item a -) (item b -)] [pass])");
    assert_eq!(tree("with (a): pass"), "(with [(item a -)] [pass])");
}

#[test]
fn with_starting_with_a_parenthesised_expression() {
    assert_eq!(tree("with (a, b) as c: pass"), "(with [(item (tuple [a b]) c)] [pass])");
    assert_eq!(tree("with (a) as b, (c): pass"), "(with [(item a b) (item c -)] [pass])");
    assert_eq!(tree("with (a).b(1) as c: pass"), "(with [(item (call (. a b) [1]) c)] [pass])");
    assert_eq!(tree("with (a) - b: pass"), "(with [(item (Sub a b) -)] [pass])");
    assert_eq!(tree("with (a) not in b: pass"), "(with [(item (cmp a [NotIn:b]) -)] [pass])");
    assert_eq!(tree("with (a) if b else c: pass"), "(with [(item (ifexp [b a c]) -)] [pass])");
    assert_eq!(tree("with (a, b), c: pass"), "(with [(item (tuple [a b]) -) (item c -)] [pass])");
    assert_eq!(tree("with (a,): pass"), "(with [(item a -)] [pass])");
    assert_eq!(tree("with (a,) as b: pass"), "(with [(item (tuple [a]) b)] [pass])");
    assert_eq!(tree("with (): pass"), "(with [(item (tuple []) -)] [pass])");
    assert_eq!(tree("with (*a, b): pass"), "(with [(item (tuple [*a b]) -)] [pass])");
    assert_eq!(tree("with (yield) as a: pass"), "(with [(item (yield -) a)] [pass])");
    assert_eq!(tree("with (x for x in y): pass"), "(with [(item (genexp x [(compfor [x y])]) -)] [pass])");
}

#[test]
fn with_errors() {
    assert_eq!(err("with : pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with a as b, : pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with a as *b: pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with *a: pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with a as b c: pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with (a as b) as c: pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with (a as b).c: pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with (*a as b): pass"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("with a:\npass"), (ErrorKind::InvalidSyntax, 2));
}

#[test]
fn deep_nesting_of_new_forms_is_a_runtime_error() {
    assert!(too_deep(&("[x for x in ".repeat(50_000) + "y")));
    assert!(too_deep(&("f(".repeat(100_000))));
    assert!(too_deep(&(String::from("x = ") + &"(yield ".repeat(100_000))));
    assert!(too_deep(&(String::from("with ") + &"(".repeat(100_000))));
}

#[test]
fn long_flat_argument_and_decorator_lists_are_fine() {
    let src =
        std::format!("f({})\n{}def g(): pass\n", "a, ".repeat(5_000) + &"k=1, ".repeat(5_000), "@d\n".repeat(5_000));
    with_big_runtime(|| assert!(parse(src.as_bytes(), false).is_ok()));
}

/// Sources using every form parsed here, for the mutation test below.
const MUTATION_CORPUS: &[&str] = &[
    "f(a, *b, k=v, **m)\nf(x for x in y)\n",
    "def f(a, /, b=1, *c, d, e=2, **g) -> int: pass\n",
    "def f(a: int, *, b: str = 'x'): return (yield a)\n",
    "g = lambda a, /, b=1, *, c, **d: 0\n",
    "x = yield a, *b\ny += yield from z\n",
    "[e for t, u in it if c for v in (w if p else q) if r]\n",
    "{k: v for k, v in d}\n{e for e in s}\n(g for g in h)\n",
    "try:\n  a\nexcept E as e:\n  b\nelse:\n  c\nfinally:\n  d\n",
    "class A(B, metaclass=M, *a, **k):\n  @staticmethod\n  def f(): pass\n",
    "@a.b(1)\n@c if d else e\nclass A: pass\n",
    "with a as x, b as (c, d), e: pass\n",
    "with (a as b, c,): pass\nwith (a, b) as c: pass\nwith (a).b - 1: pass\n",
];

#[test]
fn every_prefix_and_deletion_of_valid_sources_fails_cleanly() {
    for src in MUTATION_CORPUS {
        assert!(with_runtime(|| parse(src.as_bytes(), false).is_ok()), "{src}");
        let mut variants: std::vec::Vec<String> = (0..src.len()).map(|i| String::from(&src[..i])).collect();
        variants.extend((0..src.len()).map(|i| String::from(&src[..i]) + &src[i + 1..]));
        variants.extend((0..src.len()).map(|i| String::from(&src[..i]) + "(" + &src[i..]));
        for v in variants {
            with_runtime(|| match parse(v.as_bytes(), false).map_err(Error::detail) {
                Ok(_) | Err(Detail::Syntax { .. }) => {}
                Err(Detail::Literal { exc, .. }) => assert!(exc.is(&crate::obj::exc::VALUE_ERROR), "{v:?}"),
                Err(Detail::Exc(e)) => panic!("{v:?}: {}", e.ty().name()),
            });
        }
    }
}

#[test]
fn fstrings_become_format_calls() {
    assert_eq!(tree("f'a{x}b'"), "(expr (f 'a{}b' [x]))");
    assert_eq!(tree("f'{x!r:>{w}} {{lit}} {y=}'"), "(expr (f '{!r:>{}} {{lit}} y={!r}' [x w y]))");
    assert_eq!(tree("'p{' f'{a + 1:{w}.{p}}' 's}'"), "(expr (f 'p{{{:{}.{}}s}}' [(Add a 1) w p]))");
    assert_eq!(
        tree("f'{a[\"k\"]}{b == 1}{c != 2}{d:=^5}'"),
        "(expr (f '{}{}{}{:=^5}' [(sub a 'k') (cmp b [Eq:1]) (cmp c [Ne:2]) d]))"
    );
    assert_eq!(tree("f'\\n{x}'"), "(expr (f '\n{}' [x]))");
    assert_eq!(err("x = 1\nf'{}'"), (ErrorKind::FStringEmpty, 2));
    assert_eq!(err("f'a}'"), (ErrorKind::FStringBrace, 1));
    assert_eq!(err("f'{x!z}'"), (ErrorKind::FStringConversion, 1));
    assert_eq!(err("f'{x'"), (ErrorKind::InvalidSyntax, 1));
    assert_eq!(err("f'{x:{y:{z}}}'"), (ErrorKind::FStringNesting, 1));
    assert_eq!(err("b'a' f'b'"), (ErrorKind::MixedBytes, 1));
}
