# Misuse and the loop's own errors (MicroPython's behaviour, where CPython hangs or differs):
# a non-coroutine task, current_task outside a task, run inside a running loop, a deadlock,
# result() of a pending task, and an error nobody awaits (reported, the loop goes on).
import asyncio

try:
    asyncio.create_task(42)
except TypeError as e:
    print("TypeError", e)

try:
    asyncio.current_task()
except RuntimeError as e:
    print("RuntimeError", e)


async def nested():
    try:
        asyncio.run(nested2())
    except RuntimeError as e:
        print("RuntimeError", e)


async def nested2():
    pass


asyncio.run(nested())

ev = asyncio.Event()
try:
    asyncio.run(ev.wait())
except RuntimeError as e:
    print("RuntimeError", e)
asyncio.new_event_loop()


async def pending():
    t = asyncio.create_task(asyncio.sleep(0.01))
    try:
        t.result()
    except RuntimeError as e:
        print("RuntimeError", e)
    await t
    print(t.result(), t.exception())


asyncio.run(pending())


async def oops():
    raise ValueError("nobody awaits me")


def handler(loop, context):
    e = context["exception"]
    print("handler:", context["message"], type(e).__name__, e)
    print(isinstance(context["future"], asyncio.Task), loop is asyncio.get_event_loop())


async def main():
    loop = asyncio.get_event_loop()
    print(loop.get_exception_handler())
    loop.set_exception_handler(handler)
    asyncio.create_task(oops())
    await asyncio.sleep(0.02)
    print("main goes on")
    loop.set_exception_handler(None)


try:
    asyncio.run(main())
except Exception as e:
    print("unexpected", e)
