N = 100000  # sizes: small=1000 normal=100000
# Closures (written for this suite): counters with nonlocal state, function factories,
# composed functions, decorators wrapping calls, lambdas capturing loop variables through
# default arguments, and closures over closures. Checksum: the results.


def make_counter(step):
    n = 0

    def inc():
        nonlocal n
        n += step
        return n

    return inc


def compose(f, g):
    return lambda x: f(g(x))


def adder(k):
    def add(x):
        return x + k

    return add


CALLS = {}


def counted(fn):
    name = fn.__name__
    CALLS[name] = 0

    def wrapper(*args):
        CALLS[name] += 1
        return fn(*args)

    return wrapper


@counted
def mix(a, b):
    return (a * 31 + b) % 65521


def make_acc():
    total = 0

    def add(v):
        nonlocal total
        total = mix(total, v)
        return total

    def get():
        return total

    return add, get


counters = [make_counter(s) for s in range(1, 5)]
fns = [compose(adder(k), adder(2 * k)) for k in range(8)]
scalers = [lambda x, k=k: x * k for k in range(5)]
add, get = make_acc()
acc = 0
for i in range(N):
    c = counters[i & 3]()
    f = fns[i & 7](i)
    g = scalers[i % 5](f)
    add(g & 1023)
    acc = (acc + c + g) % 1000000007
print(acc, get(), CALLS, [c() for c in counters])
