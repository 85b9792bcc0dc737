# Lock: mutual exclusion across awaits, FIFO hand-over, async with, release errors, and a
# cancelled waiter not keeping the lock.
import asyncio


async def worker(name, lock, log):
    async with lock:
        log.append(name + "+")
        await asyncio.sleep(0.02)
        log.append(name + "-")


async def main():
    lock = asyncio.Lock()
    print(lock.locked())
    log = []
    await asyncio.gather(*(worker(n, lock, log) for n in "abc"))
    print(log, lock.locked())

    await lock.acquire()
    print(lock.locked())
    lock.release()
    print(lock.locked())
    try:
        lock.release()
    except RuntimeError:
        print("RuntimeError")

    # An exception in the body releases the lock.
    try:
        async with lock:
            raise ValueError("in body")
    except ValueError as e:
        print("ValueError", e, lock.locked())

    await lock.acquire()
    t = asyncio.create_task(worker("late", lock, log))
    await asyncio.sleep(0.01)
    t.cancel()
    await asyncio.sleep(0.01)
    print(t.cancelled())
    lock.release()
    print(lock.locked())
    await worker("after", lock, log)
    print(log[-2:], lock.locked())


asyncio.run(main())
