# Names made at run time (attributes set by setattr, globals of exec'd code, keyword
# arguments): many of them, long ones, looked up again by equal strings built apart.
class C:
    pass


o = C()
for i in range(300):
    setattr(o, "attr_%d_%s" % (i, "x" * (i % 40)), i)
print(sum(getattr(o, "attr_%d_%s" % (i, "x" * (i % 40))) for i in range(300)))
g = {}
exec("\n".join("v%d = %d" % (i, i * i) for i in range(200)), g)
print(g["v199"], g["v0"], len([k for k in g if k.startswith("v")]))
long = "n" * 200
setattr(o, long, "long")
print(getattr(o, "n" * 200), hasattr(o, "n" * 199))


def f(**kw):
    return sorted(kw.items())


print(f(**{"kw_%d" % i: i for i in range(5)}))
