# wait_for: in time, timed out (the task is cancelled and cleans up), errors passed on,
# timeout None, and wait_for_ms.
import asyncio


async def work(delay, value, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ZeroDivisionError(value)
        return value
    except asyncio.CancelledError:
        print("work", value, "cancelled")
        raise
    finally:
        print("work", value, "cleanup")


async def main():
    print(await asyncio.wait_for(work(0.02, "fast"), 0.2))
    try:
        await asyncio.wait_for(work(0.3, "slow"), 0.05)
    except asyncio.TimeoutError:
        print("TimeoutError")
    try:
        await asyncio.wait_for(work(0.02, "bad", True), 0.2)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", e)
    print(await asyncio.wait_for(work(0.03, "none"), None))
    t = asyncio.create_task(work(0.3, "task"))
    try:
        await asyncio.wait_for(t, 0.04)
    except asyncio.TimeoutError:
        print("task timed out", t.done(), t.cancelled())
    print(issubclass(asyncio.TimeoutError, Exception))


asyncio.run(main())
