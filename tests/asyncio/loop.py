# The event loop object: run_until_complete with a coroutine and a task, create_task on it,
# current_task, sleep(0) round-robin order.
import asyncio


async def spin(name, n):
    for i in range(n):
        print(name, i)
        await asyncio.sleep(0)
    return name


async def main():
    me = asyncio.current_task()
    print(isinstance(me, asyncio.Task))
    a = asyncio.create_task(spin("a", 3))
    b = asyncio.create_task(spin("b", 2))
    print(await a, await b)
    print(asyncio.current_task() is me)
    return "main"


loop = asyncio.new_event_loop()
print(loop.run_until_complete(main()))
t = loop.create_task(spin("t", 2))
print(loop.run_until_complete(t))
print(t.done())
