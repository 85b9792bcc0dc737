# sys.exit raises SystemExit with the given value
import sys
for args in ((), (0,), (3,), ('msg',), (None,)):
    try:
        sys.exit(*args)
    except SystemExit as e:
        print(args, e.args)
try:
    sys.exit(1, 2)
except TypeError:
    print('TypeError')
sys.exit(0)
print('not reached')
