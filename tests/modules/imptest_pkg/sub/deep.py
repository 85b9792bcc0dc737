from .. import VALUE
from ..mod_b import B as BB
D = ('deep', VALUE, BB)
