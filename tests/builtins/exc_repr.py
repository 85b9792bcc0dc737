# repr and str of exceptions as MicroPython prints them (one-argument tuples keep their comma)
print(repr(ValueError()), repr(ValueError('a')), repr(ValueError('a', 1)), repr(KeyError('k')))
print(str(KeyError('k')), str(KeyError(1, 2)), repr(StopIteration(1)), repr(MemoryError()))
print(repr(OSError(2, 'nf')), str(OSError(2, 'nf')), str(OSError(2)), str(OSError('x')), str(OSError(9999)))
class F(ValueError):
    pass
print(repr(F('q')), repr(F()))
try:
    {}['x']
except KeyError as e:
    print(repr(e), e)
