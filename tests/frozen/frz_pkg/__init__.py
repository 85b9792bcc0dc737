# A frozen package.
from . import sub
VERSION = (1, 2)
where = (__name__, __file__, __path__)
