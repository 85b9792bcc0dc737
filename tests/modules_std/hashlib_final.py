# hashlib.sha256 as MicroPython has it: a type printed <sha256>, update/digest only, str
# data as its UTF-8 bytes, errors, and a hash that is final once digested.
import hashlib

print(hashlib.sha256, type(hashlib.sha256()))
h = hashlib.sha256('abc')
print(h)
print(h.digest() == b'\xbax\x16\xbf\x8f\x01\xcf\xeaAA@\xde]\xae"#\xb0\x03a\xa3\x96\x17z\x9c\xb4\x10\xffa\xf2\x00\x15\xad')
for f in (lambda: h.digest(), lambda: h.update(b'x')):
    try:
        f()
    except ValueError as e:
        print('ValueError', e)


def attempt(f, *args, **kw):
    try:
        f(*args, **kw)
        print('ok')
    except Exception as e:
        print(type(e).__name__, e)


attempt(hashlib.sha256, 1)
attempt(hashlib.sha256, None)
attempt(hashlib.sha256, b'a', b'b')
attempt(hashlib.sha256, data=b'a')
attempt(hashlib.sha256().update, 5)
attempt(hashlib.sha256().update)
print(hasattr(hashlib.sha256(), 'hexdigest'), hasattr(hashlib, 'md5'), hasattr(hashlib, 'sha1'))
