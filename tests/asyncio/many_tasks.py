# Many tasks at once: a hundred sleepers feeding one bounded queue, a gather of fifty, and
# a thousand sleep(0) round trips (the scheduler's queues under load; small heaps too).
import asyncio


async def feeder(i, q):
    await asyncio.sleep(((i * 7) % 50) / 1000)
    await q.put(i)


async def square(i):
    await asyncio.sleep(0)
    return i * i


async def spinner(n):
    for _ in range(n):
        await asyncio.sleep(0)
    return n


async def main():
    q = asyncio.Queue(8)
    for i in range(100):
        asyncio.create_task(feeder(i, q))
    got = []
    while len(got) < 100:
        got.append(await q.get())
    print(len(got), sum(got), sorted(got) == list(range(100)), q.empty())
    r = await asyncio.gather(*[square(i) for i in range(50)])
    print(sum(r), r[:5], r[-1])
    print(await asyncio.gather(spinner(500), spinner(500)))


asyncio.run(main())
