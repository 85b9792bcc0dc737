# The hand-written NativeFn twins of i32, swap and scale (kept in convtest to compare flash
# sizes) behave as the #[mp_function] versions, errors included.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit

h_i32, h_swap, h_scale = convtest.hand_written()


def both(f, g, *args, **kw):
    out = []
    for fn in (f, g):
        try:
            out.append(repr(fn(*args, **kw)))
        except Exception as e:
            out.append(type(e).__name__ + ": " + str(e))
    print(out[0] == out[1], out[0])


both(convtest.i32, h_i32, 5)
both(convtest.i32, h_i32, -(2**31))
both(convtest.i32, h_i32, 2**31)
both(convtest.i32, h_i32, "x")
both(convtest.i32, h_i32)
both(convtest.swap, h_swap, (1, "a"))
both(convtest.swap, h_swap, [1, 2])
both(convtest.swap, h_swap, (1,))
both(convtest.scale, h_scale, 2)
both(convtest.scale, h_scale, 2, offset=0.5)
both(convtest.scale, h_scale, factor=1)
