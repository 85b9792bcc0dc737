# Slice syntax reaches __getitem__/__setitem__/__delitem__ as slice objects; slice.indices.
class G:
    def __getitem__(self, i):
        return i
    def __setitem__(self, i, v):
        print('set', i, v)
    def __delitem__(self, i):
        print('del', i)
g = G()
print(g[1:2], g[:], g[::2], g[1:], g[:3], g[1:2:3], g[1:2, ::-1], g[...])
g[1:3] = 'x'
del g[::2]
s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(5), slice(None, None, -1).indices(4), slice(-3, None).indices(10))
print(slice(5), slice(1, 2) == slice(1, 2))
try:
    slice(0, 1, 0).indices(3)
except ValueError:
    # The message is MicroPython's (builtins/builtin_messages.py pins it).
    print('ValueError')
