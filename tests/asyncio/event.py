# Event: waiters block until set, all are released, set before wait, clear, wait timing out.
import asyncio


async def waiter(name, ev):
    print(name, "waits")
    r = await ev.wait()
    print(name, "released", r)


async def main():
    ev = asyncio.Event()
    print(ev.is_set())
    ts = [asyncio.create_task(waiter(n, ev)) for n in ("w1", "w2", "w3")]
    await asyncio.sleep(0.02)
    print("setting")
    ev.set()
    print(ev.is_set())
    for t in ts:
        await t
    print("set again, wait returns at once:", await ev.wait())
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.03)
    except asyncio.TimeoutError:
        print("wait timed out")

    async def setter():
        await asyncio.sleep(0.02)
        print("setter sets")
        ev.set()

    asyncio.create_task(setter())
    print(await asyncio.wait_for(ev.wait(), 0.5))


asyncio.run(main())
