# Queue with maxsize: put blocks while full, the nowait forms and their errors.
import asyncio


async def slow_getter(q):
    await asyncio.sleep(0.05)
    print("getter takes", q.get_nowait())
    await asyncio.sleep(0.05)
    print("getter takes", await q.get())


async def main():
    q = asyncio.Queue(2)
    print(q.maxsize, q.full())
    q.put_nowait(1)
    q.put_nowait(2)
    print(q.full(), q.qsize())
    try:
        q.put_nowait(3)
    except asyncio.QueueFull:
        print("QueueFull")
    t = asyncio.create_task(slow_getter(q))
    await q.put(3)
    print("put 3 done", q.qsize())
    await q.put(4)
    print("put 4 done", q.qsize())
    await t
    print([q.get_nowait() for _ in range(q.qsize())])
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    # A get that times out leaves the queue usable.
    try:
        await asyncio.wait_for(q.get(), 0.05)
    except asyncio.TimeoutError:
        print("get timed out")
    q.put_nowait(9)
    print(await q.get(), q.empty())
    # maxsize 0 is unbounded.
    u = asyncio.Queue()
    for i in range(50):
        u.put_nowait(i)
    print(u.full(), u.qsize())


asyncio.run(main())
