# The messages of common wrong calls to built-in functions, types and methods, and of
# wrong argument counts to Python functions (MicroPython's wording, .exp).
def f1(a): pass
def f2(a, b=1): pass
def fk(*, k): pass
class C:
    def m(self, x): pass
cases = [
    "len()", "len(1, 2)", "len(1)", "abs()", "abs('x')", "abs(None)", "isinstance(1)", "isinstance(1, 2)",
    "issubclass(1, int)", "hash([])", "iter(1)", "next(1)", "getattr(1, 'x')", "setattr(1, 'x', 2)",
    "min()", "min([])", "max(1)", "sorted()", "sorted(1)", "sorted([1], 2)", "sorted([1], reverse=1, x=2)",
    "sum()", "sum(['a'])", "sum([1], 'a')", "int([])", "int(None)", "int('1', 99)", "int(1, 2, 3)",
    "int(1, 10)", "float([])", "float(1, 2)", "complex(1, 2, 3)", "str(1, 2)", "bool(1, 2)",
    "','.join([1])", "','.join(1)", "'a'.split(1)", "'a'.replace(1, 2)", "'a'.find(1)", "'a'.count()",
    "'a' + 1", "1 + 'a'", "'a' * 'b'", "'a'[1]", "'a'['x']", "[][0]", "[]['x']", "().index(1)", "[].remove(1)",
    "[].pop()", "[1].pop(5)", "{}.pop(1)", "{}.popitem()", "{}['k']", "set().pop()", "set().remove(1)",
    "{}.update(1)", "dict(1)", "dict([1])", "list(1)", "range()", "range(1.5)", "range(1, 2, 0)",
    "chr(-1)", "chr('a')", "ord('ab')", "ord(1)", "divmod(1, 0)", "1 // 0", "pow(2, 2, 0)",
    "round('a')", "bin(1.5)", "bin('a')", "hex(1.5)", "oct([])",
    "f1()", "f1(1, 2)", "f2()", "f2(1, 2, 3)", "f1(b=1)", "f1(1, a=2)", "fk()", "fk(1)",
    "(lambda: 0)(1)", "(lambda x: 0)()", "C().m()", "C().m(1, 2)", "object(1)", "type()", "type(1, 2)",
    "type(1, 2, 3, 4)", "type('a', 1, {})", "type('a', (), 1)", "type(1, (), {})", "type('a', (1,), {})",
    "class A(type(None)): pass", "1()", "None()", "[].append()", "[].append(1, 2)", "'a'.upper(1)",
    "enumerate()", "enumerate(1)", "map(abs)", "reversed(1)", "print(sep=1)", "print(file=1)",
    "bytes('a')", "bytes(-1)", "bytes([256])", "bytes(1 << 70)", "memoryview(1)",
    "[] + ()", "1 < 'a'", "None < None", "-'a'", "~1.5", "nope", "(1).y", "a, b = 1", "a, b = [1]",
    "a, b = [1, 2, 3]", "raise 1", "exec(1)", "exec('1', 1)", "exec('1', {}, 1)", "dir(1, 2)",
    "'%d' % 'a'", "'%s %s' % 1", "'%s' % (1, 2)", "'{}'.format()", "'{0}{}'.format(1, 2)", "'{a}'.format()",
    "1 << -1", "[].insert(1)", "[1, 2][::0]", "'a' in 1", "x = (1,); x[0] = 2", "del (1,)[0]", "x = {}; del x[1]",
    "all(1)", "sum([], 1, 2)", "zip(1)", "filter(1)",
]
g = {'f1': f1, 'f2': f2, 'fk': fk, 'C': C}
for c in cases:
    try:
        exec(c, g)
        print(c, '-> ok')
    except Exception as e:
        print(c, '->', type(e).__name__, e)
