import sys
print(type(sys.platform))
sys.nope
