from . import mod_b
from .mod_b import B
from .sub import deep
print('mod_a loaded', __name__, B, deep.D)
A = 'a'
