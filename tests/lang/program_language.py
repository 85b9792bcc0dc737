# A program that uses the whole language together: a tokenizer and a small stack
# interpreter for a toy language (classes, generators, closures, comprehensions,
# f-strings, unpacking, slices, exceptions, with, decorators), and an async
# producer/consumer pipeline run by a round-robin event loop written in Python.

class ToyError(Exception):
    def __init__(self, msg, pos=None):
        super().__init__(msg)
        self.pos = pos

    def __str__(self):
        base = self.args[0]
        return f"{base} at {self.pos}" if self.pos is not None else base


class Token:
    __slots_like__ = ('kind', 'text', 'pos')

    def __init__(self, kind, text, pos):
        self.kind, self.text, self.pos = kind, text, pos

    def __repr__(self):
        return f"Token({self.kind!r}, {self.text!r})"

    def __eq__(self, other):
        return isinstance(other, Token) and (self.kind, self.text) == (other.kind, other.text)


def tokens(src):
    """Yield tokens: numbers, names, operators; skip spaces."""
    i = 0
    while i < len(src):
        c = src[i]
        if c == ' ':
            i += 1
            continue
        start = i
        if c in '0123456789':
            while i < len(src) and src[i] in '0123456789':
                i += 1
            yield Token('num', src[start:i], start)
        elif c.isalpha():
            while i < len(src) and (src[i].isalpha() or src[i] == '_'):
                i += 1
            yield Token('name', src[start:i], start)
        elif c in '+-*/()=':
            i += 1
            yield Token('op', c, start)
        else:
            raise ToyError(f"bad character {c!r}", start)


PRECEDENCE = {'+': 1, '-': 1, '*': 2, '/': 2}


def to_rpn(toks):
    """Shunting-yard: infix tokens to reverse Polish notation."""
    out, stack = [], []
    for t in toks:
        if t.kind in ('num', 'name'):
            out.append(t)
        elif t.text == '(':
            stack.append(t)
        elif t.text == ')':
            while stack and stack[-1].text != '(':
                out.append(stack.pop())
            if not stack:
                raise ToyError("unbalanced )", t.pos)
            stack.pop()
        else:
            while stack and stack[-1].text in PRECEDENCE and PRECEDENCE[stack[-1].text] >= PRECEDENCE[t.text]:
                out.append(stack.pop())
            stack.append(t)
    while stack:
        t = stack.pop()
        if t.text == '(':
            raise ToyError("unbalanced (", t.pos)
        out.append(t)
    return out


CALLS = []


def traced(fn):
    def wrapper(*args, **kwargs):
        CALLS.append(fn.__name__)
        return fn(*args, **kwargs)

    return wrapper


class Machine:
    ops = {
        '+': lambda a, b: a + b,
        '-': lambda a, b: a - b,
        '*': lambda a, b: a * b,
        '/': lambda a, b: a // b,
    }

    def __init__(self):
        self.env = {}
        self._steps = 0

    @property
    def steps(self):
        return self._steps

    @traced
    def run(self, rpn):
        stack = []
        for t in rpn:
            self._steps += 1
            if t.kind == 'num':
                stack.append(int(t.text))
            elif t.kind == 'name':
                if t.text not in self.env:
                    raise ToyError(f"unknown name {t.text}", t.pos)
                stack.append(self.env[t.text])
            else:
                *rest, a, b = stack
                try:
                    stack = rest + [self.ops[t.text](a, b)]
                except ZeroDivisionError:
                    raise ToyError("division by zero", t.pos)
        [result] = stack
        return result

    def execute(self, line):
        toks = list(tokens(line))
        if len(toks) > 2 and toks[1] == Token('op', '=', 0):
            name, _, *expr = toks
            value = self.run(to_rpn(expr))
            self.env[name.text] = value
            return f"{name.text} = {value}"
        return str(self.run(to_rpn(toks)))


class Session:
    def __init__(self, machine):
        self.machine = machine
        self.log = []

    def __enter__(self):
        self.log.append('open')
        return self

    def __exit__(self, kind, value, tb):
        self.log.append('close' if kind is None else f'close after {kind.__name__}: {value}')
        return kind is ToyError


program = [
    "x = 2 + 3 * 4",
    "y = (x - 4) / 2",
    "x * y",
    "z = y * (x + 1",
    "w = 7 / (y - 5)",
    "q + 1",
    "v = 10 $ 2",
    "x - y - 1",
]

m = Machine()
for line in program:
    with Session(m) as s:
        print(f"{line:<18} -> {m.execute(line)}")
    print('   ', s.log)
print('steps', m.steps, 'runs', len(CALLS), 'env', sorted(m.env.items()))
squares = {k: v * v for k, v in m.env.items() if v % 2}
print('odd squares', squares, [t.text for t in tokens('a+b*c')][::2])


def fib_gen():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take(n, it):
    return [x for _, x in zip(range(n), it)]


print('fib', take(10, fib_gen()), 'evens', take(5, (x for x in fib_gen() if x % 2 == 0)))


def make_counter(start=0, *, step=1):
    count = start

    def bump():
        nonlocal count
        count += step
        return count
    return bump


c = make_counter(10, step=5)
print('counter', [c() for _ in range(3)])


class Queue:
    def __init__(self):
        self.items = []

    def put(self, x):
        self.items.append(x)

    async def get(self):
        while not self.items:
            await Yield()
        return self.items.pop(0)


class Yield:
    def __await__(self):
        yield


async def producer(q, n):
    for i in range(n):
        q.put(i * i)
        await Yield()
    q.put(None)


async def consumer(q, out):
    while (item := await q.get()) is not None:
        out.append(item)
    return sum(out)


def run_all(*coros):
    results = [None] * len(coros)
    pending = list(enumerate(coros))
    while pending:
        i, co = pending.pop(0)
        try:
            co.send(None)
            pending.append((i, co))
        except StopIteration as stop:
            results[i] = stop.value
    return results


q = Queue()
got = []
print('async', run_all(producer(q, 5), consumer(q, got)), got)
