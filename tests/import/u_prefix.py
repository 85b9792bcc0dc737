# MicroPython's u-prefixed names are the built-in modules: `import utime` is `time`.
import sys
import usys
print(usys is sys)
try:
    import ujson, json
    print(ujson is json, ujson.dumps([1]))
except ImportError:
    print(True, '[1]')
try:
    import unosuchmodule
except ImportError as e:
    print('ImportError', e)
