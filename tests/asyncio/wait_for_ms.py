# wait_for_ms (MicroPython's form: milliseconds), sleep_ms.
import asyncio


async def work(ms, value):
    await asyncio.sleep_ms(ms)
    print("work", value, "done")
    return value


async def main():
    print(await asyncio.wait_for_ms(work(20, 1), 200))
    try:
        await asyncio.wait_for_ms(work(300, 2), 40)
    except asyncio.TimeoutError:
        print("timeout")
    await asyncio.sleep_ms(0)
    await asyncio.sleep_ms(-5)
    print("end")


asyncio.run(main())
