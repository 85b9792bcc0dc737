# gather: results in argument order whatever the finishing order, tasks and coroutines,
# return_exceptions, and the first error raised when not returning them.
import asyncio


async def work(name, delay, fail=False):
    await asyncio.sleep(delay)
    print("finish", name)
    if fail:
        raise ValueError(name)
    return name.upper()


async def main():
    print(await asyncio.gather(work("a", 0.30), work("b", 0.10), work("c", 0.20)))
    print(await asyncio.gather())
    t = asyncio.create_task(work("t", 0.10))
    print(await asyncio.gather(t, work("u", 0.04)))
    print(t.done(), t.result())
    r = await asyncio.gather(
        work("x", 0.10), work("y", 0.04, True), work("z", 0.16), return_exceptions=True
    )
    print([type(v).__name__ + ":" + str(v) for v in r])
    try:
        await asyncio.gather(work("p", 0.20), work("q", 0.06, True))
    except ValueError as e:
        print("raised", e)
    # The other task runs on after the error; let it finish.
    await asyncio.sleep(0.25)
    # Nested gathers.
    print(await asyncio.gather(asyncio.gather(work("n1", 0.04)), work("n2", 0.10)))


asyncio.run(main())
