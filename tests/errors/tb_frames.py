# A traceback passes through every frame kind: function, method, generator, class body, with.
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
def gen():
    yield 1
    raise ValueError('in generator')
class Holder:
    def method(self):
        for x in gen():
            pass
def run():
    with CM():
        Holder().method()
try:
    run()
except ValueError as e:
    print('caught', e)
class Body:
    def helper():
        return 1
    x = helper() + 1
print(Body.x)
run()
