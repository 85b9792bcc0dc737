N = 60000  # sizes: small=500 normal=60000
# Exception-heavy control flow (written for this suite): custom exception classes with
# arguments, raise and catch in nested calls, finally blocks, re-raise, exception chaining
# through handlers, KeyError/IndexError/ZeroDivisionError from built-ins, StopIteration.
# Checksum: counters.


class AppError(Exception):
    pass


class Retry(AppError):
    def __init__(self, n):
        super().__init__(n)
        self.n = n


class Fatal(AppError):
    pass


def work(i):
    if i % 7 == 0:
        raise Retry(i % 5)
    if i % 11 == 0:
        raise Fatal("bad", i)
    if i % 13 == 0:
        return {}[i]
    if i % 17 == 0:
        return [][i]
    if i % 19 == 0:
        return i // (i - i)
    return i


def layer(i, log):
    try:
        return work(i)
    except Retry as e:
        log[0] += e.n
        raise
    finally:
        log[1] += 1


counts = {"ok": 0, "retry": 0, "fatal": 0, "key": 0, "index": 0, "zero": 0}
log = [0, 0]
acc = 0
for i in range(1, N + 1):
    try:
        acc += layer(i, log)
        counts["ok"] += 1
    except Retry as e:
        counts["retry"] += 1
        acc += e.n
    except Fatal as e:
        counts["fatal"] += 1
        acc += e.args[1] % 3
    except KeyError:
        counts["key"] += 1
    except IndexError:
        counts["index"] += 1
    except ArithmeticError:
        counts["zero"] += 1
stops = 0
for i in range(N // 10):
    it = iter(range(i % 4))
    while True:
        try:
            next(it)
        except StopIteration:
            stops += 1
            break
nested = 0
for i in range(N // 10):
    try:
        try:
            raise ValueError(i)
        except ValueError as e:
            raise AppError(e.args[0] + 1)
    except AppError as e:
        nested += e.args[0]
print(acc % 1000000007, sorted(counts.items()), log, stops, nested)
