# dir() lists the attributes built-in objects compute (not only their method tables),
# and the run-time attributes of modules.
import sys
print([n in dir(range(3)) for n in ('start', 'stop', 'step')])
print([n in dir(ValueError(1)) for n in ('args', '__class__')])
print([n in dir(StopIteration(1)) for n in ('args', 'value')])
print([n in dir(sys) for n in ('path', 'modules', 'exit', 'maxsize')])
print([n in dir([]) for n in ('append', 'sort', 'nosuch')])
print('x' in dir(1), 'upper' in dir(''))
