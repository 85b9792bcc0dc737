# Float arguments and results at the board's precision: floats, ints and bools convert,
# nothing else does; a float default in a signature.
try:
    import convtest
except ImportError:
    print("SKIP")
    raise SystemExit


try:
    float
except NameError:
    print("SKIP")
    raise SystemExit


def show(f, *args, **kw):
    try:
        print(f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)


for f in (convtest.f32, convtest.f64):
    print(f(0.5), f(-1.25), f(3), f(True), f(2**20), type(f(1)).__name__)
    show(f, "1.5")
    show(f, None)
    show(f, [1.0])
print(convtest.f64(float("inf")), convtest.f32(-float("inf")))
print(convtest.f64(float("nan")) != convtest.f64(float("nan")))

# scale(x, factor=2.5, *, offset=-1): x * factor + offset
print(convtest.scale(2))
print(convtest.scale(2, 1))
print(convtest.scale(2, 0.5, offset=0.25))
print(convtest.scale(x=4, factor=-1))
show(convtest.scale)
show(convtest.scale, 1, 2, 3)
show(convtest.scale, 1, offset="x")
show(convtest.scale, 1, scale=2)
