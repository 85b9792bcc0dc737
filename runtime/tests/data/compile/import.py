import sys
import a, b as c
import pkg.mod as m
from sys import implementation, path as p
def f():
    import myport
    from x import y
