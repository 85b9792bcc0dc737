import a.b.c
import a.b as ab
from . import x
from ..p import y as z
from m import *
