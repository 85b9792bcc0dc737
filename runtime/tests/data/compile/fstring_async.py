s = f'{x!r:>{w}} {y=}'
async def f():
    async with a as b:
        async for c in b:
            await c
