# Several tasks with sleeps of distinct lengths sharing a queue: producers, consumers, the
# order of their interleaving, and the end-of-stream sentinel.
import asyncio


async def producer(name, q, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        await q.put((name, i))
        print("put", name, i, "qsize", q.qsize())
    print("producer", name, "done")


async def consumer(q, out):
    while True:
        item = await q.get()
        if item is None:
            print("consumer sees end")
            return len(out)
        out.append(item)
        print("got", item)
        await asyncio.sleep(0.05)


async def main():
    q = asyncio.Queue()
    print(q.empty(), q.full(), q.qsize(), q.maxsize)
    out = []
    c = asyncio.create_task(consumer(q, out))
    p1 = asyncio.create_task(producer("a", q, 3, 0.20))
    p2 = asyncio.create_task(producer("b", q, 2, 0.50))
    await p1
    await p2
    await q.put(None)
    n = await c
    print("consumed", n, sorted(out))
    print(q.empty(), q.qsize())


asyncio.run(main())
