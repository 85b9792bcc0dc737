# Exceptions propagating from tasks: out of run(), to an awaiting task, through nested
# awaits, the same exception for every awaiter, and return values.
import asyncio


async def fail(delay, exc):
    await asyncio.sleep(delay)
    raise exc


async def middle():
    try:
        await fail(0.01, IndexError("deep"))
    except IndexError as e:
        print("middle caught", e)
        raise LookupError("from middle")


async def main():
    t = asyncio.create_task(fail(0.02, ValueError("task")))
    try:
        await t
    except ValueError as e:
        print("awaiter got", type(e).__name__, e)
    try:
        await t
    except ValueError as e:
        print("again", type(e).__name__, e)
    print(t.done(), t.cancelled())
    try:
        await middle()
    except LookupError as e:
        print("main caught", e)
    t = asyncio.create_task(middle())
    try:
        await t
    except LookupError as e:
        print("task caught", e)
    raise RuntimeError("out of main")


try:
    asyncio.run(main())
except RuntimeError as e:
    print("run raised", e)


async def value():
    await asyncio.sleep(0)
    return 42


print(asyncio.run(value()))
