# async def, await, async for, async with, __await__, __aiter__/__anext__,
# __aenter__/__aexit__, driven by a tiny round-robin event loop written in Python.
class Sleep:
    def __await__(self):
        yield 'tick'
        return 'slept'

async def work(name, n, log):
    for i in range(n):
        r = await Sleep()
        log.append((name, i, r))
    return name + ' done'

def run(coros):
    results = {}
    queue = list(coros)
    while queue:
        c = queue.pop(0)
        try:
            c.send(None)
            queue.append(c)
        except StopIteration as e:
            results[id(c)] = e.value
            print('finished:', e.value)
    return results

log = []
run([work('a', 2, log), work('b', 3, log)])
print(log)

class Counter:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await Sleep()
        return self.n

class Res:
    async def __aenter__(self):
        print('aenter')
        return 'res'
    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None)
        return t is KeyError

async def main():
    out = []
    async for x in Counter(3):
        out.append(x)
    else:
        out.append('else')
    print(out)
    async with Res() as r:
        print('inside', r)
    async with Res():
        raise KeyError('swallowed')
    try:
        async with Res():
            raise ValueError('escapes')
    except ValueError as e:
        print('caught', e)
    async for x in Counter(5):
        if x == 2:
            break
    print('broke at', x)
    return await work('c', 1, [])

run([main()])
