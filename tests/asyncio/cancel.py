# Task.cancel: a sleeping task gets CancelledError at its await, finally blocks run, a task
# may catch it and carry on, cancelling a done task, a task cancelled before it starts,
# and awaiting a cancelled task.
import asyncio


async def sleeper(name, delay):
    try:
        print(name, "sleeping")
        await asyncio.sleep(delay)
        print(name, "woke")
    finally:
        print(name, "finally")


async def stubborn():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("stubborn caught cancel")
    await asyncio.sleep(0.02)
    return "survived"


async def main():
    t = asyncio.create_task(sleeper("s1", 1))
    await asyncio.sleep(0.03)
    print("cancel", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("await raised CancelledError")
    print(t.done(), t.cancelled(), t.cancel())
    print(issubclass(asyncio.CancelledError, BaseException))
    print(issubclass(asyncio.CancelledError, Exception))

    t = asyncio.create_task(sleeper("never", 1))
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled before start")

    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.02)
    t.cancel()
    print(await t, t.cancelled())

    done = asyncio.create_task(sleeper("d", 0.01))
    await done
    print("cancel done:", done.cancel())

    # A cancelled waiter's entry on an Event goes stale: set() releases only the others.
    ev = asyncio.Event()

    async def waiter(name):
        try:
            await ev.wait()
            print(name, "released")
        except asyncio.CancelledError:
            print(name, "cancelled")
            raise

    w1 = asyncio.create_task(waiter("w1"))
    w2 = asyncio.create_task(waiter("w2"))
    await asyncio.sleep(0.02)
    w1.cancel()
    await asyncio.sleep(0.02)
    ev.set()
    await w2
    print(w1.cancelled(), w2.cancelled())

    # Cancelling the running task itself: delivered at its next await.
    async def self_cancel():
        print("cancel self", asyncio.current_task().cancel())
        try:
            await asyncio.sleep(0.01)
        except asyncio.CancelledError:
            print("self cancel delivered")
        return "ok"

    print(await asyncio.create_task(self_cancel()))


asyncio.run(main())
